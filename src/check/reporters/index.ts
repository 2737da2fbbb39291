// The reporters, by the name `--format` takes.

import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS = { stylish, json, github, sarif } satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;

export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];

export { githubStepSummary } from './github.js';
export type { Reporter, ReporterContext } from './types.js';
