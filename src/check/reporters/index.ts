// The reporters, by the name `--format` takes: as writers that take the files
// one at a time (what the CLI uses), and as whole-report functions.

import { github, githubWriter } from './github.js';
import { html, htmlWriter } from './html.js';
import { json, jsonWriter } from './json.js';
import { sarif, sarifWriter } from './sarif.js';
import { stylish, stylishWriter } from './stylish.js';
import type { Reporter, ReportWriterFactory } from './types.js';

export const REPORTERS = { stylish, json, github, sarif, html } satisfies Record<string, Reporter>;

export const REPORT_WRITERS = {
  stylish: stylishWriter,
  json: jsonWriter,
  github: githubWriter,
  sarif: sarifWriter,
  html: htmlWriter,
} satisfies Record<
  keyof typeof REPORTERS,
  ReportWriterFactory
>;

export type ReporterName = keyof typeof REPORTERS;

export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];

export { githubStepSummary, StepSummary } from './github.js';
export type { Reporter, ReporterContext, ReportWriter, ReportWriterFactory } from './types.js';
