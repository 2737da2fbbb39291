// Input order through the built bin, with and without worker threads: 60
// generated files, named so that they sort in two different orders, read
// once by worker threads (--jobs 2) and once by the main thread (--jobs 1).
// Each file must give the same document and the same messages. The law in
// test/laws/reorder.ts checks the same in-process, on a few files at a time.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, spawnBin, tempDir } from '../cli/helpers.js';
import { anyText, pageText } from '../laws/arbitraries.js';

const FILES = 60;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  const texts = fc.sample(fc.oneof({ weight: 3, arbitrary: pageText }, { weight: 1, arbitrary: anyText }), { numRuns: FILES, seed: 6 });
  // The second order: a fixed shuffle (a step coprime with FILES).
  texts.forEach((text, i) => {
    const bytes = i % 7 === 0 ? iconv.encode(text, 'gb18030') : Buffer.from(text);
    writeFileSync(path.join(dir, `a-${String(i).padStart(2, '0')}-f${i}.txt`), bytes);
    writeFileSync(path.join(dir, `b-${String((i * 7) % FILES).padStart(2, '0')}-f${i}.txt`), bytes);
  });
}, 120_000);

interface Exported {
  file: string;
  diagnostics: object[];
}

function byId(stdout: string): Map<string, unknown> {
  const { documents } = JSON.parse(stdout) as { documents: Exported[] };
  return new Map(documents.map((d) => [/-(f\d+)\.txt$/.exec(d.file)![1]!, { ...d, file: null, diagnostics: d.diagnostics.map((x) => ({ ...x, file: null })) }]));
}

function messagesById(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/\b[ab]-\d+-(f\d+)\.txt\b/g, '$1'))
    .sort();
}

describe('input order, with and without worker threads', () => {
  it('60 files in two orders, --jobs 2 and --jobs 1: the same document and messages for each file', () => {
    const workers = spawnBin(['export', '--format', 'json', '--jobs', '2', 'a-*.txt'], { cwd: dir });
    const main = spawnBin(['export', '--format', 'json', '--jobs', '1', 'b-*.txt'], { cwd: dir });
    expect(workers.code).toBe(main.code);
    const documents = byId(workers.stdout);
    expect(documents.size).toBeGreaterThan(FILES / 2);
    expect(documents).toEqual(byId(main.stdout));
    expect(messagesById(workers.stderr)).toEqual(messagesById(main.stderr));
  }, 60_000);
});
