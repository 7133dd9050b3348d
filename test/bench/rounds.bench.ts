/**
 * Benchmark: planRounds at scale (issue 5).
 *
 *   npx tsup && node_modules/.bin/tsx --tsconfig examples/tsconfig.json test/bench/rounds.bench.ts
 *
 * - 200 people from 8 unequal areas (partners must come from different areas), with topics
 *   and experience, over 10 rounds; about one in twenty absent each round and four people
 *   paused for three rounds: aim about 2 s.
 * - The same people over 30 rounds, where repeats start to press, to show what the repair
 *   sweeps cost.
 * - Round-robins without rules (n − 1 rounds), where planning round by round strands later
 *   rounds and the look-ahead (repairs, then a round-robin start) has to work.
 * All data come from a seeded generator. Times include validation, as an app pays them;
 * each figure is the median of several calls after one warm-up call. There is no standard
 * peer for this problem; the repeats column is the check (0 wherever it can be).
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  createRandom,
  planRounds,
  type PairingParticipantInput,
  type PlanRoundsInput,
  type PlanRoundsOptions,
  type PlanRoundsResult,
} from 'peerlearn';

function cohort(n: number, rounds: number, seed: string): PlanRoundsInput {
  const random = createRandom(seed);
  const topics = ['housing', 'youth', 'legacy', 'green spaces', 'funding', 'health'];
  const weights = [8, 6, 5, 4, 3, 2, 1, 1];
  const total = weights.reduce((a, b) => a + b, 0);
  const participants: PairingParticipantInput[] = Array.from({ length: n }, (_, i) => {
    let u = random.next() * total;
    let area = 0;
    while (area < weights.length - 1 && u >= (weights[area] ?? 0)) {
      u -= weights[area] ?? 0;
      area += 1;
    }
    return {
      id: `p${String(i).padStart(4, '0')}`,
      displayName: `P${String(i)}`,
      area: `area${String(area)}`,
      experience: random.next() < 0.4 ? 'new' : 'experienced',
      topics: topics.filter(() => random.next() < 0.3),
    };
  });
  const absences = participants
    .map((p) => ({
      id: p.id,
      rounds: Array.from({ length: rounds }, (_, t) => t + 1).filter(() => random.next() < 0.05),
    }))
    .filter((a) => a.rounds.length > 0);
  const pauses = participants.slice(0, 4).map((p, k) => ({ id: p.id, from: 2 + k, to: 4 + k }));
  return { participants, absences, pauses };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function run(
  label: string,
  input: PlanRoundsInput,
  options: PlanRoundsOptions,
  runs: number,
): void {
  let result: PlanRoundsResult = planRounds(input, options); // warm-up
  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    result = planRounds(input, options);
    times.push(performance.now() - start);
  }
  const row = {
    label,
    medianSeconds: Number((median(times) / 1000).toFixed(3)),
    runs,
    repeats: result.totals.repeats,
    distinctPairs: result.totals.distinctPairs,
    unmatched: result.totals.unmatched,
    away: result.totals.away,
    start: result.optimality.start,
    repairSweeps: result.optimality.repairSweeps,
    roundsSolved: result.optimality.roundsSolved,
    proven: result.optimality.proven,
  };
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

process.stdout.write(
  `${new Date().toISOString()} · ${cpus()[0]?.model ?? 'cpu'} × ${String(cpus().length)} · load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}\n`,
);
run('200 people × 10 rounds, areas, absences', cohort(200, 10, 'rounds-200'), { rounds: 10 }, 5);
run('200 people × 30 rounds, areas, absences', cohort(200, 30, 'rounds-200x30'), { rounds: 30 }, 3);
for (const n of [12, 20, 40]) {
  const participants = Array.from({ length: n }, (_, i) => ({
    id: `q${String(i).padStart(3, '0')}`,
    displayName: `Q${String(i)}`,
  }));
  run(
    `round-robin ${String(n)} people × ${String(n - 1)} rounds, no rules`,
    { participants, rules: { mustDiffer: [] } },
    { rounds: n - 1 },
    3,
  );
}
