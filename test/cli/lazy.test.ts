// `bulletin --version` must start fast: the modules main.ts reaches through
// static imports are commander, node built-ins and light CLI code. Formats,
// the parser, the decoder (iconv-lite), cli-table3, chalk and fast-glob come
// in by dynamic import only, in the commands that use them.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/format/index.js';
import { OUTPUT_FORMATS } from '../../src/cli/options.js';
import { ROOT } from './helpers.js';

/** `import … from '…'` and `export … from '…'`, but not `import type` / `export type`. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of text.matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else seen.add(specifier);
    }
  };
  visit(entry);
  return seen;
}

describe('start-up', () => {
  it('main.ts loads commander, node built-ins and light modules only', () => {
    const reached = [...staticGraph(path.join(ROOT, 'src/cli/main.ts'))].map((file) => (path.isAbsolute(file) ? path.relative(ROOT, file) : file));
    const packages = reached.filter((name) => !name.startsWith('src/'));
    expect(packages.filter((name) => !name.startsWith('node:')).sort()).toEqual(['commander']);
    const modules = reached.filter((name) => name.startsWith('src/'));
    // The query's dates read the calendar (src/calendar.ts), a dozen lines without imports.
    for (const module of modules) expect(module).toMatch(/^src\/(cli\/(?!actions\/|inputs|output)|query\/|format\/names\.ts$|calendar\.ts$)/);
  });

  it('tab-separated list output (a pipe) loads neither chalk, cli-table3 nor string-width', () => {
    const packages = [...staticGraph(path.join(ROOT, 'src/format/table-tsv.ts'))].filter((name) => !path.isAbsolute(name));
    expect(packages).toEqual([]);
    // …while the terminal table does: the test above would pass on a graph that lost its imports.
    expect([...staticGraph(path.join(ROOT, 'src/format/table.ts'))]).toEqual(expect.arrayContaining(['chalk', 'cli-table3', 'string-width']));
  });

  it('the --format choices are the registry names', () => {
    expect([...OUTPUT_FORMATS]).toEqual([...FORMAT_NAMES]);
  });
});
