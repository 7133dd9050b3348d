/**
 * Expanding a blossom back into its sub-blossoms: a T-blossom whose dual reached zero, or
 * a free blossom with zero dual when the tree it was in is taken apart.
 */
import { assignLabel, setTopLabel } from './labels.js';
import { isReached } from './records.js';
import { collectLeaves, FREE, INNER, OUTER, type BlossomState } from './blossomState.js';

/**
 * Expands top-level blossom b into its sub-blossoms.
 *
 * A free blossom (one whose tree was just taken apart) is opened together with every
 * nested sub-blossom whose dual is zero. A T-blossom whose dual reached zero is opened one
 * level: the even path through it from where it was entered to its base is relabelled
 * T, S, …, T; the other sub-blossoms become free, or T when an S-vertex already reached
 * one of their vertices along a tight edge.
 *
 * @param s - the state.
 * @param b - a top-level non-trivial blossom, free or T.
 */
export function expandBlossom(s: BlossomState, b: number): void {
  if ((s.label[b] as number) === INNER) expandInner(s, b);
  else expandFree(s, b);
}

/** Opens free blossom b and, within it, every sub-blossom whose dual is zero. */
function expandFree(s: BlossomState, b: number): void {
  const { n, blossomParent, inBlossom, dual } = s;
  // Blossoms still to open (collectLeaves uses `stack` and `leaves`).
  const pending = s.pathEndpoints;
  let count = 0;
  pending[count++] = b;
  while (count > 0) {
    const blossom = pending[--count] as number;
    const children = s.blossomChildren[blossom] as Int32Array;
    for (let c = 0; c < children.length; c += 1) {
      const child = children[c] as number;
      blossomParent[child] = -1;
      s.label[child] = FREE;
      s.labelEnd[child] = -1;
      s.tree[child] = -1;
      if (child < n) {
        inBlossom[child] = child;
      } else if ((dual[child] as number) === 0) {
        pending[count++] = child;
      } else {
        s.bestEdge[child] = -1;
        const leafCount = collectLeaves(s, child, s.leaves, 0);
        for (let i = 0; i < leafCount; i += 1) inBlossom[s.leaves[i] as number] = child;
      }
    }
    release(s, blossom);
  }
}

/** Opens T-blossom b one level and relabels its sub-blossoms. */
function expandInner(s: BlossomState, b: number): void {
  const { n, endpoint, blossomParent, inBlossom, label, labelEnd, dual } = s;
  const children = s.blossomChildren[b] as Int32Array;
  const links = s.blossomEndpoints[b] as Int32Array;
  const size = children.length;
  const root = s.tree[b] as number;
  const innerOffset = s.offset[INNER] as number;
  s.innerHeap.remove(b);
  // Each sub-blossom starts as a T-blossom of the same tree, which is what its vertices'
  // stored duals and records already assume; the relabelling below changes that.
  for (let c = 0; c < size; c += 1) {
    const child = children[c] as number;
    blossomParent[child] = -1;
    label[child] = INNER;
    labelEnd[child] = -1;
    s.tree[child] = root;
    if (child < n) {
      inBlossom[child] = child;
    } else {
      dual[child] = (dual[child] as number) + innerOffset;
      s.innerHeap.set(child, dual[child]);
      s.bestEdge[child] = -1;
      const leafCount = collectLeaves(s, child, s.leaves, 0);
      for (let i = 0; i < leafCount; i += 1) inBlossom[s.leaves[i] as number] = child;
    }
  }

  const at = (j: number): number => (j + size) % size;
  // The sub-blossom through which b was entered, and the even way round from it to the base.
  const entryChild = inBlossom[endpoint[(labelEnd[b] as number) ^ 1] as number] as number;
  let j = children.indexOf(entryChild);
  let step: number;
  let trick: number;
  if (j & 1) {
    j -= size;
    step = 1;
    trick = 0;
  } else {
    step = -1;
    trick = 1;
  }
  let p = labelEnd[b] as number;
  while (j !== 0) {
    // Label a T-sub-blossom (and, through it, the S-sub-blossom after it).
    assignLabel(s, endpoint[p ^ 1] as number, INNER, p);
    j += step;
    p = (links[at(j - trick)] as number) ^ trick;
    j += step;
  }
  // The base sub-blossom stays T; its mate outside b is already S.
  labelEnd[children[at(j)] as number] = p;
  // The rest of the cycle: free, unless an S-vertex already reached one of its vertices.
  j += step;
  while ((children[at(j)] as number) !== entryChild) {
    const child = children[at(j)] as number;
    j += step;
    if ((label[child] as number) === OUTER) continue; // labelled S just now
    const reached = findReached(s, child);
    if (reached >= 0) {
      const through = s.reachedEnd[reached] as number;
      s.reachedEnd[reached] = -1;
      assignLabel(s, reached, INNER, through);
    } else {
      setTopLabel(s, child, FREE, -1);
    }
  }
  release(s, b);
}

/** A vertex of sub-blossom `child` validly marked as reached (see `isReached`), or −1. */
function findReached(s: BlossomState, child: number): number {
  const count = collectLeaves(s, child, s.leaves, 0);
  for (let i = 0; i < count; i += 1) {
    const v = s.leaves[i] as number;
    if (isReached(s, v)) return v;
  }
  return -1;
}

/** Returns blossom number b to the pool, clearing its fields. */
function release(s: BlossomState, b: number): void {
  s.label[b] = FREE;
  s.labelEnd[b] = -1;
  s.tree[b] = -1;
  s.blossomChildren[b] = undefined;
  s.blossomEndpoints[b] = undefined;
  s.blossomBase[b] = -1;
  s.blossomParent[b] = -1;
  s.blossomBestEdges[b] = undefined;
  s.bestEdge[b] = -1;
  s.outerHeap.remove(b);
  s.innerHeap.remove(b);
  s.unusedBlossoms[s.unusedCount] = b;
  s.unusedCount += 1;
}
