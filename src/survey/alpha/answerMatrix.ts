/**
 * The answers behind cronbachAlpha as a column-by-column typed array (value (u, j) at
 * `data[j * n + u]`, `NaN` for a missing answer), and the plain descriptive work on it:
 * which rows count, imputation, reversal, scores, means and response frequencies.
 *
 * @module
 */
import type { ResponseShare } from '../cronbachAlpha.js';

/** psych's `response.frequencies` gives up above this many distinct answers. */
export const MAX_CATEGORIES = 10;

/** The answers of the rows that count, and how the rows were counted. */
export interface AnswerMatrix {
  /** The rows that count, as indexes into the input. */
  readonly used: readonly number[];
  /** How many items each input row left blank. */
  readonly missingCounts: number[];
  /** Input rows with no answer at all. */
  readonly emptyRows: number;
  /** Input rows with every item answered. */
  readonly completeRows: number;
  /** The answers of the used rows, column by column, `NaN` where missing. */
  readonly data: Float64Array;
  /** How many of the used rows answered each item. */
  readonly answered: Int32Array;
}

/**
 * Copies the answers into a typed array, column by column, leaving out the rows in which
 * nothing was answered unless `keepEmpty`. Cost: O(n·k).
 *
 * @param input - the rows, each with `k` answers (`null` for missing).
 * @param k - the number of items.
 * @param keepEmpty - whether rows with no answer count.
 * @returns the answers and the row counts.
 */
export function collectAnswers(
  input: readonly (readonly (number | null)[])[],
  k: number,
  keepEmpty: boolean,
): AnswerMatrix {
  const missingCounts = input.map((row) => {
    let missing = 0;
    for (let j = 0; j < k; j++) if (row[j] === null) missing++;
    return missing;
  });
  const used: number[] = [];
  let emptyRows = 0;
  let completeRows = 0;
  missingCounts.forEach((missing, r) => {
    if (missing === k) emptyRows++;
    if (missing === 0) completeRows++;
    if (missing < k || keepEmpty) used.push(r);
  });
  const n = used.length;
  const data = new Float64Array(n * k);
  const answered = new Int32Array(k);
  for (let u = 0; u < n; u++) {
    const row = input[used[u] as number] as readonly (number | null)[];
    for (let j = 0; j < k; j++) {
      const value = row[j] ?? null;
      if (value === null) {
        data[j * n + u] = Number.NaN;
      } else {
        data[j * n + u] = value;
        answered[j] = (answered[j] as number) + 1;
      }
    }
  }
  return { used, missingCounts, emptyRows, completeRows, data, answered };
}

/**
 * The one value every answer in a column shares (`NaN` when there are none), or
 * `undefined` when the answers differ, that is, when the item has variance.
 *
 * @param column - the answers, `NaN` for missing.
 * @returns the shared value, `NaN`, or `undefined`.
 */
export function constantOf(column: Float64Array): number | undefined {
  let first = Number.NaN;
  for (let u = 0; u < column.length; u++) {
    const value = column[u] as number;
    if (Number.isNaN(value)) continue;
    if (Number.isNaN(first)) first = value;
    else if (value !== first) return undefined;
  }
  return first;
}

/**
 * Fills each column's gaps, in place, with the median or the mean of its answers, as
 * `psych::alpha(impute = …)` and `psych::scoreItems(impute = …)` do before reversing.
 * Columns without answers stay empty. Cost: O(n·k) for the mean, O(n log n · k) for the median.
 *
 * @param data - the answers, column by column; changed in place.
 * @param n - the number of rows.
 * @param k - the number of columns.
 * @param how - `median` or `mean`.
 */
export function fillGaps(data: Float64Array, n: number, k: number, how: 'median' | 'mean'): void {
  for (let j = 0; j < k; j++) {
    const column = data.subarray(j * n, (j + 1) * n);
    const fill = how === 'median' ? medianOf(column) : (describeColumn(column).mean ?? Number.NaN);
    if (Number.isNaN(fill)) continue;
    for (let u = 0; u < n; u++) if (Number.isNaN(column[u])) column[u] = fill;
  }
}

/** R's `median(x, na.rm = TRUE)`: the middle answer, or the mean of the two middle ones. */
function medianOf(column: Float64Array): number {
  const values = column.filter((value) => !Number.isNaN(value)).sort();
  if (values.length === 0) return Number.NaN;
  const half = values.length >> 1;
  return values.length % 2 === 1
    ? (values[half] as number)
    : ((values[half - 1] as number) + (values[half] as number)) / 2;
}

/**
 * A copy of the answers with the reversed columns turned round: x′ = `flip` − x, where
 * `flip` is the scale's min + max.
 *
 * @param data - the answers, column by column.
 * @param n - the number of rows.
 * @param reversed - 1 for each column to reverse, 0 otherwise.
 * @param flip - min + max of the scale.
 * @returns the keyed answers.
 */
export function keyAnswers(
  data: Float64Array,
  n: number,
  reversed: Uint8Array,
  flip: number,
): Float64Array {
  const keyed = new Float64Array(data);
  reversed.forEach((flag, j) => {
    if (flag !== 1) return;
    for (let u = 0; u < n; u++) keyed[j * n + u] = flip - (data[j * n + u] as number);
  });
  return keyed;
}

/**
 * Each row's score, the mean of its answered (keyed) items, as R's `rowMeans(x, na.rm =
 * TRUE)`; `NaN` for a row with no answers. Cost: O(n·k).
 *
 * @param keyed - the keyed answers, column by column.
 * @param n - the number of rows.
 * @param k - the number of columns.
 * @returns the n scores.
 */
export function rowMeans(keyed: Float64Array, n: number, k: number): Float64Array {
  const sums = new Float64Array(n);
  const counts = new Int32Array(n);
  for (let j = 0; j < k; j++) {
    const offset = j * n;
    for (let u = 0; u < n; u++) {
      const value = keyed[offset + u] as number;
      if (Number.isNaN(value)) continue;
      sums[u] = (sums[u] as number) + value;
      counts[u] = (counts[u] as number) + 1;
    }
  }
  return sums.map((sum, u) => (counts[u] === 0 ? Number.NaN : sum / (counts[u] as number)));
}

/** The count, mean and standard deviation of a column's answers. */
export interface ColumnSummary {
  /** How many answers there are. */
  readonly count: number;
  /** Their mean; `null` for none. */
  readonly mean: number | null;
  /** Their standard deviation (n − 1 denominator); `null` for fewer than two. */
  readonly sd: number | null;
}

/**
 * Count, mean and standard deviation of the non-missing values, as R's `mean` (with its
 * second, correcting pass) and `sd` compute them.
 *
 * @param column - the values, `NaN` for missing.
 * @returns the count, mean and standard deviation.
 */
export function describeColumn(column: Float64Array): ColumnSummary {
  const length = column.length;
  let count = 0;
  let sum = 0;
  for (let u = 0; u < length; u++) {
    const value = column[u] as number;
    if (Number.isNaN(value)) continue;
    count++;
    sum += value;
  }
  if (count === 0) return { count, mean: null, sd: null };
  let mean = sum / count;
  let correction = 0;
  for (let u = 0; u < length; u++) {
    const value = column[u] as number;
    if (!Number.isNaN(value)) correction += value - mean;
  }
  mean += correction / count;
  if (count < 2) return { count, mean, sd: null };
  let squares = 0;
  for (let u = 0; u < length; u++) {
    const value = column[u] as number;
    if (!Number.isNaN(value)) squares += (value - mean) * (value - mean);
  }
  return { count, mean, sd: Math.sqrt(squares / (count - 1)) };
}

/** The biggest span of whole-number answers tallied by direct indexing. */
const MAX_DIRECT_SPAN = 4096;

/**
 * Each item's count and share of every answer value seen on any item, over its answers,
 * as psych's `response.frequencies`; all `null` past {@link MAX_CATEGORIES} distinct
 * values, and `null` for an item nobody answered. Whole-number answers in a modest range
 * (every rating scale) are tallied by direct indexing; other values through a small map.
 * Cost: O(n·k).
 *
 * @param data - the answers as given, column by column, `NaN` for missing.
 * @param n - the number of rows.
 * @param k - the number of columns.
 * @param answered - how many answers each column has.
 * @returns one list per item, or `null`.
 */
export function responseShares(
  data: Float64Array,
  n: number,
  k: number,
  answered: Int32Array,
): (ResponseShare[] | null)[] {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  let whole = true;
  for (let cell = 0; cell < data.length; cell++) {
    const value = data[cell] as number;
    if (Number.isNaN(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
    if (whole && Math.floor(value) !== value) whole = false;
  }
  const direct = whole && high - low < MAX_DIRECT_SPAN;
  const firstValues = direct ? new Map<number, number>() : distinctValues(data);
  const slotOf = (value: number): number => (direct ? value - low : (firstValues.get(value) ?? -1));
  const slots = direct ? high - low + 1 : firstValues.size;
  const tallies = Array.from({ length: k }, (_, j) => {
    const counts = new Int32Array(Math.max(slots, 0));
    for (let u = 0; u < n; u++) {
      const value = data[j * n + u] as number;
      if (Number.isNaN(value)) continue;
      const slot = slotOf(value);
      if (slot >= 0) counts[slot] = (counts[slot] as number) + 1;
    }
    return counts;
  });
  // The distinct values in increasing order, each with its slot.
  const seen: { readonly value: number; readonly slot: number }[] = [];
  if (direct) {
    for (let slot = 0; slot < slots; slot++) {
      if (tallies.some((counts) => (counts[slot] as number) > 0)) {
        seen.push({ value: low + slot, slot });
      }
    }
  } else {
    for (const [value, slot] of firstValues) seen.push({ value, slot });
    seen.sort((a, b) => a.value - b.value);
  }
  if (seen.length === 0 || seen.length > MAX_CATEGORIES) return tallies.map(() => null);
  return tallies.map((counts, j) => {
    const total = answered[j] as number;
    if (total === 0) return null;
    return seen.map(({ value, slot }) => ({
      value,
      count: counts[slot] as number,
      share: (counts[slot] as number) / total,
    }));
  });
}

/** The first {@link MAX_CATEGORIES} + 1 distinct values, in order of appearance, with slots. */
function distinctValues(data: Float64Array): Map<number, number> {
  const slots = new Map<number, number>();
  for (let cell = 0; cell < data.length && slots.size <= MAX_CATEGORIES; cell++) {
    const value = data[cell] as number;
    if (!Number.isNaN(value) && !slots.has(value)) slots.set(value, slots.size);
  }
  return slots;
}
