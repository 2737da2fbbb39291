// Mutation testing (npm run mutate): how many small slips in the core the tests catch. A benchmark of the
// tests, not a test: never part of npm test. README "Development" says how to run it and read the report.
//
//   npm run mutate                                         the core folders below
//   npm run mutate -- --mutate 'src/decode/**/*.ts'        one folder (or a file)
//   npm run mutate -- --mutate 'src/format/**/*.ts,!src/format/html/**'   a folder but for a part
//   npm run mutate -- --mutate 'src/check/**/*.ts' --force all its mutants again, not only what changed
//
// Incremental: a run retests only the mutants whose code or covering tests changed since the last run of the same
// --mutate, and takes the other results from reports/mutation/<scope>.incremental.json. That file stays out of git:
// it holds every mutant's place and the full text of src/ and test/ as they were, so it changes with every run and
// would conflict at each merge of parallel branches; a fresh work tree pays one full run per folder instead.
// Each --mutate pattern keeps its own file, because a run forgets the mutants outside its pattern.
//
// A whole run of the default set takes hours here; one folder or one file at a time is how the scores in
// docs/mutation.md were measured (src/format/html too: `--mutate 'src/format/html/**/*.ts'`).

/** The --mutate pattern given on the command line, if any: it names this run's incremental file and report. */
function mutateArgument() {
  const args = process.argv;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--mutate' || args[i] === '-m') return args[i + 1] ?? '';
    if (args[i].startsWith('--mutate=')) return args[i].slice('--mutate='.length);
  }
  return null;
}

/** `src/decode/**\/*.ts` → `decode` (of a list, `src/format/**\/*.ts,!src/format/html/**`, the first); the default set → `core`. */
function scopeOf(pattern) {
  if (pattern === null) return 'core';
  const name = pattern
    .split(',')[0]
    .replace(/^src\//, '')
    .replace(/\*\*\/\*\.ts$|\*\*$|\.ts$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return name === '' ? 'all' : name;
}

const scope = scopeOf(mutateArgument());

// The folder under src/ being mutated picks the tests (vitest.mutate.config.ts); the default set uses all of them.
process.env.BULLETIN_MUTATE_FOLDER = scope.split('-')[0];

// The same property-test inputs in every run (test/setup/seed.ts), so that a mutant's result does not depend on luck
// and an incremental run can trust the last one.
process.env.FC_SEED ??= '20251201';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // Each test's reach is recorded once; a mutant is tried only against the tests that reach it.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/decode/**/*.ts',
    'src/parse/**/*.ts',
    'src/query/**/*.ts',
    'src/format/**/*.ts',
    'src/check/**/*.ts',
  ],
  // Two cores shared by several people: one test process. Raise it with --concurrency on a quiet machine.
  concurrency: 1,
  // A mutant that sends a loop round for ever: a test that runs 10 s longer than it did unmutated counts as killed
  // ("timeout"), and the slow machine needs the margin.
  timeoutMS: 10_000,
  // The first run of every test (with coverage) takes minutes on a loaded machine; Stryker's default gives up at 5.
  dryRunTimeoutMinutes: 30,
  // Static mutants, in code that runs while a module or a test file loads (a table built at import, a fixture parsed
  // at the top of a test file), cannot be traced to the tests that use them: each is tried against all the tests of
  // the run. Left out of the score (shown as "ignored" in the report) so that a folder's run takes minutes, not hours;
  // BULLETIN_MUTATE_STATIC=1 tries them too.
  ignoreStatic: process.env.BULLETIN_MUTATE_STATIC !== '1',
  incremental: true,
  incrementalFile: `reports/mutation/${scope}.incremental.json`,
  reporters: ['progress', 'html', 'json', 'clear-text'],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
