// scorePlausibility counts by a table of code units; here it is held to the
// definition it replaced, written plainly: by code point, with a Set. Then the
// choice between GB18030 and Big5 at its limits.

import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { COMMON_CHARACTERS, guessDbcsEncoding, scorePlausibility } from '../../src/decode/guess.js';
import { decode } from '../../src/decode/index.js';

function plainScore(text: string): { common: number; suspicious: number } {
  let counted = 0;
  let suspicious = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (COMMON_CHARACTERS.has(char)) counted++;
    else if (code === 0xfffd || (code >= 0x80 && code <= 0x9f) || (code >= 0xe000 && code <= 0xf8ff)) suspicious++;
  }
  return { common: counted, suspicious };
}

describe('scorePlausibility', () => {
  // Common characters, suspicious ones at both ends of each range, and neither.
  const pieces = fc.constantFrom(...'的社区動態，。“”', '\u0080', '\u009f', '\u00a0', '\ue000', '\uf8ff', '\uf900', '\ufffd', '跋', 'A', '😀', '\ud800', '\udc00');

  it('counts frequent characters and signs of a wrong encoding as the plain definition does', () => {
    expect(scorePlausibility([...COMMON_CHARACTERS].join(''))).toEqual({ common: COMMON_CHARACTERS.size, suspicious: 0 });
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(scorePlausibility(text)).toEqual(plainScore(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('GB18030 or Big5: Big5 must score at least 2 and more than twice GB18030', () => {
  // 是 in Big5 (AC 4F) reads as 琌 in GB18030, and 的 in GBK (B5 C4) as 腔 in Big5: a common character in one
  // reading, a rare one (neither common nor suspicious) in the other. Each pair is followed by a space, so that no
  // two pairs form a UTF-8 sequence.
  const BIG5_COMMON = [0xac, 0x4f];
  const GBK_COMMON = [0xb5, 0xc4];
  const window = (big5Common: number, gbkCommon: number): Uint8Array =>
    Uint8Array.from([...Array(big5Common).fill([...BIG5_COMMON, 0x20]), ...Array(gbkCommon).fill([...GBK_COMMON, 0x20])].flat());

  it('the pairs read as said', () => {
    expect([iconv.decode(Buffer.from(BIG5_COMMON), 'big5'), iconv.decode(Buffer.from(BIG5_COMMON), 'gb18030')]).toEqual(['是', '琌']);
    expect([iconv.decode(Buffer.from(GBK_COMMON), 'gb18030'), iconv.decode(Buffer.from(GBK_COMMON), 'big5')]).toEqual(['的', '腔']);
    expect(scorePlausibility('琌腔')).toEqual({ common: 0, suspicious: 0 });
  });

  it.each([
    [1, 0, 'gb18030'],
    [2, 0, 'big5'],
    [4, 2, 'gb18030'],
    [5, 2, 'big5'],
    [2, 1, 'gb18030'],
    [3, 1, 'big5'],
  ])('%i common characters in Big5, %i in GB18030 → %s', (big5Common, gbkCommon, expected) => {
    expect(guessDbcsEncoding(window(big5Common, gbkCommon))).toBe(expected);
    expect(decode(window(big5Common, gbkCommon))).toMatchObject({ encoding: expected, detectedBy: 'guess', diagnostics: [] });
  });
});
