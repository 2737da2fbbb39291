// bytes → decoded text → Bulletin, in one call: what every command starts from.

import { createDecoder, decode, type DecodeOptions } from './decode/index.js';
import type { Bulletin, Decoded, DetectedBy, Item } from './model.js';
import { BulletinParser, parse, type ParseOptions } from './parse/index.js';

export interface ReadOptions extends ParseOptions, DecodeOptions {}

/** A parsed file: the bulletin and how its bytes were read. */
export interface BulletinDocument extends Bulletin {
  encoding: string;
  detectedBy: DetectedBy;
  binary: boolean;
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
    diagnostics: [...decodeDiagnostics, ...bulletin.diagnostics],
  };
}

/**
 * The streaming entry point: bytes in chunks → items as soon as each is
 * complete, then the page-level rest. Memory stays at one item plus one chunk.
 */
export async function* streamBulletin(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReadOptions = {},
): AsyncGenerator<Item, BulletinDocument, undefined> {
  const decoder = createDecoder(options);
  const parser = new BulletinParser(options);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text.length > 0 && !decoder.info().binary) yield* parser.push(text);
  }
  const rest = decoder.end();
  const info = decoder.info();
  if (!info.binary) {
    yield* parser.push(rest);
    yield* parser.end();
  }
  return fromDecoded(info, { ...(info.binary ? emptyBulletin(options) : parser.summary()), items: [] }, options);
}
