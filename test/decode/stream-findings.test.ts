// What the stream decoder reports besides the text (src/decode/stream.ts): NUL bytes kept as U+0000 and where
// they were, the cap of 100 warnings and the summary after it, in text order, and binary input's silence.

import { describe, expect, it } from 'vitest';
import { createDecoder, decode } from '../../src/decode/index.js';
import type { Diagnostic } from '../../src/model.js';
import { concat, decodeInChunks } from './helpers.js';

/** 8 KiB of `a`: NUL bytes after it are text, not a sign of binary data. */
const CLEAN_HEAD = new Uint8Array(8192).fill(0x61);
const point = (line: number, column: number, offset: number) => ({ line, column, offset });
const nulWarning = (byteOffset: number, textOffset: number, line = 1, column = textOffset + 1): Diagnostic => ({
  ruleId: 'decode-invalid',
  severity: 'warning',
  message: `Unexpected NUL byte at byte offset ${byteOffset}, expected text; kept as U+0000`,
  place: { start: point(line, column, textOffset), end: point(line, column + 1, textOffset + 1) },
  byteOffset,
  actual: 'NUL',
});
const kinds = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => `${d.actual ?? 'summary'}@${d.byteOffset}`);

describe('NUL bytes kept as text', () => {
  it('in UTF-16 each U+0000 is two bytes: its byte offset counts the byte-order mark', () => {
    const le = decode(concat([0xff, 0xfe], Buffer.from('a\0b', 'utf16le')));
    expect(le).toMatchObject({ text: 'a\0b', encoding: 'utf-16le', binary: false });
    expect(le.diagnostics).toEqual([nulWarning(4, 1)]);
    const be = decode(Buffer.from('ab\n\0', 'utf16le').swap16(), { encoding: 'utf-16be' });
    expect(be).toMatchObject({ text: 'ab\n\0', bom: false });
    expect(be.diagnostics).toEqual([nulWarning(6, 3, 2, 1)]);
  });

  it('after the first 8 KiB of UTF-8, each NUL byte is named by its own offset, in any chunking', () => {
    const bytes = concat(CLEAN_HEAD, [0x00], Buffer.from('x\ny'), [0x00, 0x00]);
    const expected = [nulWarning(8192, 8192), nulWarning(8196, 8196, 2, 2), nulWarning(8197, 8197, 2, 3)];
    expect(decode(bytes).diagnostics).toEqual(expected);
    expect(decodeInChunks(bytes, [100, 8193, 8196]).diagnostics).toEqual(expected);
    expect(decodeInChunks(bytes, [8192, 8194, 8197], {}, 16).diagnostics).toEqual(expected);
  });

  it('in GB18030 too, and NUL warnings and decode-invalid ones come in text order', () => {
    // a… NUL FF NUL FF: FF is never valid in GB18030.
    const bytes = concat(CLEAN_HEAD, [0x00, 0xff, 0x00, 0xff]);
    const decoded = decode(bytes, { encoding: 'gb18030' });
    expect(decoded.text).toBe(`${'a'.repeat(8192)}\0\uFFFD\0\uFFFD`);
    expect(kinds(decoded.diagnostics)).toEqual(['NUL@8192', '0xFF@8193', 'NUL@8194', '0xFF@8195']);
    expect(decoded.diagnostics[1]?.message).toBe('Cannot decode byte 0xFF at byte offset 8193 as gb18030; replaced with U+FFFD');
  });

  it('lists at most 100 of them, in UTF-8 and in UTF-16, and sums up none', () => {
    const utf8 = decode(concat(CLEAN_HEAD, new Uint8Array(150)));
    expect(utf8.text).toBe('a'.repeat(8192) + '\0'.repeat(150));
    expect(utf8.diagnostics).toHaveLength(100);
    expect(utf8.diagnostics.at(-1)).toEqual(nulWarning(8192 + 99, 8192 + 99));
    const utf16 = decode(concat([0xff, 0xfe], new Uint8Array(300)));
    expect(utf16.text).toBe('\0'.repeat(150));
    expect(utf16.diagnostics).toHaveLength(100);
    expect(utf16.diagnostics.at(-1)).toEqual(nulWarning(2 + 2 * 99, 99));
  });

  it('the cap counts across chunks', () => {
    // A forced encoding is decided on the first 8 KiB, so each later chunk is decoded and reported on its own.
    const bytes = concat(CLEAN_HEAD, new Uint8Array(150));
    for (const options of [{ encoding: 'utf-8' }, { encoding: 'gb18030' }]) {
      const decoded = decodeInChunks(bytes, [8192 + 60, 8192 + 99, 8192 + 100, 8192 + 101], options);
      expect(decoded.diagnostics).toHaveLength(100);
      expect(decoded.diagnostics.at(-1)?.byteOffset).toBe(8192 + 99);
    }
  });
});

describe('the cap of decode-invalid warnings', () => {
  const stray = (count: number): Uint8Array => new Uint8Array(count).fill(0xff);

  it('100 are listed without a summary; the 101st is summed up as one more', () => {
    expect(decode(stray(100), { encoding: 'utf-8' }).diagnostics).toHaveLength(100);
    const decoded = decode(stray(101), { encoding: 'big5' });
    expect(decoded.diagnostics).toHaveLength(101);
    expect(decoded.diagnostics[100]).toEqual({
      ruleId: 'decode-invalid',
      severity: 'warning',
      message: 'Cannot decode 1 more byte sequences from byte offset 100 as big5; each replaced with U+FFFD, only the first 100 are listed',
      place: { start: point(1, 101, 100), end: point(1, 102, 101) },
      byteOffset: 100,
    });
  });

  it('the summary counts and places the unlisted ones in any chunking', () => {
    const bytes = concat(Buffer.from('ab\n'), stray(130));
    const expected = decode(bytes, { encoding: 'utf-8' });
    expect(expected.diagnostics[100]).toMatchObject({ byteOffset: 103, place: { start: point(2, 101, 103) } });
    expect(expected.diagnostics[100]?.message).toMatch(/^Cannot decode 30 more byte sequences from byte offset 103 as utf-8;/);
    for (const cuts of [[50, 103, 104], [1, 2, 3, 4, 5], [120]]) expect(decodeInChunks(bytes, cuts, { encoding: 'utf-8' })).toEqual(expected);
  });

  it('sits before NUL warnings that come after the first unlisted byte', () => {
    // 8 KiB of a, 150 stray bytes, then a NUL byte: 100 listed, the summary at the 101st, then the NUL.
    const bytes = concat(CLEAN_HEAD, stray(150), [0x00]);
    const decoded = decode(bytes, { encoding: 'utf-8' });
    expect(decoded.diagnostics).toHaveLength(102);
    expect(kinds(decoded.diagnostics.slice(99))).toEqual(['0xFF@8291', 'summary@8292', 'NUL@8342']);
    expect(decoded.diagnostics[100]?.message).toContain('50 more');
  });
});

describe('the sniff window', () => {
  it('a write that fills it decides at once: 64 KiB of ASCII are valid UTF-8', () => {
    const decoder = createDecoder();
    expect(decoder.write(new Uint8Array(65_536).fill(0x61))).toBe('a'.repeat(65_536));
    expect(decoder.info()).toMatchObject({ encoding: 'utf-8', detectedBy: 'valid-utf8' });
  });

  it('its end may cut a character, which the next bytes complete: still valid UTF-8', () => {
    // 65 535 ASCII bytes (too few characters past ASCII to decide early), then 社 (E7 A4 BE) across the 64 KiB.
    const bytes = concat(new Uint8Array(65_535).fill(0x61), Buffer.from('社区'));
    const expected = { text: `${'a'.repeat(65_535)}社区`, encoding: 'utf-8', detectedBy: 'valid-utf8', diagnostics: [] };
    expect(decode(bytes)).toMatchObject(expected);
    expect(decodeInChunks(bytes, [65_536])).toMatchObject(expected);
  });
});

describe('binary input', () => {
  it('is not binary before the decision; once decided, every write and the end give no text', () => {
    const decoder = createDecoder();
    expect(decoder.write(Buffer.from('%PDF-'))).toBe('');
    expect(decoder.isBinary()).toBe(false);
    expect(decoder.write(new Uint8Array(70_000).fill(0x61))).toBe('');
    expect(decoder.isBinary()).toBe(true);
    expect(decoder.write(Buffer.from('more'))).toBe('');
    expect(decoder.end()).toBe('');
    expect(decoder.info()).toMatchObject({ binary: true, diagnostics: [{ ruleId: 'binary', actual: 'a PDF document' }] });
  });

  it('a text input is not binary once decided', () => {
    const decoder = createDecoder({ encoding: 'utf-8' });
    decoder.end();
    expect(decoder.isBinary()).toBe(false);
  });
});
