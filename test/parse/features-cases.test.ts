// Cases of readLine (src/parse/features.ts) written for the survivors of its mutation run at 2f578f3 (thirty-fifth
// session's review): each states what a line says about itself, in lines of our own.

import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/parse/features.js';
import { parse } from '../../src/parse/parser.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const read = (content: string) => readLine(content, DEFAULT_VOCABULARY);

describe('the column a page line names', () => {
  it('is the name alone: the space before the issue\'s running number or a web field cut after it goes with them', () => {
    expect(read('第3版:综合新闻 总第880期').page).toBe('综合新闻');
    expect(read('第3版:社区新闻  作者:张三').page).toBe('社区新闻');
  });

  it("is read after a page's number alone where the issue's running number follows the name; a time or a number alone is none", () => {
    expect(read('7:社区动态总第215期 >2015-03-05编印').page).toBe('社区动态');
    expect(read('12:30 社区举办活动总第3期').page).toBe(null);
    expect(read('3:社区').page).toBe(null);
  });

  it("is read after an e-paper's link back (`返回 A2:综合新闻`); a link back to a day names no column", () => {
    expect(read('返回 A2:社区新闻').page).toBe('社区新闻');
    expect(read('返回 2025年01月09日').page).toBe(null);
  });

  it('is read after a page number in full-width figures, as PAGE_LINE reads it', () => {
    expect(read('０５版:民生').page).toBe('民生');
    expect(read('05版:民生').page).toBe('民生');
  });

  it('is read from an archive\'s page field, not from a reader\'s list entry that opens like one', () => {
    expect(read('【版次】第08版:社会广场')).toMatchObject({ furniture: 'archive field', page: '社会广场' });
    // `~~~` closes an entry of the reader's list of titles: the line is the list's, and names no page of its own.
    expect(read('【版次】第08版:社会广场~~~')).toMatchObject({ furniture: 'table of contents', page: null });
  });
});

describe('a lead', () => {
  it('opening with 本 is read however far its 讯 stands: two sources joined by a slash, then the full date', () => {
    const line = '本溪日报/临河区融媒体中心东湖频道客户端2024年10月24日讯 近日,柳岸社区开展义诊活动。';
    expect(read(line).lead).toMatchObject({ text: '本溪日报/临河区融媒体中心东湖频道客户端2024年10月24日讯', month: '10', day: '24' });
  });

  it("of a site names the place it was filed from after its day, as before it (`江城网9月19日临河讯`), its bracket's names the lead's", () => {
    const lead = read('江城农业网9月19日临河讯(林文) “丰收节”到了,柳岸村开展庆丰收活动。').lead;
    expect(lead).toMatchObject({ text: '江城农业网9月19日临河讯(林文)', month: '9', day: '19' });
    expect(lead?.people.map((person) => person.name)).toEqual(['林文']);
    expect(read('江城网临河9月19日讯 近日,柳岸村开展庆丰收活动。').lead).toMatchObject({ month: '9', day: '19' });
  });
});

describe("a site's lead before its reporters' bracket, no 讯", () => {
  it("may name the newsroom's kind and a rank before the role: `江城网(融媒体首席记者 A)`", () => {
    expect(read('江城网(融媒体首席记者 林小雨)8月23日,在柳岸乡青石村,护林员巡山。').lead?.people.map((person) => person.name)).toEqual(['林小雨']);
  });
});

describe("a lead's bracket that names the writer's unit and a colon first", () => {
  it('names the writer after the colon; the unit is where the writer works', () => {
    const people = (line: string) => read(line).lead?.people.map((person) => person.name);
    expect(people('江城网讯(柳岸乡:林小雨)近日,柳岸村开展义诊活动。')).toEqual(['林小雨']);
    // A role and its colon are read as before.
    expect(people('江城网讯(记者:林小雨)近日,柳岸村开展义诊活动。')).toEqual(['林小雨']);
  });
});

describe("a lead's bracket whose last name has the credit's verb glued", () => {
  it('names the people without the verb: the credit\'s reading wins a tie where the names\' last one kept 摄', () => {
    const people = (line: string) => read(line).lead?.people.map((person) => person.name);
    expect(people('本报讯(记者林小雨 孔越摄)近日,柳岸社区开展义诊活动。')).toEqual(['林小雨', '孔越']);
    expect(people('本报讯(记者 林小雨 孔越 葛明远摄)近日,柳岸社区开展义诊活动。')).toEqual(['林小雨', '孔越', '葛明远']);
    // Without the verb, the names' reading stands.
    expect(people('本报讯(记者 林小雨 孔越)近日,柳岸社区开展义诊活动。')).toEqual(['林小雨', '孔越']);
  });
});

describe('a signature', () => {
  it('is no unit and the names after it: the village is no signer', () => {
    // A header's shape (a unit, a space, its "title"): the three words are not three people signing.
    const facts = read('东湖村 张三 李四');
    expect(facts.signature).toBe(null);
  });

  it("is no unit before the name (a residents' committee, the estate's management) and no editor's word", () => {
    for (const line of ['居委会 林小雨', '物业 林小雨', '编辑 林小雨', '校对 林小雨']) expect(read(line).signature, line).toBe(null);
    expect(read('编辑 林小雨').editor).toBe('林小雨');
    // Two people's names are a signature still.
    expect(read('林小雨 周宁').signature?.people.map((person) => person.name)).toEqual(['林小雨', '周宁']);
  });
});

describe("a site's menu bar", () => {
  it('is navigation: short links parted by two bars or more', () => {
    expect(read('校史馆 | 名师讲坛 | 校园风光 | 高级检索').furniture).toBe('navigation');
    expect(read('江城网|临河电视台|网站地图 |').furniture).toBe('navigation');
  });

  it("is not a title behind its column's bar, nor a row of a disclosure table, nor words with a sentence's marks", () => {
    expect(read('视点|社区开展活动').furniture).toBe(null);
    expect(read('来   源 | 江城网 | 公开日期 | 2024-09-19 |').furniture).toBe('web copy line');
    expect(read('活动很好 | 居民说,明年还来 | 再见').furniture).toBe(null);
  });
});

describe("a site's name and the day it posted the copy, alone on a line", () => {
  it('is a web copy line, an @ or a bar between them or not (1994, in our words)', () => {
    for (const line of ['江城新闻 @2024-02-02', '江城网 2024-02-02 10:20', '柳岸融媒｜2024-2-2']) expect(read(line).furniture, line).toBe('web copy line');
    // (Not a title with its day; a unit's name and a day is the copy's source and day, a web copy line too, as 355 and 1790 read it.)
    expect(read('柳岸社区开展新春慰问 2024-02-02').furniture).toBeNull();
    expect(read('柳岸社区 2024-02-02').furniture).toBe('web copy line');
    const page = parse('柳岸街道开展“洁净迎新春”环境整治活动\n江城新闻 @2024-02-02\n2月1日下午,柳岸街道开展环境整治活动,清理卫生死角二十余处。\n', {});
    expect(page.items.map((item) => item.title)).toEqual(['柳岸街道开展“洁净迎新春”环境整治活动']);
  });
});

describe("a web copy's fields each in lenticular brackets", () => {
  it('are a line of the copy, not text; a bracketed label or a byline in brackets is not', () => {
    expect(read('【作者:佚名】 【责任编辑:林小雨】').furniture).toBe('web copy line');
    expect(read('【来源:江城区文明办】').furniture).toBe('web copy line');
    expect(read('【社区动态】柳岸社区开展义诊').furniture).toBe(null);
  });
});

describe("the site's own lead in round brackets (930, in our words)", () => {
  it('is a lead, and the text opens after it', () => {
    expect(read('(本网讯)近日,柳岸镇干部挨家挨户讲解防溺水常识。').lead).toMatchObject({ text: '(本网讯)' });
    expect(read('(本网讯)近日,柳岸镇干部挨家挨户讲解防溺水常识。').lead?.people).toEqual([]);
    expect(read('(网讯)近日,柳岸镇开展宣传。').lead).toBeNull();
  });

  it("reads an author field in a template's square or lenticular brackets (944, in our words)", () => {
    expect(read('[作者:林小雨]').webAuthors).toEqual([{ name: '林小雨', role: null, source: 'byline' }]);
    expect(read('【作者:周宁】').webAuthors).toEqual([{ name: '周宁', role: null, source: 'byline' }]);
    expect(read('[稿源:]').webAuthors).toBeNull();
    // The copy's kind in the writer's field (original, reprinted), or an anonymous one, names no one.
    expect(read('[来源:本站 | 作者:原创 | 日期:2022-07-27 | 浏览 次]').webAuthors).toBeNull();
    expect(read('作者:转载').webAuthors).toBeNull();
    expect(read('作者:匿名').webAuthors).toBeNull();
    // After the site's name, each part between bars.
    expect(read('2024-10-13 18:00:44  |  江城新闻网  |  林小雨').webAuthors).toEqual([{ name: '林小雨', role: null, source: 'byline' }]);
    // A count's words whose figure the template left out, after the date and time, name no one.
    expect(read('2024/7/9 11:14:17 次浏览 分类:镇街动态 来源:本站').webAuthors ?? []).toEqual([]);
    expect(read('2024/7/9 11:14:17 林小雨 来源:本站').webAuthors).toEqual([{ name: '林小雨', role: null, source: 'byline' }]);
  });

  it("reads a site's name and a colon before the bracket as a lead, the bracket's names its people, with a role or alone (1257, in our words)", () => {
    expect(read('江城法治网:(林小雨)每年的六月上旬,都是麦收时节。').lead).toMatchObject({ text: '江城法治网:(林小雨)', people: [{ name: '林小雨', role: null, source: 'lead' }] });
    expect(read('江城法治网:(记者 林小雨)六月上旬,麦收开始了。').lead?.people).toEqual([{ name: '林小雨', role: '记者', source: 'lead' }]);
    // A site's name and a colon before other words, or a bracket of no names, is no lead.
    expect(read('江城网:我们的家园').lead).toBeNull();
    expect(read('江城网:(图)活动现场').lead).toBeNull();
  });

  it("reads a date line's writers after their role, however wide the space before it: the copy's line, no title (1237, in our words)", () => {
    for (const line of ['2018-06-12      本刊记者 林小禾', '2018年06月12日 记者 林小禾 周宁']) {
      const facts = read(line);
      expect([facts.furniture, facts.webAuthors?.map((person) => person.name)], line).toEqual(['web copy line', line.endsWith('周宁') ? ['林小禾', '周宁'] : ['林小禾']]);
    }
  });

  it('reads the writers named after the paper in a source field, each opening with a common surname', () => {
    expect(read('2024-03-12 14:00:19 来源:江城日报 林小雨 周宁').webAuthors).toEqual([
      { name: '林小雨', role: null, source: 'byline' },
      { name: '周宁', role: null, source: 'byline' },
    ]);
    expect(read('来源:江城日报 社区服务').webAuthors).toBeNull();
  });

  it('reads them after the site itself or the office that posted the copy, joined by 、 or not, before the day and its other fields', () => {
    expect(read('来源:本站  林小雨  2017-10-27 阅读:268').webAuthors?.map((person) => person.name)).toEqual(['林小雨']);
    expect(read('发布时间:2023/2/7 9:36 来源: 综合科 林小雨、周宁').webAuthors?.map((person) => person.name)).toEqual(['林小雨', '周宁']);
    // Words that are no name stay the copy's: `来源:本站 社区服务 2017-10-27`.
    expect(read('来源:本站 社区服务 2017-10-27').webAuthors).toBeNull();
  });

  it("reads an editor then a writer on one line as the writer's byline: `编辑:A 通讯员:B`", () => {
    const facts = read('编辑:孔越 通讯员:林小雨');
    expect(facts.editor).toBeNull();
    expect(facts.byline?.people).toEqual([{ name: '林小雨', role: '通讯员', source: 'byline' }]);
    // (Two editors' fields: an editor line still.)
    expect(read('编辑:孔越 审核:林小雨').editor).not.toBeNull();
    expect(read('编辑:孔越 审核:林小雨').byline).toBeNull();
  });

  it("reads a list's count of records before its pages as navigation: `1 条记录 1/1 页`", () => {
    expect(read('1 条记录 1/1 页').furniture).toBe('navigation');
    expect(read('12 条记录在案').furniture).toBeNull();
  });

  it("reads a paper's desks and their numbers as contact lines, and no desk's number as a header's title", () => {
    for (const line of ['办公室 :38166899', '网 站 :38166855', '编辑中心:38166822 广告部:38169928']) expect(read(line).furniture, line).toBe('contact line');
    expect(read('编辑中心:38166822').header).toBeNull();
    // An organisation alone before its colon is a header still, its title on the next line.
    expect(read('柳岸社区:').header).toMatchObject({ organisation: '柳岸社区', title: '' });
  });

  it("reads an author field that says the writer is unknown as naming no one (941, in our words)", () => {
    expect(read('作者:未知 来源:未知 发布时间:2024-05-02').webAuthors).toBeNull();
  });
});

describe("a repost's address, its field's name alone on its line (913, in our words)", () => {
  it('is a field name, as 来源 alone is', () => {
    expect(read('原文阅读地址:').furniture).toBe('field name');
    expect(read('原文链接').furniture).toBe('field name');
  });
});

describe("a template's fields whose two-character names are spaced to a longer one's width (985, in our words)", () => {
  it('are fields still: the source, the editor and the reviewers', () => {
    expect(read('来 源:柳岸街道').furniture).toBe('web copy line');
    expect(read('编 辑:林小雨').editor).toBe('林小雨');
    expect(read('审 核:周宁').editor).toBe('周宁');
    expect(read('总策划:孔越').editor).toBe('孔越');
    // A sentence that opens with two spaced characters is no field.
    expect(read('大 家:都来了。').editor).toBeNull();
  });

  it('are fields by as many spaces as the longest name needs (2094, in our words)', () => {
    expect(read('编  辑:林小雨  周宁').editor).toBe('林小雨 周宁');
    expect(read('监  制:孔越').editor).toBe('孔越');
    expect(read('来\u3000\u3000源:柳岸街道').furniture).toBe('web copy line');
    expect(read('大    家:都来了。').editor).toBeNull();
  });
});

describe("the desk's fields after the text", () => {
  it('name the editor on duty, though 编委 ends as a committee does: no header of an item', () => {
    // A Guangdong paper's web copy closes with the desk's chain: 编辑, 值班主任, 值班编委 (794, in our words).
    for (const line of ['值班编委:林小雨', '值班主任：周宁', '值班编辑: 林小雨']) {
      expect(read(line), line).toMatchObject({ header: null });
      expect(read(line).editor, line).not.toBe(null);
    }
    // A committee's own header keeps its colon.
    expect(read('柳岸村党委:召开学习会').header).not.toBe(null);
  });

  it('name the desk on duty by 值班 alone, as a public account closes its post (`排版:` / `值班:` / `审核:`): 1968, in our words', () => {
    expect(read('值班:林小雨').editor).toBe('林小雨');
    const post = parse('未来,柳岸社区将继续开展民族团结活动。\n作者:益点点\n排版:周宁\n值班:林小雨\n审核:孔越\n', {});
    expect([post.items.length, post.items[0]!.authors, post.meta.filter((meta) => meta.kind === 'editor').map((meta) => meta.value)]).toEqual([1, ['益点点'], ['周宁', '林小雨', '孔越']]);
    // (A sentence about who is on duty is the text's.)
    expect(read('值班人员坚守岗位。').editor).toBeNull();
  });
});

describe("an editor's note run in before its text", () => {
  it('is text, its label set apart; a column\'s introduction and an afterword stay lines about the page', () => {
    expect(read('编者按:本版选登两家单位的做法。')).toMatchObject({ furniture: null, editorsNote: 4 });
    expect(read('编者的话： 本期关注社区养老。')).toMatchObject({ furniture: null, editorsNote: 6 });
    expect(read('按语:这是一封居民来信。').editorsNote).toBe(3);
    expect(read('开栏的话:本栏目关注社区里的新鲜事。')).toMatchObject({ furniture: 'column intro', editorsNote: 0 });
    expect(read('编后:小区的事,大家商量着办。')).toMatchObject({ furniture: 'column intro', editorsNote: 0 });
    // Only run in: the label alone on its line heads the note below it, and a sentence about a note is no note.
    expect(read('编者按').editorsNote).toBe(0);
    expect(read('编者按语写得很好,居民们都看了。').editorsNote).toBe(0);
  });
});

describe('an editor line after a list bullet', () => {
  it('names the editor, as after a byline\'s marker', () => {
    expect(read('• 编辑:林帆').editor).toBe('林帆');
    expect(read('● 责任编辑:周宁').editor).toBe('周宁');
    expect(read('● 编辑部的同事们').editor).toBe(null);
  });
});

describe('a caption written as a phrase, its credit in brackets after it', () => {
  it('ends with that credit, glued or after a space; a bracket of other words after a phrase is no credit', () => {
    expect(read('村民们表演山歌对唱 (林小禾 摄)').glued?.credit?.match.people.map((person) => person.name)).toEqual(['林小禾']);
    expect(read('猜谜环节热闹非凡(林小禾 摄)').glued?.credit?.match.people.map((person) => person.name)).toEqual(['林小禾']);
    expect(read('村民们表演山歌对唱(林小禾)').glued).toBe(null);
    expect(read('村民们表演山歌对唱(右一)').glued).toBe(null);
  });
});

describe("what a web page's code leaves in its copy", () => {
  it("is furniture: a picture's address alone, a share button's data; an address in a sentence is not", () => {
    expect(read('https://img.example.cn/a/202601/9f8e7d.jpeg').furniture).toBe('picture address');
    expect(read('http://www.example.cn/upload/2024/pic.PNG?w=640').furniture).toBe('picture address');
    expect(read('{"appId":"wx0000","nonceStr":"abc","timestamp":1768858956}').furniture).toBe('script data');
    expect(read('https://www.example.cn/news/2024/0301.html').furniture).not.toBe('picture address');
    expect(read('{社区}开展活动').furniture).toBe(null);
  });

  it('is navigation: the heading of its readers\' comments below the text', () => {
    expect(read('热门评论').furniture).toBe('navigation');
    expect(read('最新评论').furniture).toBe('navigation');
    expect(read('热门评论员走进社区').furniture).toBe(null);
  });

  it("names the writer after the office in its source field (`来源:UNIT:NAME`); a second colon before anything else names no one", () => {
    expect(read('来源:柳岸乡党政办:林小禾').webAuthors).toEqual([{ name: '林小禾', role: null, source: 'byline' }]);
    expect(read('来源:柳岸乡党政办:网络').webAuthors).toBe(null);
    expect(read('来源:江城日报:第三版').webAuthors).toBe(null);
  });

  it('names the authors of an author field glued after its date and before its source field', () => {
    expect(read('日期:2024-10-12作者:林小禾 周宁来源:江城县文明办').webAuthors?.map((person) => person.name)).toEqual(['林小禾', '周宁']);
    expect(read('日期:2024-10-12 作者:林小禾 来源:江城县文明办').webAuthors?.map((person) => person.name)).toEqual(['林小禾']);
  });

  it('reads its fields after a bar for the colon, as after 丨', () => {
    expect(read('稿件来源|江城晚报 江城发布综合').furniture).toBe('web copy line');
    expect(read('来源｜江城日报').furniture).toBe('web copy line');
  });

  it("is a line about the copy: a forum's number of the poster", () => {
    expect(read('UID:297').furniture).toBe('web copy line');
    expect(read('UID：1836').furniture).toBe('web copy line');
    expect(read('UID是用户的编号').furniture).toBe(null);
  });

  it("reads its time with the unit that sent the copy as a line about the copy", () => {
    expect(read('01-16 15:36   江城县融媒体中心').furniture).toBe('web copy line');
    expect(read('01-16 15:36').furniture).toBe('web copy line');
    expect(read('01-16 15:36 江城县融媒体中心组织志愿者开展活动。').furniture).toBe(null);
  });

  it("names the editor after a bar for the colon, ASCII or full-width, as after 丨", () => {
    expect(read('编辑|林帆').editor).toBe('林帆');
    expect(read('一审｜周  宁').editor).toBe('周宁');
    expect(read('二审丨杜晓帆').editor).toBe('杜晓帆');
  });
});

describe('a byline in lenticular brackets opening the text', () => {
  it('is read as one in round brackets is, where its names open with a common surname; a column\'s tag is none', () => {
    expect(read('【通讯员 周小禾】1月16日,柳岸乡组织志愿者清扫村道。').openingByline?.byline?.people).toEqual([{ name: '周小禾', role: '通讯员', source: 'byline' }]);
    expect(read('【记者走基层】柳岸乡的村道干净了。').openingByline).toBe(null);
  });
});

describe("a photo credit with the picture's agency after a slash behind its verb", () => {
  it('names the photographer, not the agency, glued to a caption or on its own line', () => {
    expect(read('村民们展示刚收获的稻谷。(林小禾摄/江城图片)').glued?.credit?.match.people.map((person) => person.name)).toEqual(['林小禾']);
    expect(read('(林小禾摄/江城图片)').credit?.people.map((person) => person.name)).toEqual(['林小禾']);
    // (A slash after other words is no agency: `(林小禾/文)` names a writer.)
    expect(read('(林小禾/文)').credit).toBe(null);
  });
});

describe("a page's credit for all its pictures", () => {
  it('is led by 本版 before its verb', () => {
    expect(read('本版图片:周宁 林小禾').credit?.people.map((person) => person.name)).toEqual(['周宁', '林小禾']);
    expect(read('本版摄影:周宁').credit?.verb).toBe('摄影');
    expect(read('本版编辑:周宁').credit).toBe(null);
  });
});

describe("a news agency's caption closed by its picture's day", () => {
  it('is read so: the day or the kind of picture in brackets before the full stop, not a date inside a sentence', () => {
    expect(read('东湾村村口的老樟树(5月6日摄)。').picturedOn).toBe(true);
    expect(read('东湾村的荷塘和民居(无人机照片)。').picturedOn).toBe(true);
    expect(read('东湾村的荷塘和民居(资料照片)').picturedOn).toBe(true);
    expect(read('5月6日,东湾村的村民在茶园里采茶。').picturedOn).toBe(false);
    expect(read('东湾村(5月6日成立)举办活动。').picturedOn).toBe(false);
  });
});

describe("a government site's lines about its copy", () => {
  it('read its disclosure row with the first field spaced out, however long the row', () => {
    const row = '索 引 号:4300000001/2024-0000001 发布机构:江城县柳岸镇 发文日期:2024-08-21 信息类别:综合政务 主题分类:其他 体裁分类:工作动态';
    expect(read(row).furniture).toBe('web copy line');
    expect(read('索引号是什么?柳岸镇的居民们问。').furniture).toBe(null);
  });

  it("read its greeting (`XX欢迎您!`) as its header, and an intern editor's field as an editor's", () => {
    expect(read('江城市柳岸区欢迎您!').furniture).toBe('site footer');
    expect(read('欢迎您来柳岸社区做客!').furniture).toBe(null);
    expect(read('实习编辑:林小禾').editor).toBe('林小禾');
    expect(read('见习编辑 周宁').editor).toBe('周宁');
  });
});

describe("a web copy's author field naming a unit", () => {
  it('makes the unit the author, not a paper or a site, and leaves a person\'s name to the names rule', () => {
    expect(read('作者:柳岸街道办事处 发布时间:2024/3/5 10:42').webAuthors).toEqual([{ name: '柳岸街道办事处', role: null, source: 'byline' }]);
    expect(read('文章来源:江城网 文章作者:青石镇 责任编辑:周宁').webAuthors).toEqual([{ name: '青石镇', role: null, source: 'byline' }]);
    expect(read('作者:江城日报 发布时间:2024/3/5').webAuthors).toBe(null);
    expect(read('作者:林小禾 发布时间:2024/3/5').webAuthors).toEqual([{ name: '林小禾', role: null, source: 'byline' }]);
  });

  it('makes an office the author when its name joins two words or ends in 办公室, as a byline reads such a unit', () => {
    expect(read('作者:外事与合作处 发布时间:2024/3/5 10:42').webAuthors).toEqual([{ name: '外事与合作处', role: null, source: 'byline' }]);
    expect(read('• 作者:临河区卫生管理办公室').webAuthors).toEqual([{ name: '临河区卫生管理办公室', role: null, source: 'byline' }]);
    // (A name of three characters that ends as an office does stays a name's: the names rule decides it.)
    expect(read('作者:林小处 发布时间:2024/3/5').webAuthors).not.toEqual([{ name: '林小处', role: null, source: 'byline' }]);
  });
});

describe("a web copy's author field naming each author with a role", () => {
  it('gives every name, the roles between them no one: `作者:记者 A 通讯员 B`', () => {
    expect(read('来源: 作者:记者 林小禾 通讯员 周宁 发布时间:2020-05-12').webAuthors?.map((person) => person.name)).toEqual(['林小禾', '周宁']);
    expect(read('作者:记者 林小禾 发布时间:2020-05-12').webAuthors?.map((person) => person.name)).toEqual(['林小禾']);
  });

  it('gives the name whose role stands in brackets after it: `作者:A(通讯员)`', () => {
    expect(read('作者:林小禾(通讯员)').webAuthors?.map((person) => person.name)).toEqual(['林小禾']);
    expect(read('作者:林小禾（记者） 来源:江城网').webAuthors?.map((person) => person.name)).toEqual(['林小禾']);
  });
});

describe("a byline's mark opening the bracket of names before the text", () => {
  it('is the mark, as on a byline line: `(□ A B C)“…` opens with its byline in brackets', () => {
    const text = '(□ 林小禾 周宁 孔越)“以前送完货只能在车里啃面包,现在到驿站能喝上热水。”货车司机老林说。';
    const opening = read(text).openingByline;
    expect(opening?.byline?.people.map((person) => person.name)).toEqual(['林小禾', '周宁', '孔越']);
    expect(opening?.bracketEnd).toBe(text.indexOf(')') + 1);
    expect(read('(■记者 林小禾)近日,柳岸社区开展义诊。').openingByline?.byline?.people).toEqual([{ name: '林小禾', role: '记者', source: 'byline' }]);
  });
});

describe('lines of the forty-third session', () => {
  it("reads a bracket of the writer's school or office and the writer, a common surname first, opening the text as its byline", () => {
    const opening = read('(江城实验学校 林晓)近日,河湾社区的空巢老人迎来了一群小客人。').openingByline;
    expect(opening?.byline?.people).toEqual([{ name: '林晓', role: null, source: 'byline' }]);
    expect(opening?.bracketEnd).toBe(11);
    // Words that name no unit before a name, a unit and a word that is no name, or a lenticular bracket (a column's tag): none.
    expect(read('(青石山下 林晓)近日,河湾社区的空巢老人迎来了一群小客人。').openingByline).toBe(null);
    expect(read('(江城实验学校 二班)近日,河湾社区的空巢老人迎来了一群小客人。').openingByline).toBe(null);
    expect(read('【江城实验学校 林晓】近日,河湾社区的空巢老人迎来了一群小客人。').openingByline).toBe(null);
  });

  it("reads a web page's font-size buttons in square brackets, before its date and count, as a line about the copy", () => {
    expect(read('[字号:大 中 小] 2016-06-10 阅读次数:120').furniture).toBe('web copy line');
    expect(read('[社区动态]河湾社区开展端午节包粽子活动').furniture).toBe(null);
  });

  it("reads a web copy's fields after a list's bullet as lines about the copy; other bulleted words are not", () => {
    for (const text of ['• 发布日期: 2024- 03- 12', '• 浏览次数:', '• 字号:[ ]']) expect(read(text).furniture, text).toBe('web copy line');
    expect(read('• 社区动态').furniture).toBe(null);
  });

  it('reads a credit in square brackets opening the text, as in round ones; other square-bracketed words open none', () => {
    const opening = read('[林小禾摄影报道]今天是中秋节,学校为留校的学生准备了月饼。').openingByline;
    expect(opening?.credit?.people.map((person) => person.name)).toEqual(['林小禾']);
    expect(opening?.length).toBe(9);
    expect(read('[林小禾]今天是中秋节,学校为留校的学生准备了月饼。').openingByline).toBe(null);
    expect(read('[资料图]今天是中秋节,学校为留校的学生准备了月饼。').openingByline).toBe(null);
  });

  it("reads an editor's field with the site's name glued before it; a word ending in 网 before 责任编辑 is no site", () => {
    expect(read('江城网责编:林小禾').editor).toBe('林小禾');
    expect(read('江城网责任编辑:周宁').editor).toBe('周宁');
  });

  it("reads the outlet, a bar, then a byline's role and name as the byline (`江城日报客户端 | 记者 X`), not a column's tag", () => {
    expect(read('江城日报客户端 | 记者 林小雨').byline).toEqual({ inner: '江城日报客户端 | 记者 林小雨', people: [{ name: '林小雨', role: '记者', source: 'byline' }], form: 'bare' });
    expect(read('社区动态 | 记者 林小雨').byline).toBeNull();
  });

  it("reads an editor's field in square brackets after the page's buttons (`返回栏目[责任编辑:X]`), not after words", () => {
    expect(read('返回栏目[责任编辑:江城新闻网]').editor).toBe('江城新闻网');
    expect(read('社区里[责任编辑:林小雨]').editor).toBeNull();
  });

  it("reads an author field whose value a template bracketed: a unit or names", () => {
    expect(read('日期:[2025/3/2] 作者:[柳岸镇]').webAuthors).toEqual([{ name: '柳岸镇', role: null, source: 'byline' }]);
    expect(read('日期:[2025/3/2] 作者:[林晓 周宁]').webAuthors?.map((person) => person.name)).toEqual(['林晓', '周宁']);
  });

  it("reads the writer's unit glued before the name in an author field: the name is the author (885, in our words)", () => {
    expect(read('发布时间:2021-07-05 来源:江城市政府 作者:柳岸农场林小雨 阅读量:').webAuthors).toEqual([{ name: '林小雨', role: null, source: 'byline' }]);
    expect(read('作者:柳岸社区周宁').webAuthors).toEqual([{ name: '周宁', role: null, source: 'byline' }]);
    // A unit alone is the author as written; an outlet before the name is no unit the writer works in.
    expect(read('作者:柳岸社区').webAuthors).toEqual([{ name: '柳岸社区', role: null, source: 'byline' }]);
    expect(read('作者:江城网林小雨').webAuthors).toBeNull();
  });

  it("reads the writer's unit, then the name after a space, in an author field: the name is the author (48, 600)", () => {
    expect(read('作者:柳岸社区 林小雨 来源:江城新闻 发布时间:2024-04-22 09:00').webAuthors).toEqual([{ name: '林小雨', role: null, source: 'byline' }]);
    expect(read('作者:柳岸街道办事处 周宁').webAuthors).toEqual([{ name: '周宁', role: null, source: 'byline' }]);
    // (A word after the unit that is no name, no writer: the unit stays the author.)
    expect(read('作者:柳岸社区 供稿').webAuthors).toEqual([{ name: '柳岸社区', role: null, source: 'byline' }]);
  });

  it("reads a government page's index, a field a line after a list's bullet, as the copy's line (895, in our words)", () => {
    for (const line of ['• 索 引 号:liuan/2022-00094', '• 发布机构:柳岸镇', '• 成文日期:', '• 公开方式:公开']) expect(read(line).furniture, line).toBe('web copy line');
    expect(read('• 柳岸镇开展端午活动').furniture).toBeNull();
  });
});

describe("a caption's credit in brackets, parted at its space", () => {
  it('is no organisation and title: the line is no header', () => {
    expect(readLine('林小禾带人挨家挨户通知转移(柳岸镇 供图)', DEFAULT_VOCABULARY).header).toBeNull();
    // A header whose title holds a whole bracket stays one.
    expect(readLine('柳岸镇 邻里节(第二届)开幕', DEFAULT_VOCABULARY).header?.organisation).toBe('柳岸镇');
  });
});
