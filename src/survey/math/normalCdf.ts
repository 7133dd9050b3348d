import { requireNumber } from './checkArguments.js';
import type { Tails } from './incompleteGamma.js';

// Cody's rational Chebyshev coefficients (ACM TOMS 715, 1993), as used by R's pnorm, written as
// the doubles the published 20-digit values round to.
/** Numerator and denominator for |x| ≤ 0.67448975 (Φ(x) − ½ as x times a ratio in x²). */
const SMALL_NUMERATOR = [
  2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356,
  0.06568233791820745,
] as const;
const SMALL_DENOMINATOR = [
  47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673,
] as const;
/** Numerator and denominator for 0.67448975 < |x| ≤ √32 (erfc scaled by e^{x²/2}). */
const MIDDLE_NUMERATOR = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726,
  6848.190450536283, 11602.65143764735, 9842.714838383978, 1.0765576773720192e-8,
] as const;
const MIDDLE_DENOMINATOR = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097,
  34900.95272114598, 38912.00328609327, 19685.429676859992,
] as const;
/** Numerator and denominator for |x| > √32 (an asymptotic form in 1/x²). */
const TAIL_NUMERATOR = [
  0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934,
  0.000029112874951168793, 0.023073441764940174,
] as const;
const TAIL_DENOMINATOR = [
  1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824,
  0.00007297515550839662,
] as const;

const ONE_OVER_SQRT_2PI = 0.3989422804014327;
const SQRT_32 = 5.656854249492381;
const SMALL_LIMIT = 0.67448975;
/** Beyond this |x| the smaller tail is below the smallest double R returns (as R's pnorm). */
const UNDERFLOW_LIMIT = 37.5193;

function coefficient(list: readonly number[], i: number): number {
  return list[i] ?? 0;
}

/**
 * e^{−y²/2} without the rounding error of squaring y: y² is split into a part that is
 * exact in binary (y rounded down to sixteenths, squared) and a small remainder.
 */
function gaussianFactor(y: number): number {
  const rounded = Math.trunc(y * 16) / 16;
  const remainder = (y - rounded) * (y + rounded);
  return Math.exp(-rounded * rounded * 0.5) * Math.exp(-remainder * 0.5);
}

/** Φ(−y) for y > 0.67448975, the smaller tail, with full relative accuracy. */
function smallerTail(y: number): number {
  if (y >= UNDERFLOW_LIMIT) return 0;
  if (y <= SQRT_32) {
    let numerator = coefficient(MIDDLE_NUMERATOR, 8) * y;
    let denominator = y;
    for (let i = 0; i < 7; i += 1) {
      numerator = (numerator + coefficient(MIDDLE_NUMERATOR, i)) * y;
      denominator = (denominator + coefficient(MIDDLE_DENOMINATOR, i)) * y;
    }
    const ratio =
      (numerator + coefficient(MIDDLE_NUMERATOR, 7)) /
      (denominator + coefficient(MIDDLE_DENOMINATOR, 7));
    return gaussianFactor(y) * ratio;
  }
  const inverseSquare = 1 / (y * y);
  let numerator = coefficient(TAIL_NUMERATOR, 5) * inverseSquare;
  let denominator = inverseSquare;
  for (let i = 0; i < 4; i += 1) {
    numerator = (numerator + coefficient(TAIL_NUMERATOR, i)) * inverseSquare;
    denominator = (denominator + coefficient(TAIL_DENOMINATOR, i)) * inverseSquare;
  }
  const correction =
    (inverseSquare * (numerator + coefficient(TAIL_NUMERATOR, 4))) /
    (denominator + coefficient(TAIL_DENOMINATOR, 4));
  return (gaussianFactor(y) * (ONE_OVER_SQRT_2PI - correction)) / y;
}

/**
 * Both tails of the standard normal distribution at x, each with full relative accuracy.
 *
 * @param x - any number but NaN.
 * @returns `{ lower: Φ(x), upper: 1 − Φ(x) }`.
 */
export function normalTails(x: number): Tails {
  const y = Math.abs(x);
  if (y <= SMALL_LIMIT) {
    let half: number;
    if (y > 1.1102230246251565e-16) {
      const square = x * x;
      let numerator = coefficient(SMALL_NUMERATOR, 4) * square;
      let denominator = square;
      for (let i = 0; i < 3; i += 1) {
        numerator = (numerator + coefficient(SMALL_NUMERATOR, i)) * square;
        denominator = (denominator + coefficient(SMALL_DENOMINATOR, i)) * square;
      }
      half =
        (x * (numerator + coefficient(SMALL_NUMERATOR, 3))) /
        (denominator + coefficient(SMALL_DENOMINATOR, 3));
    } else {
      half = (x * coefficient(SMALL_NUMERATOR, 3)) / coefficient(SMALL_DENOMINATOR, 3);
    }
    return { lower: 0.5 + half, upper: 0.5 - half };
  }
  const small = smallerTail(y);
  return x > 0 ? { lower: 1 - small, upper: small } : { lower: small, upper: 1 - small };
}

/**
 * The standard normal cumulative distribution function Φ(x) = P(Z ≤ x).
 *
 * The z tests for proportions and the normal approximation of the signed-rank test read
 * their p-values from it. It uses W. J. Cody's rational Chebyshev approximations to the
 * error function, three ranges with about 18 significant digits each, as R's `pnorm`
 * does, so the lower tail keeps its relative accuracy down to about 1e-308. Costs O(1).
 *
 * Reference: W. J. Cody, "Rational Chebyshev approximations for the error function",
 * Math. Comp. 23 (1969) 631–637, and ACM TOMS Algorithm 715 (1993); R's `pnorm`.
 *
 * @param x - any number but NaN (±Infinity allowed).
 * @returns Φ(x), in [0, 1].
 * @throws {@link InvalidInputError} (`invalid_input`) when x is NaN.
 */
export function normalCdf(x: number): number {
  requireNumber('normalCdf', 'x', x);
  return normalTails(x).lower;
}

/**
 * The standard normal survival function 1 − Φ(x) = P(Z > x), computed directly.
 *
 * For a p-value far in the upper tail, 1 − normalCdf(x) would round to 0 once Φ(x) is
 * within 1e-16 of 1; this keeps every digit (it equals Φ(−x)). Costs O(1).
 *
 * Reference: as {@link normalCdf}; R's `pnorm(x, lower.tail = FALSE)`.
 *
 * @param x - any number but NaN (±Infinity allowed).
 * @returns 1 − Φ(x), in [0, 1].
 * @throws {@link InvalidInputError} (`invalid_input`) when x is NaN.
 */
export function normalSurvival(x: number): number {
  requireNumber('normalSurvival', 'x', x);
  return normalTails(x).upper;
}
