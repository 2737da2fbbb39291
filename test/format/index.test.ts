import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS, getFormat } from '../../src/format/index.js';
import { loadFormat } from '../../src/format/load.js';

const SOURCE = join(import.meta.dirname, '../../src/format');

describe('the format registry', () => {
  it('lists the formats by the names they carry', () => {
    expect(Object.keys(FORMATS)).toEqual([...FORMAT_NAMES]);
    for (const name of FORMAT_NAMES) expect(FORMATS[name].name).toBe(name);
  });

  it('finds a format by name, and nothing for other names', async () => {
    expect(getFormat('csv')).toBe(FORMATS.csv);
    expect(getFormat('toString')).toBeUndefined();
    expect(getFormat('xml')).toBeUndefined();
    expect(await loadFormat('markdown')).toBe(FORMATS.markdown);
    expect(await loadFormat('__proto__')).toBeUndefined();
  });

  it('streams json, ndjson and csv (each checked through the CLI against its own expected value in its test file)', () => {
    expect(Object.values(FORMATS).filter((format) => 'streaming' in format).map((format) => format.name)).toEqual(['json', 'ndjson', 'csv']);
  });

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
