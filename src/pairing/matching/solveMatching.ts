/**
 * The primal-dual blossom algorithm's main loop (Edmonds 1965; Galil 1986, section 4),
 * keeping the alternating forest across augmentations.
 */
import { addBlossom } from './addBlossom.js';
import { augmentMatching } from './augment.js';
import {
  createBlossomState,
  FREE,
  INNER,
  OUTER,
  settleDuals,
  type BlossomState,
} from './blossomState.js';
import { DELTA_EXPAND, DELTA_GROW, DELTA_LINK, DELTA_OPTIMAL, dualStep } from './dualStep.js';
import { expandBlossom } from './expandBlossom.js';
import { assignLabel, findBlossomBase } from './labels.js';
import type { MatchingGraph } from './matchingGraph.js';
import { isReached, storeRecord } from './records.js';
import { dissolveTrees } from './repairForest.js';

/**
 * Solves maximum-weight matching on a graph and returns the final state, whose `mate`,
 * `dual` (settled to true values), `blossomParent` and `blossomChildren` form an
 * optimality certificate.
 *
 * Every free vertex roots an alternating tree. Trees grow along tight edges, odd cycles
 * shrink into blossoms, and when an edge joins two trees the matching is augmented along
 * the path through it; only those two trees are then taken apart, the others stay (as in
 * LEMON), so a vertex is scanned again only when its own tree changes. When no tight edge
 * is left, a dual step makes one; duals move lazily and the least slacks sit in heaps, so
 * a step costs O(log n) rather than O(n). Between two augmentations each vertex is scanned
 * at most once and there are O(n) dual steps, so the whole costs O(n·m·log n) at worst
 * (each scanned edge may update a heap); in practice it is far below that.
 *
 * @param graph - the graph.
 * @param maxCardinality - whether the matching must have as many edges as possible.
 * @returns the final state.
 */
export function solveMatching(graph: MatchingGraph, maxCardinality: boolean): BlossomState {
  const s = createBlossomState(graph, maxCardinality);
  const { n, label, inBlossom, endpoint } = s;
  for (let v = 0; v < n; v += 1) assignLabel(s, v, OUTER, -1);
  for (;;) {
    while (s.queueLength > 0) {
      s.queueLength -= 1;
      const v = s.queue[s.queueLength] as number;
      s.queued[v] = 0;
      if ((label[inBlossom[v] as number] as number) !== OUTER) continue; // freed meanwhile
      const k = scanVertex(s, v);
      if (k >= 0) augment(s, k);
    }
    const type = dualStep(s);
    if (type === DELTA_OPTIMAL) break;
    const k = s.deltaEdge;
    if (type === DELTA_GROW) {
      const x = s.deltaOwner;
      assignLabel(s, x, INNER, (endpoint[2 * k] as number) === x ? 2 * k + 1 : 2 * k);
    } else if (type === DELTA_LINK) {
      const base = findBlossomBase(s, endpoint[2 * k] as number, endpoint[2 * k + 1] as number);
      if (base >= 0) addBlossom(s, base, k);
      else augment(s, k);
    } else if (type === DELTA_EXPAND) {
      expandBlossom(s, s.deltaOwner);
    }
  }
  settleDuals(s);
  return s;
}

/** Augments through edge k, which joins two trees, then takes those two trees apart. */
function augment(s: BlossomState, k: number): void {
  const { tree, inBlossom, endpoint } = s;
  const first = tree[inBlossom[endpoint[2 * k] as number] as number] as number;
  const second = tree[inBlossom[endpoint[2 * k + 1] as number] as number] as number;
  augmentMatching(s, k);
  s.freeCount -= 2;
  dissolveTrees(s, first, second);
}

/**
 * Scans the edges of S-vertex v: follows tight ones (growing a tree, closing a blossom)
 * and keeps the least-slack records of the others for the next dual step. Stops at an
 * edge that joins two trees, which the caller augments through.
 *
 * @returns the edge joining two trees, or −1.
 */
function scanVertex(s: BlossomState, v: number): number {
  const { inBlossom, dual, offset, label, bestEdge, bestKey, reachedEnd } = s;
  const { adjacency, adjacencyVertex, adjacencyWeight } = s;
  const outerOffset = offset[OUTER] as number;
  const dv = (dual[v] as number) + outerOffset;
  const stop = s.adjacencyStart[v + 1] as number;
  let bv = inBlossom[v] as number;
  for (let a = s.adjacencyStart[v] as number; a < stop; a += 1) {
    const w = adjacencyVertex[a] as number;
    const bw = inBlossom[w] as number;
    if (bv === bw) continue;
    const lw = label[bw] as number;
    const slack =
      dv + (dual[w] as number) + (offset[lw] as number) - (adjacencyWeight[a] as number);
    if (lw === OUTER) {
      if (slack <= 0) {
        const p = adjacency[a] as number;
        const base = findBlossomBase(s, v, w);
        if (base < 0) return p >> 1;
        addBlossom(s, base, p >> 1);
        bv = inBlossom[v] as number;
      } else if ((bestEdge[bv] as number) === -1 || slack + 2 * s.delta < (bestKey[bv] as number)) {
        storeRecord(s, bv, OUTER, (adjacency[a] as number) >> 1, w, slack);
      }
    } else if (lw === FREE) {
      if (slack <= 0) {
        assignLabel(s, w, INNER, (adjacency[a] as number) ^ 1);
      } else if ((bestEdge[w] as number) === -1 || slack + s.delta < (bestKey[w] as number)) {
        storeRecord(s, w, FREE, (adjacency[a] as number) >> 1, v, slack);
      }
    } else if (w !== bw) {
      // w is inside a T-blossom: remember how it can be reached, for when that expands.
      if ((bestEdge[w] as number) === -1 || slack < (bestKey[w] as number)) {
        storeRecord(s, w, INNER, (adjacency[a] as number) >> 1, v, slack);
      }
      if (slack <= 0 && !isReached(s, w)) {
        reachedEnd[w] = (adjacency[a] as number) ^ 1;
        s.reachedEpoch[w] = s.outerEpoch[v] as number;
      }
    }
  }
  return -1;
}
