// Every reader of this project counts lines alike (issue 15, one source of truth): the parser's line splitter
// (src/parse/lines.ts), the points of check's findings (src/check/text.ts, built on that splitter) and the
// decoder's tracker that places its diagnostics while the text streams past (src/decode/line-tracker.ts).
// CRLF, CR and LF are one line break each, wherever a chunk ends.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPointAt } from '../../src/check/text.js';
import { LineTracker } from '../../src/decode/line-tracker.js';
import { LineSplitter, type SourceLine } from '../../src/parse/lines.js';
import { chunksOf } from '../parse/arbitraries.js';

const pieces = fc.array(fc.constantFrom('a', '汉', ' ', '\u3000', '\n', '\r', '\r\n'), { maxLength: 40 });

describe('line counting', () => {
  it("check's points put each of the parser's lines where the parser does", () => {
    fc.assert(
      fc.property(pieces, fc.array(fc.nat(), { maxLength: 4 }), (parts, cuts) => {
        const text = parts.join('');
        const lines: SourceLine[] = [];
        const splitter = new LineSplitter();
        for (const chunk of chunksOf(text, cuts)) splitter.push(chunk, (line) => lines.push(line));
        splitter.end((line) => lines.push(line));
        const pointAt = createPointAt(text);
        for (const line of lines) expect(pointAt(line.offset)).toEqual({ line: line.number, column: 1, offset: line.offset });
      }),
    );
  });

  it("the decoder's tracker, fed in chunks, gives the points check gives", () => {
    fc.assert(
      fc.property(pieces, fc.array(fc.nat(), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 }), (parts, cuts, picks) => {
        const text = parts.join('');
        const tracker = new LineTracker();
        for (const chunk of chunksOf(text, cuts)) tracker.push(chunk);
        const pointAt = createPointAt(text);
        // The tracker answers offsets in order. Not between a CR and its LF: a stream cannot know yet that the LF
        // follows, and no diagnostic stands on a line break.
        const offsets = [...new Set(picks.map((pick) => pick % (text.length + 1)))]
          .filter((offset) => !(text[offset - 1] === '\r' && text[offset] === '\n'))
          .sort((a, b) => a - b);
        for (const offset of offsets) expect(tracker.pointAt(offset)).toEqual(pointAt(offset));
      }),
    );
  });

  it('a chunk of no text between a CR and its LF ends no line (the decoder pushes what each write gives, empty too)', () => {
    const tracker = new LineTracker();
    for (const chunk of ['a\r', '', '\nb']) tracker.push(chunk);
    expect(tracker.pointAt(3)).toEqual({ line: 2, column: 1, offset: 3 });
  });
});
