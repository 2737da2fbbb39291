// One source, read through the streaming parser into a visitor: the unit of
// work of every reading command, the same on the main thread and on a worker
// thread, so that both give the same output and the same messages.

import { DocumentParser, parseDecoded, type BulletinDocument } from '../../document.js';
import { detectContainer, DETECT_BYTES, type Container } from '../../extract/detect.js';
import type { Decoded, Diagnostic, Item } from '../../model.js';
import { describeSystemError, isSystemError } from '../errors.js';
import { checkpoint, InputTooLarge, sourceChunks, type ByteMeter, type ReadSourceOptions, type Source } from '../inputs.js';
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

/**
 * The parser failed on a source: a defect of bulletin's that this input shows, not a fault of the input. The source is
 * reported like one that cannot be read, and the run goes on with the others (their output is not lost to it).
 */
class ParserFailure extends Error {}

/** `step`'s result; anything it throws, as a ParserFailure (the visitor's own errors, a closed stdout, stay what they are). */
function parsing<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new ParserFailure(error instanceof Error ? `${error.name}: ${error.message}` : String(error), { cause: error });
  }
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
  const chunks = sourceChunks(source, setup.read, meter ?? { bytes: 0 });
  let container: Container | null = null;
  try {
    // The first bytes say what the input is (a Word file, a web page, text); text is parsed as it comes.
    const head = new HeadReader(chunks);
    const first = await head.read(DETECT_BYTES);
    container = detectContainer(first);
    if (container !== null) {
      const extracted = await readContainer(source, container, await head.rest(first, MAX_DOCUMENT_BYTES), setup);
      if (typeof extracted === 'string') {
        sink.fail(extracted);
        return given;
      }
      await checkpoint(signal);
      const { items, document } = parsing(() => parseDecoded(extracted, { year, vocabulary, file: source.name, onDecision }));
      await handOn(items);
      notes(document.diagnostics);
      await visitor.end(document, source);
      return given;
    }
    await handOn(parsing(() => parser.push(first)));
    if (!parser.binary) {
      for await (const chunk of head.remaining()) {
        await checkpoint(signal);
        await handOn(parsing(() => parser.push(chunk)));
        if (parser.binary) break; // reported below; the rest of a binary file is not read
      }
    }
    await checkpoint(signal);
    await handOn(parsing(() => parser.end()));
  } catch (error) {
    if (error instanceof InputTooLarge && container !== null) {
      sink.fail(`Cannot read ${source.name}: ${error.message}, the most bulletin reads of a Word document or web page`);
      return given;
    }
    if (error instanceof ParserFailure) {
      sink.fail(`Cannot read ${source.name}: bulletin failed on it (${error.message}); this is a bug in bulletin, please report it with the file`);
      if (given > 0) await visitor.abort(source);
      return given;
    }
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

/** A Word document or a web page held whole is at most this large (a 20 MB page of scripts is read). */
export const MAX_DOCUMENT_BYTES = 128 << 20;

/** The document's text, or the line saying why it cannot be read. */
async function readContainer(source: Source, container: Container, bytes: Uint8Array, setup: ReadSetup): Promise<Decoded | string> {
  const { extractDocument, ExtractError } = await import('../../extract/index.js');
  try {
    const extracted = await extractDocument(bytes, container, { encoding: setup.read.encoding });
    return { text: extracted.text, encoding: extracted.encoding, detectedBy: extracted.detectedBy, binary: false, bom: false, diagnostics: extracted.diagnostics, source: extracted.source };
  } catch (error) {
    if (error instanceof ExtractError) return `Cannot read ${source.name}: ${error.reason}`;
    throw error;
  }
}

/**
 * The first bytes of a source, for detection, then the rest: as chunks (text,
 * parsed as it comes) or whole (a document). A file's chunks are views of one
 * scratch buffer, valid until the next read: what is held is copied.
 */
export class HeadReader {
  private readonly iterator: Iterator<Uint8Array> | AsyncIterator<Uint8Array>;
  private done = false;

  constructor(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>) {
    this.iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  }

  /** At least `size` bytes (fewer only at the end), copied; a file's first chunk is 64 KiB, so usually one. */
  async read(size: number): Promise<Uint8Array> {
    const held: Buffer[] = [];
    let length = 0;
    while (length < size) {
      const chunk = await this.next();
      if (chunk === null) break;
      held.push(Buffer.from(chunk));
      length += chunk.length;
    }
    return held.length === 1 ? held[0]! : Buffer.concat(held, length);
  }

  /** Everything, `first` included; InputTooLarge past `max` bytes. */
  async rest(first: Uint8Array, max: number): Promise<Uint8Array> {
    const held: Buffer[] = [Buffer.from(first.buffer, first.byteOffset, first.byteLength)];
    let length = first.length;
    for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) {
      length += chunk.length;
      if (length > max) throw new InputTooLarge(`larger than ${max >> 20} MiB`);
      held.push(Buffer.from(chunk));
    }
    return held.length === 1 ? held[0]! : Buffer.concat(held, length);
  }

  async *remaining(): AsyncGenerator<Uint8Array, void, undefined> {
    for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) yield chunk;
  }

  private async next(): Promise<Uint8Array | null> {
    if (this.done) return null;
    const result = await this.iterator.next();
    if (result.done === true) {
      this.done = true;
      return null;
    }
    return result.value;
  }
}

function binaryReason(document: BulletinDocument): string {
  const binary = document.diagnostics.find((d) => d.ruleId === 'binary');
  // The decoder names its evidence: `a PDF document`, or `NUL byte at byte offset 8`.
  const evidence = binary?.actual ?? 'NUL byte';
  const hint = binary?.expected === undefined ? '' : '; if it is UTF-16 without a byte-order mark, use --encoding utf-16le or utf-16be';
  return `not a text file (${evidence})${hint}`;
}
