// `bulletin check` on dirty input: many findings, binary files, bad configuration.

import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, run, SAMPLE, spawnBin, spawnShell, tempDir } from '../cli/helpers.js';
import { cpuMsSince, startBin } from './helpers.js';

let dir: string;

beforeAll(() => {
  dir = tempDir();
  // 130 000 half-width commas: as many punctuation-width warnings on one line.
  writeFileSync(path.join(dir, 'commas.txt'), `苏村社区: 开展活动\n\n本报讯 ${'近日,'.repeat(130_000)}。\n\n(李 莉)\n`);
  mkdirSync(path.join(dir, 'config-dir'));
  writeFileSync(path.join(dir, 'deep.json'), `{"rules":{"title-length":["warn",{"max":${'['.repeat(5000)}${']'.repeat(5000)}}]}}`);
  writeFileSync(path.join(dir, 'deep-severity.json'), `{"rules":{"title-length":${'['.repeat(5000)}${']'.repeat(5000)}}}`);
  writeFileSync(path.join(dir, 'long.json'), JSON.stringify({ rules: { 'title-length': 'x'.repeat(5_000_000) } }));
  ensureBuilt();
}, 120_000);

// Issue 14, defect 8: a value 5,000 levels deep was `internal error: RangeError` with a stack; a 5 MB string was echoed whole.
describe('check: a configuration too deep or too long', () => {
  it.each([
    ['deep.json', /^bulletin: error: Cannot read config deep\.json: a value nested more than 64 levels deep at rules\.title-length\[1\]\.max…; a configuration is a few levels deep\n$/],
    ['deep-severity.json', /^bulletin: error: Cannot read config deep-severity\.json: a value nested more than 64 levels deep at rules\.title-length\[0\]\[0\]…; [^\n]*\n$/],
    ['long.json', /^bulletin: error: Cannot read config long\.json: rule "title-length" has severity "x{59}… \(5000002 characters\), expected off, info, warn or error\n$/],
  ])('--config %s: one short line, exit 2 (in-process and the bin)', async (config, line) => {
    const result = await run(['check', SAMPLE, '--config', config], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(line) });
    const bin = spawnBin(['check', SAMPLE, '--config', config], { cwd: dir });
    expect(bin).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(line) });
  }, 60_000);
});

describe('check: many findings', () => {
  it('130 000 warnings in one file: the stylish report lists them all and sums them up', async () => {
    const started = process.cpuUsage();
    const result = await run(['check', 'commas.txt'], { cwd: dir });
    // Some 3 s on a quiet machine; the report alone took 30 s when it measured every cell anew.
    expect(cpuMsSince(started)).toBeLessThan(15_000);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.endsWith('punctuation-width'))).toHaveLength(130_000);
    expect(lines.at(-2)).toBe('✖ 130000 problems (0 errors, 130000 warnings, 0 infos)');
  }, 60_000);
});

describe('check: a directory where a file is expected', () => {
  it('--config a directory: one line naming it, exit 2, nothing on stdout', async () => {
    const result = await run(['check', 'commas.txt', '--config', 'config-dir'], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^bulletin: error: Cannot read config .*config-dir: it is a directory \(EISDIR\)\n$/) });
  });
});

describe('check: inputs it cannot hold whole (issue 14 #6)', () => {
  const TOO_LARGE = 'larger than 64 MiB, the most check reads at once; split it (list, filter and export stream any size)';
  /** The input errors of a JSON report. */
  const inputErrors = (stdout: string) => (JSON.parse(stdout) as { results: Array<{ inputError: string | null }> }).results.map((r) => r.inputError);

  beforeAll(() => ensureBuilt(), 120_000);

  it('/dev/zero: sniffed and refused at once, as list does (it read 3.7 GB in 8 s), exit 2', async () => {
    const result = await startBin(['check', '/dev/zero', '--format', 'json'], { cpuLimitMs: 20_000, killAfterMs: 240_000 }).done;
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(inputErrors(result.stdout)).toEqual([expect.stringMatching(/^Cannot check \/dev\/zero: not a text file \(NUL byte at byte offset 0\)/)]);
    if (result.peakKiB !== null) expect(result.peakKiB).toBeLessThan(300 * 1024);
  }, 30_000);

  it('a 65 MiB text file: refused before it is read, one line, exit 2; the other files are still checked', async () => {
    const big = path.join(dir, 'big.txt');
    // 16 KiB of text, so that the binary sniff passes it, then a sparse run of NUL bytes (text may hold them, with a warning).
    const fd = openSync(big, 'w');
    writeSync(fd, `苏村社区: 开展活动\n\n本报讯 ${'近日，社区开展活动。'.repeat(600)}\n`);
    writeSync(fd, '\n', 65 * 1024 * 1024);
    closeSync(fd);
    writeFileSync(path.join(dir, 'small.txt'), '苏村社区: 开展活动\n\n本报讯 近日，社区开展活动。\n\n（李 莉）\n');
    const result = await startBin(['check', 'big.txt', 'small.txt', '--format', 'json'], { cwd: dir, cpuLimitMs: 20_000, killAfterMs: 240_000 }).done;
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(inputErrors(result.stdout)).toEqual([`Cannot check big.txt: ${TOO_LARGE}`, null]);
    if (result.peakKiB !== null) expect(result.peakKiB).toBeLessThan(300 * 1024);
  }, 30_000);

  it('text without end on stdin (a pipe has no size to ask): refused after 64 MiB, exit 2', () => {
    // `timeout` ends a run that reads on: the pipe carries 70 MB.
    const result = spawnShell(`yes '苏村社区: 开展活动' | head -c 70000000 | timeout -s KILL 25 "$NODE" "$BIN" check --format json`);
    expect(result.code).toBe(2);
    expect(inputErrors(result.stdout)).toEqual([`Cannot check <stdin>: ${TOO_LARGE}`]);
  }, 30_000);
});
