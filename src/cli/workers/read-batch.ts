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

  async write(text: string): Promise<void> {
    this.text += text;
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
  const read = (task: FileTask) => readFile(task, setup, readSetup, events);
  return async (batch) => {
    const results: FileResult[] = [];
    let size = 0;
    for (const task of batch.files) {
      const result = await read(task);
      results.push(result);
      size += result.text.length;
      if (size >= BATCH_LIMIT) break;
    }
    return { results };
  };
}

async function readFile(task: FileTask, setup: WorkerSetup, readSetup: ReadSetup, events: StreamingFormat | undefined): Promise<FileResult> {
  const source = { kind: 'file' as const, path: task.path, name: task.name };
  const result: FileResult = { index: task.index, deferred: false, text: '', document: null, stderr: '', failed: false, matched: 0, bytes: 0 };
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
      return { ...result, deferred: true, stderr: '', failed: false, matched: 0 };
    }
    result.text = output.text;
  }
  result.bytes = meter.bytes;
  return result;
}
