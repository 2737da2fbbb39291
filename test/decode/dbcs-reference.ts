// The decoder that src/decode/dbcs.ts had before its lookup tables, kept as
// the reference the table-driven decoder must agree with, byte for byte
// (dbcs-table.test.ts).
//
// GB18030 and Big5 through iconv-lite's streaming decoder. iconv-lite only
// substitutes U+FFFD and never says which bytes it skipped, so when its output
// holds a U+FFFD or a surrogate we walk that region again with `walkDbcs`, a
// replica of iconv-lite's byte trie that asks iconv-lite about one sequence at
// a time and so knows where each character starts. That gives exact byte
// offsets.
//
// The walk can only start where iconv-lite holds no bytes back, so we feed
// iconv-lite up to the last byte after which its state is empty (see
// `isBoundary`) and keep the rest for the next write: text after the last such
// byte of a chunk is emitted one write later, and a chunk without one is held.
//
// We take iconv-lite's mappings as they are, with one known quirk: GB18030
// 84 31 A5 30 – 8F 39 FE 39 are unassigned by the standard, but iconv-lite
// maps them on past U+FFFF, so they decode to characters without a warning.

import type iconv from 'iconv-lite';
import { concatBytes, type BodyDecoder, type InvalidRuns } from '../../src/decode/body.js';
import type { DbcsEncoding } from '../../src/decode/dbcs-tables.js';
import { iconvLite } from '../../src/decode/iconv.js';

const REPLACEMENT = '\uFFFD';
/** In iconv-lite's output: a replacement, or a surrogate (which may be a broken GB18030 sequence). */
const NEEDS_WALK = /[\uD800-\uDFFF\uFFFD]/;

export class IconvDbcsDecoder implements BodyDecoder {
  private readonly decoder: iconv.DecoderStream;
  private pending: Uint8Array[] = [];
  private pendingOffset = 0;

  constructor(private readonly encoding: DbcsEncoding) {
    this.decoder = iconvLite().getDecoder(encoding);
  }

  write(chunk: Uint8Array, byteOffset: number, invalid: InvalidRuns): string {
    if (this.pending.length === 0) this.pendingOffset = byteOffset;
    let cut = chunk.length;
    while (cut > 0 && !isBoundary(this.encoding, chunk[cut - 1] ?? 0)) cut--;
    if (cut === 0) {
      this.pending.push(chunk.slice());
      return '';
    }
    const region = concatBytes([...this.pending, chunk.subarray(0, cut)]);
    const regionOffset = this.pendingOffset;
    this.pending = cut < chunk.length ? [chunk.slice(cut)] : [];
    this.pendingOffset = byteOffset + cut;
    const text = this.decoder.write(toBuffer(region));
    return NEEDS_WALK.test(text) ? walkDbcs(this.encoding, region, regionOffset, text, invalid) : text;
  }

  end(invalid: InvalidRuns): string {
    const region = concatBytes(this.pending);
    this.pending = [];
    const text = this.decoder.write(toBuffer(region)) + (this.decoder.end() ?? '');
    return NEEDS_WALK.test(text) ? walkDbcs(this.encoding, region, this.pendingOffset, text, invalid) : text;
  }
}

/**
 * After this byte iconv-lite holds nothing back, whatever came before: an
 * ASCII byte ends the character it trails (A4 41 = 乙) or is one (41 = A), and
 * when the pair is unknown iconv-lite re-reads it alone. Except, in GB18030,
 * a digit: it is the 2nd or 4th byte of a four-byte sequence (81 30 81 30).
 */
function isBoundary(encoding: DbcsEncoding, byte: number): boolean {
  return byte < 0x80 && (encoding === 'big5' || byte < 0x30 || byte > 0x39);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

// What a sequence decodes to, as iconv-lite does it: a count of UTF-16 units, or a reason it fails.
const UNKNOWN = 0;
const INVALID_LEAD = -1; // iconv-lite replaces the first byte and reads on from the second
const INVALID_WHOLE = -4; // a GB18030 four-byte sequence past U+10FFFF: iconv-lite makes two lone surrogates

/**
 * Finds what iconv-lite replaced in `bytes` (a region that starts and ends
 * between characters), given its output `decoded`, and returns that output
 * with one change: a GB18030 four-byte sequence past U+10FFFF (E3 32 9A 36
 * and up), which iconv-lite turns into two lone surrogates, becomes one U+FFFD.
 */
function walkDbcs(
  encoding: DbcsEncoding,
  bytes: Uint8Array,
  byteOffset: number,
  decoded: string,
  invalid: InvalidRuns,
): string {
  let units = 0; // length of the output so far
  let shift = 0; // sequences past U+10FFFF so far: each is 2 units in `decoded`, 1 in the output
  let text = ''; // the output up to `decoded[copied]`, once there is a change
  let copied = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      i++;
      units++;
      continue;
    }
    const length = sequenceLength(encoding, bytes, i);
    const result = length === 0 ? INVALID_LEAD : measure(encoding, bytes, i, length);
    if (result === INVALID_WHOLE) {
      invalid.add(bytes, i, i + 4, byteOffset + i, units);
      text += decoded.slice(copied, units + shift) + REPLACEMENT;
      copied = units + shift + 2;
      shift++;
      units++;
      i += 4;
    } else if (result === INVALID_LEAD) {
      invalid.add(bytes, i, i + 1, byteOffset + i, units);
      units++;
      i++;
    } else {
      // Includes a genuine U+FFFD (GB18030 84 31 A4 37), kept like EF BF BD in UTF-8.
      units += result;
      i += length;
    }
  }
  return shift === 0 ? decoded : text + decoded.slice(copied);
}

/**
 * How many bytes the character at `i` (a byte ≥ 0x80) takes if it is well
 * formed (1, 2 or 4), or 0 when its shape alone shows it is not, or it is cut
 * off by the end. Lead bytes are 81–FE in both encodings; in GB18030 a digit
 * after the lead announces four bytes: lead, digit, 81–FE, digit (81 30 81 30 = U+0080).
 */
function sequenceLength(encoding: DbcsEncoding, bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x81 || lead > 0xfe) return 1;
  const second = bytes[i + 1];
  if (second === undefined) return 0;
  if (encoding === 'big5' || !isDigit(second)) return 2;
  const [third, fourth] = [bytes[i + 2], bytes[i + 3]];
  if (third === undefined || third < 0x81 || third > 0xfe) return 0;
  if (fourth === undefined || !isDigit(fourth)) return 0;
  return 4;
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

// One- and two-byte results, filled as they are asked for: 64 KiB per encoding.
const measured = new Map<DbcsEncoding, Int8Array>();

/** Measures the sequence bytes[i, i + length). */
function measure(encoding: DbcsEncoding, bytes: Uint8Array, i: number, length: number): number {
  if (length === 4) return lookUp(encoding, bytes, i, length);
  let table = measured.get(encoding);
  if (table === undefined) measured.set(encoding, (table = new Int8Array(0x10000)));
  const key = length === 1 ? (bytes[i] ?? 0) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  const known = table[key] ?? UNKNOWN;
  return known !== UNKNOWN ? known : (table[key] = lookUp(encoding, bytes, i, length));
}

function lookUp(encoding: DbcsEncoding, bytes: Uint8Array, i: number, length: number): number {
  return classify(length, iconvLite().decode(toBuffer(bytes.subarray(i, i + length)), encoding));
}

/**
 * Reads iconv-lite's output for one sequence on its own. An unknown sequence
 * comes back as U+FFFD followed by its re-read trail bytes (at least two
 * units), a lone unknown byte as U+FFFD alone; only a four-byte sequence can
 * be a genuine U+FFFD.
 */
function classify(length: number, text: string): number {
  if (text.startsWith(REPLACEMENT) && (length === 1 || text.length > 1)) return INVALID_LEAD;
  if (length === 4 && !isOneCodePoint(text)) return INVALID_WHOLE;
  return text.length;
}

function isOneCodePoint(text: string): boolean {
  const first = text.charCodeAt(0);
  if (text.length === 1) return first < 0xd800 || first > 0xdfff;
  const second = text.charCodeAt(1);
  return text.length === 2 && first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff;
}
