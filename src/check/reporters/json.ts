// The whole report as JSON: the results with every diagnostic (place with
// line, column and offset, fix when there is one), then the totals. Written
// file by file; the bytes are JSON.stringify(report, null, 2)'s (a test).

import { nestedJson, wholeReport, type ReportWriterFactory } from './types.js';

const RESULTS_START = '{\n  "results": [';

export const jsonWriter: ReportWriterFactory = () => {
  let files = 0;
  return {
    start: () => RESULTS_START,
    file: (result) => `${files++ === 0 ? '' : ','}\n${nestedJson(result, 2)}`,
    end: (totals) => {
      // The totals as JSON.stringify writes them after an empty results array.
      const { results: _files, ...counts } = totals;
      const rest = JSON.stringify({ results: [], ...counts }, null, 2).slice(`${RESULTS_START}]`.length);
      return `${files === 0 ? '' : '\n  '}]${rest}\n`;
    },
  };
};

export const json = wholeReport(jsonWriter);
