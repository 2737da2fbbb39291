// The benchmark's table, in Markdown so that it goes into docs/performance.md as it is.

import type { Summary } from './measure.js';

export interface Row {
  name: string;
  input: string;
  unit: 'ms' | 'MB';
  summary: Summary;
  /** Throughput at the median: `84.2 MB/s`, `5400 files/s`. */
  rate: string;
  /** The baseline and its median. */
  baseline: string;
  ratio: string;
  target: string;
  /** null: no target. */
  met: boolean | null;
  /** The `npm run bench:profile` argument that shows where this row's time goes. */
  profile?: string;
}

function value(unit: Row['unit'], n: number): string {
  return unit === 'ms' ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} MB`;
}

export function renderTable(rows: readonly Row[]): string {
  const head = ['measurement', 'input', 'median', 'min', 'max', 'rate', 'baseline (median)', 'ratio', 'target', ''];
  const lines = [head, head.map(() => '---')].map((cells) => `| ${cells.join(' | ')} |`);
  for (const row of rows) {
    const verdict = row.met === null ? '' : row.met ? 'met' : '**missed**';
    const cells = [row.name, row.input, value(row.unit, row.summary.median), value(row.unit, row.summary.min), value(row.unit, row.summary.max), row.rate, row.baseline, row.ratio, row.target, verdict];
    lines.push(`| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}
