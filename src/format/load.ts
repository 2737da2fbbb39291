// Loads one format on demand, so that `bulletin export --format json` does
// not load cli-table3 and chalk, which only the table needs on a terminal.

import { formatEntry, isFormatName } from './names.js';
import type { Format } from './types.js';

export interface LoadOptions {
  /** false: the output is not a terminal (FormatContext.columns will be null), so the table is tab-separated lines. */
  terminal?: boolean;
}

/** The format of that name, or undefined when there is none. */
export async function loadFormat(name: string, options: LoadOptions = {}): Promise<Format | undefined> {
  if (name === 'table' && options.terminal === false) return (await import('./table-tsv.js')).tsvTable;
  return isFormatName(name) ? formatEntry(name).load() : undefined;
}
