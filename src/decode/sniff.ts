// Deciding the encoding from the first bytes of the input.

import type { DetectedBy } from '../model.js';
import { findBom, type Encoding } from './encodings.js';
import { guessDbcsEncoding, guessUtf8OrDbcs, looksUndecodable } from './guess.js';
import { pendingStart } from './utf8.js';

/**
 * The decision is made on the first 64 KiB (or on all of the input when it is
 * shorter), or on the first 8 KiB when those settle it (EARLY_WINDOW). A file
 * that is valid UTF-8 in the window that decided it and invalid later
 * stays UTF-8: the later bytes become U+FFFD with `decode-invalid` warnings.
 */
export const SNIFF_WINDOW = 64 * 1024;

/** NUL bytes in this many first bytes mean binary data. */
export const BINARY_WINDOW = 8 * 1024;

/**
 * The decoder decides on the first 8 KiB (the binary test's window), before
 * the 64 KiB have come, when those already settle it: a forced encoding, a
 * byte-order mark, binary data, or valid UTF-8 with Chinese in it. So text
 * piped in slowly (`tail -f`, a script writing item by item) streams from the
 * first 8 KiB; GB18030 and Big5 still wait for 64 KiB or the end, to be guessed.
 */
export const EARLY_WINDOW = BINARY_WINDOW;

/**
 * Bytes of multi-byte UTF-8 beyond one per character (2 for each Han
 * character) that valid UTF-8 in the first 8 KiB needs to settle the encoding
 * there: 32 Han characters. Pure ASCII settles nothing, GBK could follow.
 */
const EARLY_UTF8_EVIDENCE = 64;

/**
 * The decision the first EARLY_WINDOW bytes settle, or null when it needs the
 * whole sniff window. `head` is exactly the first EARLY_WINDOW bytes, so the
 * result does not depend on how the input was cut into chunks.
 */
export function decideEarly(head: Uint8Array, forced: Encoding | null): Decision | null {
  if (forced !== null || findBom(head) !== null || findBinary(head, null) !== null || findBinaryFormat(head) !== null) {
    // These look at the first 8 KiB only: the same decision as on 64 KiB.
    return decideWindow(head, false, forced);
  }
  const end = pendingStart(head);
  const text = decodeStrictUtf8(head.subarray(0, end));
  if (text === null || end - text.length < EARLY_UTF8_EVIDENCE) return null;
  return { encoding: 'utf-8', detectedBy: 'valid-utf8', bomLength: 0, nulOffset: null, binaryFormat: null, looksLikeUtf16: false, prefix: { text, end } };
}

export interface Decision {
  encoding: Encoding;
  detectedBy: DetectedBy;
  /** Length of the byte-order mark to skip (0 when none). */
  bomLength: number;
  /** Offset of the first NUL byte when the input is binary, else null. */
  nulOffset: number | null;
  /** The kind of file its first bytes say it is (`a PDF document`), when those say it is not text. */
  binaryFormat: string | null;
  /** NUL bytes at every other offset: probably UTF-16 without a byte-order mark. */
  looksLikeUtf16: boolean;
  /** For valid UTF-8: the window already decoded, up to byte `end`, so it is decoded only once. */
  prefix?: { text: string; end: number };
}

/**
 * Detection order: forced encoding; byte-order mark; NUL bytes (binary; never
 * for UTF-16, where NULs are normal); valid UTF-8; UTF-8 with at most 2 % stray
 * sequences (guess); UTF-8 when its reading is more plausible Chinese than
 * the GB18030 or Big5 one (guess, only while valid sequences are at least
 * as many as invalid ones); else GB18030 or Big5 by plausibility. UTF-16 without a BOM is not detected: its NULs make it binary.
 * `complete` says the window holds the whole input.
 */
export function decideEncoding(window: Uint8Array, complete: boolean, forced: Encoding | null): Decision {
  const early = window.length >= EARLY_WINDOW ? decideEarly(window.subarray(0, EARLY_WINDOW), forced) : null;
  return early ?? decideWindow(window, complete, forced);
}

function decideWindow(window: Uint8Array, complete: boolean, forced: Encoding | null): Decision {
  const bom = findBom(window);
  const binaryFormat = bom === null ? findBinaryFormat(window) : null;
  const plain = { binaryFormat, looksLikeUtf16: false };
  if (forced !== null) {
    const bomLength = bom?.encoding === forced ? bom.bytes.length : 0;
    return { encoding: forced, detectedBy: 'forced', bomLength, nulOffset: findBinary(window, forced), ...plain };
  }
  if (bom !== null) {
    const nulOffset = findBinary(window, bom.encoding);
    return { encoding: bom.encoding, detectedBy: 'bom', bomLength: bom.bytes.length, nulOffset, ...plain };
  }
  const nulOffset = findBinary(window, null);
  if (nulOffset !== null || binaryFormat !== null) {
    return { encoding: 'utf-8', detectedBy: 'guess', bomLength: 0, nulOffset, binaryFormat, looksLikeUtf16: looksLikeUtf16(window) };
  }
  const end = complete ? window.length : pendingStart(window);
  const text = decodeStrictUtf8(window.subarray(0, end));
  if (text !== null) {
    return { encoding: 'utf-8', detectedBy: 'valid-utf8', bomLength: 0, nulOffset: null, ...plain, prefix: { text, end } };
  }
  // A UTF-8 file with a stray byte or two is still UTF-8: GBK and Big5 text
  // almost never forms valid UTF-8 sequences, UTF-8 text almost always does.
  // The ratio settles large files cheaply; a short file cannot reach it (a
  // 200-byte brief has some 60 sequences), so when valid sequences still
  // outnumber invalid ones the two readings are compared. GBK and Big5 text
  // almost never gets there (1 line in 54 of the sample, at a tie).
  const fit = measureUtf8Fit(window.subarray(0, end));
  const guess = (encoding: Encoding): Decision => ({ encoding, detectedBy: 'guess', bomLength: 0, nulOffset: null, ...plain });
  // The window is not valid UTF-8, so it has an ill-formed sequence: forgiving takes 50 valid ones, and
  // comparing the readings at least one.
  if (fit.invalid * MAX_INVALID_SHARE <= fit.valid) return guess('utf-8');
  if (fit.valid >= fit.invalid) return guess(guessUtf8OrDbcs(window, end));
  // Random bytes without a NUL: not a page of hundreds of decode-invalid warnings, but one line.
  if (looksUndecodable(window)) return { encoding: 'utf-8', detectedBy: 'guess', bomLength: 0, nulOffset: null, binaryFormat: UNDECODABLE, looksLikeUtf16: false };
  return guess(guessDbcsEncoding(window));
}

/** The evidence named for bytes that decode in no encoding (`not a text file (undecodable bytes)`). */
export const UNDECODABLE = 'undecodable bytes';

/**
 * File formats that announce themselves in their first bytes. A PDF may carry
 * kilobytes of XML metadata before its first NUL byte, so the NUL test alone
 * would read it as text.
 */
const BINARY_SIGNATURES: readonly [string, readonly number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]], // GIF8
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a ZIP archive (.zip, .docx, .xlsx …)', [0x50, 0x4b, 0x03, 0x04]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['an old Microsoft Office document (.doc, .xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]], // ELF
];

export function findBinaryFormat(window: Uint8Array): string | null {
  for (const [format, signature] of BINARY_SIGNATURES) {
    if (signature.length <= window.length && signature.every((byte, i) => window[i] === byte)) return format;
  }
  return null;
}

/** In UTF-16 text, ASCII characters (line breaks, digits, commas) put NUL bytes on one side of each pair only. */
function looksLikeUtf16(window: Uint8Array): boolean {
  const sample = window.subarray(0, 512); // or all of a shorter window
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = sample.length / 2;
  const most = Math.max(even, odd);
  return pairs >= 4 && most >= 4 && Math.min(even, odd) <= most / 8;
}

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
