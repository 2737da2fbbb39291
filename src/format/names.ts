// The output formats, in one table: the name `--format` takes, how to load the
// format, and whether it writes the items alone. A new format is one entry here
// (index.ts then fails to compile until its eager map has it too).
//
// Light on purpose: option parsing reads the names at start-up without loading
// any format; a command loads the one it uses (load.ts).

import type { Format } from './types.js';

interface FormatEntry {
  load(): Promise<Format>;
  /**
   * Writes the items and nothing else of a document (no meta lines,
   * unassigned text or diagnostics): reading for it keeps no page-level data,
   * so that memory stays flat on a huge file.
   */
  itemsOnly: boolean;
}

const REGISTRY = {
  json: { load: async () => (await import('./json.js')).json, itemsOnly: false },
  ndjson: { load: async () => (await import('./ndjson.js')).ndjson, itemsOnly: true },
  csv: { load: async () => (await import('./csv.js')).csv, itemsOnly: true },
  markdown: { load: async () => (await import('./markdown.js')).markdown, itemsOnly: true },
  table: { load: async () => (await import('./table.js')).table, itemsOnly: true },
  html: { load: async () => (await import('./html/index.js')).html, itemsOnly: false },
} satisfies Record<string, FormatEntry>;

export type FormatName = keyof typeof REGISTRY;

export const FORMAT_NAMES = Object.freeze(Object.keys(REGISTRY) as FormatName[]);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(REGISTRY, name);
}

/** The registry's entry for a format name. */
export function formatEntry(name: FormatName): FormatEntry {
  return REGISTRY[name];
}

/** Whether the format of that name writes the items alone (false for a name that is no format). */
export function writesItemsOnly(name: string): boolean {
  return isFormatName(name) && REGISTRY[name].itemsOnly;
}
