// Cases of src/parse/build-item.ts that its mutation run (the thirty-fifth session's, at 2f578f3) found unstated:
// each states what the item should read, on a short text of our own, and fails with the mutant it was written for
// (the survivors' review, .scratch/review35-build.md and docs/mutation.md).

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parser.js';

const only = (text: string, year: number | null = 2024) => {
  const found = parse(text, { year }).items;
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the head of an item', () => {
  it('whose one line is a subtitle (a web copy that lost its title) is a header of that line, with no title and no organisation', () => {
    const item = only('作者:周小禾 来源:东湖区新闻中心\n——柳岸社区办起长者食堂\n近日，柳岸社区的长者食堂开张，老人们吃上了热饭。\n');
    expect(item.subtitle).toBe('——柳岸社区办起长者食堂');
    // No headline was read: the header is the head as printed, its title empty, no organisation, so no separator.
    expect(item.header).toMatchObject({ text: '——柳岸社区办起长者食堂', title: '', organisation: null, separator: '' });
    expect(item.title).toBeNull();
  });
});

describe('a head read as a subtitle with no title above it', () => {
  it("is the title: an organisation's line, the copy's date, then the headline", () => {
    const item = only('江城社会工作中心\n2015年2月10日\n“青春情暖 长幼同乐”迎春游园会\n\n2月7日,江城社会工作中心在柳岸社区开展游园会活动,老人和孩子们玩得不亦乐乎。\n');
    expect(item.title).toBe('“青春情暖 长幼同乐”迎春游园会');
    expect(item.subtitle).toBeNull();
  });
});

describe('the dateline', () => {
  it('is not the 今日 of a paper’s name, where a quotation after the lead is never closed', () => {
    // `今日东湖报讯`: a lead whose paper is named 今日…; the quotation after it opens and never closes, so no dateline
    // stands after a quotation either. The paper's name is no date.
    const item = only('今日东湖报讯 “楼道里的灯终于亮了，住在三楼的周宁老人高兴地说。柳岸社区的电工连夜修好了线路。\n');
    expect(item.lead).toBe('今日东湖报讯');
    expect(item.dateline).toBeNull();
    expect(item.date).toBeNull();
  });

  it('after a space and a comma, spaced as OCR spaces it and cut by a column break right before 日, is read whole', () => {
    // The head (the first line) holds the lead, its gap and 14 characters of the date: too few for the longest dateline,
    // so the date is read from the joined paragraph.
    const item = only('东湖街道举办迎新年长跑\n本报讯 ，2023 年 12 月 31\n日，东湖街道在柳岸公园举办迎新年长跑，三百多名居民参加。\n');
    expect(item.dateline).toBe('2023 年 12 月 31日');
    expect(item.date).toBe('2023-12-31');
  });

  it('gives an ISO date whose year has four digits, a year before 1000 too', () => {
    expect(only('东湖街道举办长跑\n本报讯 6月24日，东湖街道举办长跑。\n', 999).date).toBe('0999-06-24');
    expect(only('东湖街道举办长跑\n本报讯 0999年6月24日，东湖街道举办长跑。\n', null).date).toBe('0999-06-24');
  });
});

describe('the community of a text that opens with its newsroom', () => {
  it('is not the media centre named as the copy\'s source before its reporters or a dash to its paper', () => {
    expect(only('江城县融媒体中心(记者 林帆)5月12日,柳岸社区组织志愿者清扫河道。\n').community).toBe('柳岸社区');
    expect(only('江城新闻网-江城县融媒体中心(记者 林帆)5月12日,东湾村的村民们迎来了义诊队。\n').community).toBe('东湾村');
    expect(only('江城市融媒体中心—江城日报讯(记者 林帆)又是一年春耕时,青石镇的田间一片繁忙。\n').community).toBe('青石镇');
    // (Where the centre itself acts, it is the community, without its county as any office is: `江城县融媒体中心组织…`.)
    expect(only('江城县融媒体中心派出二十名青年到柳岸社区义诊。\n').community).toBe('融媒体中心');
  });
});

describe("the community of a school's text that names no organisation but its own body (597, 1794, in our words)", () => {
  it('is that body, as the conventions write it: `我校团委` → 团委, `我院学生会` → 学生会', () => {
    expect(only('3月5日,我校团委组织青年教师和学生志愿者八十余人走上街头,清扫路面、擦拭护栏。\n').community).toBe('团委');
    expect(only('9月17日,我院学生会组织志愿者看望老人,为他们打扫房间、表演节目。\n').community).toBe('学生会');
  });

  it('is any organisation the text names instead, and nothing where the school says no body of its own', () => {
    expect(only('3月5日,我校团委组织志愿者走进柳岸社区,为居民清扫楼道。\n').community).toBe('柳岸社区');
    expect(only('3月5日,我校组织青年教师和学生志愿者八十余人走上街头,清扫路面、擦拭护栏。\n').community).toBe(null);
  });
});
