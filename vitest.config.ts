// Vitest's own defaults, plus: never the copies of the tree that a mutation run (npm run mutate) works in.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
  },
});
