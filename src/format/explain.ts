// `bulletin explain`: each line with the label the parser gave it, the item it
// went to and the reasons. What an editor runs when a page reads wrong.

import stringWidth from 'string-width';
import type { LineDecision } from '../parse/index.js';
import { pointIn } from '../parse/lines.js';
import { truncateToWidth } from './width.js';

export interface ExplainedLine {
  line: number;
  column: number;
  label: string;
  /** The item the line went to, or null (section, page lines, unassigned text…). */
  item: number | null;
  text: string;
  reasons: readonly string[];
}

export interface ExplainedFile {
  file: string;
  lines: ExplainedLine[];
}

export function toExplainedLine(decision: LineDecision): ExplainedLine {
  const start = pointIn(decision.line, 0);
  return { line: start.line, column: start.column, label: decision.label, item: decision.item, text: decision.line.content, reasons: decision.reasons };
}

export interface ExplainContext {
  /** A terminal's width: the text column is cut to fit; null (piped) gives tab-separated lines whole. */
  columns: number | null;
  showFile: boolean;
}

const HEADER = ['line', 'item', 'label', 'text', 'reasons'];

/** One row per line: aligned and cut to the terminal, or tab-separated when piped. */
export function formatExplainTable(files: readonly ExplainedFile[], context: ExplainContext): string {
  const rows = files.flatMap((file) =>
    file.lines.map((line) => [
      ...(context.showFile ? [file.file] : []),
      String(line.line) + (line.column > 1 ? `:${line.column}` : ''),
      line.item === null ? '-' : String(line.item),
      line.label,
      line.text,
      line.reasons.join('; '),
    ]),
  );
  const header = [...(context.showFile ? ['file'] : []), ...HEADER];
  if (context.columns === null) return [header, ...rows].map((row) => `${row.map((cell) => cell.replace(/[\t\n\r]/g, ' ')).join('\t')}\n`).join('');
  const textColumn = header.length - 2;
  const fixed = header.map((label, i) => (i >= textColumn ? 0 : Math.max(stringWidth(label), ...rows.map((row) => stringWidth(row[i]!)))));
  const room = Math.max(10, context.columns - fixed.reduce((sum, width) => sum + width + 2, 0));
  const textWidth = Math.min(Math.ceil(room * 0.45), 40);
  const reasonsWidth = Math.max(10, room - textWidth - 2);
  const render = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        if (i < textColumn) return cell + ' '.repeat(fixed[i]! - stringWidth(cell));
        const width = i === textColumn ? textWidth : reasonsWidth;
        const cut = truncateToWidth(cell, width);
        return i === textColumn ? cut + ' '.repeat(width - stringWidth(cut)) : cut;
      })
      .join('  ')
      .trimEnd();
  return [header, ...rows].map((row) => `${render(row)}\n`).join('');
}

export function formatExplainJson(files: readonly ExplainedFile[]): string {
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
