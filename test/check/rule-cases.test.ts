// What the rule fixtures do not show: the words of each finding, the rules' options at their limits, and a run
// without --today. The fixtures (rules.test.ts) state where findings are; here, what they say.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseConfig } from '../../src/check/config.js';
import { checkInputs } from '../../src/check/engine.js';
import type { CheckReport } from '../../src/check/types.js';
import { decode } from '../../src/decode/index.js';
import { checkFiles, checkText, placesOf } from './helpers.js';

function messagesOf(report: CheckReport, ruleId: string): string[] {
  return report.results.flatMap((result) => result.diagnostics).filter((d) => d.ruleId === ruleId).map((d) => d.message);
}

const fixture = (ruleId: string) => checkFiles([`fixtures/check/${ruleId}/flag.txt`]);

describe('what each finding says', () => {
  it('truncated-body: the kind of item and its last six characters', () => {
    expect(messagesOf(fixture('truncated-body'), 'truncated-body')[0]).toBe('Unexpected end of brief mid-sentence at “城市记忆、工”, expected the sentence to end with 。！？');
    const feature = [
      '社区纪实',
      '如意庄社区: “小网格”承载民生“大服务”',
      '近年来,如意庄社区坚持党建引领,不断提升基层治理水平。',
      '畅通“一条路”,激活治理新动力',
      '如意庄社区分为6个网格,网格员集社情民意收集、矛盾纠纷化解等职责于一身。',
      '走好“五步曲”,提升幸福新指数',
      '社区通过推行“民事民提”“民事民议”,将网格员走访中了解到的热点难点问题精准标注,为',
      '(赵 璐)',
    ].join('\n\n');
    expect(messagesOf(checkText(feature), 'truncated-body')).toEqual(['Unexpected end of item mid-sentence at “精准标注,为”, expected the sentence to end with 。！？']);
  });

  it('header-format: what is wrong with the head', () => {
    expect(messagesOf(fixture('header-format'), 'header-format')).toEqual([
      'Unexpected space between organisation and title, expected a colon: `苏村社区: 开展主题党日活动`',
      'Unexpected line break between organisation and title, expected a colon: `东城社区: 加装电梯圆了居民“上楼梦”`',
      'Unexpected brief without a header, expected an `ORG: TITLE` line before it',
      'Unexpected header without a title, expected `南山社区: TITLE`',
    ]);
    expect(messagesOf(fixture('title-length'), 'header-format')).toEqual([
      'Unexpected headline without an organisation, expected `ORG: 科学育儿进社区亲子共沐好时光暨党员教师进社区主题活动启动仪式`',
    ]);
  });

  it('byline-missing, lead-missing, title-length, duplicate-item, punctuation-width', () => {
    expect(messagesOf(fixture('byline-missing'), 'byline-missing')[0]).toBe(
      'Unexpected brief without a byline, expected the author in brackets after the last paragraph: `(李 莉)`',
    );
    expect(messagesOf(fixture('lead-missing'), 'lead-missing')[0]).toBe('Unexpected brief without the lead 本报讯, expected the first paragraph to start with it');
    expect(messagesOf(fixture('title-length'), 'title-length')).toEqual(['Unexpected title of 28 characters, expected at most 24', 'Unexpected title of 30 characters, expected at most 24']);
    expect(messagesOf(fixture('duplicate-item'), 'duplicate-item')).toEqual([
      'Unexpected duplicate of the item at line 3, expected each item once',
      'Unexpected duplicate of the item at line 21, expected each item once',
    ]);
    expect(messagesOf(fixture('punctuation-width'), 'punctuation-width')[0]).toBe('Unexpected half-width `:` in Chinese text, expected full-width `：`');
  });

  it('dateline-invalid: a day that does not exist, or has not come', () => {
    expect(messagesOf(fixture('dateline-invalid'), 'dateline-invalid')).toEqual([
      'Unexpected date 6月31日, expected a day that exists',
      'Unexpected date 2031年6月21日 (2031-06-21) after today (2024-07-01), expected a day that has happened',
      'Unexpected date 2023年2月29日, expected a day that exists',
      'Unexpected date 2031年6月21日 (2031-06-21) after today (2024-07-01), expected a day that has happened',
    ]);
  });

  it('encoding: how the encoding was found', () => {
    const page = '社区动态\n\n苏村社区: 开展活动\n\n本报讯 近日，苏村社区开展活动。\n\n(李 莉)\n';
    const message = (decoded: ReturnType<typeof decode>) => messagesOf(checkInputs([{ file: 'a.txt', decoded }]), 'encoding');
    expect(messagesOf(fixture('encoding'), 'encoding')).toEqual(['Unexpected encoding gb18030 (guessed), expected UTF-8']);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(page, 'utf16le'))]);
    expect(message(decode(utf16))).toEqual(['Unexpected encoding utf-16le (from its byte-order mark), expected UTF-8']);
    const gb18030 = readFileSync('fixtures/check/encoding/flag.txt');
    expect(message(decode(gb18030, { encoding: 'gb18030' }))).toEqual(['Unexpected encoding gb18030 (as told), expected UTF-8']);
    expect(message({ ...decode(gb18030), detectedBy: 'declared' })).toEqual(['Unexpected encoding gb18030 (as the page declares), expected UTF-8']);
  });
});

describe('rule options at their limits', () => {
  const brief = (characters: number) => `社区动态\n\n苏村社区: 开展活动\n\n${'社'.repeat(characters - 1)}。\n\n(李 莉)\n`;
  const leadMissing = (maxCharacters: number, characters: number) =>
    placesOf(checkText(brief(characters), { config: normaliseConfig({ rules: { 'lead-missing': ['info', { maxCharacters }] } }, 'c') }), 'lead-missing').length;

  it('lead-missing: a brief of maxCharacters is reported, a longer one reads like a feature', () => {
    expect([leadMissing(20, 19), leadMissing(20, 20), leadMissing(20, 21)]).toEqual([1, 1, 0]);
  });

  it('title-length: max may be 1, not 0 and not a fraction', () => {
    const config = (max: unknown) => normaliseConfig({ rules: { 'title-length': ['warn', { max }] } }, 'c');
    expect(config(1).rules['title-length']!.options).toEqual({ max: 1 });
    expect(() => config(0)).toThrow('option "max" is 0, expected a positive integer');
    expect(() => config(2.5)).toThrow('option "max" is 2.5, expected a positive integer');
    expect(() => config('5')).toThrow('option "max" is "5", expected a positive integer');
  });
});

describe('dateline-invalid without --today', () => {
  it('reports days that do not exist, and no day as in the future', () => {
    const report = checkFiles(['fixtures/check/dateline-invalid/flag.txt'], { today: null });
    expect(placesOf(report, 'dateline-invalid').map((place) => place.actual)).toEqual(['6月31日', '2023年2月29日']);
  });
});
