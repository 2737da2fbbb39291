// The `list` view. On a terminal, a table fitted to its width:
//
//   ┌────┬─────────┬────────────┬──────────────────────┬─────────┬───────┬──────┐
//   │  # │ kind    │ community  │ title                │ authors │ chars │ cut  │
//   ├────┼─────────┼────────────┼──────────────────────┼─────────┼───────┼──────┤
//   │  2 │ brief   │ 苏村社区   │ 开展主题党日活动     │ 李莉    │   119 │ 截断 │
//
// Widths are display widths (a Han character is two cells). When the table is
// wider than the terminal, the title gives way first, then community and
// authors, then file; cut cells end in `…`. Rows never wrap.
//
// Without a terminal, tab-separated lines with a header, for cut, sort, awk.

import { Chalk, type ChalkInstance } from 'chalk';
import type { BulletinDocument } from '../document.js';
import type { Item, ItemKind } from '../model.js';
import { renderTable, tableChrome } from './terminal-table.js';
import type { Format, FormatContext } from './types.js';
import { cellText, fitWidths, truncateToWidth, widest, type ColumnFit } from './width.js';

/** Marks a truncated item: two Han characters, as wide in every terminal (unlike ✂ or …). */
export const TRUNCATED_MARK = '截断';

type Value = string | number | boolean | null;

interface Column {
  /** Header in tab-separated output, a stable name for scripts. */
  name: string;
  /** Header on a terminal. */
  label: string;
  value(item: Item, file: string | null): Value;
  /** In tab-separated output, when it differs from the terminal's. */
  tsv?(item: Item): Value;
  align?: 'right';
  /** How far it may give way: preferred, then hard minimum display width. */
  shrink?: { preferred: number; hard: number };
  paint?(text: string, item: Item, chalk: ChalkInstance): string;
}

const KIND_COLOURS: Record<ItemKind, 'green' | 'cyan' | 'magenta' | 'gray'> = {
  brief: 'green',
  feature: 'cyan',
  photo: 'magenta',
  other: 'gray',
};

const FILE: Column = { name: 'file', label: 'file', value: (_, file) => file, shrink: { preferred: 12, hard: 4 } };

const COLUMNS: readonly Column[] = [
  { name: 'index', label: '#', value: (item) => item.index, align: 'right', paint: (text, _, chalk) => chalk.dim(text) },
  { name: 'kind', label: 'kind', value: (item) => item.kind, paint: (text, item, chalk) => chalk[KIND_COLOURS[item.kind]](text) },
  { name: 'community', label: 'community', value: (item) => item.community, shrink: { preferred: 8, hard: 3 } },
  { name: 'title', label: 'title', value: (item) => item.title, shrink: { preferred: 12, hard: 3 } },
  { name: 'authors', label: 'authors', value: creditLine, shrink: { preferred: 6, hard: 3 } },
  { name: 'characters', label: 'chars', value: (item) => item.characters, align: 'right' },
  {
    name: 'truncated',
    label: 'cut',
    value: (item) => (item.truncated ? TRUNCATED_MARK : ''),
    tsv: (item) => item.truncated,
    paint: (text, _, chalk) => chalk.yellow(text),
  },
];

/**
 * The order in which columns give way to their preferred widths, by name.
 * Below those, the order turns round: the title, what a reader scans for, goes last.
 */
const SHRINK_ORDER = ['title', 'community', 'authors', 'file'];

interface Row {
  item: Item;
  file: string | null;
}

function columnsFor(context: FormatContext): Column[] {
  return context.showFile ? [FILE, ...COLUMNS] : [...COLUMNS];
}

function rowsOf(documents: readonly BulletinDocument[]): Row[] {
  return documents.flatMap((document) => document.items.map((item) => ({ item, file: document.file })));
}

export function formatTsv(documents: readonly BulletinDocument[], context: FormatContext): string {
  const columns = columnsFor(context);
  const lines = [columns.map((column) => column.name)];
  for (const { item, file } of rowsOf(documents)) {
    lines.push(columns.map((column) => cellText((column.tsv ?? column.value)(item, file))));
  }
  return lines.map((cells) => `${cells.join('\t')}\n`).join('');
}

/** Display widths of each column's content, fitted to the terminal. */
function fittedWidths(columns: readonly Column[], cells: readonly string[][], terminal: number): number[] {
  const fits: ColumnFit[] = columns.map((column, c) => ({
    natural: widest(column.label, cells, c),
    preferredMin: column.shrink?.preferred,
    hardMin: column.shrink?.hard,
  }));
  const budget = terminal - tableChrome(columns.length);
  const order = SHRINK_ORDER.map((name) => columns.findIndex((column) => column.name === name)).filter((i) => i >= 0);
  return fitWidths(fits, budget, order, [...order].reverse());
}

export function formatTerminalTable(documents: readonly BulletinDocument[], context: FormatContext & { columns: number }): string {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const columns = columnsFor(context);
  const rows = rowsOf(documents);
  const cells = rows.map(({ item, file }) => columns.map((column) => cellText(column.value(item, file))));
  const widths = fittedWidths(columns, cells, context.columns);

  return renderTable({
    head: columns.map((column, c) => chalk.bold(truncateToWidth(column.label, widths[c]!))),
    rows: rows.map(({ item }, r) =>
      columns.map((column, c) => {
        const text = truncateToWidth(cells[r]![c]!, widths[c]!);
        return column.paint && text !== '' ? column.paint(text, item, chalk) : text;
      }),
    ),
    widths,
    aligns: columns.map((column) => column.align ?? 'left'),
  });
}

export const table = {
  name: 'table',
  description: 'A table fitted to the terminal; tab-separated lines when not writing to one',
  format(documents, context) {
    const { columns } = context;
    return columns === null ? formatTsv(documents, context) : formatTerminalTable(documents, { ...context, columns });
  },
} satisfies Format;

/** Who made the item: its named authors, or, when it names nobody, the roles it gives (`本报通讯员`). */
function creditLine(item: Item): string {
  if (item.authors.length > 0) return item.authors.join('、');
  return [...new Set(item.people.flatMap((person) => (person.role === null ? [] : [person.role])))].join('、');
}
