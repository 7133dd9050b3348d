/**
 * Benchmark: pairParticipants at scale (issue 4).
 *
 *   npm run build && node_modules/.bin/tsx --tsconfig examples/tsconfig.json test/bench/pairing.bench.ts
 *
 * - 2,000 participants solved exactly and with the sparse candidate graph: the sparse
 *   result should pair as many people and reach at least 99.9% of the exact score.
 * - 10,000 participants (above the default exact limit, so sparse): under 10 s.
 * Each figure is the median of three timed runs after one warm-up run.
 * Participants come from 40 unequal areas with topics, experience and availability,
 * from a seeded generator. Times include validation, as an app pays them.
 */
import { performance } from 'node:perf_hooks';
import { createRandom, pairParticipants, type PairingParticipantInput } from 'peerlearn';

function cohort(n: number, seed: string): PairingParticipantInput[] {
  const random = createRandom(seed);
  const topics = [
    'housing',
    'youth',
    'legacy',
    'green spaces',
    'funding',
    'health',
    'arts',
    'food',
  ];
  const slots = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  return Array.from({ length: n }, (_, i) => {
    // Unequal areas: area k has weight 1/(k + 1).
    let area = 0;
    const u = random.next() * 4.28;
    for (let acc = 0; area < 39 && acc + 1 / (area + 1) < u; area += 1) acc += 1 / (area + 1);
    return {
      id: `p${String(i).padStart(5, '0')}`,
      displayName: `P${String(i)}`,
      area: `area${String(area)}`,
      experience: random.next() < 0.35 ? 'new' : 'experienced',
      topics: topics.filter(() => random.next() < 0.3),
      availability: slots.filter(() => random.next() < 0.5),
    };
  });
}

/** Runs `work` `runs` times and keeps the median time (the results are all the same). */
function time<T>(work: () => T, runs = 3): { ms: number; result: T } {
  const times: number[] = [];
  let result = work();
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)] ?? Number.NaN, result };
}

const rules = { sharedAvailability: true };
const two = cohort(2000, 'bench-2000');
const exact = time(() => pairParticipants({ participants: two, rules }));
const sparse = time(() =>
  pairParticipants({ participants: two, rules: { ...rules, exactLimit: 1000 } }),
);
const ten = cohort(10_000, 'bench-10000');
const large = time(() => pairParticipants({ participants: ten, rules }));

const row = (label: string, run: { ms: number; result: ReturnType<typeof pairParticipants> }) => ({
  label,
  k: run.result.optimality.candidatesPerPerson ?? null,
  seconds: Number((run.ms / 1000).toFixed(2)),
  method: run.result.optimality.method,
  pairs: run.result.optimality.objective.pairs,
  score: Number(run.result.optimality.objective.score.toFixed(3)),
  unmatched: run.result.totals.unmatched,
  boundGap: Number(run.result.optimality.bound.gap.toFixed(4)),
});
const rows = [row('2,000 exact', exact), row('2,000 sparse', sparse), row('10,000 sparse', large)];
for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
const share = sparse.result.optimality.objective.score / exact.result.optimality.objective.score;
process.stdout.write(
  `sparse/exact at 2,000: ${(100 * share).toFixed(3)}% of the exact score, pairs ${String(sparse.result.optimality.objective.pairs)} vs ${String(exact.result.optimality.objective.pairs)}\n`,
);
