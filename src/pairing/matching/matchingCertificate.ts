/**
 * The optimality certificate behind a matching: the final dual solution of the blossom
 * algorithm, in the units of the linear program, for tests that check it independently.
 * Not part of the public API.
 */
import { collectLeaves } from './blossomState.js';
import { buildMatchingGraph } from './matchingGraph.js';
import { readMatchingEdges } from './matchingInput.js';
import { solveMatching } from './solveMatching.js';

/** A blossom of the final solution and its dual. */
export interface CertificateBlossom {
  /** The vertices inside it (an odd number, at least 3). */
  readonly vertices: readonly number[];
  /** Its dual z(B) ≥ 0. */
  readonly dual: number;
}

/** A matching with the dual solution that proves it optimal. */
export interface MatchingCertificate {
  /** `mate[i]` is i's partner or −1, as `maxWeightMatching` returns it. */
  readonly mate: readonly number[];
  /**
   * Each vertex's dual y(v), such that y(u) + y(v) + Σ z(B) ≥ w(u, v) for every edge,
   * the sum running over the blossoms holding both ends.
   */
  readonly vertexDual: readonly number[];
  /** Every blossom still standing at the end (nested ones included). */
  readonly blossoms: readonly CertificateBlossom[];
}

/**
 * Runs the algorithm as `maxWeightMatching` does and returns the matching with its duals.
 *
 * @param edges - valid edges `[u, v, weight]`.
 * @param options - `maxCardinality` and `vertexCount`, as for `maxWeightMatching`.
 * @returns the matching and its dual solution.
 */
export function matchingCertificate(
  edges: readonly (readonly [number, number, number])[],
  options: { readonly maxCardinality?: boolean; readonly vertexCount?: number } = {},
): MatchingCertificate {
  const maxCardinality = options.maxCardinality ?? false;
  const input = readMatchingEdges(edges, options.vertexCount);
  const graph = buildMatchingGraph(input.vertexCount, input.ends, input.weights, !maxCardinality);
  const s = solveMatching(graph, maxCardinality);
  const n = s.n;
  const mate: number[] = [];
  const vertexDual: number[] = [];
  for (let v = 0; v < n; v += 1) {
    const p = s.mate[v] as number;
    mate.push(p === -1 ? -1 : (graph.endpoint[p] as number));
    // The algorithm keeps 2·y(v) (see blossomState.ts).
    vertexDual.push((s.dual[v] as number) / 2);
  }
  const blossoms: CertificateBlossom[] = [];
  const leaves = new Int32Array(n);
  for (let b = n; b < 2 * n; b += 1) {
    if ((s.blossomBase[b] as number) < 0) continue;
    const count = collectLeaves(s, b, leaves, 0);
    blossoms.push({ vertices: Array.from(leaves.subarray(0, count)), dual: s.dual[b] as number });
  }
  return { mate, vertexDual, blossoms };
}
