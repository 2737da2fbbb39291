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

import { Chalk } from 'chalk';
import type { BulletinDocument } from '../document.js';
import { cellText } from './cell-text.js';
import { columnsFor, rowsOf, SHRINK_ORDER, type Column } from './table-columns.js';
import { formatTsv } from './table-tsv.js';
import { renderTable, tableChrome } from './terminal-table.js';
import type { Format, FormatContext } from './types.js';
import { fitWidths, truncateToWidth, widest, type ColumnFit } from './width.js';

export { TRUNCATED_MARK } from './table-columns.js';
export { formatTsv } from './table-tsv.js';

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
