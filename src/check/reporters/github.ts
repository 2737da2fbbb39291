// GitHub Actions workflow commands, one per finding:
//   ::error file=a.txt,line=13,col=121,endLine=13,endColumn=122,title=truncated-body::Unexpected …
// Escaped as @actions/core escapes them: in the message `%` `\r` `\n`; in
// properties also `:` and `,`. GitHub shows only the first 10 annotations of
// each kind (error, warning, notice) per step, so only those are annotations;
// the rest are plain log lines, and githubStepSummary() gives a Markdown table
// of every finding for $GITHUB_STEP_SUMMARY (the CLI appends it). Nothing is
// dropped silently.

import type { Severity } from '../../model.js';
import type { CheckDiagnostic, CheckReport } from '../types.js';
import type { Reporter } from './types.js';

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

function findingsOf(report: CheckReport): Finding[] {
  const findings: Finding[] = [];
  for (const result of report.results) {
    if (result.inputError !== null) findings.push({ file: result.file, severity: 'error', message: result.inputError, diagnostic: null });
    for (const d of result.diagnostics) findings.push({ file: result.file, severity: d.severity, message: d.message, diagnostic: d });
  }
  return findings;
}

export const github: Reporter = (report) => {
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const annotations: string[] = [];
  const rest: string[] = [];
  for (const finding of findingsOf(report)) {
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
      annotations.push(`::${COMMAND[severity]} ${properties.join(',')}::${escapeData(message)}`);
    } else {
      rest.push(plainLine(finding));
    }
  }
  const lines = [...annotations];
  if (rest.length > 0) {
    lines.push(
      `${rest.length} more finding${rest.length === 1 ? '' : 's'} not annotated (GitHub shows ${ANNOTATION_LIMIT} per kind per step); all are in the job summary:`,
      ...rest,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

function plainLine({ file, severity, message, diagnostic }: Finding): string {
  const where = diagnostic ? `${file ?? '<stdin>'}:${diagnostic.place.start.line}:${diagnostic.place.start.column}` : (file ?? '<stdin>');
  return `${where}  ${severity}  ${message.replace(/[\r\n]+/g, ' ')}${diagnostic ? `  ${diagnostic.ruleId}` : ''}`;
}

/** GitHub refuses a step summary over 1 MiB; the table stops short of that and says how much it left out. */
const SUMMARY_LIMIT = 1024 * 1024 - 4096;

/** A Markdown table of every finding, for `$GITHUB_STEP_SUMMARY`. Empty when there is nothing to say. */
export function githubStepSummary(report: CheckReport): string {
  const findings = findingsOf(report);
  if (findings.length === 0) return '';
  const { errorCount, warningCount, infoCount, inputErrorCount } = report;
  const head = [
    '### bulletin check',
    '',
    `${errorCount + inputErrorCount} errors, ${warningCount} warnings, ${infoCount} infos in ${report.results.length} files.`,
    '',
    '| Severity | File | Line | Column | Rule | Message |',
    '| --- | --- | ---: | ---: | --- | --- |',
  ].join('\n');
  let out = `${head}\n`;
  let bytes = Buffer.byteLength(out);
  for (let i = 0; i < findings.length; i++) {
    const { file, severity, message, diagnostic } = findings[i]!;
    const row = `| ${severity} | ${cell(file ?? '<stdin>')} | ${diagnostic?.place.start.line ?? ''} | ${diagnostic?.place.start.column ?? ''} | ${diagnostic ? cell(diagnostic.ruleId) : ''} | ${cell(message)} |\n`;
    const size = Buffer.byteLength(row);
    if (bytes + size > SUMMARY_LIMIT) {
      out += `\n${findings.length - i} more findings left out (GitHub's summary limit is 1 MiB); they are in the step's log.\n`;
      break;
    }
    out += row;
    bytes += size;
  }
  return `${out}\n`;
}

/** Text safe in a Markdown table cell: no line breaks, `|` escaped, HTML not interpreted. */
function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
