import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import { measureUtf8Fit } from '../../src/decode/sniff.js';

const sample = readFileSync(join(import.meta.dirname, '../../fixtures/community-news.txt'));

describe('UTF-8 with a few stray bytes stays UTF-8', () => {
  it('one stray byte in the middle: U+FFFD and one warning at its byte offset, the rest intact', () => {
    const at = 5000;
    const bytes = Buffer.concat([sample.subarray(0, at), Buffer.from([0xff]), sample.subarray(at)]);
    const decoded = decode(bytes);
    expect([decoded.encoding, decoded.detectedBy]).toEqual(['utf-8', 'guess']);
    expect(decoded.diagnostics.map((d) => [d.ruleId, d.byteOffset])).toEqual([['decode-invalid', at]]);
    expect(decoded.text.replace('\ufffd', '')).toBe(sample.toString('utf8'));
  });

  it('a UTF-8 sequence cut short (E6 9C without its last byte) is one stray sequence', () => {
    const bytes = Buffer.concat([sample.subarray(0, 300), Buffer.from([0xe6, 0x9c]), sample.subarray(300)]);
    expect(decode(bytes).encoding).toBe('utf-8');
  });

  it('GBK text is not mistaken for UTF-8 with stray bytes, line by line', () => {
    const lines = sample.toString('utf8').split('\n').filter((line) => /[\u4e00-\u9fff]{4}/.test(line));
    for (const line of lines) {
      expect(decode(iconv.encode(line, 'gbk')).encoding, line.slice(0, 12)).toBe('gb18030');
    }
  });

  it('measureUtf8Fit counts every sequence of valid UTF-8 as valid and nothing as invalid', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const fit = measureUtf8Fit(Buffer.from(text, 'utf8'));
        expect(fit.invalid).toBe(0);
        expect(fit.valid).toBe([...text].filter((char) => char.codePointAt(0)! >= 0x80).length);
      }),
    );
  });
});
