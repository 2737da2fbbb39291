// Diagnostics on stderr, one per line, in the shape compilers use so that
// editors and `grep` can jump to them:
//
//   pages/a.txt:12:1: warning: Unexpected text outside an item [unassigned-text]

import type { Diagnostic, Severity } from '../model.js';

export interface ReportOptions {
  /** `--quiet`: no warnings. */
  quiet: boolean;
  /** `--verbose`: info-level notes too (column breaks joined …). */
  verbose: boolean;
  /** Colour the severity word. */
  color: boolean;
}

/** Rules the CLI reports its own way (binary input is an input error, not a warning). */
const REPORTED_ELSEWHERE = new Set(['binary']);

const COLOURS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[39m';

/** Whether a diagnostic of this severity is printed. */
export function shouldReport(severity: Severity, options: ReportOptions): boolean {
  if (severity === 'error') return true;
  if (options.quiet) return false;
  return severity === 'warning' || options.verbose;
}

/** The lines to print for one file's diagnostics, each ending in a newline. */
export function formatDiagnostics(file: string, diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  let out = '';
  for (const diagnostic of diagnostics) {
    if (REPORTED_ELSEWHERE.has(diagnostic.ruleId) || !shouldReport(diagnostic.severity, options)) continue;
    out += formatDiagnostic(file, diagnostic, options.color);
  }
  return out;
}

export function formatDiagnostic(file: string, diagnostic: Diagnostic, color = false): string {
  const { line, column } = diagnostic.place.start;
  const severity = color ? `${COLOURS[diagnostic.severity]}${diagnostic.severity}${RESET}` : diagnostic.severity;
  return `${file}:${line}:${column}: ${severity}: ${oneLine(diagnostic.message)} [${diagnostic.ruleId}]\n`;
}

/** A message never spans lines: one diagnostic, one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
