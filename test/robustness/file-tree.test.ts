// Directory inputs as archives really come: symbolic-link loops, one file by
// several names, unreadable corners, names that are not UTF-8 or hold a
// newline (issue 14: #5, #9, #10, #12 and the newline of "Smaller"). Against the
// built bin; a walk that could run away runs in a child process that is killed
// after a generous bound, so a regression fails instead of hanging the suite.

import { chmodSync, copyFileSync, linkSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, run, SAMPLE, spawnBin, tempDir, tsv } from '../cli/helpers.js';
import { startBin, type Finished } from './helpers.js';

/** The conventional uid of `nobody`. */
const NOBODY = 65534;
/** A walk that uses more CPU time has run away (the fixed one takes well under a second). */
const BOUND_MS = 20_000;
/** A warning for lines 1-3 of a page without an item. */
const NO_ITEM = '今天天气很好。\n\n我们去公园，看见了很多花。\n';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => ensureBuilt(), 120_000);

/** A temp dir with `files` (name → contents, or a path of a file to copy with `copy:`). */
function tree(files: Record<string, string>): string {
  const dir = tempDir();
  made.push(dir);
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    if (contents.startsWith('copy:')) copyFileSync(contents.slice(5), path.join(dir, name));
    else writeFileSync(path.join(dir, name), contents);
  }
  return dir;
}

async function bounded(args: string[], cwd: string): Promise<Finished> {
  const finished = await startBin(args, { cwd, cpuLimitMs: BOUND_MS, killAfterMs: 10 * BOUND_MS }).done;
  expect(finished.signal, `killed after ${BOUND_MS} ms of CPU time: the walk ran away`).toBeNull();
  return finished;
}

/** The `file` column of tab-separated list output, without the header. */
function listedFiles(stdout: string): string[] {
  return tsv(stdout)
    .slice(1)
    .map((row) => row[0]!);
}

describe('symbolic-link loops (#5)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tree({ 'pages/a.txt': `copy:${SAMPLE}`, 'pages/sub/b.txt': `copy:${SAMPLE}`, 'pages/other/c.txt': `copy:${SAMPLE}` });
    symlinkSync('..', path.join(dir, 'pages/sub/up'));
  });

  it('one loop (sub/up -> ..): each file once, one warning naming the loop, exit 0', async () => {
    const result = await bounded(['list', 'pages'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('bulletin: warning: Skipped pages/sub/up: a symbolic link loop back to pages\n');
    const files = listedFiles(result.stdout);
    expect(new Set(files)).toEqual(new Set(['pages/a.txt', 'pages/other/c.txt', 'pages/sub/b.txt']));
    expect(files).toHaveLength(30);
  });

  it("two loops (the paths grew exponentially, then V8 ran out of memory) and '**/*.txt': each file once, a warning per loop", async () => {
    symlinkSync('../..', path.join(dir, 'pages/other/top'));
    symlinkSync('..', path.join(dir, 'pages/other/up'));
    try {
      for (const input of ['pages', 'pages/**/*.txt']) {
        const result = await bounded(['stats', input, '--format', 'json'], dir);
        expect(result.code).toBe(0);
        expect((JSON.parse(result.stdout) as { files: number }).files).toBe(3);
        const warnings = result.stderr.trimEnd().split('\n');
        expect(warnings).toContain('bulletin: warning: Skipped pages/other/up: a symbolic link loop back to pages');
        expect(warnings).toContain('bulletin: warning: Skipped pages/sub/up: a symbolic link loop back to pages');
        // other/top leads out of pages, to the directory holding it: pages inside it is the loop.
        expect(warnings).toContain('bulletin: warning: Skipped pages/other/top/pages: a symbolic link loop back to pages');
        expect(warnings).toHaveLength(3);
      }
    } finally {
      rmSync(path.join(dir, 'pages/other/top'));
      rmSync(path.join(dir, 'pages/other/up'));
    }
  });

  it('a link to a directory walked already (not a loop) adds nothing and says nothing', async () => {
    symlinkSync('../sub', path.join(dir, 'pages/other/also-sub'));
    try {
      const result = await bounded(['list', 'pages'], dir);
      expect(result.code).toBe(0);
      expect(new Set(listedFiles(result.stdout))).toEqual(new Set(['pages/a.txt', 'pages/other/c.txt', 'pages/sub/b.txt']));
    } finally {
      rmSync(path.join(dir, 'pages/other/also-sub'));
    }
  });
});

describe('one file by several names (#9)', () => {
  it('a hard link and a symbolic link beside the original: files 1, items 10, no duplicate-item', async () => {
    const dir = tree({ 'pages/real.txt': `copy:${SAMPLE}` });
    linkSync(path.join(dir, 'pages/real.txt'), path.join(dir, 'pages/hard.txt'));
    symlinkSync('real.txt', path.join(dir, 'pages/link.txt'));
    const stats = spawnBin(['stats', 'pages', '--format', 'json'], { cwd: dir });
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ files: 1, items: 10 });
    const check = spawnBin(['check', 'pages', 'pages/link.txt', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(check.stdout) as { results: Array<{ file: string; diagnostics: Array<{ ruleId: string }> }> };
    // Three names of one file, pages/link.txt given on the command line too: the first of the names that are no link.
    expect(report.results.map((result) => result.file)).toEqual(['pages/hard.txt']);
    expect(report.results.flatMap((result) => result.diagnostics).filter((d) => d.ruleId === 'duplicate-item')).toEqual([]);
  });
});

describe('unreadable entries below a directory (#10), as an unprivileged user', () => {
  it('each unreadable entry is one line, the readable files are still read, exit 2', (context) => {
    const dir = tree({ 'ok.txt': `copy:${SAMPLE}`, 'lockdir/inner.txt': `copy:${SAMPLE}`, 'locked.txt': `copy:${SAMPLE}` });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'lockdir'), 0o000);
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const asRoot = process.getuid?.() === 0;
    let result;
    try {
      // chmod 000 does not stop root: as root, run the bin as `nobody` instead.
      if (asRoot && spawnBin(['--version'], { uid: NOBODY }).code !== 0) throw new Error('the bin is not readable by that user');
      result = spawnBin(['list', '.'], { cwd: dir, ...(asRoot ? { uid: NOBODY } : {}) });
    } catch (error) {
      context.skip(`running as root and cannot switch to uid ${NOBODY} (${String(error)}): chmod 000 does not stop root from reading`);
      return;
    } finally {
      chmodSync(path.join(dir, 'lockdir'), 0o755);
      chmodSync(path.join(dir, 'locked.txt'), 0o644);
    }
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'bulletin: error: Cannot read lockdir: permission denied (EACCES)\n' + 'bulletin: error: Cannot read locked.txt: permission denied (EACCES)\n',
    );
    const files = listedFiles(result.stdout);
    expect(files).toHaveLength(10);
    expect(new Set(files)).toEqual(new Set(['ok.txt']));
  });
});

describe('names that are not UTF-8 (#12) or hold a newline', () => {
  // 生态.txt in GBK (C9 FA CC AC), as unpacked from a ZIP made on Chinese Windows.
  const GBK_NAME = Buffer.from([0xc9, 0xfa, 0xcc, 0xac, 0x2e, 0x74, 0x78, 0x74]);

  it('a GBK file name: read by its bytes, named \\xC9\\xFA\\xCC\\xAC.txt, exit 0', () => {
    const dir = tree({ 'gbkname/a.txt': `copy:${SAMPLE}` });
    copyFileSync(SAMPLE, Buffer.concat([Buffer.from(path.join(dir, 'gbkname') + '/'), GBK_NAME]));
    for (const input of ['gbkname', 'gbkname/*.txt']) {
      const result = spawnBin(['list', input], { cwd: dir });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const files = listedFiles(result.stdout);
      expect(files.filter((file) => file === 'gbkname/\\xC9\\xFA\\xCC\\xAC.txt')).toHaveLength(10);
      expect(files).toHaveLength(20);
    }
  });

  it('a newline in a file name: each diagnostic and each error stays one line, the name shown with \\n', async () => {
    const dir = tree({ 'pages/two\nlines.txt': NO_ITEM, 'pages/bin\nary.txt': 'x\0y' });
    const expected =
      'bulletin: error: Cannot read pages/bin\\nary.txt: not a text file (NUL byte at byte offset 1)\n' +
      'pages/two\\nlines.txt:1:1: warning: Unexpected text on lines 1-3 outside any item, expected a header, lead, byline or credit [unassigned-text]\n';
    const bin = spawnBin(['export', 'pages'], { cwd: dir });
    expect(bin.stderr).toBe(expected);
    expect(bin.code).toBe(2);
    const inProcess = await run(['export', 'pages'], { cwd: dir });
    expect(inProcess.stderr).toBe(expected);
    const check = spawnBin(['check', 'pages', '--format', 'stylish'], { cwd: dir });
    expect(check.stdout).toContain('pages/two\\nlines.txt\n');
    expect(check.stdout).not.toContain('two\nlines');
  });
});
