// bytes → decoded text → Bulletin, in one call: what every command starts from.

import { createDecoder, decode, type DecodeOptions, type StreamDecoder } from './decode/index.js';
import type { Bulletin, Decoded, DetectedBy, Diagnostic, DocumentSource, Item } from './model.js';
import { BulletinParser, parse, type ParseOptions } from './parse/index.js';

export interface ReadOptions extends ParseOptions, DecodeOptions {}

/** A parsed file: the bulletin and how its bytes were read. */
export interface BulletinDocument extends Bulletin {
  encoding: string;
  detectedBy: DetectedBy;
  binary: boolean;
  /** What the text was read from (a Word document, a web page) and what `line` counts; absent means plain text, lines. */
  source?: DocumentSource;
}

/** Decodes and parses a whole file. Decoder diagnostics come first, then the parser's. */
export function readBulletin(bytes: Uint8Array, options: ReadOptions = {}): BulletinDocument {
  const decoded = decode(bytes, options);
  return fromDecoded(decoded, decoded.binary ? emptyBulletin(options) : parse(decoded.text, options), options);
}

function emptyBulletin(options: ParseOptions): Bulletin {
  return { file: options.file ?? null, section: null, meta: [], items: [], unassigned: [], diagnostics: [] };
}

function fromDecoded(decoded: Omit<Decoded, 'text'>, bulletin: Bulletin, options: ParseOptions): BulletinDocument {
  const file = options.file ?? null;
  const decodeDiagnostics = decoded.diagnostics.map((d) => ({ ...d, file }));
  return {
    ...bulletin,
    encoding: decoded.encoding,
    detectedBy: decoded.detectedBy,
    binary: decoded.binary,
    ...(decoded.source === undefined ? {} : { source: decoded.source }),
    diagnostics: [...decodeDiagnostics, ...bulletin.diagnostics],
  };
}

/**
 * Text already read out of a document (a Word file, a web page: src/extract/)
 * → its items, then the document without them. The same parser as for a text
 * file, on the whole text at once: a document is held whole anyway.
 */
export function parseDecoded(decoded: Decoded, options: ReadOptions = {}): { items: Item[]; document: BulletinDocument } {
  const parser = new BulletinParser(options);
  const items = [...parser.push(decoded.text), ...parser.end()];
  return { items, document: fromDecoded(decoded, { ...parser.summary(), items: [] }, options) };
}

/** Parser diagnostics kept for the end of the file in items-only streaming; past this many they go out as found. */
export const HELD_DIAGNOSTICS = 1000;

export interface StreamOptions extends ReadOptions {
  /**
   * For output that is items only (ndjson, csv): keep no page-level data, so
   * memory stays flat on a multi-gigabyte file. Meta lines and unassigned text
   * are dropped as they come; the parser's diagnostics are held up to
   * HELD_DIAGNOSTICS and past that handed to this function as they are found.
   * A file with fewer (any ordinary page) reports them at its end as usual.
   */
  onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void;
}

/**
 * Bytes in chunks → items as soon as each is complete, then the page-level
 * rest: the engine of streamBulletin, without its asynchronous step per item,
 * for callers that have the bytes at hand (the CLI reads files synchronously).
 * Memory stays at one item plus one chunk (plus the page-level data, unless
 * `onDiagnostics` is given).
 */
export class DocumentParser {
  private readonly decoder: StreamDecoder;
  private readonly parser: BulletinParser;
  private handingOn = false;

  constructor(private readonly options: StreamOptions = {}) {
    this.decoder = createDecoder(options);
    this.parser = new BulletinParser(options);
  }

  /** Reads a chunk of bytes; returns the items it completed. */
  push(chunk: Uint8Array): Item[] {
    const text = this.decoder.write(chunk);
    if (text.length === 0 || this.decoder.isBinary()) return [];
    const items = this.parser.push(text);
    this.drain();
    return items;
  }

  /** Reads what is left; returns the last items. */
  end(): Item[] {
    const rest = this.decoder.end();
    if (this.decoder.isBinary()) return [];
    const items = this.parser.push(rest);
    items.push(...this.parser.end());
    this.drain();
    return items;
  }

  /** The input is not text: the bytes that follow change nothing, so a reader may stop feeding them. */
  get binary(): boolean {
    return this.decoder.isBinary();
  }

  /** After end(): the document without its items (they were handed out). */
  document(): BulletinDocument {
    const info = this.decoder.info();
    const { options } = this;
    return fromDecoded(info, { ...(info.binary ? emptyBulletin(options) : this.parser.summary()), items: [] }, options);
  }

  private drain(): void {
    const { onDiagnostics } = this.options;
    if (onDiagnostics === undefined) return;
    const { parser } = this;
    parser.meta.length = 0;
    parser.unassigned.length = 0;
    if (!this.handingOn && parser.diagnostics.length <= HELD_DIAGNOSTICS) return;
    this.handingOn = true;
    onDiagnostics(parser.diagnostics.splice(0));
  }
}

/** The streaming entry point: bytes in chunks → items as soon as each is complete, then the page-level rest (DocumentParser). */
export async function* streamBulletin(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: StreamOptions = {},
): AsyncGenerator<Item, BulletinDocument, undefined> {
  const parser = new DocumentParser(options);
  for await (const chunk of chunks) yield* parser.push(chunk);
  yield* parser.end();
  return parser.document();
}
