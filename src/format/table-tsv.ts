// The `list` view without a terminal: tab-separated lines with a header, for
// cut, sort and awk. A module of its own so that `bulletin list … | …` loads
// neither chalk, cli-table3 nor string-width (src/format/load.ts).

import type { BulletinDocument } from '../document.js';
import { cellText } from './cell-text.js';
import { columnsFor, rowsOf } from './table-columns.js';
import type { Format, FormatContext } from './types.js';

export function formatTsv(documents: readonly BulletinDocument[], context: FormatContext): string {
  const columns = columnsFor(context);
  const lines = [columns.map((column) => column.name)];
  for (const { item, file } of rowsOf(documents)) {
    lines.push(columns.map((column) => cellText((column.tsv ?? column.value)(item, file))));
  }
  return lines.map((cells) => `${cells.join('\t')}\n`).join('');
}

/** The table format as loaded for output that is not a terminal. */
export const tsvTable = {
  name: 'table',
  description: 'Tab-separated lines (the table format when not writing to a terminal)',
  format(documents, context) {
    if (context.columns !== null) throw new Error('tsvTable: loaded for a terminal; load the table format itself');
    return formatTsv(documents, context);
  },
} satisfies Format;
