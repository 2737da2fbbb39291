// Where the output goes when it is not an ordinary file or an open pipe:
// devices, FIFOs and symbolic links given to -o, a full disk, a reader that
// goes away, and help or version written to a full disk.

import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Collector, ensureBuilt, run, SAMPLE, spawnBin, spawnShell, tempDir } from '../cli/helpers.js';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), readFileSync(SAMPLE));
  // Ten copies: enough output that `| head -n 1` closes the pipe while we still write.
  writeFileSync(path.join(dir, 'big.txt'), readFileSync(SAMPLE, 'utf8').repeat(10));
}, 120_000);

const hasDevFull = existsSync('/dev/full');

describe('-o onto something that is not a regular file', () => {
  // Tested through symbolic links in a temporary directory: if the bug came
  // back, the rename would replace the link, not /dev/full or /dev/null.
  it.skipIf(!hasDevFull)('a link to /dev/full: one line naming the file, exit 2, the link and the device kept', () => {
    const link = path.join(dir, 'full.json');
    symlinkSync('/dev/full', link);
    const result = spawnBin(['export', 'a.txt', '-o', 'full.json'], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'bulletin: error: Cannot write full.json: no space left on device (ENOSPC)\n' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a link to /dev/null: written through, exit 0, the link and the device kept', () => {
    const link = path.join(dir, 'null.json');
    symlinkSync('/dev/null', link);
    expect(spawnBin(['export', 'a.txt', '-o', 'null.json'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a FIFO: written through to its reader, not replaced by a file', () => {
    const result = spawnShell(
      'mkfifo pipe.json && (timeout 5 cat pipe.json > got.json &) && "$NODE" "$BIN" export a.txt --format ndjson -o pipe.json; code=$?; sleep 0.2; echo "exit $code"; test -p pipe.json && echo fifo',
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('exit 0\nfifo\n');
    expect(readFileSync(path.join(dir, 'got.json'), 'utf8').trimEnd().split('\n')).toHaveLength(10);
  });

  it('a link to a regular file: the file it points to is replaced, the link stays', () => {
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real/items.json'), 'earlier\n');
    symlinkSync('real/items.json', path.join(dir, 'latest.json'));
    expect(spawnBin(['export', 'a.txt', '-o', 'latest.json'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lstatSync(path.join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'real/items.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['items.json']);
  });
});

describe('stdout to a full disk, or closed early, for every command', () => {
  const commands = ['list big.txt', 'stats big.txt', 'filter big.txt --kind brief', 'export big.txt --format markdown', 'check big.txt'];
  const FULL = 'bulletin: error: Cannot write to stdout: no space left on device (ENOSPC)\n';

  it.skipIf(!hasDevFull).each([...commands, '--version', '--help', 'export --help'])('%s > /dev/full: one line, exit 2', (args) => {
    expect(spawnShell(`"$NODE" "$BIN" ${args} > /dev/full`, { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: FULL });
  });

  it('--version and --help in-process, stdout failing with ENOSPC: one line, exit 2', async () => {
    for (const argv of [['--version'], ['--help'], ['list', '--help']]) {
      expect(await run(argv, { stdout: new Collector({ code: 'ENOSPC' }) })).toEqual({ code: 2, stdout: '', stderr: FULL });
    }
  });

  // check exits 1 here: the sample has errors; a closed pipe does not change the code.
  it.each([...commands, '--help', '--version'])('%s | head -n 1: quiet, its usual exit code', (args) => {
    const result = spawnShell(`{ "$NODE" "$BIN" ${args}; echo "exit $?" >&2; } | head -n 1 >/dev/null`, { cwd: dir });
    expect(result.stderr).toBe(`exit ${args.startsWith('check') ? 1 : 0}\n`);
  });
});
