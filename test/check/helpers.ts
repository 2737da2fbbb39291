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

/** A finding as the fixtures write it: where it starts and ends (end exclusive, ESLint's names), and its actual and expected values when it has them. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual?: string;
  expected?: string;
}

/** The findings of `ruleId`, as places. */
export function placesOf(report: CheckReport, ruleId: string): Place[] {
  return report.results
    .flatMap((result) => result.diagnostics)
    .filter((d) => d.ruleId === ruleId)
    .map(({ place: { start, end }, actual, expected }) => ({
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ...(actual === undefined ? {} : { actual }),
      ...(expected === undefined ? {} : { expected }),
    }));
}
