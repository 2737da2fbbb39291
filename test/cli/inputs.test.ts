// resolveInputs: files, directories, globs and stdin → sorted sources and problems.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('expands glob patterns with fast-glob', async () => {
    const { sources } = await resolveInputs(['pages/**/0*.txt', '*.txt'], { cwd: root, stdinIsTTY: true });
    expect(names(sources)).toEqual(['a.txt', 'b.txt', 'link.txt', 'pages/2022/06.txt']);
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
      { input: 'empty', message: 'Cannot read empty: the directory has no .txt files' },
      { input: 'nothing/*.txt', message: "Cannot expand 'nothing/*.txt': no files match the pattern" },
      { input: 'a.txt/inner.txt', message: 'Cannot read a.txt/inner.txt: a part of the path is a file, not a directory' },
      { input: '', message: "Cannot read '': the name is empty" },
    ]);
  });
});
