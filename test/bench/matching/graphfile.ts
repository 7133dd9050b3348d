/**
 * Shared by the TypeScript sides of the matching benchmarks: reading the graph files that
 * generate.ts and crosscheck.ts write, loading `maxWeightMatching`, and checking its answer.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { SeededRandom } from 'peerlearn';

/** An edge as `maxWeightMatching` takes it: `[u, v, weight]`. */
export type Edge = [u: number, v: number, weight: number];

/** A graph file: `n m` on the first line, then m lines `u v w`. */
export interface GraphFile {
  n: number;
  edges: Edge[];
}

/** The contract in DESIGN.md; declared here so the harness builds before the code exists. */
export type MaxWeightMatching = (
  edges: readonly (readonly [number, number, number])[],
  options?: { maxCardinality?: boolean; vertexCount?: number },
) => readonly number[];

/** Parses a graph file (integer or float weights; floats as JavaScript prints them). */
export function parseGraph(text: string, name = 'graph'): GraphFile {
  const tokens = text.trim().split(/\s+/);
  const n = Number(tokens[0]);
  const m = Number(tokens[1]);
  if (!Number.isInteger(n) || !Number.isInteger(m) || tokens.length !== 2 + 3 * m) {
    throw new Error(`${name}: expected "n m" and m lines "u v w"`);
  }
  const edges: Edge[] = new Array<Edge>(m);
  for (let i = 0; i < m; i += 1) {
    edges[i] = [Number(tokens[2 + 3 * i]), Number(tokens[3 + 3 * i]), Number(tokens[4 + 3 * i])];
  }
  return { n, edges };
}

export function readGraph(path: string): GraphFile {
  return parseGraph(readFileSync(path, 'utf8'), path);
}

/**
 * Loads `maxWeightMatching` from `specifier`. By default that is `peerlearn`, which
 * resolves to the repository's dist/ through package.json's exports, as in an app; the
 * runners pass the path of their own build instead (see matching.sh), and `--module` can
 * name any other module that exports the same function.
 */
export async function loadMatching(specifier = 'peerlearn'): Promise<MaxWeightMatching> {
  const loaded = (await import(specifier)) as { maxWeightMatching?: unknown };
  if (typeof loaded.maxWeightMatching !== 'function') {
    throw new Error(`${specifier} does not export maxWeightMatching (is it built?)`);
  }
  return loaded.maxWeightMatching as MaxWeightMatching;
}

/** Loads peerlearn's `createRandom` from `specifier` (as {@link loadMatching}). */
export async function loadCreateRandom(
  specifier = 'peerlearn',
): Promise<(seed: string | number) => SeededRandom> {
  const loaded = (await import(specifier)) as { createRandom?: unknown };
  if (typeof loaded.createRandom !== 'function') {
    throw new Error(`${specifier} does not export createRandom (is it built?)`);
  }
  return loaded.createRandom as (seed: string | number) => SeededRandom;
}

/**
 * Checks that `mate` is a matching of `graph` (length n, mutual, every matched pair an
 * edge) and returns its total weight and number of pairs. Throws on any inconsistency,
 * so that a broken answer is never reported as a weight.
 */
export function checkMatching(
  graph: GraphFile,
  mate: readonly number[],
): { weight: number; cardinality: number } {
  const { n, edges } = graph;
  if (mate.length !== n)
    throw new Error(`mate has length ${String(mate.length)}, not ${String(n)}`);
  const weightOf = new Map<number, number>();
  for (const [u, v, w] of edges) {
    weightOf.set(Math.min(u, v) * n + Math.max(u, v), w);
  }
  let weight = 0;
  let cardinality = 0;
  for (let u = 0; u < n; u += 1) {
    const v = mate[u] ?? Number.NaN;
    if (v === -1) continue;
    if (!Number.isInteger(v) || v < 0 || v >= n || v === u || mate[v] !== u) {
      throw new Error(`mate[${String(u)}] = ${String(v)} is not a mutual partner`);
    }
    const w = weightOf.get(Math.min(u, v) * n + Math.max(u, v));
    if (w === undefined) throw new Error(`${String(u)}–${String(v)} is matched but not an edge`);
    if (u < v) {
      weight += w;
      cardinality += 1;
    }
  }
  return { weight, cardinality };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Times `work`: a first (cold) call, then warm-up calls until V8 has had time to optimise
 * (at least one, and more while they take under a second in all, up to 10), then `runs`
 * timed calls. Returns the cold call's seconds and each timed call's.
 */
export function timeRuns(runs: number, work: () => unknown): { first: number; runs: number[] } {
  const once = (): number => {
    const start = performance.now();
    work();
    return (performance.now() - start) / 1000;
  };
  const first = once();
  let warming = 0;
  for (let i = 0; i < 10 && (i === 0 || warming < 1); i += 1) warming += once();
  return { first, runs: Array.from({ length: runs }, once) };
}

/** Reads `--name value` from argv (or `fallback`). */
export function option(argv: readonly string[], name: string, fallback: string): string {
  const at = argv.indexOf(`--${name}`);
  const value = at >= 0 ? argv[at + 1] : undefined;
  return value ?? fallback;
}
