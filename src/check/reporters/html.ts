// The check report as one self-contained HTML page (src/format/html/): each
// file's items as cards with the findings drawn on the text they concern, a
// summary of the run, for CI artifacts (`bulletin check --format html >
// report.html`) and `bulletin view`. The page needs every file before its
// summary, so the writer keeps the files and writes the page at the end.
// Given results alone (the whole-report function), it lists each file's
// findings without its text.

import { renderReport, reportTitle, type ReportFile } from '../../format/html/index.js';
import { wholeReport, type ReportWriterFactory } from './types.js';

export const htmlWriter: ReportWriterFactory = (context) => {
  const files: ReportFile[] = [];
  return {
    start: () => '',
    file(result, source) {
      files.push({
        file: result.file,
        document: source?.document ?? null,
        text: source?.text ?? null,
        findings: result.diagnostics,
        inputError: result.inputError,
      });
      return '';
    },
    end: () =>
      renderReport(files, {
        title: reportTitle(files, 'bulletin check'),
        version: context.version,
        ...(context.rulesUrl !== undefined && { rulesUrl: context.rulesUrl }),
      }),
  };
};

export const html = wholeReport(htmlWriter);
