// GitHub Actions workflow commands, one per finding:
//   ::error file=a.txt,line=13,col=121,endLine=13,endColumn=122,title=truncated-body::Unexpected …
// Escaped as @actions/core escapes them: in the message `%` `\r` `\n`; in
// properties also `:` and `,`. GitHub shows only the first 10 annotations of
// each kind (error, warning, notice) per step, so only those are annotations;
// the rest are plain log lines, and StepSummary gives a Markdown table
// of every finding for $GITHUB_STEP_SUMMARY (the CLI appends it). Nothing is
// dropped silently.

import type { Severity } from '../../model.js';
import type { CheckDiagnostic, CheckReport, FileResult } from '../types.js';
import { plural, wholeReport, type ReportWriterFactory } from './types.js';

/** Annotations GitHub shows per kind per step. */
export const ANNOTATION_LIMIT = 10;

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

interface Finding {
  file: string | null;
  severity: Severity;
  message: string;
  diagnostic: CheckDiagnostic | null;
}

function findingsOf(result: FileResult): Finding[] {
  const findings: Finding[] = [];
  if (result.inputError !== null) findings.push({ file: result.file, severity: 'error', message: result.inputError, diagnostic: null });
  for (const d of result.diagnostics) findings.push({ file: result.file, severity: d.severity, message: d.message, diagnostic: d });
  return findings;
}

export const githubWriter: ReportWriterFactory = () => {
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let plain = 0;
  return {
    start: () => '',
    file(result) {
      let out = '';
      for (const finding of findingsOf(result)) {
        const { file, severity, message, diagnostic } = finding;
        if (shown[severity] < ANNOTATION_LIMIT) {
          shown[severity]++;
          const properties: string[] = [];
          if (file !== null) properties.push(`file=${escapeProperty(file)}`);
          if (diagnostic) {
            const { start, end } = diagnostic.place;
            properties.push(`line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`);
            properties.push(`title=${escapeProperty(diagnostic.ruleId)}`);
          }
          out += `::${COMMAND[severity]} ${properties.join(',')}::${escapeData(message)}\n`;
        } else {
          // Said once, before the first plain line: the count comes at the end.
          if (plain++ === 0) out += `Findings past the first ${ANNOTATION_LIMIT} of each kind are plain lines (GitHub shows ${ANNOTATION_LIMIT} annotations per kind per step); all are in the job summary:\n`;
          out += `${plainLine(finding)}\n`;
        }
      }
      return out;
    },
    end: () => (plain === 0 ? '' : `${plain} more finding${plain === 1 ? '' : 's'} not annotated.\n`),
  };
};

export const github = wholeReport(githubWriter);

function plainLine({ file, severity, message, diagnostic }: Finding): string {
  const where = diagnostic ? `${file ?? '<stdin>'}:${diagnostic.place.start.line}:${diagnostic.place.start.column}` : (file ?? '<stdin>');
  return `${where}  ${severity}  ${message.replace(/[\r\n]+/g, ' ')}${diagnostic ? `  ${diagnostic.ruleId}` : ''}`;
}

/** GitHub refuses a step summary over 1 MiB; the table stops short of that and says how much it left out. */
const SUMMARY_LIMIT = 1024 * 1024 - 4096;

/**
 * A Markdown table of every finding, for `$GITHUB_STEP_SUMMARY`, gathered file
 * by file: it keeps the rows (at most 1 MiB of them), not the findings.
 */
export class StepSummary {
  private rows = '';
  private bytes = 0;
  private left = 0;
  private files = 0;
  private findings = 0;

  add(result: FileResult): void {
    this.files++;
    for (const { file, severity, message, diagnostic } of findingsOf(result)) {
      this.findings++;
      const row = `| ${severity} | ${cell(file ?? '<stdin>')} | ${diagnostic?.place.start.line ?? ''} | ${diagnostic?.place.start.column ?? ''} | ${diagnostic ? cell(diagnostic.ruleId) : ''} | ${cell(message)} |\n`;
      const size = Buffer.byteLength(row);
      // Once a row is left out, so are all after it: the table stays in the order of the report.
      if (this.left > 0 || this.bytes + size > SUMMARY_LIMIT) {
        this.left++;
        continue;
      }
      this.rows += row;
      this.bytes += size;
    }
  }

  /** The summary; empty when there is nothing to say. */
  text(totals: CheckReport): string {
    if (this.findings === 0) return '';
    const { errorCount, warningCount, infoCount, inputErrorCount } = totals;
    const head = [
      '### bulletin check',
      '',
      `${[plural(errorCount, 'error'), plural(warningCount, 'warning'), plural(infoCount, 'info'), ...(inputErrorCount > 0 ? [plural(inputErrorCount, 'input error')] : [])].join(', ')} in ${plural(this.files, 'file')}.`,
      '',
      '| Severity | File | Line | Column | Rule | Message |',
      '| --- | --- | ---: | ---: | --- | --- |',
    ].join('\n');
    const tail = this.left === 0 ? '' : `\n${plural(this.left, 'more finding')} left out (GitHub's summary limit is 1 MiB); they are in the step's log.\n`;
    return `${head}\n${this.rows}${tail}\n`;
  }
}

/** The step summary of a whole report. */
export function githubStepSummary(report: CheckReport): string {
  const summary = new StepSummary();
  for (const result of report.results) summary.add(result);
  return summary.text(report);
}

/** Text safe in a Markdown table cell: no line breaks, `|` escaped, HTML not interpreted. */
function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
