import { z } from 'zod';
import { formatPath } from '../core/formatPath.js';
import { InvalidInputError, type InputIssue } from '../core/InvalidInputError.js';
import { parseWith } from '../core/validation.js';
import {
  safeParseInstrument,
  scoreResponses,
  type BandPlacement,
  type DuplicateSubmissions,
  type ExcludedResponse,
  type Instrument,
  type InstrumentInput,
  type ScoredResponse,
} from '../survey/index.js';
import { agreementOf, type Agreement } from './assessment/agreement.js';
import { placeMean } from './assessment/bands.js';
import { meanInterval, type PrincipleInterval } from './assessment/meanInterval.js';
import { orderFreeMean, orderFreeVariance, sortedCopy } from './assessment/statistics.js';
import { COP_SELF_ASSESSMENT } from './copSelfAssessment.js';
import { DESIGN_PRINCIPLES, PrincipleId } from './designPrinciples.js';

export type { Agreement, AgreementLevel } from './assessment/agreement.js';
export type { PrincipleInterval } from './assessment/meanInterval.js';

/**
 * Options of {@link assessCommunity}.
 *
 * @example
 * ```ts
 * AssessCommunityOptions.parse({});
 * // => { confidence: 0.95, duplicates: 'latest', strict: true }
 * AssessCommunityOptions.safeParse({ confidence: 95 }).success;
 * // => false
 * ```
 */
export const AssessCommunityOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * The instrument the members answered (default {@link COP_SELF_ASSESSMENT}): any
     * instrument whose domains have principle ids as their ids, are scored as the `mean` of
     * their items, and hold scale (`likert`) items only.
     */
    instrument: z
      .custom<InstrumentInput>(
        (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
        'must be an instrument definition',
      )
      // What JSON Schema can check of it (scripts/build-schemas.mjs); the definition itself
      // is checked in full by assessCommunity.
      .meta({ type: 'object' })
      .optional(),
    /** The confidence level of each principle's interval (default 0.95). */
    confidence: z.number().gt(0).lt(1).default(0.95),
    /**
     * What to do when one member answered more than once: keep the `first`, keep the
     * `latest` (default) or raise an `error`, as `scoreResponses` does.
     */
    duplicates: z.literal(['first', 'latest', 'error']).default('latest'),
    /**
     * Throw an `invalid_input` error listing every malformed response (default `true`); with
     * `false` such responses are left out and listed in `excluded` with their reasons.
     */
    strict: z.boolean().default(true),
  }))();
/** Options of {@link assessCommunity}. */
export type AssessCommunityOptions = z.input<typeof AssessCommunityOptions>;

/** One item's mean over the members who answered it, turned round when worded the other way. */
export interface ItemMean {
  /** The item's id, such as `'EV1'`. */
  readonly item: string;
  /** The statement members rated. */
  readonly wording: string;
  /** Whether the item is worded the other way round, so its mean is of min + max − answer. */
  readonly reversed: boolean;
  /** How many members answered it. */
  readonly answered: number;
  /** The mean of the (reversed where needed) answers; `null` when nobody answered. */
  readonly mean: number | null;
}

/** What the members' answers say about one principle. */
export interface PrincipleAssessment {
  /** The principle's id. */
  readonly principle: PrincipleId;
  /** The principle's name. */
  readonly name: string;
  /** How many members have a score for it. */
  readonly answered: number;
  /** The members without a score for it (too few of its items answered), sorted. */
  readonly missing: readonly string[];
  /** The mean of the members' scores; `null` when nobody has one. */
  readonly mean: number | null;
  /** The standard deviation of the members' scores (n − 1); `null` below two members. */
  readonly sd: number | null;
  /** The lowest member score; `null` when nobody has one. */
  readonly min: number | null;
  /** The highest member score; `null` when nobody has one. */
  readonly max: number | null;
  /** The t interval for the mean; `null` below two members or without spread (see `intervalNote`). */
  readonly interval: PrincipleInterval | null;
  /** Why there is no interval, when there is none. */
  readonly intervalNote: string | null;
  /** The band the mean falls in, with the thresholds that placed it. */
  readonly band: BandPlacement | null;
  /** Whether the mean is in the lowest band, which asks for action. */
  readonly weak: boolean;
  /** The principle's items with their means, in the instrument's order. */
  readonly items: readonly ItemMean[];
  /** How far members agree; `null` below two members or when items differ in scale. */
  readonly agreement: Agreement | null;
  /** Suggested actions from {@link DESIGN_PRINCIPLES} when weak; empty otherwise. */
  readonly actions: readonly string[];
}

/** The weakest or strongest principle and the items that drove it there. */
export interface PrincipleHighlight {
  /** The principle's id. */
  readonly principle: PrincipleId;
  /** The principle's name. */
  readonly name: string;
  /** Its mean. */
  readonly mean: number;
  /** The band its mean falls in. */
  readonly band: BandPlacement | null;
  /** The items with the lowest (weakest) or highest (strongest) mean; several when tied. */
  readonly drivers: readonly ItemMean[];
  /** Other principles with exactly the same mean (the highlight is the first by id). */
  readonly tiedWith: readonly PrincipleId[];
}

/** A weak principle with what to do about it. */
export interface PrincipleSuggestion {
  /** The principle's id. */
  readonly principle: PrincipleId;
  /** The principle's name. */
  readonly name: string;
  /** Its mean. */
  readonly mean: number;
  /** The items with its lowest mean: where to start. */
  readonly drivers: readonly ItemMean[];
  /** The suggested actions from {@link DESIGN_PRINCIPLES}. */
  readonly actions: readonly string[];
}

/** One member's scores, kept so that two assessments can be compared member by member. */
export interface MemberScores {
  /** The member: the response's `respondent`, or its `id` when it has none. */
  readonly member: string;
  /** The id of the response scored. */
  readonly response: string;
  /** The member's score per principle id; `null` where too few items were answered. */
  readonly scores: Readonly<Partial<Record<PrincipleId, number | null>>>;
}

/** How many responses came in, were scored and were left out. */
export interface AssessmentCounts {
  /** Responses passed in. */
  readonly received: number;
  /** Responses scored, one per member. */
  readonly scored: number;
  /** Responses left out (malformed with `strict: false`, or repeated), each in `excluded`. */
  readonly excluded: number;
}

/** Everything {@link assessCommunity} found. */
export interface CommunityAssessment {
  /** The instrument's id and version. */
  readonly instrument: {
    /** The instrument's id. */
    readonly id: string;
    /** The instrument's version. */
    readonly version: string;
  };
  /** The confidence level of the intervals. */
  readonly confidence: number;
  /** Responses received, scored and left out; scored + excluded = received. */
  readonly counts: AssessmentCounts;
  /** The responses left out, with every reason. */
  readonly excluded: readonly ExcludedResponse[];
  /** Members who answered more than once, and which answer was kept. */
  readonly duplicates: readonly DuplicateSubmissions[];
  /** One entry per principle the instrument measures, in the order of {@link DESIGN_PRINCIPLES}. */
  readonly principles: readonly PrincipleAssessment[];
  /** The principle with the lowest mean; `null` when no principle has one. */
  readonly weakest: PrincipleHighlight | null;
  /** The principle with the highest mean; `null` when no principle has one. */
  readonly strongest: PrincipleHighlight | null;
  /** The weak principles (mean in the lowest band), weakest first, with actions. */
  readonly suggestions: readonly PrincipleSuggestion[];
  /** Each member's scores, sorted by member. */
  readonly members: readonly MemberScores[];
}

interface DomainCheck {
  readonly id: PrincipleId;
  readonly domain: Instrument['domains'][number];
  readonly points: number | null;
  readonly bounds: ReadonlyMap<string, { min: number; max: number; wording: string }>;
}

/**
 * Reads members' answers to a community-of-practice self-assessment as a health check of
 * the seven design principles: a score per principle with its interval, band, spread and
 * agreement, the weakest and strongest principles with the statements that drove them, and
 * what to do where a principle is weak.
 *
 * In a peer-learning programme the core group, or every member, answers
 * {@link COP_SELF_ASSESSMENT} once or twice a year. Each member's principle score is the
 * mean of the statements they answered (scored by `scoreResponses`); the principle's score
 * is the mean over members, with Student's t interval when two or more members answered (R
 * 4.2.2's `t.test(scores)$conf.int`, computed through survey's `comparePaired`). Agreement is
 * the standard deviation and the r_wg(J) index of James, Demaree & Wolf (1984), read with
 * LeBreton & Senter's (2008) bands: low agreement means members experience the community
 * differently, which matters as much as the mean. Suggested actions come from
 * {@link DESIGN_PRINCIPLES} (after Wenger, McDermott & Snyder 2002, "Cultivating Communities
 * of Practice"). Results do not depend on the order of the responses.
 * Cost: O(responses × items + principles × members log members).
 *
 * @param responses - members' responses (`{ id, respondent?, answers }`), as received.
 * @param options - the instrument, the confidence level, the duplicates policy and `strict`.
 * @returns per principle the score, interval, band, items, agreement and actions; the
 *   weakest and strongest principles; suggestions; each member's scores; and counts.
 * @throws {@link InvalidInputError} (`invalid_input`) when `responses` is not an array, an
 *   option is bad, the instrument has a domain whose id is not a principle id (issue code
 *   `unknown_principle`) or that is not a mean of scale items, two responses claim the same
 *   member, or (with `strict`, the default) a response is malformed; every issue has its path,
 *   such as `responses[2].answers.EV1`.
 *
 * @example
 * ```ts
 * const answers = (ev: number, di: number) => ({
 *   EV1: ev, EV2: ev, EV3: 6 - ev, DI1: di, DI2: di, DI3: di,
 * });
 * const result = assessCommunity([
 *   { id: 'r1', respondent: 'ana', answers: answers(2, 4) },
 *   { id: 'r2', respondent: 'ben', answers: answers(3, 5) },
 *   { id: 'r3', respondent: 'cai', answers: answers(1, 4) },
 * ]);
 * const evolution = result.principles[0];
 * [evolution?.principle, evolution?.mean, evolution?.band?.label, evolution?.band?.rule];
 * // => ['design-for-evolution', 2, 'Weak', '1 ≤ mean ≤ 2.5']
 * [evolution?.interval?.lower, evolution?.interval?.upper].map((x) => Number(x?.toFixed(4)));
 * // => [-0.4841, 4.4841]
 * [result.weakest?.principle, result.strongest?.principle];
 * // => ['design-for-evolution', 'inside-outside-dialogue']
 * result.suggestions.map((suggestion) => suggestion.principle);
 * // => ['design-for-evolution']
 * ```
 */
export function assessCommunity(
  responses: readonly unknown[],
  options: AssessCommunityOptions = {},
): CommunityAssessment {
  const fn = 'assessCommunity';
  const settings = parseWith(AssessCommunityOptions, options, { fn, root: 'options' });
  if (!Array.isArray(responses))
    parseWith(z.array(z.unknown()), responses, { fn, root: 'responses' });
  const instrument = resolve(settings.instrument, fn);
  const domains = checkDomains(instrument, settings.instrument === undefined, fn);

  let scoring;
  try {
    scoring = scoreResponses(instrument, responses, {
      duplicates: settings.duplicates,
      strict: settings.strict,
    });
  } catch (error) {
    if (error instanceof InvalidInputError) throw new InvalidInputError(fn, error.issues);
    throw error;
  }

  const members = identifyMembers(scoring.scored, fn);
  const principles = domains.map((check) => assessPrinciple(check, members, settings.confidence));
  const scoredPrinciples = principles.filter(
    (entry): entry is PrincipleAssessment & { mean: number } => entry.mean !== null,
  );

  return {
    instrument: { id: instrument.id, version: instrument.version },
    confidence: settings.confidence,
    counts: {
      received: scoring.counts.received,
      scored: scoring.counts.scored,
      excluded: scoring.counts.excluded,
    },
    excluded: scoring.excluded,
    duplicates: scoring.duplicates,
    principles,
    weakest: highlight(scoredPrinciples, 'lowest'),
    strongest: highlight(scoredPrinciples, 'highest'),
    suggestions: scoredPrinciples
      .filter((entry) => entry.weak)
      .sort((a, b) => a.mean - b.mean || compareText(a.principle, b.principle))
      .map((entry) => ({
        principle: entry.principle,
        name: entry.name,
        mean: entry.mean,
        drivers: extremeItems(entry.items, 'lowest'),
        actions: entry.actions,
      })),
    members: members.map(({ member, response }) => ({
      member,
      response: response.id,
      scores: Object.fromEntries(
        domains.map((check) => [check.id, response.domains[check.id]?.score ?? null]),
      ),
    })),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function resolve(input: InstrumentInput | undefined, fn: string): Instrument {
  if (input === undefined) return COP_SELF_ASSESSMENT;
  const result = safeParseInstrument(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue): InputIssue => {
    const path = ['options', 'instrument', ...issue.path];
    return { ...issue, path, pathText: formatPath(path) };
  });
  throw new InvalidInputError(fn, issues);
}

function checkDomains(instrument: Instrument, builtIn: boolean, fn: string): DomainCheck[] {
  const issues: InputIssue[] = [];
  const issue = (path: (string | number)[], code: string, message: string): void => {
    const full = builtIn ? path : ['options', 'instrument', ...path];
    issues.push({ path: full, pathText: formatPath(full), code, message });
  };
  const items = new Map(instrument.items.map((item) => [item.id, item]));
  const checks: DomainCheck[] = [];
  instrument.domains.forEach((domain, index) => {
    const id = PrincipleId.safeParse(domain.id);
    if (!id.success) {
      issue(
        ['domains', index, 'id'],
        'unknown_principle',
        `is ${JSON.stringify(domain.id)}, which is not a design principle id; use one of ${DESIGN_PRINCIPLES.map((entry) => entry.id).join(', ')}`,
      );
    }
    if (domain.method !== 'mean') {
      issue(
        ['domains', index, 'method'],
        'custom',
        `is ${JSON.stringify(domain.method)}; a principle score must be the mean of its items, so that it stays on the items' scale`,
      );
    }
    const bounds = new Map<string, { min: number; max: number; wording: string }>();
    domain.items.forEach((itemId, position) => {
      const item = items.get(itemId);
      if (item?.type !== 'likert') {
        issue(
          ['domains', index, 'items', position],
          'custom',
          `names ${JSON.stringify(itemId)}, which is not a scale (likert) item; the assessment reads scale items only`,
        );
        return;
      }
      bounds.set(itemId, { min: item.min, max: item.max, wording: item.wording });
    });
    if (id.success) {
      const ranges = new Set([...bounds.values()].map((b) => b.max - b.min + 1));
      const [points] = [...ranges];
      checks.push({
        id: id.data,
        domain,
        points: ranges.size === 1 && points !== undefined ? points : null,
        bounds,
      });
    }
  });
  if (instrument.domains.length === 0) {
    issue(['domains'], 'too_small', 'is empty; give the instrument one domain per principle');
  }
  const seen = new Set<string>();
  checks.forEach((check) => {
    if (seen.has(check.id)) {
      const index = instrument.domains.indexOf(check.domain);
      issue(
        ['domains', index, 'id'],
        'custom',
        `repeats the principle ${check.id}; give each principle one domain`,
      );
    }
    seen.add(check.id);
  });
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  const order = DESIGN_PRINCIPLES.map((principle) => principle.id);
  return checks.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

interface Respondent {
  readonly member: string;
  readonly response: ScoredResponse;
}

function identifyMembers(scored: readonly ScoredResponse[], fn: string): Respondent[] {
  const members = scored
    .map((response) => ({ member: response.respondent ?? response.id, response }))
    .sort((a, b) => compareText(a.member, b.member) || compareText(a.response.id, b.response.id));
  const issues: InputIssue[] = [];
  for (let i = 1; i < members.length; i += 1) {
    const previous = members[i - 1];
    const current = members[i];
    if (previous === undefined || current === undefined || previous.member !== current.member)
      continue;
    const later = Math.max(previous.response.index, current.response.index);
    const earlier = Math.min(previous.response.index, current.response.index);
    const path = ['responses', later];
    issues.push({
      path,
      pathText: formatPath(path),
      code: 'duplicate',
      message: `belongs to member ${JSON.stringify(current.member)}, as does response ${String(earlier)} (one by its respondent, one by its id); give each response the respondent it comes from`,
    });
  }
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return members;
}

function assessPrinciple(
  check: DomainCheck,
  members: readonly Respondent[],
  confidence: number,
): PrincipleAssessment {
  const principle = DESIGN_PRINCIPLES.find((entry) => entry.id === check.id);
  const scores: number[] = [];
  const missing: string[] = [];
  for (const { member, response } of members) {
    const score = response.domains[check.id]?.score ?? null;
    if (score === null) missing.push(member);
    else scores.push(score);
  }
  const sorted = sortedCopy(scores);
  const n = sorted.length;
  const mean = n === 0 ? null : orderFreeMean(sorted);
  const sd = n < 2 ? null : Math.sqrt(orderFreeVariance(sorted));
  const { interval, note } =
    mean === null || sd === null
      ? meanInterval(sorted, Number.NaN, Number.NaN, confidence)
      : meanInterval(sorted, mean, sd, confidence);

  const reverse = new Set(check.domain.reverse);
  const itemVariances: number[] = [];
  const items = check.domain.items.map((itemId): ItemMean => {
    const bounds = check.bounds.get(itemId) ?? { min: 0, max: 0, wording: itemId };
    const reversed = reverse.has(itemId);
    const values: number[] = [];
    for (const { response } of members) {
      const answer = response.answers[itemId];
      if (typeof answer !== 'number') continue;
      values.push(reversed ? bounds.min + bounds.max - answer : answer);
    }
    itemVariances.push(orderFreeVariance(values));
    return {
      item: itemId,
      wording: bounds.wording,
      reversed,
      answered: values.length,
      mean: values.length === 0 ? null : orderFreeMean(values),
    };
  });

  const { placement, index } = placeMean(mean, check.domain.bands);
  const weak = index === 0 && check.domain.bands.length > 1;
  return {
    principle: check.id,
    name: principle?.name ?? check.domain.label,
    answered: n,
    missing: [...missing].sort(compareText),
    mean,
    sd,
    min: n === 0 ? null : (sorted[0] ?? null),
    max: n === 0 ? null : (sorted[n - 1] ?? null),
    interval,
    intervalNote: note,
    band: placement,
    weak,
    items,
    agreement:
      sd === null || check.points === null ? null : agreementOf(sd, itemVariances, check.points),
    actions: weak ? [...(principle?.actions ?? [])] : [],
  };
}

function extremeItems(items: readonly ItemMean[], end: 'lowest' | 'highest'): ItemMean[] {
  const means = items.flatMap((item) => (item.mean === null ? [] : [item.mean]));
  if (means.length === 0) return [];
  const target = end === 'lowest' ? Math.min(...means) : Math.max(...means);
  return items.filter((item) => item.mean === target);
}

function highlight(
  principles: readonly (PrincipleAssessment & { mean: number })[],
  end: 'lowest' | 'highest',
): PrincipleHighlight | null {
  if (principles.length === 0) return null;
  const means = principles.map((entry) => entry.mean);
  const target = end === 'lowest' ? Math.min(...means) : Math.max(...means);
  const tied = principles
    .filter((entry) => entry.mean === target)
    .sort((a, b) => compareText(a.principle, b.principle));
  const [first, ...rest] = tied;
  if (first === undefined) return null;
  return {
    principle: first.principle,
    name: first.name,
    mean: first.mean,
    band: first.band,
    drivers: extremeItems(first.items, end),
    tiedWith: rest.map((entry) => entry.principle),
  };
}
