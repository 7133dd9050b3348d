import { z } from 'zod';
import { parseWith } from '../core/validation.js';
import { normalQuantile } from './math/distributions.js';
import { wilsonScoreBounds } from './math/wilsonScore.js';

/** A confidence level strictly between 0 and 1, such as 0.95. */
export const ConfidenceLevel = /* @__PURE__ */ (() =>
  z
    .number()
    .gt(0, 'must be greater than 0 (write 95% as 0.95)')
    .lt(1, 'must be less than 1 (write 95% as 0.95)'))();

/**
 * Options of {@link wilsonInterval}.
 *
 * @example
 * ```ts
 * WilsonIntervalOptions.parse({});
 * // => { confidence: 0.95 }
 * WilsonIntervalOptions.safeParse({ confidence: 95 }).success; // write 95% as 0.95
 * // => false
 * ```
 */
export const WilsonIntervalOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The confidence level of the interval, strictly between 0 and 1 (default 0.95). */
    confidence: ConfidenceLevel.default(0.95),
  }))();
/** Options of {@link wilsonInterval}. */
export type WilsonIntervalOptions = z.input<typeof WilsonIntervalOptions>;

/** A proportion with its Wilson score interval, as {@link wilsonInterval} returns it. */
export interface WilsonInterval {
  /** How the interval was made: the Wilson score interval, without continuity correction. */
  readonly method: 'wilson';
  /** The number of successes (people answering yes, rating a session excellent, …). */
  readonly successes: number;
  /** The denominator: everyone asked who answered. */
  readonly n: number;
  /** The observed proportion, successes / n. */
  readonly estimate: number;
  /** The lower bound, in [0, 1]. */
  readonly lower: number;
  /** The upper bound, in [0, 1]. */
  readonly upper: number;
  /** The confidence level, such as 0.95. */
  readonly confidence: number;
}

const Arguments = /* @__PURE__ */ (() =>
  z
    .object({
      successes: z.int().min(0),
      n: z.int().min(1, 'must be at least 1: a proportion needs someone to have answered'),
      options: WilsonIntervalOptions.default({ confidence: 0.95 }),
    })
    .refine((input) => input.successes <= input.n, {
      path: ['successes'],
      message: 'must not be more than n (the number who answered)',
    }))();

/**
 * The Wilson score confidence interval for a proportion.
 *
 * When 26 of 60 people rate a session "excellent", the share is 43%, but with 60 people it
 * could plausibly be anywhere from about 32% to 56%; this is that range. The Wilson
 * interval keeps close to its stated coverage for the small groups and the shares near 0%
 * or 100% that session evaluations produce, where the textbook p ± z·se interval fails,
 * and never leaves [0, 1]. It equals R's `prop.test(successes, n, correct = FALSE)$conf.int`,
 * including its exact ends at 0 and at n. Costs O(1).
 *
 * Reference: E. B. Wilson, "Probable inference, the law of succession, and statistical
 * inference", JASA 22 (1927) 209–212; A. Agresti & B. A. Coull, The American Statistician
 * 52 (1998) 119–126.
 *
 * @param successes - the number of successes, a whole number from 0 to n.
 * @param n - the number of people who answered, a whole number of at least 1.
 * @param options - `confidence`, the confidence level (default 0.95).
 * @returns the estimate, the bounds, the confidence level and the counts behind them.
 * @throws {@link InvalidInputError} (`invalid_input`) when a count is negative, not whole,
 *   or successes exceed n, or the confidence is not strictly between 0 and 1.
 *
 * @example
 * ```ts
 * const excellent = wilsonInterval(26, 60);
 * [excellent.estimate, excellent.lower, excellent.upper].map((x) => Number(x.toFixed(4)));
 * // => [0.4333, 0.3157, 0.559]
 * const nobody = wilsonInterval(0, 12, { confidence: 0.9 });
 * [nobody.lower, Number(nobody.upper.toFixed(4))];
 * // => [0, 0.184]
 * ```
 */
export function wilsonInterval(
  successes: number,
  n: number,
  options: WilsonIntervalOptions = {},
): WilsonInterval {
  const input = parseWith(Arguments, { successes, n, options }, { fn: 'wilsonInterval' });
  return wilsonFor(input.successes, input.n, input.options.confidence);
}

/**
 * The Wilson interval for counts already checked; shared by the comparisons.
 *
 * @param successes - the number of successes (checked by the caller).
 * @param n - the number who answered (checked by the caller).
 * @param confidence - the confidence level (checked by the caller).
 * @returns the interval.
 */
export function wilsonFor(successes: number, n: number, confidence: number): WilsonInterval {
  const z = normalQuantile((1 + confidence) / 2);
  const { lower, upper } = wilsonScoreBounds(successes, n, z);
  return { method: 'wilson', successes, n, estimate: successes / n, lower, upper, confidence };
}
