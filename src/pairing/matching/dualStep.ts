/**
 * The dual step of the primal-dual method: when no tight edge is left to follow, change
 * the duals by the largest amount δ that keeps them feasible, which makes a new edge tight,
 * a T-blossom's dual zero, or (without the cardinality requirement) the free vertices' duals
 * zero, which proves the matching optimal.
 */
import { addDelta, INNER, OUTER, vertexDual, type BlossomState } from './blossomState.js';
import { isRecordCurrent, rebuildBlossomRecord, recordSlack, rescanRecord } from './records.js';

/** The free vertices' duals reached zero (or nothing else can change): the matching is optimal. */
export const DELTA_OPTIMAL = 1;
/** An edge from an S-vertex to a free vertex became tight (`deltaEdge`, owner `deltaOwner`). */
export const DELTA_GROW = 2;
/** An edge between two S-blossoms became tight (`deltaEdge`). */
export const DELTA_LINK = 3;
/** A T-blossom's dual reached zero (`deltaOwner`), so it must be expanded. */
export const DELTA_EXPAND = 4;

/**
 * Finds δ and its cause (Galil's δ₁ … δ₄) and applies it by adding it to Δ, so S-vertices'
 * duals fall by δ, T-vertices' rise by δ, and S- and T-blossoms' rise and fall by δ, all at
 * once. δ₂ and δ₃ come from the tops of the record heaps, after rebuilding any stale record
 * found there; δ₄ from the heap of T-blossoms. Costs O(log n) plus the rebuilds.
 *
 * @param s - the state; `deltaEdge` and `deltaOwner` are set for the caller.
 * @returns one of DELTA_OPTIMAL, DELTA_GROW, DELTA_LINK or DELTA_EXPAND.
 */
export function dualStep(s: BlossomState): number {
  let type = -1;
  let delta = Infinity;
  let edge = -1;
  let owner = -1;

  // δ₁: the free vertices' dual (they all hold the same one, the least of all).
  if (!s.maxCardinality && s.freeCount > 0) {
    type = DELTA_OPTIMAL;
    delta = s.startDual - s.delta;
  }
  // δ₂: the least slack from an S-vertex to a free vertex.
  const grow = currentTop(s, false);
  if (grow >= 0) {
    const d = recordSlack(s, grow, 0);
    if (d < delta) {
      delta = d;
      type = DELTA_GROW;
      edge = s.bestEdge[grow] as number;
      owner = grow;
    }
  }
  // δ₃: half the least slack between two different S-blossoms.
  const link = currentTop(s, true);
  if (link >= 0) {
    const d = recordSlack(s, link, OUTER) / 2;
    if (d < delta) {
      delta = d;
      type = DELTA_LINK;
      edge = s.bestEdge[link] as number;
    }
  }
  // δ₄: the least dual of a T-blossom.
  const inner = s.innerHeap.top();
  if (inner >= 0) {
    const d = s.innerHeap.keyOf(inner) - (s.offset[INNER] as number);
    if (d < delta) {
      delta = d;
      type = DELTA_EXPAND;
      owner = inner;
    }
  }
  if (type === -1) {
    // Maximum cardinality and nothing left to change: optimal. A last step makes the
    // duals as small as they can be while staying feasible, as the certificate needs.
    type = DELTA_OPTIMAL;
    delta = 0;
    if (s.freeCount > 0) {
      delta = Infinity;
      for (let v = 0; v < s.n; v += 1) delta = Math.min(delta, vertexDual(s, v));
      if (!(delta > 0)) delta = 0;
    }
  }
  // Rounding can make a float slack a hair below zero; never step backwards.
  if (delta < 0) delta = 0;
  addDelta(s, delta);
  s.deltaEdge = edge;
  s.deltaOwner = owner;
  return type;
}

/**
 * The top of the free-vertex heap (`outer` false) or the S-blossom heap (`outer` true)
 * once its record is current, rebuilding stale records found at the top; −1 when empty.
 */
function currentTop(s: BlossomState, outer: boolean): number {
  const heap = outer ? s.outerHeap : s.freeHeap;
  for (;;) {
    const top = heap.top();
    if (top < 0) return -1;
    const b = outer ? top : (s.inBlossom[top] as number);
    if (isRecordCurrent(s, top, b)) return top;
    if (outer && top >= s.n) rebuildBlossomRecord(s, top);
    else rescanRecord(s, top);
  }
}
