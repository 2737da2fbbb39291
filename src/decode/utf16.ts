// UTF-16 (LE or BE) by Buffer's native UTF-16LE conversion. Every UTF-16 unit
// is two bytes, so a lone surrogate's place in the text gives its byte offset.

import { concatBytes, type BodyDecoder, type InvalidRuns } from './body.js';

const REPLACEMENT = '\uFFFD';
const NO_BYTES = new Uint8Array(0);
const SURROGATE = /[\uD800-\uDFFF]/;
/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export class Utf16Decoder implements BodyDecoder {
  /** An odd byte and/or a high surrogate that may pair with the next chunk, and where they start. */
  private carry: Uint8Array = NO_BYTES;
  private carryOffset = 0;

  constructor(private readonly bigEndian: boolean) {}

  write(chunk: Uint8Array, byteOffset: number, invalid: InvalidRuns): string {
    const bytes = this.carry.length > 0 ? concatBytes([this.carry, chunk]) : chunk;
    const start = this.carry.length > 0 ? this.carryOffset : byteOffset;
    let end = bytes.length - (bytes.length % 2);
    if (end >= 2 && isHighSurrogate(this.unitAt(bytes, end - 2))) end -= 2;
    // A copy (Buffer#slice is a view): the caller may reuse its buffer for the next chunk.
    this.carry = new Uint8Array(bytes.subarray(end));
    this.carryOffset = start + end;
    return this.decodeUnits(bytes.subarray(0, end), start, invalid);
  }

  end(invalid: InvalidRuns): string {
    let text = '';
    const { carry, carryOffset } = this;
    for (let at = 0; at < carry.length; at += 2) {
      invalid.add(carry, at, at + 2, carryOffset + at, text.length);
      text += REPLACEMENT;
    }
    this.carry = NO_BYTES;
    return text;
  }

  private unitAt(bytes: Uint8Array, at: number): number {
    const [first, second] = [bytes[at] ?? 0, bytes[at + 1] ?? 0];
    return this.bigEndian ? (first << 8) | second : (second << 8) | first;
  }

  private decodeUnits(bytes: Uint8Array, byteOffset: number, invalid: InvalidRuns): string {
    const buffer = this.bigEndian ? Buffer.from(bytes).swap16() : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const text = buffer.toString('utf16le');
    if (!SURROGATE.test(text)) return text;
    return text.replace(LONE_SURROGATE, (unit: string, at: number) => {
      invalid.add(bytes, 2 * at, 2 * at + 2, byteOffset + 2 * at, at);
      return REPLACEMENT;
    });
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
