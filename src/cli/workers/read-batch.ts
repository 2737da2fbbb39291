// One batch of files: read, decoded, parsed, selected and formatted with the
// code the main thread runs for a single file (readDocument, StreamingWriter),
// so that the output is the same bytes. Run by the parse workers and, between
// their results, by the main thread itself.

import type { BulletinDocument } from '../../document.js';
import { loadFormat } from '../../format/load.js';
import type { StreamingFormat } from '../../format/types.js';
import type { Item } from '../../model.js';
import { compileSelector } from '../../query/index.js';
import { errorLine, readDocument, type DocumentVisitor, type ReadSetup, type ReadSink } from '../actions/read-document.js';
import { StreamingWriter } from '../actions/writers.js';
import { InputTooLarge } from '../inputs.js';
import type { Output } from '../output.js';
import type { Batch, BatchResult, FileResult, FileTask, WorkerSetup } from './protocol.js';

export interface BatchLimits {
  /**
   * A file larger than this goes back to the main thread unread, which
   * streams it in constant memory: a worker holds a file's whole output, and
   * pretty json is ~7 bytes per byte of input.
   */
  fileInput: number;
  /** Bytes of output after which a file goes back all the same (one that grew while it was read). */
  fileOutput: number;
  /** Bytes of output after which a batch sends what it has; the rest goes back to the queue. */
  batchOutput: number;
}

/** Together they bound the memory results hold in flight. */
export const BATCH_LIMITS: BatchLimits = { fileInput: 2 << 20, fileOutput: 32 << 20, batchOutput: 1 << 20 };

class TooLarge extends Error {
  override name = 'TooLarge';
}

/**
 * The UTF-8 output of a batch, file after file, in one growing buffer. Text is
 * encoded as it is written, so no large string builds up on the JS heap (a 1 MB
 * page's pretty json, kept as a string, made the GC 40% of a worker's time);
 * the buffer is transferred to the main thread as it is.
 */
class BatchOutput implements Output {
  private buffer = Buffer.allocUnsafeSlow(64 * 1024);
  length = 0;
  /** Where the current file's output starts. */
  start = 0;

  constructor(private readonly fileLimit: number) {}

  async write(chunk: string | Uint8Array): Promise<void> {
    if (typeof chunk !== 'string') throw new Error('BatchOutput: a worker formats text only');
    // At most 3 bytes of UTF-8 per UTF-16 unit.
    if (this.length + chunk.length * 3 > this.buffer.length) this.grow(this.length + chunk.length * 3);
    this.length += this.buffer.write(chunk, this.length);
    if (this.length - this.start > this.fileLimit) throw new TooLarge();
  }

  /** The current file's output so far is dropped. */
  rewind(): void {
    this.length = this.start;
  }

  view(start: number, end: number): Uint8Array {
    return this.buffer.subarray(start, end);
  }

  get arrayBuffer(): ArrayBuffer {
    return this.buffer.buffer as ArrayBuffer;
  }

  private grow(needed: number): void {
    // Not from Buffer's shared pool: the buffer is transferred to the main thread.
    const next = Buffer.allocUnsafeSlow(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
}

/** Keeps a document's items for the main thread (abort drops them, as BufferedWriter does). */
class ItemCollector implements DocumentVisitor {
  read: BulletinDocument | null = null;
  private items: Item[] = [];

  constructor(private readonly dropBlocks: boolean) {}

  async item(item: Item): Promise<void> {
    this.items.push(this.dropBlocks ? { ...item, blocks: [] } : item);
  }

  async end(document: BulletinDocument): Promise<void> {
    this.read = { ...document, items: this.items };
  }

  async abort(): Promise<void> {
    this.items = [];
  }
}

export type BatchReader = (batch: Batch) => Promise<BatchResult>;

/** Reads batches as `setup` says; loads the format first. */
export async function createBatchReader(setup: WorkerSetup, limits: BatchLimits = BATCH_LIMITS): Promise<BatchReader> {
  // Text output holds a file's whole output here, so a large file is handed back before it is read.
  const read = setup.output.kind === 'text' ? { ...setup.read, maxFileBytes: limits.fileInput } : setup.read;
  const readSetup: ReadSetup = { read, select: compileSelector(setup.selector), report: setup.report, itemsOnly: setup.itemsOnly };
  const events = setup.output.kind === 'text' ? (await loadFormat(setup.output.format))?.streaming : undefined;
  if (setup.output.kind === 'text' && events === undefined) throw new Error(`createBatchReader: ${setup.output.format} is not a streaming format`);
  return async (batch) => {
    const output = new BatchOutput(limits.fileOutput);
    const read: Array<{ result: FileResult; start: number; end: number }> = [];
    for (const task of batch.files) {
      output.start = output.length;
      const result = await readFile(task, setup, readSetup, events, output, limits);
      read.push({ result, start: output.start, end: output.length });
      if (output.length >= limits.batchOutput) break;
    }
    for (const { result, start, end } of read) result.output = output.view(start, end);
    return { results: read.map(({ result }) => result), buffer: output.arrayBuffer };
  };
}

/** One file's result; for `kind: 'text'`, its output goes to `output`. */
async function readFile(
  task: FileTask,
  setup: WorkerSetup,
  readSetup: ReadSetup,
  events: StreamingFormat | undefined,
  output: BatchOutput,
  limits: BatchLimits,
): Promise<FileResult> {
  const path = typeof task.path === 'string' ? task.path : Buffer.from(task.path.buffer, task.path.byteOffset, task.path.byteLength);
  const source = { kind: 'file' as const, path, name: task.name };
  const result: FileResult = { index: task.index, deferred: false, output: EMPTY, document: null, stderr: '', failed: false, matched: 0, bytes: 0 };
  const sink: ReadSink = {
    fail(message) {
      result.failed = true;
      result.stderr += errorLine(message);
    },
    note(lines) {
      result.stderr += lines;
    },
  };
  const meter = { bytes: 0 };
  if (setup.output.kind === 'items') {
    const collector = new ItemCollector(setup.output.dropBlocks);
    result.matched = await readDocument(source, readSetup, collector, sink, meter);
    result.document = collector.read;
  } else {
    const writer = new StreamingWriter(events!, output, setup.output.context);
    try {
      result.matched = await readDocument(source, readSetup, writer, sink, meter);
    } catch (error) {
      if (!(error instanceof TooLarge || error instanceof InputTooLarge)) throw error;
      output.rewind();
      return { ...result, deferred: true, stderr: '', failed: false, matched: 0 };
    }
  }
  result.bytes = meter.bytes;
  return result;
}

const EMPTY = new Uint8Array(0);
