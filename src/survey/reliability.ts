import { z } from 'zod';
import { isPeerLearnError } from '../core/isPeerLearnError.js';
import { parseWith } from '../core/validation.js';
import { cronbachAlpha, type CronbachAlphaResult } from './cronbachAlpha.js';
import { isScoredItem, itemBounds } from './instrument/items.js';
import type { ScoringResult } from './scoreResponses.js';
import { checkScoringResult } from './scoring/checkScoringResult.js';
import { scoreOfAnswer } from './scoring/readAnswer.js';

/**
 * Options of {@link reliability}.
 *
 * @example
 * ```ts
 * ReliabilityOptions.parse({});
 * // => { confidence: 0.95, impute: 'none' }
 * ReliabilityOptions.parse({ domains: ['climate'], impute: 'median' });
 * // => { domains: ['climate'], confidence: 0.95, impute: 'median' }
 * ReliabilityOptions.safeParse({ impute: 'zero' }).success;
 * // => false
 * ```
 */
export const ReliabilityOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The domains to analyse, by id (default: all). */
    domains: z.array(z.string().min(1)).optional(),
    /** The confidence level of the Feldt intervals (default 0.95). */
    confidence: z.number().gt(0).lt(1).default(0.95),
    /** How missing answers are treated (default `none`: pairwise-complete, as psych). */
    impute: z.literal(['none', 'median', 'mean']).default('none'),
  }))();
/** Options of {@link reliability}. */
export type ReliabilityOptions = z.input<typeof ReliabilityOptions>;

/** One domain's reliability, or why it could not be computed. */
export type DomainReliability =
  | {
      /** The analysis ran. */
      readonly available: true;
      /** The domain's label. */
      readonly label: string;
      /** psych's full alpha analysis of the domain's items (see {@link cronbachAlpha}). */
      readonly alpha: CronbachAlphaResult;
    }
  | {
      /** The analysis could not run. */
      readonly available: false;
      /** The domain's label. */
      readonly label: string;
      /** Why, in plain words (one item only, too few respondents, no variance). */
      readonly reason: string;
    };

/** What {@link reliability} returns. */
export interface ReliabilityResult {
  /** The instrument analysed. */
  readonly instrument: {
    /** Its id. */
    readonly id: string;
    /** Its version. */
    readonly version: string;
  };
  /** How many scored responses went in. */
  readonly respondents: number;
  /** Each domain's analysis, keyed by domain id, in the instrument's order. */
  readonly domains: Readonly<Record<string, DomainReliability>>;
}

/**
 * How reliably each domain of an instrument measures one thing: Cronbach's alpha and
 * psych's full item analysis, per domain, from scored responses.
 *
 * Before a programme reads "belonging went up", it should know the belonging items hang
 * together. This runs {@link cronbachAlpha} on each domain's items over the scored
 * responses, with the instrument's own reverse keys and, where the domain's items share
 * one scale, that scale's bounds (so reversed answers are turned round on the declared
 * scale, not the observed range). A domain that cannot be analysed (a single item, too few
 * respondents, no variance) says why instead of stopping the rest.
 * Cost: O(domains × (n·k² + k³)) for n respondents and k items a domain, as
 * {@link cronbachAlpha}; a domain beyond its limits (100 items, 10,000,000 answers) is
 * reported as not available, with the reason.
 *
 * @param result - what {@link scoreResponses} returned.
 * @param options - which domains, the interval level and imputation.
 * @returns each domain's analysis or the reason it could not run.
 * @throws {@link InvalidInputError} (`invalid_input`) for bad options, an unknown domain id, or
 *   a result that is not shaped like one from {@link scoreResponses}.
 *
 * @example
 * ```ts
 * const scored = scoreResponses(SOCIAL_CLIMATE_SURVEY, [
 *   { id: 'a', answers: { G1: 4, G2: 5, G3: 2, G4: 4 } },
 *   { id: 'b', answers: { G1: 2, G2: 2, G3: 4, G4: 3 } },
 *   { id: 'c', answers: { G1: 5, G2: 4, G3: 1, G4: 5 } },
 *   { id: 'd', answers: { G1: 3, G2: 3, G3: 3, G4: 2 } },
 *   { id: 'e', answers: { G1: 1, G2: 2, G3: 5, G4: 1 } },
 * ]);
 * const growth = reliability(scored, { domains: ['growth'] }).domains['growth'];
 * growth?.available ? Number(growth.alpha.rawAlpha.toFixed(3)) : growth?.reason;
 * // => 0.964
 * ```
 */
export function reliability(
  result: ScoringResult,
  options: ReliabilityOptions = {},
): ReliabilityResult {
  const fn = 'reliability';
  const settings = parseWith(ReliabilityOptions, options, { fn, root: 'options' });
  const instrument = checkScoringResult(result, fn);
  const known = new Set(instrument.domains.map((domain) => domain.id));
  if (settings.domains !== undefined) {
    const ids = settings.domains;
    parseWith(
      z.array(
        z
          .string()
          .refine(
            (id) => known.has(id),
            `is not a domain of ${instrument.id}; its domains are ${[...known].join(', ')}`,
          ),
      ),
      ids,
      { fn, root: 'options.domains' },
    );
  }
  const wanted =
    settings.domains === undefined
      ? instrument.domains
      : instrument.domains.filter((domain) => settings.domains?.includes(domain.id));
  const byId = new Map(instrument.items.filter(isScoredItem).map((item) => [item.id, item]));

  const domains = wanted.map((domain): [string, DomainReliability] => {
    if (domain.items.length < 2) {
      return [
        domain.id,
        {
          available: false,
          label: domain.label,
          reason: 'the domain has one item; alpha needs at least two',
        },
      ];
    }
    // cronbachAlpha's limits, said in a domain's words before any matrix is built.
    if (domain.items.length > 100 || domain.items.length * result.scored.length > 10_000_000) {
      return [
        domain.id,
        {
          available: false,
          label: domain.label,
          reason:
            domain.items.length > 100
              ? `the domain has ${String(domain.items.length)} items; alpha is computed for at most 100`
              : `${String(domain.items.length)} items × ${String(result.scored.length)} respondents is more than the 10,000,000 answers alpha takes at once; analyse a random sample of the responses`,
        },
      ];
    }
    const bounds = domain.items.map((id) => {
      const item = byId.get(id);
      return item === undefined ? null : itemBounds(item);
    });
    const scorers = domain.items.map((id) => {
      const item = byId.get(id);
      return item === undefined ? () => null : scoreOfAnswer(item);
    });
    const first = bounds[0];
    const shared =
      first !== null &&
      first !== undefined &&
      bounds.every((b) => b !== null && b.min === first.min && b.max === first.max)
        ? first
        : null;
    // With mixed scales, each reversed item is turned round on its own scale here.
    const reverse = new Set(domain.reverse);
    const matrix = result.scored.map((response) =>
      domain.items.map((id, j) => {
        const value = scorers[j]?.(response.answers[id] ?? null) ?? null;
        const own = bounds[j];
        if (
          value === null ||
          shared !== null ||
          !reverse.has(id) ||
          own === null ||
          own === undefined
        )
          return value;
        return own.min + own.max - value;
      }),
    );
    try {
      const alpha = cronbachAlpha(matrix, {
        items: domain.items,
        ...(shared === null ? {} : { reverse: domain.reverse, bounds: shared }),
        confidence: settings.confidence,
        impute: settings.impute,
      });
      return [domain.id, { available: true, label: domain.label, alpha }];
    } catch (error) {
      if (isPeerLearnError(error)) {
        return [
          domain.id,
          {
            available: false,
            label: domain.label,
            reason: reasonFrom(error),
          },
        ];
      }
      throw error;
    }
  });

  return {
    instrument: { id: instrument.id, version: instrument.version },
    respondents: result.scored.length,
    domains: Object.fromEntries(domains),
  };
}

/**
 * A domain's reason from the error {@link cronbachAlpha} raised, worded for a domain: the
 * function's name and the final full stop dropped, and respondents rather than rows.
 *
 * @param error - the error.
 * @returns the reason, in plain words.
 */
function reasonFrom(error: { readonly message: string; readonly details?: unknown }): string {
  const facts = (error.details as { facts?: { respondents?: unknown; rows?: unknown } } | undefined)
    ?.facts;
  if (typeof facts?.respondents === 'number' && typeof facts.rows === 'number') {
    return facts.respondents === 0
      ? 'nobody answered any of its items; alpha needs answers from at least 2 respondents'
      : `only ${String(facts.respondents)} of the ${String(facts.rows)} respondents answered any of its items; alpha needs answers from at least 2`;
  }
  return error.message.replace(/^cronbachAlpha: /u, '').replace(/\.$/u, '');
}
