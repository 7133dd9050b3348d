/** A Wilson score interval's bounds. */
export interface WilsonBounds {
  /** The lower bound, in [0, 1]. */
  readonly lower: number;
  /** The upper bound, in [0, 1]. */
  readonly upper: number;
}

/**
 * The Wilson score interval for a proportion, without continuity correction, given the
 * normal quantile z for the chosen confidence.
 *
 * The interval is the set of true proportions π for which a score test of π would not be
 * rejected: (p + z²/2n ± z √(p(1 − p)/n + z²/4n²)) / (1 + z²/n). It is written exactly as R's
 * `prop.test(x, n, correct = FALSE)` writes it, bound for bound, including its ends: the
 * lower bound is 0 when there are no successes and the upper bound 1 when all are
 * successes. Costs O(1).
 *
 * Reference: E. B. Wilson, JASA 22 (1927) 209–212; R's `prop.test`.
 *
 * @param successes - the number of successes, 0 ≤ successes ≤ n (not checked here).
 * @param n - the number of trials, positive (not checked here).
 * @param z - the two-sided normal quantile, about 1.96 for 95%.
 * @returns the lower and upper bounds.
 */
export function wilsonScoreBounds(successes: number, n: number, z: number): WilsonBounds {
  const p = successes / n;
  const z22n = (z * z) / (2 * n);
  const spread = (centre: number): number =>
    z * Math.sqrt((centre * (1 - centre)) / n + z22n / (2 * n));
  const upper = p >= 1 ? 1 : (p + z22n + spread(p)) / (1 + 2 * z22n);
  const lower = p <= 0 ? 0 : (p + z22n - spread(p)) / (1 + 2 * z22n);
  return { lower: Math.max(lower, 0), upper: Math.min(upper, 1) };
}

/**
 * Newcombe's hybrid score interval for a difference of two independent proportions
 * p₁ − p₂ (his method 10), from each proportion's Wilson interval.
 *
 * Lower = δ − √((p₁ − l₁)² + (u₂ − p₂)²) and upper = δ + √((u₁ − p₁)² + (p₂ − l₂)²), where
 * δ = p₁ − p₂ and (l, u) are the Wilson bounds. Unlike the Wald interval it never leaves
 * [−1, 1] and keeps close to its nominal coverage with small groups and proportions near
 * 0 or 1, which session evaluations often have. Costs O(1).
 *
 * Reference: R. G. Newcombe, "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17 (1998) 873–890.
 *
 * @param p1 - the first proportion.
 * @param first - the first proportion's Wilson bounds.
 * @param p2 - the second proportion.
 * @param second - the second proportion's Wilson bounds.
 * @returns the bounds of the interval for p₁ − p₂.
 */
export function newcombeHybridBounds(
  p1: number,
  first: WilsonBounds,
  p2: number,
  second: WilsonBounds,
): WilsonBounds {
  const difference = p1 - p2;
  return {
    lower: difference - Math.hypot(p1 - first.lower, second.upper - p2),
    upper: difference + Math.hypot(first.upper - p1, p2 - second.lower),
  };
}
