// The decoder's laws: any bytes decode without throwing, in any encoding;
// each decode-invalid diagnostic sits on a U+FFFD at its line and column;
// and bytes split anywhere (inside a character, a surrogate pair, a CRLF)
// decode exactly as the whole.

import fc from 'fast-check';
import { expect } from 'vitest';
import { decode } from '../../src/decode/index.js';
import type { Decoded } from '../../src/model.js';
import { decodeInChunks, naivePoints } from '../decode/helpers.js';
import { anyBytes, cutsOf, ENCODINGS } from './arbitraries.js';
import { law, type Law } from './law.js';

/**
 * What must hold of any result: decode-invalid diagnostics sit on the U+FFFD
 * that replaced their bytes (or on the U+0000 of a NUL byte kept as text), at
 * the right line and column.
 */
export function expectWellPlaced(decoded: Decoded): void {
  const found = decoded.diagnostics.filter((d) => d.ruleId === 'decode-invalid');
  for (const d of found) expect(decoded.text[d.place.start.offset]).toBe(d.actual === 'NUL' ? '\0' : '\uFFFD');
  const starts = found.map((d) => d.place.start);
  expect(starts).toEqual(naivePoints(decoded.text, starts.map((start) => start.offset)));
}

export const DECODE_LAWS: readonly Law[] = [
  law('decode never throws on any bytes in any encoding, and places each decode-invalid on its U+FFFD', 300, () =>
    fc.property(anyBytes, fc.constantFrom(...ENCODINGS), (bytes, encoding) => {
      const decoded = decode(bytes, { encoding });
      expectWellPlaced(decoded);
      if (decoded.binary) expect(decoded.diagnostics.map((d) => d.ruleId)).toEqual(['binary']);
    }),
  ),

  law('bytes decoded in chunks cut anywhere give the text and diagnostics of the whole', 300, () =>
    fc.property(
      anyBytes.chain((bytes) => fc.tuple(fc.constant(bytes), cutsOf(bytes.length), fc.constantFrom(...ENCODINGS))),
      ([bytes, cuts, encoding]) => {
        expect(decodeInChunks(bytes, cuts, { encoding })).toEqual(decode(bytes, { encoding }));
      },
    ),
  ),
];
