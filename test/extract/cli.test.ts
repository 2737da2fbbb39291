// Documents among the inputs: a folder of mixed submissions, --ext, check
// --fix refusing what it cannot rewrite, and the readers loaded only when a
// document is read.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, run, SAMPLE, spawnBin, tempDir, tsv } from '../cli/helpers.js';
import { BRIEF_LINES, docxOf } from './helpers.js';

const FIXTURES = path.join(ROOT, 'fixtures/extract');
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const submissions = path.join(dir, 'submissions');
  mkdirSync(path.join(submissions, 'web'), { recursive: true });
  copyFileSync(SAMPLE, path.join(submissions, 'a-sample.txt'));
  copyFileSync(path.join(FIXTURES, 'community-news.docx'), path.join(submissions, 'b-sample.docx'));
  copyFileSync(path.join(FIXTURES, 'community-news.doc'), path.join(submissions, 'c-sample.DOC'));
  copyFileSync(path.join(FIXTURES, 'community-news.html'), path.join(submissions, 'web/d-sample.htm'));
  writeFileSync(path.join(submissions, 'e-qingshi.docx'), await docxOf(BRIEF_LINES));
  writeFileSync(path.join(submissions, 'notes.md'), '# not a page\n');
}, 120_000);

describe('a folder of mixed submissions', () => {
  it('bulletin list submissions/: every item of every .txt, .docx, .doc and .htm, each with its file', async () => {
    const result = await run(['list', 'submissions/'], { cwd: dir });
    expect([result.code, result.stderr]).toEqual([0, '']);
    const rows = tsv(result.stdout);
    expect(rows[0]).toEqual(['file', 'index', 'kind', 'community', 'title', 'authors', 'characters', 'truncated']);
    const files = rows.slice(1).map((row) => row[0]);
    const count = (name: string) => files.filter((file) => file === name).length;
    expect([
      count('submissions/a-sample.txt'),
      count('submissions/b-sample.docx'),
      count('submissions/c-sample.DOC'),
      count('submissions/e-qingshi.docx'),
      count('submissions/web/d-sample.htm'),
    ]).toEqual([10, 10, 10, 1, 10]);
    expect(rows).toHaveLength(42);
    // The same rows for the same page, whatever it came in.
    const sampleRows = (file: string) => rows.filter((row) => row[0] === file).map((row) => row.slice(1));
    expect(sampleRows('submissions/b-sample.docx')).toEqual(sampleRows('submissions/a-sample.txt'));
    expect(sampleRows('submissions/c-sample.DOC')).toEqual(sampleRows('submissions/a-sample.txt'));
    expect(sampleRows('submissions/web/d-sample.htm')).toEqual(sampleRows('submissions/a-sample.txt'));
  });

  it('the same with worker threads (--jobs 2): the documents are read there too', () => {
    const result = spawnBin(['list', 'submissions/', '--jobs', '2'], { cwd: dir });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(tsv(result.stdout)).toHaveLength(42);
  });

  it('--ext changes the set: --ext docx,htm reads those alone', async () => {
    const result = await run(['list', 'submissions/', '--ext', 'docx,.HTM'], { cwd: dir });
    expect(result.code).toBe(0);
    expect([...new Set(tsv(result.stdout).slice(1).map((row) => row[0]))]).toEqual([
      'submissions/b-sample.docx',
      'submissions/e-qingshi.docx',
      'submissions/web/d-sample.htm',
    ]);
  });

  it('--ext with no such files below, or with a bad name: one line, exit 2', async () => {
    const none = await run(['list', 'submissions/', '--ext', 'rtf'], { cwd: dir });
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'bulletin: error: Cannot read submissions/: the directory has no .rtf files\n' });
    const bad = await run(['list', 'submissions/', '--ext', 'd/x'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("bulletin: error: option '--ext <list>' argument 'd/x' is invalid. Expected extensions such as txt,docx,html.\n");
  });
});

describe('check --fix on documents', () => {
  it('refuses a Word file with one line and exit 2, and still fixes the text file', async () => {
    const work = path.join(dir, 'fix');
    mkdirSync(work);
    writeFileSync(path.join(work, 'sub.docx'), await docxOf(BRIEF_LINES));
    writeFileSync(path.join(work, 'page.txt'), `${BRIEF_LINES.join('\n')}\n`);
    const before = readFileSync(path.join(work, 'sub.docx'));
    const result = await run(['check', 'sub.docx', 'page.txt', '--fix', '--quiet'], { cwd: work });
    expect(result.stderr).toBe('bulletin: error: --fix rewrites plain text files; open sub.docx in a word processor to change it\n');
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(work, 'sub.docx'))).toEqual(before);
    // The text file's half-width commas are full-width now.
    expect(readFileSync(path.join(work, 'page.txt'), 'utf8')).toContain('本报讯 7月3日，青石社区');
  });
});

describe('loading', () => {
  /** The reader packages (all CommonJS) among those a run of the built CLI with these arguments loaded. */
  function loadedBy(args: string[]): string[] {
    const script =
      `import { createRequire } from 'node:module';` +
      `const { main, nodeIo } = await import(${JSON.stringify(path.join(ROOT, 'dist/cli/main.js'))});` +
      `await main(${JSON.stringify(args)}, nodeIo());` +
      `const cached = Object.keys(createRequire(import.meta.url).cache).join(' ');` +
      `process.stderr.write('LOADED ' + ['mammoth', 'word-extractor', 'cfb', 'yauzl'].filter((name) => cached.includes('/node_modules/' + name + '/')).join(','));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const line = /LOADED ([^\n]*)/.exec(result.stderr);
    if (line === null) throw new Error(`no LOADED line: ${result.stderr}`);
    return line[1] === '' ? [] : line[1]!.split(',').sort();
  }

  it('--version and a plain-text run load none of the Word readers; a .docx loads mammoth and yauzl, a .doc cfb and word-extractor', () => {
    expect(loadedBy(['--version'])).toEqual([]);
    expect(loadedBy(['list', SAMPLE])).toEqual([]);
    expect(loadedBy(['list', path.join(FIXTURES, 'community-news.html')])).toEqual([]);
    expect(loadedBy(['list', path.join(FIXTURES, 'community-news.docx')])).toEqual(['mammoth', 'yauzl']);
    // word-extractor requires yauzl itself, for the .docx it can also read.
    expect(loadedBy(['list', path.join(FIXTURES, 'community-news.doc')])).toEqual(['cfb', 'word-extractor', 'yauzl']);
  });

  it('htmlparser2 (ESM) is imported by html-text.ts alone, which nothing on the reading path imports statically', () => {
    const importers = ['src/cli/actions/read-document.ts', 'src/cli/commands/check.ts', 'src/cli/actions/check.ts', 'src/document.ts', 'src/extract/index.ts', 'src/extract/word.ts'];
    for (const file of importers) expect(readFileSync(path.join(ROOT, file), 'utf8')).not.toMatch(/^import [^;]*(?:htmlparser2|html-text|mammoth|word-extractor|cfb|yauzl)/m);
  });
});
