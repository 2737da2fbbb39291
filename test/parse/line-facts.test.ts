// What one line says about itself (readLine, src/parse/features.ts), stated whole: every fact of each line, so
// that a fact set where it should not be fails as well as one missed. The lines are our own, one of each kind
// the labeller tells apart.

import { describe, expect, it } from 'vitest';
import { readLine, withoutDayAfterTitle, type LineFacts } from '../../src/parse/features.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';
import { parse } from '../../src/parse/parser.js';

/** The facts of a line that says nothing in particular; each case below says what differs. */
function facts(content: string, differ: Partial<LineFacts>): LineFacts {
  return {
    length: content.length,
    endsSentence: false,
    endsClause: false,
    // Read off the line as its length is: whether its last character is 。.
    endsWithFullStop: content.endsWith('。'),
    punctuated: false,
    oneClause: false,
    titleLike: false,
    sentenceInside: false,
    lead: null,
    header: null,
    organisation: null,
    byline: null,
    signature: null,
    credit: null,
    page: null,
    editor: null,
    directive: null,
    furniture: null,
    webAuthors: null,
    webPhotographers: null,
    openingByline: null,
    editorsNote: 0,
    label: null,
    continuation: false,
    subtitle: false,
    quote: false,
    couplet: false,
    endsInVerb: false,
    joinsTitle: false,
    pictureFile: false,
    // Set by the parser, which sees the lines before; readLine alone never sets it.
    repeatsTitle: false,
    repeatsLastTitle: false,
    labelRun: false,
    verse: false,
    printedTwice: false,
    phraseRun: false,
    labelBelowText: false,
    textBelow: false,
    sharesOpening: false,
    endsCell: false,
    inCellRun: false,
    creditSeenBefore: false,
    repeatsText: false,
    belowCaptions: false,
    captionStory: false,
    opensCaptionRun: false,
    namesChannel: false,
    taggedTitle: false,
    opensLikeNews: false,
    opensWithDateline: false,
    opensWithSameDay: false,
    opensWithDate: false,
    openingDate: null,
    timedCaption: false,
    opensWith: null,
    datelineAfterPurpose: false,
    namesEarly: null,
    photoCaption: false,
    picturedOn: false,
    markedPicture: false,
    peopleAtWork: false,
    creditedLabel: false,
    opening: content,
    bullet: null,
    glued: null,
    ...differ,
  };
}

const read = (content: string) => readLine(content, DEFAULT_VOCABULARY);

describe('lines about the page', () => {
  it('a page line names its column', () => {
    const line = '第A04版:城事社区';
    expect(read(line)).toEqual(facts(line, { punctuated: true, titleLike: true, page: '城事社区' }));
  });

  it('an editor line names the editor, a padded name joined', () => {
    const line = '责任编辑:王 芳';
    expect(read(line)).toEqual(facts(line, { punctuated: true, titleLike: true, editor: '王芳' }));
  });

  it('an editor line: who signed the copy off for release (`签发:`) is an editor too', () => {
    expect(read('签发:王芳')).toMatchObject({ editor: '王芳' });
  });

  it('a directive for bulletin check', () => {
    expect(read('<!-- bulletin-disable truncated-body -->')).toMatchObject({ directive: 'bulletin-disable truncated-body', opensLikeNews: false });
  });

  it('a column label in brackets', () => {
    const line = '【图片新闻】';
    expect(read(line)).toEqual(facts(line, { titleLike: true, label: '图片新闻' }));
  });

  it('furniture: a column intro, a page number, a web copy’s source line', () => {
    expect(read('开栏的话:本栏目将介绍')).toEqual(facts('开栏的话:本栏目将介绍', { punctuated: true, titleLike: true, furniture: 'column intro' }));
    expect(read('04')).toEqual(facts('04', { titleLike: true, furniture: 'page number' }));
    expect(read('来源: 江城日报')).toEqual(facts('来源: 江城日报', { punctuated: true, titleLike: true, furniture: 'web copy line' }));
  });

  it("furniture: the news agency's photo dateline above a picture it released, spaced or not; a sentence that names it is text", () => {
    for (const line of ['新华社照片,北京,2024年9月22日', '新华社照片 , 上海 , 2020年10月25日']) expect(read(line).furniture, line).toBe('web copy line');
    expect(read('新华社照片,北京,2024年9月22日,村民在晒秋。').furniture).toBe(null);
  });

  it('furniture: a count alone, how often a web copy was read, printed under its fields; a page number is shorter', () => {
    for (const line of ['7556', '12034']) expect(read(line).furniture, line).toBe('web copy line');
    expect(read('04').furniture).toBe('page number');
    expect(read('123456789').furniture).toBe(null);
  });

  it("furniture: a web copy's links to the pages it is split over, not a sentence that counts pages", () => {
    for (const line of ['本新闻共2页,当前在第01页  0102', '共3页 上一页 1 2 3 下一页', '第1页 共2页', '当前第1页/共2页', '共 2 页', '页: [1] 2 3', '查看完整版本: 柳岸社区开了议事厅']) {
      expect(read(line).furniture, line).toBe('navigation');
    }
    for (const line of ['共3页的手册发到了每户居民手中。', '第1页写着社区的电话', '第3页有照片。']) expect(read(line).furniture, line).not.toBe('navigation');
  });

  it("furniture: a link to the site's or paper's accounts, alone on its line; not a title that names one", () => {
    for (const line of ['官方微博', '微信公众号', '江城日报微信', '新浪官方微博', '群众新闻APP']) expect(read(line).furniture, line).toBe('navigation');
    for (const line of ['社区开通微信公众号', '居民爱上刷微博。']) expect(read(line).furniture, line).not.toBe('navigation');
  });

  it("a site's footer fields are no header, though they read as a unit, a colon and a title", () => {
    const facts = read('主办:江城市柳岸街道办事处 版权所有:江城市柳岸街道');
    expect([facts.furniture, facts.header]).toEqual(['site footer', null]);
  });

  it("furniture: a content system's © mark of its own copy, with its author or day, is no headline", () => {
    for (const line of ['©原创   林小禾', '©原创 2024-03-02 09:15 江城融媒体中心']) expect(read(line).furniture, line).toBe('web copy line');
    const page = parse('柳岸社区清扫落叶\n\n©原创   林小禾\n\n本网讯(通讯员 林小禾)一场大风过后,柳岸社区的志愿者们清扫了三条小路。\n', { year: 2024 });
    expect(page.items.map((item) => [item.title, item.lead])).toEqual([['柳岸社区清扫落叶', '本网讯(通讯员 林小禾)']]);
  });

  it("furniture: a site's disclaimer that names the site (`不代表江城网立场`) is its line, as `不代表本站观点` is", () => {
    for (const line of ['本文仅代表作者观点,不代表江城网立场。', '本文仅代表作者观点,不代表本站观点。', '以上内容不代表江城网的观点']) expect(read(line).furniture, line).toBe('web copy line');
    // (Words that do not stand for a site's view are text.)
    expect(read('他的话不代表所有居民的想法。').furniture).toBeNull();
  });

  it("a web copy's title with its writer's name and day after it is a title, measured and read without them", () => {
    const line = '重阳佳节意深远,盛世老人尽开颜 ---柳岸镇东湾村召开慰问老年人大会 林小禾 2017-10-28';
    expect(line.length).toBeGreaterThan(40);
    expect(read(line).titleLike).toBe(true);
    const page = parse(`${line}\n今天是农历九月初九,柳岸镇东湾村在村委会召开慰问老年人大会,三百多位老人参加。\n`, { year: 2017 });
    expect(page.items.map((item) => item.title)).toEqual(['重阳佳节意深远,盛世老人尽开颜 ---柳岸镇东湾村召开慰问老年人大会']);
    // (A title's own last word before the day, no surname opening it, stays the title's.)
    expect(withoutDayAfterTitle('柳岸镇东湾村老年协会换届选举大会 召开 2017-10-28')).toBe('柳岸镇东湾村老年协会换届选举大会 召开');
    expect(withoutDayAfterTitle('柳岸镇东湾村老年协会换届选举大会 林小禾 2017-10-28')).toBe('柳岸镇东湾村老年协会换届选举大会');
  });

  it("furniture: a copy's day and hour with the year before the month and a slash before the day (news.cn's) are its line", () => {
    for (const line of ['2025 10/29 17:08:02', '2022 10/ 25 19:40:42', '2024 3/5 09:15']) expect(read(line).furniture, line).toBe('web copy line');
    // (A year and a fraction in a sentence are not.)
    expect(read('2024 3/5的居民参加了活动').furniture).toBeNull();
  });

  it("furniture: a channel's name and a bar before a web copy's fields that open with its day are the copy's line", () => {
    expect(read('信息 | 2022年11月22日 17:51:36 | 来源:临河县融媒体中心').furniture).toBe('web copy line');
    expect(read('要闻｜2023-06-22 09:15 | 来源:江城网').furniture).toBe('web copy line');
    // (Words and a bar before a sentence about a year are no channel: the rest is no line of fields.)
    expect(read('他说 | 2022年的收入比去年多了一倍。').furniture).toBeNull();
    const page = parse('柳岸村咖啡迎来采收期\n\n信息 | 2022年11月22日 17:51:36 | 来源:临河县融媒体中心\n\n每年11月底,柳岸村的咖啡果进入采摘期,村民们忙着采收。\n', { year: 2022 });
    expect(page.items.map((item) => [item.title, item.blocks[0]?.text.slice(0, 5)])).toEqual([['柳岸村咖啡迎来采收期', '每年11月']]);
    // The channel names the page's column, as a breadcrumb's last crumb does; a paper's name there is the copy's source.
    expect(page.section).toBe('信息');
    expect(parse('柳岸村咖啡迎来采收期\n\n江城日报 | 2022年11月22日 17:51:36\n\n每年11月底,柳岸村的咖啡果进入采摘期,村民们忙着采收。\n', { year: 2022 }).section).toBeNull();
  });

  it("furniture: a channel's name and spaces before a web copy's fields that open with a field's name are the copy's line", () => {
    expect(read('镇区   来源:江城网  责任编辑:周宁  2019-10-13 17:39:31').furniture).toBe('web copy line');
    const page = parse('柳岸村举行百叟宴\n\n镇区   来源:江城网  责任编辑:周宁  2019-10-13 17:39:31\n  柳岸村举行百叟宴\n\n百名老人欢聚一堂、品佳肴、看大戏。10月11日晚,柳岸村举行第七届百叟宴。\n', { year: 2019 });
    expect([page.section, page.items.length]).toEqual(['镇区', 1]);
    // (Words and spaces before a phrase that only opens like a field are text.)
    expect(read('他说   来源于生活的作品才动人').furniture).toBeNull();
  });

  it("furniture: a web copy's fields spaced apart are its line, not a list of titles, however many spaces part them", () => {
    const fields = '发布时间:2024-01-21 发布者:江城开放大学 文章来源:原创 阅读 : 71608';
    expect(read(fields).furniture).toBe('web copy line');
    expect(read('柳岸社区举办读书节 东湖社区开展义诊 青石村修好了路灯 江城小学举行运动会 东湖街道召开议事会 柳岸镇清理河道').furniture).toBe('table of contents');
    const page = parse(`欢声笑语迎新春,载歌载舞庆团圆——江城开放大学柳岸社区教学点举行汇演\n\n${fields}\n\n1月19日上午,江城开放大学柳岸社区教学点举行新春汇演,老年学员们登台表演。\n`, { year: 2024 });
    expect(page.items.map((item) => item.title)).toEqual(['欢声笑语迎新春,载歌载舞庆团圆——江城开放大学柳岸社区教学点举行汇演']);
  });

  it("furniture: a paper's name ending in 电讯 with its day, and the day in brackets before the copy's fields, are the copy's lines", () => {
    for (const line of ['江城每日电讯 2020年08月06日', '( 2020-08-06 ) 稿件来源:江城每日电讯', '（2020-08-06）来源:江城晚报']) expect(read(line).furniture, line).toBe('web copy line');
    // The day, then the source field in brackets, below the text: `2009.07.14 (新闻来源:江城网)`.
    expect(read('2009.07.14 (新闻来源:江城日报报业集团网——江城网)').furniture).toBe('web copy line');
    expect(read('江城电讯大楼 2020年08月06日开业').furniture).toBe(null);
  });

  it("furniture: a public account's post line, its name, day and hour and where it was posted from, is no text", () => {
    for (const line of ['柳岸发布 2023-01-26 22:18 发表于河南', '原创 林小禾 柳岸发布 2023-1-6 08:05 发表于内蒙古']) expect(read(line).furniture, line).toBe('web copy line');
    expect(read('柳岸发布 2023-01-26 22:18 发表于河南的文章引起关注。').furniture).toBe(null);
    const page = parse('柳岸社区清扫落叶\n\n柳岸发布 2023-01-26 22:18 发表于河南\n\n一场大风过后,柳岸社区的志愿者们清扫了三条小路。\n', { year: 2024 });
    expect(page.items.map((item) => [item.title, item.blocks.map((block) => block.text)])).toEqual([['柳岸社区清扫落叶', ['一场大风过后,柳岸社区的志愿者们清扫了三条小路。']]]);
  });

  it("a name alone, or two characters padded, may be a signature; so may an organisation, the unit's; a column word or four characters are not", () => {
    expect(read('林小禾').signature).toEqual({ inner: '林小禾', people: [{ name: '林小禾', role: null, source: 'byline' }], form: 'bare' });
    expect(read('李 莉').signature?.people).toEqual([{ name: '李莉', role: null, source: 'byline' }]);
    // (The grammar takes a unit's as a signature only below a finished text, and not above a head.)
    expect(read('西湖村').signature).toEqual({ inner: '西湖村', people: [{ name: '西湖村', role: null, source: 'byline' }], form: 'bare' });
    for (const line of ['简讯', '林小禾禾', '林小禾。', '李', '(李 莉)']) expect(read(line).signature).toBeNull();
    // A county's media centre signs by its short name too (`柳岸融媒`, for 柳岸县融媒体中心); not with a mark or a role after it.
    expect(read('柳岸融媒').signature).toEqual({ inner: '柳岸融媒', people: [{ name: '柳岸融媒', role: null, source: 'byline' }], form: 'bare' });
    for (const line of ['柳岸融媒。', '柳岸融媒记者']) expect(read(line).signature, line).toBeNull();
    // Nor a count, where a text cut off ends at its number.
    for (const line of ['二十余', '三百多', '两千余']) expect(read(line).signature, line).toBeNull();
    // A web copy's button is the copy's line, not a name; a credit of three characters names a photographer.
    expect(read('下一篇').signature).toBeNull();
    expect(read('雷洁摄').signature).toBeNull();
    // Nor is a work word alone, which the names' reader reads as no one (`图文` under a picture, `供稿`).
    for (const line of ['图文', '供稿', '摄影']) expect(read(line).signature).toBeNull();
    // Nor a kind of body or of paper, which ends a paragraph's sentence cut before it but is nobody's name.
    for (const line of ['小学', '社区', '日报']) expect(read(line).signature).toBeNull();
    // Two or three names spaced apart sign together; four, names run together, or words of four characters do not.
    expect(read('曹蓉 彭晓').signature).toEqual({ inner: '曹蓉 彭晓', people: [{ name: '曹蓉', role: null, source: 'byline' }, { name: '彭晓', role: null, source: 'byline' }], form: 'bare' });
    expect(read('李 莉 王鹤婷').signature?.people.map((person) => person.name)).toEqual(['李莉', '王鹤婷']);
    expect(read('曹蓉 彭晓 周小川').signature?.people).toHaveLength(3);
    // Three names of three characters: eleven characters with their spaces, the longest line of names alone.
    expect(read('孔小越 林小溪 吴小川').signature?.people.map((person) => person.name)).toEqual(['孔小越', '林小溪', '吴小川']);
    // Past those eleven no line is read for names alone, even names spaced wider (`孔小越  林小溪  吴小川`, thirteen).
    expect(read('孔小越  林小溪  吴小川').signature).toBeNull();
    expect(read('曹蓉  彭晓').signature?.people).toHaveLength(2);
    // A word the names' reader passes over (`记者站`) leaves one name where the line shows two: no signature.
    expect(read('记者站 张三').signature).toBeNull();
    // `本报 李四`: the paper's word is no second signer (as in a web copy's author field).
    expect(read('本报 李四').signature).toBeNull();
    for (const line of ['曹蓉 彭晓 周宁 吴敏', '曹蓉彭晓', '党建引领 服务为民', '曹蓉 小学', '曹蓉 彭晓。']) expect(read(line).signature).toBeNull();
  });

  it('furniture: the line a continued text opens with, saying where it comes from', () => {
    for (const line of ['上接01版', '上接第一版', '接上版', '上接A3版']) expect(read(line).furniture).toBe('continued from');
    // A title that opens with the words, or a line too long for the marker, is no such line.
    for (const line of ['上接地气的社区服务', '上接第一版的邻里节活动报道']) expect(read(line).furniture).toBeNull();
  });

  it("a web copy's 作者 field names the authors; the paper's own short name (本通: 本报通讯员) names none", () => {
    const line = '作者:唐晓 吴佳  来源:江城网';
    expect(read(line)).toEqual(
      facts(line, {
        punctuated: true,
        titleLike: true,
        furniture: 'web copy line',
        webAuthors: [
          { name: '唐晓', role: null, source: 'byline' },
          { name: '吴佳', role: null, source: 'byline' },
        ],
      }),
    );
    expect(read('刊发日期:2018-09-14 阅读次数: 作者:本通  语音阅读:').webAuthors).toBe(null);
    expect(read('作者:江城网').webAuthors).toBe(null);
    // A paper's short name glued before the name (`晚报唐晓`) is the outlet's, not the person's.
    expect(read('来源: 江城网 作者:晚报唐晓 编辑:吴佳').webAuthors?.map((person) => person.name)).toEqual(['唐晓']);
    // Only four characters with 报 second are a paper's name and a person's: `张报国` is a person's name of three.
    expect(read('来源: 江城网 作者:张报国 编辑:吴佳').webAuthors?.map((person) => person.name)).toEqual(['张报国']);
    // A role may stand before the names: `作者:通讯员 A B`, `作者: 江城日报记者 A`.
    expect(read('发布时间:2024-02-12 作者:通讯员 林帆 周宁 编辑:陈平').webAuthors?.map((person) => person.name)).toEqual(['林帆', '周宁']);
    expect(read('来源: 《江城日报》 作者: 江城日报记者 林帆 编辑: 周宁').webAuthors?.map((person) => person.name)).toEqual(['林帆']);
    // `原作者:` (the original author) is the author's field too; a pen name of two characters is a name.
    expect(read('原作者: 林帆 梓言').webAuthors?.map((person) => person.name)).toEqual(['林帆', '梓言']);
    // Fields a content system glued together: the name ends where the next field's name begins.
    expect(read('信息来源:江城日报·江城客户端作者:林帆责任编辑:周宁').webAuthors?.map((person) => person.name)).toEqual(['林帆']);
    expect(read('发布者:admin发布时间:2023-03-07作者:林帆浏览次数:10').webAuthors?.map((person) => person.name)).toEqual(['林帆']);
    // `作者(来源):X`, the author and source fields in one.
    expect(read('作者(来源):林帆    发布时间: 2012-10-24').webAuthors?.map((person) => person.name)).toEqual(['林帆']);
    // `作者:佚名` (anonymous) names no one; a link field is the copy's line however long its address.
    expect(read('时间:2022-12-09 来源:临河县农业农村局 作者:佚名 []').webAuthors).toBe(null);
    expect(read(`原文链接:http://www.example.gov.cn/${'a'.repeat(90)}.shtml`).furniture).toBe('web copy line');
    // `撰稿人:` (who wrote the copy) is an author field too.
    expect(read('发布时间:2023-03-16 来源:柳岸社区 撰稿人:林小雨 浏览次数:12').webAuthors?.map((person) => person.name)).toEqual(['林小雨']);
    // After a web copy's date, names are its authors; the day of the week is none.
    expect(read('2019-02-13 13:05:40 唐晓 吴佳 来源:江城网').webAuthors?.map((person) => person.name)).toEqual(['唐晓', '吴佳']);
    expect(read('2024年5月20日 星期一').webAuthors).toBe(null);
    // What a web copy prints where its authors stand, but names no one: `网络整理` (compiled from the web), a role, a work word.
    for (const line of ['2019-02-01 05:49:41 网络整理 阅读:59', '2019-02-01 通讯员 阅读:59', '作者:供稿 来源:江城网']) expect(read(line).webAuthors).toBe(null);
    // A compound surname's four characters are a name.
    expect(read('作者:欧阳晓明 来源:江城网').webAuthors?.map((person) => person.name)).toEqual(['欧阳晓明']);
    // Only on a line about the copy: in a paragraph, 作者 is a word of the text.
    expect(read('活动结束后,作者:唐晓 吴佳为居民签名留念,大家纷纷合影。').webAuthors).toBe(null);
  });

  it("a web copy's 来源 field names people when it names them by role; an outlet it names is no one", () => {
    expect(read('2024-10-24 08:23:57  来源:通讯员 唐晓  责任编辑:吴佳  ').webAuthors).toEqual([{ name: '唐晓', role: '通讯员', source: 'byline' }]);
    expect(read('2024-10-24 来源:记者 唐晓 吴佳 编辑:林溪').webAuthors?.map((person) => [person.name, person.role])).toEqual([
      ['唐晓', '记者'],
      ['吴佳', '记者'],
    ]);
    for (const line of ['2024-10-24 08:23:57  来源:江城网  责任编辑:吴佳', '来源:通讯员  责任编辑:吴佳', '来源:通讯员站']) expect(read(line).webAuthors).toBe(null);
    // A role left without its name (`… 记者`) leaves the field no one's.
    expect(read('2024-10-24 来源:通讯员 唐晓 记者  责任编辑:吴佳').webAuthors).toBe(null);
    // The paper the copy came from may stand before the roles and their names.
    expect(read('发布时间:2024-10-24 15:16:26 来源:江城晨报 通讯员 唐晓 吴佳 记者 林溪').webAuthors?.map((person) => [person.name, person.role])).toEqual([
      ['唐晓', '通讯员'],
      ['吴佳', '通讯员'],
      ['林溪', '记者'],
    ]);
  });

  it('a continuation marker, which is also a note in brackets and the tail of its own line', () => {
    const line = '(下转第三版)';
    expect(read(line)).toEqual(
      facts(line, {
        titleLike: true,
        sentenceInside: true,
        furniture: 'note in brackets',
        continuation: true,
        glued: { at: 0, byline: null, credit: null, continuation: true, trailer: false },
      }),
    );
  });
});

describe('lines of an item’s head', () => {
  it('a header: organisation, colon, title; after a bullet too', () => {
    const line = '苏村社区: 开展主题党日活动';
    expect(read(line)).toEqual(
      facts(line, { punctuated: true, titleLike: true, header: { organisation: '苏村社区', title: '开展主题党日活动', separator: ':', strong: true } }),
    );
    const bulleted = '●丽都社区：举办邻里节';
    expect(read(bulleted)).toEqual(
      facts(bulleted, {
        punctuated: true,
        titleLike: true,
        header: { organisation: '丽都社区', title: '举办邻里节', separator: '：', strong: true },
        opensLikeNews: true,
        opening: '丽都社区：举办邻里节',
        bullet: '●',
      }),
    );
  });

  it('an organisation alone on its line, which also opens with it', () => {
    const line = '大陆南小学';
    expect(read(line)).toEqual(
      facts(line, {
        titleLike: true,
        organisation: '大陆南小学',
        signature: { inner: line, people: [{ name: line, role: null, source: 'byline' }], form: 'bare' },
        opensLikeNews: true,
        opensWith: '大陆南小学',
        namesEarly: '大陆南小学',
      }),
    );
  });

  it('a headline, a subtitle, a quotation alone on its line', () => {
    expect(read('小小志愿者送温暖')).toEqual(facts('小小志愿者送温暖', { titleLike: true }));
    expect(read('——东关街道开办银龄学堂')).toEqual(facts('——东关街道开办银龄学堂', { titleLike: true, subtitle: true }));
    expect(read('“我们的家园我们建”')).toEqual(facts('“我们的家园我们建”', { titleLike: true, quote: true }));
  });

  it("a headline's couplet: two halves of one length, four to eight Han characters each", () => {
    expect(read('晨光照新路 笑语满小巷')).toEqual(facts('晨光照新路 笑语满小巷', { titleLike: true, couplet: true }));
    expect(read('菜园连四邻\u3000童心绘家园')).toMatchObject({ couplet: true });
    expect(read('春来早 邻里和睦迎新年')).toMatchObject({ couplet: false }); // halves of 3 and 7
    expect(read('邻里和睦 迎新年到来了')).toMatchObject({ couplet: false }); // 4 and 6
    expect(read('小区美 人心暖')).toMatchObject({ couplet: false }); // 3 and 3: too short
    expect(read('晨光照新路,笑语满小巷')).toMatchObject({ couplet: false }); // a comma, not a space
    expect(read('晨光照新路 笑语满小巷 春风拂面来')).toMatchObject({ couplet: false }); // three parts
  });

  it('a headline after a list bullet opens like a headerless brief', () => {
    const line = '☆东坡中学举行运动会';
    expect(read(line)).toEqual(
      facts(line, { titleLike: true, opensLikeNews: true, opensWith: '东坡中学', namesEarly: '东坡中学', opening: '东坡中学举行运动会', bullet: '☆' }),
    );
  });
});

describe('a dateline and the part of the day after it', () => {
  it('reads the organisation after any part of the day, the evening too', () => {
    for (const part of ['上午', '下午', '中午', '晚上', '晚间', '早上', '傍晚', '晚']) {
      expect(read(`10月6日${part},柳岸社区在小区广场举办邻里节。`), part).toMatchObject({ opensWithDate: true, opensWith: '柳岸社区' });
    }
    expect(read('当天,柳岸社区在小区广场举办邻里节。')).toMatchObject({ opensWithDateline: true, opensWith: '柳岸社区' });
  });
});

describe('lines that could be a header', () => {
  it('a space after an organisation makes a weak header; arrows at the end make it certain', () => {
    const line = '苏村社区 开展主题党日活动';
    const opensWithName = { opensLikeNews: true, opensWith: '苏村社区', namesEarly: '苏村社区' };
    expect(read(line)).toEqual(
      facts(line, { titleLike: true, header: { organisation: '苏村社区', title: '开展主题党日活动', separator: ' ', strong: false }, ...opensWithName }),
    );
    const arrows = '苏村社区 开展主题党日活动>>';
    expect(read(arrows)).toEqual(
      facts(arrows, { titleLike: true, header: { organisation: '苏村社区', title: '开展主题党日活动', separator: ' ', strong: true }, ...opensWithName }),
    );
  });

  it("a column's tag in lenticular brackets is left out of the header or organisation after it; a site's source tag there is a lead, and a field's name before a bar no tag", () => {
    expect(read('【记者走基层】柳岸镇:快递进村').header).toEqual({ organisation: '柳岸镇', title: '快递进村', separator: ':', strong: true });
    expect(read('【记者走基层】柳岸社区')).toEqual(facts('【记者走基层】柳岸社区', { titleLike: true, organisation: '柳岸社区', taggedTitle: true }));
    // A site's name in the brackets is a web copy's source tag, its news lead: the text opens there, no header after it.
    expect(read('【江城网】柳岸社区:开展义诊活动')).toMatchObject({ lead: { text: '【江城网】', month: null, day: null, people: [] }, header: null });
    // `发布机构｜…` is a row of a site's disclosure table: the name after the bar is the field's value, not the line's organisation.
    expect(read('发布机构｜东湖街道办事处')).toEqual(facts('发布机构｜东湖街道办事处', { titleLike: true, furniture: 'web copy line' }));
  });

  it('more furniture: an archive field, navigation, a note in brackets, a table of contents run onto one line', () => {
    expect(read('【标题】= 长者食堂开张')).toEqual(facts('【标题】= 长者食堂开张', { titleLike: true, furniture: 'archive field' }));
    expect(read('上一版 下一版 返回目录')).toEqual(facts('上一版 下一版 返回目录', { titleLike: true, furniture: 'navigation' }));
    // An e-paper reader's search box and the buttons after it (the reader of two papers here): `新闻搜索:`; not the words
    // in a sentence.
    expect(read('新闻搜索:')).toMatchObject({ furniture: 'navigation' });
    expect(read('新闻搜索: 旧版电子报')).toMatchObject({ furniture: 'navigation' });
    expect(read('社区开展新闻搜索技能培训。')).toMatchObject({ furniture: null });
    // A comment box's link, in the brackets a site prints it in; the words in a sentence are no button.
    expect(read('『查看评论』')).toMatchObject({ furniture: 'navigation' });
    expect(read('【发表评论】')).toMatchObject({ furniture: 'navigation' });
    expect(read('欢迎居民查看评论区的留言。')).toMatchObject({ furniture: null });
    // A web copy's links to the copies before and after it, with their titles; not the words in a sentence.
    expect(read('上一条:柳岸社区开展义诊活动')).toMatchObject({ furniture: 'navigation' });
    expect(read('下一条：青石村新建文化广场 预计年底完工')).toMatchObject({ furniture: 'navigation' });
    expect(read('上一条新闻说的是青石村的事。')).toMatchObject({ furniture: null });
    expect(read('(东坡小学四年级)')).toEqual(facts('(东坡小学四年级)', { titleLike: true, furniture: 'note in brackets' }));
    const contents = '长者食堂开张 书屋开放 义诊进社区 四点半课堂 邻里节 楼道换新颜 垃圾分类 文明新风进万家';
    expect(read(contents)).toEqual(facts(contents, { furniture: 'table of contents', opening: contents.slice(0, 40) }));
  });

  it("a library archive's fields, their value right after the bracket: furniture, the page field's column a page", () => {
    for (const line of ['【类型】报纸', '【作者】 林小雨', '【入库时间】2015.02.11', '【全文】', '【副篇名】——记柳岸社区的志愿者们']) {
      expect(read(line).furniture, line).toBe('archive field');
    }
    expect(read('【版次】第06版:社区新闻')).toMatchObject({ furniture: 'archive field', page: '社区新闻' });
    expect(read('【版次】= 第3版 综合新闻')).toMatchObject({ furniture: 'archive field', page: '综合新闻' });
    // A page field that holds no page line names no column; a column's label in brackets is no field.
    expect(read('【版次】01')).toMatchObject({ furniture: 'archive field', page: null });
    expect(read('【社区动态】').furniture).not.toBe('archive field');
  });

  it("the civilisation network's call to share a copy, alone on its line: a line of the web copy, not its text", () => {
    expect(read('欢迎参与网络文明传播:').furniture).toBe('web copy line');
    expect(read('欢迎参与网络文明传播').furniture).toBe('web copy line');
    // Words that go on are a sentence of the text.
    expect(read('欢迎参与网络文明传播活动的志愿者报名。').furniture).toBe(null);
  });

  it("an e-paper reader's list of titles: entries closed or opened by ~~~, the mark alone, and the list's heading", () => {
    expect(read('青石社区开办“四点半课堂”~~~')).toMatchObject({ furniture: 'table of contents' });
    expect(read('~~~——记社区志愿者周大姐')).toMatchObject({ furniture: 'table of contents' });
    expect(read('~~~')).toMatchObject({ furniture: 'table of contents' });
    expect(read('本版列表新闻')).toMatchObject({ furniture: 'table of contents' });
    // The reader's buttons are its navigation, read before the heading is.
    expect(read('版面导航')).toMatchObject({ furniture: 'navigation' });
    // An entry is a title's length: 46 characters with its two marks at most; a tilde inside a line is no mark.
    const longest = `~~~${'社'.repeat(40)}~~~`;
    expect(read(longest)).toMatchObject({ furniture: 'table of contents' });
    expect(read(`${longest}区`).furniture).not.toBe('table of contents');
    expect(read('社区~~~新闻').furniture).toBeNull();
  });

  it('a title line opened by 暨 joins the title above; a picture file is marked as one', () => {
    expect(read('暨“邻里互助 温暖同行”志愿服务活动')).toMatchObject({ joinsTitle: true, titleLike: true });
    expect(read('暨“五好家庭”表彰会')).toMatchObject({ joinsTitle: true });
    expect(read('暨南大学学生走进社区')).toMatchObject({ joinsTitle: false }); // a name that opens with 暨
    expect(read('暨阳街道开展义诊')).toMatchObject({ joinsTitle: false });
    expect(read('暨“邻里互助”活动顺利举行。')).toMatchObject({ joinsTitle: false }); // a sentence, no title
    expect(read('柳岸社区暨“邻里互助”活动')).toMatchObject({ joinsTitle: false });
    expect(read('图片1.png')).toMatchObject({ pictureFile: true });
    expect(read('图片1')).toMatchObject({ pictureFile: false });
    // A second copy's number, a list's bullet before the name, and a caption a site made the name of, however long.
    expect(read('组照3:雨中出诊 (2).jpg')).toMatchObject({ pictureFile: true });
    expect(read('• 12.jpg')).toMatchObject({ pictureFile: true });
    const named = '3,东湖村卫生室只有两名医生,却要照看全村八百多位村民.林医生每周都去老人家中量血压.林医生入户.jpg';
    expect(read(named)).toMatchObject({ pictureFile: true });
    expect(read(named.replace('.jpg', '。'))).toMatchObject({ pictureFile: false });
    expect(read('组照3 雨中出诊.jpg')).toMatchObject({ pictureFile: false }); // white space inside a short name: a title's
  });
});

describe('bylines and credits alone on their line', () => {
  it('a byline in brackets', () => {
    expect(read('(李 莉)')).toEqual(
      facts('(李 莉)', { titleLike: true, byline: { inner: '李 莉', people: [{ name: '李莉', role: null, source: 'byline' }], form: 'brackets' } }),
    );
  });

  it('a photo credit', () => {
    expect(read('雷 洁摄')).toEqual(
      facts('雷 洁摄', { titleLike: true, credit: { raw: '雷 洁摄', verb: '摄', people: [{ name: '雷洁', role: null, source: 'credit' }] } }),
    );
  });
});

describe('a header names an organisation, not a phrase that ends in a suffix', () => {
  it('reads no header where the words before the space or the colon hold a verb (走进, 进)', () => {
    expect(read('志愿者走进柳岸社区 传递温暖').header).toBe(null);
    expect(read('科学育儿进社区 亲子共度好时光').header).toBe(null);
    expect(read('柳岸社区 亲子共度好时光').header).toEqual({ organisation: '柳岸社区', title: '亲子共度好时光', separator: ' ', strong: false });
  });
});

describe('a byline or credit in brackets opening the text', () => {
  it('is read with where the text starts; a credit in brackets too', () => {
    const byline = read('(通讯员:林小雨)6月2日,东湾街道组织志愿者清理河道。').openingByline;
    expect(byline).toEqual({
      bracketEnd: 9,
      length: 9,
      byline: { inner: '通讯员:林小雨', people: [{ name: '林小雨', role: '通讯员', source: 'byline' }], form: 'brackets' },
      credit: null,
    });
    const credit = read('(记者 孔越摄影报道) 6月3日,柳岸社区举办邻里运动会。').openingByline;
    expect([credit?.bracketEnd, credit?.length, credit?.credit?.verb, credit?.byline]).toEqual([11, 12, '摄影报道', null]);
  });

  it('is not a note in brackets, a bracket alone on its line, or a bracket after a lead', () => {
    expect(read('(图为老人与志愿者合影)西岭村志愿者为百岁老人过生日。').openingByline).toBe(null);
    expect(read('(右)与居民交谈的志愿者。').openingByline).toBe(null);
    expect(read('(通讯员:林小雨)').openingByline).toBe(null);
    expect(read('本报讯(通讯员:林小雨)6月2日,东湾街道组织志愿者清理河道。').openingByline).toBe(null);
  });
});

describe('paragraphs', () => {
  it("someone's words reported whole after who said them are a sentence inside, however short: no title", () => {
    expect(read('她说:“志愿服务要一代代传下去。”').sentenceInside).toBe(true);
    expect(read('队长周宁表示：“我们还会再来！”').sentenceInside).toBe(true);
    // A title quotes its speaker without the verb, or stops short of a sentence's end.
    expect(read('周书记:“志愿服务要一代代传下去”').sentenceInside).toBe(false);
    expect(read('她说:“志愿服务要一代代传下去”').sentenceInside).toBe(false);
  });

  it('a speaker, a colon and words of two clauses closed by a full stop are words of the text, though no verb says so', () => {
    expect(read('柳岸村村民林大伯:“路修好了,出门方便多了。”').sentenceInside).toBe(true);
    // One clause closed by a full stop, or words not closed by one, may still be a title's quote.
    expect(read('周书记:“一定把路修好。”').sentenceInside).toBe(false);
    expect(read('林大伯:“路修好了,出门方便多了”').sentenceInside).toBe(false);
  });

  it('a lead with its reporter, then a dateline and the organisation', () => {
    const line = '本报讯(记者 张三) 近日,柳岸社区举办邻里节。';
    expect(read(line)).toEqual(
      facts(line, {
        endsSentence: true,
        punctuated: true,
        lead: { text: '本报讯(记者 张三)', month: null, day: null, people: [{ name: '张三', role: '记者', source: 'lead' }] },
        opensLikeNews: true,
        opensWithDateline: true,
        opensWith: '柳岸社区',
        namesEarly: '柳岸社区',
        opening: '柳岸社区举办邻里节。',
      }),
    );
  });

  it('a lead that carries its date, and no dateline after it', () => {
    const line = '本报4月5日讯 柳岸社区举办邻里节。';
    expect(read(line)).toEqual(
      facts(line, {
        endsSentence: true,
        punctuated: true,
        oneClause: true,
        lead: { text: '本报4月5日讯', month: '4', day: '5', people: [] },
        opensLikeNews: true,
        opensWith: '柳岸社区',
        namesEarly: '柳岸社区',
        opening: '柳岸社区举办邻里节。',
      }),
    );
  });

  it('a dateline that names a day, then the organisation', () => {
    const line = '6月24日,苏村社区开展活动。';
    expect(read(line)).toEqual(
      facts(line, {
        endsSentence: true,
        punctuated: true,
        opensLikeNews: true,
        opensWithDateline: true,
        opensWithDate: true,
        openingDate: '6月24日',
        timedCaption: true,
        opensWith: '苏村社区',
        namesEarly: '苏村社区',
        opening: '苏村社区开展活动。',
      }),
    );
  });

  it("a photo set's caption: one sentence opening with the hour or the date it was taken", () => {
    for (const line of ['9时许,街心公园里晨练的人不多。', '18时30分,广场上亮起了彩灯。', '１１时，菜市场里买菜的人多了。']) {
      expect(read(line), line).toEqual(facts(line, { endsSentence: true, endsWithFullStop: true, punctuated: true, timedCaption: true }));
    }
    // (Short and ending in `!`, it is shaped as a title too; the labeller weighs the two.)
    const exclaimed = '下午3点,参加重阳登高的老人们登上了山顶!';
    expect(read(exclaimed)).toEqual(facts(exclaimed, { endsSentence: true, punctuated: true, titleLike: true, timedCaption: true }));
    // A caption printed without its full stop is one all the same.
    const unfinished = '上午8:10,渡口边,摆渡船载着赶集的村民';
    expect(read(unfinished)).toEqual(facts(unfinished, { punctuated: true, titleLike: true, timedCaption: true }));
    // A date, its text glued to it or not; `图为…` after the sentence says what the picture shows, and counts as none.
    for (const line of ['6月2日9时许,公园里人不多。', '3月12日柳岸社区的志愿者在河堤上种树', '3月12日,志愿者在河堤上种树。图为志愿者为树苗培土']) {
      expect(read(line).timedCaption, line).toBe(true);
    }
    // Two sentences are a paragraph of a story told hour by hour, finished or not; nor is an hour without its comma, a
    // time word (近日), a month without its day, or an hour inside the line a caption's opening.
    for (const line of ['9时许,雨势减弱。居民陆续回家。', '9时许,雨势减弱。居民陆续', '6月2日,雨停了。居民回家了。', '9时许街心公园里人不多。', '公园里9时许,人不多。', '19点钟,人不多。', '近日,公园里人不多。', '6月,公园里人不多。', '3月12日,种树。图为志愿者。大家很开心。']) {
      expect(read(line).timedCaption, line).toBe(false);
    }
  });

  it('a clause of time before the organisation, the line cut at a comma', () => {
    const line = '今年以来,南岭镇共办了十场讲座，';
    expect(read(line)).toEqual(
      facts(line, {
        endsClause: true,
        punctuated: true,
        opensLikeNews: true,
        opensWithDateline: true,
        opensWith: '南岭镇',
        namesEarly: '南岭镇',
        opening: '南岭镇共办了十场讲座，',
      }),
    );
  });

  it('the organisation with its province, city and district, then the dateline', () => {
    const line = '江北省临河市东湾区柳岸社区近日举办邻里节。';
    expect(read(line)).toEqual(
      facts(line, { endsSentence: true, punctuated: true, oneClause: true, opensLikeNews: true, opensWithDateline: true, opensWith: '柳岸社区', namesEarly: '柳岸社区' }),
    );
    // A colon after the name makes it a speaker, not the subject of a news paragraph.
    expect(read('江北省临河市东湾区柳岸社区居民王大妈:')).toMatchObject({ opensWith: null, namesEarly: null, opensLikeNews: false });
  });

  it('a paragraph with its byline glued to the end', () => {
    const line = '近日,下站社区邀请医生义诊,八十余名居民受益。(赵雨平)';
    expect(read(line)).toEqual(
      facts(line, {
        punctuated: true,
        titleLike: true,
        sentenceInside: true,
        opensLikeNews: true,
        opensWithDateline: true,
        opensWith: '下站社区',
        namesEarly: '下站社区',
        opening: '下站社区邀请医生义诊,八十余名居民受益。(赵雨平)',
        glued: { at: 23, byline: { inner: '赵雨平', people: [{ name: '赵雨平', role: null, source: 'byline' }], form: 'brackets' }, credit: null, continuation: false, trailer: false },
      }),
    );
  });

  it('a lead whose people follow it without brackets, up to the space before the text', () => {
    const line = '江城网讯 通讯员谭越 贺岚 秋高气爽，柳岸社区举办邻里节。';
    expect(read(line)).toEqual(
      facts(line, {
        endsSentence: true,
        punctuated: true,
        lead: {
          text: '江城网讯 通讯员谭越 贺岚',
          month: null,
          day: null,
          people: [
            { name: '谭越', role: '通讯员', source: 'lead' },
            { name: '贺岚', role: '通讯员', source: 'lead' },
          ],
        },
        opensLikeNews: true,
        namesEarly: '柳岸社区',
        opening: '秋高气爽，柳岸社区举办邻里节。',
      }),
    );
  });

  it("a county app's dateline with its reporters' bracket is a lead, read with its people", () => {
    expect(read('云上临河报道:(全媒体记者 林舟) 4月12日,柳岸镇各村开展大扫除。').lead).toEqual({
      text: '云上临河报道:(全媒体记者 林舟)',
      month: null,
      day: null,
      people: [{ name: '林舟', role: '全媒体记者', source: 'lead' }],
    });
  });

  it("a site and its media centre before the reporters' bracket, with no 讯, is a lead read with its people", () => {
    expect(read('临河新闻网-临河地区融媒体中心(记者 林舟)5月12日,柳岸社区开展活动。').lead).toEqual({
      text: '临河新闻网-临河地区融媒体中心(记者 林舟)',
      month: null,
      day: null,
      people: [{ name: '林舟', role: '记者', source: 'lead' }],
    });
  });

  it("a lead's bracket whose last name is glued to the credit's verb keeps that name: `王五摄影报道`", () => {
    expect(read('本报讯(记者林帆 苏晴 周原摄影报道)国庆假期,市民走出家门。').lead?.people).toEqual([
      { name: '林帆', role: '记者', source: 'lead' },
      { name: '苏晴', role: '记者', source: 'lead' },
      { name: '周原', role: '记者', source: 'lead' },
    ]);
    // Names the names' reader reads whole are not read again as a credit's.
    expect(read('本报讯(记者 林帆 通讯员 苏晴)国庆假期,市民走出家门。').lead?.people).toEqual([
      { name: '林帆', role: '记者', source: 'lead' },
      { name: '苏晴', role: '通讯员', source: 'lead' },
    ]);
  });

  it("a lead whose bracket is never closed: the bracket ends where its last name runs into the dateline", () => {
    const people = [
      { name: '孔越', role: '记者', source: 'lead' },
      { name: '林溪', role: '通讯员', source: 'lead' },
      { name: '吴小川', role: '通讯员', source: 'lead' },
    ];
    expect(read('江城网讯(记者 孔越 通讯员 林 溪 吴小川近日,柳岸社区举办邻里节。').lead).toEqual({ text: '江城网讯(记者 孔越 通讯员 林 溪 吴小川', month: null, day: null, people });
    expect(read('江城网讯（记者 孔越 通讯员 林 溪 吴小川5月3日,柳岸社区举办邻里节。').lead?.text).toBe('江城网讯（记者 孔越 通讯员 林 溪 吴小川');
    // No role, no byline: the bracket is the text's (`(一)近日…` is no one's); nor is one that a comma or a bracket ends first.
    expect(read('江城网讯(孔越近日,柳岸社区举办邻里节。').lead?.text).toBe('江城网讯');
    expect(read('江城网讯(记者 孔越,通讯员 林溪近日,柳岸社区举办邻里节。').lead?.text).toBe('江城网讯');
    // The comma may come as early as the bracket's third character: `(记者,孔越近日…` is no byline either.
    expect(read('江城网讯(记者,孔越近日,柳岸社区举办邻里节。').lead?.text).toBe('江城网讯');
    // A space between the lead and its bracket, as between a lead and a closed one.
    expect(read('江城网讯 (记者 孔越 通讯员 林 溪 吴小川近日,柳岸社区举办邻里节。').lead?.text).toBe('江城网讯 (记者 孔越 通讯员 林 溪 吴小川');
    // A closed bracket is read as it always was: not as the start of an unclosed one, nor followed by names without brackets.
    expect(read('江城网讯(记者 孔越)(通讯员 林溪近日,柳岸社区举办邻里节。').lead?.text).toBe('江城网讯(记者 孔越)');
    expect(read('江城网讯(记者 孔越) 通讯员林溪 贺岚 秋高气爽,柳岸社区举办邻里节。').lead).toEqual({ text: '江城网讯(记者 孔越)', month: null, day: null, people: [people[0]] });
    // Names and roles to the bracket's limit: 39 characters inside it, not 40.
    const names39 = '记者 孔越 通讯员 林溪 吴小川 周一鸣 郑小北 何东 孙北北 钱江江 赵六六';
    const names40 = '记者 孔越 通讯员 林溪 吴小川 周一鸣 郑小北 何东 孙北北 钱江江 欧阳六六';
    expect([names39.length, names40.length]).toEqual([39, 40]);
    expect(read(`江城网讯(${names39}近日,柳岸社区举办邻里节。`).lead?.text).toBe(`江城网讯(${names39}`);
    expect(read(`江城网讯(${names40}近日,柳岸社区举办邻里节。`).lead?.text).toBe('江城网讯');
    // A name before its role (`孔越 记者 林溪`) is a byline's still; what reads as no names at all (`(图1近日…`) is none.
    expect(read('江城网讯(孔越 记者 林溪近日,柳岸社区举办邻里节。').lead?.text).toBe('江城网讯(孔越 记者 林溪');
    expect(read('江城网讯(图1近日,柳岸社区举办邻里节。').lead?.text).toBe('江城网讯');
    // A role named without anyone in the bracket is no byline: `(记者 孔越 通讯员近日…`.
    expect(read('江城网讯(记者 孔越 通讯员近日,柳岸社区举办邻里节。').lead?.text).toBe('江城网讯');
    // Too far into the line for a bracket of names: a parenthesis of the text.
    expect(read('江城网讯(记者 孔越 通讯员 林溪 吴小川 周一鸣 郑小北 何东 孙北北 钱江 赵六六 王大成 李小满近日,…').lead?.text).toBe('江城网讯');
  });

  it('a clause of time counts only before a name: otherwise the opening is the line’s', () => {
    const line = '一直以来,三个小区的居民都很团结。';
    expect(read(line)).toEqual(facts(line, { endsSentence: true, punctuated: true }));
  });

  it('a photo caption', () => {
    const line = '图为志愿者在为老人理发。';
    expect(read(line)).toEqual(facts(line, { endsSentence: true, punctuated: true, oneClause: true, photoCaption: true }));
  });

  it('one clause: closed by its full stop, no other mark of a sentence or clause before it, at most a title long', () => {
    expect(read('摄影志愿者为社区老人们拍下新春全家福。').oneClause).toBe(true);
    expect(read('摄影志愿者为社区老人们拍下了“全家福”。').oneClause).toBe(true);
    // A comma, a 、 or a sentence inside: more than one clause.
    expect(read('春节前,志愿者为老人拍下全家福。').oneClause).toBe(false);
    expect(read('志愿者为老人理发、剪指甲。').oneClause).toBe(false);
    expect(read('老人们笑了。志愿者为老人拍下全家福。').oneClause).toBe(false);
    // Not closed by a full stop: a title's line or a quotation.
    expect(read('志愿者为老人拍下全家福').oneClause).toBe(false);
    expect(read('“志愿者为老人拍下全家福。”').oneClause).toBe(false);
    // Who supplied the picture after the stop is a second part.
    expect(read('志愿者为老人拍下全家福。图片由受访者提供').oneClause).toBe(false);
    // Forty characters at most, a title's length; a longer sentence is read as none.
    expect(read(`${'志'.repeat(39)}。`).oneClause).toBe(true);
    expect(read(`${'志'.repeat(40)}。`).oneClause).toBe(false);
  });

  it('a long line is read for no head, byline or credit, and its opening is its first 40 characters', () => {
    const line = '柳岸社区：举办邻里节，'.repeat(7);
    expect(line.length).toBeGreaterThan(62);
    expect(read(line)).toEqual(facts(line, { endsClause: true, punctuated: true, opening: line.slice(0, 40) }));
  });
});

describe('a name before a colon', () => {
  // `…社区居民王大妈:` introduces what she says, `苏村社区:` a header: neither opens a news paragraph with the name.
  it.each([':', '：'])('within thirteen characters after the name, with %s, the line does not open with the name', (colon) => {
    expect(read(`柳岸社区居民王大妈${colon}`)).toMatchObject({ opensWith: null, namesEarly: null, opensLikeNews: false });
  });

  it.each(['，', ',', '。', '；', ';'])('after %s the colon is another clause’s: the line opens with the name', (stop) => {
    expect(read(`柳岸社区开展活动${stop}王大妈：好`)).toMatchObject({ opensWith: '柳岸社区', namesEarly: '柳岸社区', opensLikeNews: true });
  });

  it('more than thirteen characters after the name, the colon is another clause’s', () => {
    expect(read('柳岸社区的志愿者们今天一大早就来到了楼下:')).toMatchObject({ opensWith: '柳岸社区', namesEarly: '柳岸社区' });
    expect(read('柳岸社区的志愿者们今天早上来楼下:')).toMatchObject({ opensWith: null, namesEarly: null });
  });
});

describe('the opening', () => {
  it('passes over a comma after the lead, full-width or ASCII', () => {
    for (const comma of ['，', ',', ' ']) {
      expect(read(`本报讯${comma}近日，柳岸社区举办邻里节。`)).toMatchObject({ opensWithDateline: true, opensWith: '柳岸社区', opening: '柳岸社区举办邻里节。' });
    }
  });

  it('opens with 当天 (that day), a dateline of the day told of above; other time words are no such day', () => {
    expect(read('当天上午,柳岸社区举办邻里节。')).toMatchObject({ opensWithDateline: true, opensWithSameDay: true, opensWith: '柳岸社区' });
    expect(read('近日,柳岸社区举办邻里节。')).toMatchObject({ opensWithDateline: true, opensWithSameDay: false });
    expect(read('柳岸社区当天举办邻里节。')).toMatchObject({ opensWithSameDay: false });
  });

  it('opens like news with a lead, a dateline, an organisation or a bullet alone', () => {
    expect(read('本报讯 这是一行字。')).toMatchObject({ opensLikeNews: true, opensWithDateline: false, opensWith: null });
    expect(read('近日，大家都来了。')).toMatchObject({ opensLikeNews: true, opensWithDateline: true, opensWith: null });
    expect(read('柳岸社区的大家都来了。')).toMatchObject({ opensLikeNews: true, opensWithDateline: false, opensWith: '柳岸社区' });
    expect(read('■大家都来了，很热闹。')).toMatchObject({ opensLikeNews: true, bullet: '■', opensWith: null });
    expect(read('大家都来了，很热闹。')).toMatchObject({ opensLikeNews: false });
  });

  it('reads a lead that says 消息 instead of 讯', () => {
    expect(read('江城网消息 近日，柳岸社区举办邻里节。').lead?.text).toBe('江城网消息');
  });
});

describe('the length of a title', () => {
  it('is forty characters at most', () => {
    expect(read('长'.repeat(40)).titleLike).toBe(true);
    expect(read('长'.repeat(41)).titleLike).toBe(false);
  });

  it('a header’s organisation may be parted from its title by an ideographic space or NBSP too', () => {
    for (const space of ['\u3000', '\u00a0']) {
      expect(read(`苏村社区${space}开展主题党日活动`).header).toEqual({ organisation: '苏村社区', title: '开展主题党日活动', separator: ' ', strong: false });
    }
  });
});

describe('facts only short lines have', () => {
  it('a long line is no subtitle and no quotation, however it opens and ends', () => {
    expect(read(`——${'东关街道开办银龄学堂'.repeat(7)}`)).toMatchObject({ subtitle: false, titleLike: false });
    expect(read(`“${'我们的家园我们建'.repeat(8)}”`)).toMatchObject({ quote: false });
    // A long line that opens like a web copy's source line is text.
    expect(read(`来源：${'江城日报'.repeat(20)}`).furniture).toBeNull();
  });

  it('an editor line in brackets, two editors, an editor that is a desk', () => {
    expect(read('(责任编辑:王芳)')).toMatchObject({ editor: '王芳' });
    expect(read('责任编辑:王芳 李强')).toMatchObject({ editor: '王芳 李强' });
    expect(read('编辑：文艺部')).toMatchObject({ editor: '文艺部' });
  });

  it('a continuation marker in full-width brackets', () => {
    expect(read('（下转第三版）')).toMatchObject({ continuation: true, byline: null });
  });

  it('下接 (continued below on) says where the item goes on, as 下转 does: alone, or glued after its text', () => {
    expect(read('(下接第二版)')).toMatchObject({ continuation: true, byline: null });
    expect(read('活动分为自由交流和主题演讲两个环节,同学们 (下接第二版)').glued).toMatchObject({ continuation: true, byline: null });
  });

  it('a continuation marker with a space after its verb names no one: 下转 and 二版 are no two people', () => {
    // Read as a byline in brackets, `下转 二版` would be two names side by side.
    for (const line of ['(下转 二版)', '（上接 头版）', '(下转 第二版)']) expect(read(line)).toMatchObject({ continuation: true, byline: null });
  });

  it('an organisation line after a bullet, the bullet left out of the name', () => {
    expect(read('●大陆南小学')).toMatchObject({ organisation: '大陆南小学', bullet: '●' });
  });

  it('a quotation alone on its line may hold whole sentences and still be a title', () => {
    expect(read('“我找不到家了。你们帮帮我吧”')).toMatchObject({ quote: true, titleLike: true, sentenceInside: false });
    expect(read('我找不到家了。你们帮帮我吧')).toMatchObject({ quote: false, titleLike: true, sentenceInside: true });
  });

  it('a header may have an empty title, white space before its colon, or two spaces after its name', () => {
    expect(read('苏村社区：').header).toEqual({ organisation: '苏村社区', title: '', separator: '：', strong: true });
    expect(read('苏村社区 : 开展主题党日活动').header).toEqual({ organisation: '苏村社区', title: '开展主题党日活动', separator: ':', strong: true });
    expect(read('苏村社区  开展主题党日活动').header).toEqual({ organisation: '苏村社区', title: '开展主题党日活动', separator: ' ', strong: false });
    // A unit and a date, as a web copy prints them under its title: a title is words, so no header.
    expect(read('江城市农委     2008-07-02').header).toBeNull();
    expect(read('柳岸社区 2024-05-01').header).toBeNull();
  });
});

describe("a web copy's lines about the page", () => {
  it('a row of buttons alone on its line is navigation; a headline with a button word in it is not', () => {
    expect(read('放大 缩小 默认').furniture).toBe('navigation');
    expect(read('一键转发').furniture).toBe('navigation');
    // A site's buttons on the page itself and its recommendations (453, 448 of the nineteenth batch, in our words).
    for (const line of ['打印  收藏本页  关闭本页', '推荐视频', '推荐新闻', '推荐图片']) expect(read(line).furniture, line).toBe('navigation');
    expect(read('推荐新闻稿件三篇').furniture).toBeNull();
    // An e-paper reader's links to its site and pages and the headings of its empty fields, a word a line; in a headline, text.
    for (const line of ['网站首页', '数字报首页', '首版', '末版', '版面概览', '本期发布:', '通版阅读请点击:', '展开通版', '收缩通版', '文章标题', '文章内容', '文章作者']) expect(read(line).furniture, line).toBe('navigation');
    expect(read('首版社区报印发').furniture).toBeNull();
    // Its button that reads the copy aloud, as a site's 听新闻.
    expect(read('朗读').furniture).toBe('navigation');
    expect(read('朗读比赛').furniture).toBeNull();
    // The heading of the page's list of titles, whether titles follow or not.
    expect(read('本版新闻列表').furniture).toBe('navigation');
    // An e-paper's link back to its day, its site or its paper.
    expect(read('返回 2025年01月09日').furniture).toBe('navigation');
    expect(read('返回江城网 版面导航').furniture).toBe('navigation');
    expect(read('返回新数字报').furniture).toBe('navigation');
    expect(read('返回家乡过大年').furniture).toBeNull();
    expect(read('游子返回江城报到').furniture).toBeNull();
    // The heading of its list of links to other copies.
    expect(read('推荐阅读:').furniture).toBe('navigation');
    expect(read('相关新闻').furniture).toBe('navigation');
    expect(read('推荐阅读的书目有三本。').furniture).toBeNull();
    expect(read('【打印】 【关闭】').furniture).toBe('navigation');
    expect(read('分享到: 微信 微博 QQ空间').furniture).toBe('navigation');
    expect(read('分享至:').furniture).toBe('navigation');
    // The editor's bracket, then the copy's fields (1285, in our words); the bracket before a sentence is the text's.
    expect(read('(编辑:林小雨) 来源:柳岸镇 周宁 陈平(通讯员)').furniture).toBe('web copy line');
    expect(read('(编辑:林小雨) 柳岸镇开展义诊活动,为村民测量血压。').furniture).toBeNull();
    // A field name and a colon first: a line about the copy, as `字号:` alone is.
    expect(read('字号: 大 中 小').furniture).toBe('web copy line');
    expect(read('放大招 惠民生').furniture).toBeNull();
    expect(read('默认设置改了').furniture).toBeNull();
    // Sizes alone name no button: `大 中 小` could be anything.
    expect(read('大 中 小').furniture).toBeNull();
  });

  it("a paper's name alone on its line is the web copy's (whatever kind of paper); a name that goes on, or no paper's, is not", () => {
    for (const paper of ['江城日报', '江城晚报', '江城早报', '江城晨报', '江城都市报', '江城时报', '江城商报', '江城日报社', '临河青年报']) {
      expect(read(paper).furniture, paper).toBe('web copy line');
    }
    expect(read('江城日报报道').furniture).toBeNull();
    expect(read('江城画报').furniture).toBeNull();
    // Two to eight characters before the ending: a longer line is a headline that ends so.
    expect(read('我的一天从读报开始喜欢读江城晚报').furniture).toBeNull();
  });

  it("a web copy's date then any of its fields is a web-copy line; a date then words is one only when they are few", () => {
    expect(read('2019-01-18  标签: 来源:江城新闻网').furniture).toBe('web copy line');
    expect(read('2019-01-18 作者：王芳 浏览次数:12').furniture).toBe('web copy line');
    expect(read('2019-01-18 来源 江城新闻网').furniture).toBe('web copy line');
    // `发布:` (published), its time run into the next field.
    expect(read('发布:2014-03-11 13:28:24来源:江城摄影网').furniture).toBe('web copy line');
    expect(read('发布会在柳岸社区举行').furniture).toBeNull();
    // `更新:` (updated) alone as well, the site's channel run into its time.
    expect(read('更新:2019-06-02 10:05江城县新闻').furniture).toBe('web copy line');
    expect(read('更新换代的设备让居民们赞不绝口。').furniture).toBeNull();
    // The copy's font buttons under their field's name: `字体调节: A+ A-`, `字体:大 中 小`.
    expect(read('字体调节: A+ A- 操作:').furniture).toBe('web copy line');
    expect(read('字体:大 中 小').furniture).toBe('web copy line');
    // The original's author and the medium that published it, as fields: `原创作者:X`, `发布媒体:Y`; a picture's button.
    expect(read('原创作者:林小雨,江城网特约作者').furniture).toBe('web copy line');
    expect(read('发布媒体:江城网官网').furniture).toBe('web copy line');
    expect(read('查看原图').furniture).toBe('navigation');
    // Two authors in the author's field parted by a semicolon, as some content systems list them.
    expect(read('时间:2024年5月28日  作者:林小雨;周宁  来源:柳岸区图书馆  浏览:23').webAuthors?.map((person) => person.name)).toEqual(['林小雨', '周宁']);
    // The site's address, then the day the copy was posted and its fields spaced apart: the copy's line, no contents list.
    expect(read('jc.example.com 2011-12-12 10:19  林帆 来源:江城网    我来说两句').furniture).toBe('web copy line');
    // A city's site by its short name alone, below the text; not a headline that ends in 网.
    expect(read('临河城市网').furniture).toBe('web copy line');
    expect(read('建立社区安全信息网').furniture).toBeNull();
    // A government's full name alone, as its site prints it above the copy or before its fields.
    expect(read('临河县人民政府').furniture).toBe('site name');
    expect(read('临河县人民政府召开常务会议').furniture).toBeNull();
    // How many pictures the copy holds, under its fields: `图片数:3`.
    expect(read('图片数:3').furniture).toBe('web copy line');
    // The source field with a space for its colon, alone: a web-copy line; words after 来源 in a sentence are not.
    expect(read('来源 新华社').furniture).toBe('web copy line');
    expect(read('来源 于群众的好点子,都被社区采纳了。').furniture).toBeNull();
    // A reprint's citation of the paper and page it comes from, whatever digits a copy lost.
    expect(read('《江城日报海外版》(2021年06月13日第04版)').furniture).toBe('web copy line');
    expect(read('《江城日报》(年06月13日 第4版)').furniture).toBe('web copy line');
    // A title that names a book or a paper is no citation.
    expect(read('《江城日报》创刊七十周年座谈会举行').furniture).toBeNull();
    // A field's word without its colon is the text's: the date opens a sentence.
    expect(read('2019-01-18 标签设计大赛在柳岸社区举行,三十多名居民参加。').furniture).toBeNull();
  });

  it("a row of a government site's disclosure table is a web-copy line; a sentence that opens with the same word is not", () => {
    expect(read('文号 | 临政发〔2024〕3号 |').furniture).toBe('web copy line');
    expect(read('发布机构｜临河县民政局').furniture).toBe('web copy line');
    expect(read('来源于群众的好点子 | 第二期').furniture).toBeNull();
  });

  it("a paper's contact line is furniture, with an address or a number after its colon; the word alone heads a text", () => {
    expect(read('新闻热线:0550-1234567').furniture).toBe('contact line');
    expect(read('邮箱:czb@126.com').furniture).toBe('contact line');
    expect(read('QQ群号:373988824').furniture).toBe('contact line');
    expect(read('电话:').furniture).toBeNull();
  });

  it("a web copy's field name alone on its line is furniture (its value, on the next line, the parser tells)", () => {
    expect(read('来源').furniture).toBe('field name');
    expect(read('作者:').furniture).toBe('field name');
    expect(read('来源于生活').furniture).toBeNull();
  });

  it("the issue's number before a page line: a line opening with any digit, 0 to 9, is one when it holds 版", () => {
    expect(read('0501期 第5版:要闻').page).toBe('要闻');
    expect(read('9期 第3版:综合新闻').page).toBe('综合新闻');
    expect(read('3381期 第5版').page).toBe('');
  });

  it("a small paper's name run into its page line (322), and a page number padded to five figures (521)", () => {
    expect(read('柳岸周报第三版:社区·资讯').page).toBe('社区·资讯');
    expect(read('江城工报 00004版:工报视野').page).toBe(null);
    expect(read('00004版:工报视野').page).toBe('工报视野');
    // A sentence that names a page is no page line: its colon is missing, or it is longer than a paper's name.
    expect(read('本报第三版刊登了柳岸社区的报道').page).toBe(null);
    expect(read('柳岸社区的居民们在第三版:看到了自己').page).toBe(null);
  });

  it("a library database's source field is a web-copy line: `文献来源:DATE PAPER-PAGE`", () => {
    expect(read('文献来源:2010-08-25   江城晚报-A06').furniture).toBe('web copy line');
  });

  it("a page line's fields of the web copy are no column name", () => {
    expect(read('版次:02 作者:孔越2024年05月20日').page).toBe('');
    expect(read('第A04版:城事社区 来源:江城晚报').page).toBe('城事社区');
  });

  it("a column's name with the issue's day labels the column as a bracket does", () => {
    expect(read('简讯 2021年05月12日  ').label).toBe('简讯');
    expect(read('社区动态 2024年5月6日').label).toBe('社区动态');
    expect(read('简讯 2021年05月12日 星期四').label).toBe('简讯');
    // A name that is no column's, or a day with more after it, is no label.
    expect(read('东湖社区 2024年5月6日').label).toBeNull();
    expect(read('简讯 2021年05月12日 晴').label).toBeNull();
  });

  it("a column's name with the day in brackets after it labels the column too; a headline with a day does not", () => {
    expect(read('社区播报(5月23日)').label).toBe('社区播报');
    expect(read('校园快讯（2024年3月6日）').label).toBe('校园快讯');
    expect(read('柳岸社区举办邻里节(5月23日)').label).toBeNull();
    expect(read('社区播报(5月23日)上午').label).toBeNull();
  });

  it("a page's number without 版, after 第 or padded with a 0, and its column's name alone", () => {
    expect(read('02:要闻').page).toBe('要闻');
    expect(read('第03:社区新闻').page).toBe('社区新闻');
    // A time, an unpadded number, a sentence: no page.
    for (const text of ['09:30', '10:社区', '2:要闻', '03:这是一个很长很长的句子吗']) expect(read(text).page, text).toBeNull();
  });

  it("a page line's day of the issue is no column name, after the column's or alone", () => {
    expect(read('版次:A01  2024年01月16日').page).toBe('');
    expect(read('第A04版:城事社区 2024年01月16日 星期二').page).toBe('城事社区');
    expect(read('第5版:社区 2024-01-16').page).toBe('社区');
  });

  it('a full stop at the end, not an exclamation or a closing quotation mark, ends with a full stop', () => {
    expect(read('远眺城区。').endsWithFullStop).toBe(true);
    expect(read('开进第300站!').endsWithFullStop).toBe(false);
    expect(read('“真方便。”').endsWithFullStop).toBe(false);
    // Who supplied the picture may follow the caption's full stop: the caption's sentence ends there still.
    expect(read('受伤的小鹿。图片由受访者提供').endsWithFullStop).toBe(true);
    expect(read('巡逻队员在路口值守。柳岸社区供图').endsWithFullStop).toBe(true);
    expect(read('旧时的老街。资料图片').endsWithFullStop).toBe(true);
    expect(read('图片由受访者提供').endsWithFullStop).toBe(false);
  });

  it("a reader's column name in square brackets is the name without them; the site's home link is navigation", () => {
    expect(read('第A01版:[封面新闻]').page).toBe('封面新闻');
    expect(read('第A01版:【城事】').page).toBe('城事');
    // Brackets inside the name stay: only a name set whole in them is taken out.
    expect(read('第A02版:[城事]社区').page).toBe('[城事]社区');
    expect(read('首页').furniture).toBe('navigation');
    expect(read('首页新闻').furniture).toBe(null);
  });

  it("a page code with the issue's date is a page line without a name (the column's name stands below)", () => {
    expect(read('A10 2024年1月19日').page).toBe('');
    expect(read('B3 3月5日 星期二').page).toBe('');
    // A page code before other words is no page line: a date must follow it.
    expect(read('A10 柳岸社区').page).toBeNull();
  });
});

describe('marks inside a short line, and lines after a marker', () => {
  it('a full stop inside makes a short line text; ！ or ？ inside is a headline’s', () => {
    expect(read('柳岸社区的长者食堂开张了。老人们很高兴').sentenceInside).toBe(true);
    expect(read('打造服务综合体!柳岸社区党群服务中心启用')).toMatchObject({ titleLike: true, sentenceInside: false });
    expect(read('食堂好不好？居民说了算')).toMatchObject({ titleLike: true, sentenceInside: false });
  });

  it('after ◆: a byline, a credit, the editors and reviewers, a line about the copy', () => {
    expect(read('◆文/记者 孔越 通讯员 周宁').byline?.people.map((person) => person.name)).toEqual(['孔越', '周宁']);
    expect(read('◆图/记者 孔越').credit).toMatchObject({ verb: '图', people: [{ name: '孔越', role: '记者', source: 'credit' }] });
    expect(read('◆编辑:林泉')).toMatchObject({ editor: '林泉', byline: null });
    expect(read('◆二审:周宁')).toMatchObject({ editor: '周宁', byline: null });
    expect(read('三审 杜晓帆').editor).toBe('杜晓帆');
    // A reporter's byline in lenticular brackets, its role first: `【记者 X】`; a label in them names no one.
    expect(read('【记者 林小雨】').byline?.people).toEqual([{ name: '林小雨', role: '记者', source: 'byline' }]);
    expect(read('【活动现场】').byline).toBeNull();
    // The editor of the words and pictures, a bar for the colon as the reviewers' lines below it have: `图文编辑|X`.
    expect(read('图文编辑|林小雨')).toMatchObject({ editor: '林小雨', byline: null });
    // The proofreader in charge, after a space: `责任校对 X`.
    expect(read('责任校对 林小雨')).toMatchObject({ editor: '林小雨', byline: null });
    expect(read('◆素材来源:江城日报')).toMatchObject({ furniture: 'web copy line', byline: null });
  });

  it("after a web page's list dash: a line about the copy; the dash before other words is no mark", () => {
    expect(read('- 发布日期:2024-05-31')).toMatchObject({ furniture: 'web copy line' });
    expect(read('* 浏览次数:746')).toMatchObject({ furniture: 'web copy line' });
    expect(read('-　来源:江城网')).toMatchObject({ furniture: 'web copy line' });
    expect(read('-发布日期:2024-05-31').furniture).toBeNull(); // no space after the dash
    expect(read('- 柳岸社区举办邻里节').furniture).toBeNull();
  });
});

// The length limits of readLine's furniture: each at its limit and one past it, so that a limit moved by one fails.
describe('furniture at its length limits', () => {
  const furnitureOf = (content: string) => readLine(content, DEFAULT_VOCABULARY).furniture;

  it('a note in brackets: up to 30 characters, brackets included', () => {
    const note = (inner: number) => `(${'东坡小学四年级'.repeat(5).slice(0, inner)})`;
    expect(note(28).length).toBe(30);
    expect(furnitureOf(note(28))).toBe('note in brackets');
    expect(furnitureOf(note(29))).not.toBe('note in brackets');
  });

  it('a web-copy line about the copy: up to 80 characters', () => {
    const source = (length: number) => `来源:${'江城日报社区新闻中心'.repeat(10)}`.slice(0, length);
    expect(furnitureOf(source(80))).toBe('web copy line');
    expect(furnitureOf(source(81))).toBe(null);
  });

  it("a picture's number alone: up to four characters, 图 and a number of one or two", () => {
    for (const line of ['图一', '图2', '图１２', '图①', '图片3', '图十二', '图片12']) expect(furnitureOf(line), line).toBe('picture number');
    // Words that open with 图, and a number too long for a page's pictures.
    for (const line of ['图书', '图一览', '图123', '图片说明', '附图1']) expect(furnitureOf(line), line).not.toBe('picture number');
  });

  it('a navigation line: up to 80 characters', () => {
    const nav = (length: number) => `${'江城晚报社区版'.repeat(12)}`.slice(0, length - 3) + '上一篇';
    expect(nav(80).length).toBe(80);
    expect(furnitureOf(nav(80))).toBe('navigation');
    expect(furnitureOf(nav(81))).toBe(null);
  });
});

// Cases the twenty-fourth session's mutation run of features.ts found unstated (docs/mutation.md): each a fact a
// slip in readLine would change, at the place the slip would change it.
describe('full-width brackets, padded brackets and the limits of a name', () => {
  it('a note in full-width brackets is a note in brackets as one in ASCII brackets is', () => {
    expect(read('（东坡小学四年级）').furniture).toBe('note in brackets');
  });

  it('a byline in full-width brackets opens the text as one in ASCII brackets does', () => {
    expect(read('（通讯员 王宁）10月24日，柳岸社区开展垃圾分类宣传。').openingByline).toEqual({
      bracketEnd: 8,
      length: 8,
      byline: { inner: '通讯员 王宁', people: [{ name: '王宁', role: '通讯员', source: 'byline' }], form: 'brackets' },
      credit: null,
    });
  });

  it('a bracket opening the text names a role and a name, or names alone: a role alone, or words, are no byline', () => {
    // Names alone, the first with a common surname, as two papers open a text (786, 1157).
    expect(read('(李四)周末，我们去柳岸社区看望老人。').openingByline?.byline?.people).toEqual([{ name: '李四', role: null, source: 'byline' }]);
    expect(read('(四季)周末，我们去柳岸社区看望老人。').openingByline).toBe(null);
    expect(read('(本报记者)近日，柳岸社区开展垃圾分类宣传。').openingByline).toBe(null);
  });

  it('a bracket opening the text with a named role and a role alone is a byline: the role alone names no one', () => {
    // As in a lead's bracket: one role with its name is enough, the paper's reporter left unnamed beside it.
    expect(read('(本报记者 通讯员 王宁)10月24日，柳岸社区开展垃圾分类宣传。').openingByline?.byline?.people).toEqual([
      { name: null, role: '本报记者', source: 'byline' },
      { name: '王宁', role: '通讯员', source: 'byline' },
    ]);
  });

  it('a run-together byline in brackets: its people are the byline’s, or the lead’s after a lead', () => {
    expect(read('(记者孔越通讯员林小雨)6月2日，东湾街道组织志愿者清理河道。').openingByline?.byline?.people).toEqual([
      { name: '孔越', role: '记者', source: 'byline' },
      { name: '林小雨', role: '通讯员', source: 'byline' },
    ]);
    expect(read('本报讯(记者孔越通讯员林小雨)6月2日，东湾街道组织志愿者清理河道。').lead?.people).toEqual([
      { name: '孔越', role: '记者', source: 'lead' },
      { name: '林小雨', role: '通讯员', source: 'lead' },
    ]);
  });

  it("a lead's bracket naming the pictures' taker and the writer names both: the names' reading before the credit's", () => {
    // Read as a photo credit (`图/李四`), the bracket would name the photographer alone.
    expect(read('本报讯(图/李四 文/张三)近日，柳岸社区开展义诊活动。').lead?.people).toEqual([
      { name: '李四', role: null, source: 'lead' },
      { name: '张三', role: null, source: 'lead' },
    ]);
  });

  it("a lead's bracket whose last role has its name glued to the credit's verb names that one too", () => {
    // The names' reader leaves 通讯员 without a name (`李四摄影报道` is none); the credit's reader finds it.
    expect(read('本报讯(记者 张三 通讯员/林小雨摄影报道)近日，柳岸社区开展义诊活动。').lead?.people).toEqual([
      { name: '张三', role: '记者', source: 'lead' },
      { name: '林小雨', role: '通讯员', source: 'lead' },
    ]);
  });

  it("the editor who closes a lead's bracket is no author: 审核, 编辑 spaced as the names are, or with a colon", () => {
    const reporter = [{ name: '孔越', role: '记者', source: 'lead' }];
    expect(read('江城网讯(记者 孔越 审核 林小雨)近日，东湾街道的志愿者清理河道。').lead?.people).toEqual(reporter);
    expect(read('江城网讯(记者 孔越 编辑:林小雨)近日，东湾街道的志愿者清理河道。').lead?.people).toEqual(reporter);
    // Only as a word of its own, after a space: a name is not cut where an editor's word stands inside it.
    expect(read('江城网讯(记者 孔越 通讯员 林小雨)近日，东湾街道的志愿者清理河道。').lead?.people.map((person) => person.name)).toEqual(['孔越', '林小雨']);
  });

  it('white space inside the brackets is no part of what they hold', () => {
    expect(read('【 图片新闻 】').label).toBe('图片新闻');
    expect(read('( 责任编辑:王芳 )').editor).toBe('王芳');
    expect(read('（ 通讯员 王宁 ）10月24日，柳岸社区开展垃圾分类宣传。').openingByline?.byline?.inner).toBe('通讯员 王宁');
  });

  it('an editor line whose role names no one after the name gives the name alone', () => {
    expect(read('责任编辑:王芳 本报记者').editor).toBe('王芳');
  });

  it('an organisation line of twenty characters, after a bullet too, and a header with such a name; not one of more', () => {
    const name = '江城市东湖区柳岸街道柳岸社区党群服务中心';
    expect(name.length).toBe(20);
    expect(read(name).organisation).toBe(name);
    expect(read(`●${name}`).organisation).toBe(name);
    expect(read(`${name}:举办邻里节`).header).toEqual({ organisation: name, title: '举办邻里节', separator: ':', strong: true });
    // Twenty-two characters the recogniser reads as a name (its stem and a long suffix): too long for a line of its own
    // or for the words before a header's colon, which then belongs to the title.
    const longer = '东江省江城市东湖区柳岸街道柳岸社区中心幼儿园';
    expect(longer.length).toBe(22);
    expect(read(longer).organisation).toBe(null);
    expect(read(`${longer}:举办亲子运动会`).header).toBe(null);
  });

  it('a row of buttons is navigation up to 40 characters', () => {
    const row = '【放大】【缩小】【默认】【打印】【关闭】【收藏】【分享】【微信】【微博】【转发】';
    expect(row.length).toBe(40);
    expect(read(row).furniture).toBe('navigation');
    expect(read(`${row}大`).furniture).toBe(null);
  });
});

describe('a web copy’s author field, the paper’s short name', () => {
  it('a four-character name is cut only after a paper’s short name: a compound surname’s name is whole', () => {
    expect(read('作者:欧阳晓明 来源:江城网').webAuthors).toEqual([{ name: '欧阳晓明', role: null, source: 'byline' }]);
  });

  it('the paper’s short name alone names no one', () => {
    expect(read('作者:晚报').webAuthors).toBe(null);
  });
});

describe('a lead’s people without brackets', () => {
  it('a role that names no one among them: the lead runs to the last name, and names the role as no one', () => {
    expect(read('本报讯 本报记者 通讯员 李四 近日，柳岸社区开展垃圾分类宣传。').lead).toEqual({
      text: '本报讯 本报记者 通讯员 李四',
      month: null,
      day: null,
      people: [
        { name: null, role: '本报记者', source: 'lead' },
        { name: '李四', role: '通讯员', source: 'lead' },
      ],
    });
  });

  it('roles printed without their names: the lead runs to them, each role no one, and the text opens after them with its dateline', () => {
    // As `本报讯(记者 通讯员)近日，…` is read: the roles are the lead's, not the text's first words.
    expect(read('本报讯 记者 通讯员 近日，柳岸社区开展垃圾分类宣传。')).toMatchObject({
      lead: {
        text: '本报讯 记者 通讯员',
        month: null,
        day: null,
        people: [
          { name: null, role: '记者', source: 'lead' },
          { name: null, role: '通讯员', source: 'lead' },
        ],
      },
      opensWithDateline: true,
      opening: '柳岸社区开展垃圾分类宣传。',
    });
  });
});

describe('the opening, at its limits', () => {
  it('a clause of time before no name: the opening is the line’s first 40 characters, not the whole line', () => {
    const line = '一直以来，三个小区的居民都盼着家门口能有一个干净整洁的休闲广场，如今这个心愿终于实现了，大家都很高兴。';
    expect(read(line)).toMatchObject({ opening: line.slice(0, 40), opensWithDateline: false });
  });

  it('a colon thirteen characters after the name is another clause’s: the line opens with the name', () => {
    expect(read('柳岸社区居民王大妈和老伴一起去看了:')).toMatchObject({ opensWith: '柳岸社区', namesEarly: '柳岸社区' });
  });
});
