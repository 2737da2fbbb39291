// Shared by the check tests: run the engine on files or text as the CLI would.

import { readFileSync } from 'node:fs';
import { decode } from '../../src/decode/index.js';
import { checkInputs, type CheckOptions } from '../../src/check/engine.js';
import type { CheckReport } from '../../src/check/types.js';

export const TODAY = '2024-07-01';

export function checkFiles(files: readonly string[], options: CheckOptions = {}): CheckReport {
  return checkInputs(
    files.map((file) => ({ file, decoded: decode(readFileSync(file)) })),
    { today: TODAY, ...options },
  );
}

export function checkText(text: string, options: CheckOptions = {}, file = 'page.txt'): CheckReport {
  return checkInputs([{ file, decoded: decode(new TextEncoder().encode(text)) }], { today: TODAY, ...options });
}

/** Where each finding of `ruleId` starts and ends (end exclusive), as ESLint writes it: line, column, endLine, endColumn. */
export function placesOf(report: CheckReport, ruleId: string): Array<{ line: number; column: number; endLine: number; endColumn: number }> {
  return report.results
    .flatMap((result) => result.diagnostics)
    .filter((d) => d.ruleId === ruleId)
    .map(({ place: { start, end } }) => ({ line: start.line, column: start.column, endLine: end.line, endColumn: end.column }));
}
