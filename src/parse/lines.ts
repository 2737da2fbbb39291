// Text → lines with their places, incrementally: chunks may end anywhere,
// even between the CR and the LF of a CRLF.

import type { Point, Position } from '../model.js';
import { isSpace } from './patterns.js';

export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** Offset of the line's first character in the whole text. */
  offset: number;
  /** The line without its line break. */
  text: string;
  /** The line without leading and trailing white space (ideographic spaces included). */
  content: string;
  /** Offset of `content` within `text`. */
  indent: number;
}

export function toSourceLine(number: number, offset: number, text: string): SourceLine {
  let indent = 0;
  while (indent < text.length && isSpace(text.charCodeAt(indent))) indent++;
  let end = text.length;
  while (end > indent && isSpace(text.charCodeAt(end - 1))) end--;
  const content = indent === 0 && end === text.length ? text : text.slice(indent, end);
  return { number, offset, text, content, indent };
}

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

const LINE_BREAK = /\r\n?|\n/g;

export class LineSplitter {
  private buffer = '';
  private bufferOffset = 0;
  private lineNumber = 1;

  /** The complete lines in `chunk` and what came before it. */
  push(chunk: string): SourceLine[] {
    this.buffer += chunk;
    return this.take(false);
  }

  /** The last line, if the text does not end with a line break. */
  end(): SourceLine[] {
    const lines = this.take(true);
    if (this.buffer.length > 0) {
      lines.push(toSourceLine(this.lineNumber++, this.bufferOffset, this.buffer));
      this.bufferOffset += this.buffer.length;
      this.buffer = '';
    }
    return lines;
  }

  private take(final: boolean): SourceLine[] {
    const lines: SourceLine[] = [];
    const buffer = this.buffer;
    let start = 0;
    LINE_BREAK.lastIndex = 0;
    for (let match = LINE_BREAK.exec(buffer); match !== null; match = LINE_BREAK.exec(buffer)) {
      // A CR at the very end may be the first half of a CRLF still to come.
      if (!final && match[0] === '\r' && match.index === buffer.length - 1) break;
      lines.push(toSourceLine(this.lineNumber++, this.bufferOffset + start, buffer.slice(start, match.index)));
      start = match.index + match[0].length;
    }
    this.buffer = buffer.slice(start);
    this.bufferOffset += start;
    return lines;
  }
}
