// The contract of an output format: data in, text out. No I/O, no exit codes
// (ESLint's formatters are the model). Formats that can stream are written as
// events; their whole-document output is the concatenation of those events,
// so a streaming run and an in-memory run give the same bytes by construction.

import type { BulletinDocument } from '../document.js';
import type { Item } from '../model.js';

export interface FormatContext {
  /** Colours allowed: a terminal, no NO_COLOR, or FORCE_COLOR. */
  color: boolean;
  /** Terminal width for tables; null when stdout is not a terminal (tables become tab-separated lines). */
  columns: number | null;
  /** Several input files: records name their file. */
  showFile: boolean;
  /** CSV: start with a UTF-8 BOM for spreadsheet programs. */
  bom: boolean;
}

/** A format that writes each item as soon as it is parsed. */
export interface StreamingFormat {
  start(context: FormatContext): string;
  documentStart(file: string | null, context: FormatContext): string;
  item(item: Item, file: string | null, context: FormatContext): string;
  /** `document.items` is empty here: the items were written already. */
  documentEnd(document: BulletinDocument, context: FormatContext): string;
  end(context: FormatContext): string;
}

export interface Format {
  name: string;
  description: string;
  /** The whole output for parsed documents. */
  format(documents: readonly BulletinDocument[], context: FormatContext): string;
  /** Present when the format can be written item by item. */
  streaming?: StreamingFormat;
}

/** The whole-document output of a streaming format: its events, concatenated. */
export function formatByEvents(streaming: StreamingFormat, documents: readonly BulletinDocument[], context: FormatContext): string {
  let out = streaming.start(context);
  for (const document of documents) {
    out += streaming.documentStart(document.file, context);
    for (const item of document.items) out += streaming.item(item, document.file, context);
    out += streaming.documentEnd({ ...document, items: [] }, context);
  }
  return out + streaming.end(context);
}

/** The version of the JSON output's shape (docs/bulletin.schema.json); bump on breaking changes. */
export const SCHEMA_VERSION = 1;
