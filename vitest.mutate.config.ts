// The tests a mutation run (npm run mutate, stryker.config.mjs) tries each mutant against: the tests of the folder
// being mutated, as test/ mirrors src/ (test/decode for src/decode, …), plus the few files that state that folder's
// behaviour from outside it. stryker.config.mjs names the folder in BULLETIN_MUTATE_FOLDER.
//
// Why not the whole suite: every command reads through the decoder, the parser and the formats, so nearly every
// test reaches a mutant in src/decode; on two shared cores that is minutes a mutant, days a folder. A folder's own
// tests are also the ones that should state its behaviour: a slip only an end-to-end test notices is a test missing.
//
// Never: tests that spawn the built bin or drive Chromium. They reach no source in this process, so they cannot
// kill a mutant.
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

const TESTS: Record<string, string[]> = {
  decode: ['test/decode/**/*.test.ts', 'test/document.test.ts', 'test/laws/line-counting.test.ts'],
  query: ['test/query/**/*.test.ts'],
  // The CLI's export path is where the streaming formats are checked (test/format/cli-export.ts runs it in-process);
  // explain's text format is stated by the explain command's tests.
  format: ['test/format/**/*.test.ts', 'test/cli/terminal.test.ts', 'test/cli/explain.test.ts'],
  check: ['test/check/**/*.test.ts', 'test/laws/line-counting.test.ts'],
  // The parser's laws run on random pages through the whole reading path (test/laws/parse.ts), and its fixtures
  // state every item; explain's tests state the labels and reasons.
  parse: ['test/parse/**/*.test.ts', 'test/cli/explain.test.ts'],
  // bulletin format: the formatter's rules, options, fallbacks and laws, and the command's in-process tests.
  formatter: ['test/formatter/**/*.test.ts', 'test/cli/format.test.ts'],
};

const folder = process.env.BULLETIN_MUTATE_FOLDER ?? '';

export default mergeConfig(base, {
  test: {
    include: TESTS[folder] ?? Object.values(TESTS).flat(),
    // test/format/sources.test.ts and test/formatter/purity.test.ts read the source text, which a mutation run has rewritten.
    exclude: ['test/browser/**', 'test/format/sources.test.ts', 'test/formatter/purity.test.ts'],
    // What src/ loads with import(), loaded before the tests, so that no module's top-level code is traced to the one
    // test that happened to load it first (test/setup/preload.ts, docs/mutation.md).
    setupFiles: [...(base.test?.setupFiles as string[]), 'test/setup/preload.ts'],
  },
});
