import { requireProbability } from './checkArguments.js';

// Wichura's AS 241 (PPND16) coefficients, Applied Statistics 37 (1988) 477–484, written as
// the doubles the published 20-digit values round to.
/** Central region, |p − ½| ≤ 0.425: z = q·A(r)/B(r) with r = 0.180625 − q². */
const CENTRAL_NUMERATOR = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
] as const;
const CENTRAL_DENOMINATOR = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
] as const;
/** Intermediate tail, r = √(−log min(p, 1 − p)) ≤ 5: z = C(r − 1.6)/D(r − 1.6). */
const NEAR_NUMERATOR = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
] as const;
const NEAR_DENOMINATOR = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
] as const;
/** Far tail, r > 5 (p below about 1.4e-11): z = E(r − 5)/F(r − 5). */
const FAR_NUMERATOR = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
] as const;
const FAR_DENOMINATOR = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
] as const;

/** A polynomial with the given coefficients (constant first), by Horner's rule. */
function polynomial(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i -= 1) sum = sum * x + (coefficients[i] ?? 0);
  return sum;
}

/**
 * The standard normal quantile function Φ⁻¹(p): the z with P(Z ≤ z) = p.
 *
 * Every confidence interval here starts from it: the 95% Wilson interval uses
 * Φ⁻¹(0.975) ≈ 1.959964. It is Wichura's algorithm AS 241 (PPND16), three
 * rational approximations accurate to about 1 part in 10¹⁶, exactly as R's `qnorm` uses,
 * not the 3e-3-accurate probit of simple-statistics. Costs O(1).
 *
 * Reference: M. J. Wichura, "Algorithm AS 241: The percentage points of the normal
 * distribution", Applied Statistics 37 (1988) 477–484; R's `qnorm`.
 *
 * @param p - a probability in [0, 1].
 * @returns Φ⁻¹(p); −Infinity at 0 and Infinity at 1.
 * @throws {@link InvalidInputError} (`invalid_input`) when p is NaN or outside [0, 1].
 */
export function normalQuantile(p: number): number {
  requireProbability('normalQuantile', 'p', p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r);
  }
  // 1 − p is exact for p ≥ ½, so the upper tail loses nothing here.
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z =
    r <= 5
      ? polynomial(NEAR_NUMERATOR, r - 1.6) / polynomial(NEAR_DENOMINATOR, r - 1.6)
      : polynomial(FAR_NUMERATOR, r - 5) / polynomial(FAR_DENOMINATOR, r - 5);
  return q < 0 ? -z : z;
}
