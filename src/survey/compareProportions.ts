import { z } from 'zod';
import { parseWith } from '../core/validation.js';
import { normalSurvival } from './math/distributions.js';
import { effectMagnitude, type EffectMagnitude } from './math/effectSize.js';
import { newcombeHybridBounds } from './math/wilsonScore.js';
import { ConfidenceLevel, wilsonFor, type WilsonInterval } from './wilsonInterval.js';

/**
 * A count of successes out of the people who answered: `{ successes: 26, n: 60 }` for 26
 * of 60 rating a session excellent. Both are whole numbers, n ≥ 1 and successes ≤ n.
 *
 * @example
 * ```ts
 * ProportionCount.parse({ successes: 26, n: 60 });
 * // => { successes: 26, n: 60 }
 * ProportionCount.safeParse({ successes: 7, n: 5 }).success; // more successes than answers
 * // => false
 * ProportionCount.safeParse({ successes: 0, n: 0 }).success; // nobody answered
 * // => false
 * ```
 */
export const ProportionCount = /* @__PURE__ */ (() =>
  z
    .object({
      /** How many answered yes (or rated excellent, or attended, …). */
      successes: z.int().min(0),
      /** How many answered: the denominator. */
      n: z.int().min(1, 'must be at least 1: a proportion needs someone to have answered'),
    })
    .refine((count) => count.successes <= count.n, {
      path: ['successes'],
      message: 'must not be more than n (the number who answered)',
    }))();
/** A count of successes out of the people who answered. */
export type ProportionCount = z.infer<typeof ProportionCount>;

/**
 * Options of {@link compareProportions}.
 *
 * @example
 * ```ts
 * CompareProportionsOptions.parse({});
 * // => { confidence: 0.95 }
 * CompareProportionsOptions.parse({ confidence: 0.9 });
 * // => { confidence: 0.9 }
 * CompareProportionsOptions.safeParse({ confidence: 1 }).success;
 * // => false
 * ```
 */
export const CompareProportionsOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The confidence level of the intervals, strictly between 0 and 1 (default 0.95). */
    confidence: ConfidenceLevel.default(0.95),
  }))();
/** Options of {@link compareProportions}. */
export type CompareProportionsOptions = z.input<typeof CompareProportionsOptions>;

/** The difference of two proportions with its interval. */
export interface ProportionDifference {
  /** What was subtracted from what. */
  readonly of: 'a - b';
  /** How the interval was made: Newcombe's hybrid score interval (his method 10). */
  readonly method: 'newcombe-hybrid-score';
  /** a's proportion minus b's, in [−1, 1]. */
  readonly estimate: number;
  /** The lower bound, in [−1, 1]. */
  readonly lower: number;
  /** The upper bound, in [−1, 1]. */
  readonly upper: number;
  /** The confidence level, such as 0.95. */
  readonly confidence: number;
}

/** The pooled two-sample z test of equal proportions. */
export interface TwoProportionZTest {
  /** The test: a two-sided z test with the pooled proportion, no continuity correction. */
  readonly method: 'pooled-z-test';
  /** The proportion of successes in both groups together, the null hypothesis's estimate. */
  readonly pooled: number;
  /** z = (pa − pb) / √(pooled (1 − pooled)(1/na + 1/nb)); `null` when it is undefined. */
  readonly z: number | null;
  /** z², equal to `prop.test(c(xa, xb), c(na, nb), correct = FALSE)$statistic`; `null` with z. */
  readonly chiSquared: number | null;
  /** The two-sided p-value, P(|Z| ≥ |z|); `null` when z is undefined. */
  readonly pValue: number | null;
  /**
   * Why z and the p-value are `null`, or `null` when they are not: when nobody or everybody
   * in both groups succeeded there is no variation to test (R's `prop.test` returns NaN).
   */
  readonly unavailableReason: string | null;
}

/** Cohen's h, the difference of two proportions on the arcsine scale. */
export interface CohensH {
  /** What was subtracted from what. */
  readonly of: 'a - b';
  /** h = 2 asin √pa − 2 asin √pb. */
  readonly value: number;
  /** Its size by Cohen's conventions (0.2 small, 0.5 medium, 0.8 large). */
  readonly magnitude: EffectMagnitude;
}

/** Everything {@link compareProportions} found. */
export interface CompareProportionsResult {
  /** Group a's proportion with its Wilson interval. */
  readonly a: WilsonInterval;
  /** Group b's proportion with its Wilson interval. */
  readonly b: WilsonInterval;
  /** The difference a − b with Newcombe's interval. */
  readonly difference: ProportionDifference;
  /** The pooled z test of equal proportions. */
  readonly test: TwoProportionZTest;
  /** Cohen's h for a − b. */
  readonly effectSize: CohensH;
}

const Arguments = /* @__PURE__ */ (() =>
  z.object({
    a: ProportionCount,
    b: ProportionCount,
    options: CompareProportionsOptions.default({ confidence: 0.95 }),
  }))();

/**
 * Compares two proportions from independent groups: the difference with its confidence
 * interval, a test of equality and an effect size.
 *
 * Did more people in the buddying cluster than in the speaker cluster say they felt they
 * belonged? The difference a − b comes with Newcombe's hybrid score interval (his method
 * 10), built from each group's Wilson interval, which holds its coverage with small
 * groups; the pooled two-sample z test gives the p-value (z² is the statistic of R's
 * `prop.test(c(xa, xb), c(na, nb), correct = FALSE)` and the p-values agree); and Cohen's
 * h = 2 asin √pa − 2 asin √pb puts the gap on a scale where 0.2, 0.5 and 0.8 are
 * conventionally small, medium and large. The two groups must be different people; for the
 * same people asked twice use {@link comparePairedProportions}. Costs O(1).
 *
 * Reference: R. G. Newcombe, Statistics in Medicine 17 (1998) 873–890; J. Cohen,
 * Statistical Power Analysis for the Behavioral Sciences (1988), ch. 6; R's `prop.test`.
 *
 * @param a - the first group's count, `{ successes, n }`.
 * @param b - the second group's count, `{ successes, n }`.
 * @param options - `confidence`, the confidence level (default 0.95).
 * @returns each group's Wilson interval, the difference a − b with its interval, the z
 *   test (with `null`s and a reason when it is undefined) and Cohen's h.
 * @throws {@link InvalidInputError} (`invalid_input`) when a count is negative, not whole,
 *   n is 0 or successes exceed n, or the confidence is not strictly between 0 and 1.
 *
 * @example
 * ```ts
 * const result = compareProportions({ successes: 24, n: 27 }, { successes: 13, n: 30 });
 * [result.difference.estimate, result.difference.lower, result.difference.upper].map((x) =>
 *   Number(x.toFixed(4)),
 * );
 * // => [0.4556, 0.2122, 0.6309]
 * Number(result.test.pValue?.toFixed(5));
 * // => 0.00032
 * [Number(result.effectSize.value.toFixed(3)), result.effectSize.magnitude];
 * // => [1.025, 'large']
 * ```
 */
export function compareProportions(
  a: ProportionCount,
  b: ProportionCount,
  options: CompareProportionsOptions = {},
): CompareProportionsResult {
  const input = parseWith(Arguments, { a, b, options }, { fn: 'compareProportions' });
  return compareCounts(input.a, input.b, input.options.confidence);
}

/**
 * The comparison for counts already checked; shared by {@link proportionTrend}.
 *
 * @param a - the first count (checked by the caller).
 * @param b - the second count (checked by the caller).
 * @param confidence - the confidence level (checked by the caller).
 * @returns the comparison of a with b.
 */
export function compareCounts(
  a: ProportionCount,
  b: ProportionCount,
  confidence: number,
): CompareProportionsResult {
  const first = wilsonFor(a.successes, a.n, confidence);
  const second = wilsonFor(b.successes, b.n, confidence);
  const bounds = newcombeHybridBounds(first.estimate, first, second.estimate, second);
  const h = 2 * Math.asin(Math.sqrt(first.estimate)) - 2 * Math.asin(Math.sqrt(second.estimate));
  return {
    a: first,
    b: second,
    difference: {
      of: 'a - b',
      method: 'newcombe-hybrid-score',
      estimate: first.estimate - second.estimate,
      lower: bounds.lower,
      upper: bounds.upper,
      confidence,
    },
    test: pooledZTest(a, b),
    effectSize: { of: 'a - b', value: h, magnitude: effectMagnitude(h) },
  };
}

function pooledZTest(a: ProportionCount, b: ProportionCount): TwoProportionZTest {
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  if (pooled === 0 || pooled === 1) {
    const everyone = pooled === 0 ? 'nobody in either group' : 'everybody in both groups';
    return {
      method: 'pooled-z-test',
      pooled,
      z: null,
      chiSquared: null,
      pValue: null,
      unavailableReason: `${everyone} succeeded, so there is no variation to test (R's prop.test returns NaN here)`,
    };
  }
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const z = (a.successes / a.n - b.successes / b.n) / standardError;
  return {
    method: 'pooled-z-test',
    pooled,
    z,
    chiSquared: z * z,
    pValue: 2 * normalSurvival(Math.abs(z)),
    unavailableReason: null,
  };
}
