import { LN_SQRT_2PI, logGamma, stirlingError } from './logGamma.js';

/**
 * The natural logarithm of the beta function, log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b).
 *
 * Beta functions normalise the t, F and beta densities. When either argument is large the
 * three log-gammas are huge and nearly cancel, so, as in R's `lbeta`, the large ones are
 * split into Stirling's formula (whose leading terms are combined by hand through
 * log1p) plus {@link stirlingError}, leaving only moderate numbers to add. Costs O(1).
 *
 * Reference: R's `lbeta` (src/nmath/lbeta.c); Abramowitz & Stegun (1964), 6.2.2.
 *
 * @param a - a positive number.
 * @param b - a positive number.
 * @returns log B(a, b).
 */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const correction = stirlingError(p) + stirlingError(q) - stirlingError(p + q);
    return (
      -0.5 * Math.log(q) +
      LN_SQRT_2PI +
      correction +
      (p - 0.5) * Math.log(p / (p + q)) +
      q * Math.log1p(-p / (p + q))
    );
  }
  if (q >= 10) {
    const correction = stirlingError(q) - stirlingError(p + q);
    return (
      logGamma(p) + correction + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q))
    );
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
