// Issue 14, defect 17: text piped in slowly is streamed. The decoder used to
// hold the first 64 KiB (or everything until the end), even with --encoding
// forced, so `(cat page; sleep 3; cat page) | bulletin export` printed nothing
// for the 3 s. Now the first 8 KiB decide when they settle the encoding: a
// forced one, or valid UTF-8 with Chinese in it. Each test waits for the first
// line on stdout while the writer still holds the pipe open.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { waitFor } from '../robustness/helpers.js';
import { BIN, ensureBuilt, fakeIo, ROOT, SAMPLE } from './helpers.js';

/** 15.8 KB: more than the 8 KiB that decide, far less than 64 KiB. */
const page = readFileSync(SAMPLE);
/** Generous for a loaded two-core machine; without streaming the line never comes while the pipe is open. */
const BOUND_MS = 15_000;

beforeAll(() => ensureBuilt(), 120_000);

describe('stdin is streamed while the writer holds the pipe open', () => {
  it.each([['--encoding', 'utf-8'], ['--encoding', 'auto']])('in-process, %s %s: the first items come before the input ends', async (...encoding) => {
    const stdin = new PassThrough();
    const { io, stdout } = fakeIo({ stdin });
    const done = main(['export', '--format', 'ndjson', ...encoding], io);
    stdin.write(page);
    try {
      await waitFor(() => stdout.text().includes('\n'), BOUND_MS, 'the first line on stdout');
    } finally {
      stdin.end(page);
    }
    expect(await done).toBe(0);
    const lines = stdout.text().trimEnd().split('\n');
    expect(lines.length % 2).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ file: '<stdin>', index: 1 });
  }, 60_000);

  it('the built bin, --encoding utf-8: the first line before the second copy is written', async () => {
    const child = spawn(process.execPath, [BIN, 'export', '--format', 'ndjson', '--encoding', 'utf-8'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(page);
    try {
      await waitFor(() => stdout.includes('\n'), BOUND_MS, 'the first line on stdout');
    } finally {
      child.stdin.end(page);
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ file: '<stdin>', index: 1 });
  }, 60_000);
});
