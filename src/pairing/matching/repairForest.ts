/**
 * Taking apart the two alternating trees an augmentation used, while the other trees stay.
 *
 * The textbook algorithm drops every label after each augmentation and rescans every
 * S-vertex, O(m) per stage. Keeping the untouched trees (as LEMON does) means that only
 * the vertices of the two used trees are looked at again: each tree keeps a list of its
 * vertices, and records elsewhere that named one of its S-vertices are left to be rebuilt
 * when next used (see records.ts).
 */
import { expandBlossom } from './expandBlossom.js';
import { assignLabel, setTopLabel } from './labels.js';
import { FREE, INNER, OUTER, recordRate, type BlossomState } from './blossomState.js';
import { rescanRecord } from './records.js';

/**
 * Takes apart the trees rooted at `first` and `second` after an augmentation through them:
 * their vertices and blossoms become free, their S-blossoms with zero dual are expanded,
 * and each of their vertices gets a fresh record; those with a tight edge to a remaining
 * S-vertex join that tree at once. Costs O(size of the two trees × degree).
 *
 * @param s - the state, right after `augmentMatching`.
 * @param first - the root (tree id) of one tree.
 * @param second - the root (tree id) of the other.
 */
export function dissolveTrees(s: BlossomState, first: number, second: number): void {
  const { n, label, labelEnd, inBlossom, dual, endpoint } = s;
  const repair = s.repair;
  let count = 0;
  for (const root of [first, second]) {
    for (let x = s.treeHead[root] as number; x !== -1; x = s.treeNext[x] as number) {
      repair[count++] = x;
    }
  }
  const expand = s.blossomList;
  let expandCount = 0;
  for (let i = 0; i < count; i += 1) {
    const b = inBlossom[repair[i] as number] as number;
    const l = label[b] as number;
    if (l === FREE) continue; // already freed with another of its vertices
    setTopLabel(s, b, FREE, -1);
    labelEnd[b] = -1;
    // An S-blossom with zero dual is no longer needed (Galil's end-of-stage expansion).
    if (b >= n && l === OUTER && (dual[b] as number) === 0) expand[expandCount++] = b;
  }
  for (let i = 0; i < expandCount; i += 1) expandBlossom(s, expand[i] as number);

  for (let i = 0; i < count; i += 1) rescanRecord(s, repair[i] as number);
  // Freed vertices with a tight edge to an S-vertex join its tree now.
  for (let i = 0; i < count; i += 1) {
    const x = repair[i] as number;
    const k = s.bestEdge[x] as number;
    if (k === -1) continue;
    const b = inBlossom[x] as number;
    const l = label[b] as number;
    if (l === OUTER) continue; // became S just now; it will be scanned
    const slack = (s.bestKey[x] as number) - (recordRate[l] as number) * s.delta;
    if (slack > 0) continue;
    const outerEnd = (endpoint[2 * k] as number) === x ? 2 * k + 1 : 2 * k;
    if (l === FREE) {
      assignLabel(s, x, INNER, outerEnd);
    } else if (b !== x && (s.reachedEnd[x] as number) === -1) {
      s.reachedEnd[x] = outerEnd;
      s.reachedEpoch[x] = s.outerEpoch[endpoint[outerEnd] as number] as number;
    }
  }
}
