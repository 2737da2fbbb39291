// Text → lines with their places (lines.ts), fed whole or in chunks cut anywhere.

import { describe, expect, it } from 'vitest';
import { LineSplitter, placeIn, spanOf, toSourceLine, type SourceLine } from '../../src/parse/lines.js';

interface Seen {
  lines: Array<Pick<SourceLine, 'number' | 'offset' | 'content' | 'indent'>>;
  blanks: number;
}

/** What a splitter hands on for `chunks`: its lines and, with `countBlanks`, how many blank lines it reported instead. */
function splitChunks(chunks: readonly string[], countBlanks = true): Seen {
  const seen: Seen = { lines: [], blanks: 0 };
  const splitter = new LineSplitter(countBlanks ? () => seen.blanks++ : null);
  const sink = ({ number, offset, content, indent }: SourceLine) => seen.lines.push({ number, offset, content, indent });
  for (const chunk of chunks) splitter.push(chunk, sink);
  splitter.end(sink);
  return seen;
}

describe('toSourceLine', () => {
  it('trims white space of every kind at both ends and says where the content starts', () => {
    expect(toSourceLine(4, 30, ' \t\u3000苏村社区: 开展活动\u00a0 \ufeff')).toEqual({ number: 4, offset: 30, content: '苏村社区: 开展活动', indent: 3, year: null });
    expect(toSourceLine(1, 0, 'xx  本报讯  yy', 2, 9)).toEqual({ number: 1, offset: 0, content: '本报讯', indent: 2, year: null });
    // A line without white space at its ends is the same string, not a copy.
    const text = '本报讯 近日';
    expect(toSourceLine(1, 0, text).content).toBe(text);
  });

  it("ends before a web table's cell border, a bar after the text that is the line's only one", () => {
    // The border's place is kept (cellBorder, from the content's start): the parser makes it the page's furniture.
    expect(toSourceLine(2, 10, '…受益农田八百多亩。(林泉 周小禾) |')).toEqual({ number: 2, offset: 10, content: '…受益农田八百多亩。(林泉 周小禾)', indent: 0, year: null, cellBorder: 19 });
    expect(toSourceLine(1, 0, '首页|').cellBorder).toBe(2);
    expect(toSourceLine(1, 0, '乡镇 | 村庄 | 受益农田 |').cellBorder).toBeUndefined();
    expect(toSourceLine(1, 0, '\u3000▲孩子们升国旗。 周宁 摄|  ').content).toBe('▲孩子们升国旗。 周宁 摄');
    expect(toSourceLine(1, 0, 'xx 升国旗。 \t| yy', 3, 10).content).toBe('升国旗。');
    // A row of a table or a menu keeps its bars; so does a bar alone, which is no text's border.
    expect(toSourceLine(1, 0, '乡镇 | 村庄 | 受益农田 |').content).toBe('乡镇 | 村庄 | 受益农田 |');
    expect(toSourceLine(1, 0, '|乡镇 受益农田 |').content).toBe('|乡镇 受益农田 |');
    expect(toSourceLine(1, 0, '  |  ').content).toBe('|');
    expect(toSourceLine(1, 0, '首页|').content).toBe('首页');
  });

  it("starts after a web table's cell border before the text, a bar and a space that are the line's only bar", () => {
    // (The border is noted, counted back from the content's start: the parser keeps it as the page's furniture.)
    expect(toSourceLine(5, 40, ' | 责任编辑:林小禾')).toEqual({ number: 5, offset: 40, content: '责任编辑:林小禾', indent: 3, year: null, cellBorderBefore: -2 });
    // One cell bordered on both sides is read without its borders, both noted (`| 发布日期:… |`).
    expect(toSourceLine(1, 0, '| 责任编辑:林小禾 |')).toEqual({ number: 1, offset: 0, content: '责任编辑:林小禾', indent: 2, year: null, cellBorder: 9, cellBorderBefore: -2 });
    // A table's row of two cells, a bar glued to its word: the line keeps them.
    expect(toSourceLine(1, 0, '| 乡镇 | 村庄 |').content).toBe('| 乡镇 | 村庄 |');
    expect(toSourceLine(1, 0, '| 乡镇 | 村庄').content).toBe('| 乡镇 | 村庄');
    expect(toSourceLine(1, 0, '|乡镇').content).toBe('|乡镇');
  });
});

describe('places', () => {
  it('placeIn and spanOf count columns from the line start, indent included, and offsets in the whole text', () => {
    const line = toSourceLine(3, 100, '\u3000\u3000本报讯 近日,苏村社区');
    expect(placeIn(line, 4, 7)).toEqual({ start: { line: 3, column: 7, offset: 106 }, end: { line: 3, column: 10, offset: 109 } });
    expect(placeIn(line)).toEqual({ start: { line: 3, column: 3, offset: 102 }, end: { line: 3, column: 14, offset: 113 } });
    const next = toSourceLine(4, 116, '(李 莉)');
    expect(spanOf(line, next)).toEqual({ start: { line: 3, column: 3, offset: 102 }, end: { line: 4, column: 6, offset: 121 } });
  });
});

describe('LineSplitter', () => {
  const TEXT = '社区动态\r\n\r\n苏村社区: 开展活动\r本报讯 近日\n\n  (李 莉)  \n末行';

  it('breaks lines at LF, CR and CRLF alike, with each line’s number and offset', () => {
    expect(splitChunks([TEXT])).toEqual({
      lines: [
        { number: 1, offset: 0, content: '社区动态', indent: 0 },
        { number: 3, offset: 8, content: '苏村社区: 开展活动', indent: 0 },
        { number: 4, offset: 19, content: '本报讯 近日', indent: 0 },
        { number: 6, offset: 27, content: '(李 莉)', indent: 2 },
        { number: 7, offset: 37, content: '末行', indent: 0 },
      ],
      blanks: 2,
    });
  });

  it('reads the same lines whatever the chunks, even between the CR and the LF of a CRLF', () => {
    const whole = splitChunks([TEXT]);
    for (let cut = 0; cut <= TEXT.length; cut++) expect(splitChunks([TEXT.slice(0, cut), TEXT.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    expect(splitChunks([...TEXT])).toEqual(whole);
  });

  it('hands a blank line to the sink as an empty line when no blank-line callback is given', () => {
    const seen = splitChunks(['甲\n \u3000\n乙'], false);
    expect(seen.lines).toEqual([
      { number: 1, offset: 0, content: '甲', indent: 0 },
      { number: 2, offset: 2, content: '', indent: 2 },
      { number: 3, offset: 5, content: '乙', indent: 0 },
    ]);
    expect(seen.blanks).toBe(0);
  });

  it('ends a text with a line break without an empty last line, and a text without one with its last line', () => {
    expect(splitChunks(['甲\n']).lines).toEqual([{ number: 1, offset: 0, content: '甲', indent: 0 }]);
    expect(splitChunks(['甲\r']).lines).toEqual([{ number: 1, offset: 0, content: '甲', indent: 0 }]);
    expect(splitChunks(['甲\r', '\n乙']).lines).toEqual([
      { number: 1, offset: 0, content: '甲', indent: 0 },
      { number: 2, offset: 3, content: '乙', indent: 0 },
    ]);
    expect(splitChunks(['', '']).lines).toEqual([]);
  });
});

describe('a line break at the end of a chunk', () => {
  it('waits for the next chunk only after a CR: an LF ends its line, and an LF that opens the next chunk is a line of its own', () => {
    expect(splitChunks(['苏村社区\n', '\n本报讯'], false).lines).toEqual([
      { number: 1, offset: 0, content: '苏村社区', indent: 0 },
      { number: 2, offset: 5, content: '', indent: 0 },
      { number: 3, offset: 6, content: '本报讯', indent: 0 },
    ]);
    // After a CR the LF is the same line break: one break, not two.
    expect(splitChunks(['苏村社区\r', '\n本报讯'], false).lines).toEqual([
      { number: 1, offset: 0, content: '苏村社区', indent: 0 },
      { number: 2, offset: 6, content: '本报讯', indent: 0 },
    ]);
  });
});

describe('a CRLF at the end of a chunk', () => {
  it('is a whole line break: an LF opening the next chunk is a line break of its own', () => {
    // Mixed line endings: a CRLF, then a lone LF. Cut after the CRLF, the LF is not the CR's second half.
    const whole = splitChunks(['甲\r\n\n乙'], false);
    expect(whole.lines).toEqual([
      { number: 1, offset: 0, content: '甲', indent: 0 },
      { number: 2, offset: 3, content: '', indent: 0 },
      { number: 3, offset: 4, content: '乙', indent: 0 },
    ]);
    expect(splitChunks(['甲\r\n', '\n乙'], false)).toEqual(whole);
  });
});
