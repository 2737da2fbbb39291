// The stream decoder. `decode()` is this decoder fed one chunk, so streaming
// and whole-input decoding agree by construction.

import type { Decoded, Diagnostic, Point } from '../model.js';
import { concatBytes, InvalidRuns, type BodyDecoder, type InvalidRun } from './body.js';
import { DbcsDecoder } from './dbcs.js';
import { binaryDiagnostic, invalidDiagnostic, MAX_INVALID_DIAGNOSTICS, nulDiagnostic, summaryDiagnostic } from './diagnostics.js';
import { normalizeEncoding, SUPPORTED_ENCODINGS, type Encoding } from './encodings.js';
import { LineTracker } from './line-tracker.js';
import { decideEarly, decideEncoding, EARLY_WINDOW, SNIFF_WINDOW, type Decision } from './sniff.js';
import { Utf16Decoder } from './utf16.js';
import { Utf8Decoder } from './utf8.js';

export interface DecodeOptions {
  /** `auto` (the default) or an encoding name that `normalizeEncoding` knows. */
  encoding?: string;
}

export interface StreamDecoder {
  /** Feed bytes; returns the text decoded so far that is safe to emit (may be '' while sniffing). */
  write(chunk: Uint8Array): string;
  /** Flush; returns the remaining text. */
  end(): string;
  /** Available after the encoding is decided (after end() at the latest): encoding, detectedBy, bom, binary, diagnostics so far. */
  info(): Omit<Decoded, 'text'>;
  /** The input is decided to be binary: no text will come, whatever bytes follow. */
  isBinary(): boolean;
}

/**
 * Unscanned text the line tracker may hold before it counts lines anyway. Held
 * text outlives young-generation collections and is promoted: at 1 Mi units
 * the promoted chunks were most of the old generation, and the peak RSS of
 * `export` on 100 MB 119–134 MB; at 64 Ki units 95–102 MB. A large input is
 * scanned once either way.
 */
const TRACKER_LIMIT = 1 << 16;

/**
 * A decoder for bytes that arrive in chunks. It buffers the first 64 KiB (or
 * everything, until end()) to decide the encoding, or only the first 8 KiB
 * when those settle it (decideEarly), then decodes as bytes come.
 * Throws RangeError for an encoding name `normalizeEncoding` does not know:
 * callers validate user input with it first. Never throws on input bytes.
 */
export function createDecoder(options: DecodeOptions = {}): StreamDecoder {
  return new Decoder(resolveEncoding(options.encoding ?? 'auto'), SNIFF_WINDOW);
}

/**
 * For tests only: a decoder that decides on the first `sniffWindow` bytes, so
 * that short inputs exercise the streaming that follows the decision.
 */
export function createDecoderWithWindow(options: DecodeOptions, sniffWindow: number): StreamDecoder {
  return new Decoder(resolveEncoding(options.encoding ?? 'auto'), sniffWindow);
}

/** Decodes a whole input; throws RangeError only for an unknown encoding name. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const decoder = createDecoder(options);
  const text = decoder.write(bytes) + decoder.end();
  return { text, ...decoder.info() };
}

function resolveEncoding(name: string): Encoding | null {
  const encoding = normalizeEncoding(name);
  if (encoding === null) {
    throw new RangeError(
      `Cannot decode: unknown encoding "${name}"; use one of ${SUPPORTED_ENCODINGS.join(', ')}`,
    );
  }
  return encoding === 'auto' ? null : (encoding as Encoding);
}

function createBody(encoding: Encoding): BodyDecoder {
  switch (encoding) {
    case 'utf-8':
      return new Utf8Decoder();
    case 'utf-16le':
    case 'utf-16be':
      return new Utf16Decoder(encoding === 'utf-16be');
    case 'gb18030':
    case 'big5':
      return new DbcsDecoder(encoding);
  }
}

class Decoder implements StreamDecoder {
  private sniffed: Uint8Array[] = [];
  private sniffedLength = 0;
  private decision: Decision | null = null;
  private body: BodyDecoder | null = null;
  private ended = false;
  /** Where the next chunk starts in the input, and the text emitted so far. */
  private byteOffset = 0;
  private textLength = 0;
  private readonly lines = new LineTracker();
  private readonly diagnostics: Diagnostic[] = [];
  private invalidCount = 0;
  private firstUnlisted: { run: InvalidRun; start: Point } | null = null;
  private utf16 = false;
  /** Byte offsets of NUL bytes read but not yet emitted as U+0000. */
  private readonly nulBytes: number[] = [];
  private nulWarnings = 0;

  constructor(
    private readonly forced: Encoding | null,
    private readonly sniffWindow: number,
  ) {}

  write(chunk: Uint8Array): string {
    if (this.ended) throw new Error('Cannot write: the decoder has ended; create a new one');
    if (this.decision === null) {
      const length = this.sniffedLength + chunk.length;
      if (length >= this.sniffWindow) return this.decide(concatBytes([...this.sniffed, chunk]), false);
      // The first 8 KiB may settle it (a forced encoding, valid UTF-8 with
      // Chinese): then text streams from there instead of from 64 KiB.
      // (Tried once: the same first 8 KiB give the same answer. A sniff window of 8 KiB or less was full above.)
      if (this.sniffedLength < EARLY_WINDOW && length >= EARLY_WINDOW) {
        const bytes = concatBytes([...this.sniffed, chunk]);
        const early = decideEarly(bytes.subarray(0, EARLY_WINDOW), this.forced);
        if (early !== null) return this.decide(bytes, false, early);
      }
      // Copied (Buffer#slice would be a view): the caller may reuse its buffer before the window is full.
      this.sniffed.push(new Uint8Array(chunk));
      this.sniffedLength = length;
      return '';
    }
    return this.feed(chunk);
  }

  end(): string {
    if (this.ended) throw new Error('Cannot end: the decoder has already ended');
    let text = this.decision === null ? this.decide(concatBytes(this.sniffed), true) : '';
    this.ended = true;
    if (this.body !== null) {
      const invalid = this.collector();
      text += this.emit(this.body.end(invalid), invalid);
    }
    return text;
  }

  isBinary(): boolean {
    return this.decision !== null && isBinary(this.decision);
  }

  info(): Omit<Decoded, 'text'> {
    const { decision } = this;
    if (decision === null) {
      throw new Error('Cannot report the encoding yet: it is decided after 8 or 64 KiB or at end(); call info() later');
    }
    const diagnostics = [...this.diagnostics];
    if (this.firstUnlisted !== null) {
      const { run, start } = this.firstUnlisted;
      const unlisted = this.invalidCount - MAX_INVALID_DIAGNOSTICS;
      diagnostics.push(summaryDiagnostic(unlisted, run, start, decision.encoding));
      // The summary sits where the unlisted findings start; NUL warnings may come after it.
      diagnostics.sort((a, b) => a.place.start.offset - b.place.start.offset);
    }
    return {
      encoding: decision.encoding,
      detectedBy: decision.detectedBy,
      binary: isBinary(decision),
      bom: decision.bomLength > 0,
      diagnostics,
    };
  }

  /** Decides on the first `sniffWindow` bytes of `bytes` (unless decided early) and decodes all of them. */
  private decide(bytes: Uint8Array, complete: boolean, early?: Decision): string {
    this.sniffed = [];
    const decision = early ?? decideEncoding(bytes.subarray(0, this.sniffWindow), complete, this.forced);
    this.decision = decision;
    if (isBinary(decision)) {
      const { binaryFormat: format, nulOffset, looksLikeUtf16 } = decision;
      this.diagnostics.push(binaryDiagnostic({ format, nulOffset, looksLikeUtf16 }));
      return '';
    }
    this.utf16 = decision.encoding === 'utf-16le' || decision.encoding === 'utf-16be';
    this.body = createBody(decision.encoding);
    let text = '';
    let start = decision.bomLength;
    if (decision.prefix !== undefined) {
      this.findNulBytes(bytes.subarray(0, decision.prefix.end), 0);
      text = this.emit(decision.prefix.text, this.collector());
      start = decision.prefix.end;
    }
    this.byteOffset = start;
    return text + this.feed(bytes.subarray(start));
  }

  private feed(chunk: Uint8Array): string {
    if (this.body === null) return ''; // binary: the rest is ignored
    this.findNulBytes(chunk, this.byteOffset);
    const invalid = this.collector();
    const text = this.body.write(chunk, this.byteOffset, invalid);
    this.byteOffset += chunk.length;
    return this.emit(text, invalid);
  }

  /** Keeps the runs still to be listed, plus the first unlisted one for the summary. */
  private collector(): InvalidRuns {
    return new InvalidRuns(Math.max(0, MAX_INVALID_DIAGNOSTICS + 1 - this.invalidCount));
  }

  private emit(text: string, invalid: InvalidRuns): string {
    if (!this.ended) this.lines.compact(TRACKER_LIMIT);
    const base = this.textLength;
    this.lines.push(text);
    this.textLength += text.length;
    // Findings go out in text order: the line tracker reads forward, and a
    // chunked decode must list them as the whole decode does.
    // Outside UTF-16 a U+0000 comes only from a 0x00 byte, and those were queued as the bytes came:
    // with none queued the text is not searched (indexOf('\0') stops at every ASCII character of a
    // two-byte string, 4% of reading GB18030).
    const nuls = this.nulWarnings < MAX_INVALID_DIAGNOSTICS && (this.utf16 || this.nulBytes.length > 0) ? this.findNuls(text) : [];
    let n = 0;
    for (const run of invalid.kept) {
      for (; n < nuls.length && nuls[n]! < run.textOffset; n++) this.reportNul(base + nuls[n]!);
      this.report(run, base + run.textOffset);
    }
    for (; n < nuls.length; n++) this.reportNul(base + nuls[n]!);
    this.invalidCount += invalid.count - invalid.kept.length;
    return text;
  }

  /**
   * Queues the offsets of NUL bytes (after the binary test's 8 KiB they are
   * kept as text). In UTF-8, GB18030 and Big5 a 0x00 byte is always U+0000, so
   * the n-th U+0000 emitted is the n-th 0x00 byte read.
   */
  private findNulBytes(bytes: Uint8Array, base: number): void {
    if (this.utf16) return;
    for (let at = bytes.indexOf(0); at >= 0 && this.nulBytes.length + this.nulWarnings < MAX_INVALID_DIAGNOSTICS; at = bytes.indexOf(0, at + 1)) {
      this.nulBytes.push(base + at);
    }
  }

  /** Offsets of U+0000 in `text`, as many as may still be reported. */
  private findNuls(text: string): number[] {
    const found: number[] = [];
    for (let at = text.indexOf('\0'); at >= 0 && this.nulWarnings + found.length < MAX_INVALID_DIAGNOSTICS; at = text.indexOf('\0', at + 1)) {
      found.push(at);
    }
    return found;
  }

  private reportNul(offset: number): void {
    // In UTF-16 every code unit is two bytes: U+0000 at text offset n is at byte 2n after the BOM.
    const byteOffset = this.utf16 ? (this.decision?.bomLength ?? 0) + 2 * offset : this.nulBytes.shift();
    if (byteOffset === undefined) return;
    this.nulWarnings++;
    this.diagnostics.push(nulDiagnostic(byteOffset, this.lines.pointAt(offset)));
  }

  private report(run: InvalidRun, offset: number): void {
    this.invalidCount++;
    const start = this.lines.pointAt(offset);
    if (this.invalidCount <= MAX_INVALID_DIAGNOSTICS) {
      this.diagnostics.push(invalidDiagnostic(run, start, this.decision?.encoding ?? 'utf-8'));
    } else {
      this.firstUnlisted = { run, start };
    }
  }
}

function isBinary(decision: Decision): boolean {
  return decision.nulOffset !== null || decision.binaryFormat !== null;
}
