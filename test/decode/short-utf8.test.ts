// Issue 14, defect 11: a short UTF-8 file with one bad byte was decoded as
// GB18030, because the ratio of valid to invalid sequences that forgives a
// stray byte (50 to 1) is out of reach of a 100–300 byte brief. Now the two
// readings are compared when the ratio is undecided.

import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import { readFixture } from './helpers.js';

const sample = readFixture('community-news.txt').toString('utf8');
const traditional = readFixture('decode/traditional.txt').toString('utf8');
const chars = [...sample];

/** A stretch of the sample whose UTF-8 is `min`–`max` bytes long, from character `start` on. */
function stretch(start: number, min: number, max: number, text: readonly string[] = chars): string {
  let out = '';
  let bytes = 0;
  for (let i = start % text.length; bytes < max; i = (i + 1) % text.length) {
    const size = Buffer.byteLength(text[i]!, 'utf8');
    if (bytes + size > max && bytes >= min) break;
    out += text[i];
    bytes += size;
  }
  return out;
}

const brief = fc.record({
  start: fc.nat(chars.length - 1),
  length: fc.integer({ min: 100, max: 300 }),
  stray: fc.integer({ min: 0x80, max: 0xff }),
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
});

describe('a short UTF-8 file with one stray byte', () => {
  it('the reported case: a 120-byte brief with 0xFF in the middle stays UTF-8, one warning, no mojibake', () => {
    const text = stretch(sample.indexOf('苏村社区'), 120, 120);
    const bytes = Buffer.from(text, 'utf8');
    const at = Buffer.byteLength(text.slice(0, 30), 'utf8');
    const decoded = decode(Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    expect([decoded.encoding, decoded.detectedBy]).toEqual(['utf-8', 'guess']);
    expect(decoded.text).toBe(`${text.slice(0, 30)}\ufffd${text.slice(30)}`);
    expect(decoded.diagnostics.map((d) => [d.ruleId, d.byteOffset])).toEqual([['decode-invalid', at]]);
  });

  it('any 100–300 byte stretch of a brief, with any byte 0x80–0xFF put anywhere, stays UTF-8', () => {
    fc.assert(
      fc.property(brief, ({ start, length, stray, at }) => {
        const bytes = Buffer.from(stretch(start, length - 3, length), 'utf8');
        const cut = Math.floor(at * (bytes.length + 1));
        const decoded = decode(Buffer.concat([bytes.subarray(0, cut), Buffer.from([stray]), bytes.subarray(cut)]));
        expect(decoded.encoding).toBe('utf-8');
        // One stray byte spoils at most the sequence it lands in.
        expect(decoded.diagnostics.length).toBeLessThanOrEqual(4);
      }),
      { numRuns: 1000 },
    );
  });

  it('the same stretches in GBK still decode as GB18030, exactly', () => {
    fc.assert(
      fc.property(brief, ({ start, length }) => {
        const text = stretch(start, length - 3, length);
        const decoded = decode(iconv.encode(text, 'gbk'));
        if (/[^\x00-\x7f]/.test(text)) expect(decoded.encoding).toBe('gb18030');
        expect(decoded.text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('short stretches of traditional text in Big5 are not taken for UTF-8', () => {
    const tradChars = [...traditional];
    fc.assert(
      fc.property(brief, ({ start, length }) => {
        const text = stretch(start, length - 3, length, tradChars);
        if (/[^\x00-\x7f]/.test(text)) expect(decode(iconv.encode(text, 'big5')).encoding).not.toBe('utf-8');
      }),
      { numRuns: 300 },
    );
  });
});
