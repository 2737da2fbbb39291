// A unit's own news lead in brackets, the writers it names, and a credit's fields that name the writers and the
// photographers together: forms of school and office sites (383, 2170, 2186, 2201), stated in our own words.

import { describe, expect, it } from 'vitest';
import { matchLead } from '../../src/parse/features.js';
import { parse } from '../../src/parse/parser.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const PARAGRAPH = '3月5日下午,柳岸社区组织志愿者清扫街巷、看望独居老人,四十余名居民参加了活动。';
const SECOND = '社区书记说,今后还将把这样的活动坚持下去,让更多居民参与进来。';
const lead = (text: string) => matchLead(text, DEFAULT_VOCABULARY);
const peopleOf = (item: { people: Array<{ name: string | null; source: string }> }, source: string) => item.people.filter((person) => person.source === source).map((person) => person.name);

describe("a unit's own 讯 in brackets opening its text", () => {
  it('is a lead, its writers after the 讯 the lead\'s people (`(UNIT讯 通讯员 X 报道)`)', () => {
    expect(lead(`(东湖区柳岸街道讯 通讯员 林小禾 报道)${PARAGRAPH}`)).toMatchObject({ text: '(东湖区柳岸街道讯 通讯员 林小禾 报道)', people: [{ name: '林小禾' }] });
  });

  it('is a lead in lenticular brackets too, a unit alone after it its writer (`【UNIT讯 团委】`)', () => {
    expect(lead(`【江城大学新闻中心讯 团委】${PARAGRAPH}`)).toMatchObject({ text: '【江城大学新闻中心讯 团委】', people: [{ name: '团委' }] });
  });

  it('is a lead with its writers named before the 讯 (`(UNIT A B讯)`)', () => {
    expect(lead(`(江城大学青年志愿者协会 林小禾 周宁讯)${PARAGRAPH}`)?.people.map((person) => person.name)).toEqual(['林小禾', '周宁']);
  });

  it('is no lead where what stands before the 讯 is no organisation, or the brackets do not pair', () => {
    expect(lead(`(通讯员 林小禾)${PARAGRAPH}`)).toBeNull();
    expect(lead(`(快乐的一天讯)${PARAGRAPH}`)).toBeNull();
    expect(lead(`(江城大学新闻中心讯 团委】${PARAGRAPH}`)).toBeNull();
  });

  it('alone on its line, opens the text below it: the item has the lead, its writer, and its text from the paragraph', () => {
    const items = parse(`(东湖区柳岸街道讯 通讯员 林小禾 报道)\n${PARAGRAPH}\n${SECOND}\n`, { year: 2026 }).items;
    expect(items).toHaveLength(1);
    expect(items[0]?.lead).toBe('(东湖区柳岸街道讯 通讯员 林小禾 报道)');
    expect(items[0]?.authors).toEqual(['林小禾']);
    // (The lead is printed with its paragraph, as `本报讯` alone on its line is.)
    expect(items[0]?.blocks.map((block) => block.text)).toEqual([`(东湖区柳岸街道讯 通讯员 林小禾 报道)${PARAGRAPH}`, SECOND]);
  });

  it('printed again below the text it opened, is the copy\'s line, no item of its own', () => {
    const bulletin = parse(`(东湖区柳岸街道讯 通讯员 林小禾 报道)\n${PARAGRAPH}\n(编辑:周宁)\n(东湖区柳岸街道讯 通讯员 林小禾 报道)\n`, { year: 2026 });
    expect(bulletin.items).toHaveLength(1);
    expect(bulletin.meta.map((line) => line.text)).toContain('(东湖区柳岸街道讯 通讯员 林小禾 报道)');
  });
});

describe("a paper's lead alone on its line, the same words before each brief of a column", () => {
  it('opens each brief: the same `本报讯` again is no copy printed twice', () => {
    const text = `柳岸社区:志愿者清扫街巷\n本报讯\n${PARAGRAPH}\n(李 莉)\n东湖社区:举办邻里节\n本报讯\n${SECOND}\n(李 莉)\n`;
    expect(parse(text, { year: 2026 }).items.map((item) => item.lead)).toEqual(['本报讯', '本报讯']);
  });
});

describe("a unit alone in a lead's bracket", () => {
  it('is the writer, as a unit alone in brackets at a text\'s end is (`本报讯(柳岸融媒)`)', () => {
    const items = parse(`柳岸乡:党员进村宣讲政策\n本报讯(柳岸融媒)${PARAGRAPH}\n`, { year: 2026 }).items;
    expect(items[0]?.authors).toEqual(['柳岸融媒']);
    expect(lead(`本报讯(江城县文明办)${PARAGRAPH}`)?.people.map((person) => person.name)).toEqual(['江城县文明办']);
  });

  it('is no writer where the bracket names a person', () => {
    expect(lead(`本报讯(林小禾)${PARAGRAPH}`)?.people.map((person) => person.name)).toEqual(['林小禾']);
  });
});

describe("a credit's fields naming the writers first, `作者:`, then the photographers", () => {
  const FIELDS = '作者:林小禾 周宁 摄影:孔越 吴桐 指导老师:陈平';

  it('on its own line: the writers and their teacher are authors, the photographers the credit', () => {
    const item = parse(`柳岸社区:志愿者清扫街巷\n${PARAGRAPH}\n${FIELDS}\n`, { year: 2026 }).items[0]!;
    expect(item.credit?.names).toEqual(['孔越', '吴桐']);
    expect(peopleOf(item, 'byline')).toEqual(['林小禾', '周宁', '陈平']);
    expect(item.people.find((person) => person.name === '陈平')?.role).toBe('指导老师');
  });

  it('glued after the last paragraph of a text whose line breaks were lost, stays one credit', () => {
    const text = `(江城大学青年志愿者协会 林小禾 周宁讯)${PARAGRAPH} ${SECOND} 随后,志愿者们又来到社区活动室,为老人们表演了精心准备的节目,现场掌声不断。 ${FIELDS}\n`;
    const items = parse(text, { year: 2026 }).items;
    expect(items).toHaveLength(1);
    expect(items[0]?.credit?.names).toEqual(['孔越', '吴桐']);
    expect(peopleOf(items[0]!, 'credit')).toEqual(['孔越', '吴桐']);
    expect(items[0]?.people.filter((person) => person.source !== 'credit').map((person) => person.name)).toEqual(expect.arrayContaining(['林小禾', '周宁', '陈平']));
    expect(items[0]?.people.filter((person) => person.source !== 'credit').map((person) => person.name)).not.toContain('孔越');
  });

  it('where no picture field follows, `作者:A` stays a web copy\'s field naming the author', () => {
    const item = parse(`柳岸社区:志愿者清扫街巷\n${PARAGRAPH}\n作者:林小禾 来源:柳岸社区\n`, { year: 2026 }).items[0]!;
    expect(item.credit).toBeNull();
    expect(item.authors).toEqual(['林小禾']);
  });
});
