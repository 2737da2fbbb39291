// Loads one format on demand, so that `bulletin export --format json` does
// not load cli-table3 and chalk, which only the table needs on a terminal.

import { isFormatName, type FormatName } from './names.js';
import type { Format } from './types.js';

const LOADERS: Record<FormatName, () => Promise<Format>> = {
  json: async () => (await import('./json.js')).json,
  ndjson: async () => (await import('./ndjson.js')).ndjson,
  csv: async () => (await import('./csv.js')).csv,
  markdown: async () => (await import('./markdown.js')).markdown,
  table: async () => (await import('./table.js')).table,
  html: async () => (await import('./html/index.js')).html,
};

export interface LoadOptions {
  /** false: the output is not a terminal (FormatContext.columns will be null), so the table is tab-separated lines. */
  terminal?: boolean;
}

/** The format of that name, or undefined when there is none. */
export async function loadFormat(name: string, options: LoadOptions = {}): Promise<Format | undefined> {
  if (name === 'table' && options.terminal === false) return (await import('./table-tsv.js')).tsvTable;
  return isFormatName(name) ? LOADERS[name]() : undefined;
}
