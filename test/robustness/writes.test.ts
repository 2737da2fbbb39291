// Writing users' files without losing them: `check --fix` and `export -o`
// through links, onto files the user may not write or does not own, onto one
// of the inputs, with the reader of stdout gone, and when a signal ends the run.

import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, run, SAMPLE, spawnBin, spawnShell, tempDir } from '../cli/helpers.js';
import { startBin, waitFor } from './helpers.js';

/** The conventional uid (and gid) of `nobody`. */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** A half-width comma the fix turns full-width: present before --fix, gone after. */
const FIXABLE = '近日,';
const isFixed = (file: string) => !readFileSync(file, 'utf8').includes(FIXABLE);
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

beforeAll(() => ensureBuilt(), 120_000);

/** A fresh directory holding copies of the sample under these names. */
function pages(...names: string[]): string {
  const dir = tempDir();
  for (const name of names) copyFileSync(SAMPLE, path.join(dir, name));
  return dir;
}

/**
 * A directory `nobody` owns and may write, for running the bin as that user:
 * as root, chmod does not stop a write. Null (with the reason) when the
 * machine cannot switch users.
 */
function nobodyDir(): { dir: string } | { reason: string } {
  if (!asRoot) return { reason: 'not running as root: cannot make files owned by another user, nor switch to nobody' };
  const dir = tempDir();
  chmodSync(dir, 0o755);
  chownSync(dir, NOBODY, NOBODY);
  try {
    const probe = spawnBin(['--version'], { uid: NOBODY, cwd: dir });
    if (probe.code !== 0) return { reason: `the bin does not run as uid ${NOBODY}: ${probe.stderr}` };
  } catch (error) {
    return { reason: `cannot run as uid ${NOBODY}: ${String(error)}` };
  }
  return { dir };
}

describe('check --fix through a symbolic link (issue 14, defect 1)', () => {
  it('fixes the file the link points to and keeps the link', async () => {
    const dir = pages('real.txt');
    symlinkSync('real.txt', path.join(dir, 'link.txt'));
    const result = await run(['check', 'link.txt', '--fix'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(isFixed(path.join(dir, 'real.txt'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
  });

  it('a link into another directory: that directory gets the temporary file, and keeps nothing of it', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'store'));
    copyFileSync(SAMPLE, path.join(dir, 'store/real.txt'));
    symlinkSync('store/real.txt', path.join(dir, 'link.txt'));
    expect((await run(['check', 'link.txt', '--fix'], { cwd: dir })).stderr).toBe('');
    expect(isFixed(path.join(dir, 'store/real.txt'))).toBe(true);
    expect(readdirSync(path.join(dir, 'store'))).toEqual(['real.txt']);
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
  });
});

describe('permissions and ownership (issue 14, defect 2)', () => {
  it('check --fix as an unprivileged user: a read-only file is refused in one line, exit 2, the others fixed', (context) => {
    const made = nobodyDir();
    if ('reason' in made) return context.skip(made.reason);
    const { dir } = made;
    for (const name of ['a.txt', 'ro.txt', 'z.txt']) copyFileSync(SAMPLE, path.join(dir, name));
    chmodSync(path.join(dir, 'ro.txt'), 0o444);
    for (const name of ['a.txt', 'ro.txt', 'z.txt']) chownSync(path.join(dir, name), NOBODY, NOBODY);
    const result = spawnBin(['check', '--fix', 'a.txt', 'ro.txt', 'z.txt'], { cwd: dir, uid: NOBODY });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bulletin: error: Cannot fix ro.txt: permission denied (EACCES)\n');
    expect(readFileSync(path.join(dir, 'ro.txt'))).toEqual(readFileSync(SAMPLE));
    expect(statSync(path.join(dir, 'ro.txt')).mode & 0o777).toBe(0o444);
    expect([isFixed(path.join(dir, 'a.txt')), isFixed(path.join(dir, 'z.txt'))]).toEqual([true, true]);
    expect(temporaries(dir)).toEqual([]);
  });

  it('check --fix as an unprivileged user on a file of another user it may write: refused, not given away', (context) => {
    const made = nobodyDir();
    if ('reason' in made) return context.skip(made.reason);
    const { dir } = made;
    const shared = path.join(dir, 'shared.txt');
    copyFileSync(SAMPLE, shared);
    chownSync(shared, 1234, NOBODY);
    chmodSync(shared, 0o666);
    const result = spawnBin(['check', '--fix', 'shared.txt'], { cwd: dir, uid: NOBODY });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bulletin: error: Cannot fix shared.txt: its owner (uid 1234, gid 65534) could not be kept on the replacement; run as its owner\n');
    expect([statSync(shared).uid, readFileSync(shared).equals(readFileSync(SAMPLE))]).toEqual([1234, true]);
    expect(temporaries(dir)).toEqual([]);
  });

  it('export -o as an unprivileged user onto a read-only file: refused before reading, the file untouched', (context) => {
    const made = nobodyDir();
    if ('reason' in made) return context.skip(made.reason);
    const { dir } = made;
    copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'out.json'), 'earlier\n');
    chownSync(path.join(dir, 'out.json'), NOBODY, NOBODY);
    chmodSync(path.join(dir, 'out.json'), 0o444);
    const result = spawnBin(['export', 'a.txt', '-o', 'out.json'], { cwd: dir, uid: NOBODY });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bulletin: error: Cannot write out.json: permission denied (EACCES)\n' });
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('earlier\n');
    expect(temporaries(dir)).toEqual([]);
  });

  it('as root, check --fix and export -o keep the owner, group and mode of another user’s file', async (context) => {
    if (!asRoot) return context.skip('not running as root: cannot make a file owned by another user to replace');
    const dir = pages('theirs.txt');
    const page = path.join(dir, 'theirs.txt');
    const out = path.join(dir, 'out.json');
    writeFileSync(out, 'earlier\n');
    for (const [file, mode] of [[page, 0o600], [out, 0o640]] as const) {
      chownSync(file, 1234, 4321);
      chmodSync(file, mode);
    }
    expect((await run(['check', 'theirs.txt', '--fix'], { cwd: dir })).stderr).toBe('');
    expect((await run(['export', 'theirs.txt', '-o', 'out.json'], { cwd: dir })).code).toBe(0);
    expect(isFixed(page)).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('"schemaVersion"');
    const owned = (file: string) => {
      const info = statSync(file);
      return [info.uid, info.gid, info.mode & 0o7777];
    };
    expect([owned(page), owned(out)]).toEqual([
      [1234, 4321, 0o600],
      [1234, 4321, 0o640],
    ]);
  });
});

describe('export -o onto one of its inputs (issue 14, defect 3)', () => {
  it('the same name: refused in one line, exit 2, the page kept', async () => {
    const dir = pages('page.txt');
    const result = await run(['export', '-o', 'page.txt', 'page.txt'], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bulletin: error: Cannot write page.txt: it is also an input, and the export would replace the page it reads; give another output file\n',
    });
    expect(readFileSync(path.join(dir, 'page.txt'))).toEqual(readFileSync(SAMPLE));
    expect(readdirSync(dir)).toEqual(['page.txt']);
  });

  it('another name for it (a hard link, a symbolic link): refused the same way', async () => {
    const dir = pages('page.txt', 'other.txt');
    linkSync(path.join(dir, 'page.txt'), path.join(dir, 'hard.txt'));
    symlinkSync('page.txt', path.join(dir, 'soft.txt'));
    for (const output of ['hard.txt', 'soft.txt']) {
      const result = await run(['export', 'other.txt', 'page.txt', '-o', output], { cwd: dir });
      expect([result.code, result.stderr]).toEqual([
        2,
        `bulletin: error: Cannot write ${output}: it is also an input, and the export would replace the page it reads; give another output file\n`,
      ]);
    }
    expect(readFileSync(path.join(dir, 'page.txt'))).toEqual(readFileSync(SAMPLE));
  });

  it('an output inside an input directory: a warning the first time, left out of the inputs the next, the same export both times', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'pages'));
    copyFileSync(SAMPLE, path.join(dir, 'pages/a.txt'));
    const args = ['export', 'pages', '--format', 'ndjson', '-o', 'pages/summary.txt'];
    const first = await run(args, { cwd: dir });
    expect([first.code, first.stderr]).toEqual([
      0,
      'bulletin: warning: pages/summary.txt is inside the input directory pages: other commands run over pages will read it as a page\n',
    ]);
    const exported = readFileSync(path.join(dir, 'pages/summary.txt'), 'utf8');
    const second = await run(args, { cwd: dir });
    expect([second.code, second.stderr]).toEqual([0, 'bulletin: warning: Skipped pages/summary.txt: it is the output file (-o pages/summary.txt)\n']);
    expect(readFileSync(path.join(dir, 'pages/summary.txt'), 'utf8')).toBe(exported);
    expect(exported.trimEnd().split('\n')).toHaveLength(10);
  });
});

describe('check --fix when the reader of stdout leaves (issue 14, defect 4)', () => {
  it('| head -n 1: every file is fixed, not only those reported before the reader left', () => {
    // 200 files: the report (~500 KB) is far more than a pipe holds, so the reader is gone long before the end.
    const names = Array.from({ length: 200 }, (_, i) => `p${String(i).padStart(3, '0')}.txt`);
    const dir = pages(...names);
    const result = spawnShell('"$NODE" "$BIN" check --fix . | head -n 1', { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('p000.txt');
    expect(names.filter((name) => !isFixed(path.join(dir, name)))).toEqual([]);
    expect(temporaries(dir)).toEqual([]);
  }, 60_000);

  it.skipIf(!existsSync('/dev/full'))('> /dev/full: every file is fixed, then one line for the report, exit 2', () => {
    const names = ['a.txt', 'b.txt', 'c.txt'];
    const dir = pages(...names);
    const result = spawnShell('"$NODE" "$BIN" check --fix . > /dev/full', { cwd: dir });
    expect([result.code, result.stderr]).toEqual([2, 'bulletin: error: Cannot write to stdout: no space left on device (ENOSPC)\n']);
    expect(names.filter((name) => !isFixed(path.join(dir, name)))).toEqual([]);
  });
});

describe('signals during a write (issue 14, defect 19)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    // 41 MB: some seconds of work, during which the temporary file exists.
    writeFileSync(path.join(dir, 'big.txt'), readFileSync(SAMPLE, 'utf8').repeat(2600));
  }, 60_000);

  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`${signal} during export -o: the temporary file removed, the earlier file kept, ended by the signal`, async () => {
      const here = path.join(dir, signal);
      mkdirSync(here);
      const out = path.join(here, 'out.json');
      writeFileSync(out, 'earlier\n');
      const running = startBin(['export', '--format', 'ndjson', '-o', 'out.json', '../big.txt'], { cwd: here });
      await waitFor(() => temporaries(here).length > 0, 20_000, 'the temporary file');
      running.child.kill(signal);
      const result = await running.done;
      // Ended by the signal (the shell reports 128 + its number): the handler re-raises it.
      expect([result.code, result.signal]).toEqual([null, signal]);
      expect(temporaries(here)).toEqual([]);
      expect(readFileSync(out, 'utf8')).toBe('earlier\n');
    }, 60_000);
  }
});

describe('smaller: the output name and the dry-run diff', () => {
  it('-o newdir/ (a missing directory, named with a trailing slash): one line, exit 2, no file newdir', async () => {
    const dir = pages('a.txt');
    const result = await run(['export', 'a.txt', '-o', 'newdir/'], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bulletin: error: Cannot write newdir/: the directory newdir/ does not exist; give a file name\n' });
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('--fix-dry-run | git apply on a CR-only file gives what --fix gives', (context) => {
    if (spawnShell('git --version').code !== 0) return context.skip('git is not installed');
    const dir = tempDir();
    const crOnly = readFileSync(SAMPLE, 'utf8').replaceAll('\n', '\r');
    writeFileSync(path.join(dir, 'applied.txt'), crOnly);
    writeFileSync(path.join(dir, 'fixed.txt'), crOnly);
    const applied = spawnShell('"$NODE" "$BIN" check applied.txt --fix-dry-run 2>/dev/null | git apply', { cwd: dir });
    expect(applied).toMatchObject({ code: 0 });
    spawnBin(['check', 'fixed.txt', '--fix'], { cwd: dir });
    expect(isFixed(path.join(dir, 'fixed.txt'))).toBe(true);
    expect(readFileSync(path.join(dir, 'applied.txt'))).toEqual(readFileSync(path.join(dir, 'fixed.txt')));
    expect(existsSync(path.join(dir, 'applied.txt.rej'))).toBe(false);
  });
});
