// Worker threads change nothing but the speed: for every command and format,
// --jobs 2 (and the default) give the bytes of --jobs 1 on stdout and on
// stderr, and its exit code, over many small files with an unreadable one in
// the middle. Against the built bin, where the workers run as users run them.

import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capJobs, planWorkers } from '../../src/cli/workers/plan.js';
import { ensureBuilt, run, SAMPLE, type RunResult } from '../cli/helpers.js';
import { makeArchive, runBin } from './helpers.js';

const FILES = 90;
const BINARY_AT = 41;

let archive: string;

beforeAll(() => {
  ensureBuilt();
  archive = makeArchive({ files: FILES, binaryAt: [BINARY_AT] });
}, 120_000);

afterAll(() => rmSync(archive, { recursive: true, force: true }));

function bulletin(args: string[], cwd = archive): RunResult {
  return runBin(args, cwd);
}

const COMMANDS: string[][] = [
  ['export', '--format', 'ndjson'],
  ['export', '--format', 'csv', '--bom'],
  ['export', '--format', 'json'],
  ['export', '--format', 'markdown'],
  ['list'],
  ['filter', '--kind', 'brief', '--format', 'csv'],
  ['filter', '--community', '/社区$/', '--truncated', '--format', 'json'],
  ['stats', '--format', 'json'],
];

describe('--jobs 2 writes what --jobs 1 writes, byte for byte', () => {
  for (const command of COMMANDS) {
    it(command.join(' '), () => {
      const serial = bulletin([...command, '--jobs', '1', 'p-*.txt']);
      const parallel = bulletin([...command, '--jobs', '2', 'p-*.txt']);
      expect(parallel.stderr).toBe(serial.stderr);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(parallel.code).toBe(serial.code);
      // The binary file in the middle is an input error: one line, exit 2, and the files after it are read.
      expect(serial.code).toBe(2);
      expect(serial.stderr).toContain(`bulletin: error: Cannot read p-0${BINARY_AT}.txt: not a text file (NUL byte at byte offset`);
      expect(serial.stdout.length).toBeGreaterThan(1000);
    }, 60_000);
  }

  it('also with three threads, the default --jobs, and stdin first', () => {
    const stdin = readFileSync(path.join(archive, 'p-010.txt'));
    const serial = runBin(['export', '--format', 'json', '--jobs', '1', '-', 'p-*.txt'], archive, stdin);
    for (const jobs of [['--jobs', '3'], []]) {
      const parallel = runBin(['export', '--format', 'json', ...jobs, '-', 'p-*.txt'], archive, stdin);
      // With fewer than three cores, --jobs 3 is lowered, and the first line says so.
      expect({ ...parallel, stderr: parallel.stderr.replace(/^bulletin: warning: --jobs 3 is more than .*\n/, '') }).toEqual(serial);
    }
    expect(JSON.parse(serial.stdout).documents[0].file).toBe('<stdin>');
  }, 60_000);
});

describe('files too large for a worker to hold', () => {
  let large: string;
  beforeAll(() => {
    // 2.5 MB pages are past a worker's 2 MiB: the main thread streams them.
    // 700 kB pages fill a batch (1 MiB of output) at once: the rest of the batch goes back to the queue.
    const sizes: Record<number, number> = { 12: 2_500_000, 40: 2_500_000 };
    for (const at of [5, 6, 20, 21, 22, 45]) sizes[at] = 700_000;
    large = makeArchive({ files: 60, seed: 11, binaryAt: [30], large: sizes });
  }, 120_000);

  afterAll(() => rmSync(large, { recursive: true, force: true }));

  for (const format of ['ndjson', 'json']) {
    it(`export --format ${format}: the same bytes`, () => {
      const serial = bulletin(['export', '--format', format, '--jobs', '1', '.'], large);
      const parallel = bulletin(['export', '--format', format, '--jobs', '2', '.'], large);
      expect(parallel.stderr).toBe(serial.stderr);
      expect(parallel.stdout === serial.stdout).toBe(true);
      expect(parallel.code).toBe(serial.code);
      expect(serial.stdout.length).toBeGreaterThan(10_000_000);
    }, 120_000);
  }
});

describe('planWorkers', () => {
  it('starts no workers for a handful of files by default, one per core from 50 files', () => {
    expect(planWorkers(undefined, 1, 8)).toBe(0);
    expect(planWorkers(undefined, 49, 8)).toBe(0);
    expect(planWorkers(undefined, 50, 8)).toBe(7);
    expect(planWorkers(undefined, 50, 2)).toBe(1);
    expect(planWorkers(undefined, 5000, 1)).toBe(0);
  });

  it('counts the main thread in --jobs: 1 is none, n is n - 1 workers, never more threads than files', () => {
    expect(planWorkers(1, 5000, 8)).toBe(0);
    expect(planWorkers(2, 5000, 8)).toBe(1);
    expect(planWorkers(4, 3, 8)).toBe(2);
    expect(planWorkers(16, 5000, 2)).toBe(15);
  });
});

describe('--jobs past the cores (issue 14 #18: 2 min 44 s with --jobs 999 against 3.6 s with --jobs 1 on two cores)', () => {
  it('capJobs: at most one thread per core, with a note when it lowered the value', () => {
    expect(capJobs(2, 2)).toEqual({ jobs: 2, note: null });
    expect(capJobs(1, 8)).toEqual({ jobs: 1, note: null });
    expect(capJobs(999, 2)).toEqual({ jobs: 2, note: '--jobs 999 is more than the 2 cores available; using --jobs 2' });
    expect(capJobs(3, 1).note).toBe('--jobs 3 is more than the 1 core available; using --jobs 1');
  });

  it('the CLI caps --jobs at the cores it has and says so once on stderr; the output is unchanged', async () => {
    const capped = await run(['list', SAMPLE, SAMPLE, '--jobs', '99999']);
    const plain = await run(['list', SAMPLE, SAMPLE]);
    expect(capped.code).toBe(0);
    expect(capped.stderr).toMatch(/^bulletin: warning: --jobs 99999 is more than the \d+ cores? available; using --jobs \d+\n$/);
    expect(capped.stdout).toBe(plain.stdout);
  });
});
