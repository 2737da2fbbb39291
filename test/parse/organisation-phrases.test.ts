// Phrases of running text that end in a suffix yet name no organisation: a verb
// before 社区 (`动员社区`), a body of the item's own community left unnamed
// (`社区党总支`), who a body belongs to (`业主委员会`), the pupils of a school
// (`大学生`), words that begin with 村 (`村民`). Found on real pages as junk in
// `organisations`; the sentences here are our own.

import { describe, expect, it } from 'vitest';
import { organisationsIn } from '../../src/parse/organisations.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const names = (text: string) => organisationsIn(text, DEFAULT_VOCABULARY).map((mention) => mention.name);

describe('verbs and a conjunction that end what came before a name', () => {
  // Each is a word of its own before the suffix: what follows it is the name, or nothing when no name follows.
  const WORDS = ['或', '动员', '营造', '前来', '联系', '家住', '延伸', '商议', '引导', '托起', '清理', '讲解', '协调', '上报', '建成', '兼职', '不出', '深挖', '完善', '增强', '建强', '建立', '单位'];

  it.each(WORDS)('%s + a name: the name alone', (word) => {
    expect(names(`志愿者${word}柳岸社区。`)).toEqual(['柳岸社区']);
  });

  it.each(WORDS)('%s + a bare suffix: no name', (word) => {
    expect(names(`,大家${word}社区。`)).toEqual([]);
  });

  it('reads the sentences they stand in', () => {
    expect(names('居民有困难可以及时联系社区,社区立即协调街道解决。')).toEqual([]);
    expect(names('家住东城社区的王阿姨说。')).toEqual(['东城社区']);
    expect(names('共建单位天骄幼儿园的老师也来了。')).toEqual(['天骄幼儿园']);
    expect(names('各支部分别建立党支部微信群。')).toEqual([]);
  });
});

describe("a body of a community or an estate left unnamed: the item's own, no name", () => {
  it.each(['党委', '党支部', '党总支', '团支部', '支部'])('社区%s, 小区%s', (body) => {
    expect(names(`,社区${body}书记介绍。`)).toEqual([]);
    expect(names(`,小区${body}书记介绍。`)).toEqual([]);
  });

  it("a named community's own bodies stay part of its name's reach: 柳岸社区团支部 names 柳岸社区 once", () => {
    expect(names('柳岸社区团支部组织青年志愿者。')).toEqual(['柳岸社区']);
    expect(names('柳岸社区党总支书记说。')).toEqual(['柳岸社区']);
  });

  it('who a body belongs to names no one: 业主委员会, 物业公司; a named company is a name', () => {
    expect(names(',业主委员会一起商量。')).toEqual([]);
    expect(names(',物业公司派人来修。')).toEqual([]);
    expect(names(',青禾物业公司派出维修人员。')).toEqual(['青禾物业公司']);
  });
});

describe('stems that open like no name', () => {
  // A quantifier or `the area's` before describing words or a kind of institution: `辖区卫生服务中心`, `不少老旧小区`.
  it.each(['辖区', '不少', '多个', '许多', '很多', '一些', '其他', '其它', '周边', '附近', '所在', '各个', '全体', '广大'])('%s…', (opening) => {
    expect(names(`,${opening}老旧小区加装电梯。`)).toEqual([]);
  });

  it.each(['辖区', '不少', '许多', '很多', '一些', '其他', '其它', '周边', '附近', '全体', '广大'])('%s + a kind of institution', (opening) => {
    // (多个, 所在, 各个 end in a word that ends a stem, 个 or 在: what follows them is read alone.)
    expect(names(`,${opening}卫生服务中心开展义诊。`)).toEqual([]);
  });

  it('a one-character quantifier opens real names, so it alone does not: 全椒县, 本溪市', () => {
    expect(names(',全椒县襄河镇开展活动。')).toEqual(['全椒县襄河镇']);
  });
});

describe('words that end like a suffix but are words of their own', () => {
  it('党员中心户 is a household, not a centre', () => {
    expect(names(',党员中心户带头清理楼道。')).toEqual([]);
    expect(names(',党群服务中心开展活动。')).toEqual(['党群服务中心']);
  });

  it('大学生, 中学生, 小学生 are pupils, not schools', () => {
    expect(names(',社区志愿者和大学生志愿者一起。')).toEqual([]);
    expect(names(',为辖区中小学生开设课堂。')).toEqual([]);
    expect(names(',东坡小学学生合唱。')).toEqual(['东坡小学']);
  });

  it.each([...'民内貌史级容务里庄落'])('村%s begins a word: no village ends before it', (second) => {
    expect(names(`,大家一起引导村${second}。`)).toEqual([]);
  });

  it('a village before such a word is still a village: 南庄村村民', () => {
    expect(names('南庄村村民自发组织巡逻队。')).toEqual(['南庄村']);
  });
});
