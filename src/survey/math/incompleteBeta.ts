import { binomialDeviance } from './binomialDeviance.js';
import { requireInRange, requirePositive } from './checkArguments.js';
import { continuedFraction } from './continuedFraction.js';
import type { Tails } from './incompleteGamma.js';
import { logBeta } from './logBeta.js';
import { LN_SQRT_2PI, stirlingError } from './logGamma.js';

/**
 * The beta kernel xᵃ yᵇ / B(a, b) with y = 1 − x: x·y times the beta(a, b) density at x.
 *
 * It is the factor in front of the continued fraction for the incomplete beta function,
 * and, through a change of variable, |t| times the t density, F times the F density and
 * so on, which is what a quantile's Newton step needs. Both x and y are passed so that the
 * one near 1 does not lose the digits of the other. When both a and b are 10 or more the
 * kernel is written with Stirling errors and deviance terms (Loader 2000) so that shapes of
 * half a million cancel nothing; otherwise it is exp(a log x + b log y − log B(a, b)) with
 * a careful {@link logBeta}. Costs O(1).
 *
 * Reference: C. Loader (2000), as in R's `dbinom_raw`; R's `lbeta`.
 *
 * @param x - a number in [0, 1].
 * @param y - 1 − x, computed as accurately as the caller can.
 * @param a - the first shape, positive.
 * @param b - the second shape, positive.
 * @returns xᵃ yᵇ / B(a, b).
 */
export function betaKernel(x: number, y: number, a: number, b: number): number {
  if (x === 0 || y === 0) return 0;
  if (a >= 10 && b >= 10) {
    const n = a + b;
    const exponent =
      stirlingError(n) -
      stirlingError(a) -
      stirlingError(b) -
      binomialDeviance(a, x * n) -
      binomialDeviance(b, y * n);
    return Math.sqrt((a * b) / n) * Math.exp(exponent - LN_SQRT_2PI);
  }
  const logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
  return Math.exp(a * logX + b * logY - logBeta(a, b));
}

/**
 * I_x(a, b) by its continued fraction (Abramowitz & Stegun 26.5.8), which converges fast
 * for x < (a + 1)/(a + b + 2).
 *
 * The fraction is 1/(1 + d₁/(1 + d₂/(1 + …))) with d₂ₘ₊₁ < 0. It is evaluated in its
 * contracted (even) form, β₀ − α₁/(β₁ − α₂/(β₂ − …)) with β₀ = 1 + d₁,
 * αₘ = d₂ₘ₋₁d₂ₘ and βₘ = 1 + d₂ₘ + d₂ₘ₊₁, so that each 1 + d₂ₘ₊₁ can be written out
 * in y = 1 − x. When a is large and x is near 1 (a t distribution with a million degrees
 * of freedom), 1 + d₂ₘ₊₁ is a small difference of numbers near 1, and forming it from y
 * instead keeps the digits that 1 − x would lose.
 */
function lowerByContinuedFraction(x: number, y: number, a: number, b: number): number {
  const fromY = x > 0.5;
  /** 1 + d₂ₘ₊₁, written in y when x is near 1. */
  const onePlusOdd = (m: number): number => {
    const scale = (a + 2 * m) * (a + 2 * m + 1);
    const product = (a + m) * (a + b + m);
    return fromY
      ? (a * (2 * m + 1 - b) + m * (3 * m + 2 - b) + product * y) / scale
      : 1 - (product * x) / scale;
  };
  const odd = (m: number): number => (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
  const even = (m: number): number => (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
  const maxTerms = 1000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  const fraction = continuedFraction(
    onePlusOdd(0),
    (n) => -odd(n - 1) * even(n),
    (n) => even(n) + onePlusOdd(n),
    maxTerms,
  );
  return betaKernel(x, y, a, b) / (a * fraction);
}

/**
 * Both tails of the regularised incomplete beta function: I_x(a, b) = B(x; a, b)/B(a, b)
 * and its complement 1 − I_x(a, b) = I_y(b, a) with y = 1 − x.
 *
 * I_x(a, b) is the cdf of the beta distribution, and through it of Student's t, Fisher's F
 * and the binomial. On the side where it converges fast (x below the mean-like point
 * (a + 1)/(a + b + 2)) the continued fraction gives I_x(a, b) directly; on the other side
 * it gives the complement I_y(b, a) directly. The tail a p-value needs is thus never
 * found as 1 minus something close to 1. Pass y = 1 − x computed from the original
 * quantities (for the t distribution, t²/(df + t²) rather than 1 − df/(df + t²)) to keep
 * the digits of the small one. Costs O(√max(a, b)) terms at worst, O(1) in the tails.
 *
 * Reference: Press et al., Numerical Recipes, 3rd ed., §6.4; Abramowitz & Stegun (1964),
 * 26.5.8; agrees with R's `pbeta` (TOMS 708).
 *
 * @param x - a number in [0, 1].
 * @param a - the first shape, positive.
 * @param b - the second shape, positive.
 * @param y - 1 − x, if the caller has it more accurately than `1 - x`.
 * @returns `{ lower: I_x(a, b), upper: 1 − I_x(a, b) }`.
 * @throws {@link InvalidInputError} (`invalid_input`) when a shape is not positive or x
 *   is NaN or outside [0, 1].
 */
export function regularisedBetaTails(x: number, a: number, b: number, y = 1 - x): Tails {
  requirePositive('regularisedBeta', 'a', a);
  requirePositive('regularisedBeta', 'b', b);
  requireInRange('regularisedBeta', 'x', x, 0, 1);
  if (x === 0) return { lower: 0, upper: 1 };
  // x may round to 1 while y still holds the digits of a small upper tail.
  if (y <= 0) return { lower: 1, upper: 0 };
  if (x < (a + 1) / (a + b + 2)) {
    const lower = lowerByContinuedFraction(x, y, a, b);
    return { lower, upper: 1 - lower };
  }
  const upper = lowerByContinuedFraction(y, x, b, a);
  return { lower: 1 - upper, upper };
}

/**
 * The regularised incomplete beta function I_x(a, b).
 *
 * See {@link regularisedBetaTails}; this is its lower tail.
 *
 * @param x - a number in [0, 1].
 * @param a - the first shape, positive.
 * @param b - the second shape, positive.
 * @returns I_x(a, b), in [0, 1].
 * @throws {@link InvalidInputError} (`invalid_input`) on a bad argument.
 */
export function regularisedBeta(x: number, a: number, b: number): number {
  return regularisedBetaTails(x, a, b).lower;
}

/**
 * The complement of the regularised incomplete beta function, 1 − I_x(a, b) = I_{1−x}(b, a),
 * computed directly in the upper tail.
 *
 * See {@link regularisedBetaTails}; this is its upper tail.
 *
 * @param x - a number in [0, 1].
 * @param a - the first shape, positive.
 * @param b - the second shape, positive.
 * @returns 1 − I_x(a, b), in [0, 1].
 * @throws {@link InvalidInputError} (`invalid_input`) on a bad argument.
 */
export function regularisedBetaComplement(x: number, a: number, b: number): number {
  return regularisedBetaTails(x, a, b).upper;
}
