import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/model.js';
import fc from 'fast-check';
import { compilePattern, compileSelector, hasSelectors, isCalendarDay, parseIsoDate, PatternError, SelectorError, type SelectorOptions } from '../../src/query/index.js';

const ORIGIN = { line: 1, column: 1, offset: 0 };
const SPAN = { start: ORIGIN, end: ORIGIN };

function item(fields: Partial<Item> & { body?: string }): Item {
  const { body = '', ...rest } = fields;
  return {
    index: 1,
    kind: 'brief',
    community: null,
    title: null,
    organisations: [],
    kicker: null,
    subtitle: null,
    header: null,
    lead: null,
    dateline: null,
    date: null,
    reporters: [],
    byline: null,
    authors: [],
    people: [],
    credit: null,
    asides: [],
    blocks: body === '' ? [] : [{ type: 'paragraph', text: body, span: SPAN }],
    truncated: false,
    characters: body.length,
    span: SPAN,
    ...rest,
  };
}

const suCun = item({ index: 2, community: '苏村社区', title: '开展主题党日活动', body: '党员开展了主题党日活动', authors: ['李莉'], date: '2022-06-24', truncated: true });
const dongShan = item({ index: 1, kind: 'photo', community: '东山社区', body: '近日,东山社区开展义诊活动', date: null });
const xinYuan = item({ index: 10, kind: 'feature', community: '新源社区', title: '搭建“五方平台”', body: '新源社区'.repeat(100), authors: ['曹蓉', '彭晓'], date: '2022-07-01' });
const ITEMS = [dongShan, suCun, xinYuan];

function select(options: SelectorOptions): number[] {
  const matches = compileSelector(options);
  return ITEMS.filter(matches).map((i) => i.index);
}

describe('compileSelector', () => {
  it('selects everything without selectors', () => {
    expect(select({})).toEqual([1, 2, 10]);
    expect(hasSelectors({})).toBe(false);
    expect(hasSelectors({ community: undefined })).toBe(false);
    expect(hasSelectors({ truncated: false })).toBe(true);
  });

  it('--community: contains the text, or matches /re/flags', () => {
    expect(select({ community: '苏村' })).toEqual([2]);
    expect(select({ community: '社区' })).toEqual([1, 2, 10]);
    expect(select({ community: '/^(东山|新源)/' })).toEqual([1, 10]);
    expect(select({ community: '/SHE/i' })).toEqual([]);
    expect(compileSelector({ community: '/abc/i' })(item({ community: 'ABC社区' }))).toBe(true);
  });

  it('--community never matches an item without a community', () => {
    expect(compileSelector({ community: '/.*/' })(item({ community: null }))).toBe(false);
  });

  it('--author: a whole name, padding-insensitive on both sides', () => {
    expect(select({ author: '李莉' })).toEqual([2]);
    expect(select({ author: '李 莉' })).toEqual([2]);
    expect(select({ author: '李\u3000莉' })).toEqual([2]);
    expect(select({ author: '李' })).toEqual([]);
    expect(select({ author: '彭晓' })).toEqual([10]);
    expect(compileSelector({ author: '李莉' })(item({ authors: ['李 莉'] }))).toBe(true);
  });

  it('--author /re/ is tested against each name', () => {
    expect(select({ author: '/^李/' })).toEqual([2]);
    expect(select({ author: '/晓$/' })).toEqual([10]);
  });

  it('--kind', () => {
    expect(select({ kind: 'photo' })).toEqual([1]);
    expect(select({ kind: 'other' })).toEqual([]);
    expect(() => compileSelector({ kind: 'poem' as never })).toThrow(SelectorError);
    // The message names what was given and every kind there is.
    expect(() => compileSelector({ kind: 'poem' as never })).toThrow('Unexpected kind "poem", expected one of brief, feature, photo, other');
  });

  it('--grep: title or body', () => {
    expect(select({ grep: '主题党日' })).toEqual([2]);
    expect(select({ grep: '五方平台' })).toEqual([10]); // title only
    expect(select({ grep: '义诊' })).toEqual([1]); // body only
    expect(select({ grep: '/义诊|党日/' })).toEqual([1, 2]);
  });

  it('--grep: any paragraph of the body will do, not only the first', () => {
    const twoParagraphs = item({ blocks: [{ type: 'paragraph', text: '党员参观了展览', span: SPAN }, { type: 'paragraph', text: '居民参加义诊', span: SPAN }] });
    expect(compileSelector({ grep: '义诊' })(twoParagraphs)).toBe(true);
    expect(compileSelector({ grep: '党员' })(twoParagraphs)).toBe(true);
    expect(compileSelector({ grep: '消防' })(twoParagraphs)).toBe(false);
  });

  it('--from / --to: an inclusive range on the date; undated items never match', () => {
    expect(select({ from: '2022-06-24' })).toEqual([2, 10]);
    expect(select({ from: '2022-06-25' })).toEqual([10]);
    expect(select({ to: '2022-06-24' })).toEqual([2]);
    expect(select({ from: '2022-06-01', to: '2022-06-30' })).toEqual([2]);
    expect(select({ from: '2023-01-01' })).toEqual([]);
  });

  it('--truncated / --no-truncated', () => {
    expect(select({ truncated: true })).toEqual([2]);
    expect(select({ truncated: false })).toEqual([1, 10]);
  });

  it('--min-chars', () => {
    expect(select({ minChars: 0 })).toEqual([1, 2, 10]);
    expect(select({ minChars: 13 })).toEqual([1, 10]);
    expect(select({ minChars: 14 })).toEqual([10]);
    expect(select({ minChars: 400 })).toEqual([10]);
    expect(select({ minChars: 401 })).toEqual([]);
    expect(() => compileSelector({ minChars: -1 })).toThrow(SelectorError);
    expect(() => compileSelector({ minChars: 1.5 })).toThrow(SelectorError);
  });

  it('combines selectors with AND', () => {
    expect(select({ community: '社区', truncated: false })).toEqual([1, 10]);
    expect(select({ community: '社区', truncated: false, kind: 'feature' })).toEqual([10]);
    expect(select({ grep: '党', author: '李莉', from: '2022-06-01' })).toEqual([2]);
    expect(select({ grep: '党', author: '曹蓉' })).toEqual([]);
  });

  it('names the option of a bad value', () => {
    const cases: Array<[SelectorOptions, keyof SelectorOptions]> = [
      [{ community: '/(/' }, 'community'],
      [{ grep: '/[/' }, 'grep'],
      [{ author: '/a/q' }, 'author'],
      [{ from: '2022-13-01' }, 'from'],
      [{ to: 'yesterday' }, 'to'],
      [{ author: '  ' }, 'author'],
      [{ grep: '' }, 'grep'],
    ];
    for (const [options, option] of cases) {
      let caught: unknown;
      try {
        compileSelector(options);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(options)).toBeInstanceOf(SelectorError);
      expect((caught as SelectorError).option).toBe(option);
      expect((caught as SelectorError).message).not.toContain('\n');
    }
  });
});

describe('compilePattern', () => {
  it('reads /re/flags as a regular expression and anything else as text', () => {
    expect(compilePattern('a.c')('abc')).toBe(false);
    expect(compilePattern('a.c')('xa.cx')).toBe(true);
    expect(compilePattern('/a.c/')('abc')).toBe(true);
    expect(compilePattern('/A.C/i')('abc')).toBe(true);
    expect(compilePattern('/')('a/b')).toBe(true);
    expect(compilePattern('//')('a//b')).toBe(true); // an empty body is not a regex
  });

  it('is not stateful with the g or y flag', () => {
    const matches = compilePattern('/社区/g');
    expect([matches('东山社区'), matches('东山社区'), matches('东山社区')]).toEqual([true, true, true]);
  });

  it('explains a bad expression in one line, with the value', () => {
    expect(() => compilePattern('/(/')).toThrow(PatternError);
    // V8's reason without its own "Invalid regular expression: /(/:" in front; a reason with no colon stays whole.
    expect(() => compilePattern('/(/')).toThrow(new PatternError('Invalid regular expression /(/: Unterminated group'));
    expect(() => compilePattern('/a/q')).toThrow(new PatternError("Invalid regular expression /a/q: Invalid flags supplied to RegExp constructor 'q'"));
    // RE2's reason without its "error parsing regexp:".
    expect(() => compilePattern('/(?=a)/')).toThrow(
      new PatternError('Unsupported regular expression /(?=a)/: invalid or unsupported Perl syntax: `(?=`; expressions run in linear time (RE2), without lookahead or backreferences'),
    );
  });

  it('reads flags i, m and s, and drops g and y', () => {
    expect(compilePattern('/社区/i')('社区')).toBe(true);
    expect(compilePattern('/^b/')('a\nb')).toBe(false);
    expect(compilePattern('/^b/m')('a\nb')).toBe(true);
    expect(compilePattern('/a.b/')('a\nb')).toBe(false);
    expect(compilePattern('/a.b/s')('a\nb')).toBe(true);
  });

  it('refuses empty text, and names the error class', () => {
    expect(() => compilePattern('')).toThrow(new PatternError('Unexpected empty text, expected some text or a /regular expression/'));
    expect(new PatternError('x').name).toBe('PatternError');
    expect(new SelectorError('grep', 'x').name).toBe('SelectorError');
  });
});

describe('parseIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(parseIsoDate('2022-06-24')).toBe('2022-06-24');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(parseIsoDate('2022-12-31')).toBe('2022-12-31');
    // A year below 100 is a year like any other (Date.UTC would read 0099 as 1999).
    expect(parseIsoDate('0099-03-01')).toBe('0099-03-01');
    for (const bad of ['2023-02-29', '1900-02-29', '2022-04-31', '2022-06-00', '2022-00-10', '2022-13-01', '2022-6-24', '2022/06/24', '20220624', '2022-06-24T00:00']) {
      expect(() => parseIsoDate(bad), bad).toThrow(PatternError);
    }
  });
});

describe('isCalendarDay', () => {
  it('has 31, 28 or 29, 30 days in the months the rhyme says, 29 in February of a leap year', () => {
    const days = (year: number) => Array.from({ length: 12 }, (_, m) => [28, 29, 30, 31].filter((d) => isCalendarDay(year, m + 1, d)).at(-1));
    expect(days(2023)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(days(2024)[1]).toBe(29);
    expect(days(1900)[1]).toBe(28); // a century, not a leap year…
    expect(days(2000)[1]).toBe(29); // …unless it divides by 400
    expect(isCalendarDay(2023, 1, 32)).toBe(false);
    expect(isCalendarDay(2023, 0, 1)).toBe(false);
    expect(isCalendarDay(2023, 13, 1)).toBe(false);
    expect(isCalendarDay(2023, 1, 0)).toBe(false);
    expect(isCalendarDay(2023, 1.5, 1)).toBe(false);
    expect(isCalendarDay(2023.5, 1, 1)).toBe(false);
    expect(isCalendarDay(2023, 1, 1.5)).toBe(false);
  });

  it('agrees with Date for every day of years 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const date = new Date(Date.UTC(year, month - 1, day));
        const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        expect(isCalendarDay(year, month, day)).toBe(exists);
      }),
      { numRuns: 2000 },
    );
  });
});
