// Counts over parsed documents, for `bulletin stats`: what kinds of items a
// page holds, which communities and authors appear, how much was cut off.

import { Chalk } from 'chalk';
import type { BulletinDocument } from '../document.js';
import type { ItemKind } from '../model.js';
import { renderTable, tableChrome } from './terminal-table.js';
import type { FormatContext } from './types.js';
import { cellText } from './cell-text.js';
import { fitWidths, truncateToWidth, widest } from './width.js';

/** A name and how many items carry it; `name` is null for items without a community. */
export interface Count {
  name: string | null;
  items: number;
}

export interface Stats {
  files: number;
  items: number;
  /** Body characters over all items, white space not counted. */
  characters: number;
  /** Items whose last paragraph stops mid-sentence. */
  truncated: number;
  /** Runs of text that belong to no item. */
  unassigned: number;
  kinds: Record<ItemKind, number>;
  /** Most items first; ties in the order they first appear. */
  communities: Count[];
  /** Most items first; ties in the order they first appear. Items without a named author are not counted. */
  authors: Count[];
}

export type StatsStyle = 'table' | 'json';

export function computeStats(documents: readonly BulletinDocument[]): Stats {
  const kinds: Record<ItemKind, number> = { brief: 0, feature: 0, photo: 0, other: 0 };
  const communities = new Map<string | null, number>();
  const authors = new Map<string, number>();
  let items = 0;
  let characters = 0;
  let truncated = 0;
  let unassigned = 0;
  for (const document of documents) {
    unassigned += document.unassigned.length;
    for (const item of document.items) {
      items += 1;
      characters += item.characters;
      if (item.truncated) truncated += 1;
      kinds[item.kind] += 1;
      communities.set(item.community, (communities.get(item.community) ?? 0) + 1);
      for (const author of new Set(item.authors)) authors.set(author, (authors.get(author) ?? 0) + 1);
    }
  }
  return {
    files: documents.length,
    items,
    characters,
    truncated,
    unassigned,
    kinds,
    communities: ranked(communities),
    authors: ranked(authors),
  };
}

/** Array.prototype.sort is stable, so equal counts keep their first-seen order. */
function ranked(counts: Map<string | null, number>): Count[] {
  return [...counts].map(([name, items]) => ({ name, items })).sort((a, b) => b.items - a.items);
}

/** Shown for items without a community. */
const NO_NAME = '(none)';

/** Rows of `group, name, count`: the totals, then each kind, community and author. */
function statsRows(stats: Stats): Array<[string, string, number]> {
  const rows: Array<[string, string, number]> = [
    ['total', 'files', stats.files],
    ['total', 'items', stats.items],
    ['total', 'characters', stats.characters],
    ['total', 'truncated', stats.truncated],
    ['total', 'unassigned', stats.unassigned],
  ];
  for (const [kind, count] of Object.entries(stats.kinds)) rows.push(['kind', kind, count]);
  for (const { name, items } of stats.communities) rows.push(['community', name ?? NO_NAME, items]);
  for (const { name, items } of stats.authors) rows.push(['author', name ?? NO_NAME, items]);
  return rows;
}

/**
 * `json`: the Stats object. `table`: on a terminal (`context.columns` set), a
 * table of group, name and count fitted to the width; otherwise the same rows
 * tab-separated, with a header, for scripts.
 */
export function formatStats(stats: Stats, context: FormatContext, style: StatsStyle): string {
  if (style === 'json') return `${JSON.stringify(stats, null, 2)}\n`;
  const rows = statsRows(stats).map(([group, name, count]) => [group, cellText(name), String(count)] as const);
  if (context.columns === null) {
    return [['group', 'name', 'count'], ...rows].map((row) => `${row.join('\t')}\n`).join('');
  }
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const header = ['group', 'name', 'count'];
  const natural = header.map((label, c) => widest(label, rows, c));
  // The name gives way, then the group.
  const widths = fitWidths(
    natural.map((width, c) => ({ natural: width, hardMin: c < 2 ? 4 : undefined })),
    context.columns - tableChrome(header.length),
    [1, 0],
  );
  return renderTable({
    head: header.map((label, c) => chalk.bold(truncateToWidth(label, widths[c]!))),
    rows: rows.map(([group, name, count]) => [chalk.dim(truncateToWidth(group, widths[0]!)), truncateToWidth(name, widths[1]!), count]),
    widths,
    aligns: ['left', 'left', 'right'],
  });
}
