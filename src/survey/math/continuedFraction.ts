/** Below this, a Lentz denominator is treated as zero and nudged (Thompson & Barnett). */
const TINY = 1e-300;

/** The relative change in the last factor at which the continued fraction has converged. */
const TOLERANCE = 2.5e-16;

/**
 * Evaluates the continued fraction b₀ + a₁/(b₁ + a₂/(b₂ + …)) by the modified Lentz method.
 *
 * The incomplete gamma and beta functions in their far tails are continued fractions that
 * converge fast where the power series converge slowly. Lentz's method evaluates them front
 * to back, multiplying by one correction factor per term, and stops when that factor is 1
 * to within one unit in the last place (or, for safety, after `maxTerms`). Costs O(terms used).
 *
 * Reference: W. J. Lentz, Applied Optics 15 (1976) 668; I. J. Thompson & A. R. Barnett,
 * J. Comput. Phys. 64 (1986) 490; Press et al., Numerical Recipes, 3rd ed., §5.2.
 *
 * @param b0 - the leading term.
 * @param numerator - the partial numerator aₙ for n ≥ 1.
 * @param denominator - the partial denominator bₙ for n ≥ 1.
 * @param maxTerms - the most terms to use.
 * @returns the value of the fraction.
 */
export function continuedFraction(
  b0: number,
  numerator: (n: number) => number,
  denominator: (n: number) => number,
  maxTerms: number,
): number {
  let value = b0 === 0 ? TINY : b0;
  let c = value;
  let d = 0;
  for (let n = 1; n <= maxTerms; n += 1) {
    const an = numerator(n);
    const bn = denominator(n);
    d = bn + an * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = bn + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const factor = c * d;
    value *= factor;
    if (Math.abs(factor - 1) <= TOLERANCE) break;
    // A term that overflowed: no later term can bring the fraction back, so stop here
    // rather than run through all of maxTerms (which may be astronomically many).
    if (Number.isNaN(factor)) break;
  }
  return value;
}
