// GB18030 and Big5, decoded with lookup tables filled from iconv-lite
// (dbcs-tables.ts): iconv-lite's mapping, and what it does with invalid bytes,
// at two and a half times the speed of its decoder. Knowing where each
// sequence starts, we report the exact bytes of each U+FFFD as we go. A
// sequence cut off by the end of a chunk (at most 3 bytes) is kept and
// completed by the next one.
//
// We take iconv-lite's mappings as they are, with one known quirk: GB18030
// 84 31 A5 30 – 8F 39 FE 39 are unassigned by the standard, but iconv-lite
// maps them on past U+FFFF, so they decode to characters without a warning.
// Where we differ from iconv-lite: a four-byte sequence past U+10FFFF (E3 32
// 9A 36 and up), which it turns into two lone surrogates, is one U+FFFD here.

import { concatBytes, type BodyDecoder, type InvalidRuns } from './body.js';
import {
  dbcsTables,
  decodeFourBytes,
  FIRST_LEAD,
  FOUR_BYTES,
  INVALID_LEAD,
  isDigit,
  LAST_LEAD,
  LEAD,
  pairIndex,
  TWO_CHARACTERS,
  type DbcsEncoding,
  type DbcsTables,
} from './dbcs-tables.js';

export type { DbcsEncoding } from './dbcs-tables.js';

const REPLACEMENT = 0xfffd;
const NO_BYTES = new Uint8Array(0);

export class DbcsDecoder implements BodyDecoder {
  private readonly tables: DbcsTables;
  /** The start of a sequence cut off by the end of the last chunk, and where it is in the input. */
  private carry = NO_BYTES;
  private carryOffset = 0;

  /** `tables`: the process's (dbcsTables()), or a set built afresh (buildDbcsTables()). */
  constructor(encoding: DbcsEncoding, tables: DbcsTables = dbcsTables(encoding)) {
    this.tables = tables;
  }

  write(chunk: Uint8Array, byteOffset: number, invalid: InvalidRuns): string {
    // A plain Uint8Array, never a Buffer: one shape keeps the loop fast, and slice() copies.
    const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.carry.length === 0) return this.decode(bytes, byteOffset, false, invalid, '');
    // The carried bytes and the chunk's first three complete any sequence
    // that starts in the carry, without copying the chunk.
    const head = this.decode(concatBytes([this.carry, bytes.subarray(0, 3)]), this.carryOffset, false, invalid, '');
    const resume = this.carryOffset - byteOffset;
    if (resume < 0) return head; // a chunk of one or two bytes, carried on with the rest
    return this.decode(bytes.subarray(resume), byteOffset + resume, false, invalid, head);
  }

  end(invalid: InvalidRuns): string {
    return this.decode(this.carry, this.carryOffset, true, invalid, '');
  }

  /**
   * Returns `text` followed by `bytes` decoded: all of them when `final`,
   * else up to a sequence cut off by their end, which is carried.
   */
  private decode(bytes: Uint8Array, byteOffset: number, final: boolean, invalid: InvalidRuns, text: string): string {
    const { single, pairs, twoCharacters } = this.tables;
    const units = scratchUnits();
    const end = bytes.length;
    let n = 0; // units not yet in `text`
    let i = 0;
    while (i < end) {
      // The fast loop, most of the text: bytes and pairs that are one UTF-16
      // unit each, while there is a next byte and room for their units. Lead
      // bytes and pair indexes are written out here: with calls to isLead()
      // and pairIndex(), or with module constants, V8 takes a fifth longer.
      const stop = Math.min(end - 1, i + units.length - 2 - n);
      while (i < stop) {
        const byte = bytes[i]!;
        let unit: number;
        if (byte >= 0x81 && byte <= 0xfe) {
          unit = pairs[((byte - 0x81) << 8) | bytes[i + 1]!]!;
          if (unit >= 0 && unit <= 0xffff) {
            units[n++] = unit;
            i += 2;
            continue;
          }
          break;
        }
        unit = single[byte]!;
        if (unit >= 0 && unit <= 0xffff) {
          units[n++] = unit;
          i++;
          continue;
        }
        break;
      }
      if (n > units.length - 2) {
        text += unitsToString(n);
        n = 0;
      }
      if (i === end) break;
      // One sequence the fast loop leaves, the same way: a lead byte starts a
      // pair or, in GB18030 with a digit second, four bytes; cut off by the
      // end of a chunk, they wait for the next one.
      const byte = bytes[i]!;
      let decoded = single[byte]!;
      let length = 1;
      if (decoded === LEAD) {
        if (i + 1 < end) {
          decoded = pairs[pairIndex(byte, bytes[i + 1]!)]!;
          length = 2;
        } else if (final) decoded = INVALID_LEAD;
        else break;
        if (decoded === FOUR_BYTES) {
          if (i + 3 < end) {
            const isWellFormed = isLead(bytes[i + 2]!) && isDigit(bytes[i + 3]!);
            decoded = isWellFormed ? decodeFourBytes(this.tables, bytes, i) : INVALID_LEAD;
            length = 4;
          } else if (final) decoded = INVALID_LEAD;
          else break;
        }
      }
      if (decoded >= 0) {
        if (decoded <= 0xffff) {
          units[n++] = decoded;
        } else {
          units[n++] = 0xd7c0 + (decoded >> 10);
          units[n++] = 0xdc00 | (decoded & 0x3ff);
        }
      } else if (decoded <= TWO_CHARACTERS) {
        const at = 2 * (TWO_CHARACTERS - decoded);
        units[n++] = twoCharacters[at]!;
        units[n++] = twoCharacters[at + 1]!;
      } else {
        if (decoded === INVALID_LEAD) length = 1; // the next byte is read again
        invalid.add(bytes, i, i + length, byteOffset + i, text.length + n);
        units[n++] = REPLACEMENT;
      }
      i += length;
    }
    this.carry = bytes.slice(i);
    this.carryOffset = byteOffset + i;
    return text + unitsToString(n);
  }
}

function isLead(byte: number): boolean {
  return byte >= FIRST_LEAD && byte <= LAST_LEAD;
}

// One buffer for every decoder: decode() empties it before it returns.
const SCRATCH_UNITS = 1 << 15;
let scratch: { units: Uint16Array; bytes: Buffer } | null = null;
/** Uint16Array holds native byte order; Buffer's utf16le reads little-endian. */
const IS_BIG_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 0;

function scratchUnits(): Uint16Array {
  if (scratch === null) {
    const units = new Uint16Array(SCRATCH_UNITS);
    scratch = { units, bytes: Buffer.from(units.buffer) };
  }
  return scratch.units;
}

/** The first `n` scratch units as a string: Buffer's utf16le copies them as they are, ~5× faster than TextDecoder. */
function unitsToString(n: number): string {
  const bytes = scratch!.bytes.subarray(0, 2 * n);
  if (IS_BIG_ENDIAN) bytes.swap16();
  return bytes.toString('utf16le');
}
