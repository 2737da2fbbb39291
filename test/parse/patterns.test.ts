import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_FIELD,
  COLUMN_INTRO,
  DISCLOSURE_ROW,
  HAN_ALL,
  HAS_WORD,
  PAGE_NUMBER,
  QUOTE_LINE,
  SENTENCE_END,
  SPACE,
  SUBTITLE,
  YEAR,
  countNonSpace,
  endsSentence,
  hasWord,
  isArchiveField,
  isColumnIntro,
  editorsNoteLength,
  isDisclosureRow,
  isHanCodePoint,
  isPageNumber,
  isQuoteLine,
  isSpace,
  latestYearIn,
  opensAsSubtitle,
} from '../../src/parse/patterns.js';
import { MARKED_BYLINE_GLUED, markedBylineGluedOf } from '../../src/parse/patterns.js';
import { parsePeople } from '../../src/parse/people.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const endings = fc.array(fc.constantFrom('。', '！', '？', '!', '?', '…', '”', '’', '」', '』', '）', ')', '】', ']', '，', ';', '字', ' '), {
  maxLength: 6,
});

describe('hand-written pattern checks agree with the named patterns', () => {
  it('endsSentence(text) === SENTENCE_END.test(text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), endings, (start, end) => {
        const text = start + end.join('');
        expect(endsSentence(text)).toBe(SENTENCE_END.test(text));
      }),
      { numRuns: 500 },
    );
  });

  it('latestYearIn(text) is the largest year YEAR finds', () => {
    const piece = fc.constantFrom('2021年', '2022年', '12022年', '年', '20', '2023', '年末', '今年', '１', '字', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        const years = [...text.matchAll(YEAR)].map((match) => Number(match[1]));
        expect(latestYearIn(text)).toBe(years.length === 0 ? null : Math.max(...years));
      }),
      { numRuns: 500 },
    );
  });

  it('isSpace(code) matches SPACE for every BMP code unit', () => {
    const space = new RegExp(`^${SPACE}$`);
    for (let code = 0; code <= 0xffff; code++) {
      expect(isSpace(code), `U+${code.toString(16)}`).toBe(space.test(String.fromCharCode(code)));
    }
  });

  it('countNonSpace counts the code units isSpace() says are not white space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(countNonSpace(text)).toBe(text.split('').filter((unit) => !isSpace(unit.charCodeAt(0))).length);
      }),
    );
  });
});

describe('parsePeople', () => {
  const people = (raw: string) =>
    parsePeople(raw, 'byline', DEFAULT_VOCABULARY)?.map((p) => [p.name, p.role]) ?? null;

  it('joins a two-character name padded with a space', () => {
    expect(people('李 莉')).toEqual([['李莉', null]]);
  });
  it('splits several names', () => {
    expect(people('曹蓉 彭晓')).toEqual([['曹蓉', null], ['彭晓', null]]);
  });
  it('keeps a role without a name as a role', () => {
    expect(people('本报通讯员')).toEqual([[null, '本报通讯员']]);
  });
  it('gives a role to the names after it', () => {
    expect(people('记者 张三 通讯员 李四 王 五')).toEqual([
      ['张三', '记者'],
      ['李四', '通讯员'],
      ['王五', '通讯员'],
    ]);
  });
  it('splits a role glued to a name', () => {
    expect(people('记者张三')).toEqual([['张三', '记者']]);
  });
  it('skips what was made (文/图)', () => {
    expect(people('记者 张 帆 文/图')).toEqual([['张帆', '记者']]);
  });
  it('refuses what is not a list of names', () => {
    expect(people('图为活动现场')).toBeNull();
    expect(people('2022年')).toBeNull();
    expect(people('李')).toBeNull();
    expect(people('')).toBeNull();
  });
});

describe('Han characters: the pattern range and the code-point test are one definition', () => {
  it('isHanCodePoint(c) is what [HAN_ALL] matches, for every code point up to the end of the supplementary Han planes', () => {
    const han = new RegExp(`^[${HAN_ALL}]$`, 'u');
    for (let code = 0; code <= 0x31400; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates are no characters
      if (isHanCodePoint(code) !== han.test(String.fromCodePoint(code))) expect.fail(`U+${code.toString(16)}`);
    }
    expect(isHanCodePoint('社'.codePointAt(0)!)).toBe(true);
    expect(isHanCodePoint('𡋾'.codePointAt(0)!)).toBe(true);
    expect(isHanCodePoint('，'.codePointAt(0)!)).toBe(false);
  });
});

describe('the first-character gates before a regex agree with it', () => {
  // Each gate reads a line's first character (or its length) and runs the regex only where that character may open a match.
  // Every BMP code unit is put before texts that the pattern matches after a fitting first character, and before others.
  const tails = [
    '', '社区', '4', // a word, a page number's second digit
    '—东关街道', '━社区新貌', '－社区新貌', '-社区新貌', // the rest of a dash
    '我们的社区我们建”', '我们的社区我们建"', '我们的社区我们建」', // the rest of a quotation
    '标题】= 社区', // the rest of an archive field
    '栏的话:本栏目', '者按：本栏目', '语:', // the rest of a column's introduction
    '引 号 | 5304', '源 | 玉溪网', '布机构|', // the rest of a disclosure row
    '引号000012345/2025 成文日期2025', '裁分类:工作部署  主题分类:卫生', '文字号 主题词', // and of one without bars
  ];
  const gates: [string, (text: string) => boolean, RegExp][] = [
    ['hasWord', hasWord, HAS_WORD],
    ['opensAsSubtitle', opensAsSubtitle, SUBTITLE],
    ['isQuoteLine', isQuoteLine, QUOTE_LINE],
    ['isArchiveField', isArchiveField, ARCHIVE_FIELD],
    ['isColumnIntro', isColumnIntro, COLUMN_INTRO],
    ['isDisclosureRow', isDisclosureRow, DISCLOSURE_ROW],
    ['isPageNumber', isPageNumber, PAGE_NUMBER],
  ];
  for (const [name, gate, pattern] of gates) {
    it(`${name}(text) === ${pattern.source.slice(0, 24)}….test(text)`, () => {
      let disagreements = 0;
      for (let code = 0; code < 0x10000; code++) {
        const first = String.fromCharCode(code);
        for (const tail of tails) if (gate(first + tail) !== pattern.test(first + tail)) disagreements++;
      }
      expect(disagreements).toBe(0);
    });
  }
  it('the gates let through the lines their patterns are written for', () => {
    expect(opensAsSubtitle('——东关街道开办银龄学堂')).toBe(true);
    expect(opensAsSubtitle('━━社区新貌')).toBe(true);
    expect(isQuoteLine('“我们的社区我们建”')).toBe(true);
    expect(isArchiveField('【日期】= 2001.05.06')).toBe(true);
    expect(isColumnIntro('开栏的话:本栏目')).toBe(true);
    expect(editorsNoteLength('编者按:本版选登')).toBe(4);
    expect(isDisclosureRow('索 引 号 | 5304 |')).toBe(true);
    expect(isDisclosureRow('体裁分类:工作部署  主题分类:卫生')).toBe(true);
    expect(isPageNumber('04')).toBe(true);
    expect(hasWord('…社区')).toBe(true);
    expect(hasWord('…—')).toBe(false);
  });
});

describe('markedBylineGluedOf', () => {
  it('answers as MARKED_BYLINE_GLUED does, a mark anywhere its group can start or none', () => {
    const tail = '☉林 舟 文/图';
    const texts = ['居民们说,日子越过越红火。', `居民们说,日子越过越红火。${tail}`, `日子越过越红火。 □ 记者 林舟`, `日子越过越红火。□${'林'.repeat(29)}`, `日子越过越红火。□${'林'.repeat(30)}`, `${'红'.repeat(40)}。☉林舟`, '☉林舟', '。☉林'];
    for (const text of texts) expect(markedBylineGluedOf(text)?.[1] ?? null).toBe(MARKED_BYLINE_GLUED.exec(text)?.[1] ?? null);
    expect(markedBylineGluedOf(`居民们说,日子越过越红火。${tail}`)?.[1]).toBe(tail);
  });
});
