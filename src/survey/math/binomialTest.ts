import { regularisedBetaTails } from './incompleteBeta.js';

/**
 * The exact two-sided p-value of a binomial test of π = ½: with k successes in n trials,
 * twice the probability of a count at least as far from n/2 on the side observed, at
 * most 1.
 *
 * This is the exact form of McNemar's test: among the pairs whose answer changed, is a
 * change one way as likely as the other? Because the null distribution is symmetric,
 * R's `binom.test(k, n)` reduces to min(1, 2 P(X ≤ min(k, n − k))). The tail is the
 * incomplete beta function I_½(n − m, m + 1) with m = min(k, n − k), as R's `pbinom`
 * computes it, so it stays exact in relative terms for thousands of pairs. Costs
 * O(√n) at worst.
 *
 * Reference: R's `binom.test` and `pbinom`; Abramowitz & Stegun (1964), 26.5.24.
 *
 * @param k - the number of successes, an integer from 0 to n.
 * @param n - the number of trials, a positive integer.
 * @returns the two-sided p-value.
 */
export function binomialTestHalf(k: number, n: number): number {
  const m = Math.min(k, n - k);
  if (2 * m === n) return 1;
  const tail = regularisedBetaTails(0.5, n - m, m + 1).lower;
  return Math.min(1, 2 * tail);
}
