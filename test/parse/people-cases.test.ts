// Splitting a byline into people (parsePeople, parseRunTogetherByline), stated whole: each person's name,
// role and source, in order. Each case is one an editor reads without hesitating; the mutation run of
// src/parse/people.ts found them unstated (docs/mutation.md).

import { describe, expect, it } from 'vitest';
import { parsePeople, parseRunTogetherByline } from '../../src/parse/people.js';
import { matchBylineLine } from '../../src/parse/bylines.js';
import { DEFAULT_VOCABULARY, extendVocabulary } from '../../src/parse/vocabulary.js';
import { parse } from '../../src/parse/parser.js';

const people = (raw: string) => parsePeople(raw, 'byline', DEFAULT_VOCABULARY);
const runTogether = (raw: string) => parseRunTogetherByline(raw, 'byline', DEFAULT_VOCABULARY)?.map((person) => [person.name, person.role]) ?? null;

describe('parsePeople', () => {
  it('passes over a province named where the copy was filed from: no one is called 内蒙古', () => {
    expect(people('内蒙古 林小雨')).toEqual([{ name: '林小雨', role: null, source: 'byline' }]);
    expect(people('记者 广西 周宁')?.map((person) => person.name)).toEqual(['周宁']);
  });

  it('gives a role once, with the name that follows it, and nothing for the role alone', () => {
    expect(people('记者 张三')).toEqual([{ name: '张三', role: '记者', source: 'byline' }]);
    expect(people('本报记者 张三 通讯员 李四 王五')).toEqual([
      { name: '张三', role: '本报记者', source: 'byline' },
      { name: '李四', role: '通讯员', source: 'byline' },
      { name: '王五', role: '通讯员', source: 'byline' },
    ]);
  });

  it('keeps a role that names no one as a person without a name', () => {
    expect(people('本报通讯员')).toEqual([{ name: null, role: '本报通讯员', source: 'byline' }]);
    expect(people('本报记者 通讯员 李四')).toEqual([
      { name: null, role: '本报记者', source: 'byline' },
      { name: '李四', role: '通讯员', source: 'byline' },
    ]);
  });

  it('takes the rank as part of the role: 首席记者 is a role of its own', () => {
    expect(people('首席记者 张三')).toEqual([{ name: '张三', role: '首席记者', source: 'byline' }]);
    // Glued to the name too: the vocabulary's role whole, not the rank's path that reads 记者 after 首席.
    expect(people('首席记者张三')).toEqual([{ name: '张三', role: '首席记者', source: 'byline' }]);
  });

  it('reads a paper’s name and rank run into a role, spaced from the name or glued to it, but not a paper’s name run into a name', () => {
    expect(people('江城日报社全媒体首席记者 周宁')).toEqual([{ name: '周宁', role: '记者', source: 'byline' }]);
    // Glued to the name too: the role is read after the rank, and the name after the role is kept.
    expect(people('东湖日报社全媒体首席记者林小雨')).toEqual([{ name: '林小雨', role: '记者', source: 'byline' }]);
    expect(people('东湖日报社首席记者林小雨')).toEqual([{ name: '林小雨', role: '记者', source: 'byline' }]);
    // Without a role the words before the name are no one's: not a byline.
    expect(people('江城日报张三')).toBeNull();
    // A role, then its name with 报道 glued (974, in our words); a place with 报道 after the name is where it was filed.
    expect(people('通讯员  林小雨报道')).toEqual([{ name: '林小雨', role: '通讯员', source: 'byline' }]);
    expect(people('记者 周宁 江城报道')).toEqual([{ name: '周宁', role: '记者', source: 'byline' }]);
    // An app's brand before a site, as before a paper (979, in our words).
    expect(people('新江城·每日江城网通讯员 林小雨')).toEqual([{ name: '林小雨', role: '通讯员', source: 'byline' }]);
    // An app's brand before a paper named 今报, 'today's paper' (807, in our words): the newsroom's, no one's name.
    expect(people('新江城·江城今报记者 林小雨 通讯员 周宁')?.map((person) => [person.name, person.role])).toEqual([['林小雨', '记者'], ['周宁', '通讯员']]);
  });

  it('reads four characters with no role as a name only after a compound surname: other fours are words', () => {
    expect(people('欧阳晓明')?.map((person) => person.name)).toEqual(['欧阳晓明']);
    expect(people('司马青 欧阳晓明')?.map((person) => person.name)).toEqual(['司马青', '欧阳晓明']);
    expect(people('乌海供电 守护光明')).toBe(null);
    expect(people('张三 长者食堂')).toBe(null);
    // After a role, the role says a person follows.
    expect(people('记者 张王丽华')?.map((person) => [person.name, person.role])).toEqual([['张王丽华', '记者']]);
    expect(people('阿依古丽·买买提')?.map((person) => person.name)).toEqual(['阿依古丽·买买提']);
    // Three characters, one of them beyond the BMP (two code units), are a name.
    expect(people('𠀀小明')?.map((person) => person.name)).toEqual(['𠀀小明']);
  });

  it('parts two names that a bracketed note stood between', () => {
    expect(people('王芳(实习)李强')).toEqual([
      { name: '王芳', role: null, source: 'byline' },
      { name: '李强', role: null, source: 'byline' },
    ]);
  });

  it('joins two single characters into one padded name, a supplementary-plane character too', () => {
    expect(people('李 莉')).toEqual([{ name: '李莉', role: null, source: 'byline' }]);
    expect(people('𠀋 莉')).toEqual([{ name: '𠀋莉', role: null, source: 'byline' }]);
  });

  it('reads a single character before a longer name as no byline: `李 莉莉` is not a padded name', () => {
    expect(people('李 莉莉')).toBeNull();
    expect(people('记者 李')).toBeNull();
  });

  it('is null when only work words are left: no one is named', () => {
    expect(people('文/图')).toBeNull();
    expect(people('摄影报道')).toBeNull();
    expect(people('')).toBeNull();
  });
});

describe('what stands among the names but names no one', () => {
  it('skips the unit the writers work for, a company group, a hospital or a college too: `东湾冶金集团 周 宁 林 安`', () => {
    const both = [{ name: '周宁', role: null, source: 'byline' }, { name: '林安', role: null, source: 'byline' }];
    for (const unit of ['东湾冶金集团', '临河市人民医院', '江城师范学院', '江城大学', '柳岸幼儿园', '区文化馆']) expect(people(`${unit} 周 宁 林 安`), unit).toEqual(both);
    // A 社区's or a 街道's name with its city and 街道 before it is the unit too: `临河市东湖街道柳岸社区 周 宁`.
    expect(people('临河市东湖街道柳岸社区 周 宁')).toEqual([{ name: '周宁', role: null, source: 'byline' }]);
    // The unit that supplied the copy, `UNIT供稿`, before the writer's name: `(江城人民医院供稿 周宁 文/图)`.
    expect(people('江城人民医院供稿 周宁 文/图')).toEqual([{ name: '周宁', role: null, source: 'byline' }]);
    // A party branch is a unit too: `(行政一党支部 周宁)`.
    expect(people('行政一党支部 周宁')).toEqual([{ name: '周宁', role: null, source: 'byline' }]);
    // A name is never a unit: a person called 周大学 stays a person.
    expect(people('周大学 林安')).toEqual([{ name: '周大学', role: null, source: 'byline' }, { name: '林安', role: null, source: 'byline' }]);
  });

  it("skips a college named by its discipline in one character, each before its writer's name (2089, in our words)", () => {
    expect(people('软件学院 周宁 文学院 林安')).toEqual([{ name: '周宁', role: null, source: 'byline' }, { name: '林安', role: null, source: 'byline' }]);
    expect(people('法学院 孔越')).toEqual([{ name: '孔越', role: null, source: 'byline' }]);
    // A name with another character before 学院 stays a person's: `记者 周学院`.
    expect(people('记者 周学院')).toEqual([{ name: '周学院', role: '记者', source: 'byline' }]);
  });

  it('skips the words of a told story: `口述:A 整理:记者 B` names A, who told it, and B, who wrote it up', () => {
    expect(people('口述:林秀英 整理:记者 孔 越 通讯员 杜晓帆')).toEqual([
      { name: '林秀英', role: null, source: 'byline' },
      { name: '孔越', role: '记者', source: 'byline' },
      { name: '杜晓帆', role: '通讯员', source: 'byline' },
    ]);
  });

  it("skips a web copy's field label and an outlet: `来源:江城融媒 张三、李四`", () => {
    expect(people('来源:江城融媒 张小山、李木')).toEqual([
      { name: '张小山', role: null, source: 'byline' },
      { name: '李木', role: null, source: 'byline' },
    ]);
  });

  it('skips a news lead printed on the byline\'s line: `本报讯 记者 张三` names the reporter alone', () => {
    expect(people('本报讯 记者 张三')).toEqual([{ name: '张三', role: '记者', source: 'byline' }]);
    expect(people('江城网讯 通讯员 李木')).toEqual([{ name: '李木', role: '通讯员', source: 'byline' }]);
    expect(people('临河融媒讯 记者 张三')).toEqual([{ name: '张三', role: '记者', source: 'byline' }]);
    // A name ending in 讯 is a name still.
    expect(people('记者 李讯')).toEqual([{ name: '李讯', role: '记者', source: 'byline' }]);
    expect(people('记者 王小讯')).toEqual([{ name: '王小讯', role: '记者', source: 'byline' }]);
  });

  it('reads a word of time as no name: `记者 近日` is no byline, nor `日前 记者 孔越` (the text\'s opening, not a person)', () => {
    for (const raw of ['记者 近日', '记者 日前', '通讯员 今天', '日前 记者 孔越', '记者 当天']) expect(people(raw), raw).toBeNull();
    // A name that holds such characters is a name still.
    expect(people('记者 林近日')).toEqual([{ name: '林近日', role: '记者', source: 'byline' }]);
  });

  it('reads a kind of body or of paper alone as no one: `小学`, `社区`, `日报` name nobody', () => {
    for (const word of ['小学', '社区', '中心', '日报', '晚报', '报社']) expect(people(word)).toBeNull();
    // Beside a name they are passed over, as a unit is.
    expect(people('社区 张三')).toEqual([{ name: '张三', role: null, source: 'byline' }]);
    expect(people('日报 记者 张三')).toEqual([{ name: '张三', role: '记者', source: 'byline' }]);
    // A name that ends in such a word is a name still: only the word alone is passed over (`一中` is a school's suffix).
    expect(people('王一中')).toEqual([{ name: '王一中', role: null, source: 'byline' }]);
    // A newsroom's own suffix is its own word too.
    const extended = extendVocabulary({ organisationSuffixes: ['合作社'] });
    expect(parsePeople('合作社', 'byline', extended)).toBeNull();
    expect(parsePeople('合作社', 'byline', DEFAULT_VOCABULARY)).toEqual([{ name: '合作社', role: null, source: 'byline' }]);
  });

  it('reads a beat before 记者 as the role: `社区记者`, `晚报记者`', () => {
    expect(people('社区记者 韦小岚 林溪')).toEqual([
      { name: '韦小岚', role: '社区记者', source: 'byline' },
      { name: '林溪', role: '社区记者', source: 'byline' },
    ]);
    expect(people('晚报记者 汪森')).toEqual([{ name: '汪森', role: '晚报记者', source: 'byline' }]);
  });

  it('reads a news app\'s reporter (`X新闻记者`, as new media name their outlets) as a 记者 of that outlet', () => {
    expect(people('江城新闻记者 林帆 通讯员 周晓')).toEqual([
      { name: '林帆', role: '记者', source: 'byline' },
      { name: '周晓', role: '通讯员', source: 'byline' },
    ]);
  });

  it('reads 通迅员, the role typed with its homophone, as 通讯员', () => {
    expect(people('通迅员 石磊')).toEqual([{ name: '石磊', role: '通迅员', source: 'byline' }]);
  });

  it('reads 报道 run into the last name after its role as what the reporter did, not a place a report was filed from', () => {
    expect(people('记者林帆 通讯员周宁报道')).toEqual([
      { name: '林帆', role: '记者', source: 'byline' },
      { name: '周宁', role: '通讯员', source: 'byline' },
    ]);
    // A place before 报道 after the names is where it was filed from, as before: `林帆 青岛报道`.
    expect(people('林帆 青岛报道')).toEqual([{ name: '林帆', role: null, source: 'byline' }]);
    expect(people('记者报道')).toEqual([{ name: null, role: '记者', source: 'byline' }]);
  });

  it("reads a campus paper's `大学生记者` as the role, the name spaced or run into it", () => {
    expect(people('大学生记者 王 健')).toEqual([{ name: '王健', role: '大学生记者', source: 'byline' }]);
    expect(people('大学生记者王健')).toEqual([{ name: '王健', role: '大学生记者', source: 'byline' }]);
    // (Four characters before 记者 are no beat: `志愿服务记者…` is a phrase's.)
    expect(people('志愿服务队记者王健')).toBe(null);
  });

  it('reads a one-character suffix as half of a padded name, not a bare suffix: 区 is a surname too', () => {
    expect(people('记者 区 伟')).toEqual([{ name: '区伟', role: '记者', source: 'byline' }]);
  });

  it('reads 文 as a surname where it pads a name of two, as 文 the work word elsewhere', () => {
    expect(people('记者  文  川')).toEqual([{ name: '文川', role: '记者', source: 'byline' }]);
    expect(people('记者 文 川 通讯员 林 溪')).toEqual([
      { name: '文川', role: '记者', source: 'byline' },
      { name: '林溪', role: '通讯员', source: 'byline' },
    ]);
    expect(people('文 川 摄')).toEqual([{ name: '文川', role: null, source: 'byline' }]);
    // The work word: before a padded name of its own, before a name of two, before another work word.
    expect(people('文 林 溪')).toEqual([{ name: '林溪', role: null, source: 'byline' }]);
    expect(people('文 林溪')).toEqual([{ name: '林溪', role: null, source: 'byline' }]);
    expect(people('文 图 林 溪')).toEqual([{ name: '林溪', role: null, source: 'byline' }]);
    expect(people('文 图')).toBeNull();
  });

  it('takes 文 off a name run into `文/摄` or `文/图` after a role, where a name of two or three characters is left', () => {
    expect(people('记者林晓文/摄')).toEqual([{ name: '林晓', role: '记者', source: 'byline' }]);
    expect(people('记者温小川文/图')).toEqual([{ name: '温小川', role: '记者', source: 'byline' }]);
    expect(people('记者温小川文／摄 ')).toEqual([{ name: '温小川', role: '记者', source: 'byline' }]);
    expect(people('本报记者 周宁 通讯员林晓文/摄')).toEqual([
      { name: '周宁', role: '本报记者', source: 'byline' },
      { name: '林晓', role: '通讯员', source: 'byline' },
    ]);
    // A name of one character would be left: 张文 wrote it (`/图`, the pictures' word after a slash).
    expect(people('记者张文/图')).toEqual([{ name: '张文', role: '记者', source: 'byline' }]);
    // With a space the 文 is the name's (林晓文 took the picture), and with no role the run is a name as written.
    expect(people('记者 林晓文 摄')).toEqual([{ name: '林晓文', role: '记者', source: 'byline' }]);
    expect(people('林晓文/摄')).toEqual([{ name: '林晓文', role: null, source: 'byline' }]);
    // Only the last name before the work words: a name ending in 文 earlier in the list keeps it.
    expect(people('记者 温晓文 林泉文/图')).toEqual([
      { name: '温晓文', role: '记者', source: 'byline' },
      { name: '林泉', role: '记者', source: 'byline' },
    ]);
  });

  it("reads a desk or an app of the newsroom before 记者 as the newsroom's reporter: `江城日报云新闻记者`", () => {
    expect(people('江城日报云新闻记者 孔越 通讯员 林 溪')).toEqual([
      { name: '孔越', role: '记者', source: 'byline' },
      { name: '林溪', role: '通讯员', source: 'byline' },
    ]);
    expect(people('江城晚报海外版记者 季蓉')).toEqual([{ name: '季蓉', role: '记者', source: 'byline' }]);
    expect(people('江城日报新闻客户端记者 孔越')).toEqual([{ name: '孔越', role: '记者', source: 'byline' }]);
    // Not without the newsroom (a beat of more than two characters is no role), nor after a desk of six characters.
    expect(people('云新闻记者 孔越')).toBe(null);
    expect(people('江城日报政法新闻频道记者 孔越')).toBe(null);
    // A media desk named as 全媒体 is (`融合创新全媒体`), however long its name before that word.
    expect(people('江城日报社融合创新全媒体记者  孔越')).toEqual([{ name: '孔越', role: '记者', source: 'byline' }]);
    expect(people('江城日报社新闻频道融合创新全媒体记者 孔越')).toBe(null);
  });

  it('reads a paper and its app or site joined by a slash before the role as the role\'s newsroom (1219, 1258, in our words)', () => {
    expect(people('通讯员 林小禾 江城晨报/爱江城记者 孔小芳')).toEqual([
      { name: '林小禾', role: '通讯员', source: 'byline' },
      { name: '孔小芳', role: '记者', source: 'byline' },
    ]);
    expect(people('江城日报/江城网通讯员 周宁')).toEqual([{ name: '周宁', role: '通讯员', source: 'byline' }]);
  });

  it("reads a paper's short name before its newsroom's reporter as that reporter: `江城全媒体记者`", () => {
    expect(people('江城全媒体记者 季蓉')).toEqual([{ name: '季蓉', role: '全媒体记者', source: 'byline' }]);
    expect(people('江城融媒体记者 孔越 林溪')).toEqual([
      { name: '孔越', role: '融媒体记者', source: 'byline' },
      { name: '林溪', role: '融媒体记者', source: 'byline' },
    ]);
    // Alone, the role names no one, as 记者 alone does; a name of three characters before it is no paper's short name.
    expect(people('江城全媒体记者')).toEqual([{ name: null, role: '全媒体记者', source: 'byline' }]);
    expect(people('江城市全媒体记者 季蓉')).toBe(null);
  });
});

describe('what a reporter writes is no name after the role', () => {
  it('reads `小记者感言`, `记者手记` as the name of a piece, whether spaced or run together', () => {
    expect(people('小记者感言')).toBe(null);
    expect(people('记者 手记')).toBe(null);
    expect(runTogether('小记者感言')).toBe(null);
    expect(people('记者 叶青')).toEqual([{ name: '叶青', role: '记者', source: 'byline' }]);
  });
});

describe('parseRunTogetherByline', () => {
  it('reads outlets before the first role, a video channel or an app among them, and a name printed bare before them', () => {
    expect(runTogether('江城晨报、江城视频首席记者孔越')).toEqual([['孔越', '首席记者']]);
    expect(runTogether('江城客户端记者孔越')).toEqual([['孔越', '记者']]);
    expect(runTogether('周宁 江城晨报、江城视频首席记者孔越')).toEqual([
      ['周宁', null],
      ['孔越', '首席记者'],
    ]);
    // Words of four characters, or words before something that is no outlet, are no bare names.
    expect(runTogether('活动现场 江城晨报记者孔越')).toBeNull();
    expect(runTogether('周宁 活动现场记者孔越')).toBeNull();
  });

  it('passes over work words, a place of filing and a unit after the names', () => {
    expect(runTogether('记者周宁通讯员陈小禾 文/图')).toEqual([
      ['周宁', '记者'],
      ['陈小禾', '通讯员'],
    ]);
    expect(runTogether('记者周宁 青岛报道通讯员陈小禾')).toEqual([
      ['周宁', '记者'],
      ['陈小禾', '通讯员'],
    ]);
    expect(runTogether('记者周宁通讯员区文化馆 钱程')).toEqual([
      ['周宁', '记者'],
      ['钱程', '通讯员'],
    ]);
  });

  it('keeps a name with a middle dot whole, and takes no name with a digit in it', () => {
    expect(runTogether('记者阿依古丽·买买提通讯员陈小禾')).toEqual([
      ['阿依古丽·买买提', '记者'],
      ['陈小禾', '通讯员'],
    ]);
    expect(runTogether('记者张三1通讯员李四')).toBeNull();
  });

  it('needs every paper before the first role to be a paper’s name, with spaces around it allowed', () => {
    expect(runTogether('江城日报、 江城晚报全媒体记者周宁通讯员陈小禾')).toEqual([
      ['周宁', '全媒体记者'],
      ['陈小禾', '通讯员'],
    ]);
    expect(runTogether('江城日报、群众反映记者周宁通讯员陈小禾')).toBeNull();
  });
});

describe('what a reporter does after a role', () => {
  it('is no name, spaced apart or not: `记者走进山村 采访乡亲` is a title', () => {
    expect(people('记者走进山村 采访乡亲')).toBeNull();
    expect(people('记者走进山村')).toBeNull();
    // A four-character name after a role stays one (a compound surname).
    expect(people('记者 欧阳晓明')).toEqual([{ name: '欧阳晓明', role: '记者', source: 'byline' }]);
  });

  it('reads three characters after a role as a name, even when two of them spell what a reporter does: `记者 贺发现`', () => {
    expect(people('记者 贺发现')).toEqual([{ name: '贺发现', role: '记者', source: 'byline' }]);
  });
});

// Cases the twenty-fourth session's mutation run of people.ts found unstated (docs/mutation.md).
describe('names printed bare before the outlets of a run-together byline', () => {
  it('takes every bare name before the outlets, two as well as one', () => {
    expect(runTogether('周宁 林小雨 江城晨报记者孔越')).toEqual([
      ['周宁', null],
      ['林小雨', null],
      ['孔越', '记者'],
    ]);
  });

  it('takes none when a word before the outlets is no name, or a part after the first is no outlet', () => {
    expect(runTogether('周宁 江城融媒体中心 江城晨报记者孔越')).toBeNull();
    expect(runTogether('周宁 江城晨报、柳岸社区首席记者孔越')).toBeNull();
  });

  it('passes over a stray 、 before the role, with a bare name before the outlets as without one', () => {
    expect(runTogether('江城晨报、记者孔越通讯员林小雨')).toEqual([
      ['孔越', '记者'],
      ['林小雨', '通讯员'],
    ]);
    expect(runTogether('周宁 江城晨报、记者孔越通讯员林小雨')).toEqual([
      ['周宁', null],
      ['孔越', '记者'],
      ['林小雨', '通讯员'],
    ]);
  });
});

describe('glued names after a role', () => {
  it('reads three characters as a name even when two of them spell what a reporter does', () => {
    expect(runTogether('记者贺发现通讯员李四')).toEqual([
      ['贺发现', '记者'],
      ['李四', '通讯员'],
    ]);
  });
});

describe("a web copy's unit field among the names", () => {
  it('is the office, no one: `单位:XX办 撰稿:NAME` names the writer alone', () => {
    expect(people('单位:柳岸办 撰稿:林晓')?.map((person) => person.name)).toEqual(['林晓']);
  });
});

describe('a dash between spaces after a role', () => {
  it('parts the role from the name, as a colon does', () => {
    expect(people('通讯员 - 林小禾')).toEqual([{ name: '林小禾', role: '通讯员', source: 'byline' }]);
    expect(people('记者 — 周宁')).toEqual([{ name: '周宁', role: '记者', source: 'byline' }]);
  });
});

describe("a press group's brand in Latin letters before the role", () => {
  it('is the newsroom, not part of the role nor a name: `JCG全媒体记者 A` is a 全媒体记者', () => {
    expect(people('JCG全媒体记者 林小雨 通讯员 周宁')?.map((person) => [person.name, person.role])).toEqual([
      ['林小雨', '全媒体记者'],
      ['周宁', '通讯员'],
    ]);
    // After the app's name in Chinese: `江城新闻Knews记者 A`.
    expect(people('江城新闻Jnews记者 林小雨')?.map((person) => [person.name, person.role])).toEqual([['林小雨', '记者']]);
    // Glued to the role as a paper's name is: `JCG全媒体记者林小雨`.
    expect(people('JCG全媒体记者林小雨')?.map((person) => [person.name, person.role])).toEqual([['林小雨', '全媒体记者']]);
    // A brand of one letter, as a city site's app names its reporters: `i记者A`.
    expect(people('i记者林小雨')?.map((person) => [person.name, person.role])).toEqual([['林小雨', '记者']]);
  });
});

describe("a unit's press group beside the paper's reporters", () => {
  it('is no one, and those after it are its writers, not the reporters before it: `记者 A 县委报道组 B`', () => {
    expect(people('江城日报 记者 林小雨 县委报道组 周宁')?.map((person) => [person.name, person.role])).toEqual([
      ['林小雨', '记者'],
      ['周宁', null],
    ]);
    // A school's, after the reporters, with a role of its own after it.
    expect(people('记者 林小雨 柳岸小学通讯组 通讯员 周宁')?.map((person) => [person.name, person.role])).toEqual([
      ['林小雨', '记者'],
      ['周宁', '通讯员'],
    ]);
  });

  it('in a bracket closing the text, the bracket names the two writers only', () => {
    const [item] = parse('柳岸村茶农忙春茶\n清明前后,柳岸村的茶园里一片繁忙,茶农们赶着采摘早茶。(江城日报 记者 林小雨 县委报道组 周宁)\n').items;
    expect(item?.authors).toEqual(['林小雨', '周宁']);
  });
});

describe("a town's or a village's name before a role", () => {
  it("is the writer's unit, no one: `(双浦镇 通讯员 NAME)`; a name ending as a town does, before no role, is a name", () => {
    expect(people('柳岸镇 通讯员 林小雨')?.map((person) => [person.name, person.role])).toEqual([['林小雨', '通讯员']]);
    expect(people('青石村 记者 周宁')?.map((person) => [person.name, person.role])).toEqual([['周宁', '记者']]);
    expect(people('吴奕镇 林帆')?.map((person) => person.name)).toEqual(['吴奕镇', '林帆']);
  });
});

describe('three names glued after a role', () => {
  it('are cut where one way only opens each with a common surname', () => {
    const names = (line: string) => matchBylineLine(line, DEFAULT_VOCABULARY)?.people.map((person) => person.name) ?? null;
    expect(names('通讯员王小雨张力周立新')).toEqual(['王小雨', '张力', '周立新']);
    expect(names('通讯员林帆王小雨陈平')).toEqual(['林帆', '王小雨', '陈平']);
    // (Two ways that both open with surnames, 王x李|张x刘|陈x and 王x李|张x|刘陈x: no three names.)
    expect(names('通讯员王小李张大刘陈平')).toBe(null);
  });

  it("the editor's word glued to one name after them closes the byline: `… 校对王菲`", () => {
    const [item] = parse('柳岸镇挂起网格公示牌\n\n近日,柳岸镇14个村的网格公示牌挂到了居民楼下,居民有事能找到人。\n\n通讯员王小雨张力周立新 校对陈平\n').items;
    expect(item?.authors).toEqual(['王小雨', '张力', '周立新']);
    expect(item?.truncated).toBe(false);
  });
});

describe('surnames past the hundred most common', () => {
  it('open a name run into 报道 after its role, and a name glued after its unit', () => {
    expect(people('记者 林小雨/通讯员 关晓燕报道')?.map((person) => [person.name, person.role])).toEqual([
      ['林小雨', '记者'],
      ['关晓燕', '通讯员'],
    ]);
    const [item] = parse('柳岸镇开学第一课\n\n作者:柳岸镇詹小东 来源:江城融媒体\n\n9月1日,柳岸镇中心小学邀请交警为学生讲交通安全。\n').items;
    expect(item?.authors).toEqual(['詹小东']);
  });
});

describe('the national study platform before a name', () => {
  it('is no one: `(学习强国 NAME)` glued to the last sentence names the writer', () => {
    expect(people('学习强国 林小雨')?.map((person) => person.name)).toEqual(['林小雨']);
    const [item] = parse('柳岸镇留守儿童过端午\n\n6月24日,柳岸镇的志愿者和留守儿童一起包粽子、做游戏,孩子们度过了快乐的节日。(学习强国 林小雨)\n').items;
    expect(item?.authors).toEqual(['林小雨']);
    expect(item?.truncated).toBe(false);
  });
});

describe("a college site's `通讯:` field, 通讯员 cut short", () => {
  it('names the correspondents after it, and is no one itself', () => {
    expect(people('通讯:林小雨 周宁')?.map((person) => person.name)).toEqual(['林小雨', '周宁']);
    const [item] = parse('柳岸学院志愿者走进敬老院\n\n3月4日,柳岸学院青年志愿者来到青石镇敬老院,陪伴老人聊天、打扫房间。\n\n(通讯:林小雨 周宁)\n').items;
    expect(item?.authors).toEqual(['林小雨', '周宁']);
  });
});

describe('a unit whose name ends in 处 (a division, an office) before its writers', () => {
  it('is no one: `(铁路公安处 A B)` names two writers', () => {
    expect(people('江城铁路公安处 林小雨 周宁')?.map((person) => person.name)).toEqual(['林小雨', '周宁']);
    expect(people('柳岸街道办事处 林小雨')?.map((person) => person.name)).toEqual(['林小雨']);
  });

  it("in a bracket glued to the last sentence, the item's authors are the two", () => {
    const [item] = parse('年关将近,民警来到柳岸村走访独居老人,送上春联和米面油。老人笑得合不拢嘴。(江城铁路公安处 林小雨 周宁)\n').items;
    expect(item?.authors).toEqual(['林小雨', '周宁']);
    expect(item?.blocks.at(-1)?.text.endsWith('合不拢嘴。')).toBe(true);
    expect(item?.truncated).toBe(false);
  });
});

describe("a paper and its app's brand after a middle dot, before the role", () => {
  it('is the newsroom, not a transcribed name: `江城晚报·江城壹点记者 A` is a 记者', () => {
    expect(people('江城晚报·江城壹点记者 林小雨 实习生 周宁')?.map((person) => [person.name, person.role])).toEqual([
      ['林小雨', '记者'],
      ['周宁', '实习生'],
    ]);
    expect(people('江城报·江城视频记者 林小雨')?.map((person) => [person.name, person.role])).toEqual([['林小雨', '记者']]);
    // (A transcribed name keeps its dot: no paper before it, no role after it.)
    expect(people('阿依古丽·买买提 记者 林小雨')?.map((person) => [person.name, person.role])).toEqual([
      ['阿依古丽·买买提', null],
      ['林小雨', '记者'],
    ]);
  });
});
