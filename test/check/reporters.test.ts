import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { emptyResult, summarise } from '../../src/check/engine.js';
import { RULES } from '../../src/check/registry.js';
import { REPORTERS, githubStepSummary } from '../../src/check/reporters/index.js';
import { ANNOTATION_LIMIT, escapeData, escapeProperty } from '../../src/check/reporters/github.js';
import type { CheckDiagnostic, CheckReport } from '../../src/check/types.js';
import { checkFiles, checkText } from './helpers.js';

const context = { color: false, rules: RULES, version: '0.1.0' };

function diagnostic(line: number, column: number, severity: CheckDiagnostic['severity'], message: string, ruleId = 'punctuation-width'): CheckDiagnostic {
  const offset = (line - 1) * 100 + column - 1;
  return {
    ruleId,
    severity,
    message,
    file: 'a.txt',
    place: { start: { line, column, offset }, end: { line, column: column + 1, offset: offset + 1 } },
  };
}

function reportOf(file: string, diagnostics: CheckDiagnostic[], inputError: string | null = null): CheckReport {
  const result = emptyResult(file, inputError);
  result.diagnostics = diagnostics;
  for (const d of diagnostics) result[d.severity === 'error' ? 'errorCount' : d.severity === 'warning' ? 'warningCount' : 'infoCount']++;
  return summarise([result]);
}

describe('stylish', () => {
  it('groups by file and aligns columns by display width, without colour', () => {
    const report = reportOf('页面.txt', [
      diagnostic(13, 121, 'error', '句子未完', 'truncated-body'),
      diagnostic(7, 3, 'warning', 'Unexpected half-width `,`'),
    ]);
    expect(REPORTERS.stylish(report, context)).toBe(
      [
        '页面.txt',
        '  页面.txt:13:121  error    句子未完                   truncated-body',
        '  页面.txt:7:3     warning  Unexpected half-width `,`  punctuation-width',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  it('prints input errors and nothing for a clean run', () => {
    // Issue 14, smaller: this said `(1 error, …)` while JSON said errorCount 0, inputErrorCount 1.
    expect(REPORTERS.stylish(reportOf('x.txt', [], 'Cannot read x.txt: no such file'), context)).toBe(
      'x.txt\n  x.txt  error  Cannot read x.txt: no such file\n\n✖ 1 problem (0 errors, 0 warnings, 0 infos, 1 input error)\n',
    );
    expect(REPORTERS.stylish(summarise([emptyResult('ok.txt')]), context)).toBe('');
  });

  it('colours severities on a terminal', () => {
    const out = REPORTERS.stylish(reportOf('a.txt', [diagnostic(1, 1, 'error', 'x')]), { ...context, color: true });
    expect(out).toContain('\u001b[31merror\u001b[39m');
  });
});

// Issue 14, smaller: stylish counted an input error as an error where JSON
// does not; "1 errors … in 1 files" in the GitHub summary.
// Reports are made in each test, not while the file loads: see checkSample in engine.test.ts.
function oneOfEachAndAnInputError() {
  const oneOfEach = reportOf('a.txt', [diagnostic(1, 1, 'error', 'e'), diagnostic(2, 1, 'warning', 'w'), diagnostic(3, 1, 'info', 'i')]);
  const withInputError = summarise([...oneOfEach.results, emptyResult('missing.txt', 'Cannot read missing.txt: no such file')]);
  return { oneOfEach, withInputError };
}

describe('the summaries count as the JSON report does, in good English', () => {
  it('stylish: the JSON errorCount, warningCount, infoCount and inputErrorCount, singular for one', () => {
    const { oneOfEach, withInputError } = oneOfEachAndAnInputError();
    const json = JSON.parse(REPORTERS.json(withInputError, context)) as CheckReport;
    expect([json.errorCount, json.warningCount, json.infoCount, json.inputErrorCount]).toEqual([1, 1, 1, 1]);
    expect(REPORTERS.stylish(withInputError, context)).toContain('✖ 4 problems (1 error, 1 warning, 1 info, 1 input error)\n');
    expect(REPORTERS.stylish(oneOfEach, context)).toContain('✖ 3 problems (1 error, 1 warning, 1 info)\n');
  });

  it('github step summary: singular for one, input errors apart', () => {
    const { oneOfEach, withInputError } = oneOfEachAndAnInputError();
    expect(githubStepSummary(oneOfEach)).toContain('\n1 error, 1 warning, 1 info in 1 file.\n');
    expect(githubStepSummary(withInputError)).toContain('\n1 error, 1 warning, 1 info, 1 input error in 2 files.\n');
  });
});

/** Three files and a missing one between them. */
function checkThreeAndAMissingFile() {
  const report = checkFiles(['fixtures/community-news.txt', 'fixtures/check/encoding/flag.txt', 'fixtures/check/directive/flag.txt']);
  report.results.splice(1, 0, emptyResult('missing.txt', 'Cannot read missing.txt: no such file'));
  return summarise(report.results);
}

describe('the writers, file by file', () => {
  it('json is JSON.stringify(report, null, 2), byte for byte, with files, without, and with an input error', () => {
    const whole = checkThreeAndAMissingFile();
    for (const shown of [whole, summarise([]), summarise([emptyResult('ok.txt')]), summarise(whole.results.slice(1, 2))]) {
      expect(REPORTERS.json(shown, context)).toBe(`${JSON.stringify(shown, null, 2)}\n`);
    }
  });

  it('sarif is the same log whether its results come in one file or many', () => {
    const whole = checkThreeAndAMissingFile();
    const log = JSON.parse(REPORTERS.sarif(whole, context));
    const one = JSON.parse(REPORTERS.sarif(summarise([{ ...whole.results[0]!, diagnostics: whole.results.flatMap((r) => r.diagnostics) }]), context));
    expect(log.runs[0].results.map((r: { message: unknown }) => r.message)).toEqual(one.runs[0].results.map((r: { message: unknown }) => r.message));
    expect(log.runs[0].results.length).toBe(whole.results.reduce((n, r) => n + r.diagnostics.length, 0));
    expect(JSON.parse(REPORTERS.sarif(summarise([]), context)).runs[0].results).toEqual([]);
  });
});

describe('json', () => {
  it('is the report as JSON, places with offsets, fixes included', () => {
    const report = checkFiles(['fixtures/check/punctuation-width/flag.txt']);
    const parsed = JSON.parse(REPORTERS.json(report, context));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(report)));
    expect(parsed.results[0].diagnostics[0]).toMatchObject({ ruleId: 'punctuation-width', fix: { text: '：' }, place: { start: { line: 3, column: 12 } } });
  });
});

describe('github', () => {
  it('escapes messages and properties as @actions/core does', () => {
    expect(escapeData('100% a\r\nb')).toBe('100%25 a%0D%0Ab');
    expect(escapeProperty('dir,name:1.txt')).toBe('dir%2Cname%3A1.txt');
    const report = reportOf('a,b:c.txt', [diagnostic(2, 5, 'warning', 'line one\nline 2: 50%')]);
    expect(REPORTERS.github(report, context)).toBe(
      '::warning file=a%2Cb%3Ac.txt,line=2,col=5,endLine=2,endColumn=6,title=punctuation-width::line one%0Aline 2: 50%25\n',
    );
  });

  it('maps info to notice and annotates input errors', () => {
    const out = REPORTERS.github(reportOf('a.txt', [diagnostic(1, 1, 'info', 'joined', 'column-break')], 'Cannot read a.txt'), context);
    expect(out.split('\n')).toEqual(['::error file=a.txt::Cannot read a.txt', '::notice file=a.txt,line=1,col=1,endLine=1,endColumn=2,title=column-break::joined', '']);
  });

  it(`annotates at most ${ANNOTATION_LIMIT} findings per severity and lists the rest as plain lines`, () => {
    const many = [
      ...Array.from({ length: 12 }, (_, i) => diagnostic(i + 1, 1, 'warning', `w${i + 1}`)),
      ...Array.from({ length: 3 }, (_, i) => diagnostic(i + 20, 1, 'error', `e${i + 1}`, 'truncated-body')),
    ];
    const lines = REPORTERS.github(reportOf('a.txt', many), context).trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(3);
    // Written as the findings come: the first plain line is announced, the count comes last.
    const notice = lines.indexOf('Findings past the first 10 of each kind are plain lines (GitHub shows 10 annotations per kind per step); all are in the job summary:');
    expect(lines.slice(notice + 1, notice + 3)).toEqual(['a.txt:11:1  warning  w11  punctuation-width', 'a.txt:12:1  warning  w12  punctuation-width']);
    expect(lines.at(-1)).toBe('2 more findings not annotated.');
  });

  it('builds a step summary table of every finding', () => {
    const many = Array.from({ length: 12 }, (_, i) => diagnostic(i + 1, 2, 'warning', i === 0 ? 'a | b\nc' : `w${i + 1}`));
    const summary = githubStepSummary(reportOf('a.txt', many));
    const rows = summary.split('\n').filter((line) => line.startsWith('| warning |'));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toBe('| warning | a.txt | 1 | 2 | punctuation-width | a \\| b c |');
    expect(summary).toContain('0 errors, 12 warnings, 0 infos in 1 file.');
    expect(githubStepSummary(summarise([emptyResult('a.txt')]))).toBe('');
  });
});

describe('sarif', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync('fixtures/sarif/sarif-schema-2.1.0.json', 'utf8')));

  it('validates against the SARIF 2.1.0 schema', () => {
    const report = checkFiles(['fixtures/community-news.txt', 'fixtures/check/encoding/flag.txt', 'fixtures/check/directive/flag.txt']);
    report.results.push(emptyResult('missing 文件.txt', 'Cannot read missing 文件.txt: no such file'));
    const log = JSON.parse(REPORTERS.sarif(summarise(report.results), context));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'missing%20%E6%96%87%E4%BB%B6.txt',
    );
  });

  it('the schema rejects what is not SARIF (the test can fail)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });

  it('describes each result by rule, level and UTF-16 region', () => {
    const log = JSON.parse(REPORTERS.sarif(checkText('社区动态\n\n苏村社区: 开展活动\n\n本报讯 近日,苏村社区开展活动。\n\n(李 莉)\n'), context));
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(run.results).toHaveLength(1);
    expect(run.results[0]).toMatchObject({
      ruleId: 'punctuation-width',
      ruleIndex: RULES.findIndex((rule) => rule.id === 'punctuation-width'),
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'page.txt' }, region: { startLine: 5, startColumn: 7, endLine: 5, endColumn: 8 } } }],
    });
  });
});
