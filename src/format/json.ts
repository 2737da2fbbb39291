// One JSON document for the whole run, written as events so that items can
// leave as soon as they are parsed:
//
//   { "schemaVersion": 1, "documents": [ { "file", "items": [...], "encoding", … } ] }
//
// The bytes are exactly `JSON.stringify(value, null, 2) + '\n'` of that value,
// whether written whole or item by item (the tests hold both to it).

import type { BulletinDocument } from '../document.js';
import type { DocumentSource, Item } from '../model.js';
import { SCHEMA_VERSION, formatByEvents, type Format, type FormatContext, type StreamingFormat } from './types.js';

/** Keys of a document after its items, in the order they are written. */
const DOCUMENT_TAIL = ['encoding', 'detectedBy', 'source', 'section', 'meta', 'unassigned', 'diagnostics'] as const;

/** A document without `source` is a plain-text file. */
const TEXT_SOURCE: DocumentSource = { format: 'text', unit: 'line' };

/** Nesting of the places we write: a document, its keys, an item. */
const DOCUMENT_INDENT = '    ';
const KEY_INDENT = '      ';
const ITEM_INDENT = '        ';

/** The events: pure, the commas and the counts come from the caller (see StreamingFormat). */
const events = {
  start: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "documents": [`,
  documentSeparator: () => ',',
  documentStart: (file: string | null) => `\n${DOCUMENT_INDENT}{\n${KEY_INDENT}"file": ${JSON.stringify(file)},\n${KEY_INDENT}"items": [`,
  itemSeparator: () => ',',
  item: (item: Item) => `\n${ITEM_INDENT}${indent(stringify(item), ITEM_INDENT)}`,
  documentEnd(document: BulletinDocument, _context: FormatContext, items: number) {
    let out = items === 0 ? ']' : `\n${KEY_INDENT}]`;
    for (const key of DOCUMENT_TAIL) {
      // A plain-text file says so too: what `line` counts is in every document.
      const value = key === 'source' ? (document.source ?? TEXT_SOURCE) : document[key];
      out += `,\n${KEY_INDENT}${JSON.stringify(key)}: ${indent(stringify(value), KEY_INDENT)}`;
    }
    return `${out}\n${DOCUMENT_INDENT}}`;
  },
  end: (_context: FormatContext, documents: number) => `${documents === 0 ? ']' : '\n  ]'}\n}\n`,
} satisfies StreamingFormat;

/** The events for a caller that writes them in order and keeps no counts. */
export type OrderedWriter = Omit<StreamingFormat, 'documentEnd' | 'end'> & {
  documentEnd(document: BulletinDocument, context: FormatContext): string;
  end(context: FormatContext): string;
};

/**
 * A writer that puts the commas in and keeps the counts itself. `start()` and
 * `documentStart()` reset what they open: one writer serves one run at a time.
 */
export function createJsonWriter(): OrderedWriter {
  let documents = 0;
  let items = 0;
  return {
    start() {
      documents = 0;
      return events.start();
    },
    documentStart(file) {
      items = 0;
      return (documents++ === 0 ? '' : events.documentSeparator()) + events.documentStart(file);
    },
    item(item) {
      return (items++ === 0 ? '' : events.itemSeparator()) + events.item(item);
    },
    documentEnd: (document, context) => events.documentEnd(document, context, items),
    end: (context) => events.end(context, documents),
  };
}

function stringify(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Safe on JSON text: line breaks inside strings are escaped, so every `\n` starts a nested line. */
function indent(text: string, by: string): string {
  return text.replaceAll('\n', `\n${by}`);
}

export const json = {
  name: 'json',
  description: 'One JSON document: schemaVersion and every file with its items, meta, unassigned text and diagnostics',
  streaming: events,
  format: (documents: readonly BulletinDocument[], context: FormatContext) => formatByEvents(events, documents, context),
} satisfies Format;
