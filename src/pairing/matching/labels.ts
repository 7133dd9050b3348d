/**
 * Growing the alternating forest: labelling blossoms S, T or free (with the bookkeeping a
 * label change needs), and tracing an S–S edge back to find whether it closes a blossom or
 * joins two trees.
 */
import {
  BREADCRUMB,
  collectLeaves,
  enqueue,
  FREE,
  INNER,
  OUTER,
  recordRate,
  type BlossomState,
} from './blossomState.js';

/**
 * Changes the label of top-level blossom b and keeps everything that depends on it right:
 * the stored duals of b and its vertices (so that their true values do not jump), the keys
 * of its vertices' least-slack records and the heaps that hold them, S-epochs, reached
 * marks, and the member lists of the trees. Costs O(|b| log n).
 *
 * @param s - the state.
 * @param b - a top-level blossom.
 * @param to - the new label.
 * @param root - the tree b now belongs to (ignored for FREE).
 * @returns how many vertices b holds; they are in `s.labelLeaves`.
 */
export function setTopLabel(s: BlossomState, b: number, to: number, root: number): number {
  const { dual, offset, bestEdge, bestKey, freeHeap, outerEpoch, reachedEnd } = s;
  const from = s.label[b] as number;
  const shift = (offset[from] as number) - (offset[to] as number);
  const keyShift = ((recordRate[to] as number) - (recordRate[from] as number)) * s.delta;
  const leaves = s.labelLeaves;
  const count = collectLeaves(s, b, leaves, 0);
  for (let i = 0; i < count; i += 1) {
    const x = leaves[i] as number;
    if (shift !== 0) dual[x] = (dual[x] as number) + shift;
    if (from === FREE) freeHeap.remove(x);
    if (to === OUTER) {
      bestEdge[x] = -1;
    } else if (from === OUTER) {
      outerEpoch[x] = (outerEpoch[x] as number) + 1;
      bestEdge[x] = -1;
    } else if ((bestEdge[x] as number) !== -1 && keyShift !== 0) {
      // A free vertex's record falls with Δ, one inside a T-blossom stays put.
      bestKey[x] = (bestKey[x] as number) + keyShift;
    }
    if (to === FREE && (bestEdge[x] as number) !== -1) freeHeap.set(x, bestKey[x] as number);
    if (to !== INNER) reachedEnd[x] = -1;
    if (to === FREE) leaveTree(s, x);
    else joinTree(s, x, root);
  }
  if (b >= s.n) {
    dual[b] = (dual[b] as number) - shift;
    if (from === INNER) s.innerHeap.remove(b);
    if (to === INNER) s.innerHeap.set(b, dual[b]);
  }
  if (from === OUTER) {
    s.outerHeap.remove(b);
    s.blossomBestEdges[b] = undefined;
  }
  if (from === OUTER || to === OUTER) bestEdge[b] = -1;
  s.label[b] = to;
  s.tree[b] = to === FREE ? -1 : root;
  return count;
}

/** Adds vertex x to the member list of tree `root` (moving it from another list). */
function joinTree(s: BlossomState, x: number, root: number): void {
  if ((s.treeOf[x] as number) === root) return;
  leaveTree(s, x);
  const head = s.treeHead[root] as number;
  s.treeNext[x] = head;
  s.treePrev[x] = -1;
  if (head !== -1) s.treePrev[head] = x;
  s.treeHead[root] = x;
  s.treeOf[x] = root;
}

/** Removes vertex x from its tree's member list, if it is in one. */
function leaveTree(s: BlossomState, x: number): void {
  const root = s.treeOf[x] as number;
  if (root === -1) return;
  const next = s.treeNext[x] as number;
  const previous = s.treePrev[x] as number;
  if (previous === -1) s.treeHead[root] = next;
  else s.treeNext[previous] = next;
  if (next !== -1) s.treePrev[next] = previous;
  s.treeOf[x] = -1;
}

/**
 * Labels the top-level blossom holding vertex w, reached through endpoint p (at the
 * labelling S-vertex; −1 for a tree's root). An S-blossom's vertices go on the queue to be
 * scanned; a T-blossom is matched (its base has a mate), and the mate's blossom is labelled
 * S in turn.
 *
 * @param s - the state.
 * @param w - a vertex of the blossom to label.
 * @param t - OUTER or INNER.
 * @param p - the endpoint through which the label comes, or −1 for a root.
 */
export function assignLabel(s: BlossomState, w: number, t: number, p: number): void {
  const { inBlossom, endpoint, labelEnd } = s;
  const root = p === -1 ? w : (s.tree[inBlossom[endpoint[p] as number] as number] as number);
  let b = inBlossom[w] as number;
  let through = p;
  if (t === INNER) {
    setTopLabel(s, b, INNER, root);
    labelEnd[b] = through;
    // A T-blossom's base is matched; its mate's blossom becomes S.
    through = s.mate[s.blossomBase[b] as number] as number;
    b = inBlossom[endpoint[through] as number] as number;
    through ^= 1;
  }
  const count = setTopLabel(s, b, OUTER, root);
  labelEnd[b] = through;
  for (let i = 0; i < count; i += 1) enqueue(s, s.labelLeaves[i] as number);
}

/**
 * Traces back from both ends of a tight S–S edge (v, w) towards their roots.
 *
 * If the two paths meet, the edge closes an odd cycle and the meeting point's base is
 * returned (a new blossom forms there); if they reach two different roots, the edge
 * completes an augmenting path and −1 is returned.
 *
 * @param s - the state.
 * @param v - one end of the edge.
 * @param w - the other end.
 * @returns the base vertex of the new blossom, or −1 for an augmenting path.
 */
export function findBlossomBase(s: BlossomState, v: number, w: number): number {
  const { label, labelEnd, inBlossom, endpoint } = s;
  const path = s.path;
  let length = 0;
  let base = -1;
  let x = v;
  let y = w;
  while (x !== -1 || y !== -1) {
    let b = inBlossom[x] as number;
    if ((label[b] as number) & BREADCRUMB) {
      base = s.blossomBase[b] as number;
      break;
    }
    path[length++] = b;
    label[b] = OUTER | BREADCRUMB;
    if ((labelEnd[b] as number) === -1) {
      x = -1;
    } else {
      // One step back reaches a T-blossom; one more reaches the S-blossom before it.
      x = endpoint[labelEnd[b] as number] as number;
      b = inBlossom[x] as number;
      x = endpoint[labelEnd[b] as number] as number;
    }
    if (y !== -1) {
      const swap = x;
      x = y;
      y = swap;
    }
  }
  for (let i = 0; i < length; i += 1) label[path[i] as number] = OUTER;
  return base;
}
