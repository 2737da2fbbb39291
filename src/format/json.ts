// One JSON document for the whole run, written as events so that items can
// leave as soon as they are parsed:
//
//   { "schemaVersion": 1, "documents": [ { "file", "items": [...], "encoding", … } ] }
//
// The bytes are exactly `JSON.stringify(value, null, 2) + '\n'` of that value,
// whether written whole or item by item (the tests hold both to it).

import type { BulletinDocument } from '../document.js';
import type { Item } from '../model.js';
import { SCHEMA_VERSION, formatByEvents, type Format, type FormatContext, type StreamingFormat } from './types.js';

/** Keys of a document after its items, in the order they are written. */
const DOCUMENT_TAIL = ['encoding', 'detectedBy', 'section', 'meta', 'unassigned', 'diagnostics'] as const;

/** Nesting of the places we write: a document, its keys, an item. */
const DOCUMENT_INDENT = '    ';
const KEY_INDENT = '      ';
const ITEM_INDENT = '        ';

/**
 * JSON needs a comma between array elements, and the events do not say which
 * element comes first, so the writer remembers it. `start()` and
 * `documentStart()` reset what they open: one writer serves one run at a time.
 */
export function createJsonWriter(): StreamingFormat {
  let documents = 0;
  let items = 0;
  return {
    start() {
      documents = 0;
      return `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "documents": [`;
    },
    documentStart(file) {
      const separator = documents++ === 0 ? '' : ',';
      items = 0;
      return `${separator}\n${DOCUMENT_INDENT}{\n${KEY_INDENT}"file": ${JSON.stringify(file)},\n${KEY_INDENT}"items": [`;
    },
    item(item: Item) {
      const separator = items++ === 0 ? '' : ',';
      return `${separator}\n${ITEM_INDENT}${indent(stringify(item), ITEM_INDENT)}`;
    },
    documentEnd(document: BulletinDocument) {
      let out = items === 0 ? ']' : `\n${KEY_INDENT}]`;
      for (const key of DOCUMENT_TAIL) {
        out += `,\n${KEY_INDENT}${JSON.stringify(key)}: ${indent(stringify(document[key]), KEY_INDENT)}`;
      }
      return `${out}\n${DOCUMENT_INDENT}}`;
    },
    end() {
      return `${documents === 0 ? ']' : '\n  ]'}\n}\n`;
    },
  };
}

function stringify(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Safe on JSON text: line breaks inside strings are escaped, so every `\n` starts a nested line. */
function indent(text: string, by: string): string {
  return text.replaceAll('\n', `\n${by}`);
}

const writer = createJsonWriter();

export const json = {
  name: 'json',
  description: 'One JSON document: schemaVersion and every file with its items, meta, unassigned text and diagnostics',
  streaming: writer,
  format: (documents: readonly BulletinDocument[], context: FormatContext) => formatByEvents(createJsonWriter(), documents, context),
} satisfies Format;
