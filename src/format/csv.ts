// RFC 4180 CSV, one row per item, for spreadsheets and `csvkit`.
//
// Cells are written as they are. We do not prefix `'` to cells starting with
// = + - @ (OWASP's advice against formula injection): that would change the
// data for every program that is not a spreadsheet, and the text columns of a
// bulletin are prose, not formulas. Whoever opens an untrusted file in a
// spreadsheet should import it as text (docs/formats.md says how).

import type { Item } from '../model.js';
import { formatByEvents, type Format, type FormatContext, type StreamingFormat } from './types.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** A field needs quotes when it holds a quote, a comma or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

type Cell = string | number | boolean | null;

/** The columns, in order: a header and how to read it from an item. */
const COLUMNS: ReadonlyArray<readonly [string, (item: Item, file: string | null) => Cell]> = [
  ['file', (_, file) => file],
  ['index', (item) => item.index],
  ['kind', (item) => item.kind],
  ['community', (item) => item.community],
  ['title', (item) => item.title],
  ['lead', (item) => item.lead],
  ['dateline', (item) => item.dateline],
  ['date', (item) => item.date],
  ['authors', (item) => item.authors.join('、')],
  ['byline', (item) => item.byline],
  ['credit', (item) => item.credit?.raw ?? null],
  ['truncated', (item) => item.truncated],
  ['characters', (item) => item.characters],
  ['start_line', (item) => item.span.start.line],
  ['end_line', (item) => item.span.end.line],
  ['text', (item) => item.blocks.map((block) => block.text).join('\n')],
];

/** The header names, for readers of the output. */
export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

/** One RFC 4180 field: null is empty, quotes are doubled inside quotes. */
export function csvField(value: Cell): string {
  const text = value === null ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + CRLF;
}

const events: StreamingFormat = {
  start: (context: FormatContext) => (context.bom ? BOM : '') + row(CSV_COLUMNS),
  documentStart: () => '',
  item: (item, file) => row(COLUMNS.map(([, read]) => read(item, file))),
  documentEnd: () => '',
  end: () => '',
};

export const csv = {
  name: 'csv',
  description: 'RFC 4180 CSV, one row per item with its text; --bom for spreadsheet programs',
  streaming: events,
  format: (documents, context) => formatByEvents(events, documents, context),
} satisfies Format;
