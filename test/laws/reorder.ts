// Reordering the input files never changes any file's items: a set of files
// is exported through the CLI (in-process) twice, named so that they sort in
// two different orders, and each file must give the same document both times.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { run } from '../cli/helpers.js';
import { anyText, pageText } from './arbitraries.js';
import { law, type Law } from './law.js';

const file = fc.record({
  text: fc.oneof({ weight: 3, arbitrary: pageText }, { weight: 1, arbitrary: anyText }),
  encoding: fc.constantFrom('utf-8', 'gb18030', 'utf-16le'),
});

/** Files and an order to read them in: a permutation of their indexes. */
const filesInTwoOrders = fc
  .array(file, { minLength: 2, maxLength: 5 })
  .chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray([...files.keys()], { minLength: files.length, maxLength: files.length })));

interface Exported {
  file: string;
  diagnostics: { file?: string | null }[];
}

/** Each file's document, keyed by the file's own id, without the names that differ between the runs. */
function byId(stdout: string): Map<string, unknown> {
  const { documents } = JSON.parse(stdout) as { documents: Exported[] };
  return new Map(
    documents.map((document) => [
      /-(f\d+)\.txt$/.exec(document.file)![1]!,
      { ...document, file: null, diagnostics: document.diagnostics.map((d) => ({ ...d, file: null })) },
    ]),
  );
}

/** The lines of stderr, each file's name replaced by its id, sorted: which file said what. */
function messagesById(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/\b\d+-\d+-(f\d+)\.txt\b/g, '$1'))
    .sort();
}

export const REORDER_LAWS: readonly Law[] = [
  law('reordering the input files never changes any file’s items', 100, () =>
    fc.asyncProperty(filesInTwoOrders, async ([files, order]) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-reorder-'));
      try {
        const runs = [];
        for (const [round, rankOf] of [files.map((_, i) => i), files.map((_, i) => order.indexOf(i))].entries()) {
          files.forEach((f, i) => {
            const bytes = iconv.encode(f.text, f.encoding, { addBOM: f.encoding === 'utf-16le' });
            writeFileSync(path.join(dir, `${round}-${String(rankOf[i]).padStart(2, '0')}-f${i}.txt`), bytes);
          });
          runs.push(await run(['export', '--format', 'json', `${round}-*.txt`], { cwd: dir }));
        }
        const [first, second] = runs as [(typeof runs)[0], (typeof runs)[0]];
        expect(second.code).toBe(first.code);
        expect(byId(second.stdout)).toEqual(byId(first.stdout));
        expect(messagesById(second.stderr)).toEqual(messagesById(first.stderr));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
  ),
];
