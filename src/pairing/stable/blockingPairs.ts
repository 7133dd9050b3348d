import { formatPath } from '../../core/formatPath.js';
import { InvalidInputError, type InputIssue } from '../../core/InvalidInputError.js';
import { describeValue } from '../../core/describeZodIssue.js';
import { readPreferences, type RoommatePreferences } from './preferenceTable.js';

/**
 * Lists every pair that would rather be together than stay as a matching leaves them.
 *
 * A blocking pair is two people i and j who list each other, where i prefers j to their
 * current partner and j prefers i to theirs. Being unmatched, or being paired with someone
 * one did not list (as a fallback pairing may do), counts as worse than any partner one did
 * list. A matching with no blocking pair is stable (Gale & Shapley 1962; Irving 1985): in a
 * buddy scheme, nobody has a listed buddy who would also rather swap to them. Cost:
 * O(n + L) for lists of total length L.
 *
 * @param preferences - `preferences[i]` lists the people i would accept, most preferred
 *   first, as indices `0 … n−1`; ties are not supported.
 * @param mate - `mate[i]` is i's partner or −1, as `stableRoommates` and
 *   `maxWeightMatching` return it; length n and symmetric.
 * @returns each blocking pair `[i, j]` with `i < j`, sorted; empty when the matching is
 *   stable.
 * @throws {@link InvalidInputError} (`invalid_input`) when a list has a duplicate
 *   (`duplicate_entry`), names its owner (`self_ranking`) or an index outside `0 … n−1`
 *   (`out_of_range`), or when `mate` is not a matching of the same people (`invalid_type`,
 *   `out_of_range`, `asymmetric_mate`).
 *
 * @example
 * ```ts internal
 * // 0 and 1 are paired, 2 and 3 are paired; 0 and 2 would both rather swap.
 * blockingPairs([[2, 1], [0], [0, 3], [2]], [1, 0, 3, 2]);
 * // => [[0, 2]]
 * ```
 */
export function blockingPairs(
  preferences: RoommatePreferences,
  mate: readonly number[],
): [number, number][] {
  const FN = 'blockingPairs';
  const { size: n, start, target, mirror } = readPreferences(FN, preferences);
  const partner = readMate(FN, mate, n);
  // current[i]: the entry of i's partner in i's list, or the end of the list.
  const current = start.slice(1, n + 1);
  for (let i = 0; i < n; i += 1) {
    const end = start[i + 1] as number;
    for (let e = start[i] as number; e < end; e += 1) {
      if (target[e] === partner[i]) {
        current[i] = e;
        break;
      }
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i += 1) {
    for (let e = start[i] as number; e < (current[i] as number); e += 1) {
      const j = target[e] as number;
      const back = mirror[e] as number;
      if (i < j && back >= 0 && back < (current[j] as number)) pairs.push([i, j]);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Checks that `mate` is a symmetric matching of n people. */
function readMate(fn: string, mate: unknown, n: number): Int32Array {
  const issues: InputIssue[] = [];
  const report = (path: (string | number)[], code: string, message: string): void => {
    if (issues.length < 50) issues.push({ path, pathText: formatPath(path), code, message });
  };
  if (!Array.isArray(mate) || mate.length !== n) {
    report(
      ['mate'],
      'invalid_type',
      `must be an array of ${String(n)} partners (one per preference list), got ${describeValue(mate)}`,
    );
    throw new InvalidInputError(fn, issues);
  }
  const list = mate as readonly unknown[];
  const partner = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i += 1) {
    const j = list[i];
    if (typeof j !== 'number' || !Number.isInteger(j)) {
      report(
        ['mate', i],
        'invalid_type',
        `must be a partner's index or −1, got ${describeValue(j)}`,
      );
    } else if (j < -1 || j >= n || j === i) {
      report(
        ['mate', i],
        'out_of_range',
        `is ${String(j)}; it must be −1 (unmatched) or another person's index from 0 to ${String(n - 1)}`,
      );
    } else {
      partner[i] = j;
    }
  }
  if (issues.length === 0) {
    for (let i = 0; i < n; i += 1) {
      const j = partner[i] as number;
      if (j >= 0 && partner[j] !== i) {
        report(
          ['mate', i],
          'asymmetric_mate',
          `pairs ${String(i)} with ${String(j)}, but mate[${String(j)}] is ${String(partner[j])}; a matching pairs both ways`,
        );
      }
    }
  }
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return partner;
}
