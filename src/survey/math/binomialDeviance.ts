/**
 * The deviance term x log(x / m) + m − x, computed without cancellation when x is near m.
 *
 * Densities with large parameters are written as exp(−deviance − Stirling errors) so that no
 * two huge numbers are subtracted (Loader's `bd0`). When |x − m| < 0.1 (x + m) the term is
 * summed as the series 2x Σ v²ʲ⁺¹/(2j + 1) − (x − m) v with v = (x − m)/(x + m), whose terms
 * are all small; otherwise the closed form is exact enough. Costs O(1) (a few dozen terms
 * at most).
 *
 * Reference: C. Loader, "Fast and accurate computation of binomial probabilities" (2000).
 *
 * @param x - a non-negative number (the observed count or shape).
 * @param m - a positive number (its expectation).
 * @returns x log(x / m) + m − x, which is never negative.
 */
export function binomialDeviance(x: number, m: number): number {
  if (x === 0) return m;
  if (m === 0) return Infinity;
  const gap = x - m;
  if (Math.abs(gap) < 0.1 * (x + m)) {
    const v = gap / (x + m);
    const vSquared = v * v;
    let sum = gap * v;
    let term = 2 * x * v;
    for (let j = 1; j < 1000; j += 1) {
      term *= vSquared;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  const ratio = x / m;
  const logRatio =
    ratio > 0 && Number.isFinite(ratio) ? Math.log(ratio) : Math.log(x) - Math.log(m);
  return x * logRatio + m - x;
}
