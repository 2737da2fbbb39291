// resolveInputs: files, directories, globs and stdin → sorted sources and problems.

import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors.js';
import { resolveInputs, STDIN_NAME } from '../../src/cli/inputs.js';
import { tempDir } from './helpers.js';

let root: string;

beforeAll(() => {
  root = tempDir();
  for (const name of ['b.txt', 'a.txt', 'pages/2022/06.txt', 'pages/2022/05.TXT', 'pages/notes.md', 'pages/2021/12.txt', 'empty/readme.md']) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), 'x');
  }
  symlinkSync(path.join(root, 'a.txt'), path.join(root, 'link.txt'));
});

function names(sources: Array<{ name: string }>): string[] {
  return sources.map((source) => source.name);
}

describe('resolveInputs', () => {
  it('sorts files by name and reads each once', async () => {
    const { sources, problems } = await resolveInputs(['b.txt', 'a.txt', './a.txt', 'b.txt'], { cwd: root, stdinIsTTY: true });
    expect(problems).toEqual([]);
    expect(names(sources)).toEqual(['a.txt', 'b.txt']);
    expect(sources[0]).toEqual({ kind: 'file', path: path.join(root, 'a.txt'), name: 'a.txt' });
  });

  it('a directory gives every .txt below it (any case), sorted', async () => {
    const { sources } = await resolveInputs(['pages'], { cwd: root, stdinIsTTY: true });
    expect(names(sources)).toEqual(['pages/2021/12.txt', 'pages/2022/05.TXT', 'pages/2022/06.txt']);
  });

  it('expands glob patterns (picomatch, as fast-glob did); link.txt is a.txt by another name', async () => {
    const { sources } = await resolveInputs(['pages/**/0*.txt', '*.txt'], { cwd: root, stdinIsTTY: true });
    expect(names(sources)).toEqual(['a.txt', 'b.txt', 'pages/2022/06.txt']);
  });

  it('keeps an absolute argument absolute', async () => {
    const { sources } = await resolveInputs([path.join(root, 'a.txt')], { cwd: '/', stdinIsTTY: true });
    expect(names(sources)).toEqual([path.join(root, 'a.txt')]);
  });

  it('stdin: with no arguments when piped, and for -, first', async () => {
    expect((await resolveInputs([], { cwd: root, stdinIsTTY: false })).sources).toEqual([{ kind: 'stdin', name: STDIN_NAME }]);
    expect(names((await resolveInputs(['b.txt', '-'], { cwd: root, stdinIsTTY: true })).sources)).toEqual([STDIN_NAME, 'b.txt']);
    await expect(resolveInputs([], { cwd: root, stdinIsTTY: true })).rejects.toThrow(CliError);
  });

  it('reports each problem and keeps the other inputs', async () => {
    const { sources, problems } = await resolveInputs(['missing.txt', 'a.txt', 'empty', 'nothing/*.txt', 'a.txt/inner.txt', ''], {
      cwd: root,
      stdinIsTTY: true,
    });
    expect(names(sources)).toEqual(['a.txt']);
    expect(problems).toEqual([
      { input: 'missing.txt', message: 'Cannot read missing.txt: no such file or directory (ENOENT)' },
      { input: 'empty', message: 'Cannot read empty: the directory has no .txt, .docx, .doc, .html or .htm files' },
      { input: 'nothing/*.txt', message: "Cannot expand 'nothing/*.txt': no files match the pattern" },
      { input: 'a.txt/inner.txt', message: 'Cannot read a.txt/inner.txt: a part of the path is a file, not a directory' },
      { input: '', message: "Cannot read '': the name is empty" },
    ]);
  });
});

describe('resolveInputs: one file, one name', () => {
  // Issue 14 #9: a hard link and a symbolic link beside the original gave files 3, items 30.
  it('the same file by two names (hard link, symbolic link) is read once, by its own name', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'real.txt'), 'x');
    linkSync(path.join(dir, 'real.txt'), path.join(dir, 'hard.txt'));
    symlinkSync('real.txt', path.join(dir, 'a-link.txt'));
    const all = await resolveInputs(['.'], { cwd: dir, stdinIsTTY: true });
    // hard.txt and real.txt are equals (two names of one inode): the first in order; a link never beats a name of its own.
    expect(names(all.sources)).toEqual(['hard.txt']);
    const given = await resolveInputs(['a-link.txt', 'real.txt', '*.txt'], { cwd: dir, stdinIsTTY: true });
    expect(names(given.sources)).toEqual(['a-link.txt']);
    expect([...all.problems, ...given.problems]).toEqual([]);
  });

  it('sorts in code-point order: U+FF0C before U+20000 (UTF-16 code units put the surrogate pair first)', async () => {
    const dir = tempDir();
    for (const name of ['\u{20000}.txt', '\uFF0C.txt', 'a.txt']) writeFileSync(path.join(dir, name), name);
    const { sources } = await resolveInputs(['.'], { cwd: dir, stdinIsTTY: true });
    expect(names(sources)).toEqual(['a.txt', '\uFF0C.txt', '\u{20000}.txt']);
  });

  it('a name with a newline, or bytes that are not UTF-8, is shown escaped and read by its bytes', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'two\nlines.txt'), 'x');
    // 生态.txt in GBK, as unpacked from a ZIP made on Chinese Windows.
    const gbk = Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xc9, 0xfa, 0xcc, 0xac]), Buffer.from('.txt')]);
    writeFileSync(gbk, 'y');
    const { sources, problems } = await resolveInputs(['.'], { cwd: dir, stdinIsTTY: true });
    expect(problems).toEqual([]);
    expect(names(sources)).toEqual(['\\xC9\\xFA\\xCC\\xAC.txt', 'two\\nlines.txt']);
    expect(sources[0]).toMatchObject({ kind: 'file', path: gbk });
  });
});
