// test/setup/preload.ts loads what src/ loads lazily, for mutation runs: the list must follow the code.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

it('preloads every module of src/ that is loaded with import(), and no other', () => {
  const lazy = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/\bimport\('(\.[^']+)'\)/g)) {
      lazy.add(path.relative(ROOT, path.resolve(path.dirname(file), specifier!)));
    }
  }
  const preload = path.join(ROOT, 'test/setup/preload.ts');
  const preloaded = [...readFileSync(preload, 'utf8').matchAll(/^import '([^']+)';$/gm)].map(([, specifier]) => path.relative(ROOT, path.resolve(path.dirname(preload), specifier!)));
  expect(preloaded.sort()).toEqual([...lazy].sort());
});
