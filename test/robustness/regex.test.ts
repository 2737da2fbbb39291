// Issue 14, defect 7: `--grep '/(a+)+b/'` on a body holding 40 `a`s ran for
// days in V8's backtracking engine, and a regex running in V8 cannot be
// interrupted: the SIGINT handler never ran, so Ctrl-C could not end it.
// User expressions now run on RE2, in time linear in the text: the run just
// ends. (Killed after a generous bound, the old run shows up as a signal.)

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, SAMPLE, tempDir } from '../cli/helpers.js';
import { startBin } from './helpers.js';

/** CPU time: far more than the run needs; the backtracking run needs about 2^40 steps. */
const BOUND_MS = 30_000;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  const page = readFileSync(SAMPLE, 'utf8').replace('防病治病的意识。', `防病治病的意识。${'a'.repeat(40)}`);
  writeFileSync(path.join(dir, 'page.txt'), page.repeat(3));
}, 120_000);

describe('a catastrophic user regex', () => {
  it.each([
    ['filter', '--grep', '/(a+)+b/'],
    ['stats', '--grep', '/(a+)+b/'],
    ['export', '--format', 'ndjson', '--grep', '/(a|aa)+b/'],
  ])('%s … %s %s ends by itself, no match, exit 1 or 0', async (...args) => {
    const result = await startBin([...args, 'page.txt'], { cwd: dir, cpuLimitMs: BOUND_MS, killAfterMs: 8 * BOUND_MS }).done;
    expect(result.signal).toBeNull();
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
  }, 10 * BOUND_MS);

  it('still finds what it should: /a{40}/ matches the one brief', async () => {
    const result = await startBin(['filter', '--grep', '/a{40}/', 'page.txt'], { cwd: dir, cpuLimitMs: BOUND_MS, killAfterMs: 8 * BOUND_MS }).done;
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1 + 3);
  }, 10 * BOUND_MS);
});
