/**
 * Checking and reading roommate preference lists into flat typed arrays, shared by
 * `stableRoommates` and `blockingPairs`.
 */
import { describeValue } from '../../core/describeZodIssue.js';
import { formatPath } from '../../core/formatPath.js';
import { InvalidInputError, type InputIssue } from '../../core/InvalidInputError.js';
import type { ErrorPath } from '../../core/PeerLearnError.js';

/**
 * Preference lists over people `0 … n−1`: `preferences[i]` names the people `i` would
 * accept as a partner, most preferred first. A pair is acceptable only when each lists
 * the other. Ties are not supported: each list is a strict order.
 */
export type RoommatePreferences = readonly (readonly number[])[];

/** The most problems one error lists, so a badly broken input still gives a readable message. */
const MAX_ISSUES = 50;

/**
 * The preference lists read into one flat array (compressed sparse rows), with, for each
 * entry, the matching entry in the other person's list.
 *
 * Entry `e` in `start[i] … start[i + 1] − 1` says that `i` ranks `target[e]` at position
 * `e − start[i]` (0 = favourite); `mirror[e]` is the entry where `target[e]` ranks `i`, or
 * −1 when they do not list `i` (the pair is then not acceptable).
 */
export interface PreferenceTable {
  /** n: the number of people. */
  readonly size: number;
  /** Where each person's list starts; `start[n]` is the total length of the lists. */
  readonly start: Int32Array;
  /** The person each entry names. */
  readonly target: Int32Array;
  /** The person whose list holds each entry. */
  readonly owner: Int32Array;
  /** The mirror entry (the other person ranking this one), or −1. */
  readonly mirror: Int32Array;
}

/**
 * Checks preference lists and reads them into a {@link PreferenceTable}.
 *
 * Every problem is collected (up to 50) with its path, such as `preferences[2][1]`:
 * `invalid_type` (not an array, or an entry that is not a whole number), `out_of_range`
 * (an index outside `0 … n−1`), `self_ranking` (someone listing themself) and
 * `duplicate_entry` (someone listed twice in one list). Cost: O(n + L) time and memory for
 * lists of total length L.
 *
 * @param fn - the function whose argument this is, named first in the error message.
 * @param preferences - the untrusted preference lists.
 * @returns the flat table.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem.
 */
export function readPreferences(fn: string, preferences: unknown): PreferenceTable {
  const issues: InputIssue[] = [];
  const report = (path: ErrorPath, code: string, message: string): void => {
    if (issues.length < MAX_ISSUES) {
      issues.push({ path, pathText: formatPath(path), code, message });
    }
  };
  if (!Array.isArray(preferences)) {
    report(['preferences'], 'invalid_type', 'must be an array of preference lists');
    throw new InvalidInputError(fn, issues);
  }
  const rows = preferences as readonly unknown[];
  const n = rows.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) {
    const row = rows[i];
    if (Array.isArray(row)) {
      start[i + 1] = (start[i] as number) + row.length;
    } else {
      start[i + 1] = start[i] as number;
      report(
        ['preferences', i],
        'invalid_type',
        'must be an array of indices (an empty array if this person ranks nobody)',
      );
    }
  }
  const total = start[n] as number;
  const target = new Int32Array(total);
  const owner = new Int32Array(total);
  // seen[j] = i + 1 while reading i's list, once j has appeared in it.
  const seen = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const row = rows[i];
    if (!Array.isArray(row)) continue;
    const list = row as readonly unknown[];
    const base = start[i] as number;
    for (let k = 0; k < list.length; k += 1) {
      const j = list[k];
      owner[base + k] = i;
      if (typeof j !== 'number' || !Number.isInteger(j)) {
        report(
          ['preferences', i, k],
          'invalid_type',
          `must be a whole-number index, got ${describeValue(j)}`,
        );
      } else if (j < 0 || j >= n) {
        report(
          ['preferences', i, k],
          'out_of_range',
          `is ${String(j)}, but indices run from 0 to ${String(n - 1)} (one list per person)`,
        );
      } else if (j === i) {
        report(
          ['preferences', i, k],
          'self_ranking',
          `names person ${String(i)} in their own list; remove it`,
        );
      } else if (seen[j] === i + 1) {
        report(
          ['preferences', i, k],
          'duplicate_entry',
          `lists person ${String(j)} a second time; ties are not supported, so keep one place`,
        );
      } else {
        seen[j] = i + 1;
        target[base + k] = j;
      }
    }
  }
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return { size: n, start, target, owner, mirror: mirrorEntries(n, start, target, owner) };
}

/**
 * Finds, for each entry (i ranks j), the entry where j ranks i, in O(n + L): the entries
 * naming each person are bucketed by that person, then looked up in an index of the
 * person's own list.
 */
function mirrorEntries(
  n: number,
  start: Int32Array,
  target: Int32Array,
  owner: Int32Array,
): Int32Array {
  const total = start[n] as number;
  const inStart = new Int32Array(n + 1);
  for (let e = 0; e < total; e += 1) {
    const slot = (target[e] as number) + 1;
    inStart[slot] = (inStart[slot] as number) + 1;
  }
  for (let j = 0; j < n; j += 1) {
    inStart[j + 1] = (inStart[j + 1] as number) + (inStart[j] as number);
  }
  const fill = inStart.slice(0, n);
  const incoming = new Int32Array(total);
  for (let e = 0; e < total; e += 1) {
    const j = target[e] as number;
    incoming[fill[j] as number] = e;
    fill[j] = (fill[j] as number) + 1;
  }
  const mirror = new Int32Array(total).fill(-1);
  // entryOf[i] = 1 + the entry where j ranks i, while j's incoming entries are matched.
  const entryOf = new Int32Array(n);
  for (let j = 0; j < n; j += 1) {
    const from = start[j] as number;
    const to = start[j + 1] as number;
    for (let e = from; e < to; e += 1) entryOf[target[e] as number] = e + 1;
    for (let at = inStart[j] as number; at < (inStart[j + 1] as number); at += 1) {
      const e = incoming[at] as number;
      mirror[e] = (entryOf[owner[e] as number] as number) - 1;
    }
    for (let e = from; e < to; e += 1) entryOf[target[e] as number] = 0;
  }
  return mirror;
}
