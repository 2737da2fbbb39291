// `bulletin check` end to end: in-process through main(), and the built bin.

import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import { ensureBuilt, run, SAMPLE, spawnBin, tempDir } from '../cli/helpers.js';

const CLEAN = 'fixtures/check/punctuation-width/pass.txt';
const PUNCTUATION = 'fixtures/check/punctuation-width/flag.txt';

function findings(stdout: string, ruleId: string): string[] {
  return stdout.split('\n').filter((line) => line.trimEnd().endsWith(`  ${ruleId}`));
}

describe('bulletin check (in-process)', () => {
  it('reports the sample: four truncated briefs and the punctuation, exit 1', async () => {
    const result = await run(['check', SAMPLE, '--today', '2024-07-01']);
    expect(result.code).toBe(1);
    const truncated = findings(result.stdout, 'truncated-body');
    expect(truncated.map((line) => /:(\d+):\d+ +error /.exec(line)?.[1])).toEqual(['13', '19', '25', '31']);
    expect(findings(result.stdout, 'punctuation-width').length).toBeGreaterThan(100);
    expect(result.stdout).toContain('✖ 273 problems (4 errors, 265 warnings, 4 infos)');
    expect(result.stderr).toBe('');
  });

  it('exits 0 on a clean file, printing nothing', async () => {
    expect(await run(['check', CLEAN, '--today', '2024-07-01'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('turns too many warnings into exit 1 with --max-warnings', async () => {
    expect((await run(['check', PUNCTUATION, '--max-warnings', '100'])).code).toBe(0);
    const over = await run(['check', PUNCTUATION, '--max-warnings', '3']);
    expect(over.code).toBe(1);
    // 21 punctuation findings and a headline without an organisation (header-format).
    expect(over.stderr).toBe('bulletin: error: 22 warnings, more than --max-warnings 3\n');
  });

  // Issue 14, smaller: "1 warnings"; and an input error counted as an error in the summary, not in JSON.
  it('says "1 warning" and counts a missing file as an input error, as JSON does', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'one.txt'), '苏村社区: 开展活动\n\n本报讯 6月24日,苏村社区开展了主题党日活动。\n\n(李 莉)\n');
    const one = await run(['check', 'one.txt', '--max-warnings', '0', '--today', '2024-07-01'], { cwd: dir });
    expect(one.stderr).toBe('bulletin: error: 1 warning, more than --max-warnings 0\n');
    expect(one.stdout).toContain('✖ 1 problem (0 errors, 1 warning, 0 infos)\n  1 problem can be fixed with --fix\n');
    const missing = await run(['check', 'missing.txt'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('✖ 1 problem (0 errors, 0 warnings, 0 infos, 1 input error)\n');
    const json = JSON.parse((await run(['check', 'missing.txt', '--format', 'json'], { cwd: dir })).stdout);
    expect([json.errorCount, json.inputErrorCount]).toEqual([0, 1]);
  });

  it('--quiet reports errors only', async () => {
    const result = await run(['check', SAMPLE, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(4);
  });

  it('still checks the other files when one is missing, and exits 2', async () => {
    const result = await run(['check', 'no-such-file.txt', SAMPLE, '--format', 'json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as { inputErrorCount: number; errorCount: number; results: Array<{ file: string; inputError: string | null }> };
    expect(report.inputErrorCount).toBe(1);
    expect(report.errorCount).toBe(4);
    expect(report.results[0]).toMatchObject({ file: 'no-such-file.txt', inputError: expect.stringMatching(/^Cannot read no-such-file\.txt/) });
  });

  it('reads configuration found from the working directory up', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, path.join(dir, 'page.txt'));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'desk', bulletin: { rules: { 'truncated-body': 'warn' } } }));
    const result = await run(['check', 'page.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(findings(result.stdout, 'truncated-body')[0]).toMatch(/ warning /);

    writeFileSync(path.join(dir, 'bulletin.config.json'), JSON.stringify({ rules: { 'punctuation-width': 'error', 'truncated-body': 'off' } }));
    const nearer = await run(['check', 'page.txt'], { cwd: dir });
    expect(findings(nearer.stdout, 'truncated-body')).toEqual([]);
    expect(findings(nearer.stdout, 'punctuation-width')[0]).toMatch(/ error /);
  });

  it('exits 2 on an unknown rule, a malformed config or a bad option', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    writeFileSync(path.join(dir, 'broken.json'), '{ "rules": ');
    const unknown = await run(['check', SAMPLE, '--config', 'bad.json'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^bulletin: error: Cannot read config bad\.json: unknown rule "no-such-rule"; known rules: header-format,/);
    expect(unknown.stdout).toBe('');
    const broken = await run(['check', SAMPLE, '--config', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^bulletin: error: Cannot read config broken\.json: malformed JSON/);
    expect((await run(['check', SAMPLE, '--today', '2024-02-30'])).code).toBe(2);
    expect((await run(['check', SAMPLE, '--format', 'xml'])).code).toBe(2);
    expect((await run(['check', SAMPLE, '--fix', '--fix-dry-run'])).code).toBe(2);
  });

  it('--format github annotates and appends every finding to $GITHUB_STEP_SUMMARY', async () => {
    const dir = tempDir();
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# before\n');
    const result = await run(['check', SAMPLE, '--format', 'github'], { env: { NO_COLOR: '1', GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(4);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::warning '))).toHaveLength(10);
    const table = readFileSync(summary, 'utf8');
    expect(table.startsWith('# before\n### bulletin check')).toBe(true);
    expect(table.split('\n').filter((line) => /^\| (error|warning|info) \|/.test(line))).toHaveLength(273);
  });

  it('--format sarif prints a SARIF log', async () => {
    const result = await run(['check', SAMPLE, '--format', 'sarif']);
    const log = JSON.parse(result.stdout) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results).toHaveLength(273);
  });

  it('--fix rewrites a GB18030 CRLF file in place, keeping encoding and line endings', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'gb.txt');
    copyFileSync('fixtures/check/fix/gb18030-crlf.txt', file);
    chmodSync(file, 0o640);
    const before = decode(readFileSync(file));
    const result = await run(['check', 'gb.txt', '--fix'], { cwd: dir });
    expect(result.code).toBe(0);
    const after = decode(readFileSync(file));
    expect(after.encoding).toBe('gb18030');
    expect(after.text).toBe(before.text.replace('6月24日,', '6月24日，').replace('学习,', '学习，').replace('近日,', '近日，'));
    expect(after.text.split('\r\n')).toHaveLength(before.text.split('\r\n').length);
    expect(findings(result.stdout, 'punctuation-width')).toEqual([]);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['gb.txt']);
  });

  it('--fix-dry-run prints a diff and leaves the file alone', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'page.txt');
    writeFileSync(file, '社区动态\n\n苏村社区: 开展活动\n\n本报讯 近日,苏村社区开展活动。\n\n(李 莉)\n');
    const result = await run(['check', 'page.txt', '--fix-dry-run'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '--- a/page.txt\n+++ b/page.txt\n@@ -2,6 +2,6 @@\n \n 苏村社区: 开展活动\n \n-本报讯 近日,苏村社区开展活动。\n+本报讯 近日，苏村社区开展活动。\n \n (李 莉)\n',
    );
    expect(readFileSync(file, 'utf8')).toContain('近日,苏村');
    expect(existsSync(file)).toBe(true);
  });
});

describe('bulletin check (built bin, NO_COLOR=1)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('exits 1 on the sample with the truncated briefs in plain text', () => {
    const result = spawnBin(['check', SAMPLE, '--today', '2024-07-01']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('\u001b[');
    expect(findings(result.stdout, 'truncated-body')).toHaveLength(4);
  });

  it('exits 0 on a clean file', () => {
    expect(spawnBin(['check', CLEAN]).code).toBe(0);
  });
});
