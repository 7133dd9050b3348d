/**
 * The peerlearn side of test/bench/matching.sh: times `maxWeightMatching` from the built
 * package (dist/) on one graph file and prints one JSON object.
 *
 *   tsx --tsconfig examples/tsconfig.json test/bench/matching/peerlearn_matching.ts FILE \
 *     [--runs N] [--module SPECIFIER]
 *
 * What is timed is what a user pays for one call: `maxWeightMatching(edges, { vertexCount })`
 * on an array of `[u, v, w]` already in memory, including the library's validation of that
 * input and its own graph building. Reading and parsing the text file is not timed (LEMON's
 * and networkx's graph building are not timed either). The median is over N runs (default
 * 5) after warm-up runs (at least one; more, up to 10, while they take under a second in
 * all, since V8 keeps optimising over the first few calls), all in one process. The very
 * first call, which pays for compilation as a one-off user would, is reported apart as
 * `firstCallSeconds`. The answer is checked (mutual mates, every
 * matched pair an edge) and its weight summed here, not taken on trust.
 */
import { version as nodeVersion } from 'node:process';
import { checkMatching, loadMatching, median, option, readGraph, timeRuns } from './graphfile.js';

const file = process.argv[2];
if (file === undefined || file.startsWith('--')) {
  throw new Error('usage: peerlearn_matching.ts FILE [--runs N] [--module SPECIFIER]');
}
const runs = Number(option(process.argv, 'runs', '5'));
const maxWeightMatching = await loadMatching(option(process.argv, 'module', 'peerlearn'));
const graph = readGraph(file);

let mate: readonly number[] = [];
const timing = timeRuns(runs, () => {
  mate = maxWeightMatching(graph.edges, { vertexCount: graph.n });
});
const { weight, cardinality } = checkMatching(graph, mate);
const seconds = timing.runs;
console.log(
  JSON.stringify({
    tool: 'peerlearn',
    node: nodeVersion,
    file,
    n: graph.n,
    m: graph.edges.length,
    runs,
    medianSeconds: median(seconds),
    minSeconds: Math.min(...seconds),
    firstCallSeconds: timing.first,
    weight,
    cardinality,
    matchedVertices: 2 * cardinality,
    runsSeconds: seconds,
  }),
);
