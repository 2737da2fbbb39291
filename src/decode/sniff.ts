// Deciding the encoding from the first bytes of the input.

import type { DetectedBy } from '../model.js';
import { findBom, type Encoding } from './encodings.js';
import { guessDbcsEncoding } from './guess.js';
import { pendingStart } from './utf8.js';

/**
 * The decision is made on the first 64 KiB (or on all of the input when it is
 * shorter). A file that is valid UTF-8 in its first 64 KiB and invalid later
 * stays UTF-8: the later bytes become U+FFFD with `decode-invalid` warnings.
 */
export const SNIFF_WINDOW = 64 * 1024;

/** NUL bytes in this many first bytes mean binary data. */
export const BINARY_WINDOW = 8 * 1024;

export interface Decision {
  encoding: Encoding;
  detectedBy: DetectedBy;
  /** Length of the byte-order mark to skip (0 when none). */
  bomLength: number;
  /** Offset of the first NUL byte when the input is binary, else null. */
  nulOffset: number | null;
  /** For valid UTF-8: the window already decoded, up to byte `end`, so it is decoded only once. */
  prefix?: { text: string; end: number };
}

/**
 * Detection order: forced encoding; byte-order mark; NUL bytes (binary; never
 * for UTF-16, where NULs are normal); valid UTF-8; UTF-8 with at most 2 % stray
 * sequences (guess); else GB18030 or Big5 by plausibility. UTF-16 without a BOM is not detected: its NULs make it binary.
 * `complete` says the window holds the whole input.
 */
export function decideEncoding(window: Uint8Array, complete: boolean, forced: Encoding | null): Decision {
  const bom = findBom(window);
  if (forced !== null) {
    const bomLength = bom?.encoding === forced ? bom.bytes.length : 0;
    return { encoding: forced, detectedBy: 'forced', bomLength, nulOffset: findBinary(window, forced) };
  }
  if (bom !== null) {
    const nulOffset = findBinary(window, bom.encoding);
    return { encoding: bom.encoding, detectedBy: 'bom', bomLength: bom.bytes.length, nulOffset };
  }
  const nulOffset = findBinary(window, null);
  if (nulOffset !== null) return { encoding: 'utf-8', detectedBy: 'guess', bomLength: 0, nulOffset };
  const end = complete ? window.length : pendingStart(window);
  const text = decodeStrictUtf8(window.subarray(0, end));
  if (text !== null) {
    return { encoding: 'utf-8', detectedBy: 'valid-utf8', bomLength: 0, nulOffset: null, prefix: { text, end } };
  }
  // A UTF-8 file with a stray byte or two is still UTF-8: GBK and Big5 text
  // almost never forms valid UTF-8 sequences, UTF-8 text almost always does.
  const fit = measureUtf8Fit(window.subarray(0, end));
  if (fit.valid >= MIN_UTF8_SEQUENCES && fit.invalid * MAX_INVALID_SHARE <= fit.valid) {
    return { encoding: 'utf-8', detectedBy: 'guess', bomLength: 0, nulOffset: null };
  }
  return { encoding: guessDbcsEncoding(window), detectedBy: 'guess', bomLength: 0, nulOffset: null };
}

/** Valid multi-byte sequences needed before stray bytes are forgiven. */
const MIN_UTF8_SEQUENCES = 4;
/** At most one ill-formed sequence per this many valid ones (2 %). */
const MAX_INVALID_SHARE = 50;

/** How many multi-byte UTF-8 sequences in `bytes` are well formed, and how many are not. */
export function measureUtf8Fit(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Length of the well-formed UTF-8 sequence at `at` (Unicode Table 3-7), or 0. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  const continuation = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[at + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return continuation(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

function findBinary(window: Uint8Array, encoding: Encoding | null): number | null {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  const at = window.subarray(0, BINARY_WINDOW).indexOf(0);
  return at < 0 ? null : at;
}

/** The bytes as text when they are valid UTF-8, else null. */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
