import { requirePositive } from './checkArguments.js';

/** log(√(2π)). */
export const LN_SQRT_2PI = 0.9189385332046728;

/**
 * Taylor coefficients of log Γ(2 + z) about z = 0: the first is 1 − γ (Euler's constant),
 * the k-th (k ≥ 2) is (−1)ᵏ (ζ(k) − 1) / k. Computed to 40 digits and rounded to doubles.
 * With |z| ≤ ½ the series converges like 4⁻ᵏ, so these terms reach double precision.
 */
const TAYLOR_AT_TWO = [
  0.42278433509846713, 0.3224670334241132, -0.0673523010531981, 0.020580808427784546,
  -0.007385551028673986, 0.0028905103307415234, -0.001192753911703261, 0.0005096695247430425,
  -0.00022315475845357939, 9.945751278180853e-5, -4.492623673813314e-5, 2.050721277567069e-5,
  -9.439488275268397e-6, 4.374866789907488e-6, -2.039215753801366e-6, 9.55141213040742e-7,
  -4.492469198764566e-7, 2.1207184805554665e-7, -1.0043224823968099e-7, 4.7698101693639804e-8,
  -2.2711094608943164e-8, 1.0838659214896955e-8, -5.183475041970047e-9, 2.4836745438024785e-9,
  -1.1921401405860912e-9, 5.731367241678862e-10, -2.7595228851242334e-10,
] as const;

/**
 * Coefficients of the Stirling series, B₂ₖ / (2k(2k − 1)) for k = 1…8, where B₂ₖ are the
 * Bernoulli numbers: 1/12, −1/360, 1/1260, −1/1680, 1/1188, −691/360360, 1/156,
 * −3617/122400.
 */
const STIRLING_SERIES = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
] as const;

/** log Γ(2 + z) for |z| ≤ ½, by its Taylor series. */
function logGammaNearTwo(z: number): number {
  let sum = 0;
  for (let k = TAYLOR_AT_TWO.length - 1; k >= 0; k -= 1) sum = sum * z + (TAYLOR_AT_TWO[k] ?? 0);
  return sum * z;
}

/** The Stirling series for x ≥ 10; each omitted term is below 2e-18. */
function stirlingSeries(x: number): number {
  const inverseSquare = 1 / (x * x);
  let sum = 0;
  for (let k = STIRLING_SERIES.length - 1; k >= 0; k -= 1) {
    sum = sum * inverseSquare + (STIRLING_SERIES[k] ?? 0);
  }
  return sum / x;
}

/**
 * The natural logarithm of the gamma function, log Γ(x), for x > 0.
 *
 * The building block of every distribution here: binomial coefficients, beta functions and
 * the normalising constants of the t, χ² and F densities are all ratios of gamma functions,
 * which overflow long before their logarithms do. Between 1.5 and 2.5 a Taylor series about
 * 2 is used; below, the recurrence Γ(x + 1) = x Γ(x) moves the argument up, and from 2.5 to
 * 10 it moves it down; from 10 upwards Stirling's series is used. The result is accurate to
 * a few units in the last place, with full relative accuracy near the zeros at 1 and 2.
 * Costs O(1).
 *
 * Reference: Abramowitz & Stegun (1964), 6.1.33 and 6.1.41; agrees with R's `lgamma`.
 *
 * @param x - a positive number.
 * @returns log Γ(x).
 * @throws {@link InvalidInputError} (`invalid_input`) when x is NaN or not positive.
 */
export function logGamma(x: number): number {
  requirePositive('logGamma', 'x', x);
  if (x < 0.5) return logGammaNearTwo(x) - Math.log(x) - Math.log1p(x);
  if (x < 1.5) return logGammaNearTwo(x - 1) - Math.log1p(x - 1);
  if (x < 2.5) return logGammaNearTwo(x - 2);
  if (x < 10) {
    // Γ(x) = (x − 1)(x − 2)…(z) Γ(z) with z in [1.5, 2.5); each x − k is exact.
    let z = x;
    let product = 1;
    while (z >= 2.5) {
      z -= 1;
      product *= z;
    }
    return logGammaNearTwo(z - 2) + Math.log(product);
  }
  if (x === Infinity) return Infinity;
  return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingSeries(x);
}

/**
 * The error of Stirling's formula: log Γ(x + 1) − ((x + ½) log x − x + log √(2π)).
 *
 * It is the small remainder that careful densities (Loader 2000; R's `stirlerr`) keep apart
 * from the large terms, so that a gamma or beta density with a million degrees of freedom
 * loses no digits. For x ≥ 10 it sums eight terms of the Stirling series; below 10 it is
 * taken from {@link logGamma}, accurate there to about 1e-14 absolute. Costs O(1).
 *
 * Reference: C. Loader, "Fast and accurate computation of binomial probabilities" (2000).
 *
 * @param x - a positive number.
 * @returns the Stirling error term, about 1/(12x) for large x.
 */
export function stirlingError(x: number): number {
  if (x >= 10) return stirlingSeries(x);
  return logGamma(x) + x - (x - 0.5) * Math.log(x) - LN_SQRT_2PI;
}
