/**
 * Shrinking an odd cycle of the alternating forest into a new S-blossom.
 */
import {
  collectLeaves,
  enqueue,
  farEnd,
  INNER,
  OUTER,
  slackOf,
  type BlossomState,
} from './blossomState.js';
import { setTopLabel } from './labels.js';
import { storeRecord } from './records.js';

/**
 * Makes a new top-level S-blossom from the cycle closed by edge k, whose ends trace back to
 * `base` (see `findBlossomBase`).
 *
 * The sub-blossoms are listed from the base around the cycle; former T-vertices become
 * S and go on the queue. The new blossom's least-slack edges to every other S-blossom are
 * merged from its parts' lists (or from their vertices' edges where a part has no list),
 * which keeps each merge O(n) apart from those scans.
 *
 * @param s - the state.
 * @param base - the base vertex of the new blossom.
 * @param k - the S–S edge closing the cycle.
 */
export function addBlossom(s: BlossomState, base: number, k: number): void {
  const { endpoint, inBlossom, labelEnd, blossomParent, label } = s;
  let v = endpoint[2 * k] as number;
  let w = endpoint[2 * k + 1] as number;
  const bb = inBlossom[base] as number;
  let bv = inBlossom[v] as number;
  let bw = inBlossom[w] as number;
  s.unusedCount -= 1;
  const b = s.unusedBlossoms[s.unusedCount] as number;
  s.blossomBase[b] = base;
  blossomParent[b] = -1;
  blossomParent[bb] = b;

  // Walk from v's side back to the base, then from w's side; then lay out the cycle.
  const path = s.path;
  const ends = s.pathEndpoints;
  let vCount = 0;
  while (bv !== bb) {
    blossomParent[bv] = b;
    path[vCount] = bv;
    ends[vCount] = labelEnd[bv] as number;
    vCount += 1;
    v = endpoint[labelEnd[bv] as number] as number;
    bv = inBlossom[v] as number;
  }
  const vSide = path.slice(0, vCount);
  const vEnds = ends.slice(0, vCount);
  let wCount = 0;
  while (bw !== bb) {
    blossomParent[bw] = b;
    path[wCount] = bw;
    ends[wCount] = (labelEnd[bw] as number) ^ 1;
    wCount += 1;
    w = endpoint[labelEnd[bw] as number] as number;
    bw = inBlossom[w] as number;
  }
  const size = vCount + wCount + 1;
  const children = new Int32Array(size);
  const links = new Int32Array(size);
  children[0] = bb;
  for (let i = 0; i < vCount; i += 1) {
    children[i + 1] = vSide[vCount - 1 - i] as number;
    links[i] = vEnds[vCount - 1 - i] as number;
  }
  links[vCount] = 2 * k;
  for (let i = 0; i < wCount; i += 1) {
    children[vCount + 1 + i] = path[i] as number;
    links[vCount + 1 + i] = ends[i] as number;
  }
  s.blossomChildren[b] = children;
  s.blossomEndpoints[b] = links;

  // Former T-blossoms become S, and their vertices must be scanned.
  const root = s.tree[bb] as number;
  for (let c = 0; c < size; c += 1) {
    const child = children[c] as number;
    if ((label[child] as number) === INNER) {
      const count = setTopLabel(s, child, OUTER, root);
      for (let i = 0; i < count; i += 1) enqueue(s, s.labelLeaves[i] as number);
    }
  }
  // The parts are no longer top-level, so their duals stop moving: store the true values.
  const outerOffset = s.offset[OUTER] as number;
  for (let c = 0; c < size; c += 1) {
    const child = children[c] as number;
    if (child >= s.n) s.dual[child] = (s.dual[child] as number) - outerOffset;
    s.outerHeap.remove(child);
  }
  label[b] = OUTER;
  labelEnd[b] = labelEnd[bb] as number;
  s.tree[b] = root;
  s.dual[b] = outerOffset; // z(B) = 0
  const leaves = s.leaves;
  const leafCount = collectLeaves(s, b, leaves, 0);
  for (let i = 0; i < leafCount; i += 1) inBlossom[leaves[i] as number] = b;

  mergeBestEdges(s, b, children);
}

/** Computes the new blossom b's least-slack edges to each other S-blossom. */
function mergeBestEdges(s: BlossomState, b: number, children: Int32Array): void {
  const { endpoint, inBlossom, label, bestTo, bestToSlack, touched, dual } = s;
  const { adjacency, adjacencyStart, adjacencyVertex, adjacencyWeight } = s;
  const outerOffset = s.offset[OUTER] as number;
  let touchedCount = 0;
  const leaves = s.leaves;
  for (let c = 0; c < children.length; c += 1) {
    const child = children[c] as number;
    const list = s.blossomBestEdges[child];
    if (list === undefined) {
      // No list (a single vertex, or a blossom that was not an S-blossom): every edge.
      const leafCount = collectLeaves(s, child, leaves, 0);
      for (let i = 0; i < leafCount; i += 1) {
        const x = leaves[i] as number;
        const dx = (dual[x] as number) + outerOffset;
        const stop = adjacencyStart[x + 1] as number;
        for (let a = adjacencyStart[x] as number; a < stop; a += 1) {
          const y = adjacencyVertex[a] as number;
          const bj = inBlossom[y] as number;
          if (bj === b || (label[bj] as number) !== OUTER) continue;
          const slack = dx + (dual[y] as number) + outerOffset - (adjacencyWeight[a] as number);
          if ((bestTo[bj] as number) === -1) {
            bestTo[bj] = (adjacency[a] as number) >> 1;
            bestToSlack[bj] = slack;
            touched[touchedCount++] = bj;
          } else if (slack < (bestToSlack[bj] as number)) {
            bestTo[bj] = (adjacency[a] as number) >> 1;
            bestToSlack[bj] = slack;
          }
        }
      }
    } else {
      for (let i = 0; i < list.length; i += 1) {
        const k = list[i] as number;
        let bj = inBlossom[endpoint[2 * k + 1] as number] as number;
        if (bj === b) bj = inBlossom[endpoint[2 * k] as number] as number;
        if (bj === b || (label[bj] as number) !== OUTER) continue;
        const slack = slackOf(s, k);
        if ((bestTo[bj] as number) === -1) {
          bestTo[bj] = k;
          bestToSlack[bj] = slack;
          touched[touchedCount++] = bj;
        } else if (slack < (bestToSlack[bj] as number)) {
          bestTo[bj] = k;
          bestToSlack[bj] = slack;
        }
      }
    }
    s.blossomBestEdges[child] = undefined;
    s.bestEdge[child] = -1;
  }
  const merged = new Int32Array(touchedCount);
  let best = -1;
  let bestSlack = Infinity;
  for (let i = 0; i < touchedCount; i += 1) {
    const bj = touched[i] as number;
    const k = bestTo[bj] as number;
    const slack = bestToSlack[bj] as number;
    bestTo[bj] = -1;
    merged[i] = k;
    if (slack < bestSlack) {
      bestSlack = slack;
      best = k;
    }
  }
  s.blossomBestEdges[b] = merged;
  storeRecord(s, b, OUTER, best, best === -1 ? -1 : farEnd(s, best, b), bestSlack);
}
