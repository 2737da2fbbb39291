// What the format modules may import, read from their source text. Apart from the behaviour tests because it
// reads files, not behaviour: a mutation run (vitest.mutate.config.ts) leaves it out, as its sources are rewritten.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = join(import.meta.dirname, '../../src/format');

describe('the format modules', () => {
  it('keeps formats free of I/O, and the terminal libraries out of the formats that need none', () => {
    const files = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files).toContain('html/report.ts');
    for (const file of files) {
      const text = readFileSync(join(SOURCE, file), 'utf8');
      // node:crypto hashes the HTML page's style and script for its Content-Security-Policy: computation, not I/O.
      expect(text, file).not.toMatch(/\bprocess\.|console\.|from 'node:(?!crypto')|from 'fs'/);
      if (['json.ts', 'ndjson.ts', 'csv.ts', 'markdown.ts', 'names.ts', 'load.ts', 'types.ts'].includes(file)) {
        expect(text, file).not.toMatch(/from '(chalk|cli-table3|string-width)'|from '\.\/(table|stats|width|terminal-table)\.js'/);
      }
    }
  });
});
