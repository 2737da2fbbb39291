// SIGINT (Ctrl-C) during a long run: the run stops within a moment, says so
// in one line, exits 130 (128 + SIGINT, what a shell reports), removes its
// temporary file and leaves an earlier output file as it was.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ensureBuilt, fakeIo, SAMPLE, tempDir } from '../cli/helpers.js';
import { startBin, waitFor } from './helpers.js';

const INTERRUPTED = /^bulletin: error: Interrupted \(SIGINT\)[^\n]*\n$/;
/** Generous for a loaded two-core machine; an unhandled run goes on for many seconds. */
const PROMPT_MS = 2000;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  // 2600 copies of the sample: 41 MB, some seconds of work.
  writeFileSync(path.join(dir, 'big.txt'), readFileSync(SAMPLE, 'utf8').repeat(2600));
  for (let i = 0; i < 60; i++) writeFileSync(path.join(dir, `page-${String(i).padStart(2, '0')}.txt`), readFileSync(SAMPLE, 'utf8').repeat(40));
}, 120_000);

const temporaries = (): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/** Sends SIGINT and checks what every interrupted run must do: stop promptly, exit 130, say so in one line. */
async function interrupt(running: ReturnType<typeof startBin>) {
  const sent = performance.now();
  running.child.kill('SIGINT');
  const result = await running.done;
  expect(performance.now() - sent).toBeLessThan(PROMPT_MS);
  expect([result.code, result.signal]).toEqual([130, null]);
  expect(result.stderr).toMatch(INTERRUPTED);
  return result;
}

describe('SIGINT during a long run', () => {
  it('export -o: stops promptly, exit 130, one line, no temporary file, the earlier file untouched', async () => {
    writeFileSync(path.join(dir, 'out.json'), 'earlier\n');
    const running = startBin(['export', '--format', 'ndjson', '-o', 'out.json', 'big.txt'], { cwd: dir });
    // Interrupt once the temporary file exists and the run has been going a little while.
    await waitFor(() => temporaries().length > 0, 10_000, 'the temporary file');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const result = await interrupt(running);
    expect(result.stdout).toBe('');
    expect(temporaries()).toEqual([]);
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('earlier\n');
  }, 30_000);

  it('export to stdout: stops promptly after the first output, exit 130, one line', async () => {
    const running = startBin(['export', '--format', 'ndjson', 'big.txt'], { cwd: dir });
    await running.firstOutput;
    await interrupt(running);
  }, 30_000);

  it('with worker threads (--jobs 2, 60 files): stops promptly, exit 130, no temporary file', async () => {
    const running = startBin(['export', '--jobs', '2', '--format', 'json', '-o', 'jobs.json', '.'], { cwd: dir });
    await waitFor(() => temporaries().length > 0, 10_000, 'the temporary file');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await interrupt(running);
    expect(temporaries()).toEqual([]);
    expect(readdirSync(dir)).not.toContain('jobs.json');
  }, 30_000);

  // check runs its rules in one synchronous pass and writes nothing until the
  // end: it keeps Node's default, where Ctrl-C ends the process at once.
  it('check: SIGINT ends it at once, by the signal', async () => {
    const running = startBin(['check', 'big.txt'], { cwd: dir, stdout: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const sent = performance.now();
    running.child.kill('SIGINT');
    const result = await running.done;
    expect(performance.now() - sent).toBeLessThan(PROMPT_MS);
    expect([result.code, result.signal, result.stderr]).toEqual([null, 'SIGINT', '']);
  }, 30_000);

  it('in-process: an aborted io.signal stops the run the same way', async () => {
    const controller = new AbortController();
    writeFileSync(path.join(dir, 'in-process.json'), 'earlier\n');
    const { io, stderr } = fakeIo({ cwd: dir });
    io.signal = controller.signal;
    const running = main(['export', '--format', 'ndjson', '-o', 'in-process.json', 'big.txt'], io);
    await waitFor(() => temporaries().length > 0, 10_000, 'the temporary file');
    controller.abort();
    expect(await running).toBe(130);
    expect(stderr.text()).toMatch(/^bulletin: error: Interrupted\b[^\n]*\n$/);
    expect(temporaries()).toEqual([]);
    expect(readFileSync(path.join(dir, 'in-process.json'), 'utf8')).toBe('earlier\n');
  }, 30_000);
});
