/**
 * Prints the tables of test/bench/matching.sh from the JSON lines that the three sides
 * wrote (one object per tool and graph), one table per graph family. Exits with 1 when
 * the tools' weights disagree on any graph.
 *
 *   tsx test/bench/matching/report.ts RESULTS.jsonl
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface Result {
  tool: 'peerlearn' | 'LEMON' | 'networkx';
  file: string;
  n: number;
  m: number;
  runs: number;
  medianSeconds: number;
  firstCallSeconds?: number;
  weight: number;
  cardinality: number;
}

const path = process.argv[2];
if (path === undefined) throw new Error('usage: report.ts RESULTS.jsonl');
const results = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Result);

function seconds(value: number | undefined): string {
  if (value === undefined) return '—';
  if (value < 1e-3) return `${(value * 1e6).toPrecision(3)} µs`;
  if (value < 1) return `${(value * 1e3).toPrecision(3)} ms`;
  return `${value.toPrecision(3)} s`;
}

const families = new Map<string, Map<number, Partial<Record<Result['tool'], Result>>>>();
for (const result of results) {
  const family = basename(result.file).replace(/-\d+\.txt$/, '');
  const sizes = families.get(family) ?? new Map<number, Partial<Record<Result['tool'], Result>>>();
  families.set(family, sizes);
  const row = sizes.get(result.n) ?? {};
  sizes.set(result.n, row);
  row[result.tool] = result;
}

const header = [
  'n',
  'edges',
  'peerlearn',
  'LEMON',
  'networkx',
  'peerlearn/LEMON',
  'peerlearn 1st call',
  'weights',
];
const widths = [6, 10, 11, 11, 11, 16, 18, 0];
const line = (cells: string[]): string =>
  cells
    .map((cell, i) => (i === cells.length - 1 ? cell : cell.padStart(widths[i] ?? 0)))
    .join('  ');
let disagreements = 0;
for (const [family, sizes] of families) {
  console.log(
    `\n${family}: medians of the timed runs (networkx: one run; peerlearn 1st call: its cold first call, not in the median)`,
  );
  console.log(line(header));
  for (const [n, row] of [...sizes].sort((a, b) => a[0] - b[0])) {
    const { peerlearn, LEMON: lemon, networkx } = row;
    const present = [peerlearn, lemon, networkx].filter((r): r is Result => r !== undefined);
    const agree = present.every((r) => r.weight === present[0]?.weight);
    if (!agree || present.length < 2) disagreements += 1;
    const verdict = agree
      ? `${present.length === 3 ? 'all 3 agree' : present.map((r) => r.tool).join(' = ')} (${String(present[0]?.weight)})`
      : `DISAGREE: ${present.map((r) => `${r.tool} ${String(r.weight)}`).join(', ')}`;
    const ratio =
      peerlearn !== undefined && lemon !== undefined
        ? `${(peerlearn.medianSeconds / lemon.medianSeconds).toFixed(1)}×`
        : '—';
    console.log(
      line([
        String(n),
        String(present[0]?.m ?? ''),
        seconds(peerlearn?.medianSeconds),
        seconds(lemon?.medianSeconds),
        seconds(networkx?.medianSeconds),
        ratio,
        seconds(peerlearn?.firstCallSeconds),
        present.length < 2 ? 'only one tool ran' : verdict,
      ]),
    );
  }
}
if (disagreements > 0) {
  console.log(`\n${String(disagreements)} graph(s) where the weights do not agree`);
  process.exitCode = 1;
}
