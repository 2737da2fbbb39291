// One source, read through the streaming parser into a visitor: the unit of
// work of every reading command, the same on the main thread and on a worker
// thread, so that both give the same output and the same messages.

import { DocumentParser, type BulletinDocument } from '../../document.js';
import type { Diagnostic, Item } from '../../model.js';
import { describeSystemError, isSystemError } from '../errors.js';
import { checkpoint, sourceChunks, type ByteMeter, type ReadSourceOptions, type Source } from '../inputs.js';
import { formatDiagnostics, type ReportOptions } from '../report.js';

/** Receives what a run reads, source by source. */
export interface DocumentVisitor {
  /** An item that passed the selector. */
  item(item: Item, source: Source): Promise<void>;
  /** The source is read; `document.items` is empty (the items went to item()). */
  end(document: BulletinDocument, source: Source): Promise<void>;
  /** The source failed after some of its items went to item(). */
  abort(source: Source): Promise<void>;
  /** A whole document formatted on a worker thread, from documentStart to documentEnd, in UTF-8 (streaming formats). */
  document?(output: Uint8Array): Promise<void>;
}

/** Where the lines for stderr go. */
export interface ReadSink {
  /** The source cannot be read: the run goes on and ends with exit code 2. */
  fail(message: string): void;
  /** Diagnostic lines, each ending in a newline. */
  note(lines: string): void;
}

export interface ReadSetup {
  read: ReadSourceOptions;
  select: (item: Item) => boolean;
  report: ReportOptions;
  /** The output is the items alone: the page-level data need not be kept (flat memory on a huge file: streamBulletin's onDiagnostics). */
  itemsOnly: boolean;
}

/** How a failed source is reported on stderr: `bulletin: error: Cannot read a.txt: …`. */
export function errorLine(message: string): string {
  return `bulletin: error: ${message}\n`;
}

/** Reads one source into the visitor; returns how many items passed the selector. */
export async function readDocument(
  source: Source,
  setup: ReadSetup,
  visitor: DocumentVisitor,
  sink: ReadSink,
  meter?: ByteMeter,
): Promise<number> {
  const notes = (diagnostics: readonly Diagnostic[]): void => {
    const lines = formatDiagnostics(source.name, diagnostics, setup.report);
    if (lines !== '') sink.note(lines);
  };
  const { encoding, year, vocabulary, signal, onDecision } = setup.read;
  // Items only: the page-level data is dropped as it comes, and diagnostics past the first thousand go out as found.
  const parser = new DocumentParser({ encoding, year, vocabulary, file: source.name, onDiagnostics: setup.itemsOnly ? notes : undefined, onDecision });
  let given = 0;
  // Items are handed on as each chunk completes them: one asynchronous step per item, none per parser step.
  const handOn = async (items: readonly Item[]): Promise<void> => {
    for (const item of items) {
      if (!setup.select(item)) continue;
      given += 1;
      await visitor.item(item, source);
    }
  };
  try {
    for await (const chunk of sourceChunks(source, setup.read, meter ?? { bytes: 0 })) {
      await checkpoint(signal);
      await handOn(parser.push(chunk));
      if (parser.binary) break; // reported below; the rest of a binary file is not read
    }
    await checkpoint(signal);
    await handOn(parser.end());
  } catch (error) {
    if (!isSystemError(error)) throw error;
    sink.fail(`Cannot read ${source.name}: ${describeSystemError(error)}`);
    if (given > 0) await visitor.abort(source);
    return given;
  }
  const document = parser.document();
  if (document.binary) {
    sink.fail(`Cannot read ${source.name}: ${binaryReason(document)}`);
    return given;
  }
  notes(document.diagnostics);
  await visitor.end(document, source);
  return given;
}

function binaryReason(document: BulletinDocument): string {
  const binary = document.diagnostics.find((d) => d.ruleId === 'binary');
  // The decoder names its evidence: `a PDF document`, or `NUL byte at byte offset 8`.
  const evidence = binary?.actual ?? 'NUL byte';
  const hint = binary?.expected === undefined ? '' : '; if it is UTF-16 without a byte-order mark, use --encoding utf-16le or utf-16be';
  return `not a text file (${evidence})${hint}`;
}
