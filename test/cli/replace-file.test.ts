// replace-file.ts, the one path by which the CLI replaces a file: links
// followed, the temporary file removed by a signal (check --fix, export -o).

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileReplacement, replaceFile } from '../../src/cli/replace-file.js';
import { ensureBuilt, ROOT, tempDir } from './helpers.js';

describe('replaceFile', () => {
  it('a dangling link: creates the file it points to, the link stays', async () => {
    const dir = tempDir();
    symlinkSync('made.txt', path.join(dir, 'link.txt'));
    await replaceFile('link.txt', Buffer.from('new\n'), { cwd: dir });
    expect(readFileSync(path.join(dir, 'made.txt'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'made.txt']);
  });

  it('a name ending in a slash is a directory, never a file of that name', async () => {
    const dir = tempDir();
    await expect(FileReplacement.open('newdir/', { cwd: dir, verb: 'write' })).rejects.toThrow('Cannot write newdir/: the directory newdir/ does not exist; give a file name');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a signal while the temporary file exists', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  // The built module in a child process, stopped half-way through a replacement, as check --fix or export -o would be.
  const script = (dir: string) => `
    const { FileReplacement } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/cli/replace-file.js')).href)});
    const file = await FileReplacement.open('page.txt', { cwd: ${JSON.stringify(dir)} });
    await file.write('half of it');
    process.stdout.write('ready\\n');
    setInterval(() => file, 1000); // keeps the handle open
  `;

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`${signal}: removed, the file kept, the process ended by the signal`, async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'page.txt'), 'earlier\n');
      const child = spawn(process.execPath, ['--input-type=module', '-e', script(dir)], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (text: Buffer) => text.toString().includes('ready') && resolve());
        child.on('exit', () => reject(new Error('the child ended before it was ready')));
      });
      expect(readdirSync(dir)).toHaveLength(2);
      const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, by) => resolve([code, by])));
      child.kill(signal);
      expect(await ended).toEqual([null, signal]);
      expect(readdirSync(dir)).toEqual(['page.txt']);
      expect(readFileSync(path.join(dir, 'page.txt'), 'utf8')).toBe('earlier\n');
    }, 30_000);
  }
});
