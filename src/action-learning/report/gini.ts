/**
 * The Gini coefficient of non-negative amounts: 0 when everyone has the same, approaching 1
 * when one person has it all. The formula of R's `ineq::Gini(x)` (without the small-sample
 * correction): with x sorted ascending, G = 2 Σ i·x_i / (n Σ x) − (n + 1) / n.
 * Cost: O(n log n).
 *
 * @param amounts - one amount per person, none negative.
 * @returns the coefficient, or `null` when there is nobody or the amounts add up to 0.
 */
export function gini(amounts: readonly number[]): number | null {
  const sorted = [...amounts].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((sum, x) => sum + x, 0);
  if (n === 0 || total <= 0) return null;
  const weighted = sorted.reduce((sum, x, i) => sum + (i + 1) * x, 0);
  return (2 * weighted) / (n * total) - (n + 1) / n;
}
