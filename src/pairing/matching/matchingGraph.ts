/**
 * The graph the blossom algorithm works on: one edge per pair of vertices, stored flat in
 * typed arrays, with a compressed (CSR) adjacency built once.
 */

/** A simple undirected weighted graph in flat arrays, as {@link buildMatchingGraph} makes it. */
export interface MatchingGraph {
  /** The number of vertices, 0 … n − 1. */
  readonly vertexCount: number;
  /** The number of edges after dropping self-loops and merging duplicates. */
  readonly edgeCount: number;
  /**
   * The ends of each edge: edge k joins `endpoint[2k]` and `endpoint[2k + 1]`. An index
   * into this array is an *endpoint*; `p ^ 1` is the other end of the same edge.
   */
  readonly endpoint: Int32Array;
  /** The weight of each edge, as given (the heaviest when a pair was listed twice). */
  readonly weight: Float64Array;
  /** Vertex v's incidences are `adjacencyStart[v] … adjacencyStart[v + 1] − 1`. */
  readonly adjacencyStart: Int32Array;
  /** For each incidence, the endpoint at the far end (so `endpoint[p]` is the neighbour). */
  readonly adjacency: Int32Array;
  /** For each incidence, the neighbour (`endpoint[adjacency[a]]`, stored flat for speed). */
  readonly adjacencyVertex: Int32Array;
  /** For each incidence, twice the edge's weight (stored flat for speed). */
  readonly adjacencyWeight: Float64Array;
}

/**
 * Builds the flat graph from checked edges, in O(n + m) time.
 *
 * Self-loops are dropped; a pair listed more than once keeps its heaviest weight; with
 * `dropNegative`, edges of negative weight are dropped too (a maximum-weight matching
 * without the cardinality requirement never uses them, since leaving one out gains weight).
 * Edges keep a deterministic order: by smaller end, then by first appearance. Edges that
 * arrive already in that order (as from two nested loops) are used where they lie, which
 * spares copying and sorting arrays of millions of entries.
 *
 * @param vertexCount - n; every vertex is below it (checked by the caller).
 * @param ends - the ends of each edge, smaller first (`ends[2i]`, `ends[2i + 1]`); reused.
 * @param weights - the weight of each edge (finite, checked by the caller); reused.
 * @param dropNegative - whether to leave out edges of negative weight.
 * @returns the graph.
 */
export function buildMatchingGraph(
  vertexCount: number,
  ends: Int32Array,
  weights: Float64Array,
  dropNegative: boolean,
): MatchingGraph {
  const n = vertexCount;
  const sorted = isSortedBySmallerEnd(ends)
    ? { endpoint: ends, weight: weights }
    : sortBySmallerEnd(n, ends, weights);
  const m = mergeInPlace(n, sorted.endpoint, sorted.weight, dropNegative);
  const endpoint = sorted.endpoint.subarray(0, 2 * m);
  const weight = sorted.weight.subarray(0, m);

  const adjacencyStart = new Int32Array(n + 1);
  for (let p = 0; p < 2 * m; p += 1) {
    const v = (endpoint[p] as number) + 1;
    adjacencyStart[v] = (adjacencyStart[v] as number) + 1;
  }
  for (let v = 0; v < n; v += 1) {
    adjacencyStart[v + 1] = (adjacencyStart[v + 1] as number) + (adjacencyStart[v] as number);
  }
  const adjacency = new Int32Array(2 * m);
  const adjacencyVertex = new Int32Array(2 * m);
  const adjacencyWeight = new Float64Array(2 * m);
  const next = adjacencyStart.slice(0, n);
  for (let k = 0; k < m; k += 1) {
    const u = endpoint[2 * k] as number;
    const v = endpoint[2 * k + 1] as number;
    const doubled = 2 * (weight[k] as number);
    const atU = next[u] as number;
    adjacency[atU] = 2 * k + 1;
    adjacencyVertex[atU] = v;
    adjacencyWeight[atU] = doubled;
    next[u] = atU + 1;
    const atV = next[v] as number;
    adjacency[atV] = 2 * k;
    adjacencyVertex[atV] = u;
    adjacencyWeight[atV] = doubled;
    next[v] = atV + 1;
  }

  return {
    vertexCount: n,
    edgeCount: m,
    endpoint,
    weight,
    adjacencyStart,
    adjacency,
    adjacencyVertex,
    adjacencyWeight,
  };
}

/** Whether the edges' smaller ends never decrease along the list. */
function isSortedBySmallerEnd(ends: Int32Array): boolean {
  for (let p = 2; p < ends.length; p += 2) {
    if ((ends[p] as number) < (ends[p - 2] as number)) return false;
  }
  return true;
}

/** A stable counting sort of the edges by their smaller end, into new arrays. */
function sortBySmallerEnd(
  n: number,
  ends: Int32Array,
  weights: Float64Array,
): { endpoint: Int32Array; weight: Float64Array } {
  const count = weights.length;
  const next = new Int32Array(n + 1);
  for (let i = 0; i < count; i += 1) {
    const slot = (ends[2 * i] as number) + 1;
    next[slot] = (next[slot] as number) + 1;
  }
  for (let v = 0; v < n; v += 1) next[v + 1] = (next[v + 1] as number) + (next[v] as number);
  const endpoint = new Int32Array(2 * count);
  const weight = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const low = ends[2 * i] as number;
    const at = next[low] as number;
    next[low] = at + 1;
    endpoint[2 * at] = low;
    endpoint[2 * at + 1] = ends[2 * i + 1] as number;
    weight[at] = weights[i] as number;
  }
  return { endpoint, weight };
}

/**
 * Drops self-loops (and negative edges when asked) and merges repeated pairs into their
 * first appearance with the heaviest weight, compacting the sorted arrays in place.
 *
 * @returns the number of edges kept, which now fill the front of the arrays.
 */
function mergeInPlace(
  n: number,
  endpoint: Int32Array,
  weight: Float64Array,
  dropNegative: boolean,
): number {
  const count = weight.length;
  // seenAt[high] is the kept edge for (low, high) within the current run of equal lows.
  const seenAt = new Int32Array(n).fill(-1);
  let m = 0;
  let runStart = 0;
  let runLow = -1;
  for (let i = 0; i < count; i += 1) {
    const low = endpoint[2 * i] as number;
    const high = endpoint[2 * i + 1] as number;
    const w = weight[i] as number;
    if (low !== runLow) {
      for (let k = runStart; k < m; k += 1) seenAt[endpoint[2 * k + 1] as number] = -1;
      runStart = m;
      runLow = low;
    }
    if (low === high || (dropNegative && w < 0)) continue;
    const earlier = seenAt[high] as number;
    if (earlier >= 0) {
      if (w > (weight[earlier] as number)) weight[earlier] = w;
      continue;
    }
    seenAt[high] = m;
    endpoint[2 * m] = low;
    endpoint[2 * m + 1] = high;
    weight[m] = w;
    m += 1;
  }
  return m;
}
