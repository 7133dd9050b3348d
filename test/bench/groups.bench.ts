/**
 * Benchmark: formGroups at scale (issue 5).
 *
 *   npx tsup && node_modules/.bin/tsx --tsconfig examples/tsconfig.json test/bench/groups.bench.ts
 *
 * - 500 people into sixes (83 groups: 81 of six, 2 of seven), one session: aim about 2 s.
 * - The same 500 over 5 sessions, keeping repeat meetings down.
 * People come from 12 unequal areas, with experience in years (0–20), topics, one in five
 * trained to facilitate (one facilitator a group), 25 never-together and 10 must-together
 * pairs, all from a seeded generator. Times include validation, as an app pays them;
 * each figure is the median of several calls after one warm-up call.
 *
 * There is no standard peer for this problem, so for scale each row also shows a lower
 * bound on the score (same-area and facilitator pairs no split can avoid), and the score of
 * a seeded random deal (shuffle, then deal round robin, as a spreadsheet would; it ignores
 * the hard rules) and of formGroups with `effort: 0` (greedy start and descent only).
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  createRandom,
  formGroups,
  shuffle,
  type FormGroupsOptions,
  type FormGroupsResult,
  type GroupingRulesInput,
  type PairingParticipantInput,
} from 'peerlearn';

function cohort(
  n: number,
  seed: string,
): {
  participants: PairingParticipantInput[];
  rules: GroupingRulesInput;
} {
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
  const participants = Array.from({ length: n }, (_, i): PairingParticipantInput => {
    // Unequal areas: area k has weight 1/(k + 1).
    let area = 0;
    const u = random.next() * 3.1;
    for (let acc = 0; area < 11 && acc + 1 / (area + 1) < u; area += 1) acc += 1 / (area + 1);
    return {
      id: `p${String(i).padStart(4, '0')}`,
      displayName: `P${String(i)}`,
      area: `area${String(area)}`,
      experience: random.int(21),
      roles: random.next() < 0.2 ? ['facilitator'] : [],
      topics: topics.filter(() => random.next() < 0.3),
    };
  });
  const ids = participants.map((p) => p.id);
  const pairs = (count: number, taken: Set<string>): string[][] => {
    const made: string[][] = [];
    while (made.length < count) {
      const a = ids[random.int(n)] ?? '';
      const b = ids[random.int(n)] ?? '';
      if (a === b || taken.has(a) || taken.has(b)) continue;
      taken.add(a);
      taken.add(b);
      made.push([a, b]);
    }
    return made;
  };
  const taken = new Set<string>();
  return {
    participants,
    rules: { facilitators: {}, neverTogether: pairs(25, taken), mustTogether: pairs(10, taken) },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(
  runs: number,
  work: () => FormGroupsResult,
): { seconds: number; result: FormGroupsResult } {
  let result = work(); // warm-up
  const times: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const start = performance.now();
    result = work();
    times.push((performance.now() - start) / 1000);
  }
  return { seconds: median(times), result };
}

/**
 * The documented score (default weights, topics ignored) of dealing a seeded shuffle round
 * robin into the same number of groups each session; rules are ignored.
 */
function randomDealScore(
  participants: readonly PairingParticipantInput[],
  groups: number,
  sessions: number,
): number {
  const level = (p: PairingParticipantInput): number =>
    typeof p.experience === 'number' ? p.experience / 20 : 0;
  const mean = participants.reduce((sum, p) => sum + level(p), 0) / participants.length;
  const met = new Map<string, number>();
  let score = 0;
  for (let s = 1; s <= sessions; s += 1) {
    const order = shuffle(participants, `deal-${String(s)}`);
    const tables: PairingParticipantInput[][] = Array.from({ length: groups }, () => []);
    order.forEach((p, i) => tables[i % groups]?.push(p));
    for (const table of tables) {
      const deviation = table.reduce((sum, p) => sum + level(p) - mean, 0);
      score += deviation * deviation; // experience
      const hosts = table.filter((p) => p.roles?.includes('facilitator') === true).length;
      score += (hosts * (hosts - 1)) / 2; // facilitators sharing a group
      for (const a of table)
        for (const b of table) {
          if (a.id >= b.id) continue;
          if (a.area === b.area) score += 1; // areas
          const key = `${a.id}|${b.id}`;
          if ((met.get(key) ?? 0) > 0) score += 3; // a repeat meeting
        }
    }
    for (const table of tables)
      for (const a of table)
        for (const b of table)
          if (a.id < b.id) met.set(`${a.id}|${b.id}`, (met.get(`${a.id}|${b.id}`) ?? 0) + 1);
  }
  return score;
}

/**
 * A lower bound on the score: the same-area pairs and facilitator pairs that no split into
 * `groups` groups can avoid (each area, and the facilitators, spread as evenly as possible),
 * each session; experience and repeats are at least 0.
 */
function lowerBound(
  participants: readonly PairingParticipantInput[],
  groups: number,
  sessions: number,
): number {
  const forced = (count: number): number => {
    const q = Math.floor(count / groups);
    const r = count - q * groups;
    return (r * (q + 1) * q) / 2 + ((groups - r) * q * (q - 1)) / 2;
  };
  const areas = new Map<string, number>();
  for (const p of participants) areas.set(p.area ?? '', (areas.get(p.area ?? '') ?? 0) + 1);
  let bound = 0;
  for (const count of areas.values()) bound += forced(count);
  bound += forced(participants.filter((p) => p.roles?.includes('facilitator') === true).length);
  return bound * sessions;
}

const { participants, rules } = cohort(500, 'bench-groups-500');
const sixes: FormGroupsOptions = { minSize: 6, maxSize: 7, groups: 83 };
const rows = [
  { label: '500 into sixes, 1 session', sessions: 1, runs: 5, topics: 'ignore' as const },
  { label: '500 into sixes, 5 sessions', sessions: 5, runs: 3, topics: 'ignore' as const },
  // Harder: topics mixed too (no pair of a group should share topics), which the bound ignores.
  {
    label: '500 into sixes, 1 session, topics mixed',
    sessions: 1,
    runs: 3,
    topics: 'mix' as const,
  },
];

process.stdout.write(
  `formGroups benchmark, ${new Date().toISOString()}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${String(cpus().length)}, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}\n`,
);
for (const row of rows) {
  const options = { ...sixes, sessions: row.sessions };
  const rowRules = { ...rules, topics: row.topics };
  const full = time(row.runs, () =>
    formGroups({ participants, rules: rowRules, seed: 1 }, options),
  );
  const greedy = time(1, () =>
    formGroups({ participants, rules: rowRules, seed: 1 }, { ...options, effort: 0 }),
  );
  const { totals, search } = full.result;
  process.stdout.write(
    `${JSON.stringify({
      label: row.label,
      medianSeconds: Number(full.seconds.toFixed(2)),
      runs: row.runs,
      score: Number(totals.score.toFixed(3)),
      parts: totals.parts,
      repeatPairs: totals.repeatPairs,
      steps: search.steps,
      tabuEvaluations: search.tabuEvaluations,
      localOptimum: search.localOptimum,
      effort0: {
        seconds: Number(greedy.seconds.toFixed(2)),
        score: Number(greedy.result.totals.score.toFixed(3)),
      },
      lowerBound: lowerBound(participants, 83, row.sessions),
      randomDealScore:
        row.topics === 'ignore'
          ? Number(randomDealScore(participants, 83, row.sessions).toFixed(3))
          : null,
    })}\n`,
  );
}
