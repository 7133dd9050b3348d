import type { ErrorPath } from './PeerLearnError.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/**
 * Writes an error path the way a developer would type it to reach the field.
 *
 * Identifier keys join with dots, indexes go in brackets, and any other key is quoted in
 * brackets, so `['members', 2, 'joined']` reads `members[2].joined` and `['scores', 'q 1']`
 * reads `scores["q 1"]`. An empty path names the whole argument.
 *
 * @param path - keys and indexes from the argument down to the field.
 * @param root - the name of the argument itself, written first when given.
 * @returns the readable path; `root`, or `(input)` when both are empty.
 *
 * @example
 * ```ts
 * formatPath(['members', 2, 'joined']);
 * // => 'members[2].joined'
 * formatPath(['scores', 'q 1'], 'response');
 * // => 'response.scores["q 1"]'
 * ```
 */
export function formatPath(path: ErrorPath, root = ''): string {
  let text = root;
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${String(key)}]`;
    } else if (IDENTIFIER.test(key)) {
      text += text === '' ? key : `.${key}`;
    } else {
      text += `[${JSON.stringify(key)}]`;
    }
  }
  return text === '' ? '(input)' : text;
}
