// Archives for the tests of the parallel and streaming paths: many files made
// from the fixture pages, the same for every run (seeded), in a temp dir.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { pagesUpTo, readPages, seeded } from '../../scripts/bench/corpus.js';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, tempDir, type RunResult } from '../cli/helpers.js';

export const PAGES = readPages(ROOT);

export interface ArchiveOptions {
  files: number;
  seed?: number;
  /** Positions that get a binary file (a NUL byte): an input error in the middle of the run. */
  binaryAt?: readonly number[];
  /** Positions that get a large file, and its size in bytes (output past a worker's limits). */
  large?: Readonly<Record<number, number>>;
}

/**
 * `files` files named p-000.txt …: one page each, every seventh in GB18030,
 * one empty, and what the options add. Returns the directory.
 */
export function makeArchive(options: ArchiveOptions): string {
  const directory = tempDir();
  const random = seeded(options.seed ?? 7);
  for (let i = 0; i < options.files; i++) {
    const name = path.join(directory, `p-${String(i).padStart(3, '0')}.txt`);
    const large = options.large?.[i];
    let bytes: Uint8Array;
    if (options.binaryAt?.includes(i)) bytes = Buffer.from('社区动态\n\0\0\0 not text\n');
    else if (large !== undefined) bytes = Buffer.from(pagesUpTo(PAGES, random, large));
    else if (i === 3) bytes = new Uint8Array();
    else {
      const page = PAGES[Math.floor(random() * PAGES.length)]!;
      bytes = i % 7 === 0 ? iconv.encode(page, 'gb18030') : Buffer.from(page);
    }
    writeFileSync(name, bytes);
  }
  return directory;
}

/** The built bin in `cwd`, as spawnBin runs it (NO_COLOR=1, a clean environment), for outputs of many megabytes. */
export function runBin(args: readonly string[], cwd: string, input: string | Uint8Array = ''): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
