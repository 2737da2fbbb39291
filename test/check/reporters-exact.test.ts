// The reporters' output for small reports made by hand, written out whole: what a reader, GitHub or a SARIF
// viewer gets, byte for byte where the format is text.

import { describe, expect, it } from 'vitest';
import { CheckRun, emptyResult, summarise } from '../../src/check/engine.js';
import { RULES } from '../../src/check/registry.js';
import { REPORTERS, REPORT_WRITERS, githubStepSummary } from '../../src/check/reporters/index.js';
import { decode } from '../../src/decode/index.js';
import { toUri } from '../../src/check/reporters/sarif.js';
import type { CheckDiagnostic, CheckReport, FileResult, Rule } from '../../src/check/types.js';

function finding(line: number, column: number, severity: CheckDiagnostic['severity'], message: string, extra: Partial<CheckDiagnostic> = {}): CheckDiagnostic {
  const offset = (line - 1) * 10 + column - 1;
  return {
    ruleId: 'punctuation-width',
    severity,
    message,
    file: 'a.txt',
    place: { start: { line, column, offset }, end: { line, column: column + 2, offset: offset + 2 } },
    ...extra,
  };
}

function resultOf(file: string | null, diagnostics: CheckDiagnostic[], inputError: string | null = null): FileResult {
  const result = emptyResult(file, inputError);
  result.diagnostics = diagnostics;
  for (const d of diagnostics) {
    result[d.severity === 'error' ? 'errorCount' : d.severity === 'warning' ? 'warningCount' : 'infoCount']++;
    if (d.fix) result.fixableCount++;
  }
  return result;
}

/** Two rules as a run knows them: one fixable and on, one off by default. */
const RULES_KNOWN = [
  { id: 'punctuation-width', scope: 'document', description: 'Full-width marks', defaultSeverity: 'warning', url: 'docs/rules/punctuation-width.md', fixable: true, check: () => {} },
  { id: 'quiet-rule', scope: 'document', description: 'Off unless asked', defaultSeverity: 'off', url: 'docs/rules/quiet-rule.md', check: () => {} },
] as unknown as Rule[];
const context = { color: false, rules: RULES_KNOWN, version: '9.9.9' };

describe('github annotations', () => {
  it('name no file for standard input, and say "1 more finding" for one', () => {
    const many = Array.from({ length: 11 }, (_, i) => finding(i + 1, 1, 'warning', `w${i + 1}\r\nnext`));
    const lines = REPORTERS.github(summarise([resultOf(null, many)]), context).trimEnd().split('\n');
    expect(lines[0]).toBe('::warning line=1,col=1,endLine=1,endColumn=3,title=punctuation-width::w1%0D%0Anext');
    // The 11th is a plain line: its line break one space, standard input named.
    expect(lines.slice(-2)).toEqual(['<stdin>:11:1  warning  w11 next  punctuation-width', '1 more finding not annotated.']);
  });

  it('name the file of an input error past the limit, without a place or rule', () => {
    const errors = Array.from({ length: 10 }, (_, i) => finding(i + 1, 1, 'error', `e${i + 1}`));
    const lines = REPORTERS.github(summarise([resultOf('a.txt', errors), resultOf('b.txt', [], 'Cannot read b.txt'), resultOf(null, [], 'Cannot read <stdin>')]), context)
      .trimEnd()
      .split('\n');
    expect(lines.slice(-3)).toEqual(['b.txt  error  Cannot read b.txt', '<stdin>  error  Cannot read <stdin>', '2 more findings not annotated.']);
  });
});

describe('the GitHub step summary', () => {
  it('is a heading, the counts and a table, its cells made safe for Markdown', () => {
    const report = summarise([
      resultOf('a.txt', [finding(2, 5, 'warning', 'a\\b <i> | c\r\n\r\nd')]),
      resultOf('b.txt', [], 'Cannot read b.txt'),
      resultOf(null, [finding(1, 1, 'info', 'joined')]),
    ]);
    expect(githubStepSummary(report)).toBe(
      [
        '### bulletin check',
        '',
        '0 errors, 1 warning, 1 info, 1 input error in 3 files.',
        '',
        '| Severity | File | Line | Column | Rule | Message |',
        '| --- | --- | ---: | ---: | --- | --- |',
        '| warning | a.txt | 2 | 5 | punctuation-width | a\\\\b &lt;i> \\| c d |',
        '| error | b.txt |  |  |  | Cannot read b.txt |',
        // `<stdin>` would be an HTML tag to Markdown, and vanish.
        '| info | &lt;stdin> | 1 | 1 | punctuation-width | joined |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('stops short of 1 MiB: rows up to 1 MiB less 4 KiB, then a count of what it left out', () => {
    const limit = 1024 * 1024 - 4096;
    const rowOf = (message: string) => `| warning | a.txt | 1 | 1 | punctuation-width | ${message} |\n`;
    const overhead = rowOf('').length;
    // Ten rows that leave room for one row of a single character, then a row too long for that room, then one that
    // would fit in it: once a row is left out, so is every row after it.
    const room = rowOf('z').length;
    const lengths = Array.from({ length: 10 }, (_, i) => Math.floor((limit - room) / 10) - overhead + (i < (limit - room) % 10 ? 1 : 0));
    const messages = [...lengths.map((length) => 'x'.repeat(length)), 'yy', 'z'];
    expect(messages.slice(0, 10).reduce((bytes, message) => bytes + rowOf(message).length, 0)).toBe(limit - room);
    const summary = githubStepSummary(summarise([resultOf('a.txt', messages.map((message) => finding(1, 1, 'warning', message)))]));
    expect(summary.split('\n').filter((line) => line.startsWith('| warning |'))).toHaveLength(10);
    expect(summary).not.toContain('| yy |');
    expect(summary).not.toContain('| z |');
    expect(summary.endsWith("\n2 more findings left out (GitHub's summary limit is 1 MiB); they are in the step's log.\n\n")).toBe(true);
    // The limit itself: ten rows and the single character fill it exactly, and all are kept.
    const exact = githubStepSummary(summarise([resultOf('a.txt', [...messages.slice(0, 10), 'z'].map((message) => finding(1, 1, 'warning', message)))]));
    expect(exact).toContain('| z |');
    expect(exact).not.toContain('left out');
  });

  it('says "1 more finding" for one', () => {
    const summary = githubStepSummary(summarise([resultOf('a.txt', [finding(1, 1, 'warning', 'x'.repeat(1024 * 1024))])]));
    expect(summary).toContain("\n1 more finding left out (GitHub's summary limit is 1 MiB)");
  });
});

describe('sarif', () => {
  const fixable = finding(3, 12, 'warning', 'Unexpected half-width `,`, expected `，`', { fix: { range: [31, 32], text: '，' } });

  it('is pretty JSON as JSON.stringify writes it, with and without results', () => {
    for (const report of [summarise([resultOf('a.txt', [fixable, finding(4, 1, 'error', 'e')]), resultOf('b.txt', [finding(1, 1, 'info', 'i')])]), summarise([]), summarise([emptyResult('ok.txt')])]) {
      const out = REPORTERS.sarif(report, context);
      expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    }
  });

  it('describes the run, the rules it knew, and each result with its region and fix', () => {
    const log = JSON.parse(REPORTERS.sarif(summarise([resultOf('页面 1.txt', [fixable])]), context));
    expect(log.$schema).toBe('https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run.tool.driver).toEqual({
      name: 'bulletin',
      version: '9.9.9',
      rules: [
        {
          id: 'punctuation-width',
          shortDescription: { text: 'Full-width marks' },
          help: { text: 'Full-width marks. See docs/rules/punctuation-width.md in the bulletin package.' },
          defaultConfiguration: { level: 'warning', enabled: true },
          properties: { docs: 'docs/rules/punctuation-width.md', fixable: true },
        },
        {
          id: 'quiet-rule',
          shortDescription: { text: 'Off unless asked' },
          help: { text: 'Off unless asked. See docs/rules/quiet-rule.md in the bulletin package.' },
          defaultConfiguration: { level: 'none', enabled: false },
          properties: { docs: 'docs/rules/quiet-rule.md', fixable: false },
        },
      ],
    });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { description: { text: 'The directory bulletin check ran in' } } });
    const artifactLocation = { uri: '%E9%A1%B5%E9%9D%A2%201.txt', uriBaseId: '%SRCROOT%' };
    expect(run.results).toEqual([
      {
        ruleId: 'punctuation-width',
        ruleIndex: 0,
        level: 'warning',
        message: { text: 'Unexpected half-width `,`, expected `，`' },
        locations: [{ physicalLocation: { artifactLocation, region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 14, charOffset: 31, charLength: 2 } } }],
        fixes: [
          {
            description: { text: 'Replace with ，' },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { charOffset: 31, charLength: 1 }, insertedContent: { text: '，' } }] }],
          },
        ],
      },
    ]);
    expect(run.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('writes paths as URI references: forward slashes, each segment percent-encoded', () => {
    expect(toUri('pages\\2024/页面 1.txt')).toBe('pages/2024/%E9%A1%B5%E9%9D%A2%201.txt');
  });

  it('maps severities to SARIF levels, and names standard input "stdin"', () => {
    const log = JSON.parse(REPORTERS.sarif(summarise([resultOf(null, [finding(1, 1, 'error', 'e'), finding(2, 1, 'info', 'i')], 'Cannot read <stdin>')]), context));
    const [run] = log.runs;
    expect(run.results.map((result: { level: string }) => result.level)).toEqual(['error', 'note']);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('stdin');
    expect(run.invocations[0].executionSuccessful).toBe(false);
  });
});

describe('stylish', () => {
  const RED = '\u001b[31m';
  const YELLOW = '\u001b[33m';
  const BLUE = '\u001b[34m';
  const summaryOf = (report: CheckReport) => REPORTERS.stylish(report, { ...context, color: true }).trimEnd().split('\n').find((line) => line.includes('✖'))!;

  it('colours the summary by the worst there is: errors or input errors red, else warnings yellow, else blue', () => {
    expect(summaryOf(summarise([resultOf('a.txt', [finding(1, 1, 'error', 'e'), finding(2, 1, 'warning', 'w')])]))).toContain(RED);
    expect(summaryOf(summarise([resultOf('a.txt', [], 'Cannot read a.txt')]))).toContain(RED);
    expect(summaryOf(summarise([resultOf('a.txt', [finding(2, 1, 'warning', 'w'), finding(3, 1, 'info', 'i')])]))).toContain(YELLOW);
    expect(summaryOf(summarise([resultOf('a.txt', [finding(3, 1, 'info', 'i')])]))).toContain(BLUE);
  });

  it('writes each message on one line, however it breaks', () => {
    const out = REPORTERS.stylish(summarise([resultOf('a.txt', [finding(1, 1, 'info', 'a\nb'), finding(2, 1, 'info', 'c \r\n\r\n  d')])]), context);
    expect(out.split('\n').slice(1, 3)).toEqual(['  a.txt:1:1  info  a b  punctuation-width', '  a.txt:2:1  info  c d  punctuation-width']);
  });

  it('names standard input, and counts what --fix can do', () => {
    expect(REPORTERS.stylish(summarise([resultOf(null, [finding(1, 1, 'warning', 'w', { fix: { range: [0, 1], text: '，' } })])]), context)).toBe(
      '<stdin>\n  <stdin>:1:1  warning  w  punctuation-width\n\n✖ 1 problem (0 errors, 1 warning, 0 infos)\n  1 problem can be fixed with --fix\n',
    );
  });
});

describe('html', () => {
  const page = '社区动态\n\n苏村社区: 开展主题党日活动\n\n本报讯 6月24日，苏村社区党支部组织党员参观红色记忆、城市记忆、工\n\n(李 莉)\n';
  const checked = () => {
    const run = new CheckRun({ today: '2024-07-01' });
    return run.inspect({ file: 'a.txt', decoded: decode(new TextEncoder().encode(page)) });
  };

  it('draws the findings on the text it is given, the rules linked where the pages are', () => {
    const { result, checked: source } = checked();
    const write = REPORT_WRITERS.html({ ...context, rules: RULES, rulesUrl: 'https://example.org/rules/' });
    // The page needs every file before its summary: nothing is written until the end.
    expect([write.start(), write.file(result, source)]).toEqual(['', '']);
    const out = write.end(summarise([]));
    expect(out).toMatch(/^<!DOCTYPE html>/i);
    expect(out).toContain('bulletin check: a.txt');
    expect(out).toContain('9.9.9');
    expect(out).toContain('开展主题党日活动');
    expect(out).toContain('href="https://example.org/rules/truncated-body.md"');
  });

  it('lists the findings without the text when it has none, the rules linked to docs/rules/', () => {
    const { result } = checked();
    const out = REPORTERS.html(summarise([result]), { ...context, rules: RULES });
    expect(out).toContain('bulletin check: a.txt');
    expect(out).not.toContain('开展主题党日活动');
    expect(out).toContain('href="docs/rules/truncated-body.md"');
  });
});
