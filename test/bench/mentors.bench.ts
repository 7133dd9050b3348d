/**
 * Benchmark: assignMentors, 1,000 mentees × 200 mentors, in both modes (issue 5; aim:
 * about 1 s).
 *
 *   npx tsup && node_modules/.bin/tsx --tsconfig examples/tsconfig.json test/bench/mentors.bench.ts [--runs N]
 *
 * Workloads, from a seeded generator (peerlearn's `createRandom`), each run in `stable` and
 * `optimal` mode:
 * - all pairs: no hard rule (`mustDiffer: []`), so all 200,000 pairs are acceptable;
 *   capacities 1–8 (about 900 places for 1,000 mentees, so some wait);
 * - organisations: the default rule (mentor and mentee from different organisations; 40
 *   organisations), same capacities;
 * - rankings: every mentee ranks 5 mentors and every mentor 20 mentees, the rest
 *   acceptable after them (`rankedOnly: false`), the organisation rule on, capacities
 *   2–10 (room for everyone).
 * Mentees and mentors have topics (10) and experience, so scores vary and tie often.
 *
 * What is timed is one call as an app pays it, validation included. The median is over N
 * runs (default 7) after one warm-up call, which is shown apart as the first call. Each
 * answer is checked here (capacities kept, every mentee placed once or waitlisted).
 * Prints the date, CPU and load average, then one JSON line per workload and mode.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { argv, version } from 'node:process';
import {
  assignMentors,
  createRandom,
  type AssignMentorsInput,
  type AssignMentorsResult,
  type MenteeInput,
  type MentorInput,
} from 'peerlearn';

const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 7;

const TOPICS = Array.from({ length: 10 }, (_, t) => `topic ${String(t)}`);

function people(
  seed: string,
  capacity: [number, number],
  ranked: boolean,
): Pick<AssignMentorsInput, 'mentors' | 'mentees'> {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random.next() * list.length)] as T;
  const menteeIds = Array.from({ length: 1000 }, (_, i) => `e${String(i).padStart(4, '0')}`);
  const mentorIds = Array.from({ length: 200 }, (_, m) => `m${String(m).padStart(3, '0')}`);
  const some = (ids: readonly string[], count: number): string[] => {
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(pick(ids));
    return [...chosen];
  };
  const mentors = mentorIds.map((id, m): MentorInput => ({
    id,
    displayName: `Mentor ${String(m)}`,
    organisation: `org ${String(Math.floor(random.next() * 40))}`,
    capacity: capacity[0] + Math.floor(random.next() * (capacity[1] - capacity[0] + 1)),
    experience: 5 + Math.floor(random.next() * 20),
    topics: TOPICS.filter(() => random.next() < 0.3),
    ...(ranked ? { preferences: some(menteeIds, 20) } : {}),
  }));
  const mentees = menteeIds.map((id, i): MenteeInput => ({
    id,
    displayName: `Mentee ${String(i)}`,
    organisation: `org ${String(Math.floor(random.next() * 40))}`,
    experience: Math.floor(random.next() * 6),
    topics: TOPICS.filter(() => random.next() < 0.3),
    ...(ranked ? { preferences: some(mentorIds, 5) } : {}),
  }));
  return { mentors, mentees };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function check(input: AssignMentorsInput, result: AssignMentorsResult): void {
  const capacity = new Map(input.mentors.map((m) => [m.id, m.capacity]));
  for (const mentor of result.mentors)
    if (mentor.load > (capacity.get(mentor.id) ?? 0)) throw new Error(`${mentor.id} over capacity`);
  const seen = new Set([
    ...result.assignments.map((a) => a.mentee),
    ...result.waitlist.map((w) => w.id),
  ]);
  if (
    seen.size !== input.mentees.length ||
    result.assignments.length + result.waitlist.length !== seen.size
  )
    throw new Error('a mentee is missing or counted twice');
}

const workloads: { name: string; input: Omit<AssignMentorsInput, 'mode'> }[] = [
  {
    name: 'all pairs',
    input: { ...people('bench-mentors-all', [1, 8], false), rules: { mustDiffer: [] } },
  },
  { name: 'organisations', input: people('bench-mentors-org', [1, 8], false) },
  {
    name: 'rankings',
    input: { ...people('bench-mentors-ranked', [2, 10], true), rules: { rankedOnly: false } },
  },
];

process.stdout.write(
  `assignMentors, 1,000 mentees × 200 mentors; ${new Date().toISOString()}; ${cpus()[0]?.model ?? 'unknown CPU'} × ${String(cpus().length)}; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; Node ${version}; median of ${String(runs)} runs\n`,
);
for (const { name, input } of workloads) {
  for (const mode of ['stable', 'optimal'] as const) {
    const call = (): AssignMentorsResult => assignMentors({ ...input, mode });
    let start = performance.now();
    const result = call();
    const first = (performance.now() - start) / 1000;
    check({ ...input, mode }, result);
    const seconds: number[] = [];
    for (let r = 0; r < runs; r += 1) {
      start = performance.now();
      call();
      seconds.push((performance.now() - start) / 1000);
    }
    const { totals } = result;
    process.stdout.write(
      `${JSON.stringify({
        workload: name,
        mode,
        medianSeconds: Number(median(seconds).toFixed(3)),
        minSeconds: Number(Math.min(...seconds).toFixed(3)),
        firstCallSeconds: Number(first.toFixed(3)),
        pairsAllowed: totals.pairsAllowed,
        capacity: totals.capacity,
        placed: totals.placed,
        waitlisted: totals.waitlisted,
        mentorsInUse: totals.mentorsInUse,
        score: Number(totals.score.toFixed(3)),
        blockingPairs: totals.blockingPairs,
        idleWhileFull: result.balance.idleWhileFull,
      })}\n`,
    );
  }
}
