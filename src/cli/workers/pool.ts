// Worker threads that read files in batches, and hand the results back in
// the order of the files, whichever worker finishes first. The main thread
// reads batches too while it has no result to hand on: it would be idle
// otherwise, and every worker pays its own start-up and JIT warm-up
// (docs/performance.md).
//
// Memory stays bounded: files are sent only a window ahead of the one the
// caller waits for, results waiting their turn are capped in size, and a
// file whose output is large is handed back for the main thread to stream.
// The caller pulls results one by one; while it waits for stdout, the
// workers finish what they have and then wait too.

import { Worker } from 'node:worker_threads';
import type { Batch, BatchResult, FileResult, FileTask, WorkerSetup } from './protocol.js';
import type { BatchReader } from './read-batch.js';

/** Batches a worker has at once: the next is there when it finishes one. */
const DEPTH = 2;
/**
 * Bytes of input a batch should hold once the sizes of the files are known:
 * a few milliseconds of work. Small pages go 32 to a batch; 1 MB archives one
 * by one, so that the main thread and the workers take turns in file order
 * instead of the main thread running ahead while the next file waits in a
 * worker's queue.
 */
const BATCH_INPUT = 128 * 1024;
/** Bytes of output that may wait for their turn before no more files are sent. */
const MAX_WAITING = 16 << 20;

interface PoolWorker {
  worker: Worker;
  busy: Batch[];
}

export class WorkerPool {
  private files: readonly FileTask[] = [];
  private batchSize = 1;
  /** Files read so far and their bytes, for the batch size. */
  private filesRead = 0;
  private bytesRead = 0;
  private window = 1;
  /** Files handed back unread by a worker, sorted; they go first. */
  private retry: number[] = [];
  /** The first file never sent. */
  private fresh = 0;
  /** The file the caller waits for. */
  private next = 0;
  private readonly waiting = new Map<number, FileResult>();
  private waitingSize = 0;
  private failure: unknown = null;
  private wake: (() => void) | null = null;
  private closed = false;

  private constructor(private readonly workers: PoolWorker[]) {
    for (const entry of workers) {
      entry.worker.on('message', (message: BatchResult) => {
        this.receive(entry.busy.shift()!, message);
        this.wake?.();
      });
      entry.worker.on('error', (error) => this.fail(error));
      entry.worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`a parse worker stopped with exit code ${code}`));
      });
    }
  }

  /** Starts `count` workers; they load the parser while the caller goes on. */
  static start(count: number, setup: WorkerSetup): WorkerPool {
    const url = workerEntry();
    return new WorkerPool(Array.from({ length: count }, () => ({ worker: new Worker(url, { workerData: setup }), busy: [] })));
  }

  /**
   * The result of every file, in order. `files[i].index` must be `i`.
   * `local` reads a batch on the main thread. One run per pool.
   */
  async *run(files: readonly FileTask[], local: BatchReader): AsyncGenerator<FileResult, void, undefined> {
    this.files = files;
    const threads = this.workers.length + 1;
    // Batches of a few dozen small files make a message cheap next to its work; eight per thread keep the ends even.
    this.batchSize = Math.max(1, Math.min(32, Math.floor(files.length / (threads * 8))));
    this.window = threads * DEPTH * this.batchSize * 2;
    while (this.next < files.length) {
      if (this.failure !== null) throw this.failure;
      this.send();
      let result = this.waiting.get(this.next);
      if (result === undefined) {
        // Reading is synchronous: let the workers' messages in before taking work that one of them may have done.
        await new Promise<void>((resolve) => setImmediate(resolve));
        result = this.waiting.get(this.next);
      }
      if (result === undefined) {
        const batch = this.take();
        if (batch !== null) {
          this.receive(batch, await local(batch));
          continue;
        }
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        this.wake = null;
        continue;
      }
      this.waiting.delete(this.next);
      this.waitingSize -= result.output.length;
      this.next += 1;
      yield result;
    }
  }

  /** Stops the workers (also half-way through a run, when stdout has closed). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  /** Keeps every worker DEPTH batches deep, as far as the window allows. */
  private send(): void {
    for (const entry of this.workers) {
      while (entry.busy.length < DEPTH) {
        const batch = this.take();
        if (batch === null) return;
        entry.busy.push(batch);
        entry.worker.postMessage(batch);
      }
    }
  }

  private take(): Batch | null {
    const { files, next } = this;
    const first = this.retry[0] ?? this.fresh;
    if (first >= files.length) return null;
    // The file the caller waits for always goes; the others only within the window and the size cap.
    if (first !== next && (first >= next + this.window || this.waitingSize >= MAX_WAITING)) return null;
    const batch: FileTask[] = [];
    const size = this.filesRead === 0 ? this.batchSize : Math.max(1, Math.min(this.batchSize, Math.floor((BATCH_INPUT * this.filesRead) / Math.max(1, this.bytesRead))));
    while (batch.length < size) {
      if (this.retry.length > 0) batch.push(files[this.retry.shift()!]!);
      else if (this.fresh < files.length && this.fresh < next + this.window) batch.push(files[this.fresh++]!);
      else break;
    }
    return { files: batch };
  }

  /** Keeps the results until their turn; what the batch did not read goes back to the queue. */
  private receive(batch: Batch, message: BatchResult): void {
    for (const result of message.results) {
      this.filesRead += 1;
      this.bytesRead += result.bytes;
      this.waiting.set(result.index, result);
      this.waitingSize += result.output.length;
    }
    if (message.results.length < batch.files.length) {
      for (const task of batch.files.slice(message.results.length)) this.retry.push(task.index);
      this.retry.sort((a, b) => a - b);
    }
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    this.wake?.();
  }
}

/**
 * The worker's module, next to this one in dist/. Under vitest or tsx this
 * module runs from src/ as .ts, which a worker thread of Node 20 cannot load
 * (loader hooks do not reach it): the worker then runs the compiled dist/,
 * which the tests build first.
 */
function workerEntry(): URL {
  if (import.meta.url.endsWith('.ts')) return new URL('../../../dist/cli/workers/parse-worker.js', import.meta.url);
  return new URL('./parse-worker.js', import.meta.url);
}
