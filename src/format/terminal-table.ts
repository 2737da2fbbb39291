// cli-table3 set up the way our tables read: one rule under the header and
// none between rows, no colours of its own (ours come from the context), and
// cells already cut to their widths so that nothing wraps.

import Table from 'cli-table3';

/** cli-table3 pads each cell with a space on both sides. */
export const CELL_PADDING = 2;

/** The display width the borders and padding of `count` columns take. */
export function tableChrome(count: number): number {
  return count * CELL_PADDING + count + 1;
}

export interface TableLayout {
  head: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
  /** Display widths of the content of each column, padding not included. */
  widths: readonly number[];
  aligns: ReadonlyArray<'left' | 'right'>;
}

const NO_ROW_RULES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function renderTable(layout: TableLayout): string {
  const table = new Table({
    head: [...layout.head],
    colWidths: layout.widths.map((width) => width + CELL_PADDING),
    colAligns: [...layout.aligns],
    wordWrap: false,
    // cli-table3 colours borders and headers by its own detection; colour is the caller's to decide.
    style: { head: [], border: [] },
    chars: NO_ROW_RULES,
  });
  for (const row of layout.rows) table.push([...row]);
  return `${underlineHeader(table.toString())}\n`;
}

/** cli-table3 rules every row or none; a list reads best with one rule, under the header. */
function underlineHeader(rendered: string): string {
  const [top, header, ...rest] = rendered.split('\n');
  if (top === undefined || header === undefined) return rendered;
  const rule = top.replace('┌', '├').replaceAll('┬', '┼').replace('┐', '┤');
  return [top, header, rule, ...rest].join('\n');
}
