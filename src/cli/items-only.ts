// streamBulletin for output that is items only (ndjson, csv, table,
// markdown): the page-level data is not kept for the document's end, so that
// memory stays flat on a multi-gigabyte file. The parser gathers meta lines,
// unassigned text and diagnostics for the whole page (Bulletin): a 100 MB
// archive has ~75,000 of them and cannot be read in a 48 MB heap. Here meta and
// unassigned text are dropped as they come, and the parser's diagnostics are
// held up to HELD_DIAGNOSTICS and past that handed on as they are found.
//
// A file with fewer diagnostics than that (any ordinary page) reports them
// exactly as streamBulletin does: at its end, the decoder's first.

import type { BulletinDocument, ReadOptions } from '../document.js';
import type { Diagnostic, Item } from '../model.js';

/** Parser diagnostics kept for the end of the file; past this many they go out as they are found. */
export const HELD_DIAGNOSTICS = 1000;

type Library = typeof import('../decode/index.js') & typeof import('../parse/index.js');
let library: Promise<Library> | undefined;

function loadLibrary(): Promise<Library> {
  library ??= Promise.all([import('../decode/index.js'), import('../parse/index.js')]).then(([decode, parse]) => ({ ...decode, ...parse }));
  return library;
}

export async function* streamItemsOnly(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReadOptions,
  onDiagnostics: (diagnostics: readonly Diagnostic[]) => void,
): AsyncGenerator<Item, BulletinDocument, undefined> {
  const { createDecoder, BulletinParser } = await loadLibrary();
  const decoder = createDecoder(options);
  const parser = new BulletinParser(options);
  let streaming = false;
  /** What the parser found since the last call: dropped, or handed on once there are too many to hold. */
  const drain = (): void => {
    parser.meta.length = 0;
    parser.unassigned.length = 0;
    if (!streaming && parser.diagnostics.length <= HELD_DIAGNOSTICS) return;
    streaming = true;
    onDiagnostics(parser.diagnostics.splice(0));
  };
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text.length === 0 || decoder.info().binary) continue;
    yield* parser.push(text);
    drain();
  }
  const rest = decoder.end();
  const info = decoder.info();
  if (!info.binary) {
    yield* parser.push(rest);
    yield* parser.end();
    drain();
  }
  const file = options.file ?? null;
  return {
    file,
    section: info.binary ? null : parser.section,
    meta: [],
    items: [],
    unassigned: [],
    diagnostics: [...info.diagnostics.map((d) => ({ ...d, file })), ...(info.binary ? [] : parser.diagnostics)],
    encoding: info.encoding,
    detectedBy: info.detectedBy,
    binary: info.binary,
  };
}
