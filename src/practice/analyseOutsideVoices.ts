import { z } from 'zod';
import { IsoDate } from '../core/isoDate.js';
import { parseWith } from '../core/validation.js';
import { wilsonInterval, type WilsonInterval } from '../survey/index.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * A session of a community of practice and who contributed to it, each contributor marked
 * as from `inside` the community or from `outside` it (a speaker from another field, a
 * person with lived experience, a funder, a researcher).
 *
 * @example
 * ```ts
 * const session = CommunitySession.parse({
 *   id: 's-1',
 *   date: '2026-03-05',
 *   contributors: [{ id: 'ama', side: 'inside' }, { id: 'dr-okafor', side: 'outside' }],
 * });
 * session.contributors.length;
 * // => 2
 * CommunitySession.safeParse({ id: 's-2', date: '2026-03-05', contributors: [{ id: 'x', side: 'guest' }] }).success;
 * // => false
 * ```
 */
export const CommunitySession = /* @__PURE__ */ (() =>
  z.object({
    /** The session's id, unique among the sessions. */
    id: Label,
    /** The day it was held, as an ISO date. */
    date: IsoDate,
    /** Who contributed (spoke, presented, facilitated); may be empty. */
    contributors: z.array(
      z.object({
        /** The contributor's id or name. */
        id: Label,
        /** Whether the contributor belongs to the community (`inside`) or not (`outside`). */
        side: z.literal(['inside', 'outside']),
      }),
    ),
  }))();
/** A session and who contributed to it, each marked inside or outside the community. */
export type CommunitySession = z.output<typeof CommunitySession>;

/** Options of {@link analyseOutsideVoices}. */
export interface AnalyseOutsideVoicesOptions {
  /** The share of sessions with an outside contributor the community aims for (default 0.25). */
  readonly target?: number;
  /** The confidence level of the interval (default 0.95). */
  readonly confidence?: number;
}

/** One session's outside contributors. */
export interface SessionVoices {
  /** The session's id. */
  readonly id: string;
  /** The day it was held. */
  readonly date: string;
  /** The ids of its outside contributors, sorted. */
  readonly outside: readonly string[];
  /** How many inside contributors it had. */
  readonly inside: number;
}

/** An outside contributor and the sessions they joined. */
export interface OutsideContributor {
  /** The contributor's id. */
  readonly id: string;
  /** How many sessions they contributed to. */
  readonly sessions: number;
}

/**
 * The verdict on the dialogue between inside and outside:
 * - `meets-target`: the share of sessions with an outside contributor reaches the target;
 * - `below-target`: some outside voices, but fewer than the target;
 * - `none`: no session had an outside contributor;
 * - `no-sessions`: there were no sessions to judge.
 */
export type OutsideVoicesVerdict = 'meets-target' | 'below-target' | 'none' | 'no-sessions';

/** What {@link analyseOutsideVoices} returns. */
export interface OutsideVoicesResult {
  /** How many sessions there were. */
  readonly sessions: number;
  /** How many had at least one outside contributor. */
  readonly withOutside: number;
  /** The share with an outside contributor and its Wilson interval, or `null` without sessions. */
  readonly share: WilsonInterval | null;
  /** The target share. */
  readonly target: number;
  /** Each session, in date order (ties by id). */
  readonly bySession: readonly SessionVoices[];
  /** The distinct outside contributors, most sessions first (ties by id). */
  readonly outsideContributors: readonly OutsideContributor[];
  /** The verdict. */
  readonly verdict: OutsideVoicesVerdict;
  /** The verdict's reasons in plain words. */
  readonly reasons: readonly string[];
}

const Input = /* @__PURE__ */ (() =>
  z
    .strictObject({
      sessions: z.array(CommunitySession),
      options: z.strictObject({
        target: z
          .number()
          .min(0, 'must be at least 0 (write 25% as 0.25)')
          .max(1, 'must be at most 1 (write 25% as 0.25)')
          .default(0.25),
        confidence: z
          .number()
          .gt(0, 'must be above 0 (write 95% as 0.95)')
          .lt(1, 'must be below 1 (write 95% as 0.95)')
          .default(0.95),
      }),
    })
    .superRefine((input, context) => {
      const seen = new Map<string, number>();
      input.sessions.forEach((session, index) => {
        const earlier = seen.get(session.id);
        if (earlier === undefined) seen.set(session.id, index);
        else
          context.addIssue({
            code: 'custom',
            path: ['sessions', index, 'id'],
            message: `repeats the id ${JSON.stringify(session.id)} of session ${String(earlier)}; every session needs a different id`,
          });
      });
    }))();

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const percent = (share: number): string => `${String(Math.round(share * 100))}%`;

/**
 * Measures how often outside perspectives come into a community of practice: the share of
 * sessions with at least one contributor from outside, with its Wilson interval.
 *
 * One of the seven design principles of communities of practice is to open a dialogue
 * between inside and outside perspectives: insiders know what matters, but people from
 * outside (other fields, people with lived experience, researchers) show what else is
 * possible (E. Wenger, R. McDermott & W. M. Snyder, *Cultivating Communities of Practice*,
 * 2002, ch. 3). Counting sessions with an outside voice turns that into a number a steering
 * group can track; the interval (E. B. Wilson 1927, as {@link wilsonInterval}) says how
 * sure the share is over a year of a dozen sessions. Cost: O(n log n) for n contributions.
 *
 * @param sessions - the sessions with their contributors; their order does not matter.
 * @param options - `target` share (default 0.25, one session in four) and `confidence`
 *   of the interval (default 0.95).
 * @returns the counts, the share with its interval, each session's outside contributors,
 *   the distinct outside contributors, a verdict and its reasons.
 * @throws {@link InvalidInputError} (`invalid_input`) for dates that are not ISO dates,
 *   contributors not marked `inside` or `outside`, repeated session ids, or a target or
 *   confidence out of range; each problem with its path.
 *
 * @example
 * ```ts
 * const voices = analyseOutsideVoices([
 *   { id: 's1', date: '2026-01-08', contributors: [{ id: 'ama', side: 'inside' }, { id: 'prof-lee', side: 'outside' }] },
 *   { id: 's2', date: '2026-02-05', contributors: [{ id: 'ben', side: 'inside' }] },
 *   { id: 's3', date: '2026-03-05', contributors: [{ id: 'carer-jo', side: 'outside' }] },
 *   { id: 's4', date: '2026-04-02', contributors: [{ id: 'ama', side: 'inside' }] },
 * ]);
 * [voices.withOutside, voices.sessions, voices.verdict];
 * // => [2, 4, 'meets-target']
 * [voices.share?.estimate, Number(voices.share?.lower.toFixed(4)), Number(voices.share?.upper.toFixed(4))];
 * // => [0.5, 0.15, 0.85]
 * ```
 */
export function analyseOutsideVoices(
  sessions: readonly CommunitySession[],
  options: AnalyseOutsideVoicesOptions = {},
): OutsideVoicesResult {
  const fn = 'analyseOutsideVoices';
  const checked = parseWith(Input, { sessions, options }, { fn });
  const { target, confidence } = checked.options;
  const bySession = checked.sessions
    .map((session): SessionVoices => ({
      id: session.id,
      date: session.date,
      outside: [
        ...new Set(session.contributors.filter((c) => c.side === 'outside').map((c) => c.id)),
      ].sort(byText),
      inside: session.contributors.filter((c) => c.side === 'inside').length,
    }))
    .sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id));
  const counts = new Map<string, number>();
  for (const session of bySession)
    for (const id of session.outside) counts.set(id, (counts.get(id) ?? 0) + 1);
  const outsideContributors = [...counts.entries()]
    .map(([id, count]) => ({ id, sessions: count }))
    .sort((a, b) => b.sessions - a.sessions || byText(a.id, b.id));
  const withOutside = bySession.filter((session) => session.outside.length > 0).length;
  const n = bySession.length;
  const share = n === 0 ? null : wilsonInterval(withOutside, n, { confidence });

  const reasons: string[] = [];
  let verdict: OutsideVoicesVerdict;
  if (share === null) {
    verdict = 'no-sessions';
    reasons.push('there were no sessions to judge');
  } else {
    const range = `${percent(share.lower)}–${percent(share.upper)}`;
    reasons.push(
      `${String(withOutside)} of ${String(n)} sessions (${percent(share.estimate)}, ${percent(confidence)} interval ${range}) had an outside contributor`,
    );
    if (withOutside === 0) verdict = 'none';
    else verdict = share.estimate >= target ? 'meets-target' : 'below-target';
    reasons.push(
      verdict === 'meets-target'
        ? `that reaches the target of ${percent(target)}`
        : `that is below the target of ${percent(target)}; invite a speaker, a researcher or someone with lived experience`,
    );
    if (outsideContributors.length > 0)
      reasons.push(
        `${String(outsideContributors.length)} different outside contributor${outsideContributors.length === 1 ? '' : 's'} took part`,
      );
  }
  return {
    sessions: n,
    withOutside,
    share,
    target,
    bySession,
    outsideContributors,
    verdict,
    reasons,
  };
}
