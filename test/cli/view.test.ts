// `bulletin view`, `check --format html` and `export --format html` from the
// command line: where the page goes, what is printed, the exit codes, the
// browser started (a stand-in xdg-open on PATH records what it was given).

import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, run, SAMPLE, spawnBin, tempDir } from './helpers.js';

const TODAY = '2024-07-01';

function articles(html: string): number {
  return html.match(/<article class="item"/g)?.length ?? 0;
}

beforeAll(() => ensureBuilt());

describe('bulletin view', () => {
  it('writes the page to -o, names it on stderr, and exits 0 although check finds errors', () => {
    const dir = tempDir();
    const result = spawnBin(['view', SAMPLE, '-o', 'report.html', '--no-open', '--today', TODAY], { cwd: dir });
    const written = path.join(dir, 'report.html');
    expect(result).toEqual({ code: 0, stdout: '', stderr: `bulletin: report written to ${written}\n` });
    const html = readFileSync(written, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(articles(html)).toBe(10);
    // check agrees that the sample has errors: view's 0 is its own choice.
    expect(spawnBin(['check', SAMPLE, '--today', TODAY]).code).toBe(1);
  });

  it('writes a new temporary file by default and opens it with xdg-open', () => {
    const dir = tempDir();
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    const log = path.join(dir, 'opened.txt');
    writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\n`);
    chmodSync(path.join(bin, 'xdg-open'), 0o755);
    const result = spawnBin(['view', SAMPLE, '--today', TODAY], { env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(result.code).toBe(0);
    const written = /^bulletin: report written to (.+)\n$/.exec(result.stderr)?.[1];
    expect(written).toMatch(/bulletin-view-[^/]+\/report\.html$/);
    expect(articles(readFileSync(written!, 'utf8'))).toBe(10);
    // The opener runs detached: wait for what it wrote.
    const deadline = Date.now() + 20_000;
    while (!existsSync(log) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    expect(readFileSync(log, 'utf8')).toBe(`${written}\n`);
  });

  it('says so in one line when no browser can be started, and still exits 0', () => {
    const dir = tempDir();
    const result = spawnBin(['view', SAMPLE, '-o', 'r.html', '--today', TODAY], { cwd: dir, env: { PATH: path.join(dir, 'nothing') } });
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')).toEqual([
      `bulletin: report written to ${path.join(dir, 'r.html')}`,
      `bulletin: warning: Cannot open a browser: xdg-open: no such file or directory (ENOENT); open file://${path.join(dir, 'r.html')} yourself`,
      '',
    ]);
  });

  it('refuses to write the page over one of its inputs (exit 2), leaving it as it was', () => {
    const dir = tempDir();
    const page = path.join(dir, 'page.txt');
    writeFileSync(page, readFileSync(SAMPLE));
    const result = spawnBin(['view', 'page.txt', '-o', 'page.txt', '--no-open'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bulletin: error: Cannot write page.txt: it is also an input, and the report would replace the page it reads; give another output file\n');
    expect(readFileSync(page)).toEqual(readFileSync(SAMPLE));
  });

  it('names a missing input on stderr and on the page, and exits 2', async () => {
    const dir = tempDir();
    const result = await run(['view', SAMPLE, 'missing.txt', '-o', path.join(dir, 'r.html'), '--no-open', '--today', TODAY], { cwd: dir });
    expect(result.code).toBe(2);
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<p class="input-error" role="alert">Cannot read missing.txt: no such file or directory (ENOENT)</p>');
    expect(articles(html)).toBe(10);
  });

  it('rejects a bad --today as a usage error (exit 2)', async () => {
    const result = await run(['view', SAMPLE, '--no-open', '--today', '2024-02-30']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bulletin: error: option '--today <yyyy-mm-dd>' argument '2024-02-30' is invalid/);
  });

  it('has help with examples', async () => {
    const result = await run(['view', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:\n  $ bulletin view fixtures/community-news.txt\n');
    expect(result.stdout).toContain('--no-open');
  });
});

describe('check --format html and export --format html', () => {
  it('check writes the page to stdout with the exit code of check', async () => {
    const result = await run(['check', SAMPLE, '--format', 'html', '--today', TODAY]);
    expect(result.code).toBe(1);
    expect(articles(result.stdout)).toBe(10);
    const json = JSON.parse((await run(['check', SAMPLE, '--format', 'json', '--today', TODAY])).stdout);
    expect(result.stdout.match(/<span class="finding" /g)).toHaveLength(json.results[0].diagnostics.length);
  });

  it('export gives the items without findings', async () => {
    const result = await run(['export', SAMPLE, '--format', 'html']);
    expect(result.code).toBe(0);
    expect(articles(result.stdout)).toBe(10);
    expect(result.stdout).not.toContain('class="finding"');
    // The parser's column-break joins are still drawn: four in the sample, as check --format json counts them.
    expect(result.stdout.match(/class="join"/g)).toHaveLength(4);
  });
});
