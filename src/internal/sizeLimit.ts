/**
 * The error a size limit raises. Each public function whose cost grows faster than its
 * input checks its size before the expensive part and, beyond its limit, raises this at
 * once, instead of working for minutes. The limits and the times measured at them are
 * listed in docs/guides/limits.md.
 */
import { formatPath } from '../core/formatPath.js';
import { InvalidInputError } from '../core/InvalidInputError.js';
import type { ErrorPath } from '../core/PeerLearnError.js';

/** Writes a whole number with thousands separators: `1234567` → `1,234,567`. */
export function withCommas(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/**
 * An {@link InvalidInputError} (`invalid_input`) with one `too_big` issue.
 *
 * @param fn - the function that refuses the input; it starts the message.
 * @param path - the path of the field that is too big, from the argument down.
 * @param root - the argument's name as the function's other errors write it (`input`,
 *   `options`), or `''` when they write paths without one.
 * @param message - what is too big, the limit, and what to do instead.
 * @returns the error, to throw.
 */
export function sizeLimitError(
  fn: string,
  path: ErrorPath,
  root: string,
  message: string,
): InvalidInputError {
  return new InvalidInputError(fn, [
    { path, pathText: formatPath(path, root), code: 'too_big', message },
  ]);
}
