import { z } from 'zod';
import { InvalidInputError } from '../core/InvalidInputError.js';
import { parseWith } from '../core/validation.js';
import {
  compareCounts,
  ProportionCount,
  type CompareProportionsResult,
} from './compareProportions.js';
import { chiSquaredSurvival } from './math/distributions.js';
import { ConfidenceLevel, wilsonFor, type WilsonInterval } from './wilsonInterval.js';

/**
 * One group in an ordered series, such as one session of a learning cluster: its count,
 * an optional score giving its place on the ordering (default 1, 2, 3, …) and an optional
 * label to carry through to the result.
 *
 * @example
 * ```ts
 * ProportionTrendGroup.parse({ successes: 13, n: 30, score: 3, label: 'March' });
 * // => { successes: 13, n: 30, score: 3, label: 'March' }
 * ProportionTrendGroup.safeParse({ successes: 31, n: 30 }).success;
 * // => false
 * ```
 */
export const ProportionTrendGroup = /* @__PURE__ */ (() =>
  z
    .object({
      /** How many answered yes (or rated excellent, …) in this group. */
      successes: z.int().min(0),
      /** How many answered in this group: the denominator. */
      n: z.int().min(1, 'must be at least 1: a proportion needs someone to have answered'),
      /** The group's place on the ordering, such as its session number or month. */
      score: z.number().optional(),
      /** A name for the group, such as `'Session 1'`. */
      label: z.string().optional(),
    })
    .refine((group) => group.successes <= group.n, {
      path: ['successes'],
      message: 'must not be more than n (the number who answered)',
    }))();
/** One group in an ordered series. */
export type ProportionTrendGroup = z.input<typeof ProportionTrendGroup>;

/**
 * Options of {@link proportionTrend}.
 *
 * @example
 * ```ts
 * ProportionTrendOptions.parse({});
 * // => { confidence: 0.95 }
 * ProportionTrendOptions.safeParse({ level: 0.9 }).success; // unknown options are refused
 * // => false
 * ```
 */
export const ProportionTrendOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The confidence level of the intervals, strictly between 0 and 1 (default 0.95). */
    confidence: ConfidenceLevel.default(0.95),
  }))();
/** Options of {@link proportionTrend}. */
export type ProportionTrendOptions = z.input<typeof ProportionTrendOptions>;

/** One group's proportion, with its Wilson interval and its place in the series. */
export interface ProportionTrendGroupResult extends WilsonInterval {
  /** Its position in the input. */
  readonly index: number;
  /** The score used for it in the trend test. */
  readonly score: number;
  /** Its label, when one was given. */
  readonly label?: string;
}

/** The Cochran–Armitage test for a linear trend in proportions. */
export interface CochranArmitageTest {
  /** The test, as R's `prop.trend.test` computes it. */
  readonly method: 'cochran-armitage';
  /** The scores used, in group order. */
  readonly scores: readonly number[];
  /** The χ² statistic on 1 degree of freedom (z²); `null` when it is undefined. */
  readonly statistic: number | null;
  /** The signed z, positive when the proportion rises with the score; `null` with the statistic. */
  readonly z: number | null;
  /** Degrees of freedom: 1. */
  readonly df: 1;
  /** The two-sided p-value; `null` when the statistic is undefined. */
  readonly pValue: number | null;
  /**
   * The weighted least-squares slope of the proportions on the scores (weights n): the
   * change in the proportion per unit of score, such as per session.
   */
  readonly slope: number;
  /** Which way the proportions move with the score. */
  readonly direction: 'increasing' | 'decreasing' | 'flat';
  /** Why the statistic is `null` (R's `prop.trend.test` stops with an error there), or `null`. */
  readonly unavailableReason: string | null;
}

/** The χ² test that every group has the same proportion. */
export interface EqualProportionsTest {
  /** The test, as R's `prop.test(x, n, correct = FALSE)` computes it on k groups. */
  readonly method: 'chi-squared-equal-proportions';
  /** The proportion of successes in all groups together. */
  readonly pooled: number;
  /** The Pearson χ² statistic; `null` when it is undefined. */
  readonly statistic: number | null;
  /** Degrees of freedom: the number of groups minus 1. */
  readonly df: number;
  /** The p-value; `null` when the statistic is undefined. */
  readonly pValue: number | null;
  /** Why the statistic is `null` (R's `prop.test` returns NaN there), or `null`. */
  readonly unavailableReason: string | null;
}

/** The change from the first group to the last: a comparison with `a` = last, `b` = first. */
export interface ProportionChange extends CompareProportionsResult {
  /** The index of the first group (b). */
  readonly from: number;
  /** The index of the last group (a). */
  readonly to: number;
}

/** Everything {@link proportionTrend} found. */
export interface ProportionTrendResult {
  /** Each group's proportion with its Wilson interval, in input order. */
  readonly groups: readonly ProportionTrendGroupResult[];
  /** The trend test across the ordered groups. */
  readonly trend: CochranArmitageTest;
  /** The test that all proportions are equal, ignoring the order. */
  readonly equality: EqualProportionsTest;
  /** The change from the first group to the last, with Newcombe's interval. */
  readonly change: ProportionChange;
}

const Arguments = /* @__PURE__ */ (() =>
  z
    .object({
      groups: z.array(ProportionTrendGroup).min(2, 'must have at least 2 groups to show a trend'),
      options: ProportionTrendOptions.default({ confidence: 0.95 }),
    })
    .superRefine((input, context) => {
      const scored = input.groups.filter((group) => group.score !== undefined).length;
      if (scored > 0 && scored < input.groups.length) {
        const index = input.groups.findIndex((group) => group.score === undefined);
        context.addIssue({
          code: 'custom',
          path: ['groups', index, 'score'],
          message: 'is missing while other groups have scores; give every group a score or none',
        });
      }
      const first = input.groups[0]?.score;
      if (scored === input.groups.length && input.groups.every((group) => group.score === first)) {
        context.addIssue({
          code: 'custom',
          path: ['groups', input.groups.length - 1, 'score'],
          message: 'is the same as every other score; scores must place the groups in order',
        });
      }
    }))();

/**
 * Tests whether a proportion changes across ordered sessions, and by how much.
 *
 * A learning cluster asks after each of its four sessions whether people rated it
 * "excellent"; one programme saw 43% at the first and 89% at the fourth. This function
 * takes the counts in session order and reports each session's share with its Wilson
 * interval; the Cochran–Armitage test for a linear trend (identical to R's
 * `prop.trend.test`, with the weighted slope and its direction); the χ² test that all
 * sessions share one proportion (R's `prop.test(x, n, correct = FALSE)`); and the change
 * from the first session to the last with Newcombe's interval (as
 * {@link compareProportions}). The trend test is the more powerful when the change is
 * steady; the equality test also notices a rise and fall. Different people may answer
 * each time; the tests treat the groups as independent. Costs O(k) for k groups.
 *
 * Reference: W. G. Cochran, Biometrics 10 (1954) 417–451; P. Armitage, Biometrics 11
 * (1955) 375–386; R's `prop.trend.test` and `prop.test`.
 *
 * @param groups - the groups in order, each `{ successes, n, score?, label? }`; at least
 *   two. Give every group a score or none (then 1, 2, 3, …).
 * @param options - `confidence`, the confidence level of the intervals (default 0.95).
 * @returns each group's interval, the trend and equality tests (with `null`s and a reason
 *   when undefined, as when nobody or everybody succeeded) and the first-to-last change.
 * @throws {@link InvalidInputError} (`invalid_input`) for fewer than two groups, a bad
 *   count, scores given for some groups only, all equal, or so close together (or so
 *   small) that the slope per unit of score overflows, or a bad confidence.
 *
 * @example
 * ```ts
 * const sessions = [
 *   { successes: 13, n: 30, label: 'Session 1' },
 *   { successes: 17, n: 28, label: 'Session 2' },
 *   { successes: 22, n: 29, label: 'Session 3' },
 *   { successes: 24, n: 27, label: 'Session 4' },
 * ];
 * const result = proportionTrend(sessions);
 * result.groups.map((group) => Math.round(group.estimate * 100));
 * // => [43, 61, 76, 89]
 * [Number(result.trend.statistic?.toFixed(3)), Number(result.trend.pValue?.toFixed(5))];
 * // => [14.839, 0.00012]
 * [result.trend.direction, Number(result.trend.slope.toFixed(4))];
 * // => ['increasing', 0.1522]
 * [result.change.difference.lower, result.change.difference.upper].map((x) => Number(x.toFixed(3)));
 * // => [0.212, 0.631]
 * ```
 */
export function proportionTrend(
  groups: readonly ProportionTrendGroup[],
  options: ProportionTrendOptions = {},
): ProportionTrendResult {
  const input = parseWith(Arguments, { groups, options }, { fn: 'proportionTrend' });
  const { confidence } = input.options;
  const checked = input.groups;
  const scores = checked.map((group, index) => group.score ?? index + 1);
  const results = checked.map((group, index): ProportionTrendGroupResult => {
    const interval = wilsonFor(group.successes, group.n, confidence);
    const score = scores[index] ?? index + 1;
    return group.label === undefined
      ? { ...interval, index, score }
      : { ...interval, index, score, label: group.label };
  });
  const totalSuccesses = checked.reduce((sum, group) => sum + group.successes, 0);
  const total = checked.reduce((sum, group) => sum + group.n, 0);
  const pooled = totalSuccesses / total;
  const first = checked[0] ?? { successes: 0, n: 1 };
  const last = checked[checked.length - 1] ?? first;
  return {
    groups: results,
    trend: trendTest(checked, scores, pooled),
    equality: equalityTest(checked, pooled),
    change: {
      from: 0,
      to: checked.length - 1,
      ...compareCounts(
        { successes: last.successes, n: last.n },
        { successes: first.successes, n: first.n },
        confidence,
      ),
    },
  };
}

/** Why a test has no variation to work with, when nobody or everybody succeeded. */
function noVariation(pooled: number, consequence: string): string {
  const everyone = pooled === 0 ? 'nobody in any group' : 'everybody in every group';
  return `${everyone} succeeded, so there is no variation to test (${consequence})`;
}

function trendTest(
  groups: readonly ProportionCount[],
  scores: readonly number[],
  pooled: number,
): CochranArmitageTest {
  const total = groups.reduce((sum, group) => sum + group.n, 0);
  // The test is the same for scores scaled by any factor, so the sums run on the scores
  // divided by the largest of them: scores such as 1e-300 or 1e300 neither under- nor
  // overflow when squared. Only the slope, per unit of the given scores, is scaled back.
  const unit = Math.max(...scores.map(Math.abs));
  const scaled = scores.map((score) => score / unit);
  const meanScore = groups.reduce((sum, group, i) => sum + group.n * (scaled[i] ?? 0), 0) / total;
  let covariance = 0;
  let covarianceScale = 0;
  let spread = 0;
  groups.forEach((group, i) => {
    const centred = (scaled[i] ?? 0) - meanScore;
    covariance += group.successes * centred;
    covarianceScale += Math.abs(group.successes * centred);
    spread += group.n * centred * centred;
  });
  // A sum that is zero in exact arithmetic may come out as rounding noise.
  if (Math.abs(covariance) <= 1e-12 * covarianceScale) covariance = 0;
  const slope = covariance / spread / unit;
  if (!(spread > 0) || !Number.isFinite(spread) || !Number.isFinite(slope)) {
    // Scores so close together (relative to their size) that they cannot be told apart,
    // or a slope per unit of score beyond the largest double.
    throw new InvalidInputError('proportionTrend', [
      {
        path: ['groups', 0, 'score'],
        pathText: 'groups[0].score',
        code: 'custom',
        message:
          'the scores are so close together (or so small) that the trend per unit of score cannot be computed; use scores such as 1, 2, 3',
      },
    ]);
  }
  const direction = slope > 0 ? 'increasing' : slope < 0 ? 'decreasing' : 'flat';
  const base = {
    method: 'cochran-armitage',
    scores: [...scores],
    df: 1,
    slope,
    direction,
  } as const;
  if (pooled === 0 || pooled === 1) {
    return {
      ...base,
      statistic: null,
      z: null,
      pValue: null,
      unavailableReason: noVariation(pooled, "R's prop.trend.test stops with an error here"),
    };
  }
  const z = covariance / Math.sqrt(pooled * (1 - pooled) * spread);
  const statistic = z * z;
  return {
    ...base,
    statistic,
    z,
    pValue: chiSquaredSurvival(statistic, 1),
    unavailableReason: null,
  };
}

function equalityTest(groups: readonly ProportionCount[], pooled: number): EqualProportionsTest {
  const df = groups.length - 1;
  if (pooled === 0 || pooled === 1) {
    return {
      method: 'chi-squared-equal-proportions',
      pooled,
      statistic: null,
      df,
      pValue: null,
      unavailableReason: noVariation(pooled, "R's prop.test returns NaN here"),
    };
  }
  // Pearson's χ² over the k × 2 table, successes column first, as prop.test sums it.
  let statistic = 0;
  for (const group of groups) {
    const expected = group.n * pooled;
    statistic += (group.successes - expected) ** 2 / expected;
  }
  for (const group of groups) {
    const expected = group.n * (1 - pooled);
    statistic += (group.n - group.successes - expected) ** 2 / expected;
  }
  return {
    method: 'chi-squared-equal-proportions',
    pooled,
    statistic,
    df,
    pValue: chiSquaredSurvival(statistic, df),
    unavailableReason: null,
  };
}
