// The formatter core touches no file, stream or terminal, read from its source text. Apart from the behaviour tests
// because it reads files, not behaviour: a mutation run (vitest.mutate.config.ts) leaves it out, as its sources are
// rewritten (Stryker's instrumented code reads `process.` and `globalThis`).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('purity', () => {
  it('the formatter core touches no file, stream or terminal', () => {
    const dir = join(import.meta.dirname, '../../src/formatter');
    for (const name of readdirSync(dir)) {
      expect(readFileSync(join(dir, name), 'utf8'), name).not.toMatch(/\bprocess\.|console\.|from 'node:|from 'fs'/);
    }
  });
});
