/**
 * Descriptive statistics computed as R computes them, on arrays of finite numbers.
 * Internal to the survey module.
 */

/** The arithmetic mean, with R's second pass that corrects the rounding of the first. */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += values[i] as number;
  const first = sum / n;
  let correction = 0;
  for (let i = 0; i < n; i += 1) correction += (values[i] as number) - first;
  return first + correction / n;
}

/** The sample variance (denominator n − 1), as R's `var`; NaN below two values. */
export function variance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const centre = mean(values);
  let squares = 0;
  for (let i = 0; i < n; i += 1) {
    const d = (values[i] as number) - centre;
    squares += d * d;
  }
  return squares / (n - 1);
}

/** The sample standard deviation, as R's `sd`. */
export function standardDeviation(values: ArrayLike<number>): number {
  return Math.sqrt(variance(values));
}

/** Sorted copy, ascending. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(values);
  sorted.sort();
  return sorted;
}

/**
 * The quantile at probability p of sorted values by R's default method (type 7: linear
 * interpolation between order statistics at h = (n − 1)p). NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const index = (n - 1) * p;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  const below = sorted[low] as number;
  const above = sorted[high] as number;
  const h = index - low;
  // R's own form: (1 − h)·x[lo] + h·x[hi], only where the two differ.
  return h > 0 && above !== below ? (1 - h) * below + h * above : below;
}

/** The median, as R's `median` (the mean of the middle two for an even count). */
export function median(values: ArrayLike<number>): number {
  const sorted = sortedCopy(values);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const middle = Math.floor(n / 2);
  return n % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Ranks with ties given their average rank, as R's `rank` does by default; also the size
 * of each group of ties. Values are compared exactly. Costs O(n log n).
 *
 * @param values - finite numbers.
 * @returns each value's rank (1 = smallest) and the sizes of the tied groups (1 for a
 *   value that is not tied).
 */
export function averageRanks(values: readonly number[]): { ranks: number[]; tieSizes: number[] } {
  const order = values.map((_, index) => index).sort((i, j) => (values[i] ?? 0) - (values[j] ?? 0));
  const ranks = new Array<number>(values.length).fill(0);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end] ?? 0] === values[order[start] ?? 0]) end += 1;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) ranks[order[k] ?? 0] = rank;
    tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}
