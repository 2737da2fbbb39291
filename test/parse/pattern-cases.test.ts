// What the named patterns say about text, case by case, written by reading the text: patterns.test.ts checks that
// each speed-up agrees with the pattern it replaces, which a mistake made in both at once would pass.

import { describe, expect, it } from 'vitest';
import { WEB_META, countNonSpace, endsSentence, isSpace, lastSentenceEnd, latestYearIn } from '../../src/parse/patterns.js';

describe('endsSentence', () => {
  it('is true for a final mark, alone or followed by closing quotes and brackets', () => {
    for (const text of ['防病治病的意识。', '太谢谢你们啦!', '真好！', '是吗?', '有没有上门？', '说不完…', '更高效。”', '他说:“好。”）', '(完。)', '「好。」', '『好！』', '【通知。】', "'ok.'!"]) {
      expect(endsSentence(text), text).toBe(true);
    }
  });

  it('is false for a clause mark, a closer with no final mark before it, text, or nothing', () => {
    for (const text of ['困难群众;', '如下：', '居民，', '城市记忆、工', '他说“好”', '（李 莉）', '。字', '', '”', '。 ']) {
      expect(endsSentence(text), text).toBe(false);
    }
  });
});

describe('lastSentenceEnd', () => {
  it('finds the last final mark, or the last closer after one, within the window', () => {
    // 活动。(2) 居民说“好。”(3+…): indexes 0 活 1 动 2 。 3 居 4 民 5 说 6 “ 7 好 8 。 9 ”
    const text = '活动。居民说“好。”';
    expect(lastSentenceEnd(text, 100)).toBe(9);
    expect(lastSentenceEnd(text, 1)).toBe(9);
    expect(lastSentenceEnd('活动。居民说', 100)).toBe(2);
    // The window counts back from the end: 3 units reach 居民说, not the 。 before them.
    expect(lastSentenceEnd('活动。居民说', 3)).toBe(-1);
    expect(lastSentenceEnd('活动。居民说', 4)).toBe(2);
    // A closer that follows no final mark ends nothing.
    expect(lastSentenceEnd('他说“好”', 100)).toBe(-1);
    expect(lastSentenceEnd('', 10)).toBe(-1);
  });
});

describe('latestYearIn', () => {
  it('reads four-digit years 2000–2099 written before 年, and the latest wins', () => {
    expect(latestYearIn('2021年以来,2023年,2022年')).toBe(2023);
    expect(latestYearIn('2000年')).toBe(2000);
    expect(latestYearIn('2099年')).toBe(2099);
  });

  it('passes over what is not such a year', () => {
    expect(latestYearIn('今年')).toBeNull();
    expect(latestYearIn('1999年')).toBeNull(); // not 20xx
    expect(latestYearIn('12022年')).toBeNull(); // five digits
    expect(latestYearIn('202年')).toBeNull();
    expect(latestYearIn('2022 年')).toBeNull();
    expect(latestYearIn('２０２２年')).toBeNull(); // full-width digits are not YEAR's
    expect(latestYearIn('20a2年')).toBeNull();
    expect(latestYearIn('')).toBeNull();
  });
});

describe('isSpace', () => {
  it('is true for ASCII white space, the ideographic space, NBSP, the BOM and the Unicode spaces', () => {
    for (const char of [' ', '\t', '\n', '\v', '\f', '\r', '\u3000', '\u00a0', '\ufeff', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f']) {
      expect(isSpace(char.charCodeAt(0)), `U+${char.charCodeAt(0).toString(16)}`).toBe(true);
    }
  });

  it('is false for letters, marks and the code units around the ranges', () => {
    for (const code of [0x00, 0x08, 0x0e, 0x1f, 0x21, 0x41, 0x2001 - 2, 0x200b, 0x3001, 0x4e00, 0xff0c]) {
      expect(isSpace(code), `U+${code.toString(16)}`).toBe(false);
    }
  });
});

describe('countNonSpace', () => {
  it('counts code units that are not white space (SPACE: space, tab, ideographic space, NBSP, BOM and the rest of \\s)', () => {
    expect(countNonSpace('李 莉')).toBe(2);
    expect(countNonSpace('\ufeff本报讯\u3000近日,\t社区\u00a0开展')).toBe(10);
    expect(countNonSpace('')).toBe(0);
    expect(countNonSpace('   ')).toBe(0);
    // An en space or a form feed from a layout program is white space too, as isSpace() and the patterns read it.
    expect(countNonSpace('社区\u2002开展\f活动')).toBe(6);
    // Called twice on the same text, the same answer (its regex keeps no state between calls).
    expect(countNonSpace('一 二')).toBe(countNonSpace('一 二'));
  });
});

describe('WEB_META: the lines of a web copy about the copy', () => {
  it('reads date lines, written close or spaced as OCR and some web pages space them', () => {
    for (const text of ['2020-07-21 07:15:29 来源: 光明日报', '2021年06月01日15:19', '2021年06月01日 王芳', '2012 年 1 月 12 日 星期四', '2012 年 1 月 12 日 星期    【打印】']) {
      expect(WEB_META.test(text), text).toBe(true);
    }
  });

  it('leaves a paragraph that opens with a date alone', () => {
    for (const text of ['2012 年 1 月 12 日上午，柳岸社区组织居民开展消防演练，一百多位居民参加。', '2021年6月1日,东山社区举办儿童节游园会,孩子们玩得很开心。']) {
      expect(WEB_META.test(text), text).toBe(false);
    }
  });
});
