// What the rules share (src/check/text.ts): offsets to points, and the character classes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CJK_CONTEXT, FULL_WIDTH_MARK, HAN_CHAR, createPointAt } from '../../src/check/text.js';

describe('createPointAt', () => {
  it('counts CRLF, CR and LF as one line break each', () => {
    const pointAt = createPointAt('一\r\n二\r三\n四');
    expect([0, 3, 5, 7].map((offset) => pointAt(offset))).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 2, column: 1, offset: 3 },
      { line: 3, column: 1, offset: 5 },
      { line: 4, column: 1, offset: 7 },
    ]);
  });

  it('puts the end of a line, its break and the text after the last break where they are', () => {
    const pointAt = createPointAt('ab\ncd');
    expect(pointAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(pointAt(5)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(createPointAt('')(0)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('agrees with walking the text a character at a time, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '汉', ' ', '\n', '\r', '\r\n')), fc.nat(), (pieces, pick) => {
        const text = pieces.join('');
        const offset = pick % (text.length + 1);
        let line = 1;
        let column = 1;
        const newLine = () => {
          line++;
          column = 1;
        };
        for (let i = 0; i < offset; i++) {
          if (text[i] === '\r' && text[i + 1] === '\n') {
            // A CRLF is one break; an offset between its CR and LF is still on the CR's line.
            if (i + 1 < offset) {
              i++;
              newLine();
            } else column++;
          } else if (text[i] === '\r' || text[i] === '\n') newLine();
          else column++;
        }
        expect(createPointAt(text)(offset)).toEqual({ line, column, offset });
      }),
    );
  });
});

describe('the character classes', () => {
  it('HAN_CHAR is one Han character, nothing else', () => {
    expect(['汉', '㐀', '龥'].map((c) => HAN_CHAR.test(c))).toEqual([true, true, true]);
    expect(['a', '1', '，', '“', ' '].map((c) => HAN_CHAR.test(c))).toEqual([false, false, false, false, false]);
  });

  it('CJK_CONTEXT is Han, CJK and full-width punctuation and curly quotes, not full-width digits or letters', () => {
    expect([...'汉、。「」《》【】，：（）“”‘’！'].every((c) => CJK_CONTEXT.test(c))).toBe(true);
    expect([...'a1,:()"\'０９ＡＺａｚ'].some((c) => CJK_CONTEXT.test(c))).toBe(false);
  });

  it('FULL_WIDTH_MARK gives each half-width mark its full-width one', () => {
    expect(FULL_WIDTH_MARK).toEqual({ ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' });
  });
});
