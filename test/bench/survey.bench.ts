/**
 * Benchmark: survey scoring and reliability, side by side with R's psych.
 *
 *   bash test/bench/survey.sh          # builds, runs this and survey.bench.R, prints ratios
 *
 * Workloads (from issue 3):
 * - scoring: 100,000 responses × 40 Likert items (1–5) in 4 domains of 10 items, two
 *   reversed per domain, about 5% of answers missing; validation included
 *   (psych::scoreItems on the same matrix is the peer);
 * - reliability: cronbachAlpha on 2,800 × 25 (psych::alpha is the peer).
 *
 * The data come from a seeded generator and are written as CSV for R, so both sides score
 * the same numbers. Times are medians of several runs after a warm-up, in one process.
 * Usage: tsx --tsconfig examples/tsconfig.json test/bench/survey.bench.ts <folder for CSVs>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRandom, cronbachAlpha, defineInstrument, scoreResponses } from 'peerlearn';

const folder = process.argv[2] ?? '/tmp/peerlearn-bench';
mkdirSync(folder, { recursive: true });
const random = createRandom('bench-survey');

function normal(): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function time(runs: number, work: () => unknown): { median: number; runs: number[] } {
  work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return { median: median(times), runs: times };
}

/** n rows × k items of 1–5 answers driven by `factors` latent traits; `missing` share blank. */
function generate(
  n: number,
  k: number,
  factors: number,
  missing: number,
  reversed: Set<number>,
): (number | null)[][] {
  return Array.from({ length: n }, () => {
    const traits = Array.from({ length: factors }, () => 3 + normal());
    return Array.from({ length: k }, (_, j) => {
      if (random.next() < missing) return null;
      const value = Math.min(
        5,
        Math.max(1, Math.round((traits[Math.floor((j * factors) / k)] ?? 3) + 0.9 * normal())),
      );
      return reversed.has(j) ? 6 - value : value;
    });
  });
}

function writeCsv(name: string, header: string[], rows: (number | null)[][]): void {
  const lines = [
    header.join(','),
    ...rows.map((row) => row.map((v) => (v === null ? '' : String(v))).join(',')),
  ];
  writeFileSync(join(folder, name), `${lines.join('\n')}\n`);
}

// -- Scoring: 100,000 × 40 -------------------------------------------------------------
const ITEMS = Array.from({ length: 40 }, (_, j) => `q${String(j + 1).padStart(2, '0')}`);
const REVERSED = new Set([2, 7, 12, 17, 22, 27, 32, 37]);
const instrument = defineInstrument({
  id: 'bench',
  title: 'Benchmark survey',
  version: '1',
  items: ITEMS.map((id) => ({ id, type: 'likert', min: 1, max: 5, wording: id })),
  domains: [0, 1, 2, 3].map((d) => ({
    id: `d${String(d + 1)}`,
    label: `Domain ${String(d + 1)}`,
    items: ITEMS.slice(10 * d, 10 * d + 10),
    reverse: ITEMS.slice(10 * d, 10 * d + 10).filter((_, j) => REVERSED.has(10 * d + j)),
  })),
});
const matrix = generate(100_000, 40, 4, 0.05, REVERSED);
writeCsv('scoring.csv', ITEMS, matrix);
const responses = matrix.map((row, r) => ({
  id: `r${String(r)}`,
  answers: Object.fromEntries(ITEMS.map((id, j) => [id, row[j] ?? null])),
}));

const scoring = time(7, () => scoreResponses(instrument, responses));
const check = scoreResponses(instrument, responses);
const firstScores = check.scored.slice(0, 3).map((r) => r.domains['d1']?.score);

// -- Reliability: 2,800 × 25 ------------------------------------------------------------
const alphaItems = Array.from({ length: 25 }, (_, j) => `a${String(j + 1).padStart(2, '0')}`);
const alphaMatrix = generate(2800, 25, 1, 0.03, new Set([3, 11, 19]));
writeCsv('alpha.csv', alphaItems, alphaMatrix);
const alphaOptions = {
  items: alphaItems,
  reverse: ['a04', 'a12', 'a20'],
  bounds: { min: 1, max: 5 },
};
const alpha = time(31, () => cronbachAlpha(alphaMatrix, alphaOptions));
const alphaValue = cronbachAlpha(alphaMatrix, alphaOptions).rawAlpha;

process.stdout.write(
  `${JSON.stringify({
    node: process.version,
    scoring: {
      responses: 100_000,
      items: 40,
      medianMs: scoring.median,
      runsMs: scoring.runs.map((t) => Math.round(t)),
      excluded: check.counts.excluded,
      firstScores,
    },
    reliability: { rows: 2800, items: 25, medianMs: alpha.median, rawAlpha: alphaValue },
  })}\n`,
);
