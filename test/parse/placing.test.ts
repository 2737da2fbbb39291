// Where the parser puts each labelled line (src/parse/parser.ts): the page's own lines into `meta` and the
// section, the head's lines into the header, tails glued to a paragraph into asides and credits, a byline
// right above a credit into that credit. One page of our own, read line by line as an editor reads it.

import { describe, expect, it } from 'vitest';
import { unaccounted } from '../laws/parse.js';
import { BulletinParser, parse } from '../../src/parse/parser.js';
import type { Position } from '../../src/model.js';

const PAGE = [
  '第A04版:城事社区 上一版 下一版',
  '柳岸社区: 长者食堂开张',
  '本报讯 近日，柳岸社区的长者食堂开张。老人们说，这下方便多了。(下转第三版)',
  '东湖社区',
  '四点半课堂开课了',
  '本报讯 近日，东湖社区的四点半课堂开课，六十多个孩子有了去处。记者 孔越',
  '图文:桃园社区换新颜',
  '近日，桃园社区的老旧楼道粉刷一新。雷 洁摄',
  '青石社区: 义诊进社区',
  '本报讯 6月2日，青石社区请来医生为居民义诊。',
  '本报记者 孔 越',
  '通讯员 齐 夏 摄',
  '责任编辑:王 芳',
].join('\n');

/** The place of `part` on line `line` (1-based) of PAGE, its first occurrence there. */
function placeOf(line: number, part: string): Position {
  const lines = PAGE.split('\n');
  const lineStart = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  const column = lines[line - 1]!.indexOf(part);
  if (column < 0) throw new Error(`${part} is not on line ${line}`);
  return {
    start: { line, column: column + 1, offset: lineStart + column },
    end: { line, column: column + 1 + part.length, offset: lineStart + column + part.length },
  };
}

describe('placing the lines of a page', () => {
  const read = () => parse(PAGE, { year: 2024 });

  it('the page line names the section without its navigation words; the editor line is the page’s', () => {
    const bulletin = read();
    expect(bulletin.section).toBe('城事社区');
    expect(bulletin.meta).toEqual([
      { kind: 'page', text: '第A04版:城事社区 上一版 下一版', value: '城事社区', span: placeOf(1, '第A04版:城事社区 上一版 下一版') },
      { kind: 'editor', text: '责任编辑:王 芳', value: '王芳', span: placeOf(13, '责任编辑:王 芳') },
    ]);
    expect(bulletin.unassigned).toEqual([]);
  });

  it('a continuation marker glued to the last sentence is an aside, and the item goes on elsewhere', () => {
    const item = read().items[0]!;
    expect(item.blocks.map((block) => block.text)).toEqual(['本报讯 近日，柳岸社区的长者食堂开张。老人们说，这下方便多了。']);
    expect(item.asides).toEqual([{ kind: 'continuation', text: '(下转第三版)', span: placeOf(3, '(下转第三版)') }]);
    expect(item.truncated).toBe(true);
  });

  it('an organisation alone on its line and the headline below it make one header', () => {
    const item = read().items[1]!;
    expect(item.header).toEqual({
      text: '东湖社区\n四点半课堂开课了',
      organisation: '东湖社区',
      title: '四点半课堂开课了',
      separator: '\n',
      span: { start: placeOf(4, '东湖社区').start, end: placeOf(5, '四点半课堂开课了').end },
    });
    // A bare byline glued after the last sentence.
    expect(item.asides).toEqual([{ kind: 'byline', text: '记者 孔越', span: placeOf(6, '记者 孔越') }]);
    expect(item.people).toEqual([{ name: '孔越', role: '记者', source: 'byline' }]);
    expect(item.truncated).toBe(false);
  });

  it('a headline’s label before its colon says what the item is, not what it is called; a glued credit makes a photo', () => {
    const item = read().items[2]!;
    expect(item.title).toBe('桃园社区换新颜');
    expect(item.header?.organisation).toBeNull();
    expect(item.kind).toBe('photo');
    expect(item.credit).toEqual({ raw: '雷 洁摄', names: ['雷洁'], roles: [], verb: '摄', span: placeOf(8, '雷 洁摄') });
    expect(item.blocks.map((block) => block.text)).toEqual(['近日，桃园社区的老旧楼道粉刷一新。']);
  });

  it('a byline line right above a credit line is the credit’s first line', () => {
    const item = read().items[3]!;
    expect(item.asides).toEqual([{ kind: 'credit', text: '本报记者 孔 越', span: placeOf(11, '本报记者 孔 越') }]);
    expect(item.byline).toBeNull();
    expect(item.credit).toEqual({ raw: '通讯员 齐 夏 摄', names: ['孔越', '齐夏'], roles: ['本报记者', '通讯员'], verb: '摄', span: placeOf(12, '通讯员 齐 夏 摄') });
    expect(item.people).toEqual([
      { name: '孔越', role: '本报记者', source: 'credit' },
      { name: '齐夏', role: '通讯员', source: 'credit' },
    ]);
    expect(item.date).toBe('2024-06-02');
  });

  it('reads four items, each from its head to its last line', () => {
    const items = read().items;
    expect(items.map((item) => item.index)).toEqual([1, 2, 3, 4]);
    expect(items.map((item) => [item.span.start.line, item.span.end.line])).toEqual([
      [2, 3],
      [4, 6],
      [7, 8],
      [9, 12],
    ]);
  });
});

describe('text outside any item', () => {
  it('is one unassigned block per run, with a warning that names its lines', () => {
    const text = '社区动态\n\n……\n※※※\n\n柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n';
    const bulletin = parse(text);
    expect(bulletin.unassigned.map((block) => [block.text, block.span.start.line, block.span.end.line])).toEqual([['……\n※※※', 3, 4]]);
    expect(bulletin.diagnostics.filter((d) => d.ruleId === 'unassigned-text').map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'Unexpected text on lines 3-4 outside any item, expected a header, lead, byline or credit'],
    ]);
  });

  it('a line about the page parts two runs: each is a block of its own', () => {
    const bulletin = parse('……\n第A04版:城事社区\n※※※\n柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(bulletin.unassigned.map((block) => [block.text, block.span.start.line])).toEqual([
      ['……', 1],
      ['※※※', 3],
    ]);
  });

  it('a column’s name after the first item is no section: only the page’s top names the column', () => {
    const bulletin = parse('柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n社区动态\n东湖社区: 书屋开放\n本报讯 近日，东湖社区的书屋开放。\n(周 宁)\n');
    expect(bulletin.section).toBeNull();
    expect(bulletin.meta).toEqual([]);
    expect(bulletin.items.map((item) => item.byline)).toEqual(['李 莉', '周 宁']);
  });

  it('a finished paragraph of forty characters or more below a photo item is an item of its own, shorter is stray text', () => {
    const photo = '左图:柳岸村村民在果园里采摘苹果。\n右图:东湖社区居民在菜园里浇水。 记者 林舟 摄\n';
    const paragraph = '入秋以来,农户们趁着晴好天气抢收稻谷、晾晒玉米,田间地头到处是一片丰收的好景象。';
    expect(paragraph.length).toBe(40);
    const whole = parse(photo + paragraph + '\n');
    expect(whole.items.map((item) => item.kind)).toEqual(['photo', 'brief']);
    expect(whole.items[1]!.span.start.line).toBe(3);
    expect(whole.unassigned).toEqual([]);
    const shorter = '入秋以来,农户们趁着晴好天气抢收稻谷、晾晒玉米,田间地头到处是一片丰收的景象。';
    expect(shorter.length).toBe(39);
    const stray = parse(photo + shorter + '\n');
    expect(stray.items).toHaveLength(1);
    expect(stray.unassigned.map((block) => block.text)).toEqual([shorter]);
  });

  it('captions that open with their picture\'s place, below a finished paragraph and closed by a credit, are a photo item of their own', () => {
    const leadIn = '连日来,柳岸街道各小区的党员干部和社区工作人员在夜里坚守岗位,成为这座城市的守夜人。';
    const captions = ['右图 坚守在小区门口的守夜人。', '下图 两位志愿者在检查进出人员的出入证明。本报记者 林舟摄'];
    const read = parse(['社区守夜人', '', leadIn, '', ...captions].join('\n') + '\n');
    expect(read.items.map((item) => [item.kind, item.title, item.blocks.map((block) => block.text.slice(0, 5)), item.credit?.names ?? []])).toEqual([
      ['brief', '社区守夜人', ['连日来,柳'], []],
      ['photo', null, ['右图 坚守', '下图 两位'], ['林舟']],
    ]);
    // (Not without the credit: the captions are the text's pictures, its paragraphs.)
    const uncredited = parse(['社区守夜人', '', leadIn, '', captions[0], '下图 两位志愿者在检查进出人员的出入证明。'].join('\n') + '\n');
    expect(uncredited.items).toHaveLength(1);
  });

  it("a short line between paragraphs that names a unit and what it held (`XX社区开展…活动`) heads a roundup's next brief, no sub-heading", () => {
    const roundup = ['柳岸街道东湖社区:建设绿色家园', '东湖社区组织志愿者开展环保宣传活动,发放宣传单三百余份。', '此次活动进一步增强了居民的环保意识。', '临河县青石社区开展“服务百姓送健康”义诊活动', '为普及健康知识,青石社区请来医生为居民义诊,六十余名居民受益。'].join('\n');
    expect(parse(roundup).items.map((item) => [item.title, item.community])).toEqual([
      ['建设绿色家园', '柳岸街道东湖社区'],
      ['临河县青石社区开展“服务百姓送健康”义诊活动', '青石社区'],
    ]);
    // (A feature's sub-heading says what was done, no unit holding an event: it stays the text's.)
    const feature = roundup.replace('临河县青石社区开展“服务百姓送健康”义诊活动', '搭建服务中心 打造幸福家园');
    expect(parse(feature).items).toHaveLength(1);
    // (Nor a picture's label with its credit after it.)
    expect(parse(roundup.replace('义诊活动\n', '义诊活动 青石社区 供图\n')).items).toHaveLength(1);
  });

  it("a byline below the copy's source line is the item's above, though its lead named them already: no item of bylines alone (2015, in our words)", () => {
    const page = ['同上开学第一课', '柳岸县融媒体中心3月6日讯(记者 林小雨 通讯员 周宁)3月5日上午,柳岸县明德小学四千余名师生同上开学第一课。', '', '来源:柳岸县融媒体中心', '', '作者:林小雨 通讯员 周宁', '', '编辑:孔越'].join('\n');
    const read = parse(page);
    expect(read.items.map((item) => [item.title, item.authors])).toEqual([['同上开学第一课', ['林小雨', '周宁']]]);
  });

  it('names one line as a line', () => {
    const bulletin = parse('……\n柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(bulletin.diagnostics.filter((d) => d.ruleId === 'unassigned-text').map((d) => d.message)).toEqual([
      'Unexpected text on line 1 outside any item, expected a header, lead, byline or credit',
    ]);
  });
});

describe('lines about the page before the first item', () => {
  it('a directive and an editor line leave the next line at the page’s top, where a column name is the section', () => {
    const text = '<!-- bulletin-disable truncated-body -->\n责任编辑:王 芳\n社区动态\n柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n';
    const bulletin = parse(text);
    expect(bulletin.section).toBe('社区动态');
    expect(bulletin.meta.map((meta) => [meta.kind, meta.value])).toEqual([
      ['directive', 'bulletin-disable truncated-body'],
      ['editor', '王芳'],
      ['section', '社区动态'],
    ]);
    expect(bulletin.unassigned).toEqual([]);
  });

  it("a picture's label in lenticular brackets is no title: `【资料图】` says the picture is a file photo", () => {
    const bulletin = parse('【资料图】\n22日上午9时,歌手林小雨带着歌队来到青石村的广场,为游客唱起“欢迎歌”。\n当天,全县首场“村晚”示范展示活动在这个村寨拉开帷幕。\n');
    expect(bulletin.items.map((item) => [item.title, item.blocks.length])).toEqual([[null, 2]]);
    expect(bulletin.section).toBe(null);
    expect(bulletin.meta.map((meta) => [meta.kind, meta.text])).toEqual([['furniture', '【资料图】']]);
  });

  it('a page line with a space for its colon names the column alone, not the page number with it', () => {
    const bulletin = parse('第5版 社区新闻\n柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(bulletin.section).toBe('社区新闻');
    expect(bulletin.meta.map((meta) => [meta.kind, meta.text, meta.value])).toEqual([['page', '第5版 社区新闻', '社区新闻']]);
  });

  it('a column label in brackets at the top names the section', () => {
    const bulletin = parse('【图片新闻】\n柳岸社区的志愿者为老人理发。\n雷 洁摄\n本报通讯员撰\n');
    expect(bulletin.section).toBe('图片新闻');
    expect(bulletin.meta.map((meta) => [meta.kind, meta.value])).toEqual([['section', '图片新闻']]);
  });

  it('a web copy’s page line below the headline names the section when nothing has', () => {
    const bulletin = parse('长者食堂开张\n版面:第A04版:城事社区 上一篇\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(bulletin.items[0]!.asides.map((aside) => aside.kind)).toEqual(['meta', 'byline']);
    expect(bulletin.section).toBe('城事社区');
  });

  it('but not when a column’s name at the top has', () => {
    const bulletin = parse('社区动态\n长者食堂开张\n版面:第A04版:城事社区 上一篇\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(bulletin.items[0]!.asides.map((aside) => aside.kind)).toEqual(['meta', 'byline']);
    expect(bulletin.section).toBe('社区动态');
  });

  it("an organisation in a column tag's brackets before a title is the item's, not the page's column", () => {
    const text = '【汝河小区】垃圾分类有了“积分超市”\n本报讯（记者 周宁）昨日，小区的“积分超市”开张，居民们拿着积分卡前来兑换。\n';
    const bulletin = parse(text);
    expect(bulletin.section).toBeNull();
    expect(bulletin.items[0]!.header).toMatchObject({ organisation: '汝河小区', title: '垃圾分类有了“积分超市”', separator: '' });
    expect(bulletin.items[0]!.community).toBe('汝河小区');
    // A column's name in the brackets names the page's column, as before.
    const column = parse(text.replace('【汝河小区】', '【走基层】'));
    expect(column.section).toBe('走基层');
    expect(column.items[0]!.header).toMatchObject({ organisation: null, title: '垃圾分类有了“积分超市”' });
  });

  it("a web page's breadcrumb names the section by its last crumb; a column's name above it is more precise", () => {
    const copy = '当前位置:首页 > 江城新闻网 > 乡镇快讯 >\n柳岸镇:村民齐心清河道\n近日,柳岸镇福后村村民发起捐款,清理村前河道。\n';
    const bulletin = parse(copy);
    expect(bulletin.section).toBe('乡镇快讯');
    expect(bulletin.meta.map((meta) => [meta.kind, meta.value])).toEqual([['furniture', 'navigation']]);
    expect(parse(`镇村动态\n${copy}`).section).toBe('镇村动态');
    // A path that ends with the site or the copy names no column.
    expect(parse(copy.replace(' > 乡镇快讯 >', '')).section).toBeNull();
    // After the site's name, the path's bars are a breadcrumb's, not a list of contents.
    // (Forty characters and more, spaced into short words, as a reader's list of titles is.)
    const path = '江城文明网 >  您当前的位置 : 精神文明建设进行时  >  工作传真  >  区县系统  >  柳岸';
    expect(path.length).toBeGreaterThanOrEqual(40);
    const named = parse(copy.replace('当前位置:首页 > 江城新闻网 > 乡镇快讯 >', path));
    expect(named.section).toBe('柳岸');
    expect(named.meta.map((meta) => [meta.kind, meta.value])).toEqual([['furniture', 'navigation']]);
  });

  it("a breadcrumb from the site's own name, printed below the headline, names the section too", () => {
    const copy = '柳岸镇村民齐心清河道\n\n江城新闻网 > 临河频道 >  乡镇快讯\n\n近日,柳岸镇福后村村民发起捐款,清理村前河道。\n';
    const bulletin = parse(copy);
    expect(bulletin.section).toBe('乡镇快讯');
    expect(bulletin.items.map((item) => item.title)).toEqual(['柳岸镇村民齐心清河道']);
  });

  it("a content system's field of who put the copy on the site is a line about the copy, not the text's first paragraph", () => {
    const copy = '您现在的位置:首页 > 政务公开 > 公示公告\n\n我县村容村貌大变样\n\n发布者:admin 发布时间:2016-03-26 阅读次数:0\n\n近年来,我县加大投入,村容村貌明显改善。\n';
    const bulletin = parse(copy);
    expect(bulletin.section).toBe('公示公告');
    expect(bulletin.items).toHaveLength(1);
    expect(bulletin.items[0]!.title).toBe('我县村容村貌大变样');
    expect(bulletin.items[0]!.blocks.map((block) => block.text)).toEqual(['近年来,我县加大投入,村容村貌明显改善。']);
  });

  it('a column label in brackets between items names the section when nothing has, and only then', () => {
    const text = '柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张，老人们\n【图片新闻】\n东湖社区的志愿者为老人理发。\n雷 洁摄\n';
    const bulletin = parse(text, { year: 2024 });
    expect(bulletin.meta.map((meta) => [meta.kind, meta.value])).toEqual([['furniture', '图片新闻']]);
    expect(bulletin.section).toBe('图片新闻');
    const below = parse(`社区动态\n${text}`, { year: 2024 });
    expect(below.meta.map((meta) => [meta.kind, meta.value])).toEqual([
      ['section', '社区动态'],
      ['furniture', '图片新闻'],
    ]);
    expect(below.section).toBe('社区动态');
  });
});

describe("a web copy's 作者 field outside the item names the item's authors when nothing else does", () => {
  const TEXT = '东湖社区举办邻里运动会\n5月11日,东湖社区举办第三届邻里运动会,两百多名居民参加。\n';
  const authorsOf = (text: string) => parse(text, { year: 2024 }).items.map((item) => item.authors);

  it('below the text, after other fields, on one line or as a name and its value', () => {
    expect(authorsOf(`${TEXT}来源:东湖街道办事处\n作者:周小禾 林舟\n`)).toEqual([['周小禾', '林舟']]);
    expect(authorsOf(`${TEXT}来源:东湖街道办事处\n作者:\n周小禾\n`)).toEqual([['周小禾']]);
    // Another field's value names no author: `来源` / `东湖街道`.
    expect(authorsOf(`${TEXT}来源\n东湖街道\n`)).toEqual([[]]);
  });

  it("above the page's first item, on its copy's date line", () => {
    expect(authorsOf(`发表日期:2024/5/12 9:53:28 出处:东湖街道办事处 作者:周小禾 有120位读者读过\n${TEXT}`)).toEqual([['周小禾']]);
  });

  it('below the text the field is the copy’s, the names of a byline the text’s: a byline wins; above it, both write (409, 1943)', () => {
    expect(authorsOf(`${TEXT}(李 莉)\n作者:周小禾\n`)).toEqual([['李莉']]);
    expect(authorsOf(`作者:周小禾\n${TEXT}(李 莉)\n`)).toEqual([['周小禾', '李莉']]);
  });

  it('below the last item closed only: not past an item opened since, nor past a page line', () => {
    const second = '西湖社区开展义诊\n6月2日,西湖社区请来医生为居民义诊。\n';
    expect(authorsOf(`${TEXT}${second}作者:周小禾\n`)).toEqual([[], ['周小禾']]);
    expect(authorsOf(`${TEXT}第A04版:城事社区\n作者:周小禾\n`)).toEqual([[]]);
    // Above the page's first item only: between two items it is the one above's.
    expect(authorsOf(`${TEXT}(李 莉)\n作者:周小禾\n${second}`)).toEqual([['李莉'], []]);
  });

  it('read in chunks of any size, the same items in the same order', () => {
    const page = `${TEXT}来源:东湖街道办事处\n作者:\n周小禾\n西湖社区开展义诊\n6月2日,西湖社区请来医生为居民义诊。\n(李 莉)\n`;
    const whole = parse(page, { year: 2024 }).items;
    for (const size of [1, 3, 7, 20]) {
      const parser = new BulletinParser({ year: 2024 });
      const items = [];
      for (let at = 0; at < page.length; at += size) items.push(...parser.push(page.slice(at, at + size)));
      items.push(...parser.end());
      expect(items).toEqual(whole);
    }
    expect(whole.map((item) => item.authors)).toEqual([['周小禾'], ['李莉']]);
  });
});

describe("a web copy's fields, a cell a line: the name alone, its value on the line below", () => {
  const HEAD = '东湖社区举办邻里运动会\n本网讯 5月11日,东湖社区举办第三届邻里运动会。\n';
  const fields = (text: string) => parse(text, { year: 2024 }).meta.map((meta) => [meta.kind, meta.text, meta.value]);

  it('a field left empty is followed by the next field’s name, whose value is the line below it', () => {
    expect(fields(`${HEAD}签发时间:\n来源\n东湖街道办事处\n`)).toEqual([
      ['furniture', '签发时间:', 'field name'],
      ['furniture', '来源', 'field name'],
      ['furniture', '东湖街道办事处', 'field value'],
    ]);
  });

  it("only the 作者 field's value names the item's authors: an editor's or a source's does not", () => {
    const authors = (text: string) => parse(text, { year: 2024 }).items.map((item) => item.authors);
    expect(authors(`${HEAD}作者\n林小雨\n`)).toEqual([['林小雨']]);
    expect(authors(`${HEAD}编辑\n林小雨\n`)).toEqual([[]]);
    expect(authors(`${HEAD}来源\n林小雨\n`)).toEqual([[]]);
  });

  it('a news lead below an empty field opens the text: it is no value of the field', () => {
    const bulletin = parse('东湖社区举办邻里运动会\n来源\n本网讯\n5月11日,东湖社区举办第三届邻里运动会。\n', { year: 2024 });
    expect(bulletin.items[0]!.lead).toBe('本网讯');
    expect(bulletin.meta.filter((meta) => meta.value === 'field value')).toEqual([]);
  });

  it("a date's or a time's field holds figures: below it left empty, a headline is the page's, not the field's value", () => {
    const bulletin = parse('发布日期:\n清洗街道 美化城市\n玉兰环卫公司的工人正在清洗护栏。\n', { year: 2024 });
    expect(bulletin.meta.map((meta) => [meta.text, meta.value])).toEqual([['发布日期:', 'field name']]);
    expect(bulletin.items.map((item) => item.title)).toEqual(['清洗街道 美化城市']);
    // With a figure in it, the line is the field's (a day written so that no date line reads it).
    expect(fields(`${HEAD}发布日期:\n第19周周三\n`)).toEqual([
      ['furniture', '发布日期:', 'field name'],
      ['furniture', '第19周周三', 'field value'],
    ]);
  });

  it('a value is at most 30 characters: a longer line below the name is not the field’s', () => {
    // 30 characters: a unit's long name, the source of the copy.
    expect(fields(`${HEAD}来源\n东江省临河市东湾区柳岸街道办事处党政综合办公室宣传信息工作组\n`)).toEqual([
      ['furniture', '来源', 'field name'],
      ['furniture', '东江省临河市东湾区柳岸街道办事处党政综合办公室宣传信息工作组', 'field value'],
    ]);
    // 31 characters.
    expect(fields(`${HEAD}来源\n东江省临河市东湾区柳岸街道办事处党政综合办公室宣传信息工作小组\n`)).toEqual([['furniture', '来源', 'field name']]);
  });
});

describe('credits', () => {
  it('a second credit line adds its people to the credit and stays an aside', () => {
    const item = parse('【图片新闻】\n柳岸社区的志愿者为老人理发。\n雷 洁摄\n本报通讯员撰\n').items[0]!;
    expect(item.kind).toBe('photo');
    expect(item.credit).toMatchObject({ raw: '雷 洁摄', names: ['雷洁'], roles: ['本报通讯员'], verb: '摄' });
    expect(item.asides.map((aside) => [aside.kind, aside.text])).toEqual([['credit', '本报通讯员撰']]);
  });

  it('a byline in brackets above a credit stays a byline: it names the writer', () => {
    const item = parse('柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n雷 洁摄\n').items[0]!;
    expect(item.byline).toBe('李 莉');
    expect(item.authors).toEqual(['李莉', '雷洁']);
    expect(item.people.map((person) => [person.name, person.source])).toEqual([
      ['李莉', 'byline'],
      ['雷洁', 'credit'],
    ]);
  });

  it('a line of roles and names right below a credit that opens with its verb goes on with its names', () => {
    const item = parse('植树节这天,柳岸小学的学生和家长一起在校园里种下了二十棵桂花树。\n■摄影 记者 孔 越\n通讯员 吴小川\n').items[0]!;
    expect(item.kind).toBe('photo');
    expect(item.credit).toMatchObject({ raw: '■摄影 记者 孔 越', names: ['孔越', '吴小川'], roles: ['记者', '通讯员'], verb: '摄影' });
    expect(item.asides.map((aside) => [aside.kind, aside.text])).toEqual([['credit', '通讯员 吴小川']]);
    expect(item.people.map((person) => [person.name, person.source])).toEqual([
      ['孔越', 'credit'],
      ['吴小川', 'credit'],
    ]);
    // A credit that ends in its verb has said its names: the line below is a writer's byline.
    const ended = parse('植树节这天,柳岸小学的学生和家长一起在校园里种下了二十棵桂花树。\n记者 孔 越 摄\n通讯员 吴小川\n').items[0]!;
    expect(ended.people.map((person) => [person.name, person.source])).toEqual([
      ['吴小川', 'byline'],
      ['孔越', 'credit'],
    ]);
  });

  it('a line below a credit that opens with its verb is no more of its names when it is not right below, nor a bare list of roles and names', () => {
    const text = '植树节这天,柳岸小学的学生和家长一起在校园里种下了二十棵桂花树。\n';
    const sources = (page: string) => parse(page).items.flatMap((item) => item.people.map((person) => `${person.name}:${person.source}`));
    // A blank line between, or a byline in brackets: the writer's, as below any credit.
    expect(sources(`${text}■摄影 记者 孔 越\n\n通讯员 吴小川\n`)).toEqual(['吴小川:byline', '孔越:credit']);
    expect(sources(`${text}■摄影 记者 孔 越\n(通讯员 吴小川)\n`)).toEqual(['吴小川:byline', '孔越:credit']);
    // A writer's `文/`, a name without a role, a role without a name: never the credit's either.
    for (const below of ['文/通讯员 吴小川', '吴小川', '吴小川 通讯员 林溪', '通讯员 吴小川 记者']) expect(sources(`${text}■摄影 记者 孔 越\n${below}\n`), below).not.toContain('吴小川:credit');
  });

  it('a byline before the body is not joined to a credit after it', () => {
    const item = parse('义诊进社区\n□本报记者 孔 越\n本报讯 近日，柳岸社区请来医生义诊。\n雷 洁摄\n').items[0]!;
    expect(item.asides.map((aside) => aside.kind)).toEqual(['byline']);
    expect(item.people.map((person) => [person.name, person.role, person.source])).toEqual([
      ['孔越', '本报记者', 'byline'],
      ['雷洁', null, 'credit'],
    ]);
  });
});

describe("a caption that opens 图为 below the text's last paragraph", () => {
  it("is the text's picture, its credit the item's: not a paragraph of the text", () => {
    const text = '本报讯(通讯员 林小禾) 近日,柳岸社区举办了集体生日会。\n活动中,志愿者推上蛋糕,为当月过生日的老人送上祝福,大家笑得合不拢嘴。\n图为生日会现场。 林小禾 摄\n';
    const [item, ...rest] = parse(text).items;
    expect(rest).toEqual([]);
    expect(item!.blocks.map((block) => block.text.slice(-6))).toEqual(['集体生日会。', '得合不拢嘴。']);
    expect([item!.asides.map((aside) => aside.text), item!.credit?.raw]).toEqual([['图为生日会现场。'], '林小禾 摄']);
  });
});

describe("an e-paper reader's list of titles below 标题导航", () => {
  const TEXT = '本报讯 近日,东湖社区的长者食堂开张,六十多位老人在家门口吃上了热乎乎的午饭。\n(李 莉)\n';
  const contents = (list: string) =>
    parse(`标题导航\n${list}\n${TEXT}`, { year: 2024 })
      .meta.filter((meta) => meta.value === 'table of contents')
      .map((meta) => meta.text);

  it('goes on past a mark without words, up to the text', () => {
    expect(contents('东湖社区办起长者食堂\n···\n柳岸小学获省级奖项')).toEqual(['东湖社区办起长者食堂', '柳岸小学获省级奖项']);
  });

  it('holds titles of 40 characters at most', () => {
    const forty = '东湖社区办起长者食堂六十多位独居老人在家门口吃上了热乎乎的午饭饭菜每份只要五元钱';
    expect(contents(`${forty}\n柳岸小学获省级奖项`)).toEqual([forty, '柳岸小学获省级奖项']);
    expect(contents(`${forty}了\n柳岸小学获省级奖项`)).toEqual([]);
  });

  it('ends at a news lead, a page line or the page’s editor, which keep their own reading', () => {
    const lead = parse(`标题导航\n东湖社区办起长者食堂\n本报讯\n近日,西坡村入选文明村,村里的路修好了,广场也建起来了。\n(李 莉)\n`, { year: 2024 });
    expect(lead.items.map((item) => item.lead)).toEqual(['本报讯']);
    const page = parse(`标题导航\n东湖社区办起长者食堂\n第A05版:社区新闻\n柳岸小学获省级奖项\n${TEXT}`, { year: 2024 });
    expect(page.meta.map((meta) => [meta.kind, meta.value])).toEqual([
      ['furniture', 'navigation'],
      ['furniture', 'table of contents'],
      ['page', '社区新闻'],
    ]);
    expect(page.items.map((item) => item.title)).toEqual(['柳岸小学获省级奖项']);
    const editor = parse(`标题导航\n东湖社区办起长者食堂\n责任编辑 王芳\n柳岸小学获省级奖项\n${TEXT}`, { year: 2024 });
    expect(editor.meta.map((meta) => [meta.kind, meta.value])).toEqual([
      ['furniture', 'navigation'],
      ['furniture', 'table of contents'],
      ['editor', '王芳'],
    ]);
  });
});

describe("pictures' labels above the text at the page's top", () => {
  it('are two lines that each show people at work or a scene, above a long paragraph: no title, the item has none', () => {
    const paragraph = '11月14日下午,柳岸幼儿园百余名小朋友在老师的带领下来到东湖消防站参观学习,体验消防员的一天,了解了灭火器的用法和火场逃生的办法。';
    const read = parse(`小朋友们参观消防车\n志愿者合影\n${paragraph}\n`);
    expect(read.items.map((item) => [item.title, item.asides.map((aside) => [aside.kind, aside.text])])).toEqual([
      [null, [['caption', '小朋友们参观消防车'], ['caption', '志愿者合影']]],
    ]);
    // (Two short phrases that show no one at work are a title's two lines, as before: `邻里节开幕` / `百家宴飘香`.)
    expect(parse(`邻里节开幕\n百家宴飘香\n${paragraph}\n`).items.map((item) => item.title)).toEqual(['邻里节开幕 百家宴飘香']);
  });
});

describe('a headline and a short line below a blank line', () => {
  it('are not one title broken over two lines', () => {
    const item = parse('江城志愿服务大篷车\n\n开进第300站!\n近日,江城志愿服务大篷车开进柳岸社区,为居民义诊理发。\n(李 莉)\n', { year: 2024 }).items[0]!;
    expect(item.title).toBe('江城志愿服务大篷车');
  });
});

describe('a bracket opening a line below a lead', () => {
  it('is the item’s byline when the lead’s line holds text too, a sentence cut at its end', () => {
    const item = parse('柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张，\n(通讯员 王宁)老人们在家门口吃上了热饭。\n', { year: 2024 }).items[0]!;
    expect(item.asides.map((aside) => [aside.kind, aside.text])).toEqual([['byline', '(通讯员 王宁)']]);
    expect(item.people).toEqual([{ name: '王宁', role: '通讯员', source: 'byline' }]);
    expect(item.blocks.map((block) => block.text)).toEqual(['本报讯 近日，柳岸社区的长者食堂开张，老人们在家门口吃上了热饭。']);
  });
});

describe('the year of an undated dateline', () => {
  it('is the latest printed so far: a header that names an earlier year does not lower it', () => {
    const text = [
      '柳岸社区: 2023年长者食堂开张',
      '本报讯 6月24日，柳岸社区的长者食堂开张。',
      '(李 莉)',
      '东湖社区: 回顾2022年的书屋',
      '本报讯 7月1日，东湖社区的书屋开放。',
      '(周 宁)',
      '青石社区: 义诊进社区',
      '本报讯 8月2日，青石社区请来医生义诊。',
      '(王 五)',
    ].join('\n');
    expect(parse(text).items.map((item) => item.date)).toEqual(['2023-06-24', '2023-07-01', '2023-08-02']);
  });

  it('rises with a later year printed in an earlier item', () => {
    const text = [
      '柳岸社区: 2023年长者食堂开张',
      '本报讯 6月24日，柳岸社区的长者食堂开张。',
      '(李 莉)',
      '东湖社区: 2024年书屋开放',
      '本报讯 7月1日，东湖社区的书屋开放。',
      '(周 宁)',
      '青石社区: 义诊进社区',
      '本报讯 8月2日，青石社区请来医生义诊。',
      '(王 五)',
    ].join('\n');
    expect(parse(text).items.map((item) => item.date)).toEqual(['2023-06-24', '2024-07-01', '2024-08-02']);
  });
});

describe('streaming', () => {
  it('passes over a blank line that comes in two chunks, as over any blank line', () => {
    const parser = new BulletinParser();
    const items = [
      ...parser.push('柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张，\n  '),
      ...parser.push('  \n老人们吃上了热饭。\n(李 莉)\n'),
      ...parser.end(),
    ];
    expect(items.map((item) => item.blocks.map((block) => block.text))).toEqual([['本报讯 近日，柳岸社区的长者食堂开张，老人们吃上了热饭。']]);
    expect(parser.summary().diagnostics.map((d) => d.message)).toEqual(['Joined line 4 to the paragraph cut at the end of line 2']);
  });


  it('hands on items while the text is still coming, long before its end', () => {
    const parser = new BulletinParser();
    const item = (i: number) => `柳岸社区: 第${i}场讲座开讲\n本报讯 近日，柳岸社区的第${i}场讲座开讲。\n(李 莉)\n`;
    let early = 0;
    for (let i = 1; i <= 40; i++) early += parser.push(item(i)).length;
    const late = parser.end().length;
    expect(early + late).toBe(40);
    // Blocks of 32 lines, 8 held back for what follows: all but the last few items come out before end().
    expect(early).toBeGreaterThanOrEqual(30);
    expect(late).toBeGreaterThan(0);
  });
});

describe('a byline after a lead-in', () => {
  const rest = '\n关爱独居老人，送上一桌年夜饭\n1月20日，志愿者来到王大爷家中，陪老人吃了一顿团圆饭。\n“有你们陪着，这个年过得热闹。”王大爷说。\n';

  it('does not end the piece when the next head has no organisation and its paragraphs no lead, byline or credit', () => {
    const { items } = parse(`柳岸社区：温暖过大年\n春节将至，柳岸社区开展系列活动，为居民送上节日的祝福。\n记者 周宁${rest}`);
    // (One sub-heading: a brief in two parts, not a feature, which has two or more.)
    expect(items.map((item) => [item.kind, item.title, item.authors])).toEqual([['brief', '温暖过大年', ['周宁']]]);
    expect(items[0]!.blocks.map((block) => block.type)).toEqual(['paragraph', 'subheading', 'paragraph', 'paragraph']);
  });

  it('ends the brief when the byline is a name in brackets', () => {
    for (const byline of ['(周 宁)', '（记者 周宁）']) {
      const { items } = parse(`柳岸社区：温暖过大年\n春节将至，柳岸社区开展系列活动，为居民送上节日的祝福。${byline}${rest}`);
      expect(items.map((item) => item.title)).toEqual(['温暖过大年', '关爱独居老人，送上一桌年夜饭']);
    }
  });

  it('ends the brief when the next item has a lead, a byline of its own or one paragraph only', () => {
    const head = '柳岸社区：温暖过大年\n春节将至，柳岸社区开展系列活动，为居民送上节日的祝福。记者 周宁\n关爱独居老人，送上一桌年夜饭\n';
    for (const next of [
      '本报讯 1月20日，志愿者来到王大爷家中。\n老人说，这个年过得热闹。\n',
      '1月20日，志愿者来到王大爷家中。\n老人说，这个年过得热闹。(李 莉)\n',
      '1月20日，志愿者来到王大爷家中，陪老人吃了一顿团圆饭。\n',
    ]) {
      expect(parse(head + next).items.map((item) => item.title)).toEqual(['温暖过大年', '关爱独居老人，送上一桌年夜饭']);
    }
  });

  it('ends the brief when a line about the page stands between them', () => {
    const { items } = parse(`柳岸社区：温暖过大年\n春节将至，柳岸社区开展系列活动，为居民送上节日的祝福。记者 周宁\n责任编辑:王 芳${rest}`);
    expect(items.map((item) => item.title)).toEqual(['温暖过大年', '关爱独居老人，送上一桌年夜饭']);
  });
});

describe('what a lead-in is, and what continues it', () => {
  const body = '春节将至，柳岸社区开展系列活动，为居民送上节日的祝福。';
  const rest = '关爱独居老人，送上一桌年夜饭\n1月20日，志愿者来到王大爷家中，陪老人吃了一顿团圆饭。\n“有你们陪着，这个年过得热闹。”王大爷说。\n';
  const titles = (text: string) => parse(text).items.map((item) => item.title);
  const joined = ['温暖过大年'];
  const apart = ['温暖过大年', '关爱独居老人，送上一桌年夜饭'];

  it('up to three paragraphs above the byline, not four', () => {
    expect(titles(`柳岸社区：温暖过大年\n${body}\n${body}\n${body}\n记者 周宁\n${rest}`)).toEqual(joined);
    expect(titles(`柳岸社区：温暖过大年\n${body}\n${body}\n${body}\n${body}\n记者 周宁\n${rest}`)).toEqual(apart);
  });

  it('a byline below the text naming a role for any of its names; not one naming no role', () => {
    expect(titles(`柳岸社区：温暖过大年\n${body}\n林舟 记者 周宁\n${rest}`)).toEqual(joined);
    expect(titles(`柳岸社区：温暖过大年\n${body}\n□林 舟\n${rest}`)).toEqual(apart);
  });

  it('no lead-in without a head, with a credit or with sub-headings of its own', () => {
    expect(parse(`${body}记者 周宁\n${rest}`).items.map((item) => item.kind)).toEqual(['brief', 'brief']);
    expect(titles(`柳岸社区：温暖过大年\n${body}\n记者 周宁\n通讯员 林舟 摄\n${rest}`)).toEqual(apart);
    expect(titles(`柳岸社区：温暖过大年\n${body}\n邻里同心\n${body}\n记者 周宁\n${rest}`)).toEqual(apart);
  });

  it('a byline above the text is no lead-in’s, nor one above a credit', () => {
    expect(titles(`柳岸社区：温暖过大年\n记者 周宁\n${body}\n□林 舟\n${rest}`)).toEqual(apart);
    expect(titles(`柳岸社区：温暖过大年\n${body}\n林舟 摄\n记者 周宁\n${rest}`)).toEqual(apart);
  });

  it('what follows a lead-in with no head, or a head alone, is an item of its own', () => {
    const headless = parse(`柳岸社区：温暖过大年\n${body}记者 周宁\n本报讯 1月20日，东湖社区开展义诊活动。(记者 林舟)\n`).items;
    expect(headless.map((item) => [item.title, item.lead])).toEqual([['温暖过大年', null], [null, '本报讯']]);
    const headAlone = parse(`柳岸社区：温暖过大年\n${body}记者 周宁\n关爱独居老人\n`).items;
    expect(headAlone.map((item) => [item.title, item.blocks.length])).toEqual([['温暖过大年', 1], ['关爱独居老人', 0]]);
  });

  it('the rest has a head naming no organisation and no credit; a continuation marker in it is the piece’s', () => {
    expect(titles(`柳岸社区：温暖过大年\n${body}记者 周宁\n东湖社区：关爱独居老人\n1月20日，志愿者来到王大爷家中。\n王大爷说，这个年过得热闹。\n`)).toEqual(['温暖过大年', '关爱独居老人']);
    expect(titles(`柳岸社区：温暖过大年\n${body}记者 周宁\n${rest}通讯员 林舟 摄\n`)).toEqual(apart);
    expect(parse(`柳岸社区：温暖过大年\n${body}记者 周宁\n${rest.trimEnd()}(下转第三版)\n`).items.map((item) => [item.title, item.truncated])).toEqual([['温暖过大年', true]]);
  });
});

describe("a column's tag in brackets before a title or a header", () => {
  it('names the column, and is no part of the title or of the organisation', () => {
    const bulletin = parse('柳岸区融媒的记者走进基层一线采访。\n【记者走基层】柳岸镇:快递进村 脐橙热销\n眼下，脐橙大量上市。记者 林舟\n【记者走基层】脐橙预计产值超3亿元\n当前，柳岸脐橙进入成熟上市的时节。\n');
    expect(bulletin.section).toBe('记者走基层');
    expect(bulletin.items.map((item) => [item.community, item.title])).toEqual([
      ['柳岸镇', '快递进村 脐橙热销'],
      [null, '脐橙预计产值超3亿元'],
    ]);
  });
});

describe('a headline without an organisation above a short brief that ends in its byline', () => {
  it('is the brief’s headline, not a first paragraph', () => {
    const bulletin = parse('西城社区开展垃圾分类宣传\n3月5日，西城社区组织志愿者走进小区宣传垃圾分类。（西城社区供稿）\n');
    expect(bulletin.items.map((item) => [item.title, item.blocks.length, item.authors])).toEqual([['西城社区开展垃圾分类宣传', 1, ['西城社区']]]);
  });
});

describe("a list's bullet before a headline", () => {
  it('makes no paragraph of a title-shaped line: the headline of a brief whose text opens with no date', () => {
    const [item] = parse('☆南湾小学读书角开放\n课间，南湾小学的操场边多了一个读书角，同学们可以在这里读书。\n（南湾小学供稿）\n').items;
    expect([item!.title, item!.blocks.length]).toEqual(['南湾小学读书角开放', 1]);
  });

  it('is the layout’s, not the title’s; the head keeps it as printed', () => {
    const [item] = parse('●东湖社区举办亲子阅读会\n6月1日，东湖社区在党群服务中心举办亲子阅读会。（李 莉）\n').items;
    expect([item!.title, item!.header?.text]).toEqual(['东湖社区举办亲子阅读会', '●东湖社区举办亲子阅读会']);
  });
});

describe('the title printed again', () => {
  it('is the title however it is spaced: the lead-in and the picture below it each keep it, as printed', () => {
    const page = '山村里的 蹲点日记\n\n8月7日清晨,江城日报的记者们来到东山镇红石村,开始为期三天的蹲点采访,一路走一路看——\n\n山村里的  蹲点日记\n\n为让村民住得更舒心,红石村新修了村规民约,把房前屋后的卫生写了进去。 本报记者 林青 摄\n';
    expect(parse(page).items.map((item) => [item.kind, item.title])).toEqual([
      ['brief', '山村里的 蹲点日记'],
      ['photo', '山村里的  蹲点日记'],
    ]);
  });

  it("between paragraphs, with the site's name after it or not, and a unit's colon before it or not: where a picture was", () => {
    const page = (head: string) =>
      `${head}\n\n2023年06月26日 20:25:03\n\n近日,柳岸社区长者食堂开张了,附近的老人都来尝鲜。\n\n${head} - 江城要闻\n\n` +
      `中午时分,饭菜的香味从食堂里飘出来,老人们三三两两走进食堂。\n\n${head}\n\n食堂有五十个座位,也给腿脚不便的老人送饭到家。(林小禾)\n`;
    for (const head of ['长者食堂开张了', '柳岸社区:长者食堂开张了']) {
      const items = parse(page(head)).items;
      expect(items.map((item) => [item.title, item.blocks.length, item.byline]), head).toEqual([['长者食堂开张了', 3, '林小禾']]);
    }
  });

  it('spaced in one printing and not in the other', () => {
    const page = '山村里的 蹲点日记\n\n8月7日清晨,江城日报的记者们来到东山镇红石村,开始为期三天的蹲点采访,一路走一路看——\n\n山村里的蹲点日记\n\n为让村民住得更舒心,红石村新修了村规民约,把房前屋后的卫生写了进去。 本报记者 林青 摄\n';
    expect(parse(page).items.map((item) => [item.kind, item.title])).toEqual([
      ['brief', '山村里的 蹲点日记'],
      ['photo', '山村里的蹲点日记'],
    ]);
  });

  // A feature's title, its lead, sub-headings each over a paragraph, then the title again where a picture was.
  const TITLE = '柳岸社区的新变化';
  const SUBHEADINGS = ['道路变宽了', '路灯变亮了', '花园变美了', '食堂开张了', '书屋开放了', '车棚改好了', '电梯装上了', '广场修好了'];
  const feature = (subheadings: readonly string[], paragraphs = 0) => {
    const items = parse(
      [
        TITLE,
        '本报讯 近日，记者走进东湖街道柳岸社区，看到了不少新变化。',
        ...Array.from({ length: paragraphs }, () => '居民们说，社区的事办到了大家的心坎上。'),
        ...subheadings.flatMap((subheading) => [subheading, '居民们说，这件事办到了大家的心坎上，生活一天比一天方便。']),
        TITLE,
        '社区书记说，明年还要为居民办更多实事。',
        '',
      ].join('\n'),
    ).items;
    expect(items).toHaveLength(1);
    return items[0]!;
  };
  const againAs = (item: ReturnType<typeof feature>) =>
    item.asides.some((aside) => aside.text === TITLE) ? 'picture' : item.blocks.some((block) => block.text === TITLE) ? 'subheading' : 'neither';

  it('between whole paragraphs, after seven sub-headings, stands where its picture was: the eight last title-like lines are looked at', () => {
    const item = feature(SUBHEADINGS.slice(0, 7));
    expect(item.title).toBe(TITLE);
    expect(item.blocks.filter((block) => block.type === 'subheading')).toHaveLength(7);
    expect(againAs(item)).toBe('picture');
  });

  it('between whole paragraphs is found however many lines of text stand between: only title-like lines fill the eight looked at', () => {
    const item = feature(SUBHEADINGS.slice(0, 2), 9);
    expect(item.blocks.filter((block) => block.type === 'paragraph')).toHaveLength(13);
    expect(againAs(item)).toBe('picture');
  });
});

describe('the title printed over and over', () => {
  it("below a web copy's lines, word for word, is the head's: one item, its text below the last", () => {
    // A copy that kept each picture's alt text prints the title three times before the text.
    const title = '“邻里一家亲” 记者走进柳岸社区';
    const page = `${title}\n\n2024-05-06 10:12:30 - 江城发布\n\n转自:江城发布\n\n${title}\n\n${title}\n\n${title}\n\n5月5日,江城“邻里一家亲”采访活动走进柳岸社区,记者们看了长者食堂和四点半课堂。\n`;
    const bulletin = parse(page);
    expect(bulletin.items.map((item) => [item.title, item.subtitle, item.blocks.map((block) => block.text.slice(0, 5))])).toEqual([[title, [title, title, title].join('\n'), ['5月5日,']]]);
    expect(bulletin.unassigned).toEqual([]);
  });
});

describe("an e-paper reader's list of pages", () => {
  it('is furniture without its 版面导航 heading too: each page number alone, its column below it', () => {
    const bulletin = parse('第B03版:社区 上一版2  4下一版\n\n第A01版\n头版\n\n第A02版\n要闻\n\n第B03版\n社区\n\n“长者食堂”开进柳岸社区\n本报讯 7日中午,柳岸社区长者食堂正式开张。\n');
    expect(bulletin.section).toBe('社区');
    expect(bulletin.meta.map((line) => [line.kind, line.value])).toEqual([['page', '社区'], ...['第A01版', '头版', '第A02版', '要闻', '第B03版', '社区'].map(() => ['furniture', 'page list'])]);
    expect(bulletin.items.map((item) => item.title)).toEqual(['“长者食堂”开进柳岸社区']);
  });

  it('is not a page line and a title below it', () => {
    const bulletin = parse('第A02版\n柳岸社区开办长者食堂\n本报讯 7日中午,柳岸社区长者食堂正式开张。\n');
    expect(bulletin.meta.map((line) => line.kind)).toEqual(['page']);
    expect(bulletin.items.map((item) => item.title)).toEqual(['柳岸社区开办长者食堂']);
  });

  const ITEM = '“长者食堂”开进柳岸社区\n本报讯 7日中午,柳岸社区长者食堂正式开张。\n';
  const metaOf = (text: string) => parse(text).meta.map((line) => [line.kind, line.text, line.value]);
  const listed = (...texts: string[]) => texts.map((text) => ['furniture', text, 'page list']);

  it('takes two pairs at least: one page number and a name below it are the page line and its column', () => {
    expect(metaOf(`第01版\n要闻\n${ITEM}`)).toEqual([['page', '第01版', ''], ['section', '要闻', '要闻']]);
  });

  it('below 版面导航, takes a page’s number without 第 (`A01版`) as a page of the list, as `第A01版`', () => {
    const readAs = (page: string) =>
      parse(`版面导航\n${page}\n要闻\n${ITEM}`)
        .meta.filter((line) => line.text === page)
        .map((line) => [line.kind, line.value]);
    expect(readAs('第A01版')).toEqual([['furniture', 'page list']]);
    expect(readAs('A01版')).toEqual([['furniture', 'page list']]);
  });

  it('takes the run of whole page lines right below its pairs into the list', () => {
    expect(metaOf(`第01版\n要闻\n第02版\n社区\n第03版:文体\n第04版:专版\n${ITEM}`)).toEqual(listed('第01版', '要闻', '第02版', '社区', '第03版:文体', '第04版:专版'));
  });

  it("ends the page's text as well: its last pair, or a number alone below it", () => {
    expect(metaOf(`${ITEM}第01版\n要闻\n第02版\n社区\n`)).toEqual(listed('第01版', '要闻', '第02版', '社区'));
    expect(metaOf(`${ITEM}第01版\n要闻\n第02版\n社区\n第03版\n`)).toEqual([...listed('第01版', '要闻', '第02版', '社区'), ['page', '第03版', '']]);
  });

  it("names a column in up to 8 characters, unpunctuated: a longer line or a sentence below a number is no column's name", () => {
    expect(metaOf(`第01版\n综合新闻城事社区\n第02版\n要闻\n${ITEM}`)).toEqual(listed('第01版', '综合新闻城事社区', '第02版', '要闻'));
    for (const name of ['综合新闻城事社区版', '开会了。']) {
      expect(metaOf(`第01版\n${name}\n第02版\n要闻\n${ITEM}`).filter(([, , value]) => value === 'page list')).toEqual([]);
    }
  });
});

describe('a credit alone below a paragraph ending in its byline', () => {
  it('is the credit of the item’s picture, its caption not printed: the paragraph stays the item’s text', () => {
    for (const tail of ['(记者 周宁)', '记者 周宁']) {
      const bulletin = parse(`柳岸社区：温暖过大年\n本报讯 春节将至，柳岸社区开展系列活动。\n居民们说，年味更浓了。${tail}\n通讯员 林舟 摄\n`);
      expect(bulletin.unassigned).toEqual([]);
      const [item] = bulletin.items;
      expect(item!.blocks.map((block) => block.text)).toEqual(['本报讯 春节将至，柳岸社区开展系列活动。', '居民们说，年味更浓了。']);
      expect(item!.people.map((person) => [person.name, person.source])).toEqual([['周宁', 'byline'], ['林舟', 'credit']]);
    }
  });
});

describe("a byline in brackets below a paragraph ending in its picture's credit", () => {
  it("is the item's byline, not an item of its own; a bare one below it still opens the next", () => {
    const bulletin = parse('柳岸社区举办读书节\n3月6日,柳岸社区举办读书节,居民们交换图书。雷 洁摄\n(李 莉)\n');
    expect(bulletin.items.map((item) => [item.title, item.byline, item.credit?.raw])).toEqual([['柳岸社区举办读书节', '李 莉', '雷 洁摄']]);
    const next = parse('柳岸社区举办读书节\n3月6日,柳岸社区举办读书节,居民们交换图书。雷 洁摄\n记者 孔越\n近日,东湖社区开展义诊,百余名居民受益。\n');
    expect(next.items.map((item) => item.byline)).toEqual([null, '记者 孔越']);
  });
});

describe('a photo page’s head above a run of pictures', () => {
  const caption = (i: number) => `第${i}位志愿者在柳岸社区的路口执勤，守护着大家的家园，一站就是一整天。 孔越 摄`;
  const page = (pictures: number) => ['志愿者群像', ...Array.from({ length: pictures }, (_, i) => caption(i + 1)), '文/周宁', '一夜之间,城区静了下来。'].join('\n\n') + '\n';

  it('goes to the text after up to 24 pictures; after 25, the first picture keeps it', () => {
    const held = parse(page(24)).items;
    expect(held.map((item) => item.title)).toEqual([...Array(24).fill(null), '志愿者群像']);
    const kept = parse(page(25)).items;
    expect(kept.map((item) => item.title)).toEqual(['志愿者群像', ...Array(25).fill(null)]);
  });

  it('a head above a picture of two captions, or above a run ended by one, stays with the first picture', () => {
    const twoCaptions = ['志愿者群像', caption(1).replace(' 孔越 摄', ''), caption(2), '文/周宁', '一夜之间,城区静了下来。'].join('\n') + '\n';
    expect(parse(twoCaptions).items.map((item) => [item.title, item.blocks.length])).toEqual([['志愿者群像', 2], [null, 1]]);
    const endedByTwo = ['志愿者群像', caption(1), `${caption(2).replace(' 孔越 摄', '')}\n${caption(3).replace(' 孔越 摄', '')}\n齐夏 摄`, '文/周宁', '一夜之间,城区静了下来。'].join('\n\n') + '\n';
    expect(parse(endedByTwo).items.map((item) => [item.title, item.blocks.length])).toEqual([['志愿者群像', 1], [null, 2], [null, 1]]);
  });

  it('a text of one paragraph, or a feature with sub-headings, takes the head', () => {
    expect(parse(page(1)).items.map((item) => [item.kind, item.title])).toEqual([['photo', null], ['brief', '志愿者群像']]);
    const feature = ['志愿者群像', caption(1), '文/周宁', '一夜之间,城区静了下来。志愿者们走上街头。', '守在路口', '他们一站就是一整天。', '送菜上门', '他们把菜送到老人家中。'].join('\n\n') + '\n';
    expect(parse(feature).items.map((item) => [item.kind, item.title])).toEqual([['photo', null], ['feature', '志愿者群像']]);
  });

  it("the picture whose caption names no organisation is about the one its lent head names, in the header or the headline", () => {
    const below = ['邻居们端出拿手菜，在楼下的空地上摆起了长桌宴。 孔越 摄', '文/周宁', '一年一度的邻里节又到了，老老少少都来了。'];
    for (const head of ['柳岸社区举办邻里节', '柳岸社区：邻里节办起来了']) {
      const [picture, text] = parse([head, ...below].join('\n\n') + '\n').items;
      expect([picture!.kind, picture!.title, picture!.community]).toEqual(['photo', null, '柳岸社区']);
      expect([text!.kind, text!.community]).toEqual(['brief', '柳岸社区']);
    }
  });

  it('a text below a picture’s file of its own is one more picture, its credit lost: the first picture keeps the head', () => {
    const story = ['志愿者群像', '• 1.jpg', caption(1), '• 组照2:雨中执勤 (2).jpg', caption(2), '• 3.jpg', '第3位志愿者在柳岸社区的路口执勤，守护着大家的家园。十年来，他每天清晨六点都会准时来到这个路口，风雨无阻，从不缺席，为过往的老人和孩子'].join('\n\n') + '\n';
    expect(parse(story).items.map((item) => [item.kind, item.title, item.credit?.raw ?? null])).toEqual([
      ['photo', '志愿者群像', '孔越 摄'],
      ['photo', null, '孔越 摄'],
      ['brief', null, null],
    ]);
  });

  it('a picture with a head of its own ends the run: the text below takes that head, the first picture keeps its own', () => {
    const headed = ['志愿者群像', caption(1), '东湖社区：老楼换新颜', caption(2), '文/周宁', '一夜之间,城区静了下来。'].join('\n\n') + '\n';
    expect(parse(headed).items.map((item) => item.title)).toEqual(['志愿者群像', null, '老楼换新颜']);
  });
});

describe('a continued text under the line that says where it comes from', () => {
  it('has no title: `上接01版` is a line about the page', () => {
    const bulletin = parse('上接01版\n柳岸社区的志愿者们又来到王大爷家中,帮他打扫了院子。\n王大爷说,有大家在,心里踏实。（李 莉）\n');
    expect(bulletin.items.map((item) => [item.title, item.header, item.byline])).toEqual([[null, null, '李 莉']]);
    expect(bulletin.meta.map((meta) => [meta.kind, meta.text])).toEqual([['furniture', '上接01版']]);
  });

  it('opens its item though it opens as no news item does', () => {
    const bulletin = parse('上接01版\n年味从团圆饭的笑语中延续下来,也在这座城市里蔓延开去。\n老人们说,这样的年过得踏实。\n');
    expect(bulletin.items.map((item) => [item.title, item.blocks.length])).toEqual([[null, 2]]);
    expect(bulletin.unassigned).toEqual([]);
  });
});

describe('a name alone below a finished text', () => {
  const letter = '楼道灯坏了谁来修\n编辑同志:\n我家楼道的灯坏了一个多月,希望有关部门尽快修好。\n林小禾\n';

  it('signs it: the writer is the author, and the text ends above the name', () => {
    const [item] = parse(letter).items;
    expect([item!.byline, item!.authors, item!.truncated]).toEqual(['林小禾', ['林小禾'], false]);
    expect(item!.blocks.at(-1)!.text).toBe('我家楼道的灯坏了一个多月,希望有关部门尽快修好。');
  });

  it('signs it above the copy\'s editor line too', () => {
    const [item] = parse(letter + '编辑:周宁\n').items;
    expect(item!.authors).toEqual(['林小禾']);
  });

  it('below a sentence cut off is the rest of it, not a signature', () => {
    const [item] = parse('楼道灯坏了谁来修\n我家楼道的灯坏了一个多月,希望有关部门尽快\n修好吧\n').items;
    expect([item!.byline, item!.authors]).toEqual([null, []]);
  });

  it('signs a headerless text of one paragraph; below a paragraph whose byline is glued, it is no signature', () => {
    const [item] = parse('近日,东湖街道柳岸社区开展楼道清理活动,志愿者清出杂物三车。\n林小禾\n').items;
    expect(item!.authors).toEqual(['林小禾']);
    const glued = parse('近日,东湖街道柳岸社区开展楼道清理活动,志愿者清出杂物三车。(记者 周宁)\n林小禾\n');
    expect(glued.items[0]!.authors).toEqual(['周宁']);
  });

  it('signs it with two or three names spaced apart, a padded name among them', () => {
    const brief = '南楼社区 组建银发志愿服务队\n本报讯 日前,南楼社区组建银发志愿服务队,二十多位退休老人报名加入。\n';
    const next = '东湖社区:举办邻里节\n本报讯 近日,东湖社区举办邻里节。\n(周 宁)\n';
    for (const [names, people] of [
      ['曹蓉 彭晓', ['曹蓉', '彭晓']],
      ['李 莉 王鹤婷', ['李莉', '王鹤婷']],
      ['曹蓉 彭晓 周小川', ['曹蓉', '彭晓', '周小川']],
    ] as const) {
      const [item, after] = parse(`${brief}${names}\n${next}`).items;
      expect([item!.byline, item!.authors, item!.truncated]).toEqual([names, people, false]);
      expect(after!.title).toBe('举办邻里节');
    }
  });

  it('between paragraphs is no signature: the text goes on below it', () => {
    const [item] = parse('楼道灯坏了谁来修\n我家楼道的灯坏了一个多月,希望有关部门尽快修好。\n林小禾\n物业回复说,灯已经换好了,感谢居民的监督。\n').items;
    expect(item!.byline).toBeNull();
  });
});

describe("the decisions `bulletin explain` prints", () => {
  it('name the item each line went to, counted from 1, and none for a line about the page', () => {
    const page = ['第A04版:城事社区', '柳岸社区: 长者食堂开张', '本报讯 近日，柳岸社区的长者食堂开张。', '东湖社区: 四点半课堂开课', '本报讯 近日，东湖社区的四点半课堂开课。'].join('\n');
    const decisions: { label: string; item: number | null }[] = [];
    parse(page, { onDecision: ({ label, item }) => decisions.push({ label, item }) });
    expect(decisions).toEqual([
      { label: 'page', item: null },
      { label: 'header', item: 1 },
      { label: 'body', item: 1 },
      { label: 'header', item: 2 },
      { label: 'body', item: 2 },
    ]);
  });

  it("put a site's head with no text above the page's first item outside any item, and count the items after it from 1", () => {
    const page = ['江城在线', '热点新闻  热点图片', '', '柳岸镇：重阳敬老暖人心', '', '本报讯 重阳节前夕，柳岸镇组织志愿者走访敬老院。（林小雨）'].join('\n');
    const decisions: { label: string; item: number | null }[] = [];
    const bulletin = parse(page, { onDecision: ({ label, item }) => decisions.push({ label, item }) });
    expect(decisions).toEqual([
      { label: 'unassigned', item: null },
      { label: 'unassigned', item: null },
      { label: 'header', item: 1 },
      { label: 'body', item: 1 },
    ]);
    expect(bulletin.items.map((item) => item.index)).toEqual([1]);
    // (Reported, as any text outside an item is: a correspondent's first brief that lost its punctuation is not passed over.)
    expect(bulletin.unassigned.map((run) => run.text)).toEqual(['江城在线\n热点新闻  热点图片']);
    // (So is a head of the form ORG: TITLE with stray words below it and no sentence: a site's title, `TITLE_江城新闻网`
    // / `新闻 广告热线:…`.)
    const siteTitle = ['柳岸镇青石村：百姓舞台百姓演_江城新闻网', '新闻 广告热线:0000-1234567', '', '柳岸镇青石村：百姓舞台百姓演', '', '近日，青石村的文化广场上举行了一场广场舞比赛。'].join('\n');
    const read = parse(siteTitle);
    expect(read.items.map((item) => item.title)).toEqual(['百姓舞台百姓演']);
    expect(read.unassigned.map((run) => run.text)).toEqual(['柳岸镇青石村：百姓舞台百姓演_江城新闻网\n新闻 广告热线:0000-1234567']);
  });

  it('keep a first item that says something, a head of the form ORG: TITLE alone, or one that no item follows', () => {
    // (A sentence: a brief of one line under its head is news, however short.)
    const brief = ['邻里节开幕', '柳岸社区邻里节开幕了！', '', '东湖社区：四点半课堂开课', '本报讯 近日，东湖社区的四点半课堂开课。'].join('\n');
    expect(parse(brief).items.map((item) => [item.title, item.blocks[0]?.text])).toEqual([
      ['邻里节开幕', '柳岸社区邻里节开幕了！'],
      ['四点半课堂开课', '本报讯 近日，东湖社区的四点半课堂开课。'],
    ]);
    // (So is a paragraph of clauses that ends on a dash, a lead-in: `…一路走一路看——`.)
    const leadIn = ['蹲点日记', '8月7日清晨，记者们来到红石村，开始为期三天的蹲点采访，一路走一路看——', '', '东湖社区：四点半课堂开课', '本报讯 近日，东湖社区的四点半课堂开课。'].join('\n');
    expect(parse(leadIn).items.map((item) => item.title)).toEqual(['蹲点日记', '四点半课堂开课']);
    // (So is a head of the form ORG: TITLE alone, its text missing.)
    const missingText = ['柳岸社区：邻里节开幕', '', '东湖社区：四点半课堂开课', '本报讯 近日，东湖社区的四点半课堂开课。'].join('\n');
    expect(parse(missingText).items.map((item) => item.title)).toEqual(['邻里节开幕', '四点半课堂开课']);
    // (A head alone with nothing below is the page's only item: no next item says it was the site's.)
    expect(parse('柳岸社区举办邻里节').items.map((item) => item.title)).toEqual(['柳岸社区举办邻里节']);
  });

  it("give the copy the title at a hollow head's end when the copy's author field opens the item right below it", () => {
    // (The column printed twice above it, its path's crumb and its heading, heads no item of its own.)
    const copy = ['网站首页 | 学院概况 | 高级检索', '校园生活', '', '校园生活', '', '青年志愿者协会举办“手拉手,温暖夕阳红”敬老活动', '', '作者:林小雨、周宁  来源:   时间:2024-05-06  浏览:3', '', '5月6日，由我校青年志愿者协会主办的敬老活动在学校礼堂举行。'].join('\n');
    const read = parse(copy);
    expect(read.items.map((item) => [item.title, item.authors])).toEqual([['青年志愿者协会举办“手拉手,温暖夕阳红”敬老活动', ['林小雨', '周宁']]]);
    // (The column printed twice is the page's section.)
    expect(read.section).toBe('校园生活');
    // (Not a column's short name, nor a line the text does not follow below the field: the site's lines, no title.)
    expect(parse(copy.replace('青年志愿者协会举办“手拉手,温暖夕阳红”敬老活动', '学生社团活动')).items.map((item) => item.title)).toEqual([null]);
    expect(parse(copy.replace('\n\n作者', '\n\n\n\n作者')).items.map((item) => item.title)).toEqual([null]);
    // (So is a headline with the copy's date and source right below it, the site's buttons and channel below them.)
    const dated = ['青石村开展防汛应急演练', '2024-06-18 09:30:00 来源:', 'A-', 'A+', '水利12讯:', '江城新闻网讯 通讯员 林小雨 报道 6月17日，青石村组织村民开展防汛应急演练。'].join('\n');
    expect(parse(dated).items.map((item) => [item.title, item.lead])).toEqual([['青石村开展防汛应急演练', '江城新闻网讯 通讯员 林小雨 报道']]);
    // (Not without the date line: pictures' labels above a lead are no title.)
    expect(parse(dated.replace('2024-06-18 09:30:00 来源:\n', '')).items.map((item) => item.title)).toEqual([null]);
  });

  it("give the copy the title at a hollow head's end when only the copy's lines (source, date, editors) stand between it and the text", () => {
    // (The site's path and channel above the title head no item: one item, titled, its text below the copy's lines.)
    const copy = ['江城党媒云 | 乡镇>', '青石新闻', '暖冬护老——青石镇派出所防诈防火宣传进公园', '来源:林小雨', '2025-10-31 14:33:23', '责编:周宁 孔越', '', '10月28日下午,青石镇派出所民警走进辖区公园,为老人们讲解防诈骗和冬季防火知识。'].join('\n');
    const read = parse(copy);
    expect(read.items.map((item) => [item.title, item.blocks[0]!.text.slice(0, 8)])).toEqual([['暖冬护老——青石镇派出所防诈防火宣传进公园', '10月28日下午']]);
    // (A government page's index fields above the title, the source field below it: the same.)
    const index = ['索 引 号 001234/2024-00037 分 类 /', '发布机构 柳岸街道 发文日期 2024-02-20', '标 题 柳岸街道为独居老人免费安装 烟感报警器', '文 号 无号 主 题 词', '内容概述', '时 效 有效', '柳岸街道为独居老人免费安装 烟感报警器', '信息来源:柳岸街道 发布日期:2024-02-20 10:20:01 浏览次数:', '', '近日,柳岸街道为辖区独居老人免费安装烟感报警器,守护老人居家安全。'].join('\n');
    expect(parse(index).items.map((item) => item.title)).toEqual(['柳岸街道为独居老人免费安装 烟感报警器']);
    // (`explain` tells of the lines in their order: the head's, held while it waited, before the copy's line below it.)
    const decisions: Array<[number, string]> = [];
    parse(index, { onDecision: ({ line, label }) => decisions.push([line.number, label]) });
    expect(decisions).toEqual([...[1, 2, 3, 4, 5, 6, 7].map((number): [number, string] => [number, 'unassigned']), [8, 'furniture'], [10, 'body-new']]);
    // (Any other line between them, a row of the site's links, and the head is an item of its own, as before.)
    const links = copy.replace('责编:周宁 孔越', '首页 | 新闻 | 政务 | 服务');
    expect(parse(links).items.length).toBe(2);
  });
});

describe("a web table's cell border after a line's text", () => {
  it('is the page furniture at its own place, so every character of the line has one owner (unassigned text, an item)', () => {
    for (const text of ['\u0001|', 'abc |', '柳岸社区开展义诊\n本报讯 近日,柳岸社区开展义诊活动。(周宁) |\n']) {
      const bulletin = parse(text);
      expect(unaccounted(text, bulletin), JSON.stringify(text)).toEqual([]);
      const bar = text.lastIndexOf('|');
      expect(bulletin.meta.filter((meta) => meta.value === 'cell border').map((meta) => [meta.text, meta.span.start.offset, meta.span.end.offset])).toEqual([['|', bar, bar + 1]]);
    }
  });
});

describe('a text printed a clause a line, as phone pages print it', () => {
  const clauses = ['又到一年采茶时节', '柳岸茶园也热闹起来', '在青石山的茶园里', '清晨时分,茶农踏着晨雾', '采下枝头鲜嫩的叶芽', '如在画中,美不胜收'];
  const report = '3月24日,柳岸县青石村村民林小雨一大早就在茶山里忙着采茶。今年春茶长势好,价格也比去年高,她请来两位邻居帮忙。';

  it('is text, its first clause no headline, when lines open as a clause goes on (`也`, `在`, `如`…)', () => {
    const read = parse([...clauses, '', report].join('\n'));
    expect(read.items.map((item) => [item.title, item.blocks[0]!.text.slice(0, 8), item.blocks.at(-1)!.text.slice(-6)])).toEqual([[null, '又到一年采茶时节', '位邻居帮忙。']]);
  });

  it("is no site's hollow head above the page's first item, but that item's text", () => {
    const read = parse([...clauses, '青石村生态茶园', report].join('\n'));
    expect(read.unassigned).toEqual([]);
    expect(read.items.map((item) => item.blocks[0]!.text.slice(0, 8))).toEqual(['又到一年采茶时节']);
  });

  it("keeps the headline above the copy's date line: a date is no clause of the text", () => {
    const read = parse(['茶香满山', '', '#2024年03月24日#', '', ...clauses, '', report].join('\n'));
    expect(read.items.map((item) => item.title)).toEqual(['茶香满山']);
  });

  it('is not read where no line opens so: short phrases in a row are heads (or a site\'s) still', () => {
    const phrases = ['又到一年采茶时节', '柳岸茶园热闹起来', '青石山的茶园里', '清晨时分,茶农踏着晨雾', '采下枝头鲜嫩的叶芽', '美不胜收'];
    const read = parse([...phrases, '', report].join('\n'));
    expect(read.items.map((item) => [item.title, item.blocks[0]!.text.slice(0, 5)])).toEqual([['美不胜收', '3月24日']]);
    expect(read.unassigned.length).toBe(1);
  });
});

describe('a short line above a paragraph that opens with 当天', () => {
  const page = (last: string) =>
    ['柳岸社区开展端午慰问活动', '', '端午节前夕,柳岸社区党委组织党员志愿者走访辖区困难家庭,为他们送去粽子和慰问金。', '', '走访慰问送温暖', '', '志愿者们来到独居老人林奶奶家中,与老人拉家常,询问她的身体状况和生活需求。', '', '红色教育强党性', '', last].join('\n');

  it('is a sub-heading of the text above: 当天 is a day that text told of', () => {
    const items = parse(page('当天下午,党员们前往革命纪念馆参观学习,重温入党誓词。')).items;
    expect(items.map((item) => [item.kind, item.title, item.blocks.at(-1)!.text.slice(0, 4)])).toEqual([['feature', '柳岸社区开展端午慰问活动', '当天下午']]);
  });

  it("heads an item of its own above a paragraph with a day and a unit of its own", () => {
    const items = parse(page('6月5日下午,青石村党员们前往革命纪念馆参观学习,重温入党誓词。')).items;
    expect(items.map((item) => item.title)).toEqual(['柳岸社区开展端午慰问活动', '红色教育强党性']);
  });
});

describe("a copy's date line above a dated caption", () => {
  it('is no caption of a photo set: the text below the caption goes on with it', () => {
    const page = ['家门口的邻里集市', '', '2024年08月31日  林小雨', '', '8月30日,在柳岸小区广场上,居民在参加社区活动。', '', '当天,柳岸街道青石社区举办“邻里节”活动,居民们在集市上交换闲置物品,现场十分热闹。', '', '活动让居民们感受到邻里之间的温暖。', '', '本报记者 林小雨 摄'].join('\n');
    const items = parse(page).items;
    expect(items.map((item) => [item.title, item.blocks.length, item.credit?.names])).toEqual([['家门口的邻里集市', 3, ['林小雨']]]);
  });

  it('two dated captions are a photo set still, and the text below them an item of its own', () => {
    const page = ['8月30日,在柳岸小区广场上,居民在参加社区活动。', '8月30日,在青石社区广场上,居民在交换闲置物品。', '柳岸街道青石社区举办“邻里节”活动,居民们在集市上交换闲置物品,现场十分热闹,活动让居民们感受到邻里之间的温暖。'].join('\n');
    expect(parse(page).items.length).toBeGreaterThan(1);
  });
});

describe('a paragraph that points back at what the text above named (`该街道…`, `此次…`)', () => {
  it('goes on with that text, printed again or not', () => {
    const copy = ['11月28日以来,柳岸街道组织开展“清洁家园”志愿服务活动。', '该街道400余名机关干部、社区干部及辖区居民响应号召,积极开展入户扫楼、清理卫生死角等活动。', '(来源:柳岸街道办事处 通讯员:林小雨)'];
    const items = parse([...copy, ...copy].join('\n')).items;
    expect(items.map((item) => [item.blocks.length, item.authors])).toEqual([
      [2, ['林小雨']],
      [2, ['林小雨']],
    ]);
  });
});

describe("a copy's fields in brackets below its text, its reviewers among them", () => {
  const page = (fields: string) => ['柳岸社区开展义诊活动', '', '5月6日，柳岸社区的志愿者来到敬老院，为老人量血压、讲保健知识。', '', fields].join('\n');

  it('end the text, a unit as its writer or a source before them (`(文图/UNIT  编辑/X  审核/Y)`)', () => {
    for (const fields of ['(文图/江城学院美术系     编辑/周宁宁     审核/陈平安)', '(来源:记者 林小雨/文 林小雨/| 审核: 陈平安 | 编审: 周宁 王进)']) {
      const [item] = parse(page(fields)).items;
      expect([item!.blocks.at(-1)!.text.slice(-6), item!.truncated], fields).toEqual(['讲保健知识。', false]);
    }
  });

  it("end the text unbracketed too, a writer's field beside the reviewer's, and name the writers", () => {
    expect(parse(page('撰稿人:林小雨、周宁 编辑:团委宣传部')).items.map((item) => [item.authors, item.truncated])).toEqual([[['林小雨', '周宁'], false]]);
    expect(parse(page('江城街道 文字作者:林小雨,图片作者:周宁,审核人:王进 2024.1.20')).items.map((item) => [item.authors, item.truncated])).toEqual([[['林小雨'], false]]);
  });

  it("still name the writer where the writer's field names a person", () => {
    expect(parse(page('(文/林小雨     编辑/周宁宁     审核/陈平安)')).items.map((item) => [item.authors, item.truncated])).toEqual([[['林小雨'], false]]);
  });
});

describe("short phrases below the text's last finished paragraph, no text below them", () => {
  const text = ['柳岸村开展冬小麦播种指导', '', '本报讯 10月20日,柳岸镇农技站的技术员来到柳岸村,指导村民科学播种冬小麦,今年全村计划种植小麦两千亩。', ''];

  it("are pictures' labels (or links), not the text cut off", () => {
    const [item] = parse([...text, '青石村村民在田间播种冬小麦', '农技人员为村民讲解播种技术', '', '编辑:周宁'].join('\n')).items;
    expect([item!.truncated, item!.blocks.filter((block) => block.type === 'paragraph').at(-1)!.text.slice(-4)]).toEqual([false, '两千亩。']);
    // (With nothing at all below them, at the page's end, too.)
    expect(parse([...text, '青石村村民在田间播种冬小麦'].join('\n')).items.map((item) => item.truncated)).toEqual([false]);
  });

  it('leave a name that signs the text, and a word cut off, as they were read', () => {
    const signed = parse([...text, '林小雨'].join('\n')).items[0]!;
    expect(signed.authors).toEqual(['林小雨']);
    const cut = parse([...text, '据了解,柳岸村'].join('\n')).items[0]!;
    expect(cut.truncated).toBe(true);
  });
});
