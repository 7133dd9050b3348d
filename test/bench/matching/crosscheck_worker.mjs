// Worker for crosscheck.ts: runs `maxWeightMatching` calls one at a time, so the main
// thread can stop a call that does not finish (see `--time-limit`) and go on with the rest.
// Plain JavaScript, because worker threads do not inherit tsx's loader on Node 20.
import { parentPort, workerData } from 'node:worker_threads';

const { maxWeightMatching } = await import(workerData.module);
parentPort.on('message', ({ edges, n, maxCardinality }) => {
  try {
    const mate = maxWeightMatching(edges, { vertexCount: n, maxCardinality });
    parentPort.postMessage({ mate: [...mate] });
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
});
parentPort.postMessage('ready');
