// Lookup tables for GB18030 and Big5, filled by asking iconv-lite, so the
// mapping is iconv-lite's by construction, including its quirks (dbcs.ts).
// They are built on the first legacy file of a process: ~15–30 ms on the
// development machine, on top of iconv-lite loading its own.
//
// A sequence is classified as the earlier decoder classified iconv-lite's
// output for that sequence on its own: U+FFFD followed by re-read bytes means
// iconv-lite rejected the lead byte and reads on from the next one; a lone
// U+FFFD from a single byte is a rejected byte; a GB18030 four-byte sequence
// that is not one code point (past U+10FFFF: two lone surrogates) is replaced
// whole.

import { iconvLite } from './iconv.js';

export type DbcsEncoding = 'gb18030' | 'big5';

/**
 * What a sequence decodes to: a code point (two UTF-16 units past U+FFFF), or
 * one of these. Small integers, so that V8 keeps the decoding loop on int32s.
 */
export const INVALID_LEAD = -1; // U+FFFD for the first byte; read on from the second
export const INVALID_WHOLE = -2; // U+FFFD for the whole GB18030 four-byte sequence
export const LEAD = -3; // in `single`: the first byte of two or four
export const FOUR_BYTES = -3; // in `pairs`: GB18030 lead, digit starts four bytes (81 30 81 30)
/** This and below: a pair that is two characters (Big5 88 62 = Ê̄); the k-th is TWO_CHARACTERS - k, in `twoCharacters` at 2k. */
export const TWO_CHARACTERS = -4;

export const FIRST_LEAD = 0x81;
export const LAST_LEAD = 0xfe;

/** Four-byte GB18030 sequences below this pointer (84 31 A5 30) are in the BMP. */
const BMP_POINTERS = 39420;

export interface DbcsTables {
  /** Per byte. */
  single: Int32Array;
  /** Per `pairIndex(lead, trail)`. */
  pairs: Int32Array;
  /** The UTF-16 units of TWO_CHARACTERS pairs, two by two. */
  twoCharacters: number[];
  /** Per GB18030 four-byte pointer below 84 31 A5 30, built on the first one met. */
  bmpFourBytes: Int32Array | null;
}

export function pairIndex(lead: number, trail: number): number {
  return ((lead - FIRST_LEAD) << 8) | trail;
}

const built = new Map<DbcsEncoding, DbcsTables>();

export function dbcsTables(encoding: DbcsEncoding): DbcsTables {
  let tables = built.get(encoding);
  if (tables === undefined) built.set(encoding, (tables = buildDbcsTables(encoding)));
  return tables;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The tables built afresh, not the process's (dbcsTables() keeps one set per encoding). Tests that check the mapping
 * build their own, so that what they check is built while they run (docs/mutation.md, "A cache does the same").
 */
export function buildDbcsTables(encoding: DbcsEncoding): DbcsTables {
  // Every byte and every pair, each followed by a line break (see classifyEach).
  const singles = Buffer.alloc(2 * 256);
  for (let byte = 0; byte < 256; byte++) {
    singles[2 * byte] = byte;
    singles[2 * byte + 1] = byte === LF ? CR : LF;
  }
  const pairCount = (LAST_LEAD - FIRST_LEAD + 1) << 8;
  const twoBytes = Buffer.alloc(3 * pairCount);
  for (let index = 0; index < pairCount; index++) {
    const trail = index & 0xff;
    twoBytes[3 * index] = FIRST_LEAD + (index >> 8);
    twoBytes[3 * index + 1] = trail;
    twoBytes[3 * index + 2] = trail === LF ? CR : LF;
  }
  const twoCharacters: number[] = [];
  const single = classifyEach(encoding, singles, 1, twoCharacters).fill(LEAD, FIRST_LEAD, LAST_LEAD + 1);
  const pairs = classifyEach(encoding, twoBytes, 2, twoCharacters);
  if (encoding === 'gb18030') {
    for (let lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) pairs.fill(FOUR_BYTES, pairIndex(lead, 0x30), pairIndex(lead, 0x39) + 1);
  }
  return { single, pairs, twoCharacters, bmpFourBytes: null };
}

/** GB18030 lead, digit, 81–FE, digit. */
export function decodeFourBytes(tables: DbcsTables, bytes: Uint8Array, i: number): number {
  const pointer = (bytes[i]! - FIRST_LEAD) * 12600 + (bytes[i + 1]! - 0x30) * 1260 + (bytes[i + 2]! - FIRST_LEAD) * 10 + (bytes[i + 3]! - 0x30);
  if (pointer < BMP_POINTERS) {
    tables.bmpFourBytes ??= buildBmpFourBytes(tables);
    return tables.bmpFourBytes[pointer]!;
  }
  // Past the BMP: rare in Chinese text (CJK Extension B and up), asked one at a time.
  const text = iconvLite().decode(Buffer.from(bytes.subarray(i, i + 4)), 'gb18030');
  return classify(4, text.length, text.charCodeAt(0), text.charCodeAt(1), tables.twoCharacters);
}

function buildBmpFourBytes(tables: DbcsTables): Int32Array {
  const fourBytes = Buffer.alloc(5 * BMP_POINTERS, LF);
  for (let pointer = 0; pointer < BMP_POINTERS; pointer++) {
    fourBytes[5 * pointer] = FIRST_LEAD + Math.floor(pointer / 12600);
    fourBytes[5 * pointer + 1] = 0x30 + (Math.floor(pointer / 1260) % 10);
    fourBytes[5 * pointer + 2] = FIRST_LEAD + (Math.floor(pointer / 10) % 126);
    fourBytes[5 * pointer + 3] = 0x30 + (pointer % 10);
  }
  return classifyEach('gb18030', fourBytes, 4, tables.twoCharacters);
}

/**
 * Classifies what iconv-lite decodes each `length`-byte sequence of `input`
 * to on its own, from one call. Each sequence is followed by a line break: LF,
 * or CR after one that holds an LF. No lead byte takes a line break as its
 * trail, so iconv-lite ends or rejects the sequence there, and the break comes
 * out as itself after the sequence's one or two units.
 */
function classifyEach(encoding: DbcsEncoding, input: Buffer, length: number, twoCharacters: number[]): Int32Array {
  const stride = length + 1;
  const text = iconvLite().decode(input, encoding);
  const values = new Int32Array(input.length / stride);
  let start = 0;
  for (let k = 0; k < values.length; k++) {
    const lineBreak = input[k * stride + length];
    const second = text.charCodeAt(start + 1);
    const units = second === lineBreak ? 1 : 2;
    if (text.charCodeAt(start + units) !== lineBreak) {
      const sequence = input.subarray(k * stride, k * stride + length).toString('hex');
      throw new Error(`Cannot build the ${encoding} tables: iconv-lite decodes ${sequence} to more than two units`);
    }
    values[k] = classify(length, units, text.charCodeAt(start), second, twoCharacters);
    start += units + 1;
  }
  return values;
}

/** What iconv-lite's `units` (`first`, `second`, …) for a `length`-byte sequence mean. */
function classify(length: number, units: number, first: number, second: number, twoCharacters: number[]): number {
  if (first === 0xfffd && (length === 1 || units > 1)) return INVALID_LEAD;
  if (units === 1 && !(length === 4 && isSurrogate(first))) return first;
  if (units === 2 && first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff) {
    return 0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00);
  }
  if (length === 4) return INVALID_WHOLE; // not one code point: past U+10FFFF, iconv-lite makes two lone surrogates
  twoCharacters.push(first, second);
  return TWO_CHARACTERS - (twoCharacters.length / 2 - 1);
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

export function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}
