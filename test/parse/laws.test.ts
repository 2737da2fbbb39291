// The parser's laws, defined once in test/laws/parse.ts (scripts/fuzz.ts runs
// them for longer), here a few hundred runs each; and the sample, by hand.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { runsOf } from '../laws/law.js';
import { itemTextMismatches, PARSE_LAWS, unaccounted } from '../laws/parse.js';
import { SAMPLE } from './arbitraries.js';

describe('laws of the parser', () => {
  it('the sample: every non-blank line has exactly one place, items hold their text', () => {
    const bulletin = parse(SAMPLE);
    expect(unaccounted(SAMPLE, bulletin)).toEqual([]);
    expect(itemTextMismatches(SAMPLE, bulletin)).toEqual([]);
  });

  it("a web table's cell border after a head or a copy's line inside an item is the page's, in no text field (a case fast-check found)", () => {
    // (Its lines split as the parser splits them, at a CR alone too.)
    for (const text of ['柳岸社区: 开展“五进”禁毒宣传活动|\n\n本报讯', '柳岸社区开展活动\n发布时间:2024-05-02 |\n近日,柳岸社区开展了活动,居民参加。\n', '柳岸社区: 开展活动 |\r本报讯 近日,柳岸社区开展了活动,居民参加。\r']) {
      const bulletin = parse(text);
      expect(unaccounted(text, bulletin), text).toEqual([]);
      expect(itemTextMismatches(text, bulletin), text).toEqual([]);
    }
    // The page's first head, lent to a text further down, brings the copy's lines below it (a stray mark here).
    const lent = '柳岸社区: 开展禁毒宣传活动\r\nӎ\n\n志愿者群像\n\n柳岸社区的志愿者一早就来到老人家中,帮助老人下楼。 孔越 摄\n\n文/周宁\n\n一夜之间,城区静了下来。\n';
    expect(itemTextMismatches(lent, parse(lent))).toEqual([]);
    // A bar inside the text is the text's: the item holds it.
    const inside = '柳岸社区开展活动\n近日,柳岸|社区开展了活动,居民参加。\n';
    expect(itemTextMismatches(inside, parse(inside))).toEqual([]);
    expect(parse(inside).items[0]?.blocks[0]?.text).toContain('柳岸|社区');
  });

  it("a web table's border alone on its line is read as one glued to the line above: the page's below an item, the item's inside it", () => {
    const below = '青石村修好机耕路\n本文字数: 88今年入冬以来,青石村组织村民修整机耕路。\n|\n';
    const glued = '青石村修好机耕路\n本文字数: 88今年入冬以来,青石村组织村民修整机耕路。 |\n';
    for (const text of [below, glued]) {
      const bulletin = parse(text);
      expect(bulletin.meta.map((line) => [line.text, line.value]), text).toEqual([['|', 'cell border']]);
      expect(bulletin.items[0]?.asides.map((aside) => aside.text), text).not.toContain('|');
      expect(unaccounted(text, bulletin), text).toEqual([]);
    }
    // Between a text's paragraphs it is the item's: inside its span, in no field and no page line.
    const inside = '柳岸社区开展活动\n近日,柳岸社区开展了活动。\n|\n居民们纷纷参加,现场气氛热烈。\n';
    const bulletin = parse(inside);
    expect(bulletin.items).toHaveLength(1);
    expect(bulletin.meta).toEqual([]);
    expect(unaccounted(inside, bulletin)).toEqual([]);
    expect(itemTextMismatches(inside, bulletin)).toEqual([]);
  });

  it("the copy's line lent with a head to the text below a picture has its one place, the head's (a case fast-check found, seed 1367016355)", () => {
    const text = '豈\n\n责任编辑: 王 芳邻里节在柳岸社区开幕\n\n居民在会上发言。(记者 孔越 摄)\n\n本报讯 6月2日,柳岸社区举办邻里节。\n';
    const bulletin = parse(text);
    expect(unaccounted(text, bulletin)).toEqual([]);
    expect(itemTextMismatches(text, bulletin)).toEqual([]);
  });

  it("a credit line above the text, the last paragraph's credit glued, keeps its place and its people (a case fast-check found, seed 1377168044)", () => {
    // (The credit glued to the text's last paragraph replaced the credit line above it, whose words were then in no field
    // of the item: with the head lent to a text below, in no item at all.)
    const text = '豈\n雷 洁摄\n柳岸社区的志愿者陪老人聊天,帮他们打扫房间。\n\n青石社区的志愿者在路口执勤。 孔越 摄\n\n东湖社区的青年在广场上义诊。 齐夏 摄\n\n文/周宁\n\n一夜之间,城区静了下来。\n';
    const bulletin = parse(text);
    expect(unaccounted(text, bulletin)).toEqual([]);
    expect(itemTextMismatches(text, bulletin)).toEqual([]);
    expect(bulletin.items[0]?.credit?.names).toEqual(['雷洁', '孔越']);
  });

  for (const law of PARSE_LAWS) {
    it(law.name, async () => {
      await fc.assert(law.property(), { numRuns: runsOf(law) });
    });
  }
});
