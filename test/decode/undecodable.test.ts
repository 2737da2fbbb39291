// When bytes that are not UTF-8 read as text in no encoding (src/decode/guess.ts looksUndecodable): at least
// 256 of them, and either 2 % control bytes or a fifth of the characters lost in both GB18030 and Big5.

import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';

const repeat = (pattern: readonly number[], times: number): Uint8Array => Uint8Array.from(Array.from({ length: times }, () => pattern).flat());
const isUndecodable = (bytes: Uint8Array): boolean => {
  const decoded = decode(bytes);
  return decoded.binary && decoded.diagnostics[0]?.actual === 'undecodable bytes';
};
// 啊 in GBK (B0 A1), also a character in Big5; FF is no character in either.
const HAN = [0xb0, 0xa1];

describe('bytes that read as text in no encoding', () => {
  it('a fifth of the characters lost in both readings makes no text; less is text with warnings', () => {
    expect(isUndecodable(repeat([...HAN, ...HAN, ...HAN, ...HAN, 0xff], 30))).toBe(true); // 1 in 5
    const fewer = decode(repeat([...HAN, ...HAN, ...HAN, ...HAN, ...HAN, 0xff], 30)); // 1 in 6
    expect(fewer).toMatchObject({ binary: false, encoding: 'gb18030', text: `${'啊'.repeat(5)}\uFFFD`.repeat(30) });
    expect(fewer.diagnostics).toHaveLength(30);
  });

  it('the share is of the characters that are not ASCII: ASCII around them does not dilute it', () => {
    const a = 0x61;
    expect(isUndecodable(repeat([...HAN, ...HAN, ...HAN, ...HAN, 0xff, ...Array(20).fill(a)], 12))).toBe(true);
    // 81 30 81 30 is U+0080 in GB18030 (no character in Big5): a character past ASCII, so one lost in six.
    const first = [0x81, 0x30, 0x81, 0x30];
    const decoded = decode(repeat([...first, ...first, ...first, ...first, ...first, 0xff], 13));
    expect(decoded).toMatchObject({ binary: false, encoding: 'gb18030', text: `${'\u0080'.repeat(5)}\uFFFD`.repeat(13) });
  });

  it('lost in one reading only is text: GBK 81 40 is 丂, which Big5 cannot read', () => {
    expect(decode(repeat([0x81, 0x40], 130))).toMatchObject({ binary: false, encoding: 'gb18030', text: '丂'.repeat(130), diagnostics: [] });
  });

  it('fewer than 256 bytes are left to the decoder, however damaged', () => {
    const damaged = (length: number): Uint8Array => Uint8Array.from({ length }, (_, i) => (i % 2 === 0 ? 0x01 : 0xff));
    expect(isUndecodable(damaged(256))).toBe(true);
    const short = decode(damaged(255));
    expect(short).toMatchObject({ binary: false, encoding: 'gb18030' });
    expect(short.diagnostics).toHaveLength(100 + 1); // 127 U+FFFD: 100 listed and a summary
  });

  // GBK text (啊, no character lost) with control bytes among it, each followed by an `a`: 300 bytes, 2 % is 6.
  const withControls = (control: number, count: number): Uint8Array => {
    const bytes = repeat(HAN, 150);
    for (let i = 0; i < count; i++) bytes.set([control, 0x61], 50 * i);
    return bytes;
  };

  it('2 % control bytes make no text, fewer are text', () => {
    expect(isUndecodable(withControls(0x01, 6))).toBe(true);
    expect(isUndecodable(withControls(0x01, 5))).toBe(false);
  });

  it('counts C0 controls and DEL, not tab, line breaks, form feed, escape or the DOS end-of-file mark', () => {
    for (const control of [0x01, 0x08, 0x0e, 0x19, 0x1c, 0x1f, 0x7f]) expect(isUndecodable(withControls(control, 6)), `0x${control.toString(16)}`).toBe(true);
    for (const control of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b, 0x20, 0x7e]) expect(isUndecodable(withControls(control, 6)), `0x${control.toString(16)}`).toBe(false);
  });
});
