// The built bin as a user runs it: node bin/bulletin.js … with NO_COLOR=1.
// `npm test` builds first; ensureBuilt() covers a lone `vitest run test/cli`.

import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, SAMPLE, spawnBin, spawnShell, tempDir, tsv } from './helpers.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const sampleText = readFileSync(SAMPLE, 'utf8');
/** The conventional uid of `nobody`. */
const NOBODY = 65534;
const KINDS = ['photo', 'brief', 'brief', 'brief', 'brief', 'feature', 'brief', 'photo', 'brief', 'feature'];

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  mkdirSync(path.join(dir, 'pages/2022'), { recursive: true });
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'empty/readme.md'), '# not a page\n');
  copyFileSync(SAMPLE, path.join(dir, 'pages/2022/06-28.txt'));
  copyFileSync(SAMPLE, path.join(dir, 'pages/2022/06-21.txt'));
  copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
  writeFileSync(path.join(dir, 'gb.txt'), iconv.encode(sampleText, 'gb18030'));
  writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
}, 120_000);

function items(result: { stdout: string }): unknown[] {
  return (JSON.parse(result.stdout) as { documents: Array<{ items: unknown[] }> }).documents.flatMap((d) => d.items);
}

describe('bin: basics', () => {
  it('--version prints the version from package.json', () => {
    expect(spawnBin(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('--help shows examples', () => {
    const result = spawnBin(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$ bulletin export');
  });
});

describe('bin: each subcommand and format on the sample', () => {
  it('list: tab-separated with a header when piped', () => {
    const result = spawnBin(['list', 'fixtures/community-news.txt']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const rows = tsv(result.stdout);
    expect(rows).toHaveLength(11);
    expect(rows.slice(1).map((row) => row[1])).toEqual(KINDS);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('filter: --kind brief --truncated gives the four cut briefs', () => {
    const result = spawnBin(['filter', SAMPLE, '--kind', 'brief', '--truncated']);
    expect(result.code).toBe(0);
    expect(tsv(result.stdout).slice(1).map((row) => row[0])).toEqual(['2', '3', '4', '5']);
  });

  it('filter: nothing matched is exit 1, with an empty list', () => {
    const result = spawnBin(['filter', SAMPLE, '--author', '无名氏']);
    expect(result.code).toBe(1);
    expect(tsv(result.stdout)).toHaveLength(1);
  });

  it('export json', () => {
    const result = spawnBin(['export', SAMPLE, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(items(result)).toHaveLength(10);
    expect(JSON.parse(result.stdout)).toMatchObject({ schemaVersion: 1, documents: [{ file: SAMPLE, encoding: 'utf-8' }] });
  });

  it('export ndjson: one item per line', () => {
    const result = spawnBin(['export', SAMPLE, '--format', 'ndjson']);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { kind: string });
    expect(lines.map((item) => item.kind)).toEqual(KINDS);
  });

  it('export csv, with --bom', () => {
    const plain = spawnBin(['export', SAMPLE, '--format', 'csv']);
    expect(plain.stdout.startsWith('file,index,kind,')).toBe(true);
    const bom = spawnBin(['export', SAMPLE, '--format', 'csv', '--bom']);
    expect(bom.stdout.startsWith('\uFEFFfile,index,kind,')).toBe(true);
  });

  it('export markdown and table', () => {
    expect(spawnBin(['export', SAMPLE, '--format', 'markdown']).stdout).toMatch(/^# /);
    expect(tsv(spawnBin(['export', SAMPLE, '--format', 'table']).stdout)).toHaveLength(11);
  });

  it('export with selectors, and exit 1 when they match nothing', () => {
    expect(items(spawnBin(['export', SAMPLE, '--truncated']))).toHaveLength(4);
    expect(items(spawnBin(['export', SAMPLE, '--no-truncated', '--min-chars', '200']))).toHaveLength(4);
    const none = spawnBin(['export', SAMPLE, '--kind', 'other']);
    expect(none.code).toBe(1);
    expect(items(none)).toEqual([]);
  });

  it('stats: table rows, or json', () => {
    const table = tsv(spawnBin(['stats', SAMPLE]).stdout);
    expect(table).toContainEqual(['total', 'items', '10']);
    expect(table).toContainEqual(['total', 'truncated', '4']);
    const json = JSON.parse(spawnBin(['stats', SAMPLE, '--format', 'json']).stdout) as { items: number; truncated: number; kinds: object };
    expect(json).toMatchObject({ items: 10, truncated: 4, kinds: { brief: 6, feature: 2, photo: 2, other: 0 } });
  });
});

describe('bin: inputs', () => {
  it('stdin: piped with no arguments, and as -', () => {
    for (const args of [['list'], ['list', '-']]) {
      const result = spawnBin(args, { input: sampleText });
      expect(result.code).toBe(0);
      expect(tsv(result.stdout)).toHaveLength(11);
    }
  });

  it('a GB18030 stream on stdin parses, detected or forced', () => {
    const bytes = readFileSync(path.join(dir, 'gb.txt'));
    for (const args of [['export'], ['export', '--encoding', 'gbk']]) {
      const result = spawnBin(args, { input: bytes });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ documents: [{ file: '<stdin>', encoding: 'gb18030' }] });
      expect(items(result)).toHaveLength(10);
    }
  });

  it('the GB18030 decode fixture on stdin, when present', () => {
    const fixture = path.join(ROOT, 'fixtures/decode/community-news.gb18030.txt');
    if (!existsSync(fixture)) return;
    const result = spawnBin(['list'], { input: readFileSync(fixture) });
    expect(result.code, result.stderr).toBe(0);
    expect(tsv(result.stdout).length).toBeGreaterThan(1);
  });

  it('a quoted glob pattern, sorted, with a file column', () => {
    const result = spawnBin(['list', 'pages/**/*.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    const rows = tsv(result.stdout);
    expect(rows[0]?.[0]).toBe('file');
    expect([...new Set(rows.slice(1).map((row) => row[0]))]).toEqual(['pages/2022/06-21.txt', 'pages/2022/06-28.txt']);
  });

  it('a directory: every .txt below it', () => {
    const result = spawnBin(['export', 'pages', '--format', 'ndjson'], { cwd: dir });
    const files = result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file);
    expect(files).toHaveLength(20);
    expect(new Set(files)).toEqual(new Set(['pages/2022/06-21.txt', 'pages/2022/06-28.txt']));
  });
});

describe('bin: bad inputs are one line each; the rest is still printed; exit 2', () => {
  const cases: Array<[string, RegExp]> = [
    ['missing.txt', /^bulletin: error: Cannot read missing\.txt: no such file or directory \(ENOENT\)$/],
    ['empty', /^bulletin: error: Cannot read empty: the directory has no \.txt, \.docx, \.doc, \.html or \.htm files$/],
    ['nothing/*.txt', /^bulletin: error: Cannot expand 'nothing\/\*\.txt': no files match the pattern$/],
    ['photo.txt', /^bulletin: error: Cannot read photo\.txt: not a text file \(a PNG image\)$/],
    ['a.txt/x.txt', /^bulletin: error: Cannot read a\.txt\/x\.txt: a part of the path is a file, not a directory$/],
  ];
  for (const [input, message] of cases) {
    it(input, () => {
      const result = spawnBin(['list', input, 'a.txt'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr.trimEnd()).toMatch(message);
      expect(tsv(result.stdout)).toHaveLength(11); // the good file: a header and its 10 items
    });
  }

  it('an unreadable file (chmod 000)', (context) => {
    const locked = path.join(dir, 'locked.txt');
    copyFileSync(SAMPLE, locked);
    chmodSync(locked, 0o000);
    // chmod 000 does not stop root: as root, run the bin as `nobody` instead.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755);
    let result;
    try {
      if (asRoot && spawnBin(['--version'], { uid: NOBODY }).code !== 0) throw new Error('the bin is not readable by that user');
      result = spawnBin(['list', 'locked.txt', 'a.txt'], { cwd: dir, ...(asRoot ? { uid: NOBODY } : {}) });
    } catch (error) {
      context.skip(`running as root and cannot switch to uid ${NOBODY} (${String(error)}): chmod 000 does not stop root from reading`);
      return;
    } finally {
      chmodSync(locked, 0o644);
    }
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bulletin: error: Cannot read locked.txt: permission denied (EACCES)\n');
    const rows = tsv(result.stdout);
    expect(rows).toHaveLength(11);
    expect(rows[0]?.[0]).toBe('file'); // locked.txt failed while reading: both were sources
  });

  it('bad option values name the option and the allowed values', () => {
    const result = spawnBin(['export', SAMPLE, '--format', 'yaml']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "bulletin: error: option '-f, --format <name>' argument 'yaml' is invalid. Allowed choices are json, ndjson, csv, markdown, table, html.\n",
    });
    expect(spawnBin(['list', SAMPLE, '--encoding', 'ebcdic']).stderr).toMatch(/^bulletin: error: option '--encoding <name>' argument 'ebcdic' is invalid\. Allowed choices are auto, utf-8, .*\n$/);
  });
});

describe('bin: output', () => {
  it('| head -n 1 ends quietly', () => {
    for (const format of ['ndjson', 'json', 'csv', 'table']) {
      const result = spawnShell(`for i in 1 2 3 4 5 6 7 8; do cat a.txt; done > big.txt; "$NODE" "$BIN" export big.txt --format ${format} | head -n 1`, {
        cwd: dir,
      });
      expect(result.stderr, format).toBe('');
      expect(result.stdout.split('\n')).toHaveLength(2);
    }
  });

  it('a full disk (/dev/full): one line, exit 2', (context) => {
    if (!existsSync('/dev/full')) {
      context.skip('no /dev/full on this system');
      return;
    }
    const result = spawnShell(`"$NODE" "$BIN" export "${SAMPLE}" > /dev/full`);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bulletin: error: Cannot write to stdout: no space left on device (ENOSPC)\n');
  });

  it('an input that is also the file stdout goes to is skipped with a warning, as grep does', () => {
    const here = tempDir();
    copyFileSync(SAMPLE, path.join(here, 'page.txt'));
    const checked = spawnShell(`"$NODE" "$BIN" check . > report.txt`, { cwd: here });
    expect(checked.stderr).toBe('bulletin: warning: Skipped report.txt: it is the file the output goes to\n');
    expect(checked.code).toBe(1); // the page's own truncated-body errors, nothing of report.txt
    const report = readFileSync(path.join(here, 'report.txt'), 'utf8');
    expect(report).toContain('page.txt:13:');
    expect(report).not.toContain('report.txt');
    // Only that very file: another of the same name is read (list shows its 10 items, then the page's).
    rmSync(path.join(here, 'report.txt'));
    mkdirSync(path.join(here, 'sub'));
    copyFileSync(SAMPLE, path.join(here, 'sub/list.txt'));
    const listed = spawnShell(`"$NODE" "$BIN" list . > list.txt`, { cwd: here });
    expect(listed).toMatchObject({ code: 0, stderr: 'bulletin: warning: Skipped list.txt: it is the file the output goes to\n' });
    expect(tsv(readFileSync(path.join(here, 'list.txt'), 'utf8')).filter((row) => row[0] === 'sub/list.txt')).toHaveLength(10);
  });

  it('-o writes the file atomically; a failed run leaves an earlier file untouched', () => {
    const out = path.join(dir, 'out', 'items.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, 'earlier\n');

    const failed = spawnBin(['export', 'a.txt', 'missing.txt', '-o', out], { cwd: dir });
    expect(failed.code).toBe(2);
    expect(failed.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('earlier\n');
    expect(readdirSync(path.dirname(out))).toEqual(['items.json']);

    const ok = spawnBin(['export', 'a.txt', '-o', out, '--format', 'json'], { cwd: dir });
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(items({ stdout: readFileSync(out, 'utf8') })).toHaveLength(10);
    expect(readdirSync(path.dirname(out))).toEqual(['items.json']);
  });

  it('-o into a missing directory or onto a directory: one line, exit 2', () => {
    expect(spawnBin(['export', 'a.txt', '-o', 'no/such/dir/x.json'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bulletin: error: Cannot write no/such/dir/x.json: the directory no/such/dir does not exist\n',
    });
    expect(spawnBin(['export', 'a.txt', '-o', 'pages'], { cwd: dir }).stderr).toBe('bulletin: error: Cannot write pages: it is a directory; give a file name\n');
    expect(spawnBin(['export', 'a.txt', '-o', 'a.txt/x.json'], { cwd: dir }).stderr).toBe('bulletin: error: Cannot write a.txt/x.json: a.txt is a file, not a directory\n');
  });

  it('-o csv --bom', () => {
    const result = spawnBin(['export', 'a.txt', '--format', 'csv', '--bom', '-o', 'items.csv'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'items.csv'), 'utf8').startsWith('\uFEFFfile,index')).toBe(true);
  });
});
