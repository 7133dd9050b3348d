import { maxWeightMatching } from '../maxWeightMatching.js';
import type { CandidateGraph } from './buildCandidates.js';

/**
 * Solves the candidate graph as a maximum-cardinality, maximum-weight matching, optionally
 * with one person left out (`without`). Returns each index's partner or −1.
 */
export function solveCandidates(n: number, graph: CandidateGraph, without = -1): Int32Array {
  const edges: [number, number, number][] = [];
  for (let e = 0; e < graph.edges; e += 1) {
    const u = graph.from[e] as number;
    const v = graph.to[e] as number;
    if (u === without || v === without) continue;
    edges.push([u, v, graph.weight[e] as number]);
  }
  return Int32Array.from(maxWeightMatching(edges, { maxCardinality: true, vertexCount: n }));
}
