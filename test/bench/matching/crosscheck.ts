/**
 * The peerlearn side of test/bench/matching-vs-networkx.sh: draws seeded random graphs,
 * solves each with `maxWeightMatching` twice (default, and `maxCardinality: true`), and
 * writes graphs and answers to one JSON file for crosscheck_networkx.py to check.
 *
 *   tsx --tsconfig examples/tsconfig.json test/bench/matching/crosscheck.ts OUT.json \
 *     [--seed S] [--scale K] [--time-limit S] [--peerlearn SPECIFIER] [--module SPECIFIER]
 *
 * `--peerlearn` names the build to load (default `peerlearn`, i.e. dist/); `--module`, if
 * given, another module to take `maxWeightMatching` from (the graphs still come from the
 * build's `createRandom`).
 *
 * The graphs (all from `createRandom('matching-crosscheck/<seed>')`):
 * - sizes from 5 to 500 vertices: many small ones, where bugs in blossom handling show up
 *   fastest and every branch is hit often, and a few large ones (150–300 and 500);
 * - density: each pair is an edge with probability 0.05–1 (lower for the large graphs, to
 *   keep networkx's time reasonable), so some graphs have isolated vertices; `vertexCount`
 *   is always passed, so the answer must still cover every vertex;
 * - weights of six kinds: small integers 0…10 (many ties and zeros), integers
 *   1…1,000,000, integers −100…100, floats in [0, 1), floats in [−1, 1), and floats
 *   spread over six orders of magnitude (10^−3…10^3) with a random sign on a quarter.
 * Numbers go through JSON, which writes each float in its shortest round-trip form, so
 * Python reads the very same doubles.
 *
 * Each call runs in a worker thread with a time limit (`--time-limit S`, default 60 s; the
 * largest graphs here take well under a second): a call that does not finish is recorded
 * as an error for that graph, its input is written beside OUT.json as
 * `OUT.timeout-<id>-<mode>.json` to reproduce it, and the check goes on with a new worker.
 *
 * `--scale K` multiplies the number of graphs in each size class (default 1: 523 graphs,
 * a minute or two in all, most of it networkx; a fraction such as 0.1 gives a quick check).
 */
import { writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { type Edge, loadCreateRandom, loadMatching, option } from './graphfile.js';

const out = process.argv[2];
if (out === undefined || out.startsWith('--')) {
  throw new Error('usage: crosscheck.ts OUT.json [--seed S] [--scale K] [--module SPECIFIER]');
}
const seed = option(process.argv, 'seed', '1');
const scale = Number(option(process.argv, 'scale', '1'));
const build = option(process.argv, 'peerlearn', 'peerlearn');
const module = option(process.argv, 'module', build);
const timeLimit = Number(option(process.argv, 'time-limit', '60'));
await loadMatching(module); // fail early, with a clear message, if it cannot be loaded
const random = (await loadCreateRandom(build))(`matching-crosscheck/${seed}`);

const KINDS = ['int-small', 'int-large', 'int-signed', 'float', 'float-signed', 'float-wide'];
type Kind = (typeof KINDS)[number];

function weight(kind: Kind): number {
  switch (kind) {
    case 'int-small':
      return random.int(11);
    case 'int-large':
      return 1 + random.int(1_000_000);
    case 'int-signed':
      return random.int(201) - 100;
    case 'float':
      return random.next();
    case 'float-signed':
      return 2 * random.next() - 1;
    default: {
      const magnitude = 10 ** (6 * random.next() - 3);
      return random.next() < 0.25 ? -magnitude : magnitude;
    }
  }
}

function pick<T>(values: readonly T[]): T {
  const value = values[random.int(values.length)];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/** [how many graphs, smallest n, largest n, densities to choose from] */
const CLASSES: [number, number, number, number[]][] = [
  [360, 5, 20, [0.15, 0.3, 0.5, 0.8, 1]],
  [120, 21, 60, [0.05, 0.15, 0.3, 0.6, 1]],
  [30, 61, 150, [0.05, 0.1, 0.3, 0.6]],
  [8, 151, 300, [0.02, 0.05, 0.1, 0.3]],
  [5, 500, 500, [0.02, 0.05, 0.1, 0.2]],
];

interface Answer {
  mate?: readonly number[];
  error?: string;
}

let worker: Promise<Worker> | undefined;

function startWorker(): Promise<Worker> {
  const started = new Worker(new URL('./crosscheck_worker.mjs', import.meta.url), {
    workerData: { module },
  });
  return new Promise((resolve, reject) => {
    started.once('message', () => {
      resolve(started);
    });
    started.once('error', reject);
  });
}

const timeouts: string[] = [];

async function solve(
  id: number,
  edges: Edge[],
  n: number,
  maxCardinality: boolean,
): Promise<Answer> {
  worker ??= startWorker();
  const current = await worker;
  const answer = await new Promise<Answer | undefined>((resolve) => {
    const timer = setTimeout(() => {
      resolve(undefined);
    }, timeLimit * 1000);
    current.once('message', (message: Answer) => {
      clearTimeout(timer);
      resolve(message);
    });
    current.postMessage({ edges, n, maxCardinality });
  });
  if (answer !== undefined) return answer;
  await current.terminate();
  worker = undefined;
  const mode = maxCardinality ? 'maxCardinality' : 'default';
  const saved = `${out ?? ''}.timeout-${String(id)}-${mode}.json`;
  writeFileSync(saved, JSON.stringify({ vertexCount: n, maxCardinality, edges }));
  timeouts.push(saved);
  console.log(
    `graph ${String(id)} (${mode}): no answer within ${String(timeLimit)} s; input saved in ${saved}`,
  );
  return { error: `no answer within ${String(timeLimit)} s (input in ${saved})` };
}

interface Graph {
  id: number;
  n: number;
  density: number;
  kind: Kind;
  edges: Edge[];
  peerlearn: Answer;
  peerlearnMaxCardinality: Answer;
}

const graphs: Graph[] = [];
for (const [count, smallest, largest, densities] of CLASSES) {
  for (let i = 0; i < count * scale; i += 1) {
    const n = smallest + random.int(largest - smallest + 1);
    const density = pick(densities);
    const kind = pick(KINDS);
    const edges: Edge[] = [];
    for (let u = 0; u < n; u += 1) {
      for (let v = u + 1; v < n; v += 1) {
        if (random.next() < density) {
          // Either orientation: the contract takes edges as [u, v] or [v, u].
          edges.push(random.int(2) === 0 ? [u, v, weight(kind)] : [v, u, weight(kind)]);
        }
      }
    }
    const id = graphs.length;
    graphs.push({
      id,
      n,
      density,
      kind,
      edges,
      peerlearn: await solve(id, edges, n, false),
      peerlearnMaxCardinality: await solve(id, edges, n, true),
    });
  }
}
await (await worker)?.terminate();
writeFileSync(out, JSON.stringify({ seed, graphs }));
console.log(`wrote ${String(graphs.length)} graphs with peerlearn's answers to ${out}`);
if (timeouts.length > 0) {
  console.log(`${String(timeouts.length)} call(s) gave no answer within ${String(timeLimit)} s`);
}
