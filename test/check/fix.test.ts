import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, encodeText, fixFile, unifiedDiff } from '../../src/check/fix.js';
import { decode } from '../../src/decode/index.js';
import { checkInputs } from '../../src/check/engine.js';
import type { CheckDiagnostic } from '../../src/check/types.js';

function checkBytes(bytes: Uint8Array, encoding = 'auto') {
  const decoded = decode(bytes, { encoding });
  const report = checkInputs([{ file: 'x.txt', decoded }]);
  return { decoded, diagnostics: report.results[0]!.diagnostics };
}

// Checked in each test, not while the file loads: see checkSample in engine.test.ts.
function checkOriginal() {
  const original = readFileSync('fixtures/check/fix/gb18030-crlf.txt');
  return { original, ...checkBytes(original) };
}

describe('--fix on a GB18030 file with CRLF line endings', () => {
  it('reads as GB18030', () => {
    const { decoded } = checkOriginal();
    expect(decoded.encoding).toBe('gb18030');
  });

  it('rewrites only the punctuation, keeping encoding and line endings', () => {
    const { original, decoded, diagnostics } = checkOriginal();
    const outcome = fixFile(original, decoded, diagnostics);
    expect(outcome.kind).toBe('fixed');
    if (outcome.kind !== 'fixed') return;
    expect(outcome.applied).toBe(3);
    const again = decode(outcome.bytes);
    expect(again.encoding).toBe('gb18030');
    expect(again.text).toBe(
      [
        '社区动态',
        '',
        '苏村社区: 开展主题党日活动',
        '',
        '本报讯(记者 李 莉) 6月24日，苏村社区组织党员参观学习，活动从10:30开始。',
        '',
        '(李 莉)',
        '',
        '近日，段北沟社区组织开展主题党日活动。 雷 洁摄',
        '',
      ].join('\r\n'),
    );
    // Nothing else changed: the fixed file checks clean of punctuation-width, and its bytes are what GB18030 makes of the text.
    expect(checkBytes(outcome.bytes).diagnostics.filter((d) => d.ruleId === 'punctuation-width')).toEqual([]);
    expect(Buffer.from(outcome.bytes).equals(Buffer.from(encodeText(again.text, { encoding: 'gb18030', bom: false })))).toBe(true);
  });

  it('is unchanged when there is nothing to fix', () => {
    const clean = encodeText('社区动态\r\n', { encoding: 'gb18030', bom: false });
    expect(fixFile(clean, decode(clean), checkBytes(clean).diagnostics)).toEqual({ kind: 'unchanged' });
  });
});

describe('encoding back', () => {
  it('keeps a UTF-8 byte-order mark', () => {
    const bytes = readFileSync('fixtures/check/encoding/pass.txt');
    const withComma = new Uint8Array([...bytes.subarray(0, 3), ...new TextEncoder().encode('社区动态\n\n苏村社区: 开展活动\n\n本报讯 近日,苏村社区开展活动。\n\n(李 莉)\n')]);
    const { decoded, diagnostics } = checkBytes(withComma);
    expect(decoded.bom).toBe(true);
    const outcome = fixFile(withComma, decoded, diagnostics);
    if (outcome.kind !== 'fixed') throw new Error(outcome.kind);
    expect([...outcome.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(outcome.bytes).text).toContain('本报讯 近日，苏村社区');
  });

  it('round-trips Big5 and UTF-16', () => {
    for (const encoding of ['big5', 'utf-16le', 'utf-16be']) {
      const text = '社區動態，測試。\r\n';
      expect(decode(encodeText(text, { encoding, bom: encoding !== 'big5' }), { encoding }).text).toBe(text);
    }
  });

  it('refuses a file whose bytes do not read back unchanged', () => {
    const broken = new Uint8Array([...new TextEncoder().encode('社区动态\n\n苏村社区: 开展活动\n\n本报讯 近日,苏村'), 0xff, ...new TextEncoder().encode('社区开展活动。\n\n(李 莉)\n')]);
    const { decoded, diagnostics } = checkBytes(broken, 'utf-8');
    expect(decoded.text).toContain('近日,苏村\ufffd社区');
    expect(diagnostics.some((d) => d.ruleId === 'punctuation-width')).toBe(true);
    expect(fixFile(broken, decoded, diagnostics)).toMatchObject({ kind: 'refused' });
  });
});

describe('applyFixes', () => {
  const fix = (from: number, to: number, text: string) => ({ fix: { range: [from, to], text } }) as CheckDiagnostic;
  it('applies fixes in order and skips overlapping ones', () => {
    expect(applyFixes('a,b,c', [fix(3, 4, '，'), fix(1, 2, '，'), fix(1, 3, 'X')])).toEqual({
      text: 'a，b，c',
      applied: [{ range: [1, 2], text: '，' }, { range: [3, 4], text: '，' }],
    });
  });
});

describe('unifiedDiff', () => {
  it('shows changed lines with three lines of context, CRLF as it is', () => {
    const before = ['1', '2', '3', '4', 'a,b', '6', '7', '8', '9', '10', ''].join('\r\n');
    const after = before.replace('a,b', 'a，b');
    expect(unifiedDiff('p.txt', before, after)).toBe(
      ['--- a/p.txt', '+++ b/p.txt', '@@ -2,7 +2,7 @@', ' 2\r', ' 3\r', ' 4\r', '-a,b\r', '+a，b\r', ' 6\r', ' 7\r', ' 8\r', ''].join('\n'),
    );
    expect(unifiedDiff('p.txt', before, before)).toBe('');
  });

  it('a CR-only file is one line, as git sees it, so that `git apply` takes the diff', () => {
    const before = '1\r2\ra,b\r';
    expect(unifiedDiff('p.txt', before, before.replace('a,b', 'a，b'))).toBe(
      '--- a/p.txt\n+++ b/p.txt\n@@ -1,1 +1,1 @@\n-1\r2\ra,b\r\n\\ No newline at end of file\n+1\r2\ra，b\r\n\\ No newline at end of file\n',
    );
  });

  it('marks a last line without a line break', () => {
    expect(unifiedDiff('p.txt', 'a,b', 'a，b')).toBe('--- a/p.txt\n+++ b/p.txt\n@@ -1,1 +1,1 @@\n-a,b\n\\ No newline at end of file\n+a，b\n\\ No newline at end of file\n');
  });
});

describe('applyFixes, at the edges', () => {
  const fix = (from: number, to: number, text: string) => ({ fix: { range: [from, to], text } }) as CheckDiagnostic;

  it('of two fixes from the same place, applies the shorter, whichever came first', () => {
    expect(applyFixes('a,b', [fix(1, 3, 'X'), fix(1, 2, '，')])).toEqual({ text: 'a，b', applied: [{ range: [1, 2], text: '，' }] });
  });

  it('applies fixes that touch without overlapping', () => {
    expect(applyFixes('a,,b', [fix(2, 3, '，'), fix(1, 2, '，')]).text).toBe('a，，b');
  });
});

describe('encodeText', () => {
  it('writes the byte-order mark of UTF-8 and UTF-16, and none where the encoding has none', () => {
    expect([...encodeText('a', { encoding: 'utf-8', bom: true })]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    expect([...encodeText('a', { encoding: 'utf-16le', bom: true })]).toEqual([0xff, 0xfe, 0x61, 0x00]);
    expect([...encodeText('a', { encoding: 'utf-16be', bom: true })]).toEqual([0xfe, 0xff, 0x00, 0x61]);
    expect([...encodeText('a', { encoding: 'gb18030', bom: true })]).toEqual([0x61]);
    expect([...encodeText('a', { encoding: 'utf-8', bom: false })]).toEqual([0x61]);
  });

  it('refuses an encoding it does not know (a programmer’s error)', () => {
    expect(() => encodeText('a', { encoding: 'klingon', bom: false })).toThrow('encodeText: unknown encoding klingon');
  });
});

describe('fixFile refuses bytes its text does not encode back to', () => {
  const comma = [{ fix: { range: [1, 2], text: '，' } }] as CheckDiagnostic[];
  const decoded = { text: 'a,b', encoding: 'utf-8', bom: false };
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('one byte more, or one byte other', () => {
    const reason = 'its bytes do not read back as utf-8 unchanged (invalid or unusual bytes); fix it by hand';
    expect(fixFile(bytes('a,b\n'), decoded, comma)).toEqual({ kind: 'refused', reason });
    expect(fixFile(bytes('a,c'), decoded, comma)).toEqual({ kind: 'refused', reason });
    expect(fixFile(bytes('a,b'), decoded, comma)).toMatchObject({ kind: 'fixed', text: 'a，b', applied: 1 });
  });
});

describe('unifiedDiff, hunks', () => {
  const lines = (count: number) => Array.from({ length: count }, (_, i) => `${i + 1}\n`).join('');
  const change = (text: string, ...numbers: number[]) =>
    text
      .split('\n')
      .map((line) => (numbers.includes(Number(line)) ? `${line}!` : line))
      .join('\n');

  it('joins changes whose context meets into one hunk, and keeps those further apart in two', () => {
    const before = lines(12);
    // Lines 1 and 8: the first hunk's context ends after line 4, the second's starts at line 5.
    expect(unifiedDiff('p.txt', before, change(before, 1, 8)).match(/^@@.*$/gm)).toEqual(['@@ -1,11 +1,11 @@']);
    // Lines 1 and 9: line 5 is in neither context.
    expect(unifiedDiff('p.txt', before, change(before, 1, 9)).match(/^@@.*$/gm)).toEqual(['@@ -1,4 +1,4 @@', '@@ -6,7 +6,7 @@']);
  });

  it('refuses texts of different line counts (a programmer’s error: fixes keep lines)', () => {
    expect(() => unifiedDiff('p.txt', 'a\n', 'a\nb\n')).toThrow('unifiedDiff: fixes must keep the number of lines');
  });
});
