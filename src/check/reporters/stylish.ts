// Findings grouped by file, one per line, columns aligned by display width
// (a Han character takes two cells), like ESLint's stylish:
//
//   fixtures/community-news.txt
//     fixtures/community-news.txt:13:121  error    Unexpected end of brief …  truncated-body
//
//   ✖ 273 problems (4 errors, 265 warnings, 4 infos)
//     265 problems can be fixed with --fix
//
// The counts are the JSON report's: `errorCount` is findings of severity
// error, and files that could not be checked are `1 input error` after them.

import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Severity } from '../../model.js';
import type { CheckReport } from '../types.js';
import { plural, wholeReport, type ReportWriterFactory } from './types.js';

const SEVERITY_COLOUR: Record<Severity, 'red' | 'yellow' | 'blue'> = { error: 'red', warning: 'yellow', info: 'blue' };

export const stylishWriter: ReportWriterFactory = (context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const width = measure();
  return {
    start: () => '',
    file(result) {
      const name = result.file ?? '<stdin>';
      const rows: string[][] = [];
      if (result.inputError !== null) rows.push([name, 'error', result.inputError, '']);
      for (const d of result.diagnostics) {
        rows.push([`${name}:${d.place.start.line}:${d.place.start.column}`, d.severity, oneLine(d.message), d.ruleId]);
      }
      if (rows.length === 0) return '';
      // Not Math.max(...widths): a file with 130 000 findings overflows the call stack.
      const widths = [0, 1, 2].map((column) => rows.reduce((widest, row) => Math.max(widest, width(row[column]!)), 0));
      const out = [chalk.underline(name)];
      for (const [where, severity, message, ruleId] of rows) {
        const cells = [
          pad(where!, widths[0]!, width),
          chalk[SEVERITY_COLOUR[severity as Severity]](pad(severity!, widths[1]!, width)),
          ruleId ? pad(message!, widths[2]!, width) : message!,
          chalk.dim(ruleId!),
        ];
        out.push(`  ${cells.join('  ')}`.trimEnd());
      }
      return `${out.join('\n')}\n\n`;
    },
    end(totals) {
      const summary = summaryLine(totals, chalk);
      return summary === '' ? '' : `${summary}\n`;
    },
  };
};

export const stylish = wholeReport(stylishWriter);

function summaryLine(report: CheckReport, chalk: ChalkInstance): string {
  const { errorCount, warningCount, infoCount, inputErrorCount, fixableCount } = report;
  const total = errorCount + warningCount + infoCount + inputErrorCount;
  if (total === 0) return '';
  // Counted as the JSON report counts them: an input that could not be checked is not a finding.
  const parts = [plural(errorCount, 'error'), plural(warningCount, 'warning'), plural(infoCount, 'info')];
  if (inputErrorCount > 0) parts.push(plural(inputErrorCount, 'input error'));
  const colour = errorCount + inputErrorCount > 0 ? 'red' : warningCount > 0 ? 'yellow' : 'blue';
  let line = chalk[colour].bold(`✖ ${plural(total, 'problem')} (${parts.join(', ')})`);
  if (fixableCount > 0) line += `\n  ${plural(fixableCount, 'problem')} can be fixed with --fix`;
  return line;
}

function pad(text: string, to: number, width: (text: string) => number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * stringWidth, remembered per text: it costs some 40 µs on CJK text, and a
 * report repeats its messages (130 000 findings took 30 s, now under 1 s).
 */
function measure(): (text: string) => number {
  const known = new Map<string, number>();
  return (text) => {
    if (PRINTABLE_ASCII.test(text)) return text.length;
    let width = known.get(text);
    if (width === undefined) known.set(text, (width = stringWidth(text)));
    return width;
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
