// A reporter turns a check report into text: no I/O, no exit codes (ESLint's
// formatters are the model). Each is written as a writer that takes the files
// one at a time, so that `bulletin check` over an archive prints each file's
// findings as it goes and keeps none of them; the whole-report function is the
// writer's output concatenated, the same bytes by construction.

import type { CheckedDocument, CheckReport, FileResult, Rule } from '../types.js';

export interface ReporterContext {
  /** Colours allowed (stylish only). */
  color: boolean;
  /** The rules the run knew, for formats that describe them (SARIF). */
  rules: readonly Rule[];
  /** bulletin's version, for SARIF's tool.driver. */
  version: string;
  /** Where the rule pages (docs/rules/) are, ending in `/`, for the HTML report's links; default `docs/rules/`. */
  rulesUrl?: string;
}

/** One run's report, written as it goes. */
export interface ReportWriter {
  /** Before the first file. */
  start(): string;
  /**
   * One file's findings (or input error), as soon as it is checked; `source`
   * is the parsed file they are about, for a report that shows the text (HTML).
   */
  file(result: FileResult, source?: CheckedDocument | null): string;
  /** After the last file; `totals.results` is empty (the files went to file()). */
  end(totals: CheckReport): string;
}

export type ReportWriterFactory = (context: ReporterContext) => ReportWriter;

export type Reporter = (report: CheckReport, context: ReporterContext) => string;

/** The whole report at once, from a writer. */
export function wholeReport(writer: ReportWriterFactory): Reporter {
  return (report, context) => {
    const write = writer(context);
    let out = write.start();
    for (const result of report.results) out += write.file(result);
    return out + write.end({ ...report, results: [] });
  };
}

/** Pretty JSON of `value` as JSON.stringify(…, null, 2) writes it `depth` levels down in a larger document. */
export function nestedJson(value: unknown, depth: number): string {
  const indent = '  '.repeat(depth);
  return indent + JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/** `1 error`, `2 errors`, `0 infos`: counts in summaries say them as people do. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
