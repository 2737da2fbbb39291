// Vitest's defaults, with these changes:
// - time limits a loaded machine cannot break: a 2-core machine shared by several runs (load 10 to 20) makes a test
//   that takes 1 s alone take 10 s or more, so vitest's 5 s default failed tests that had nothing wrong. A test that
//   hangs still fails, later. Speed is measured by `npm run bench`, not here;
// - never the copies of the tree that a mutation run (npm run mutate) works in;
// - one fast-check seed per run, printed in CI, FC_SEED=… to replay it (test/setup/seed.ts).
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
    globalSetup: ['test/setup/seed.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
