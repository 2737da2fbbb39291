// The columns of the `list` view, shared by its two renderings: the terminal
// table (table.ts) and tab-separated lines (table-tsv.ts).

import type { ChalkInstance } from 'chalk';
import type { BulletinDocument } from '../document.js';
import type { Item, ItemKind } from '../model.js';
import type { FormatContext } from './types.js';

/** Marks a truncated item: two Han characters, as wide in every terminal (unlike ✂ or …). */
export const TRUNCATED_MARK = '截断';

type Value = string | number | boolean | null;

export interface Column {
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
export const SHRINK_ORDER = ['title', 'community', 'authors', 'file'];

export interface Row {
  item: Item;
  file: string | null;
}

export function columnsFor(context: FormatContext): Column[] {
  return context.showFile ? [FILE, ...COLUMNS] : [...COLUMNS];
}

export function rowsOf(documents: readonly BulletinDocument[]): Row[] {
  return documents.flatMap((document) => document.items.map((item) => ({ item, file: document.file })));
}

/** Who made the item: its named authors, or, when it names nobody, the roles it gives (`本报通讯员`). */
function creditLine(item: Item): string {
  if (item.authors.length > 0) return item.authors.join('、');
  return [...new Set(item.people.flatMap((person) => (person.role === null ? [] : [person.role])))].join('、');
}
