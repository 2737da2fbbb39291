// What the parser (src/parse/parser.ts) marks on a block's lines before it labels them, and where it takes a page's
// column from, stated with made-up pages of our own: the caption runs (markCaptionRuns), the window of recent titles
// a title printed again is looked for in, and the column's tag before a header.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parser.js';

const blocksOf = (text: string) => parse(text, { year: 2024 }).items.map((item) => item.blocks.map((block) => block.text));

describe("a photo set's captions opening with their hour (markCaptionRuns)", () => {
  const FIRST = '7时许,柳岸菜场的摊主们陆续摆出新鲜蔬菜。';
  const SECOND = '10时许,社区医生在广场上为老人量血压。';
  const ESSAY = '一座城的烟火气,藏在这些平常的时刻里。记者在柳岸社区走了一整天,记下了居民生活的点点滴滴。';

  it("a credit line between two captions does not part their run: the paragraph below the last is the set's text, not its second paragraph", () => {
    const text = `柳岸社区的一天\n${FIRST}\n记者 林帆 摄\n${SECOND}\n${ESSAY}\n`;
    expect(blocksOf(text)).toEqual([[FIRST], [SECOND], [ESSAY]]);
  });

  it('the first of two such captions below a paragraph opens its own item, as the second does', () => {
    const lead = '本报讯 近日,柳岸社区举办邻里节,居民们拿出自家做的菜肴,摆满了长桌。';
    expect(blocksOf(`${lead}\n${FIRST}\n${SECOND}\n${ESSAY}\n`)).toEqual([[lead], [FIRST], [SECOND], [ESSAY]]);
  });

  it("a lone credit at the page's top, above one such caption and a paragraph, is stray text; the caption and the paragraph are one item", () => {
    const bulletin = parse(`记者 林帆 摄\n${FIRST}\n${ESSAY}\n`, { year: 2024 });
    expect(bulletin.unassigned.map((run) => run.text)).toEqual(['记者 林帆 摄']);
    expect(bulletin.items.map((item) => item.blocks.map((block) => block.text))).toEqual([[FIRST, ESSAY]]);
  });
});
