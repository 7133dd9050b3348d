/**
 * Checking and reading the arguments of `maxWeightMatching`: a fast hand-written pass over
 * the edges into typed arrays, with zod used only to word the problems when there are any.
 */
import { z } from 'zod';
import { describeValue } from '../../core/describeZodIssue.js';
import { InvalidInputError } from '../../core/InvalidInputError.js';
import { parseWith } from '../../core/validation.js';

/** The most vertices `maxWeightMatching` accepts (vertex numbers run 0 … 99,999). */
export const MAX_MATCHING_VERTICES = 100_000;
/** The most edges `maxWeightMatching` accepts. */
export const MAX_MATCHING_EDGES = 5_000_000;
/** The largest size of weight accepted, so that doubled duals and their sums stay finite. */
export const MAX_MATCHING_WEIGHT = 1e300;

const FN = 'maxWeightMatching';

const Vertex = /* @__PURE__ */ (() =>
  z
    .int({ error: (issue) => `must be a whole vertex number, got ${describeValue(issue.input)}` })
    .min(0, 'must be a vertex number of at least 0')
    .max(
      MAX_MATCHING_VERTICES - 1,
      'must be below 100,000 (the most vertices maxWeightMatching accepts)',
    ))();

const Weight = /* @__PURE__ */ (() =>
  z
    .number({ error: (issue) => `must be a finite number, got ${describeValue(issue.input)}` })
    .refine(
      (weight) => Math.abs(weight) <= MAX_MATCHING_WEIGHT,
      'must be at most 1e300 in size; rescale the weights',
    ))();

const Edges = /* @__PURE__ */ (() =>
  z.object({ edges: z.array(z.tuple([Vertex, Vertex, Weight])) }))();

/** The checked edges, in typed arrays. */
export interface MatchingInput {
  /** n: the largest vertex plus one, or `options.vertexCount`. */
  readonly vertexCount: number;
  /** The ends of each edge, smaller first: edge i joins `ends[2i]` and `ends[2i + 1]`. */
  readonly ends: Int32Array;
  /** Each edge's weight. */
  readonly weights: Float64Array;
}

/**
 * Checks the edges of `maxWeightMatching` and reads them into typed arrays.
 *
 * One pass over the edges checks each value with plain comparisons; only if one fails
 * does zod parse the edges again, to describe every problem with its path
 * (`edges[3][2]`).
 *
 * @param edges - the untrusted edge list.
 * @param vertexCount - `options.vertexCount`, already checked on its own.
 * @returns the checked input.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem.
 */
export function readMatchingEdges(edges: unknown, vertexCount: number | undefined): MatchingInput {
  if (!Array.isArray(edges)) return refuse(edges);
  const list = edges as readonly unknown[];
  if (list.length > MAX_MATCHING_EDGES) {
    throw new InvalidInputError(FN, [
      {
        path: ['edges'],
        pathText: 'edges',
        code: 'too_big',
        message: `has ${withCommas(list.length)} edges; at most ${withCommas(MAX_MATCHING_EDGES)} are accepted, so split the pool or keep only the likely pairs (a sparse candidate graph)`,
      },
    ]);
  }
  const count = list.length;
  const ends = new Int32Array(2 * count);
  const weights = new Float64Array(count);
  let largest = -1;
  for (let i = 0; i < count; i += 1) {
    const edge = list[i];
    if (!Array.isArray(edge) || edge.length !== 3) return refuse(edges);
    const u: unknown = edge[0];
    const v: unknown = edge[1];
    const w: unknown = edge[2];
    if (
      typeof u !== 'number' ||
      typeof v !== 'number' ||
      typeof w !== 'number' ||
      !Number.isInteger(u) ||
      !Number.isInteger(v) ||
      u < 0 ||
      v < 0 ||
      u >= MAX_MATCHING_VERTICES ||
      v >= MAX_MATCHING_VERTICES ||
      !(Math.abs(w) <= MAX_MATCHING_WEIGHT)
    ) {
      return refuse(edges);
    }
    const low = u < v ? u : v;
    const high = u < v ? v : u;
    ends[2 * i] = low;
    ends[2 * i + 1] = high;
    weights[i] = w;
    if (high > largest) largest = high;
  }
  if (vertexCount !== undefined && vertexCount <= largest) {
    throw new InvalidInputError(FN, [
      {
        path: ['options', 'vertexCount'],
        pathText: 'options.vertexCount',
        code: 'too_small',
        message: `must be at least ${String(largest + 1)}, since the edges name vertex ${String(largest)}`,
      },
    ]);
  }
  return { vertexCount: vertexCount ?? largest + 1, ends, weights };
}

/** Parses the edges with zod, which throws with every problem described. */
function refuse(edges: unknown): never {
  parseWith(Edges, { edges }, { fn: FN });
  // The fast pass and the schema agree on what is valid, so zod has thrown by now.
  throw new InvalidInputError(FN, []);
}

/** Writes a whole number with thousands separators (5000000 → 5,000,000). */
function withCommas(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}
