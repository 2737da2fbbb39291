// The contract between the stream decoder and the per-encoding decoders.

/** Bytes that could not be decoded and became one U+FFFD. */
export interface InvalidRun {
  /** Offset of the first byte in the whole input. */
  byteOffset: number;
  bytes: readonly number[];
  /** Offset of the U+FFFD in the text returned by the same write() or end() call. */
  textOffset: number;
}

/**
 * Collects invalid runs, keeping only the first `keep` of them and counting
 * the rest, so that a garbage input costs no memory per bad byte.
 */
export class InvalidRuns {
  readonly kept: InvalidRun[] = [];
  count = 0;

  constructor(private readonly keep: number) {}

  /** Records `source[from, to)`, which starts at `byteOffset` in the input and became text[textOffset]. */
  add(source: Uint8Array, from: number, to: number, byteOffset: number, textOffset: number): void {
    if (this.count++ < this.keep) {
      this.kept.push({ byteOffset, bytes: Array.from(source.subarray(from, to)), textOffset });
    }
  }
}

/**
 * Decodes the bytes after the sniff window's decision (and after any BOM).
 * Output and runs must not depend on how the input is split into chunks.
 */
export interface BodyDecoder {
  /** `byteOffset` is where `chunk` starts in the whole input. */
  write(chunk: Uint8Array, byteOffset: number, invalid: InvalidRuns): string;
  end(invalid: InvalidRuns): string;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
