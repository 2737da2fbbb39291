// main(argv, io) in-process: exit codes, streams, diagnostics, colours.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Collector, PARSE_FIXTURES, ROOT, run, SAMPLE, tsv } from './helpers.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ESC = '\u001b[';
const sample = readFileSync(SAMPLE);

describe('main: help and version', () => {
  it('--version prints the version of package.json, exit 0', async () => {
    const result = await run(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('--help and each subcommand --help show examples, exit 0', async () => {
    for (const argv of [['--help'], ['list', '--help'], ['filter', '--help'], ['export', '--help'], ['stats', '--help'], ['help', 'export']]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stdout, argv.join(' ')).toContain('Examples:\n  $ bulletin');
      expect(result.stderr).toBe('');
    }
  });

  it("each command's description is one paragraph that help wraps to the width, not lines broken by hand", async () => {
    // Broken by hand at 110 characters and wrapped again at 80, a description read as ragged halves of lines.
    for (const command of ['list', 'filter', 'export', 'stats', 'check', 'format', 'view', 'explain']) {
      const { stdout } = await run([command, '--help']);
      const description = stdout.split('\n\n')[1]!;
      const lines = description.split('\n');
      expect(lines.length, command).toBeGreaterThan(1);
      // Every line but the last is filled: the next line's first word would not have fitted on it.
      lines.slice(0, -1).forEach((line, i) => {
        expect(line.length + 1 + lines[i + 1]!.split(' ')[0]!.length, `${command}: ${line}`).toBeGreaterThan(80);
      });
    }
  });

  it('no command: the help on stderr, exit 2', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: bulletin');
  });
});

describe('main: usage errors are one line and exit 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [['list', '--bogus', SAMPLE], /^bulletin: error: unknown option '--bogus'/],
    [['bogus'], /^bulletin: error: unknown command 'bogus'/],
    [['list', '--encoding', 'latin-9', SAMPLE], /option '--encoding <name>' argument 'latin-9' is invalid\. Allowed choices are auto, utf-8, utf-16le, utf-16be, gb18030, big5\./],
    [['list', '--year', '22', SAMPLE], /option '--year <yyyy>' argument '22' is invalid\. Expected a four-digit year/],
    [['export', '--format', 'xml', SAMPLE], /option '-f, --format <name>' argument 'xml' is invalid\. Allowed choices are json, ndjson, csv, markdown, table, html\./],
    [['stats', '--format', 'csv', SAMPLE], /argument 'csv' is invalid\. Allowed choices are table, json\./],
    [['filter', '--kind', 'poem', SAMPLE], /option '--kind <kind>' argument 'poem' is invalid\. Allowed choices are brief, feature, photo, other\./],
    [['filter', '--grep', '/(/', SAMPLE], /option '--grep <text\|\/re\/>' argument '\/\(\/' is invalid\. Invalid regular expression \/\(\/: Unterminated group/],
    [['filter', '--from', '2022-02-30', SAMPLE], /option '--from <date>' argument '2022-02-30' is invalid\. Unexpected date/],
    [['filter', '--min-chars', 'many', SAMPLE], /option '--min-chars <n>' argument 'many' is invalid/],
  ];
  for (const [argv, message] of cases) {
    it(argv.slice(0, 3).join(' '), async () => {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  it('no input and stdin a terminal: says what to give', async () => {
    const result = await run(['list'], { stdinTTY: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bulletin: error: No input: give files, directories or glob patterns, or pipe text to stdin\n');
  });
});

describe('main: list', () => {
  it('one tab-separated row per item with a header when stdout is not a terminal', async () => {
    const result = await run(['list', SAMPLE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const rows = tsv(result.stdout);
    expect(rows[0]).toEqual(['index', 'kind', 'community', 'title', 'authors', 'characters', 'truncated']);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['photo', 'brief', 'brief', 'brief', 'brief', 'feature', 'brief', 'photo', 'brief', 'feature']);
    expect(rows.filter((row) => row[6] === 'true')).toHaveLength(4);
  });

  it('reads piped stdin with no arguments, and with -', async () => {
    for (const argv of [['list'], ['list', '-']]) {
      const result = await run(argv, { stdin: sample });
      expect(result.code).toBe(0);
      expect(tsv(result.stdout)).toHaveLength(11);
    }
  });

  it('several inputs: a file column', async () => {
    const result = await run(['list', SAMPLE, path.join(PARSE_FIXTURES, 'features.txt')], { cwd: ROOT });
    const rows = tsv(result.stdout);
    expect(rows[0]?.[0]).toBe('file');
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set([SAMPLE, path.join(PARSE_FIXTURES, 'features.txt')]));
  });
});

describe('main: filter exit codes', () => {
  it('0 when something matched, 1 when nothing did; the format does not change it', async () => {
    for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown']) {
      expect((await run(['filter', SAMPLE, '--kind', 'brief', '--format', format])).code, format).toBe(0);
      const none = await run(['filter', SAMPLE, '--kind', 'other', '--format', format]);
      expect(none.code, format).toBe(1);
      expect(none.stderr).toBe('');
    }
  });

  it('export: 1 only when selectors matched nothing', async () => {
    expect((await run(['export', SAMPLE, '--author', '无名'])).code).toBe(1);
    const empty = await run(['export', '-'], { stdin: '' });
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ documents: [{ items: [] }] });
  });

  it('selectors combine with AND', async () => {
    const result = await run(['filter', SAMPLE, '--kind', 'brief', '--truncated', '--community', '/^(苏村|菜市)/']);
    expect(tsv(result.stdout).slice(1).map((row) => row[2])).toEqual(['苏村社区', '菜市社区']);
  });
});

describe('main: diagnostics on stderr', () => {
  const garbage = path.join(PARSE_FIXTURES, 'garbage.txt');
  const breaks = path.join(PARSE_FIXTURES, 'column-breaks.txt');

  it('prints warnings as file:line:col: warning: message [ruleId]', async () => {
    const result = await run(['list', 'fixtures/parse/garbage.txt']);
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^fixtures\/parse\/garbage\.txt:\d+:\d+: warning: .+ \[unassigned-text\]$/);
  });

  it('--quiet drops warnings', async () => {
    expect((await run(['list', '--quiet', garbage])).stderr).toBe('');
  });

  it('info notes only with --verbose', async () => {
    expect((await run(['list', breaks])).stderr).toBe('');
    expect((await run(['list', '--verbose', breaks])).stderr).toMatch(/:\d+:\d+: info: .+ \[column-break\]\n/);
  });
});

describe('main: colours', () => {
  it('on a terminal, unless NO_COLOR or --no-color', async () => {
    expect((await run(['list', SAMPLE], { columns: 120, env: {} })).stdout).toContain(ESC);
    expect((await run(['list', SAMPLE], { columns: 120, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['list', '--no-color', SAMPLE], { columns: 120, env: {} })).stdout).not.toContain(ESC);
    expect((await run(['list', SAMPLE], { columns: 120, env: { NO_COLOR: '' } })).stdout).toContain(ESC);
  });

  // Issue 14, smaller: TERM=dumb still got colours.
  it('not on a terminal that says TERM=dumb, unless FORCE_COLOR', async () => {
    expect((await run(['list', SAMPLE], { columns: 120, env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
    expect((await run(['stats', SAMPLE], { columns: 120, env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
    expect((await run(['check', SAMPLE, '--today', '2024-07-01'], { columns: 120, env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
    expect((await run(['list', SAMPLE], { columns: 120, env: { TERM: 'xterm-256color' } })).stdout).toContain(ESC);
    expect((await run(['list', SAMPLE], { columns: 120, env: { TERM: 'dumb', FORCE_COLOR: '1' } })).stdout).toContain(ESC);
  });

  it('FORCE_COLOR turns them on for a pipe, NO_COLOR wins over it', async () => {
    expect((await run(['stats', SAMPLE], { env: {} })).stdout).not.toContain(ESC);
    expect((await run(['list', SAMPLE], { columns: 120, env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESC);
    expect((await run(['list', SAMPLE], { columns: 120, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('not on stderr when stderr is not a terminal', async () => {
    const result = await run(['list', path.join(PARSE_FIXTURES, 'garbage.txt')], { env: {} });
    expect(result.stderr).not.toContain(ESC);
  });
});

describe('main: output errors', () => {
  it('EPIPE on stdout: stops quietly, exit 0', async () => {
    const stdout = new Collector({ code: 'EPIPE', after: 1 });
    const result = await run(['export', SAMPLE, '--format', 'ndjson'], { stdout });
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('ENOSPC on stdout: one line, exit 2', async () => {
    const stdout = new Collector({ code: 'ENOSPC' });
    const result = await run(['export', SAMPLE], { stdout });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bulletin: error: Cannot write to stdout: no space left on device (ENOSPC)\n');
  });

  it('a programmer error keeps its stack, exit 2', async () => {
    const stdin = new Readable({
      read() {
        this.destroy(new TypeError('boom from a test'));
      },
    });
    const result = await run(['list'], { stdin, stdinTTY: false });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bulletin: internal error: TypeError: boom from a test\n\s+at /);
  });
});
