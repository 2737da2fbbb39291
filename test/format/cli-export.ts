// The CLI's real streaming path (export → Session → StreamingWriter → stdout), run in-process on two files, and
// the documents an in-memory read of the same files gives: the format tests compare the first with a value they
// build from the second by their own means, so that neither side is the format's code checked against itself.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readBulletin, type BulletinDocument } from '../../src/document.js';
import { run } from '../cli/helpers.js';
import { SAMPLE_TEXT } from './helpers.js';

/** Two inputs: the sample page, and a short one whose item has quotes, commas and a line break inside a paragraph. */
export const INPUTS: ReadonlyArray<readonly [string, string]> = [
  ['a.txt', SAMPLE_TEXT],
  ['b.txt', '苏村社区: 开展"包粽子"活动\n\n本报讯 近日,苏村社区开展"包粽子"活动,居民们\n欢聚一堂。\n\n(李 莉)\n'],
];

export async function exportThroughCli(format: string, flags: string[] = []): Promise<{ stdout: string; documents: BulletinDocument[] }> {
  const directory = mkdtempSync(path.join(tmpdir(), 'bulletin-export-'));
  try {
    for (const [name, text] of INPUTS) writeFileSync(path.join(directory, name), text);
    const result = await run(['export', ...INPUTS.map(([name]) => name), '--format', format, ...flags], { cwd: directory });
    if (result.code !== 0) throw new Error(`export --format ${format} exited ${result.code}: ${result.stderr}`);
    const documents = INPUTS.map(([name, text]) => readBulletin(new TextEncoder().encode(text), { file: name }));
    return { stdout: result.stdout, documents };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
