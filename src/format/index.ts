// The registry of output formats, keyed by the name `--format` takes.
// Importing it loads every format (cli-table3 and chalk with the table); a
// command that needs one format can `loadFormat(name)` from ./load.js instead.

import { csv } from './csv.js';
import { html } from './html/index.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { ndjson } from './ndjson.js';
import { FORMAT_NAMES, type FormatName as ListedName } from './names.js';
import { table } from './table.js';
import type { Format } from './types.js';

export const FORMATS = { json, ndjson, csv, markdown, table, html } satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;

export { FORMAT_NAMES };

// The names listed for option parsing are the registry's keys: this line stops compiling when they part.
const namesMatch: [FormatName] extends [ListedName] ? ([ListedName] extends [FormatName] ? true : never) : never = true;
void namesMatch;

export function getFormat(name: string): Format | undefined {
  return Object.hasOwn(FORMATS, name) ? FORMATS[name as FormatName] : undefined;
}

export { computeStats, formatStats, type Count, type Stats, type StatsStyle } from './stats.js';
export { formatByEvents, SCHEMA_VERSION, type Format, type FormatContext, type StreamingFormat } from './types.js';
