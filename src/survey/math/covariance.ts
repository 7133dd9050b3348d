/**
 * Covariances and correlations with missing values, computed the way R's `cov` and `cor`
 * do with `use = "pairwise"`. Missing values are `NaN` in the typed arrays used here.
 *
 * @module
 */

/** A pairwise-complete covariance matrix and how many rows each entry rests on. */
export interface PairwiseCovariance {
  /** The `k × k` covariances, row by row; `NaN` where fewer than two rows are shared. */
  readonly covariance: Float64Array;
  /** The `k × k` counts of rows in which both items were answered, row by row. */
  readonly pairCounts: Int32Array;
}

/**
 * The pairwise-complete covariance matrix of the columns of a data matrix.
 *
 * Entry (i, j) uses only the rows in which both columns have a value: their means are
 * taken over those rows, and the sum of cross-products of deviations is divided by the
 * count minus one, as R's `cov(x, use = "pairwise")` does. The diagonal is each column's
 * variance over its own answers.
 *
 * R makes two passes per pair (means first, then deviations). Here each column is first
 * centred on the mean of all its answers, with 0 in place of a gap and a 0/1 mask beside
 * it; then one branch-free pass per pair collects Σdᵢdⱼ, the sums of each column's
 * deviations over the rows the other column answered, and the shared count, and
 * cov = (Σdᵢdⱼ − Σdᵢ·Σdⱼ/m)/(m − 1). That is algebraically R's formula; because the data
 * are already centred, the correction term is tiny and the rounding stays at the level of
 * the two-pass method (agreement with R is about 1e-15). Cost: O(n·k²).
 *
 * @param columns - the data, column by column: value (r, j) at `columns[j * rows + r]`,
 *   `NaN` for a missing value.
 * @param rows - the number of rows n.
 * @param k - the number of columns.
 * @returns the covariances and the count of rows behind each.
 */
export function pairwiseCovariance(
  columns: Float64Array,
  rows: number,
  k: number,
): PairwiseCovariance {
  const covariance = new Float64Array(k * k);
  const pairCounts = new Int32Array(k * k);
  const centred = new Float64Array(rows * k);
  const mask = new Float64Array(rows * k);
  for (let j = 0; j < k; j++) {
    const offset = j * rows;
    let sum = 0;
    let count = 0;
    for (let r = 0; r < rows; r++) {
      const x = columns[offset + r] as number;
      if (!Number.isNaN(x)) {
        sum += x;
        count++;
      }
    }
    const centre = count > 0 ? sum / count : 0;
    for (let r = 0; r < rows; r++) {
      const x = columns[offset + r] as number;
      if (!Number.isNaN(x)) {
        centred[offset + r] = x - centre;
        mask[offset + r] = 1;
      }
    }
  }
  for (let i = 0; i < k; i++) {
    const a = i * rows;
    for (let j = i; j < k; j++) {
      const b = j * rows;
      let cross = 0;
      let sumI = 0;
      let sumJ = 0;
      let count = 0;
      for (let r = 0; r < rows; r++) {
        const di = centred[a + r] as number;
        const dj = centred[b + r] as number;
        const mi = mask[a + r] as number;
        const mj = mask[b + r] as number;
        cross += di * dj;
        sumI += di * mj;
        sumJ += dj * mi;
        count += mi * mj;
      }
      const value = count >= 2 ? (cross - (sumI * sumJ) / count) / (count - 1) : Number.NaN;
      covariance[i * k + j] = value;
      covariance[j * k + i] = value;
      pairCounts[i * k + j] = count;
      pairCounts[j * k + i] = count;
    }
  }
  return { covariance, pairCounts };
}

/**
 * Pearson's correlation of two vectors over the positions where both have values, as R's
 * `cor(x, y, use = "pairwise")` computes it (means and spreads over those positions only,
 * and the result clamped to [−1, 1] against rounding).
 *
 * @param x - the first vector, `NaN` for missing.
 * @param y - the second vector, as long as `x`, `NaN` for missing.
 * @returns the correlation, or `NaN` with fewer than two shared values or no spread.
 */
export function pairwiseCorrelation(x: Float64Array, y: Float64Array): number {
  let count = 0;
  let sumX = 0;
  let sumY = 0;
  for (let r = 0; r < x.length; r++) {
    const a = x[r] as number;
    const b = y[r] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    count++;
    sumX += a;
    sumY += b;
  }
  if (count < 2) return Number.NaN;
  const meanX = sumX / count;
  const meanY = sumY / count;
  let cross = 0;
  let squaresX = 0;
  let squaresY = 0;
  for (let r = 0; r < x.length; r++) {
    const a = x[r] as number;
    const b = y[r] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const dx = a - meanX;
    const dy = b - meanY;
    cross += dx * dy;
    squaresX += dx * dx;
    squaresY += dy * dy;
  }
  if (squaresX === 0 || squaresY === 0) return Number.NaN;
  const r = cross / (Math.sqrt(squaresX) * Math.sqrt(squaresY));
  return Math.min(1, Math.max(-1, r));
}

/**
 * Rescales a covariance matrix to correlations, as R's `cov2cor` does: entry (i, j) is
 * multiplied by 1/√cᵢᵢ and 1/√cⱼⱼ, and the diagonal is set to exactly 1. With pairwise
 * covariances the off-diagonal entries are not bounded by 1, just as in R.
 *
 * @param covariance - the `k × k` covariance matrix, row by row, with a positive diagonal.
 * @param k - its number of rows.
 * @returns the `k × k` correlation matrix, row by row.
 */
export function covarianceToCorrelation(covariance: Float64Array, k: number): Float64Array {
  const scale = new Float64Array(k);
  for (let i = 0; i < k; i++) scale[i] = Math.sqrt(1 / (covariance[i * k + i] as number));
  const correlation = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    const si = scale[i] as number;
    for (let j = 0; j < k; j++) {
      correlation[i * k + j] =
        i === j ? 1 : si * (covariance[i * k + j] as number) * (scale[j] as number);
    }
  }
  return correlation;
}
