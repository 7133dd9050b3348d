/**
 * Checking the arguments of cronbachAlpha: a fast pass over the matrix for the common case
 * of valid input, and a zod schema that lists every problem, with its path, otherwise.
 *
 * @module
 */
import { z } from 'zod';
import { describeValue } from '../../core/describeZodIssue.js';
import type { ErrorPath } from '../../core/PeerLearnError.js';
import { parseWith } from '../../core/validation.js';
import { sizeLimitError, withCommas } from '../../internal/sizeLimit.js';

/** How many cells outside `options.bounds` are listed one by one before the rest are counted. */
const MAX_CELLS_LISTED = 10;

/**
 * The largest size an answer or a bound may have. Answers sit on a scale; far beyond this,
 * the sums of squares behind a variance would overflow to Infinity.
 */
const LARGEST = 1e100;
const TOO_LARGE = 'is too large for an answer on a scale (beyond 1e100); rescale the answers';

const Cell = /* @__PURE__ */ (() =>
  z
    .number({
      error: (issue) =>
        `must be a finite number, or null for a missing answer; got ${describeValue(issue.input)}`,
    })
    .refine((value) => Math.abs(value) <= LARGEST, TOO_LARGE)
    .nullable())();

const Matrix = /* @__PURE__ */ (() =>
  z
    .array(
      z.array(Cell, {
        error: (issue) =>
          `must be a row (an array with one answer per item); got ${describeValue(issue.input)}`,
      }),
      {
        error: (issue) =>
          `must be an array of rows (one per respondent); got ${describeValue(issue.input)}`,
      },
    )
    .min(2, 'needs at least 2 rows (respondents) to estimate reliability'))();

const ItemName = /* @__PURE__ */ (() => z.string().trim().min(1))();

const Options = /* @__PURE__ */ (() =>
  z.strictObject({
    items: z.array(ItemName).optional(),
    reverse: z.array(z.union([z.string(), z.int().min(0)])).optional(),
    bounds: z
      .strictObject({
        min: z.number().refine((value) => Math.abs(value) <= LARGEST, TOO_LARGE),
        max: z.number().refine((value) => Math.abs(value) <= LARGEST, TOO_LARGE),
      })
      .refine((bounds) => bounds.min < bounds.max, {
        message: 'min must be below max (they are the lowest and highest answers the scale allows)',
      })
      .optional(),
    confidence: z.number().gt(0).lt(1).optional(),
    impute: z.enum(['none', 'median', 'mean']).optional(),
    emptyRows: z.enum(['drop', 'keep']).optional(),
  }))();

/** The options of cronbachAlpha once checked. */
export type CheckedAlphaOptions = z.output<typeof Options>;

/** A problem found by the checks that need the matrix and the options together. */
interface CrossIssue {
  readonly path: ErrorPath;
  readonly message: string;
}

/**
 * Checks that need the matrix and the options together: rows of equal length (at least
 * two items), item names that match the columns and differ, reverse-keyed items that
 * exist and are named once, and answers inside `options.bounds`. The matrix and options
 * are assumed to have the right types already.
 */
function crossIssues(
  matrix: readonly (readonly (number | null)[])[],
  options: CheckedAlphaOptions,
): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const first = matrix[0];
  if (first === undefined) return issues;
  const k = first.length;
  if (k < 2) {
    issues.push({
      path: ['matrix', 0],
      message: `has ${String(k)} answer${k === 1 ? '' : 's'}; alpha needs at least 2 items (columns)`,
    });
  }
  matrix.forEach((row, index) => {
    if (row.length !== k) {
      issues.push({
        path: ['matrix', index],
        message: `has ${String(row.length)} answers but row 0 has ${String(k)}; every row needs one entry per item (null for a missing answer)`,
      });
    }
  });

  const names = options.items;
  if (names !== undefined) {
    if (names.length !== k) {
      issues.push({
        path: ['options', 'items'],
        message: `names ${String(names.length)} items but each row has ${String(k)}; give one name per column`,
      });
    }
    const seen = new Map<string, number>();
    names.forEach((name, index) => {
      const earlier = seen.get(name);
      if (earlier === undefined) seen.set(name, index);
      else {
        issues.push({
          path: ['options', 'items', index],
          message: `repeats the name ${JSON.stringify(name)} of item ${String(earlier)}; every item needs a different name`,
        });
      }
    });
  }

  const itemNames = names ?? defaultItemNames(k);
  const reversed = new Map<number, number>();
  (options.reverse ?? []).forEach((entry, index) => {
    const path = ['options', 'reverse', index];
    const column = typeof entry === 'number' ? entry : itemNames.indexOf(entry.trim());
    if (typeof entry === 'number' && entry >= k) {
      issues.push({
        path,
        message: `is column ${String(entry)}, but there are only ${String(k)} items (columns 0 to ${String(k - 1)})`,
      });
      return;
    }
    if (column < 0) {
      issues.push({
        path,
        message: `names no item: ${JSON.stringify(entry)} is not among ${describeNames(itemNames)}`,
      });
      return;
    }
    const earlier = reversed.get(column);
    if (earlier !== undefined) {
      issues.push({
        path,
        message: `reverses item ${JSON.stringify(itemNames[column])} again (already at options.reverse[${String(earlier)}]); list each reverse-keyed item once`,
      });
      return;
    }
    reversed.set(column, index);
  });

  const bounds = options.bounds;
  if (bounds !== undefined && bounds.min < bounds.max) {
    let outside = 0;
    matrix.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || (value >= bounds.min && value <= bounds.max)) return;
        outside++;
        if (outside <= MAX_CELLS_LISTED) {
          issues.push({
            path: ['matrix', r, c],
            message: `is ${String(value)}, outside options.bounds (${String(bounds.min)} to ${String(bounds.max)}); fix the answer or the bounds`,
          });
        }
      });
    });
    if (outside > MAX_CELLS_LISTED) {
      issues.push({
        path: ['matrix'],
        message: `has ${String(outside - MAX_CELLS_LISTED)} more answers outside options.bounds (${String(bounds.min)} to ${String(bounds.max)})`,
      });
    }
  }
  return issues;
}

/** psych's and R's default names are `V1…`; peerlearn's are `item1…itemk`. */
export function defaultItemNames(k: number): string[] {
  return Array.from({ length: k }, (_, index) => `item${String(index + 1)}`);
}

function describeNames(names: readonly string[]): string {
  const shown = names.slice(0, 8).map((name) => JSON.stringify(name));
  return names.length > 8 ? `${shown.join(', ')}, …` : shown.join(', ');
}

const Input = /* @__PURE__ */ (() =>
  z.object({ matrix: Matrix, options: Options }).superRefine((input, context) => {
    for (const issue of crossIssues(input.matrix, input.options)) {
      context.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
    }
  }))();

/** True when every row is an array and every cell is null or a number no larger than LARGEST. */
function isWellTypedMatrix(matrix: unknown): matrix is readonly (readonly (number | null)[])[] {
  if (!Array.isArray(matrix) || matrix.length < 2) return false;
  for (const row of matrix as unknown[]) {
    if (!Array.isArray(row)) return false;
    for (let c = 0; c < row.length; c++) {
      const cell: unknown = row[c];
      if (cell !== null && (typeof cell !== 'number' || !(Math.abs(cell) <= LARGEST))) return false;
    }
  }
  return true;
}

/** The most items (columns) cronbachAlpha takes: about 3 s at worst, with fewer rows than items. */
const MAX_ITEMS = 100;
/** The most answers (rows × items) cronbachAlpha takes: 100,000 × 100 take about 3 s. */
const MAX_CELLS = 10_000_000;

/**
 * Refuses, before any other work, a matrix beyond the limits. The cost is O(n·k² + k³)
 * for n rows and k items, and up to O(k⁴) when the items are nearly dependent (as with
 * fewer rows than items), since each item's alpha-if-dropped then needs a fresh
 * pseudo-inverse.
 */
function refuseOversized(matrix: unknown): void {
  if (!Array.isArray(matrix)) return;
  const rows = matrix as readonly unknown[];
  let items = 0;
  for (const row of rows) if (Array.isArray(row) && row.length > items) items = row.length;
  if (items > MAX_ITEMS) {
    throw sizeLimitError(
      'cronbachAlpha',
      ['matrix', 0],
      '',
      `has ${withCommas(items)} items (columns); alpha is computed for at most ${String(MAX_ITEMS)} items at once, so analyse each scale or domain on its own`,
    );
  }
  if (rows.length * items > MAX_CELLS) {
    throw sizeLimitError(
      'cronbachAlpha',
      ['matrix'],
      '',
      `has ${withCommas(rows.length)} rows of ${String(items)} items (${withCommas(rows.length * items)} answers); at most ${withCommas(MAX_CELLS)} are taken at once, so analyse a random sample of the rows`,
    );
  }
}

/**
 * Checks cronbachAlpha's arguments and returns the options.
 *
 * Valid input, the common case, is checked in one fast pass (a 2,800 × 25 matrix in well
 * under a millisecond), without copying the matrix. Anything amiss is handed to the zod
 * schema, which throws an `InvalidInputError` listing every problem with its path, such
 * as `matrix[3][2]` or `options.reverse[0]`.
 *
 * @param matrix - the untrusted matrix.
 * @param options - the untrusted options.
 * @returns the matrix, typed, and the checked options.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem.
 */
export function checkAlphaInput(
  matrix: unknown,
  options: unknown,
): {
  readonly matrix: readonly (readonly (number | null)[])[];
  readonly options: CheckedAlphaOptions;
} {
  refuseOversized(matrix);
  const parsedOptions = Options.safeParse(options);
  if (
    parsedOptions.success &&
    isWellTypedMatrix(matrix) &&
    crossIssues(matrix, parsedOptions.data).length === 0
  ) {
    return { matrix, options: parsedOptions.data };
  }
  // Something is wrong: let the schema find and describe every problem.
  return parseWith(Input, { matrix, options }, { fn: 'cronbachAlpha' });
}
