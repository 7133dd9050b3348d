/** Summary numbers of the gaps between meetings, in days. */
export interface IntervalStatistics {
  /** The median interval in days (the mean of the middle two when their number is even). */
  readonly median: number;
  /** The mean interval in days. */
  readonly mean: number;
  /** The sample standard deviation (divisor n − 1), as R's `sd`; `null` with one interval. */
  readonly sd: number | null;
  /** The coefficient of variation, sd / mean; `null` with one interval. */
  readonly cv: number | null;
}

/**
 * The median, mean, sample standard deviation and coefficient of variation of intervals.
 *
 * The standard deviation divides by n − 1 (R's `sd`): the meetings held so far are a sample
 * of the rhythm the community keeps, and the population form would understate the spread
 * of the few intervals a community usually has. Two-pass, so long runs of equal intervals
 * give exactly 0. Costs O(n log n) for the median.
 *
 * @param days - at least one interval, each a positive whole number of days.
 * @returns the summary numbers.
 */
export function intervalStatistics(days: readonly number[]): IntervalStatistics {
  const n = days.length;
  const sorted = [...days].sort((a, b) => a - b);
  const middle = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const mean = days.reduce((sum, x) => sum + x, 0) / n;
  if (n < 2) return { median, mean, sd: null, cv: null };
  const squares = days.reduce((sum, x) => sum + (x - mean) ** 2, 0);
  const sd = Math.sqrt(squares / (n - 1));
  return { median, mean, sd, cv: sd / mean };
}
