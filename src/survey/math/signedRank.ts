/**
 * The null distribution of the Wilcoxon signed-rank statistic V for n non-zero, untied
 * differences: the number of the 2ⁿ sign patterns giving each V = 0 … n(n + 1)/2.
 *
 * Under the null hypothesis each difference is equally likely to be positive or negative,
 * so V is the sum of a random subset of the ranks 1…n. The counts are built one rank at a
 * time (adding rank k shifts a copy of the table by k). For n < 50 (R's default limit for
 * the exact test) every count is below 2⁵³ and so exact in a double; beyond, the counts are
 * rounded but keep their relative accuracy, up to n = 1000 (2¹⁰⁰⁰ is still a double).
 * Costs O(n³).
 *
 * Reference: F. Wilcoxon, Biometrics Bulletin 1 (1945) 80–83; R's `psignrank`.
 *
 * @param n - the number of non-zero differences, a non-negative integer.
 * @returns the counts, indexed by V.
 */
export function signedRankCounts(n: number): Float64Array {
  const top = (n * (n + 1)) / 2;
  const counts = new Float64Array(top + 1);
  counts[0] = 1;
  let reach = 0;
  for (let rank = 1; rank <= n; rank += 1) {
    reach += rank;
    for (let v = reach; v >= rank; v -= 1) counts[v] = (counts[v] ?? 0) + (counts[v - rank] ?? 0);
  }
  return counts;
}

/**
 * The exact two-sided p-value of the signed-rank statistic V, as R's `wilcox.test` computes
 * it: twice the smaller tail (P(V' ≥ V) when V is above its mean n(n + 1)/4, otherwise
 * P(V' ≤ V)), at most 1. Costs O(n³).
 *
 * Reference: R's `wilcox.test` (exact branch) and `psignrank`.
 *
 * @param statistic - V, the sum of the ranks of the positive differences (an integer).
 * @param n - the number of non-zero differences, at most 1000.
 * @returns the two-sided p-value.
 */
export function signedRankExactPValue(statistic: number, n: number): number {
  const counts = signedRankCounts(n);
  const top = (n * (n + 1)) / 2;
  let tail = 0;
  if (statistic > top / 2) {
    for (let v = statistic; v <= top; v += 1) tail += counts[v] ?? 0;
  } else {
    for (let v = 0; v <= statistic; v += 1) tail += counts[v] ?? 0;
  }
  return Math.min((2 * tail) / 2 ** n, 1);
}
