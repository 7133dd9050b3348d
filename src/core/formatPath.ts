import { InvalidInputError, type InputIssue } from './InvalidInputError.js';
import type { ErrorPath } from './PeerLearnError.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/**
 * Writes an error path the way a developer would type it to reach the field.
 *
 * Identifier keys join with dots, indexes go in brackets, and any other key is quoted in
 * brackets, so `['members', 2, 'joined']` reads `members[2].joined` and `['scores', 'q 1']`
 * reads `scores["q 1"]`. An empty path names the whole argument. Cost: O(length of the
 * path).
 *
 * @param path - keys and indexes from the argument down to the field.
 * @param root - the name of the argument itself, written first when given.
 * @returns the readable path; `root`, or `(input)` when both are empty.
 * @throws {@link InvalidInputError} (`invalid_input`) when `path` is not an array of strings
 *   and numbers, or `root` is not a string.
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
  checkArguments(path, root);
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

/** Refuses a path that is not keys and indexes, or a root that is not text. */
function checkArguments(path: unknown, root: unknown): void {
  const issues: InputIssue[] = [];
  if (!Array.isArray(path)) {
    issues.push({
      path: [],
      pathText: 'path',
      code: 'invalid_type',
      message: 'expected an array of keys (strings) and indexes (numbers)',
    });
  } else {
    const at = path.findIndex((key) => typeof key !== 'string' && typeof key !== 'number');
    if (at >= 0) {
      issues.push({
        path: [at],
        pathText: `path[${String(at)}]`,
        code: 'invalid_type',
        message: 'expected a key (a string) or an index (a number)',
      });
    }
  }
  if (typeof root !== 'string') {
    issues.push({ path: [], pathText: 'root', code: 'invalid_type', message: 'expected a string' });
  }
  if (issues.length > 0) throw new InvalidInputError('formatPath', issues);
}
