// The UTF-8 body decoder (src/decode/utf8.ts): where a sequence cut by a chunk's end starts, and U+FEFF
// inside the text, which is a character there, not a byte-order mark to drop.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import { pendingStart } from '../../src/decode/utf8.js';
import { decodeInChunks } from './helpers.js';

const BOM = [0xef, 0xbb, 0xbf];

describe('U+FEFF after the byte-order mark', () => {
  it('is kept as a character, by the strict decoder and by the lenient one', () => {
    expect(decode(Uint8Array.from([...BOM, ...BOM, 0x61]))).toMatchObject({ text: '\uFEFFa', bom: true, diagnostics: [] });
    const damaged = decode(Uint8Array.from([...BOM, ...BOM, 0x61, 0xff]));
    expect(damaged).toMatchObject({ text: '\uFEFFa\uFFFD', bom: true });
    expect(damaged.diagnostics).toEqual([expect.objectContaining({ byteOffset: 7, actual: '0xFF' })]);
  });

  it('at the start of a later chunk too', () => {
    const bytes = Uint8Array.from([...BOM, 0x61, ...BOM, 0x62, ...BOM, 0xff]);
    for (const cuts of [[4], [4, 8], [5, 8]]) {
      expect(decodeInChunks(bytes, cuts, { encoding: 'utf-8' }, 3)).toMatchObject({ text: 'a\uFEFFb\uFEFF\uFFFD', bom: true });
    }
  });
});

describe('pendingStart', () => {
  /** The plain definition: the last one to three bytes, when they start a well-formed sequence and end before it does. */
  function plainPendingStart(bytes: Uint8Array): number {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const isOneCharacter = (sequence: number[]): boolean => {
      try {
        return [...strict.decode(Uint8Array.from(sequence))].length === 1;
      } catch {
        return false;
      }
    };
    for (let k = 1; k <= 3 && k <= bytes.length; k++) {
      const tail = [...bytes.subarray(bytes.length - k)];
      // The first continuation byte is the only one with a range of its own (E0, ED, F0, F4): try each edge.
      const seconds = k === 1 ? [0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf] : [tail[1]!];
      for (const length of [2, 3, 4]) {
        if (length <= k) continue;
        for (const second of seconds) {
          const completed = [tail[0]!, second, ...tail.slice(2)];
          while (completed.length < length) completed.push(0x80);
          if (isOneCharacter(completed)) return bytes.length - k;
        }
      }
    }
    return bytes.length;
  }

  const EDGES = [0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf3, 0xf4, 0xf5, 0xff];

  it('finds the start of the unfinished sequence at the end, as the plain definition does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...EDGES), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (values) => {
        const bytes = Uint8Array.from(values);
        expect(pendingStart(bytes)).toBe(plainPendingStart(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('examples', () => {
    expect(pendingStart(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(pendingStart(Uint8Array.from([0x61, 0xf0, 0x9f, 0x98]))).toBe(1);
    expect(pendingStart(Uint8Array.from([0xf0]))).toBe(0);
    expect(pendingStart(Uint8Array.from([0x61, 0xe2, 0x82, 0xac]))).toBe(4); // €, whole
    expect(pendingStart(Uint8Array.from([0xe0, 0x9f]))).toBe(2); // E0 takes A0–BF next: no sequence
    expect(pendingStart(Uint8Array.from([0xf4, 0x90]))).toBe(2); // past U+10FFFF
    expect(pendingStart(Uint8Array.from([0x80, 0x80, 0x80, 0x80]))).toBe(4);
    expect(pendingStart(new Uint8Array(0))).toBe(0);
    // Four-byte sequences cut after two or three bytes: the second byte has the lead's range, the third any.
    expect(pendingStart(Uint8Array.from([0x61, 0xf0, 0x90, 0x80]))).toBe(1);
    expect(pendingStart(Uint8Array.from([0x61, 0xf4, 0x8f, 0xbf]))).toBe(1);
    expect(pendingStart(Uint8Array.from([0x61, 0xf0, 0x90, 0x41]))).toBe(4);
    expect(pendingStart(Uint8Array.from([0xf0, 0x90, 0xc0]))).toBe(3);
  });
});
