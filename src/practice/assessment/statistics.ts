/**
 * Order-free descriptive statistics for the assessment: values are sorted before they are
 * summed, so the same members give the same result to the last bit in any order.
 */

/** The values sorted ascending, in a new array. */
export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The mean of values (sorted first); NaN for none. */
export function orderFreeMean(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  let sum = 0;
  for (const value of sorted) sum += value;
  return sum / sorted.length;
}

/** The sample variance (denominator n − 1), two-pass over the sorted values; NaN below 2 values. */
export function orderFreeVariance(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const sorted = sortedCopy(values);
  const centre = orderFreeMean(sorted);
  const squares = sorted.map((value) => (value - centre) ** 2).sort((a, b) => a - b);
  let sum = 0;
  for (const square of squares) sum += square;
  return sum / (sorted.length - 1);
}
