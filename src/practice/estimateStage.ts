import { z } from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';
import { parseWith } from '../core/validation.js';
import { COMMUNITY_STAGES, type CommunityStageId } from './communityStages.js';
import { scoreStages, type StageEvidence } from './stages/scoreStages.js';

export type { StageEvidence } from './stages/scoreStages.js';

/**
 * A ticked checklist of stage signs: either the ids of the signs observed, or a record from
 * sign id to `true` (observed) or `false` (looked for and not observed). Ids come from
 * {@link COMMUNITY_STAGES}; an unknown id is refused.
 *
 * @example
 * ```ts
 * ObservedStageSigns.safeParse(['coalescing.launch-held']).success;
 * // => true
 * ObservedStageSigns.safeParse({ 'coalescing.launch-held': true, 'maturing.gaps-named': false }).success;
 * // => true
 * ObservedStageSigns.safeParse(['launched']).success; // not a sign id
 * // => false
 * ```
 */
export const ObservedStageSigns = /* @__PURE__ */ (() => {
  const known = new Set(COMMUNITY_STAGES.flatMap((stage) => stage.signs.map((sign) => sign.id)));
  const unknown = (id: string): string =>
    `is not a known sign id (${JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id)}); use the ids in COMMUNITY_STAGES[].signs[].id, such as "coalescing.launch-held"`;
  return z.union(
    [
      z.array(z.string()).superRefine((ids, context) => {
        ids.forEach((id, index) => {
          if (!known.has(id))
            context.addIssue({ code: 'custom', path: [index], message: unknown(id) });
        });
      }),
      z.record(z.string(), z.boolean()).superRefine((record, context) => {
        for (const id of Object.keys(record)) {
          if (!known.has(id))
            context.addIssue({ code: 'custom', path: [id], message: unknown(id) });
        }
      }),
    ],
    {
      error:
        'must be an array of sign ids or a record from sign id to true or false (see COMMUNITY_STAGES)',
    },
  );
})();
/** A ticked checklist of stage signs: an array of observed ids, or a record of id to boolean. */
export type ObservedStageSigns = readonly string[] | Readonly<Record<string, boolean>>;

/** How sure the estimate is, from the best stage's score and its lead over the next. */
export type StageConfidence = 'high' | 'medium' | 'low' | 'none';

/** The least score and lead a confidence level needs, as shares of a stage's signs. */
export interface StageConfidenceLimit {
  /** The least share of the best stage's own signs observed. */
  readonly score: number;
  /** The least lead of the best stage's score over the runner-up's. */
  readonly margin: number;
}

/** The limits for each confidence level above `'low'`. */
export interface StageConfidenceLimits {
  /** What `'high'` confidence needs. */
  readonly high: StageConfidenceLimit;
  /** What `'medium'` confidence needs. */
  readonly medium: StageConfidenceLimit;
}

/**
 * The limits behind {@link StageConfidence} in {@link estimateStage}: for high or medium
 * confidence, the best stage needs at least `score` of its signs observed and a lead of at
 * least `margin` over the runner-up (both as shares of a stage's signs).
 *
 * @example
 * ```ts
 * STAGE_CONFIDENCE_LIMITS.high;
 * // => { score: 0.6, margin: 0.4 }
 * STAGE_CONFIDENCE_LIMITS.medium;
 * // => { score: 0.4, margin: 0.2 }
 * ```
 */
export const STAGE_CONFIDENCE_LIMITS: StageConfidenceLimits = /* @__PURE__ */ (() =>
  deepFreeze({
    high: { score: 0.6, margin: 0.4 },
    medium: { score: 0.4, margin: 0.2 },
  } as const))();

/** What {@link estimateStage} finds. */
export interface StageEstimate {
  /** The estimated stage; `null` when no sign was observed. */
  readonly stage: CommunityStageId | null;
  /** The stage's name; `null` with no stage. */
  readonly name: string | null;
  /** The usual challenge of the stage; `null` with no stage. */
  readonly challenge: string | null;
  /** Where to focus at this stage; empty with no stage. */
  readonly focus: readonly string[];
  /** The best stage's score: the share of its signs observed, 0 to 1. */
  readonly score: number;
  /** The next best stage (the earliest among equals), or `null` when none scored above 0 besides the best. */
  readonly runnerUp: CommunityStageId | null;
  /** The best score less the runner-up's score (or less 0 with no runner-up), rounded to 12 decimals. */
  readonly margin: number;
  /** Other stages whose score equals the best (a tie, broken towards the earlier stage). */
  readonly tiedWith: readonly CommunityStageId[];
  /**
   * `'high'` when the best score is at least 0.6 and the margin at least 0.4; `'medium'` at
   * least 0.4 and 0.2; `'low'` otherwise (ties included); `'none'` when no sign was observed.
   */
  readonly confidence: StageConfidence;
  /** How the checklist bears on each stage, earliest stage first. */
  readonly evidence: readonly StageEvidence[];
  /** Why, in plain words. */
  readonly reason: string;
}

/**
 * Estimates a community of practice's stage of development from a checklist of observed signs.
 *
 * Wenger, McDermott and Snyder describe five stages (potential, coalescing, maturing,
 * stewardship, transformation), each with its own typical difficulty (Cultivating
 * Communities of Practice, 2002, ch. 4–5). Knowing the stage tells an organiser where effort
 * pays: a coalescing group needs early value and trust, a maturing one focus and routines for
 * newcomers. Each stage scores the share of its signs in {@link COMMUNITY_STAGES} that were
 * observed; the highest score is the estimate. Ties go to the **earlier** stage, whose
 * challenges are then still live, and are listed in `tiedWith`. Confidence needs both a
 * clear share of the stage's own signs and a lead over the runner-up (see
 * {@link STAGE_CONFIDENCE_LIMITS}: score ≥ 0.6 and lead ≥ 0.4 high, score ≥ 0.4 and lead
 * ≥ 0.2 medium, else low), since a single sign says little and signs of two stages side by
 * side usually mean a community moving between them. It is a prompt
 * for a conversation, not a measurement. Costs O(number of signs).
 *
 * @param signs - the ids of the signs observed, or a record from sign id to `true`/`false`;
 *   repeated ids count once.
 * @returns the stage with its challenge and focus, the evidence per stage, the margin,
 *   ties, a confidence and a reason.
 * @throws {@link InvalidInputError} (`invalid_input`) for an id that is not a sign in
 *   {@link COMMUNITY_STAGES}, with its path (`signs[2]`, `signs["launched"]`), or input of
 *   another shape.
 *
 * @example
 * ```ts
 * const estimate = estimateStage([
 *   'coalescing.launch-held',
 *   'coalescing.meetings-begun',
 *   'coalescing.coordinator-named',
 *   'coalescing.early-value',
 *   'maturing.membership-growing',
 * ]);
 * [estimate.stage, estimate.score, estimate.runnerUp, estimate.margin, estimate.confidence];
 * // => ['coalescing', 0.8, 'maturing', 0.6, 'high']
 * estimate.focus[0];
 * // => 'Hold meetings on a steady rhythm so that the group becomes a habit.'
 * estimateStage({ 'potential.shared-problems': true, 'coalescing.launch-held': true }).tiedWith;
 * // => ['coalescing']
 * estimateStage([]).stage;
 * // => null
 * ```
 */
export function estimateStage(signs: ObservedStageSigns): StageEstimate {
  const checked = parseWith(ObservedStageSigns, signs, { fn: 'estimateStage', root: 'signs' });
  const entries: readonly (readonly [string, boolean])[] = Array.isArray(checked)
    ? checked.map((id) => [id, true] as const)
    : Object.entries(checked);
  const observed = new Set(entries.filter(([, seen]) => seen).map(([id]) => id));
  const absent = new Set(entries.filter(([, seen]) => !seen).map(([id]) => id));
  const evidence = scoreStages(COMMUNITY_STAGES, observed, absent);

  // Highest score first; equal scores keep catalogue order, so the earlier stage leads.
  const ranked = evidence
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.score - a.item.score || a.order - b.order)
    .map(({ item }) => item);
  const best = ranked[0];
  if (best === undefined || best.score === 0) {
    return {
      stage: null,
      name: null,
      challenge: null,
      focus: [],
      score: 0,
      runnerUp: null,
      margin: 0,
      tiedWith: [],
      confidence: 'none',
      evidence,
      reason:
        'No sign of any stage was marked as observed, so no stage can be estimated; tick the signs you see in COMMUNITY_STAGES.',
    };
  }
  const second = ranked[1];
  const runnerUp = second !== undefined && second.score > 0 ? second : undefined;
  // Rounded to 12 decimals, so that 0.6 − 0.2 is exactly 0.4 and meets the 'high' margin.
  const margin = Math.round((best.score - (runnerUp?.score ?? 0)) * 1e12) / 1e12;
  const tiedWith = ranked
    .slice(1)
    .filter((item) => item.score === best.score)
    .map((item) => item.stage);
  const reaches = (limit: { readonly score: number; readonly margin: number }): boolean =>
    best.score >= limit.score && margin >= limit.margin;
  const confidence: StageConfidence = reaches(STAGE_CONFIDENCE_LIMITS.high)
    ? 'high'
    : reaches(STAGE_CONFIDENCE_LIMITS.medium)
      ? 'medium'
      : 'low';
  const stage = COMMUNITY_STAGES.find((candidate) => candidate.id === best.stage);
  const total = best.matched.length + best.notObserved.length + best.unassessed.length;
  const lead =
    tiedWith.length > 0
      ? `a tie with ${tiedWith.join(', ')}, broken towards the earlier stage`
      : runnerUp === undefined
        ? 'no other stage showed any sign'
        : `ahead of ${runnerUp.stage} (${String(runnerUp.matched.length)} signs) by ${String(Number(margin.toFixed(2)))}`;
  return {
    stage: best.stage,
    name: stage?.name ?? null,
    challenge: stage?.challenge ?? null,
    focus: stage?.focus ?? [],
    score: best.score,
    runnerUp: runnerUp?.stage ?? null,
    margin,
    tiedWith,
    confidence,
    evidence,
    reason: `${String(best.matched.length)} of ${String(total)} signs of ${best.stage} were observed (${lead}); confidence ${confidence}.`,
  };
}
