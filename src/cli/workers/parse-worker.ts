// A parse worker: reads the batches the main thread sends (read-batch.ts),
// one at a time, in the order they came, and sends back the results.

import { parentPort, workerData } from 'node:worker_threads';
import type { Batch, WorkerSetup } from './protocol.js';
import { createBatchReader } from './read-batch.js';

const readBatch = await createBatchReader(workerData as WorkerSetup);

let queue = Promise.resolve();
parentPort!.on('message', (batch: Batch) => {
  queue = queue.then(async () => {
    const result = await readBatch(batch);
    parentPort!.postMessage(result, [result.buffer]);
  });
});
