// A reporter turns a check report into text: no I/O, no exit codes (ESLint's
// formatters are the model).

import type { CheckReport, Rule } from '../types.js';

export interface ReporterContext {
  /** Colours allowed (stylish only). */
  color: boolean;
  /** The rules the run knew, for formats that describe them (SARIF). */
  rules: readonly Rule[];
  /** bulletin's version, for SARIF's tool.driver. */
  version: string;
}

export type Reporter = (report: CheckReport, context: ReporterContext) => string;
