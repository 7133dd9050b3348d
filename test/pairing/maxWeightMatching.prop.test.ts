import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightMatching, type MatchingEdge } from '../../src/index.js';

/** A graph of up to 10 vertices: repeated pairs and self-loops included, in any order. */
const graphOf = (weight: fc.Arbitrary<number>) =>
  fc.integer({ min: 1, max: 10 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), weight),
        { maxLength: 30 },
      ),
    }),
  );
const integerWeight = fc.integer({ min: -20, max: 40 });
const floatWeight = fc.double({ min: -5, max: 10, noNaN: true });
const graphs = fc.oneof(graphOf(integerWeight), graphOf(floatWeight));

/** The weight matrix as the contract reads the edges: heaviest of repeats, no self-loops. */
function weightMatrix(n: number, edges: readonly MatchingEdge[]): (number | undefined)[][] {
  const w: (number | undefined)[][] = Array.from({ length: n }, () =>
    new Array<number | undefined>(n).fill(undefined),
  );
  for (const [u, v, x] of edges) {
    if (u === v) continue;
    const row = w[u] as (number | undefined)[];
    const known = row[v];
    if (known === undefined || x > known) {
      row[v] = x;
      (w[v] as (number | undefined)[])[u] = x;
    }
  }
  return w;
}

/**
 * The oracle: every matching, by recursion (the lowest unmatched vertex either stays single
 * or pairs with a later neighbour). Returns the best total, and the best (cardinality,
 * total) in lexicographic order.
 */
function bruteForce(
  n: number,
  edges: readonly MatchingEdge[],
): { bestTotal: number; maxCardinality: number; bestTotalAtMaxCardinality: number } {
  const w = weightMatrix(n, edges);
  const used = new Array<boolean>(n).fill(false);
  let bestTotal = 0;
  let maxCardinality = 0;
  let bestTotalAtMaxCardinality = 0;
  const visit = (from: number, cardinality: number, total: number): void => {
    let i = from;
    while (i < n && used[i]) i += 1;
    if (i >= n) {
      bestTotal = Math.max(bestTotal, total);
      if (cardinality > maxCardinality) {
        maxCardinality = cardinality;
        bestTotalAtMaxCardinality = total;
      } else if (cardinality === maxCardinality) {
        bestTotalAtMaxCardinality = Math.max(bestTotalAtMaxCardinality, total);
      }
      return;
    }
    used[i] = true;
    visit(i + 1, cardinality, total);
    for (let j = i + 1; j < n; j += 1) {
      const x = w[i]?.[j];
      if (used[j] || x === undefined) continue;
      used[j] = true;
      visit(i + 1, cardinality + 1, total + x);
      used[j] = false;
    }
    used[i] = false;
  };
  visit(0, 0, 0);
  return { bestTotal, maxCardinality, bestTotalAtMaxCardinality };
}

/** Checks `mate` is a symmetric matching on the graph's edges and returns its size and weight. */
function measure(
  n: number,
  edges: readonly MatchingEdge[],
  mate: readonly number[],
): { total: number; cardinality: number } {
  const w = weightMatrix(n, edges);
  expect(mate).toHaveLength(n);
  let total = 0;
  let cardinality = 0;
  mate.forEach((j, i) => {
    if (j === -1) return;
    expect(Number.isInteger(j) && j >= 0 && j < n && j !== i).toBe(true);
    expect(mate[j]).toBe(i);
    const x = w[i]?.[j];
    expect(x, `${String(i)}-${String(j)} is an edge`).toBeDefined();
    if (i < j) {
      total += x ?? 0;
      cardinality += 1;
    }
  });
  return { total, cardinality };
}

/** Sums may round differently in another order; integers must agree exactly. */
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9;

describe('maxWeightMatching against a brute-force search (graphs of up to 10 vertices)', () => {
  it('finds a matching of maximum total weight', () => {
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const { total } = measure(n, edges, maxWeightMatching(edges, { vertexCount: n }));
        expect(close(total, bruteForce(n, edges).bestTotal)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('with maxCardinality, pairs as many as possible and then weighs the most', () => {
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const mate = maxWeightMatching(edges, { vertexCount: n, maxCardinality: true });
        const { total, cardinality } = measure(n, edges, mate);
        const oracle = bruteForce(n, edges);
        expect(cardinality).toBe(oracle.maxCardinality);
        expect(close(total, oracle.bestTotalAtMaxCardinality)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never matches a negative edge without maxCardinality', () => {
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const w = weightMatrix(n, edges);
        maxWeightMatching(edges, { vertexCount: n }).forEach((j, i) => {
          if (j !== -1) expect(w[i]?.[j]).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });
});

describe('maxWeightMatching behaves as a pure function', () => {
  it('leaves its input as it was and gives the same answer twice', () => {
    fc.assert(
      fc.property(graphs, fc.boolean(), ({ n, edges }, maxCardinality) => {
        const copy = structuredClone(edges);
        const first = maxWeightMatching(edges, { vertexCount: n, maxCardinality });
        expect(edges).toEqual(copy);
        expect(maxWeightMatching(edges, { vertexCount: n, maxCardinality })).toEqual(first);
      }),
    );
  });

  it('gives the same total and size when the vertices are renumbered', () => {
    fc.assert(
      fc.property(
        graphs.chain((graph) =>
          fc.record({
            graph: fc.constant(graph),
            order: fc.shuffledSubarray(
              Array.from({ length: graph.n }, (_, i) => i),
              { minLength: graph.n, maxLength: graph.n },
            ),
          }),
        ),
        fc.boolean(),
        ({ graph: { n, edges }, order }, maxCardinality) => {
          const renamed = edges.map(([u, v, w]): MatchingEdge => [
            order[u] ?? -1,
            order[v] ?? -1,
            w,
          ]);
          const before = measure(
            n,
            edges,
            maxWeightMatching(edges, { vertexCount: n, maxCardinality }),
          );
          const after = measure(
            n,
            renamed,
            maxWeightMatching(renamed, { vertexCount: n, maxCardinality }),
          );
          expect(after.cardinality).toBe(before.cardinality);
          expect(close(after.total, before.total)).toBe(true);
        },
      ),
    );
  });

  it('does not depend on the order of the edges', () => {
    fc.assert(
      fc.property(
        graphs.chain((graph) =>
          fc.record({
            graph: fc.constant(graph),
            edges: fc.shuffledSubarray(graph.edges, {
              minLength: graph.edges.length,
              maxLength: graph.edges.length,
            }),
          }),
        ),
        ({ graph, edges }) => {
          const n = graph.n;
          const a = measure(n, graph.edges, maxWeightMatching(graph.edges, { vertexCount: n }));
          const b = measure(n, edges, maxWeightMatching(edges, { vertexCount: n }));
          expect(close(a.total, b.total)).toBe(true);
        },
      ),
    );
  });
});
