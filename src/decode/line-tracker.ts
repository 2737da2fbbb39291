// Turns offsets in the decoded text into line/column points while the text
// streams past. Text is kept unscanned until a diagnostic asks for a point
// (or too much piles up), so decoding a clean file never counts its lines.

import type { Point } from '../model.js';

const CR = 13;

export class LineTracker {
  private readonly chunks: string[] = [];
  /** Index in `chunks` and in that chunk of the first unscanned character. */
  private chunkIndex = 0;
  private cursor = 0;
  /** Offset in the whole text of the first unscanned character. */
  private scanned = 0;
  private pushed = 0;
  private line = 1;
  private lineStart = 0;
  /** The last scanned character was a CR, so an LF right after it ends no line. */
  private afterCr = false;

  push(text: string): void {
    if (text === '') return;
    this.chunks.push(text);
    this.pushed += text.length;
  }

  /** Scans what is pending when more than `limit` characters wait, to bound memory. */
  compact(limit: number): void {
    if (this.pushed - this.scanned > limit) this.advance(this.pushed);
  }

  /** The point at `offset`, which must not lie before an offset asked for earlier. */
  pointAt(offset: number): Point {
    this.advance(offset);
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }

  private advance(target: number): void {
    while (this.scanned < target && this.chunkIndex < this.chunks.length) {
      const chunk = this.chunks[this.chunkIndex] ?? '';
      const stop = Math.min(chunk.length, this.cursor + (target - this.scanned));
      const base = this.scanned - this.cursor;
      // indexOf, not a regex: a streamed file is scanned whole, and a match object per line break cost 7% of a read.
      let nextLF = chunk.indexOf('\n', this.cursor);
      let nextCR = chunk.indexOf('\r', this.cursor);
      for (;;) {
        const at = nextCR >= 0 && (nextLF < 0 || nextCR < nextLF) ? nextCR : nextLF;
        if (at < 0 || at >= stop) break;
        const previousIsCr = at > 0 ? chunk.charCodeAt(at - 1) === CR : this.afterCr;
        // CR, LF and CRLF are one line break each: the LF of a CRLF only moves the line start.
        if (!(at === nextLF && previousIsCr)) this.line++;
        this.lineStart = base + at + 1;
        if (at === nextLF) nextLF = chunk.indexOf('\n', at + 1);
        else nextCR = chunk.indexOf('\r', at + 1);
      }
      this.scanned = base + stop;
      if (stop === chunk.length) {
        this.afterCr = chunk.charCodeAt(chunk.length - 1) === CR;
        this.chunks[this.chunkIndex] = '';
        this.chunkIndex++;
        this.cursor = 0;
      } else {
        this.cursor = stop;
      }
    }
    if (this.chunkIndex === this.chunks.length && this.chunkIndex > 0) {
      this.chunks.length = 0;
      this.chunkIndex = 0;
    }
  }
}
