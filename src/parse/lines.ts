// Text → lines with their places, incrementally: chunks may end anywhere,
// even between the CR and the LF of a CRLF.

import type { Point, Position } from '../model.js';
import { isSpace } from './patterns.js';

export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** Offset of the line's first character in the whole text. */
  offset: number;
  /** The line without its line break and without leading and trailing white space (ideographic spaces included). */
  content: string;
  /** Offset of `content` within the line. */
  indent: number;
  /** The latest year on the line (`20xx年`, `20xx-MM-DD`); set by the parser when it reads the line. */
  year: number | null;
  /** For a piece of a line cut at its spaces (a page that lost its line breaks): the white space before it on the line. */
  gapBefore?: string;
  /** Where a web table's cell border stood after the content (endBeforeCellBorder()), counted from the content's start. */
  cellBorder?: number;
  /** Where one stood before it (startAfterCellBorder()), counted from the content's start: below zero. */
  cellBorderBefore?: number;
}

/** The line `source[from, to)`: its content is sliced from `source` at once, without the line as a string first. */
export function toSourceLine(number: number, offset: number, source: string, from = 0, to = source.length): SourceLine {
  let start = from;
  while (start < to && isSpace(source.charCodeAt(start))) start++;
  let end = to;
  while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
  const lineStart = start;
  start = startAfterCellBorder(source, start, end);
  const bar = end - 1;
  const textEnd = endBeforeCellBorder(source, start, end);
  const content = start === 0 && textEnd === source.length ? source : source.slice(start, textEnd);
  const line: SourceLine = { number, offset, content, indent: start - from, year: null };
  if (textEnd < end) line.cellBorder = bar - start;
  if (start > lineStart) line.cellBorderBefore = lineStart - start;
  return line;
}

/**
 * Where `source[start, end)` ends without the border of the web table it was copied from, a `|` after its text and
 * the line's only one (`…升起了国旗。 记者 周宁 摄 |`): the cell's edge, not the text's. A line of several bars (a
 * table's row, a menu) keeps them all.
 */
function endBeforeCellBorder(source: string, start: number, end: number): number {
  if (source.charCodeAt(end - 1) !== 0x7c /* | */) return end;
  let text = end - 1;
  while (text > start && isSpace(source.charCodeAt(text - 1))) text--;
  if (text === start || source.lastIndexOf('|', text - 1) >= start) return end;
  return text;
}

/**
 * Where `source[start, end)` starts without the border of a web table's cell before its text, a `|` and a space, the
 * line's only bar (`| 责任编辑:张三`) or its only one but the line's last (`| 发布日期:2020-06-02 |`); a line of several bars
 * keeps them all.
 */
function startAfterCellBorder(source: string, start: number, end: number): number {
  if (source.charCodeAt(start) !== 0x7c /* | */ || !isSpace(source.charCodeAt(start + 1))) return start;
  let text = start + 1;
  while (text < end && isSpace(source.charCodeAt(text))) text++;
  if (text === end) return start;
  // (A cell bordered on both sides, `| 发布日期:… |`, is one cell: its closing bar goes to endBeforeCellBorder().)
  const next = source.indexOf('|', text);
  if (next !== -1 && next < end - 1) return start;
  return text;
}

/** A web table's border alone on a line (`|`, `||`, `｜`), between the rows of the table a copy was cut from. */
export function isTableBorder(content: string): boolean {
  return content.length <= 2 && TABLE_BORDER.test(content);
}
const TABLE_BORDER = /^[|｜]+$/u;

/** The place of `content[from, to)` of a line. */
export function placeIn(line: SourceLine, from = 0, to = line.content.length): Position {
  return { start: pointIn(line, from), end: pointIn(line, to) };
}

export function pointIn(line: SourceLine, at: number): Point {
  const column = line.indent + at;
  return { line: line.number, column: column + 1, offset: line.offset + column };
}

/** From the start of one line's content to the end of another's. */
export function spanOf(first: SourceLine, last: SourceLine): Position {
  return { start: pointIn(first, 0), end: pointIn(last, last.content.length) };
}

/** Whether `source[from, to)` is white space only. */
function isBlank(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(source.charCodeAt(i))) return false;
  return true;
}

export class LineSplitter {
  /** Called for a blank line instead of the sink, when given: half the lines of a page are blank, and they need no object. */
  constructor(private readonly blank: (() => void) | null = null) {}

  /** Text after the last line break, in pieces: a line may arrive in many chunks (a 100 MB line in 64 KiB chunks). */
  private partial: string[] = [];
  private partialOffset = 0;
  private lineNumber = 1;
  /** A chunk ended with CR: if the next starts with LF, that LF belongs to the same line break. */
  private pendingCR = false;

  /**
   * Hands each complete line of `chunk` (and what came before it) to `sink`
   * as soon as it is found: a line is garbage once read, so a 100 MB text never
   * holds all of its lines at once.
   */
  push(chunk: string, sink: (line: SourceLine) => void): void {
    let start = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (chunk.charCodeAt(0) === 0x0a) {
        start = 1;
        this.partialOffset += 1;
      }
    }
    // indexOf finds line breaks faster than a regex and makes no match objects;
    // most text has no CR at all, which one search tells.
    let nextLF = chunk.indexOf('\n', start);
    let nextCR = chunk.indexOf('\r', start);
    while (nextLF >= 0 || nextCR >= 0) {
      let at: number;
      let breakLength: number;
      if (nextCR >= 0 && (nextLF < 0 || nextCR < nextLF)) {
        at = nextCR;
        breakLength = nextLF === nextCR + 1 ? 2 : 1;
      } else {
        at = nextLF;
        breakLength = 1;
      }
      let line: SourceLine | null;
      if (this.partial.length === 0) {
        if (this.blank !== null && isBlank(chunk, start, at)) {
          this.lineNumber++;
          line = null;
        } else {
          line = toSourceLine(this.lineNumber++, this.partialOffset, chunk, start, at);
        }
        this.partialOffset += at - start + breakLength;
      } else {
        const text = this.partial.join('') + chunk.slice(start, at);
        this.partial = [];
        line = toSourceLine(this.lineNumber++, this.partialOffset, text);
        this.partialOffset += text.length + breakLength;
      }
      start = at + breakLength;
      // A CR at the very end may be the first half of a CRLF split across chunks.
      if (breakLength === 1 && at === nextCR && start === chunk.length) this.pendingCR = true;
      if (nextLF >= 0 && nextLF < start) nextLF = chunk.indexOf('\n', start);
      if (nextCR >= 0 && nextCR < start) nextCR = chunk.indexOf('\r', start);
      if (line === null) this.blank!();
      else sink(line);
    }
    if (start < chunk.length) this.partial.push(chunk.slice(start));
  }
  /** The last line, if the text does not end with a line break. */
  end(sink: (line: SourceLine) => void): void {
    this.pendingCR = false;
    if (this.partial.length === 0) return;
    const text = this.partial.join('');
    this.partial = [];
    const line = toSourceLine(this.lineNumber++, this.partialOffset, text);
    this.partialOffset += text.length;
    sink(line);
  }
}
