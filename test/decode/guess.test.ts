// scorePlausibility counts by a table of code units; here it is held to the
// definition it replaced, written plainly: by code point, with a Set.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_CHARACTERS, scorePlausibility } from '../../src/decode/guess.js';

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
