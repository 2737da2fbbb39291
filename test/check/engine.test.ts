import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig, normaliseConfig } from '../../src/check/config.js';
import { isSuppressed } from '../../src/check/directives.js';
import { CheckRun, checkInputs } from '../../src/check/engine.js';
import { RULE_IDS } from '../../src/check/registry.js';
import { decode } from '../../src/decode/index.js';
import { checkFiles, checkText, placesOf, TODAY } from './helpers.js';

const SAMPLE = 'fixtures/community-news.txt';
const sampleLines = readFileSync(SAMPLE, 'utf8').split('\n');

// Each test checks the page itself: a report made while the file loads would be traced by a mutation run to
// no test at all, and the findings' code tried against none of these (docs/mutation.md).
function checkSample() {
  const report = checkFiles([SAMPLE]);
  return { report, all: report.results[0]!.diagnostics };
}

describe('the sample page', () => {
  it('reports its four truncated briefs as errors, at the last character of each', () => {
    const { report, all } = checkSample();
    const truncated = all.filter((d) => d.ruleId === 'truncated-body');
    expect(truncated.map((d) => d.place.start.line)).toEqual([13, 19, 25, 31]);
    for (const d of truncated) {
      expect(d.severity).toBe('error');
      expect(d.place.start.column).toBe(sampleLines[d.place.start.line - 1]!.length);
    }
    expect(report.errorCount).toBe(4);
  });

  it('reports half-width punctuation in its Chinese text as fixable warnings', () => {
    const { all } = checkSample();
    const punctuation = all.filter((d) => d.ruleId === 'punctuation-width');
    expect(punctuation.length).toBeGreaterThan(100);
    // 近日,东山社区 on line 7: the comma is the third character.
    expect(punctuation[0]).toMatchObject({ severity: 'warning', actual: ',', expected: '，', place: { start: { line: 7, column: 3 } } });
    expect(punctuation.every((d) => d.fix !== undefined)).toBe(true);
  });

  it('does not take its headers, bylines, credits or padding for problems', () => {
    const { all } = checkSample();
    const ids = new Set(all.map((d) => d.ruleId));
    expect([...ids].sort()).toEqual(['column-break', 'punctuation-width', 'truncated-body']);
    // header separators `苏村社区: 开展…` are not punctuation findings
    expect(all.some((d) => d.ruleId === 'punctuation-width' && d.place.start.line === 11)).toBe(false);
  });
});

describe('the engine', () => {
  it('stamps rule id, default severity, file and url on what rules report', () => {
    const [d] = checkFiles(['fixtures/check/truncated-body/flag.txt']).results[0]!.diagnostics.filter((x) => x.ruleId === 'truncated-body');
    expect(d).toMatchObject({
      ruleId: 'truncated-body',
      severity: 'error',
      file: 'fixtures/check/truncated-body/flag.txt',
      url: 'docs/rules/truncated-body.md',
    });
  });

  it('takes severity and options from the configuration', () => {
    const config = normaliseConfig(
      { rules: { 'truncated-body': 'warn', 'punctuation-width': 'off', 'column-break': 'off', 'title-length': ['error', { max: 15 }] } },
      'test',
    );
    const report = checkFiles([SAMPLE], { config });
    const ids = report.results[0]!.diagnostics.map((d) => `${d.ruleId}:${d.severity}`);
    expect(new Set(ids)).toEqual(new Set(['truncated-body:warning', 'title-length:error']));
    // 组建志愿服务队伍 搭建群众连心桥 (line 61) has 16 characters, 搭建“五方平台” 打造“红心家园” (line 89)
    // 17; the others fit in 15. Both titles start at column 7, so the 16th character is at column 22, and the finding
    // ends with the title, after its 16th (column 23) or its 17th character (column 24).
    expect(placesOf(report, 'title-length')).toEqual([
      { line: 61, column: 22, endLine: 61, endColumn: 23, actual: '16', expected: '<= 15' },
      { line: 89, column: 22, endLine: 89, endColumn: 24, actual: '17', expected: '<= 15' },
    ]);
  });

  it('adopts parser diagnostics: configuration turns them off or up', () => {
    const off = checkFiles(['fixtures/check/unassigned-text/flag.txt'], { config: normaliseConfig({ rules: { 'unassigned-text': 'off' } }, 't') });
    expect(placesOf(off, 'unassigned-text')).toEqual([]);
    const up = checkFiles(['fixtures/check/unassigned-text/flag.txt'], { config: normaliseConfig({ rules: { 'unassigned-text': 'error' } }, 't') });
    expect(up.results[0]!.diagnostics.filter((d) => d.ruleId === 'unassigned-text').map((d) => d.severity)).toEqual(['error', 'error']);
  });

  it('lets `<!-- bulletin-disable … -->` silence the next item only', () => {
    const report = checkFiles(['fixtures/check/directive/pass.txt']);
    const ids = report.results[0]!.diagnostics.map((d) => `${d.ruleId}@${d.place.start.line}`);
    // item 1 (lines 4-8): truncated-body silenced, its punctuation still reported
    expect(ids).not.toContain('truncated-body@6');
    expect(ids).toContain('punctuation-width@6');
    // item 2 (lines 11-15): header-format and punctuation-width silenced
    expect(ids.filter((id) => id.endsWith('@11') || id.endsWith('@13'))).toEqual([]);
    // item 3 (lines 18-22): `truncated-body,` with a comma after it silences truncated-body, not its punctuation
    expect(ids.filter((id) => id.endsWith('@20'))).toEqual(['punctuation-width@20', 'punctuation-width@20']);
  });

  it('lets `<!-- bulletin-disable -->` silence every rule for the next item', () => {
    const text = '社区动态\n\n<!-- bulletin-disable -->\n苏村社区 开展活动\n\n本报讯 6月31日,苏村社区开展活动,工\n\n苏村社区 开展活动\n\n本报讯 6月31日,苏村社区开展活动,工\n';
    const lines = checkText(text).results[0]!.diagnostics.map((d) => d.place.start.line);
    expect(lines.filter((line) => line <= 6)).toEqual([]);
    expect(lines.filter((line) => line >= 8).length).toBeGreaterThan(2);
  });

  it('finds duplicates across files and names the first copy', () => {
    const report = checkFiles(['fixtures/check/truncated-body/pass.txt', 'fixtures/check/duplicate-item/pass.txt']);
    const duplicates = report.results[1]!.diagnostics.filter((d) => d.ruleId === 'duplicate-item');
    expect(duplicates.map((d) => d.place.start.line)).toEqual([3]);
    expect(duplicates[0]!.message).toContain('fixtures/check/truncated-body/pass.txt:3');
    expect(placesOf({ ...report, results: [report.results[0]!] }, 'duplicate-item')).toEqual([]);
  });

  it('checks files one at a time: a first look (documentOnly) is not remembered by the batch rules', () => {
    const decoded = decode(readFileSync('fixtures/check/truncated-body/pass.txt'));
    const run = new CheckRun({ today: TODAY });
    const look = run.check({ file: 'a.txt', decoded }, true);
    const final = run.check({ file: 'a.txt', decoded });
    // The same file checked for good after the first look has no duplicates of itself…
    expect(final).toEqual(look);
    expect(final.diagnostics.filter((d) => d.ruleId === 'duplicate-item')).toEqual([]);
    // …while a second file with the same items does, naming the first.
    const again = run.check({ file: 'b.txt', decoded });
    expect(again.diagnostics.filter((d) => d.ruleId === 'duplicate-item').map((d) => d.expected)).toEqual(['a.txt:3', 'a.txt:9', 'a.txt:21', 'a.txt:27']);
    expect(checkInputs([{ file: 'a.txt', decoded }, { file: 'b.txt', decoded }], { today: TODAY }).results).toEqual([final, again]);
  });

  it('passes the configured vocabulary to the parser', () => {
    const text = '社区动态\n\n阳光合作社: 开展种植培训\n\n本报讯 近日，阳光合作社开展种植培训。\n\n(李 莉)\n';
    // Without 合作社 as a suffix the line is a headline without an organisation: the finding covers its 13 characters.
    expect(placesOf(checkText(text), 'header-format')).toEqual([{ line: 3, column: 1, endLine: 3, endColumn: 14, actual: '阳光合作社: 开展种植培训' }]);
    const config = normaliseConfig({ vocabulary: { organisationSuffixes: ['合作社'] } }, 't');
    expect(checkText(text, { config }).results[0]!.diagnostics).toEqual([]);
  });

  it('makes binary input an input error and still checks the other files', () => {
    const report = checkInputs([
      { file: 'photo.jpg', decoded: decode(new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0x10])) },
      { file: 'page.txt', decoded: decode(readFileSync('fixtures/check/truncated-body/flag.txt')) },
    ]);
    expect(report.inputErrorCount).toBe(1);
    expect(report.results[0]!.inputError).toMatch(/^Cannot check photo\.jpg: /);
    expect(report.results[1]!.errorCount).toBe(4);
  });

  it('reports a non-UTF-8 file once, at 1:1', () => {
    const report = checkFiles(['fixtures/check/encoding/flag.txt']);
    expect(report.results[0]!.diagnostics.find((d) => d.ruleId === 'encoding')).toMatchObject({ actual: 'gb18030', severity: 'warning' });
  });
});

describe('directives', () => {
  it('say what is wrong with them', () => {
    const messages = checkFiles(['fixtures/check/directive/flag.txt']).results[0]!.diagnostics.filter((d) => d.ruleId === 'directive').map((d) => d.message);
    expect(messages).toEqual([
      `Unexpected rule id \`no-such-rule\` in directive, expected one of: ${RULE_IDS.join(', ')}`,
      'Unexpected directive `bulletin-enable`, expected `bulletin-disable` or `bulletin-disable rule-id`',
      'Unexpected `bulletin-disable` after the last item, expected it on the line before the item to silence',
      // Naming no rule it knows, the last directive silences nothing, so it is not also out of place.
      `Unexpected rule id \`no-such-rule\` in directive, expected one of: ${RULE_IDS.join(', ')}`,
    ]);
  });

  it('silence findings that start anywhere in the item, its last offset included', () => {
    const at = (offset: number) => ({ ruleId: 'truncated-body', severity: 'error' as const, message: '', place: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 1, offset } } });
    const suppressions = [{ ruleIds: new Set(['truncated-body']), from: 10, to: 20 }];
    expect([9, 10, 20, 21].map((offset) => isSuppressed(at(offset), suppressions))).toEqual([false, true, true, false]);
    expect(isSuppressed({ ...at(15), ruleId: 'title-length' }, suppressions)).toBe(false);
    expect(isSuppressed({ ...at(15), ruleId: 'title-length' }, [{ ruleIds: null, from: 10, to: 20 }])).toBe(true);
  });
});

describe('the engine, at its edges', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const brief = (opening: string) => `社区动态\n\n苏村社区: 开展活动\n\n${opening}\n\n(李 莉)\n`;
  const findingsOf = (report: ReturnType<typeof checkText>) => report.results[0]!.diagnostics.map((d) => `${d.ruleId}@${d.place.start.line}:${d.place.start.column}-${d.place.end.column}`);

  it('tells why a file is not text: the decoder’s evidence, else the NUL byte and where it is', () => {
    const inputError = (decoded: Parameters<typeof checkInputs>[0][0]['decoded']) => checkInputs([{ file: 'x.bin', decoded }]).results[0]!.inputError;
    const utf16Hint = '; if it is UTF-16 without a byte-order mark, force the encoding utf-16le or utf-16be';
    expect(inputError(decode(new Uint8Array([0x61, 0x62, 0x00, 0x63])))).toBe(`Cannot check x.bin: not a text file (NUL byte at byte offset 2)${utf16Hint}`);
    expect(inputError(decode(utf8('%PDF-1.4\n\u0000')))).toBe('Cannot check x.bin: not a text file (a PDF document)');
    const binary = { text: '', encoding: 'utf-8', detectedBy: 'guess' as const, binary: true, bom: false };
    const place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    const nul = { ruleId: 'binary', severity: 'error' as const, message: 'binary', place, byteOffset: 5 };
    expect(inputError({ ...binary, diagnostics: [nul] })).toBe(`Cannot check x.bin: not a text file (NUL byte at byte offset 5)${utf16Hint}`);
    expect(inputError({ ...binary, diagnostics: [] })).toBe(`Cannot check x.bin: not a text file (NUL byte)${utf16Hint}`);
    expect(checkInputs([{ file: null, decoded: { ...binary, diagnostics: [] } }]).results[0]!.inputError).toMatch(/^Cannot check <stdin>: /);
  });

  it('gives the decoder’s findings to the encoding rule: its id and level, off with it', () => {
    // 本报讯 近日,苏村 is nine characters: the stray byte is at 5:10.
    const broken = new Uint8Array([...utf8('社区动态\n\n苏村社区: 开展活动\n\n本报讯 近日,苏村'), 0xff, ...utf8('社区开展活动。\n\n(李 莉)\n')]);
    const at = (config?: ReturnType<typeof normaliseConfig>) =>
      checkInputs([{ file: 'x.txt', decoded: decode(broken) }], { config }).results[0]!.diagnostics.filter((d) => d.place.start.line === 5 && d.place.start.column === 10);
    expect(at().map((d) => `${d.ruleId}:${d.severity}`)).toEqual(['encoding:warning']);
    expect(at(normaliseConfig({ rules: { encoding: 'error' } }, 't')).map((d) => `${d.ruleId}:${d.severity}`)).toEqual(['encoding:error']);
    expect(at(normaliseConfig({ rules: { encoding: 'off' } }, 't'))).toEqual([]);
  });

  it('reads datelines in the year it is given', () => {
    const text = brief('本报讯 2月29日,苏村社区开展活动。');
    expect(placesOf(checkText(text, { year: 2023 }), 'dateline-invalid')).toEqual([{ line: 5, column: 5, endLine: 5, endColumn: 10, actual: '2月29日' }]);
    expect(placesOf(checkText(text, { year: 2024 }), 'dateline-invalid')).toEqual([]);
  });

  it('passes a Word document’s source to the rules: its encoding is the format’s, not reported', () => {
    const decoded = { ...decode(utf8(brief('本报讯 近日，苏村社区开展活动。'))), encoding: 'utf-16le' };
    expect(placesOf(checkInputs([{ file: 'a.txt', decoded }]), 'encoding')).toEqual([{ line: 1, column: 1, endLine: 1, endColumn: 1, actual: 'utf-16le', expected: 'utf-8' }]);
    for (const format of ['docx', 'doc'] as const) {
      expect(placesOf(checkInputs([{ file: 'a.doc', decoded: { ...decoded, source: { format, unit: 'paragraph' } } }]), 'encoding')).toEqual([]);
    }
  });

  it('takes a configuration that names no rule as the defaults', () => {
    const config = { rules: {}, vocabulary: {}, format: defaultConfig().format, source: null };
    expect(checkFiles([SAMPLE], { config })).toEqual(checkFiles([SAMPLE]));
  });

  it('leaves out actual, expected and fix where a rule gives none', () => {
    const report = checkText(brief('近日,苏村社区开展活动'));
    const byRule = Object.fromEntries(report.results[0]!.diagnostics.map((d) => [d.ruleId, Object.keys(d).sort()]));
    expect(byRule['lead-missing']).toEqual(['expected', 'file', 'message', 'place', 'ruleId', 'severity', 'url']);
    expect(byRule['truncated-body']).toEqual(['actual', 'file', 'message', 'place', 'ruleId', 'severity', 'url']);
    expect(byRule['punctuation-width']).toEqual(['actual', 'expected', 'file', 'fix', 'message', 'place', 'ruleId', 'severity', 'url']);
  });

  it('counts the fixable findings, file by file and in all', () => {
    const report = checkFiles([SAMPLE, 'fixtures/check/punctuation-width/flag.txt']);
    const fixable = report.results.map((result) => result.diagnostics.filter((d) => d.fix !== undefined).length);
    expect(report.results.map((result) => result.fixableCount)).toEqual(fixable);
    expect(fixable[1]).toBe(21);
    expect(report.fixableCount).toBe(fixable[0]! + fixable[1]!);
    expect(report.fixableCount).toBeLessThan(report.results.reduce((n, result) => n + result.diagnostics.length, 0));
  });

  it('names standard input where a duplicate’s first copy came from it', () => {
    const decoded = decode(readFileSync('fixtures/check/truncated-body/pass.txt'));
    const run = new CheckRun({ today: TODAY });
    run.check({ file: null, decoded });
    expect(run.check({ file: 'b.txt', decoded }).diagnostics.filter((d) => d.ruleId === 'duplicate-item').map((d) => d.expected)).toEqual(['<stdin>:3', '<stdin>:9', '<stdin>:21', '<stdin>:27']);
  });

  it('takes copies that differ only in white space for duplicates', () => {
    const text = '社区动态\n\n苏村社区: 开展活动\n\n本报讯 近日,苏村社区开展活动。\n\n(李 莉)\n\n苏村社区: 开展活动\n\n本报讯近日, 苏村社区 开展活动。\n\n(李 莉)\n';
    expect(placesOf(checkText(text), 'duplicate-item')).toEqual([{ line: 9, column: 1, endLine: 9, endColumn: 11, expected: 'line 3' }]);
  });

  it('inspects a file with the batch rules unless told to look only', () => {
    const decoded = decode(readFileSync('fixtures/check/truncated-body/pass.txt'));
    const run = new CheckRun({ today: TODAY });
    run.inspect({ file: 'a.txt', decoded });
    const duplicates = (documentOnly?: boolean) => run.inspect({ file: 'b.txt', decoded }, documentOnly).result.diagnostics.filter((d) => d.ruleId === 'duplicate-item').length;
    expect(duplicates(true)).toBe(0);
    expect(duplicates()).toBe(4);
  });

  it('orders findings by where they start, then where they end, then by rule', () => {
    // A paragraph that opens with an impossible date and no lead: lead-missing marks its first character,
    // dateline-invalid the date, both from column 1.
    expect(findingsOf(checkText(brief('6月31日,苏村社区开展活动。'))).slice(0, 2)).toEqual(['lead-missing@5:1-2', 'dateline-invalid@5:1-6']);
  });
});
