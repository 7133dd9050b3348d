/**
 * Graph generator for test/bench/matching.sh: the inputs that peerlearn, LEMON and
 * networkx all read, so every tool solves identical graphs.
 *
 *   tsx --tsconfig examples/tsconfig.json test/bench/matching/generate.ts FOLDER [SIZES] \
 *     [--peerlearn SPECIFIER]
 *
 * SIZES is a comma-separated list (default 100,250,500,1000,2000). For each size n it
 * writes two graphs:
 * - `complete-n.txt`: every pair of the n vertices, weights uniform in 1…1,000,000;
 * - `forbidden30-n.txt`: the same kind of graph with exactly 30% of the pairs removed,
 *   chosen uniformly at random (pairs a programme forbids, such as people from one team).
 *
 * File format (read by graphfile.ts, lemon_matching.cpp and networkx_matching.py): the
 * first line is `n m`, then m lines `u v w` with 0 ≤ u < v < n and an integer weight.
 *
 * Weights are integers, uniform in 1…1,000,000, for three reasons:
 * - the three tools' totals can be compared exactly: with floats each tool adds the
 *   matched weights in its own order, and two different optimal matchings could round
 *   differently, so "agree" would need a tolerance;
 * - every algorithm stays in exact arithmetic (networkx and mwmatching-style code keep
 *   integer duals when all weights are integers; LEMON scales integer duals by 4), so a
 *   disagreement is a real difference in the matching, not a rounding artefact;
 * - 10^6 distinct values make ties rare (the optimum is almost always unique) while every
 *   total stays far inside exact ranges: at 2,000 vertices the best matching weighs at most
 *   1,000 × 10^6 = 10^9, below 2^31 for C++ `int` and far below 2^53 for JavaScript numbers.
 *
 * Graphs are seeded with peerlearn's own `createRandom` (from dist/, or from the build
 * named by `--peerlearn`), seed `matching-bench/<family>/<n>`, so every run and every
 * machine gets the same files.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { loadCreateRandom, option } from './graphfile.js';

export const FAMILIES = ['complete', 'forbidden30'] as const;
export type Family = (typeof FAMILIES)[number];
const DEFAULT_SIZES = [100, 250, 500, 1000, 2000];
const MAX_WEIGHT = 1_000_000;
const FORBIDDEN_SHARE = 0.3;

/** Writes one graph and returns its path. */
const createRandom = await loadCreateRandom(option(process.argv, 'peerlearn', 'peerlearn'));

async function writeGraph(folder: string, family: Family, n: number): Promise<string> {
  const random = createRandom(`matching-bench/${family}/${String(n)}`);
  const pairs = (n * (n - 1)) / 2;
  // Which pairs are forbidden: a partial Fisher–Yates shuffle of the pair indices picks
  // exactly round(30%) of them, each subset equally likely.
  const forbidden = new Uint8Array(pairs);
  if (family === 'forbidden30') {
    const removed = Math.round(FORBIDDEN_SHARE * pairs);
    const order = new Uint32Array(pairs);
    for (let i = 0; i < pairs; i += 1) order[i] = i;
    for (let i = 0; i < removed; i += 1) {
      const j = i + random.int(pairs - i);
      const picked = order[j] ?? 0;
      order[j] = order[i] ?? 0;
      order[i] = picked;
      forbidden[picked] = 1;
    }
  }
  const m = pairs - forbidden.reduce((sum, bit) => sum + bit, 0);
  const path = join(folder, `${family}-${String(n)}.txt`);
  const out = createWriteStream(path);
  out.write(`${String(n)} ${String(m)}\n`);
  let chunk: string[] = [];
  let index = 0;
  for (let u = 0; u < n; u += 1) {
    for (let v = u + 1; v < n; v += 1) {
      if (forbidden[index] === 0) {
        const weight = 1 + random.int(MAX_WEIGHT);
        chunk.push(`${String(u)} ${String(v)} ${String(weight)}\n`);
      }
      index += 1;
      if (chunk.length >= 65_536) {
        if (!out.write(chunk.join(''))) await once(out, 'drain');
        chunk = [];
      }
    }
  }
  out.end(chunk.join(''));
  await once(out, 'finish');
  return path;
}

async function main(): Promise<void> {
  const [folder, sizesArgument] = process.argv.slice(2).filter((arg, i, all) => {
    return !arg.startsWith('--') && all[i - 1] !== '--peerlearn';
  });
  if (folder === undefined) {
    throw new Error('usage: generate.ts FOLDER [SIZES like 100,250,500] [--peerlearn SPECIFIER]');
  }
  const sizes = sizesArgument?.split(',').map(Number) ?? DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
    throw new Error(`sizes must be integers ≥ 2, got ${sizesArgument ?? ''}`);
  }
  mkdirSync(folder, { recursive: true });
  for (const family of FAMILIES) {
    for (const n of sizes) console.log(await writeGraph(folder, family, n));
  }
}

await main();
