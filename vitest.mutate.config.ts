// The tests a mutation run (npm run mutate, stryker.config.mjs) may use: those that run src/ in this process.
//
// Stryker runs every test once, records which source each test reaches (coverageAnalysis "perTest"), and then runs
// only the tests that reach a mutant. A test that spawns the built bin reaches no source in this process, so it can
// never kill a mutant: its whole cost is the first run. These files do little else, and go slowly on a loaded machine:
// - test/browser: drives Chromium over the HTML report (and src/format/html is not mutated yet);
// - test/robustness, test/perf (but for the in-process streaming and read-batch checks, which do kill mutants):
//   the bin against huge, hostile or many inputs; their pure laws (robustness/laws.test.ts) stay;
// - test/cli/bin.test.ts, stdin-stream.test.ts, replace-file.test.ts, test/extract/cli.test.ts: the bin alone.
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(base, {
  test: {
    exclude: [
      'test/browser/**',
      'test/robustness/!(laws).test.ts',
      'test/perf/!(streaming|read-batch).test.ts',
      'test/cli/bin.test.ts',
      'test/cli/stdin-stream.test.ts',
      'test/cli/replace-file.test.ts',
      'test/extract/cli.test.ts',
    ],
  },
});
