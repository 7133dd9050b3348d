/**
 * The whole working state of the blossom algorithm, in typed arrays allocated once.
 *
 * Numbering follows Van Rantwijk's mwmatching: vertices are 0 … n − 1 and non-trivial
 * blossoms n … 2n − 1; a vertex is a trivial blossom. Duals are doubled: a vertex holds
 * u(v) = 2·y(v), a blossom z(B), and an edge's slack is u(i) + u(j) − 2·w(i, j) (plus
 * 2·z(B) for each blossom B holding both ends, which the algorithm never needs to add up).
 *
 * Duals change lazily. A dual step of δ lowers every S-vertex by δ and raises every
 * T-vertex by δ (and the reverse for top-level blossoms); instead of touching them all, the
 * running total Δ of the steps is kept, and each dual is stored relative to it according to
 * the label of its top-level blossom: u(v) = `dual[v]` + `offset[label]`, where `offset` is
 * [0, −Δ, +Δ] for free, S and T, and z(B) = `dual[B]` − `offset[label]`. When a label
 * changes, the stored values of the blossom's vertices are converted (see `setTopLabel`).
 * Least-slack records are stored the same way (see `recordRate`).
 */
import { IndexedHeap } from './indexedHeap.js';
import type { MatchingGraph } from './matchingGraph.js';

/** No label: a vertex or blossom outside every alternating tree. */
export const FREE = 0;
/** Label S (even, outer): at an even distance from a tree's root. */
export const OUTER = 1;
/** Label T (odd, inner): at an odd distance from a tree's root. */
export const INNER = 2;
/** A breadcrumb left on an S-blossom while tracing back from an S–S edge. */
export const BREADCRUMB = 4;

/**
 * How fast a least-slack record's slack falls per unit of Δ, by the label of the record's
 * owner: a free vertex's edge to an S-vertex falls by δ, an S-blossom's edge to another
 * S-blossom by 2δ, and an edge from an S-vertex into a T-blossom keeps its slack. A record
 * is stored as key = slack + rate·Δ, so keys stay fixed while Δ grows.
 */
export const recordRate: readonly number[] = [1, 2, 0];

/** The state shared by every step of the algorithm. Fields are mutated in place. */
export interface BlossomState {
  /** The number of vertices. */
  readonly n: number;
  /** From the graph: `endpoint[p]` is the vertex at endpoint p; edge k has ends 2k, 2k + 1. */
  readonly endpoint: Int32Array;
  /** From the graph: the weight of each edge. */
  readonly weight: Float64Array;
  /** From the graph: where each vertex's incidences start. */
  readonly adjacencyStart: Int32Array;
  /** From the graph: the far endpoint of each incidence. */
  readonly adjacency: Int32Array;
  /** From the graph: the neighbour at each incidence. */
  readonly adjacencyVertex: Int32Array;
  /** From the graph: twice the weight of the edge at each incidence. */
  readonly adjacencyWeight: Float64Array;
  /** Whether the matching must have as many edges as possible. */
  readonly maxCardinality: boolean;
  /** Every vertex's starting dual: the largest edge weight, or 0. */
  readonly startDual: number;
  /** For each vertex, the far endpoint of its matched edge, or −1. */
  readonly mate: Int32Array;
  /** How many vertices are unmatched (each roots a tree). */
  freeCount: number;
  /** For each top-level blossom (a vertex when trivial): FREE, OUTER or INNER. */
  readonly label: Int8Array;
  /** For each labelled top-level blossom, the endpoint its label came through; −1 at a root. */
  readonly labelEnd: Int32Array;
  /** For each labelled top-level blossom, its tree: the free vertex at the root. */
  readonly tree: Int32Array;
  /** For each vertex, the tree whose member list holds it, or −1. */
  readonly treeOf: Int32Array;
  /** Per tree (by root), the first vertex of its member list, or −1. */
  readonly treeHead: Int32Array;
  /** The next vertex in the same tree's member list, or −1. */
  readonly treeNext: Int32Array;
  /** The previous vertex in the same tree's member list, or −1. */
  readonly treePrev: Int32Array;
  /** For each vertex, the top-level blossom holding it (the vertex itself when trivial). */
  readonly inBlossom: Int32Array;
  /** For each vertex and blossom, the blossom directly holding it, or −1 at top level. */
  readonly blossomParent: Int32Array;
  /** For each blossom, its base vertex; −1 for an unused blossom number. */
  readonly blossomBase: Int32Array;
  /** For each non-trivial blossom, its sub-blossoms around the cycle, base first. */
  readonly blossomChildren: (Int32Array | undefined)[];
  /**
   * For each non-trivial blossom, the endpoints linking its sub-blossoms: entry i is the
   * endpoint (in sub-blossom i) of the edge from sub-blossom i to sub-blossom i + 1.
   */
  readonly blossomEndpoints: (Int32Array | undefined)[];
  /** Stored duals (see the module comment for how they relate to u and z). */
  readonly dual: Float64Array;
  /** The running total Δ of all dual steps. */
  delta: number;
  /** [0, −Δ, +Δ]: added to a stored vertex dual by its top-level blossom's label. */
  readonly offset: Float64Array;
  /**
   * Least-slack records, owned by a vertex (its edge to an S-vertex, when its top-level
   * blossom is free or T) or by a top-level S-blossom (its edge to another S-blossom):
   * the edge, or −1 for none.
   */
  readonly bestEdge: Int32Array;
  /** The S-vertex at the far end of each record. */
  readonly bestFar: Int32Array;
  /** `outerEpoch` of the far vertex when the record was made (to spot stale records). */
  readonly bestEpoch: Int32Array;
  /** Each record's key: its slack + rate·Δ (see `recordRate`). */
  readonly bestKey: Float64Array;
  /**
   * For a non-trivial S-blossom made by `addBlossom`, its least-slack edge to each
   * S-blossom that existed when it formed; undefined otherwise.
   */
  readonly blossomBestEdges: (Int32Array | undefined)[];
  /** How many times each vertex has stopped being an S-vertex. */
  readonly outerEpoch: Int32Array;
  /**
   * For a vertex inside a T-blossom that an S-vertex reached along a tight edge: the
   * endpoint at that S-vertex (used when the T-blossom is expanded), else −1.
   */
  readonly reachedEnd: Int32Array;
  /** `outerEpoch` of the reaching S-vertex when the vertex was reached. */
  readonly reachedEpoch: Int32Array;
  /** Free-labelled vertices by record key. */
  readonly freeHeap: IndexedHeap;
  /** Top-level S-blossoms by record key. */
  readonly outerHeap: IndexedHeap;
  /** Top-level non-trivial T-blossoms by stored dual. */
  readonly innerHeap: IndexedHeap;
  /** A stack of unused blossom numbers. */
  readonly unusedBlossoms: Int32Array;
  /** How many numbers the stack holds. */
  unusedCount: number;
  /** S-vertices whose edges are still to scan (a stack; stale entries are skipped). */
  readonly queue: Int32Array;
  /** How many vertices the queue holds. */
  queueLength: number;
  /** Whether each vertex is on the queue. */
  readonly queued: Uint8Array;
  /** Scratch: a stack for walking blossom trees (2n). */
  readonly stack: Int32Array;
  /** Scratch: a vertex list (n). */
  readonly leaves: Int32Array;
  /** Scratch: the vertices of the blossom being relabelled (n). */
  readonly labelLeaves: Int32Array;
  /** Scratch: per top-level blossom, the least-slack edge to it (2n, kept at −1). */
  readonly bestTo: Int32Array;
  /** Scratch: the slack of each `bestTo` edge (2n). */
  readonly bestToSlack: Float64Array;
  /** Scratch: the blossoms whose `bestTo` entries are set (2n). */
  readonly touched: Int32Array;
  /** Scratch: blossoms on a traced path (2n). */
  readonly path: Int32Array;
  /** Scratch: endpoints on a traced path (2n). */
  readonly pathEndpoints: Int32Array;
  /** Scratch: the vertices of the trees taken apart after an augmentation (n). */
  readonly repair: Int32Array;
  /** Scratch: blossoms to expand after an augmentation (n). */
  readonly blossomList: Int32Array;
  /** The edge chosen by the last dual step (types 2 and 3). */
  deltaEdge: number;
  /** The record owner (type 2) or blossom (type 4) chosen by the last dual step. */
  deltaOwner: number;
}

/**
 * Allocates the state for a graph, with every vertex single and its dual set to the
 * largest edge weight (or 0), so that every edge starts with non-negative slack.
 *
 * @param graph - the graph to match.
 * @param maxCardinality - whether the matching must have as many edges as possible.
 * @returns the initial state, before any vertex is labelled.
 */
export function createBlossomState(graph: MatchingGraph, maxCardinality: boolean): BlossomState {
  const n = graph.vertexCount;
  let startDual = 0;
  for (let k = 0; k < graph.edgeCount; k += 1) {
    const w = graph.weight[k] as number;
    if (w > startDual) startDual = w;
  }
  const dual = new Float64Array(2 * n);
  dual.fill(startDual, 0, n);
  const inBlossom = new Int32Array(n);
  for (let v = 0; v < n; v += 1) inBlossom[v] = v;
  const blossomBase = new Int32Array(2 * n).fill(-1);
  for (let v = 0; v < n; v += 1) blossomBase[v] = v;
  const unusedBlossoms = new Int32Array(n);
  // Hand out the lowest numbers first (the stack pops from the end).
  for (let i = 0; i < n; i += 1) unusedBlossoms[i] = 2 * n - 1 - i;
  return {
    n,
    endpoint: graph.endpoint,
    weight: graph.weight,
    adjacencyStart: graph.adjacencyStart,
    adjacency: graph.adjacency,
    adjacencyVertex: graph.adjacencyVertex,
    adjacencyWeight: graph.adjacencyWeight,
    maxCardinality,
    startDual,
    mate: new Int32Array(n).fill(-1),
    freeCount: n,
    label: new Int8Array(2 * n),
    labelEnd: new Int32Array(2 * n).fill(-1),
    tree: new Int32Array(2 * n).fill(-1),
    treeOf: new Int32Array(n).fill(-1),
    treeHead: new Int32Array(n).fill(-1),
    treeNext: new Int32Array(n).fill(-1),
    treePrev: new Int32Array(n).fill(-1),
    inBlossom,
    blossomParent: new Int32Array(2 * n).fill(-1),
    blossomBase,
    blossomChildren: new Array<Int32Array | undefined>(2 * n).fill(undefined),
    blossomEndpoints: new Array<Int32Array | undefined>(2 * n).fill(undefined),
    dual,
    delta: 0,
    offset: new Float64Array(3),
    bestEdge: new Int32Array(2 * n).fill(-1),
    bestFar: new Int32Array(2 * n),
    bestEpoch: new Int32Array(2 * n),
    bestKey: new Float64Array(2 * n),
    blossomBestEdges: new Array<Int32Array | undefined>(2 * n).fill(undefined),
    outerEpoch: new Int32Array(n),
    reachedEnd: new Int32Array(n).fill(-1),
    reachedEpoch: new Int32Array(n),
    freeHeap: new IndexedHeap(n),
    outerHeap: new IndexedHeap(2 * n),
    innerHeap: new IndexedHeap(2 * n),
    unusedBlossoms,
    unusedCount: n,
    queue: new Int32Array(n),
    queueLength: 0,
    queued: new Uint8Array(n),
    stack: new Int32Array(2 * n),
    leaves: new Int32Array(n),
    labelLeaves: new Int32Array(n),
    bestTo: new Int32Array(2 * n).fill(-1),
    bestToSlack: new Float64Array(2 * n),
    touched: new Int32Array(2 * n),
    path: new Int32Array(2 * n),
    pathEndpoints: new Int32Array(2 * n),
    repair: new Int32Array(n),
    blossomList: new Int32Array(n),
    deltaEdge: -1,
    deltaOwner: -1,
  };
}

/**
 * Adds a dual step of δ to the running total Δ.
 *
 * @param s - the state.
 * @param delta - δ ≥ 0.
 */
export function addDelta(s: BlossomState, delta: number): void {
  s.delta += delta;
  s.offset[OUTER] = -s.delta;
  s.offset[INNER] = s.delta;
}

/**
 * Vertex v's dual u(v) = 2·y(v).
 *
 * @param s - the state.
 * @param v - a vertex.
 * @returns the dual.
 */
export function vertexDual(s: BlossomState, v: number): number {
  return (s.dual[v] as number) + (s.offset[s.label[s.inBlossom[v] as number] as number] as number);
}

/**
 * The slack u(i) + u(j) − 2·w of edge k, ignoring blossom duals (which only matter inside
 * a blossom).
 *
 * @param s - the state.
 * @param k - the edge.
 * @returns the slack.
 */
export function slackOf(s: BlossomState, k: number): number {
  return (
    vertexDual(s, s.endpoint[2 * k] as number) +
    vertexDual(s, s.endpoint[2 * k + 1] as number) -
    2 * (s.weight[k] as number)
  );
}

/**
 * Writes the vertices inside blossom b into `out` from position `at`.
 *
 * @param s - the state.
 * @param b - a vertex or blossom.
 * @param out - where to write (long enough for every vertex).
 * @param at - the first position to write.
 * @returns the position after the last vertex written.
 */
export function collectLeaves(s: BlossomState, b: number, out: Int32Array, at: number): number {
  const n = s.n;
  if (b < n) {
    out[at] = b;
    return at + 1;
  }
  const stack = s.stack;
  let top = 0;
  let length = at;
  stack[top++] = b;
  while (top > 0) {
    const children = s.blossomChildren[stack[--top] as number] as Int32Array;
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i] as number;
      if (child < n) out[length++] = child;
      else stack[top++] = child;
    }
  }
  return length;
}

/**
 * The end of edge k that lies outside top-level blossom b.
 *
 * @param s - the state.
 * @param k - an edge with exactly one end in b.
 * @param b - a top-level blossom.
 * @returns the vertex at the other end.
 */
export function farEnd(s: BlossomState, k: number, b: number): number {
  const first = s.endpoint[2 * k] as number;
  return (s.inBlossom[first] as number) === b ? (s.endpoint[2 * k + 1] as number) : first;
}

/**
 * Puts vertex v on the queue of S-vertices to scan, unless it is already there.
 *
 * @param s - the state.
 * @param v - a vertex.
 */
export function enqueue(s: BlossomState, v: number): void {
  if ((s.queued[v] as number) === 1) return;
  s.queued[v] = 1;
  s.queue[s.queueLength] = v;
  s.queueLength += 1;
}

/**
 * Writes the true duals into `dual` (u(v) for vertices, z(B) for blossoms) once the
 * algorithm has finished, for the optimality certificate.
 *
 * @param s - the finished state.
 */
export function settleDuals(s: BlossomState): void {
  const { n, dual, label, inBlossom, offset, blossomParent, blossomBase } = s;
  for (let v = 0; v < n; v += 1) {
    dual[v] = (dual[v] as number) + (offset[label[inBlossom[v] as number] as number] as number);
  }
  for (let b = n; b < 2 * n; b += 1) {
    if ((blossomBase[b] as number) < 0 || (blossomParent[b] as number) !== -1) continue;
    dual[b] = (dual[b] as number) - (offset[label[b] as number] as number);
  }
  s.delta = 0;
  s.offset.fill(0);
  s.label.fill(FREE);
}
