// Fast start, watched at run time: the built bin runs with a loader hook that
// records every module it loads (fixtures/record-loads.mjs). `--version`
// answers before commander is there; reading one file loads no glob library,
// no worker code, no progress line and no check engine.

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT, SAMPLE, spawnBin, tempDir } from '../cli/helpers.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const RECORDER = path.join(ROOT, 'test/perf/fixtures/record-loads.mjs');

let directory: string;

beforeAll(() => {
  ensureBuilt();
  directory = tempDir();
}, 120_000);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The modules a run of the bin loads, relative to the repository (node: built-ins left out). */
function loadedBy(args: string[]): string[] {
  const record = path.join(directory, `loads-${args.join('-').replace(/\W+/g, '_')}.txt`);
  const result = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', BULLETIN_LOADS: record },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(record, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file://'))
    .map((url) => path.relative(ROOT, new URL(url).pathname));
}

describe('bulletin --version', () => {
  it('prints the version of package.json, with -V too', () => {
    for (const flag of ['--version', '-V']) expect(spawnBin([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('loads the bin and version.js, nothing else of ours and no package', () => {
    expect(loadedBy(['--version'])).toEqual(['bin/bulletin.js', 'dist/cli/version.js']);
  });
});

describe('reading one file', () => {
  const NEVER = [/node_modules\/fast-glob\//, /node_modules\/picomatch\//, /^dist\/cli\/workers\/(?!plan\.js)/, /^dist\/cli\/progress\.js$/, /^dist\/check\//];

  it('list: no glob library, worker, progress line or check engine', () => {
    const loaded = loadedBy(['list', path.relative(ROOT, SAMPLE)]);
    expect(loaded).toContain('dist/parse/parser.js');
    for (const pattern of NEVER) expect(loaded.filter((file) => pattern.test(file))).toEqual([]);
    // One format: the table.
    expect(loaded.filter((file) => /^dist\/format\/(json|ndjson|csv|markdown)\.js$/.test(file))).toEqual([]);
  });

  it('export --format ndjson: nor the table and its terminal libraries', () => {
    const loaded = loadedBy(['export', '--format', 'ndjson', path.relative(ROOT, SAMPLE)]);
    for (const pattern of [...NEVER, /node_modules\/(chalk|cli-table3|string-width)\//, /^dist\/format\/table\.js$/]) {
      expect(loaded.filter((file) => pattern.test(file))).toEqual([]);
    }
  });
});
