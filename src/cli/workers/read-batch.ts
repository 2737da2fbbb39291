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
import type { Output } from '../output.js';
import type { Batch, BatchResult, FileResult, FileTask, WorkerSetup } from './protocol.js';

/**
 * Characters of output a file may have before the main thread takes it over
 * (streaming it, in constant memory), and a batch before the worker sends
 * what it has. Together they bound the memory results hold in flight.
 */
const FILE_LIMIT = 4 << 20;
const BATCH_LIMIT = 1 << 20;

class TooLarge extends Error {
  override name = 'TooLarge';
}

/** The output of one document, kept as a string up to a limit. */
class TextOutput implements Output {
  text = '';

  async write(chunk: string | Uint8Array): Promise<void> {
    if (typeof chunk !== 'string') throw new Error('TextOutput: a worker formats text only');
    this.text += chunk;
    if (this.text.length > FILE_LIMIT) throw new TooLarge();
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
export async function createBatchReader(setup: WorkerSetup): Promise<BatchReader> {
  const readSetup: ReadSetup = { read: setup.read, select: compileSelector(setup.selector), report: setup.report, itemsOnly: setup.itemsOnly };
  const events = setup.output.kind === 'text' ? (await loadFormat(setup.output.format))?.streaming : undefined;
  if (setup.output.kind === 'text' && events === undefined) throw new Error(`createBatchReader: ${setup.output.format} is not a streaming format`);
  const readOne = (task: FileTask) => readFile(task, setup, readSetup, events);
  return async (batch) => {
    const read: Array<{ result: FileResult; text: string }> = [];
    let size = 0;
    for (const task of batch.files) {
      const file = await readOne(task);
      read.push(file);
      size += file.text.length;
      if (size >= BATCH_LIMIT) break;
    }
    return encode(read);
  };
}

/** The texts of a batch in UTF-8, in one buffer that the results view. */
function encode(read: ReadonlyArray<{ result: FileResult; text: string }>): BatchResult {
  let length = 0;
  for (const { text } of read) length += Buffer.byteLength(text);
  // Not from Buffer's shared pool: this buffer is transferred to the main thread.
  const buffer = Buffer.allocUnsafeSlow(length);
  let offset = 0;
  for (const { result, text } of read) {
    const written = buffer.write(text, offset);
    result.output = buffer.subarray(offset, offset + written);
    offset += written;
  }
  return { results: read.map(({ result }) => result), buffer: buffer.buffer as ArrayBuffer };
}

/** One file's result, and its text (for `kind: 'text'`) still to be encoded. */
async function readFile(
  task: FileTask,
  setup: WorkerSetup,
  readSetup: ReadSetup,
  events: StreamingFormat | undefined,
): Promise<{ result: FileResult; text: string }> {
  const source = { kind: 'file' as const, path: task.path, name: task.name };
  const result: FileResult = { index: task.index, deferred: false, output: EMPTY, document: null, stderr: '', failed: false, matched: 0, bytes: 0 };
  let text = '';
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
    const output = new TextOutput();
    const writer = new StreamingWriter(events!, output, setup.output.context);
    try {
      result.matched = await readDocument(source, readSetup, writer, sink, meter);
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      return { result: { ...result, deferred: true, stderr: '', failed: false, matched: 0 }, text: '' };
    }
    text = output.text;
  }
  result.bytes = meter.bytes;
  return { result, text };
}

const EMPTY = new Uint8Array(0);
