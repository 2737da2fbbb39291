// SIGINT (Ctrl-C) during a long run: the run stops within a moment, says so
// in one line, exits 130 (128 + SIGINT, what a shell reports), removes its
// temporary file and leaves an earlier output file as it was.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ensureBuilt, fakeIo, SAMPLE, tempDir } from '../cli/helpers.js';
import { bytesRead, startBin, waitFor } from './helpers.js';

const INTERRUPTED = /^bulletin: error: Interrupted \(SIGINT\)[^\n]*\n$/;
/** Items in big.txt: 2600 copies of the sample's 10. */
const BIG_ITEMS = 26_000;
/** How long a condition may take to come true: minutes, for a machine at load 20; a run that is fine takes a second. */
const PATIENCE_MS = 120_000;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  // 2600 copies of the sample: 41 MB, some seconds of work.
  writeFileSync(path.join(dir, 'big.txt'), readFileSync(SAMPLE, 'utf8').repeat(2600));
  for (let i = 0; i < 60; i++) writeFileSync(path.join(dir, `page-${String(i).padStart(2, '0')}.txt`), readFileSync(SAMPLE, 'utf8').repeat(40));
}, 300_000);

const temporaries = (): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/** The run is under way: its temporary file exists and has items in it. */
const writingTemporary = (): boolean =>
  temporaries().some((name) => {
    try {
      return statSync(path.join(dir, name)).size > 0;
    } catch {
      return false; // removed between the listing and the stat
    }
  });

/**
 * Sends SIGINT and checks what every interrupted run must do: exit 130 and say so in one line. That it stopped on the
 * signal, not at the end of its work, the callers see in what it left: no file, or a fraction of the output. Not in
 * the time it took, which a loaded machine stretches as much as it likes.
 */
async function interrupt(running: ReturnType<typeof startBin>) {
  running.child.kill('SIGINT');
  const result = await running.done;
  expect([result.code, result.signal]).toEqual([130, null]);
  expect(result.stderr).toMatch(INTERRUPTED);
  return result;
}

describe('SIGINT during a long run', () => {
  it('export -o: stops promptly, exit 130, one line, no temporary file, the earlier file untouched', async () => {
    writeFileSync(path.join(dir, 'out.json'), 'earlier\n');
    const running = startBin(['export', '--format', 'ndjson', '-o', 'out.json', 'big.txt'], { cwd: dir });
    // Interrupt once the run is writing items into its temporary file.
    await waitFor(writingTemporary, PATIENCE_MS, 'items in the temporary file');
    const result = await interrupt(running);
    expect(result.stdout).toBe('');
    expect(temporaries()).toEqual([]);
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('earlier\n');
  }, 300_000);

  it('export to stdout: stops promptly after the first output, exit 130, one line', async () => {
    const running = startBin(['export', '--format', 'ndjson', 'big.txt'], { cwd: dir });
    await running.firstOutput;
    const result = await interrupt(running);
    // Promptly: far from all of the 26 000 lines were written.
    expect(result.stdout.split('\n').length).toBeLessThan(BIG_ITEMS / 2);
  }, 300_000);

  it('with worker threads (--jobs 2, 60 files): stops promptly, exit 130, no temporary file', async () => {
    const running = startBin(['export', '--jobs', '2', '--format', 'json', '-o', 'jobs.json', '.'], { cwd: dir });
    await waitFor(writingTemporary, PATIENCE_MS, 'items in the temporary file');
    await interrupt(running);
    expect(temporaries()).toEqual([]);
    expect(readdirSync(dir)).not.toContain('jobs.json');
  }, 300_000);

  // check runs its rules in one synchronous pass and writes nothing until the
  // end: it keeps Node's default, where Ctrl-C ends the process at once.
  it('check: SIGINT ends it at once, by the signal', async () => {
    const running = startBin(['check', 'big.txt'], { cwd: dir, stdout: 'ignore' });
    // Once it has read big.txt (41 MB) it is in its synchronous pass over the text.
    const size = statSync(path.join(dir, 'big.txt')).size;
    await waitFor(() => (bytesRead(running.child.pid) ?? size) >= size, PATIENCE_MS, 'check to read big.txt');
    running.child.kill('SIGINT');
    const result = await running.done;
    // Ended by the signal itself, so at once: a run that handled it would exit with a code.
    expect([result.code, result.signal, result.stderr]).toEqual([null, 'SIGINT', '']);
  }, 300_000);

  it('in-process: an aborted io.signal stops the run the same way', async () => {
    const controller = new AbortController();
    writeFileSync(path.join(dir, 'in-process.json'), 'earlier\n');
    const { io, stderr } = fakeIo({ cwd: dir });
    io.signal = controller.signal;
    const running = main(['export', '--format', 'ndjson', '-o', 'in-process.json', 'big.txt'], io);
    await waitFor(() => temporaries().length > 0, PATIENCE_MS, 'the temporary file');
    controller.abort();
    expect(await running).toBe(130);
    expect(stderr.text()).toMatch(/^bulletin: error: Interrupted\b[^\n]*\n$/);
    expect(temporaries()).toEqual([]);
    expect(readFileSync(path.join(dir, 'in-process.json'), 'utf8')).toBe('earlier\n');
  }, 300_000);
});
