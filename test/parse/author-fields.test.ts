// A web copy's author field beside the item's byline, and what such a field never names (409, 1943, 1502, in our words).

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parser.js';

const PARAGRAPH = '3月5日上午,柳岸社区组织志愿者清扫街巷、看望独居老人,四十余名居民参加了活动。';
const authorsOf = (text: string) => parse(text, { year: 2026 }).items[0]?.authors;

describe("a web copy's author field", () => {
  it("names one more author beside the text's byline, first as it is printed first", () => {
    expect(authorsOf(`柳岸社区志愿者清扫街巷\n作者:林小禾 | 时间:2026-3-5 10:46 | 来源:江城网\n${PARAGRAPH}\n(记者 周宁)\n`)).toEqual(['林小禾', '周宁']);
  });

  it('names the same writer once where the byline names them too', () => {
    expect(authorsOf(`柳岸社区志愿者清扫街巷\n作者:周宁 | 时间:2026-3-5 10:46 | 来源:江城网\n${PARAGRAPH}\n(记者 周宁)\n`)).toEqual(['周宁']);
  });

  it("names no page of the paper printed after the day (`2026年3月6日 三版`)", () => {
    expect(authorsOf(`柳岸社区志愿者清扫街巷\n${PARAGRAPH}\n2026年3月6日 三版\n`)).toEqual([]);
    expect(authorsOf(`柳岸社区志愿者清扫街巷\n${PARAGRAPH}\n2026年3月6日 林小禾\n`)).toEqual(['林小禾']);
  });
});

describe("a web copy's writer's field in other words", () => {
  it('by the writer\'s role among the copy\'s fields (`特约记者:A`, 374)', () => {
    expect(authorsOf(`柳岸社区志愿者清扫街巷\n发布时间:2026-03-05 15:00:36  特约记者:林小禾  点击:271次\n${PARAGRAPH}\n`)).toEqual(['林小禾']);
  });

  it('each field in its own lenticular brackets (`【作者:A】 【编辑:B】`, 967)', () => {
    expect(authorsOf(`柳岸社区志愿者清扫街巷\n【作者:林小禾】 【编辑:周宁】\n${PARAGRAPH}\n`)).toEqual(['林小禾']);
  });
});
