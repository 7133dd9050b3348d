/**
 * Benchmark: Irving's stable roommates algorithm (src/pairing/stable, issue 5 capability 4)
 * on complete random preference lists, and blockingPairs on the result.
 *
 *   node_modules/.bin/tsx test/bench/stable-roommates.bench.ts
 *
 * The function is internal (pairParticipants builds on it), so this imports the source
 * rather than the built package. Each pool is n people who each rank all n − 1 others in a
 * seeded random order; times include reading and checking the lists (O(n²) here, like the
 * algorithm), and each figure is the median over several pools after one warm-up call.
 * Many such pools have no stable matching (a share that grows slowly with n), so both
 * outcomes are timed; blockingPairs is timed on the stable ones.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRandom, shuffle } from '../../src/index.js';
import { blockingPairs } from '../../src/pairing/stable/blockingPairs.js';
import { stableRoommates } from '../../src/pairing/stable/stableRoommates.js';

function pool(n: number, seed: string): number[][] {
  const random = createRandom(seed);
  return Array.from({ length: n }, (_, i) =>
    shuffle(
      Array.from({ length: n - 1 }, (_, k) => (k < i ? k : k + 1)),
      random,
    ),
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const runs = 7;
process.stdout.write(
  `stableRoommates on complete random lists; ${cpus()[0]?.model ?? 'unknown CPU'}; Node ${process.version}; median of ${String(runs)} pools\n`,
);
stableRoommates(pool(200, 'warm-up'));
for (const n of [100, 500, 1000, 2000]) {
  const solve: number[] = [];
  const check: number[] = [];
  let stable = 0;
  for (let run = 0; run < runs; run += 1) {
    const lists = pool(n, `pool-${String(n)}-${String(run)}`);
    const start = performance.now();
    const result = stableRoommates(lists);
    solve.push(performance.now() - start);
    if (result.stable) {
      stable += 1;
      const before = performance.now();
      if (blockingPairs(lists, result.mate).length > 0) throw new Error('a blocking pair');
      check.push(performance.now() - before);
    }
  }
  process.stdout.write(
    `n = ${String(n).padStart(4)}: stableRoommates ${median(solve).toFixed(1).padStart(7)} ms` +
      ` (stable in ${String(stable)}/${String(runs)}), blockingPairs ${check.length > 0 ? `${median(check).toFixed(1)} ms` : 'n/a'}\n`,
  );
}
