// Behaviours of the lines the thirty-fifth session changed in src/parse (features.ts, organisations.ts, patterns.ts,
// grammar.ts, parser.ts) that its mutation run over those lines (at 103738a) left unstated: each case written from
// what the code is for, at the edge where a survivor reads otherwise. The sentences, names and places are invented.

import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/parse/features.js';
import { IMPOSSIBLE, emission, ending, transition, type Label } from '../../src/parse/grammar.js';
import { organisationsIn } from '../../src/parse/organisations.js';
import { parse } from '../../src/parse/parser.js';
import { isStockPictureLabel } from '../../src/parse/patterns.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const read = (content: string) => readLine(content, DEFAULT_VOCABULARY);
const names = (text: string) => organisationsIn(text, DEFAULT_VOCABULARY).map((mention) => mention.name);
const LEAD = '本报讯 近日,柳岸社区举办邻里节,居民们拿出自家做的菜肴,摆满了长桌。';

describe('features.ts: a page line and a lead\'s bracket', () => {
  it('reads a page number in full-width figures up to ９', () => {
    // (The page line's gate takes ０ to ９, as PAGE_LINE does: the last figure too.)
    expect(read('９版:社区新闻').page).toBe('社区新闻');
  });

  it('reads a lead\'s bracket that is a credit alone, the role and the verb glued to the name', () => {
    // No names' reading of its own: the credit's reading gives the photographer and the role.
    const people = read('本报讯(特约通讯员葛明远摄影报道)近日,柳岸社区开展义诊活动。').lead?.people;
    expect(people?.map((person) => [person.name, person.role])).toEqual([['葛明远', '特约通讯员']]);
  });

  it('reads a credit line of two roles below a caption whole: no glued tail is looked for in a credit line', () => {
    // Read as a caption with the second role's credit glued to it, the first person would be lost as a caption's text.
    const items = parse(`志愿者在清扫街道\n通讯员 林小雨 记者 周宁 摄影报道\n${LEAD}\n`, { year: 2024 }).items;
    expect(items.map((item) => item.credit?.names ?? null)).toContainEqual(['林小雨', '周宁']);
    expect(items.flatMap((item) => item.asides.map((aside) => aside.text))).not.toContain('通讯员 林小雨');
  });
});

describe('organisations.ts: 建设 is a unit\'s name only right after a district\'s name and right before the suffix', () => {
  it('is the name between the district and the suffix, the district of two characters too', () => {
    expect(names('近日,东区建设社区举办邻里节。')).toEqual(['东区建设社区']);
  });

  it('is a verb with a word between it and the suffix: the name is what follows it', () => {
    // The district builds in 柳岸社区: 建设 is the verb. (`建设幸福社区`, a word of praise built, is a slogan: organisation-rules.)
    expect(names('东湾区建设柳岸社区的新广场。')).toEqual(['柳岸社区']);
  });

  it('holds for 建设 only: another verb of the list there (开设, 建成) stays a verb', () => {
    expect(names('近日,东湾区开设社区食堂,方便老人就餐。')).toEqual([]);
    expect(names('近日,东湾区建成社区服务站五个。')).toEqual([]);
  });

  it('is a verb after anything but a district\'s name, or after a district named by a pointing word', () => {
    expect(names('志愿者建设社区花园。')).toEqual([]);
    // 区 alone (the district, unnamed) and 本区, 该区: no district's name before 建设.
    expect(names('近日,区建设社区服务站。')).toEqual([]);
    expect(names('本区建设社区食堂五个。')).toEqual([]);
    expect(names('该区建设社区食堂五个。')).toEqual([]);
  });

  it('leaves 将 alone (no 军 after it) a word that ends what came before a name', () => {
    expect(names('志愿者将柳岸社区的楼道打扫干净。')).toEqual(['柳岸社区']);
  });
});

describe('patterns.ts: the stock labels under an event\'s pictures', () => {
  it('takes the longest of them, five characters', () => {
    expect(isStockPictureLabel('活动现场图')).toBe(true);
  });
});

describe('grammar.ts: a picture\'s marked label, a unit\'s 供稿 line', () => {
  const PARAGRAPH = '居民们说服务更方便了。';
  function reasons(after: [Label, string], label: Label, text: string): { allowed: boolean; reasons: string[] } {
    const why: string[] = [];
    const line = { text, facts: read(text), pageTop: false, afterBlank: false };
    const own = emission(line, label, why);
    const step = transition(after[0], read(after[1]), label, line, why);
    return { allowed: own < IMPOSSIBLE && step < IMPOSSIBLE, reasons: why };
  }

  it('explains a numbered label by its number and a label after ▲ by the mark', () => {
    expect(reasons(['body', PARAGRAPH], 'picture', '图1 志愿者在清扫楼道').reasons[0]).toBe("a picture's label, numbered or the scene's");
    expect(reasons(['body', PARAGRAPH], 'picture', '活动现场').reasons[0]).toBe("a picture's label, numbered or the scene's");
    expect(reasons(['body', PARAGRAPH], 'picture', '▲志愿者在清扫楼道').reasons[0]).toBe("a picture's label marked ▲");
  });

  it('lets a unit\'s 供稿 line stand in a head that no byline opened', () => {
    // Below a headline, the unit that supplied the copy is a line of its head; only a byline above refuses it.
    expect(reasons(['headline', '柳岸社区举办邻里节'], 'meta', '东坡学院青年服务队供稿').allowed).toBe(true);
    expect(reasons(['byline-before', '文/周宁'], 'meta', '东坡学院青年服务队供稿').allowed).toBe(false);
  });

  it('ends the page at no cost below a marked label read as a picture only: as another label the line costs what it did', () => {
    const marked = read('图1 志愿者在清扫楼道');
    expect(ending('picture', marked)).toBe(0);
    expect(ending('subheading', marked)).toBe(ending('subheading'));
    expect(ending('caption', marked)).toBe(ending('caption'));
  });
});

describe("parser.ts: a web copy's field names one under another", () => {
  it('keeps the second field\'s name a name below an empty field: the line below it is the author\'s', () => {
    const page = `柳岸社区举办邻里节\n2024-05-06 10:20\n来源:\n作者:\n周宁\n${LEAD}\n`;
    const items = parse(page, { year: 2024 }).items;
    expect(items.map((item) => [item.title, item.authors])).toEqual([['柳岸社区举办邻里节', ['周宁']]]);
  });
});
