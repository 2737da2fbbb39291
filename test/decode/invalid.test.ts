import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import { concat, decodeInChunks } from './helpers.js';

const at = (line: number, column: number, offset: number) => ({
  start: { line, column, offset },
  end: { line, column: column + 1, offset: offset + 1 },
});
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const invalid = (byteOffset: number, place: ReturnType<typeof at>, actual: string) => ({
  ruleId: 'decode-invalid',
  severity: 'warning',
  message: expect.stringContaining(`at byte offset ${byteOffset}`),
  place,
  byteOffset,
  actual,
});

describe('decode-invalid: UTF-8', () => {
  // a CR LF b C3 ( E2 82 LF EF BF BD CR F0
  const bytes = concat(utf8('a\r\nb'), [0xc3], utf8('('), [0xe2, 0x82], utf8('\n\uFFFD\r'), [0xf0]);

  it('replaces each maximal ill-formed subsequence, and places it in the decoded text', () => {
    const decoded = decode(bytes, { encoding: 'utf-8' });
    expect(decoded.text).toBe('a\r\nb\uFFFD(\uFFFD\n\uFFFD\r\uFFFD');
    expect(decoded.diagnostics).toEqual([
      invalid(4, at(2, 2, 4), '0xC3'),
      invalid(6, at(2, 4, 6), '0xE2 0x82'),
      // the U+FFFD at offset 8 was in the input (EF BF BD): not reported
      invalid(13, at(4, 1, 10), '0xF0'),
    ]);
    expect(decoded.diagnostics[0]?.message).toBe('Cannot decode byte 0xC3 at byte offset 4 as utf-8; replaced with U+FFFD');
    expect(decoded.diagnostics[1]?.message).toBe('Cannot decode bytes 0xE2 0x82 at byte offset 6 as utf-8; replaced with U+FFFD');
  });

  it('does not report a genuine U+FFFD in valid input', () => {
    expect(decode(utf8('a\uFFFDb'))).toMatchObject({ encoding: 'utf-8', text: 'a\uFFFDb', diagnostics: [] });
  });

  it('stays UTF-8 when the first 64 KiB are valid, and reports what follows', () => {
    const line = utf8('社区动态 0123456789\n'); // 27 bytes, 16 units
    const lines = Math.ceil(70_000 / line.length);
    const body = concat(...Array.from({ length: lines }, () => line));
    const decoded = decode(concat(body, utf8('ab'), [0xff], utf8('\r\n'), [0xc0]));
    expect(decoded).toMatchObject({ encoding: 'utf-8', detectedBy: 'valid-utf8' });
    expect(decoded.diagnostics).toEqual([
      invalid(body.length + 2, at(lines + 1, 3, lines * 16 + 2), '0xFF'),
      invalid(body.length + 5, at(lines + 2, 1, lines * 16 + 5), '0xC0'),
    ]);
  });
});

describe('decode-invalid: GB18030 and Big5', () => {
  it('finds the exact byte that GB18030 skipped', () => {
    // 第一行 CR LF 第二 FF 81 SP 行: FF is never valid, 81 20 is no character
    const head = iconv.encode('第一行\r\n第二', 'gbk');
    const decoded = decode(concat(head, [0xff, 0x81, 0x20], iconv.encode('行', 'gbk')));
    expect(decoded).toMatchObject({ encoding: 'gb18030', text: '第一行\r\n第二\uFFFD\uFFFD 行' });
    expect(decoded.diagnostics).toEqual([invalid(12, at(2, 3, 7), '0xFF'), invalid(13, at(2, 4, 8), '0x81')]);
  });

  it('keeps a genuine U+FFFD (84 31 A4 37) and replaces a four-byte sequence past U+10FFFF whole', () => {
    const decoded = decode(concat([0x84, 0x31, 0xa4, 0x37, 0x41, 0xfe, 0x39, 0xfe, 0x39, 0x42]), { encoding: 'gb18030' });
    expect(decoded.text).toBe('\uFFFDA\uFFFDB');
    expect(decoded.diagnostics).toEqual([invalid(5, at(1, 3, 2), '0xFE 0x39 0xFE 0x39')]);
  });

  it('a lead and a digit start four bytes only when a lead (81–FE) and a digit follow: else the lead alone is replaced', () => {
    // 81 30 41 30: A is no lead; 81 30 FF 30: FF is past the leads. Both read on from the 30 after 81.
    for (const [third, read] of [[0x41, 'A'], [0xff, '\uFFFD']] as const) {
      const decoded = decode(Uint8Array.from([0x81, 0x30, third, 0x30]), { encoding: 'gb18030' });
      expect(decoded.text).toBe(`\uFFFD0${read}0`);
      expect(decoded.diagnostics[0]).toEqual(invalid(0, at(1, 1, 0), '0x81'));
    }
  });

  it('replaces a lead byte cut off by the end', () => {
    const decoded = decode(concat(iconv.encode('社区', 'gbk'), [0x81, 0x30]), { encoding: 'gb18030' });
    expect(decoded.text).toBe('社区\uFFFD0');
    expect(decoded.diagnostics).toEqual([invalid(4, at(1, 3, 2), '0x81')]);
  });

  it('finds the exact byte that Big5 skipped', () => {
    const bytes = concat(iconv.encode('社區\n', 'big5'), [0x80], iconv.encode('動態', 'big5'), [0xff]);
    const decoded = decode(bytes, { encoding: 'big5' });
    expect(decoded.text).toBe('社區\n\uFFFD動態\uFFFD');
    expect(decoded.diagnostics).toEqual([invalid(5, at(2, 1, 3), '0x80'), invalid(10, at(2, 4, 6), '0xFF')]);
  });
});

describe('decode-invalid: UTF-16', () => {
  it('replaces lone surrogates and a final odd byte', () => {
    // BOM, A, lone D800, B, odd 43
    const decoded = decode(concat([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x42, 0, 0x43]));
    expect(decoded).toMatchObject({ encoding: 'utf-16le', text: 'A\uFFFDB\uFFFD' });
    expect(decoded.diagnostics).toEqual([invalid(4, at(1, 2, 1), '0x00 0xD8'), invalid(8, at(1, 4, 3), '0x43')]);
  });

  it('pairs surrogates in UTF-16BE', () => {
    const decoded = decode(concat([0xfe, 0xff, 0xd8, 0x3d, 0xde, 0x00, 0xdc, 0x00]));
    expect(decoded.text).toBe('😀\uFFFD');
    expect(decoded.diagnostics).toEqual([invalid(6, at(1, 3, 2), '0xDC 0x00')]);
  });

  it('replaces a high surrogate cut off by the end and an odd byte after it, each at its own byte offset', () => {
    // BOM, A, high D800 with no low half, odd 43
    const decoded = decode(concat([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x43]));
    expect(decoded).toMatchObject({ encoding: 'utf-16le', text: 'A\uFFFD\uFFFD' });
    expect(decoded.diagnostics).toEqual([invalid(4, at(1, 2, 1), '0x00 0xD8'), invalid(6, at(1, 3, 2), '0x43')]);
  });

  it.each(['utf-16le', 'utf-16be'])('decodes %s fed one byte at a time as whole: pairs cut between halves, a CRLF cut inside', (encoding) => {
    // U+10000 (D800 DC00) and U+10FFFF (DBFF DFFF) are the ends of the high halves' range; then a lone DC00 on line 2.
    const units = Buffer.from('a\u{10000}b\u{10FFFF}\r\nc', 'utf16le');
    const bytes = concat(units, [0x00, 0xdc]);
    if (encoding === 'utf-16be') bytes.set(Buffer.from(bytes).swap16());
    const cuts = Array.from({ length: bytes.length }, (_, i) => i + 1);
    const decoded = decodeInChunks(bytes, cuts, { encoding }, 2);
    expect(decoded.text).toBe('a\u{10000}b\u{10FFFF}\r\nc\uFFFD');
    expect(decoded.diagnostics).toEqual([invalid(18, at(2, 2, 9), encoding === 'utf-16le' ? '0x00 0xDC' : '0xDC 0x00')]);
    expect(decoded).toEqual(decode(bytes, { encoding }));
  });
});

describe('decode-invalid: the cap', () => {
  it('lists 100 and sums up the rest in one diagnostic at the first unlisted', () => {
    const decoded = decode(new Uint8Array(250).fill(0xff), { encoding: 'utf-8' });
    expect(decoded.text).toBe('\uFFFD'.repeat(250));
    expect(decoded.diagnostics).toHaveLength(101);
    const summary = decoded.diagnostics[100];
    expect(summary).toMatchObject({ ruleId: 'decode-invalid', byteOffset: 100, place: at(1, 101, 100) });
    expect(summary?.message).toContain('150 more');
  });
});
