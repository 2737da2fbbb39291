// Display width for tables that hold Chinese: a Han character takes two
// terminal cells, so widths come from string-width, never `.length`.

import stringWidth from 'string-width';

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The display width of a column: its header or its widest cell. */
export function widest(label: string, rows: ReadonlyArray<readonly string[]>, column: number): number {
  let width = stringWidth(label);
  for (const row of rows) width = Math.max(width, stringWidth(row[column] ?? ''));
  return width;
}

/** Cuts text to at most `width` display cells, ending in `…` when cut. */
export function truncateToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out + ELLIPSIS;
}

export interface ColumnFit {
  /** Widest cell, header included. */
  natural: number;
  /** Shrink to here first, in `order`; 0 never shrinks. */
  preferredMin?: number;
  /** Then down to here, in the same order. */
  hardMin?: number;
}

/**
 * Content widths that make the sum at most `budget`: the columns in
 * `preferredOrder` give way one after another to their preferred minimum,
 * then those in `hardOrder` to their hard one. When even that is too wide,
 * the hard minimums are returned and the caller's lines overflow.
 */
export function fitWidths(
  columns: readonly ColumnFit[],
  budget: number,
  preferredOrder: readonly number[],
  hardOrder: readonly number[] = preferredOrder,
): number[] {
  const widths = columns.map((column) => column.natural);
  let excess = widths.reduce((sum, w) => sum + w, 0) - budget;
  const phases = [
    ['preferredMin', preferredOrder],
    ['hardMin', hardOrder],
  ] as const;
  for (const [floor, order] of phases) {
    for (const index of order) {
      if (excess <= 0) return widths;
      const current = widths[index]!;
      const min = Math.min(current, columns[index]![floor] ?? current);
      const cut = Math.min(excess, current - min);
      widths[index] = current - cut;
      excess -= cut;
    }
  }
  return widths;
}
