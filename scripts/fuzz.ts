// npm run fuzz: every law of test/laws/ for a few minutes, as many cases as
// fit, with a report per law and a last line for the whole run.
//
//   FUZZ_SECONDS=600 npm run fuzz     the total time (default 180 s), shared evenly
//   FUZZ_SEED=42 npm run fuzz         replay a run (the seed is printed)
//   FUZZ_LAW=export npm run fuzz      only the laws whose name or group contains this
//
// Exit code 1 when a law fails; each failure prints its counterexample, the
// seed and the path that replay it (fc.assert(property, { seed, path })).

import fc from 'fast-check';
import { DECODE_LAWS } from '../test/laws/decode.js';
import { DOCUMENT_LAWS } from '../test/laws/document.js';
import { EXPORT_LAWS } from '../test/laws/export.js';
import { FORMAT_LAWS } from '../test/laws/format.js';
import type { Law } from '../test/laws/law.js';
import { PARSE_LAWS } from '../test/laws/parse.js';
import { REORDER_LAWS } from '../test/laws/reorder.js';

const GROUPS: Record<string, readonly Law[]> = {
  parse: PARSE_LAWS,
  document: DOCUMENT_LAWS,
  decode: DECODE_LAWS,
  export: EXPORT_LAWS,
  'input order': REORDER_LAWS,
  format: FORMAT_LAWS,
};

/** Longest counterexample printed, in characters. */
const SHOWN = 2000;

interface Outcome {
  group: string;
  law: Law;
  cases: number;
  failed: boolean;
}

async function main(): Promise<number> {
  const seconds = positive(process.env.FUZZ_SECONDS) ?? 180;
  const seed = positive(process.env.FUZZ_SEED) ?? Date.now() % 2 ** 31;
  const only = process.env.FUZZ_LAW ?? '';
  const laws = Object.entries(GROUPS).flatMap(([group, list]) =>
    list.filter((law) => `${group} ${law.name}`.includes(only)).map((law) => ({ group, law })),
  );
  if (laws.length === 0) {
    console.error(`fuzz: no law matches FUZZ_LAW=${only}`);
    return 2;
  }
  const perLaw = (seconds * 1000) / laws.length;
  console.log(`fuzz: ${laws.length} laws, ${seconds} s (${(perLaw / 1000).toFixed(1)} s each), seed ${seed}`);

  const outcomes: Outcome[] = [];
  const started = performance.now();
  for (const { group, law } of laws) {
    const details = await fc.check(law.property(), {
      seed,
      numRuns: Number.MAX_SAFE_INTEGER,
      interruptAfterTimeLimit: perLaw,
      // The time limit is the budget, not a failure.
      markInterruptAsFailure: false,
    });
    const cases = details.numRuns;
    outcomes.push({ group, law, cases, failed: details.failed });
    if (!details.failed) {
      console.log(`  ok      ${group}: ${law.name} — ${cases} cases`);
      continue;
    }
    console.log(`  FAILED  ${group}: ${law.name} — after ${cases} cases (${details.numShrinks} shrinks)`);
    console.log(`          seed ${details.seed}, path "${details.counterexamplePath ?? ''}"`);
    console.log(`          counterexample ${clip(fc.stringify(details.counterexample))}`);
    console.log(`          ${clip(errorText(details.errorInstance)).replaceAll('\n', '\n          ')}`);
  }
  const total = outcomes.reduce((sum, outcome) => sum + outcome.cases, 0);
  const failed = outcomes.filter((outcome) => outcome.failed).length;
  const elapsed = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`fuzz: ${total} cases in ${elapsed} s, ${outcomes.length} laws, ${failed} failed (seed ${seed})`);
  return failed > 0 ? 1 : 0;
}

function positive(value: string | undefined): number | undefined {
  const number = Number(value);
  return value !== undefined && Number.isFinite(number) && number > 0 ? number : undefined;
}

function clip(text: string): string {
  return text.length <= SHOWN ? text : `${text.slice(0, SHOWN)}… (${text.length} characters)`;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

process.exitCode = await main();
