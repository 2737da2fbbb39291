// UTF-8 through the WHATWG TextDecoder. A fatal decoder tries first; only
// when it throws does the lenient one decode and our own validator find the
// replaced bytes, so valid text is decoded once and a genuine U+FFFD in the
// input (EF BF BD) is never reported. A fatal decoder that throws loses its
// stream state, so instead of `stream: true` we keep the bytes of a sequence
// cut by the chunk's end ourselves and decode only whole sequences.

import { concatBytes, type BodyDecoder, type InvalidRuns } from './body.js';

const NO_BYTES = new Uint8Array(0);

export class Utf8Decoder implements BodyDecoder {
  private readonly strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  /** The bytes of an unfinished sequence at the end of the last chunk, and where they start. */
  private carry: Uint8Array = NO_BYTES;
  private carryOffset = 0;

  write(chunk: Uint8Array, byteOffset: number, invalid: InvalidRuns): string {
    const bytes = this.carry.length > 0 ? concatBytes([this.carry, chunk]) : chunk;
    const start = this.carry.length > 0 ? this.carryOffset : byteOffset;
    const tail = pendingStart(bytes);
    // A copy (Buffer#slice is a view): the caller may reuse its buffer for the next chunk.
    this.carry = new Uint8Array(bytes.subarray(tail));
    this.carryOffset = start + tail;
    return this.decodeWhole(bytes.subarray(0, tail), start, invalid);
  }

  end(invalid: InvalidRuns): string {
    const text = this.decodeWhole(this.carry, this.carryOffset, invalid);
    this.carry = NO_BYTES;
    return text;
  }

  /** Decodes bytes that end between sequences (or at the end of the input). */
  private decodeWhole(bytes: Uint8Array, byteOffset: number, invalid: InvalidRuns): string {
    try {
      return this.strict.decode(bytes);
    } catch {
      findInvalidUtf8(bytes, byteOffset, invalid);
      return this.lenient.decode(bytes);
    }
  }
}

/**
 * Where the unfinished sequence at the end of `bytes` starts (bytes.length when
 * none): a lead byte in the last four bytes followed only by continuation
 * bytes that fit it, fewer than it needs. E.g. `… E2 82` → the index of E2.
 */
export function pendingStart(bytes: Uint8Array): number {
  const n = bytes.length;
  // Back over at most three continuation bytes: a lead byte further back, or none (before the start, `?? 0`), has
  // all the bytes it needs or is no lead, and either way nothing is pending.
  let lead = n - 1;
  while (lead > n - 4 && isContinuation(bytes[lead] ?? 0)) lead--;
  const shape = leadShape(bytes[lead] ?? 0);
  if (shape === null || n - 1 - lead >= shape.need) return n;
  // The bytes after the lead are continuation bytes; only the first has a range of its own (E0, ED, F0, F4).
  const first = bytes[lead + 1];
  return first === undefined || (first >= shape.lower && first <= shape.upper) ? lead : n;
}

/**
 * Reports every ill-formed sequence in `bytes` the way the WHATWG UTF-8
 * decoder replaces them: one U+FFFD per maximal subpart, and the byte that
 * breaks a sequence starts the next one. A sequence still open at the end is
 * ill-formed (callers cut before a lead byte or at the end of the input).
 * Returns the length of the decoded text in UTF-16 units.
 */
export function findInvalidUtf8(bytes: Uint8Array, byteOffset: number, invalid: InvalidRuns): number {
  const end = bytes.length;
  let units = 0;
  let i = 0;
  while (i < end) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      i++;
      units++;
      continue;
    }
    const shape = leadShape(byte);
    let j = i + 1;
    let seen = 0;
    if (shape !== null) {
      let [lower, upper] = [shape.lower, shape.upper];
      while (seen < shape.need && j < end) {
        const next = bytes[j] ?? 0;
        if (next < lower || next > upper) break;
        [lower, upper] = [0x80, 0xbf];
        j++;
        seen++;
      }
      if (seen === shape.need) {
        units += shape.need === 3 ? 2 : 1;
        i = j;
        continue;
      }
    }
    invalid.add(bytes, i, j, byteOffset + i, units);
    units++;
    i = j;
  }
  return units;
}

interface LeadShape {
  /** Continuation bytes the lead byte needs. */
  need: number;
  /** The range the first continuation byte must fall in (excludes overlongs and surrogates). */
  lower: number;
  upper: number;
}

function leadShape(byte: number): LeadShape | null {
  if (byte >= 0xc2 && byte <= 0xdf) return { need: 1, lower: 0x80, upper: 0xbf };
  if (byte >= 0xe0 && byte <= 0xef) {
    return { need: 2, lower: byte === 0xe0 ? 0xa0 : 0x80, upper: byte === 0xed ? 0x9f : 0xbf };
  }
  if (byte >= 0xf0 && byte <= 0xf4) {
    return { need: 3, lower: byte === 0xf0 ? 0x90 : 0x80, upper: byte === 0xf4 ? 0x8f : 0xbf };
  }
  return null;
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}
