import { describe, expect, it } from 'vitest';
import {
  createRandom,
  isPeerLearnError,
  maxWeightMatching,
  type MatchingEdge,
} from '../../src/index.js';
import {
  matchingCertificate,
  type MatchingCertificate,
} from '../../src/pairing/matching/matchingCertificate.js';
import reference from '../fixtures/networkx/matching.json' with { type: 'json' };
import { thrown } from '../helpers/expectClose.js';

const NETWORKX = `networkx ${reference.generated_with.networkx}`;

/** The weight of each pair as the contract reads the edges: heaviest of repeats, no loops. */
function pairWeights(edges: readonly MatchingEdge[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [u, v, w] of edges) {
    if (u === v) continue;
    const key = u < v ? `${String(u)}-${String(v)}` : `${String(v)}-${String(u)}`;
    const known = weights.get(key);
    if (known === undefined || w > known) weights.set(key, w);
  }
  return weights;
}

/**
 * Checks that `mate` is a matching of the graph (symmetric, on existing edges, length n)
 * and returns its total weight (summed over pairs in order, as the fixture script does)
 * and cardinality.
 */
function checkMatching(
  edges: readonly MatchingEdge[],
  n: number,
  mate: readonly number[],
): { total: number; cardinality: number } {
  expect(mate).toHaveLength(n);
  const weights = pairWeights(edges);
  let total = 0;
  let cardinality = 0;
  for (let i = 0; i < n; i += 1) {
    const j = mate[i] ?? -2;
    if (j === -1) continue;
    expect(j, `mate[${String(i)}]`).toBeGreaterThanOrEqual(0);
    expect(j, `mate[${String(i)}]`).not.toBe(i);
    expect(mate[j], `mate[mate[${String(i)}]]`).toBe(i);
    if (i < j) {
      const w = weights.get(`${String(i)}-${String(j)}`);
      expect(w, `pair ${String(i)}-${String(j)} is an edge`).toBeDefined();
      total += w ?? 0;
      cardinality += 1;
    }
  }
  return { total, cardinality };
}

/** Rounding allowance for float totals: n²·2⁻⁵²·max |weight| (integers must agree exactly). */
function allowance(edges: readonly MatchingEdge[], n: number): number {
  let largest = 0;
  for (const [, , w] of edges) largest = Math.max(largest, Math.abs(w));
  return edges.every(([, , w]) => Number.isInteger(w)) ? 0 : n * n * 2 ** -52 * largest;
}

interface FixtureCase {
  readonly name: string;
  readonly what: string;
  readonly edges: readonly (readonly number[])[];
  readonly vertexCount?: number;
  readonly networkx: Readonly<
    Record<'default' | 'maxCardinality', { readonly total: number; readonly cardinality: number }>
  >;
}

const groups: [string, readonly FixtureCase[]][] = [
  ['classic cases', reference.classic],
  ['structured cases', reference.structured],
  ['seeded random graphs', reference.random],
];

for (const [group, cases] of groups) {
  describe(`maxWeightMatching on ${group}, against ${NETWORKX}'s max_weight_matching`, () => {
    for (const c of cases) {
      const edges = c.edges as readonly MatchingEdge[];
      const n = c.vertexCount ?? 1 + Math.max(-1, ...edges.flatMap(([u, v]) => [u, v]));
      for (const mode of ['default', 'maxCardinality'] as const) {
        it(`${c.name} (${mode}): ${c.what}`, () => {
          const options = {
            maxCardinality: mode === 'maxCardinality',
            ...(c.vertexCount === undefined ? {} : { vertexCount: c.vertexCount }),
          };
          const { total, cardinality } = checkMatching(edges, n, maxWeightMatching(edges, options));
          // networkx 3.6.1: max_weight_matching(G, maxcardinality=…), total and size
          const expected = c.networkx[mode];
          expect(Math.abs(total - expected.total)).toBeLessThanOrEqual(allowance(edges, n));
          if (mode === 'maxCardinality') expect(cardinality).toBe(expected.cardinality);
        });
      }
    }
  });
}

describe('maxWeightMatching: small cases checked by hand', () => {
  it('returns an empty list for no edges, or n unmatched vertices', () => {
    expect(maxWeightMatching([])).toEqual([]);
    expect(maxWeightMatching([], { vertexCount: 3 })).toEqual([-1, -1, -1]);
  });

  it('matches a single edge, and the heaviest edge of a triangle', () => {
    expect(maxWeightMatching([[0, 1, 5]])).toEqual([1, 0]);
    expect(
      maxWeightMatching([
        [0, 1, 1],
        [1, 2, 2],
        [0, 2, 3],
      ]),
    ).toEqual([2, -1, 0]);
  });

  it('weighs two outer edges against a heavier middle one', () => {
    const path: MatchingEdge[] = [
      [0, 1, 5],
      [1, 2, 11],
      [2, 3, 5],
    ];
    // 11 beats 5 + 5; with maxCardinality both outer edges are needed.
    expect(maxWeightMatching(path)).toEqual([-1, 2, 1, -1]);
    expect(maxWeightMatching(path, { maxCardinality: true })).toEqual([1, 0, 3, 2]);
    // At 5 + 6 the two outer edges win outright.
    expect(
      maxWeightMatching([
        [0, 1, 5],
        [1, 2, 10],
        [2, 3, 6],
      ]),
    ).toEqual([1, 0, 3, 2]);
  });

  it('never uses a negative edge unless maxCardinality needs it', () => {
    expect(maxWeightMatching([[0, 1, -1]])).toEqual([-1, -1]);
    expect(maxWeightMatching([[0, 1, -1]], { maxCardinality: true })).toEqual([1, 0]);
    // Pairing everyone costs: -1 + -1 is the best of the perfect matchings.
    const square: MatchingEdge[] = [
      [0, 1, -1],
      [1, 2, -4],
      [2, 3, -1],
      [3, 0, -3],
    ];
    expect(maxWeightMatching(square)).toEqual([-1, -1, -1, -1]);
    expect(maxWeightMatching(square, { maxCardinality: true })).toEqual([1, 0, 3, 2]);
  });

  it('treats zero-weight edges as adding nothing', () => {
    const { total } = checkMatching(
      [
        [0, 1, 0],
        [1, 2, 3],
      ],
      3,
      maxWeightMatching([
        [0, 1, 0],
        [1, 2, 3],
      ]),
    );
    expect(total).toBe(3);
  });

  it('ignores self-loops and keeps the heaviest of repeated pairs', () => {
    expect(
      maxWeightMatching([
        [0, 0, 100],
        [0, 1, 1],
      ]),
    ).toEqual([1, 0]);
    // (0, 1) is listed at 1 and at 5: at 5 it beats (1, 2) at 2.
    expect(
      maxWeightMatching([
        [0, 1, 1],
        [1, 2, 2],
        [1, 0, 5],
      ]),
    ).toEqual([1, 0, -1]);
  });

  it('forms a blossom and augments through it', () => {
    // The triangle 1-2-3 shrinks into a blossom; the optimum leaves its heaviest edge.
    expect(
      maxWeightMatching([
        [1, 2, 8],
        [1, 3, 9],
        [2, 3, 10],
        [3, 4, 7],
      ]),
    ).toEqual([-1, 2, 1, 4, 3]);
  });

  it('returns a plain array that survives JSON', () => {
    const mate = maxWeightMatching([
      [0, 1, 2],
      [2, 3, 1.5],
    ]);
    expect(Array.isArray(mate)).toBe(true);
    expect(JSON.parse(JSON.stringify(mate))).toEqual(mate);
  });

  it('leaves its arguments as they were', () => {
    const edges = Object.freeze([
      Object.freeze([0, 1, 3] as const),
      Object.freeze([1, 2, 4] as const),
      Object.freeze([2, 0, 5] as const),
    ]);
    const options = Object.freeze({ maxCardinality: true, vertexCount: 4 });
    maxWeightMatching(edges, options);
    expect(edges).toEqual([
      [0, 1, 3],
      [1, 2, 4],
      [2, 0, 5],
    ]);
    expect(options).toEqual({ maxCardinality: true, vertexCount: 4 });
  });
});

describe('maxWeightMatching refuses bad input', () => {
  const cases: [string, () => unknown, (string | number)[]][] = [
    ['edges that are not a list', () => maxWeightMatching('0-1' as never), ['edges']],
    ['an edge with two entries', () => maxWeightMatching([[0, 1]] as never), ['edges', 0]],
    ['an edge that is not a list', () => maxWeightMatching([{ u: 0 }] as never), ['edges', 0]],
    [
      'a NaN weight',
      () =>
        maxWeightMatching([
          [0, 1, 1],
          [1, 2, 1],
          [2, 3, 1],
          [3, 4, Number.NaN],
        ]),
      ['edges', 3, 2],
    ],
    ['an infinite weight', () => maxWeightMatching([[0, 1, Infinity]]), ['edges', 0, 2]],
    ['a weight of -Infinity', () => maxWeightMatching([[0, 1, -Infinity]]), ['edges', 0, 2]],
    ['a huge weight', () => maxWeightMatching([[0, 1, 1e301]]), ['edges', 0, 2]],
    ['a text weight', () => maxWeightMatching([[0, 1, '3']] as never), ['edges', 0, 2]],
    ['a fractional vertex', () => maxWeightMatching([[0.5, 1, 1]]), ['edges', 0, 0]],
    ['a negative vertex', () => maxWeightMatching([[0, -1, 1]]), ['edges', 0, 1]],
    ['a vertex of 100,000', () => maxWeightMatching([[0, 100_000, 1]]), ['edges', 0, 1]],
    [
      'a vertexCount below the largest vertex',
      () => maxWeightMatching([[0, 5, 1]], { vertexCount: 5 }),
      ['options', 'vertexCount'],
    ],
    [
      'a vertexCount above 100,000',
      () => maxWeightMatching([], { vertexCount: 100_001 }),
      ['options', 'vertexCount'],
    ],
    [
      'an unknown option',
      () => maxWeightMatching([], { maxcardinality: true } as never),
      ['options'],
    ],
    [
      'more than 5,000,000 edges',
      () => maxWeightMatching(new Array(5_000_001) as never),
      ['edges'],
    ],
  ];
  for (const [what, run, path] of cases) {
    it(`with invalid_input at ${path.join('.')} for ${what}`, () => {
      const error = thrown(run);
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
      if (isPeerLearnError(error, 'invalid_input')) {
        expect(error.path).toEqual(path);
        expect(error.message).toMatch(/^maxWeightMatching: /u);
      }
    });
  }

  it('names the offending cell the way code would reach it', () => {
    const error = thrown(() =>
      maxWeightMatching([
        [0, 1, 1],
        [1, 2, 1],
        [2, 3, 1],
        [3, 4, Number.NaN],
      ]),
    );
    expect(isPeerLearnError(error, 'invalid_input') && error.issues[0]?.pathText).toBe(
      'edges[3][2]',
    );
  });

  it('lists every bad value at once', () => {
    const error = thrown(() =>
      maxWeightMatching([
        [0, 1.5, 1],
        [1, 2, Number.NaN],
      ]),
    );
    expect(
      isPeerLearnError(error, 'invalid_input') && error.issues.map((issue) => issue.pathText),
    ).toEqual(['edges[0][1]', 'edges[1][2]']);
  });
});

// -- Optimality certificates at scale ---------------------------------------------------

/** A seeded random graph: n vertices, each pair present with the given probability. */
function randomGraph(
  seed: string,
  n: number,
  density: number,
  weight: (random: ReturnType<typeof createRandom>) => number,
): MatchingEdge[] {
  const random = createRandom(seed);
  const edges: MatchingEdge[] = [];
  for (let u = 0; u < n; u += 1) {
    for (let v = u + 1; v < n; v += 1) {
      if (random.next() < density) edges.push([u, v, weight(random)]);
    }
  }
  return edges;
}

/**
 * Checks the linear-programming dual that proves a matching optimal (Edmonds 1965):
 * - feasibility: y(u) + y(v) + Σ z(B) ≥ w(u, v) on every edge (B over blossoms holding both
 *   ends), z ≥ 0, and y ≥ 0 (after a shift by −min y with maxCardinality, whose linear
 *   program has a cardinality constraint with multiplier λ = −2·min y ≥ 0);
 * - complementary slackness: matched edges are tight, unmatched vertices have y = 0 (after
 *   the shift), and a blossom with z > 0 holds ⌊|B|/2⌋ matched edges;
 * - strong duality: the matching's weight equals the dual objective.
 * With these, no matching (of at least this size, with maxCardinality) weighs more.
 */
function checkCertificate(
  edges: readonly MatchingEdge[],
  n: number,
  certificate: MatchingCertificate,
  maxCardinality: boolean,
  tolerance: number,
): void {
  const { mate, vertexDual, blossoms } = certificate;
  const { total, cardinality } = checkMatching(edges, n, mate);
  const shift = maxCardinality ? Math.min(0, ...vertexDual) : 0;
  const lambda = -2 * shift;
  const y = vertexDual.map((value) => value - shift);
  const holding: number[][] = Array.from({ length: n }, () => []);
  blossoms.forEach((blossom, index) => {
    expect(blossom.vertices.length % 2, 'a blossom is odd').toBe(1);
    expect(blossom.dual).toBeGreaterThanOrEqual(0);
    for (const v of blossom.vertices) holding[v]?.push(index);
  });
  for (const value of y) expect(value).toBeGreaterThanOrEqual(-tolerance);
  for (let v = 0; v < n; v += 1) {
    if (mate[v] === -1) expect(Math.abs(y[v] ?? Number.NaN)).toBeLessThanOrEqual(tolerance);
  }
  for (const [key, w] of pairWeights(edges)) {
    const [u, v] = key.split('-').map(Number) as [number, number];
    const inV = new Set(holding[v]);
    let shared = 0;
    for (const b of holding[u] ?? []) if (inV.has(b)) shared += blossoms[b]?.dual ?? 0;
    const slack = (y[u] ?? 0) + (y[v] ?? 0) + shared - lambda - w;
    expect(slack, `slack of ${key}`).toBeGreaterThanOrEqual(-tolerance);
    if (mate[u] === v)
      expect(Math.abs(slack), `matched ${key} is tight`).toBeLessThanOrEqual(tolerance);
  }
  let objective = -lambda * cardinality;
  for (const value of y) objective += value;
  for (const blossom of blossoms) {
    objective += blossom.dual * Math.floor(blossom.vertices.length / 2);
    if (blossom.dual > tolerance) {
      const inside = new Set(blossom.vertices);
      const matchedInside = blossom.vertices.filter((v) => inside.has(mate[v] ?? -1)).length / 2;
      expect(matchedInside, 'a blossom with positive dual is full').toBe(
        Math.floor(blossom.vertices.length / 2),
      );
    }
  }
  expect(Math.abs(objective - total), 'weight equals the dual objective').toBeLessThanOrEqual(
    tolerance * n,
  );
}

describe('maxWeightMatching proves its answers optimal with a dual certificate', () => {
  const kinds: [string, (random: ReturnType<typeof createRandom>) => number][] = [
    ['integer weights 1…1,000,000', (random) => 1 + random.int(1_000_000)],
    ['small integer weights 0…5 (many ties)', (random) => random.int(6)],
    ['integer weights −500…500', (random) => random.int(1001) - 500],
    ['float weights in [0, 1)', (random) => random.next()],
    ['float weights in [−1, 2)', (random) => 3 * random.next() - 1],
  ];
  for (const [n, density] of [
    [300, 0.5],
    [400, 0.05],
  ] as const) {
    for (const [kind, weight] of kinds) {
      for (const maxCardinality of [false, true]) {
        it(`n = ${String(n)}, density ${String(density)}, ${kind}${maxCardinality ? ', maxCardinality' : ''}`, () => {
          const edges = randomGraph(`certificate/${String(n)}/${kind}`, n, density, weight);
          const certificate = matchingCertificate(edges, { maxCardinality, vertexCount: n });
          expect(certificate.mate).toEqual(
            maxWeightMatching(edges, { maxCardinality, vertexCount: n }),
          );
          const integral = edges.every(([, , w]) => Number.isInteger(w));
          if (integral) {
            // Doubled duals stay whole numbers, so the certificate is exact.
            for (const value of certificate.vertexDual)
              expect(Number.isInteger(2 * value)).toBe(true);
            for (const blossom of certificate.blossoms)
              expect(Number.isInteger(blossom.dual)).toBe(true);
          }
          checkCertificate(edges, n, certificate, maxCardinality, integral ? 0 : 1e-9);
        });
      }
    }
  }

  for (const maxCardinality of [false, true]) {
    it(`a sparse graph of 5,000 vertices and 20,000 edges${maxCardinality ? ', maxCardinality' : ''}`, () => {
      const n = 5000;
      const random = createRandom(`certificate/sparse/${String(maxCardinality)}`);
      const edges: MatchingEdge[] = Array.from({ length: 4 * n }, () => [
        random.int(n),
        random.int(n),
        random.int(100) - 10,
      ]);
      const certificate = matchingCertificate(edges, { maxCardinality, vertexCount: n });
      checkCertificate(edges, n, certificate, maxCardinality, 0);
    });
  }

  it('pairs everyone in a dense graph when maxCardinality asks, even at a cost', () => {
    const n = 301;
    const edges = randomGraph(
      'certificate/dense-negative',
      n,
      0.4,
      (random) => random.int(20) - 20,
    );
    const { cardinality } = checkMatching(
      edges,
      n,
      maxWeightMatching(edges, { maxCardinality: true }),
    );
    expect(cardinality).toBe(150);
    expect(checkMatching(edges, n, maxWeightMatching(edges)).cardinality).toBe(0);
  });
});
