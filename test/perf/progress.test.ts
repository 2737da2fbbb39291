// The progress line: on a terminal's stderr, for more than 20 files, not with
// --quiet, never on a pipe; rewritten in place and cleared at the end, with
// the lines printed meanwhile intact.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ProgressLine } from '../../src/cli/progress.js';
import { Collector, ensureBuilt, fakeIo } from '../cli/helpers.js';
import { makeArchive } from './helpers.js';

const LINE = /\r\u001b\[K|bulletin: \d+\/\d+ files, \d+\.\d MB\/s/g;

let many: string;
let few: string;

beforeAll(() => {
  ensureBuilt(); // --jobs 2 in-process runs the compiled worker
  many = makeArchive({ files: 30, binaryAt: [12] });
  few = makeArchive({ files: 20 });
}, 60_000);

afterAll(() => {
  for (const directory of [many, few]) rmSync(directory, { recursive: true, force: true });
});

async function runWith(args: string[], cwd: string, terminal: boolean) {
  const { io, stdout, stderr } = fakeIo({ cwd });
  if (terminal) stderr.isTTY = true;
  const code = await main(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('the progress line', () => {
  for (const jobs of ['1', '2']) {
    it(`is drawn and cleared on a terminal, the other lines intact (--jobs ${jobs})`, async () => {
      const args = ['export', '--format', 'ndjson', '--jobs', jobs, '.'];
      const terminal = await runWith(args, many, true);
      const pipe = await runWith(args, many, false);
      expect(terminal.stderr).toMatch(/\r\u001b\[Kbulletin: 1\/30 files, \d+\.\d MB\/s/);
      expect(terminal.stderr.endsWith('\r\u001b[K')).toBe(true);
      // Without the progress line, stderr is what a pipe gets: the error about the binary file, whole.
      expect(terminal.stderr.replace(LINE, '')).toBe(pipe.stderr);
      expect(pipe.stderr).toContain('bulletin: error: Cannot read p-012.txt: not a text file');
      expect(pipe.stderr).not.toContain('\r');
      expect([terminal.code, terminal.stdout]).toEqual([pipe.code, pipe.stdout]);
    }, 30_000);
  }

  it('is not drawn for 20 files or fewer, nor with --quiet', async () => {
    const fewFiles = await runWith(['export', '--format', 'ndjson', '.'], few, true);
    expect(fewFiles.stderr).not.toContain('\r');
    const quiet = await runWith(['export', '--format', 'ndjson', '--quiet', '.'], many, true);
    expect(quiet.stderr).not.toContain('files,');
    expect(quiet.stderr).toContain('bulletin: error: Cannot read p-012.txt'); // errors still print
  });

  it('redraws at most every 100 ms, prints lines above itself, and says MB/s', () => {
    const stream = new Collector();
    let now = 0;
    const progress = new ProgressLine(stream, 3, () => now);
    progress.print('before\n');
    now = 500;
    progress.advance(1_000_000);
    now = 550;
    progress.advance(1_000_000);
    progress.print('a warning\n');
    now = 1000;
    progress.advance(1_000_000);
    progress.finish();
    expect(stream.text()).toBe(
      'before\n' +
        '\r\u001b[Kbulletin: 1/3 files, 2.0 MB/s' +
        '\r\u001b[Ka warning\nbulletin: 2/3 files, 3.6 MB/s' +
        '\r\u001b[Kbulletin: 3/3 files, 3.0 MB/s' +
        '\r\u001b[K',
    );
  });
});
