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

/**
 * A format that writes each item as soon as it is parsed. The events are pure:
 * the caller writes the separators and passes the counts, so that a document
 * can be formatted apart from the others (on a worker thread) and put in its
 * place afterwards. Formats that need neither leave the separators out and
 * ignore the counts.
 */
export interface StreamingFormat {
  start(context: FormatContext): string;
  /** Written between two documents, never by documentStart (json: a comma). */
  documentSeparator?(context: FormatContext): string;
  documentStart(file: string | null, context: FormatContext): string;
  /** Written between two items of one document. */
  itemSeparator?(context: FormatContext): string;
  item(item: Item, file: string | null, context: FormatContext): string;
  /** `document.items` is empty here: the items were written already, `items` of them. */
  documentEnd(document: BulletinDocument, context: FormatContext, items: number): string;
  /** `documents`: how many documents were written. */
  end(context: FormatContext, documents: number): string;
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
  documents.forEach((document, index) => {
    if (index > 0) out += streaming.documentSeparator?.(context) ?? '';
    out += formatDocument(streaming, document, context);
  });
  return out + streaming.end(context, documents.length);
}

/** One document with its items, from documentStart to documentEnd: the same text wherever it falls. */
export function formatDocument(streaming: StreamingFormat, document: BulletinDocument, context: FormatContext): string {
  let out = streaming.documentStart(document.file, context);
  document.items.forEach((item, index) => {
    if (index > 0) out += streaming.itemSeparator?.(context) ?? '';
    out += streaming.item(item, document.file, context);
  });
  return out + streaming.documentEnd({ ...document, items: [] }, context, document.items.length);
}

/** The version of the JSON output's shape (docs/bulletin.schema.json); bump on breaking changes. */
export const SCHEMA_VERSION = 1;
