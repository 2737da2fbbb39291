// Shared by the decoder tests: fixtures, chunked decoding, and a naive
// line/column reference to check diagnostic places against.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Decoded, Point } from '../../src/model.js';
import { createDecoder, type DecodeOptions } from '../../src/decode/index.js';
import { createDecoderWithWindow } from '../../src/decode/stream.js';

export function readFixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
}

/**
 * Decodes `bytes` written in pieces cut at `cuts` (any order, clamped to the
 * length), deciding on the first `sniffWindow` bytes when given.
 */
export function decodeInChunks(bytes: Uint8Array, cuts: readonly number[], options: DecodeOptions = {}, sniffWindow?: number): Decoded {
  const points = [...new Set(cuts.map((cut) => Math.max(0, Math.min(bytes.length, cut))))].sort((a, b) => a - b);
  const decoder = sniffWindow === undefined ? createDecoder(options) : createDecoderWithWindow(options, sniffWindow);
  let text = '';
  let from = 0;
  for (const to of [...points, bytes.length]) {
    text += decoder.write(bytes.subarray(from, to));
    from = to;
  }
  text += decoder.end();
  return { text, ...decoder.info() };
}

/** The points of ascending `offsets` in `text`, counting CRLF, CR and LF as one line break each. */
export function naivePoints(text: string, offsets: readonly number[]): Point[] {
  const points: Point[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) {
      const char = text[i];
      if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    points.push({ line, column: offset - lineStart + 1, offset });
  }
  return points;
}

export function concat(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  return Buffer.concat(parts.map((part) => (part instanceof Uint8Array ? part : Uint8Array.from(part))));
}
