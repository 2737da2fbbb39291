// Bylines and credits read whole, case by case (src/parse/bylines.ts): what an editor reads in each line,
// as the full match (the byline as printed, its form, each person with the role and where it came from),
// and where a tail glued to a paragraph starts. The names and sentences are invented.

import { describe, expect, it } from 'vitest';
import { beforeEditorField, findGluedTail, matchBylineLine, matchCredit, trailerAfterSentence } from '../../src/parse/bylines.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';
import { readLine } from '../../src/parse/features.js';
import { parse } from '../../src/parse/parser.js';

const byline = (line: string) => matchBylineLine(line, DEFAULT_VOCABULARY);
const credit = (line: string) => matchCredit(line, DEFAULT_VOCABULARY);
const glued = (line: string) => findGluedTail(line, DEFAULT_VOCABULARY);

const inByline = (name: string | null, role: string | null) => ({ name, role, source: 'byline' });
const inCredit = (name: string | null, role: string | null) => ({ name, role, source: 'credit' });

/** A paragraph's last sentence, before the tails glued to it. */
const SENTENCE = '居民们说服务更方便了。';

describe('names in square brackets after the last sentence', () => {
  it('are the writers\' byline, as round brackets hold it (`…。[林小雨]`)', () => {
    const tail = glued('居民们都说这样的活动办得好。[林小雨]')!;
    expect([tail.at, tail.byline?.form, tail.byline?.people]).toEqual([14, 'brackets', [inByline('林小雨', null)]]);
    expect(glued('营造了良好氛围。［记者 周宁］')?.byline?.people).toEqual([inByline('周宁', '记者')]);
  });

  it('are a credit, as in round brackets, where they end with its verb (`[通讯员 A B 摄影报道]`)', () => {
    const tail = glued('营造了良好氛围。 [通讯员 林小雨 周宁 摄影报道]')!;
    expect([tail.at, tail.byline, tail.credit?.match]).toEqual([8, null, { raw: '[通讯员 林小雨 周宁 摄影报道]', verb: '摄影报道', people: [inCredit('林小雨', '通讯员'), inCredit('周宁', '通讯员')] }]);
  });

  it('are no byline where they hold no name, nor inside a sentence', () => {
    expect(glued('营造了良好氛围。[图片]')).toBe(null);
    expect(glued('他们把[林小雨]写在了本子上')).toBe(null);
  });
});

describe('a byline bracket the copy never closed, glued to the last sentence', () => {
  it('names its people to the paragraph\'s end, a role first', () => {
    expect(glued(`${SENTENCE}(记者林溪 通讯员周小禾报道`)).toMatchObject({ at: SENTENCE.length, byline: { people: [inByline('林溪', '记者'), inByline('周小禾', '通讯员')], form: 'brackets' } });
    // Words of the text after a bracket, cut off, are no one.
    expect(glued(`${SENTENCE}(记者们都来了`)).toBeNull();
    expect(glued(`${SENTENCE}(林溪 周小禾`)).toBeNull();
  });
});

describe("a web copy's source field after the last sentence", () => {
  it('ends the text, glued to the sentence or after a space', () => {
    for (const tail of ['来源:江城日报', ' 来源:江城日报', ' 来源:江城融媒 编辑:admin']) {
      expect(glued(`${SENTENCE}${tail}`), tail).toMatchObject({ at: SENTENCE.length, trailer: true, byline: null, credit: null });
    }
    // A sentence that speaks of a source goes on.
    expect(glued(`${SENTENCE}来源:江城日报,记者走访了社区。`)).toBeNull();
  });

  it("ends the text where the agency's name, or a picture agency's brand in capitals, is glued to its last sentence", () => {
    for (const tail of ['新华社', '中新社', 'CICP']) {
      expect(glued(`${SENTENCE}${tail}`), tail).toMatchObject({ at: SENTENCE.length, trailer: true, byline: null, credit: null });
    }
    // (Not a word in capitals inside the sentence: the text's.)
    expect(glued('居民们用APP预约了服务')).toBeNull();
  });
});

describe('a byline alone on its line', () => {
  it('in traditional characters, as Hong Kong and Taiwan sites print mainland news: the role is a role', () => {
    expect(byline('(記者 周小禾 通訊員 林舟)')?.people).toEqual([inByline('周小禾', '記者'), inByline('林舟', '通訊員')]);
    expect(glued(`${SENTENCE}(記者 周小禾)`)?.byline?.people).toEqual([inByline('周小禾', '記者')]);
    expect(credit('林溪 攝')).toEqual({ raw: '林溪 攝', verb: '攝', people: [inCredit('林溪', null)] });
  });

  it("not a picture's label in brackets: `(资料图)` says what the picture is, not who wrote", () => {
    for (const line of ['(资料图)', '（资料照片）', '(示意图)']) expect(byline(line), line).toBeNull();
    const page = parse('柳岸社区办起暑期课堂\n\n(资料图)\n\n7月2日,柳岸社区的暑期课堂开课了,四十多个孩子来上第一课。\n', { year: 2024 });
    expect(page.items.map((item) => [item.title, item.people])).toEqual([['柳岸社区办起暑期课堂', []]]);
  });

  it('in brackets: the byline inside, without the padding of the brackets', () => {
    expect(byline('( 李 莉 )')).toEqual({ inner: '李 莉', people: [inByline('李莉', null)], form: 'brackets' });
  });

  it('in brackets, a press group glued before the role: the people without it', () => {
    expect(byline('(江城报业全媒体记者周小禾 通讯员林舟)')).toEqual({
      inner: '江城报业全媒体记者周小禾 通讯员林舟',
      people: [inByline('周小禾', '全媒体记者'), inByline('林舟', '通讯员')],
      form: 'brackets',
    });
  });

  it("bare, with the page's editor after the names on their line: the byline ends where the editor's field begins", () => {
    expect(byline('记者 张三 编辑:李四')).toEqual({ inner: '记者 张三', people: [inByline('张三', '记者')], form: 'bare' });
    expect(byline('通讯员:周小禾审稿:林舟')).toEqual({ inner: '通讯员:周小禾', people: [inByline('周小禾', '通讯员')], form: 'bare' });
    expect(byline('通讯员 王五 审核：赵六')).toEqual({ inner: '通讯员 王五', people: [inByline('王五', '通讯员')], form: 'bare' });
  });

  it("opening with the editor's field: the editor's, naming no writer (not a person called 审核)", () => {
    expect(byline('审核:记者 王芳')).toBeNull();
    expect(byline('编辑:记者 李四')).toBeNull();
    // Glued after the last sentence, or in a lead's bracket: no author either.
    expect(glued('居民们说服务更方便了。(审核:记者 王芳)')?.byline ?? null).toBeNull();
    for (const page of [
      '柳岸社区办起长者食堂\n本报讯(审核:记者 王芳) 近日,柳岸社区的长者食堂开门,老人们在这里吃上了热饭。\n',
      '柳岸社区办起长者食堂\n本报讯 近日,柳岸社区的长者食堂开门,老人们在这里吃上了热饭。(审核:记者 王芳)\n',
    ]) {
      const [item] = parse(page).items;
      expect(item!.authors, page).toEqual([]);
    }
  });

  it("bare, with a web copy's source field and its address after the names: the byline ends where the field begins", () => {
    const address = 'https://www.example.cn/news/2022-09/08/content_1234567.htm';
    expect(byline(`文/记者 孔越 来源:江城网 ${address}`)).toEqual({ inner: '文/记者 孔越', people: [inByline('孔越', '记者')], form: 'bare' });
    expect(byline('记者 孔越 来源：江城网')).toEqual({ inner: '记者 孔越', people: [inByline('孔越', '记者')], form: 'bare' });
    // The field alone, or after words that name no one, is no byline.
    for (const line of ['来源:江城网', '居民们 来源:江城网', `居民们 来源:江城网 ${address}`]) expect(byline(line), line).toBe(null);
  });

  it("in brackets, with the piece's reviewers after the unit: the byline ends where the first field begins", () => {
    const unit = [{ name: '东坡街道柳岸社区', role: null, source: 'byline' }];
    expect(byline('(东坡街道柳岸社区 审稿人:王芳 发稿人:周宁)')).toEqual({ inner: '东坡街道柳岸社区', people: unit, form: 'brackets' });
    expect(byline('(孔越 审核人:王芳)')).toEqual({ inner: '孔越', people: [inByline('孔越', null)], form: 'brackets' });
    // Glued after the last sentence, the same.
    const tail = glued('居民们说服务更方便了。(东坡街道柳岸社区 审稿人:王芳 发稿人:周宁)');
    expect(tail?.byline).toEqual({ inner: '东坡街道柳岸社区', people: unit, form: 'brackets' });
    expect(tail?.at).toBe('居民们说服务更方便了。'.length);
    // A paper's short name before its newsroom's reporter: a byline in brackets, not a note.
    expect(byline('(江城全媒体记者 季蓉)')).toEqual({ inner: '江城全媒体记者 季蓉', people: [inByline('季蓉', '全媒体记者')], form: 'brackets' });
    // Spaced as the names before it, without a colon: a reviewer's word is no name either.
    expect(byline('(记者 孔越 审核 王芳)')).toEqual({ inner: '记者 孔越', people: [inByline('孔越', '记者')], form: 'brackets' });
    expect(glued('居民们说服务更方便了。(记者 孔越 审核 王芳)')?.byline?.people).toEqual([inByline('孔越', '记者')]);
  });

  it("in brackets, not where a repost was copied from: `(来源:XX晚报)` is a line about the copy", () => {
    expect(byline('(来源:江城晚报·江城新闻网 )')).toBe(null);
    expect(byline('（来源：临河日报）')).toBe(null);
  });

  it("in brackets, a county platform's: the source first, then the writers, then each step of the review and its work", () => {
    const writer = [inByline('罗小琪', '通讯员')];
    const line = '(来源:临河市东湖街道办事处 通讯员:罗小琪 一审编辑:程光 二审校对:陈雨 终审核发:姜涛)';
    expect(byline(line)).toEqual({ inner: '通讯员:罗小琪', people: writer, form: 'brackets' });
    expect(byline('(来源:东湖街道 通讯员:罗小琪)')).toEqual({ inner: '通讯员:罗小琪', people: writer, form: 'brackets' });
    // A step of the review and its work (`一审编辑`, `终审核发`) is an editor's field, not a name after the writer's role.
    expect(byline('(通讯员:罗小琪 一审编辑:程光 二审校对:陈雨 终审核发:姜涛)')?.people).toEqual(writer);
    expect(byline('(通讯员 罗小琪 初审签发:程光)')?.people).toEqual(writer);
    // Glued after the last sentence, the same; a source alone stays the copy's line, and names after it need a role or a
    // name (`(来源:东湖街道 )` is the source alone).
    expect(glued(`${SENTENCE}${line}`)).toEqual({ at: SENTENCE.length, byline: { inner: '通讯员:罗小琪', people: writer, form: 'brackets' }, credit: null, continuation: false, trailer: false });
    const short = { at: SENTENCE.length, byline: { inner: '通讯员:罗小琪', people: writer, form: 'brackets' }, credit: null, continuation: false, trailer: false };
    expect(glued(`${SENTENCE}(来源:东湖街道办事处 通讯员:罗小琪)`)).toEqual(short);
    // A space before the bracket is the tail's, as before any glued byline.
    expect(glued(`${SENTENCE} (来源:东湖街道办事处 通讯员:罗小琪)`)).toEqual(short);
    expect(glued(`${SENTENCE}(来源:东湖街道办事处)`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    // The source field by its other names: `稿件来源`, `信息来源`, `新闻来源`.
    for (const field of ['稿件来源', '信息来源', '新闻来源']) {
      expect(glued(`${SENTENCE}(${field}:外国语学院)`), field).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    }
    expect(byline('(来源:东湖街道办事处 )')).toBe(null);
  });

  it('in brackets, roles and names run together', () => {
    expect(byline('(记者周宁通讯员陈小禾)')).toEqual({
      inner: '记者周宁通讯员陈小禾',
      people: [inByline('周宁', '记者'), inByline('陈小禾', '通讯员')],
      form: 'brackets',
    });
  });

  it('after a marker: the byline without the marker or the space after it', () => {
    expect(byline('□记者 张三 ')).toEqual({ inner: '记者 张三', people: [inByline('张三', '记者')], form: 'marker' });
  });

  it("after a marker, a school's reporters' station run into the reporter's name: the reporter, without a role", () => {
    expect(byline('□东坡小学小记者站林小雨')).toEqual({ inner: '东坡小学小记者站林小雨', people: [inByline('林小雨', null)], form: 'marker' });
  });

  it('bare, with a role', () => {
    expect(byline('记者 范若琳')).toEqual({ inner: '记者 范若琳', people: [inByline('范若琳', '记者')], form: 'bare' });
  });

  it("bare, a role's word inside another word, then a word: no byline, for no role is named (`记者节 寄语` is a heading)", () => {
    // 记者 lets the line past the role gate, but the names' reader reads no role in 记者节: names alone could be anything.
    expect(byline('记者节 寄语')).toBeNull();
    expect(byline('记者节 随想')).toBeNull();
  });

  it('bare, a two-character role padded to the width of a three-character one, as a name is: `记 者 贺清扬`', () => {
    expect(byline('记 者 贺清扬')).toEqual({ inner: '记 者 贺清扬', people: [inByline('贺清扬', '记者')], form: 'bare' });
    expect(byline('记 者 贺清扬 通讯员 谭映雪')?.people).toEqual([inByline('贺清扬', '记者'), inByline('谭映雪', '通讯员')]);
    // After a padded name too (`张三 记者 李四`, bare); the role alone is what `记者` alone is: a role naming no one.
    expect(byline('张 三 记 者 李四')?.people).toEqual([inByline('张三', null), inByline('李四', '记者')]);
    // Two spaces before it, as a layout pads a column.
    expect(byline('张三  记 者 李四')?.people).toEqual([inByline('张三', null), inByline('李四', '记者')]);
    expect(byline('记 者')?.people).toEqual([inByline(null, '记者')]);
    expect(byline('记者')?.people).toEqual([inByline(null, '记者')]);
    // Two single characters that are no role are a padded name, which alone names no role: no byline.
    expect(byline('李 莉 贺清扬')).toBeNull();
    expect(byline('李 莉 张 三')).toBeNull();
  });

  it('bare, a padded role before a colon, a slash or a stop (`记 者：李四`), as `记者：李四` is read', () => {
    expect(byline('记 者：李四')).toEqual({ inner: '记 者：李四', people: [inByline('李四', '记者')], form: 'bare' });
    expect(byline('记 者/李四')?.people).toEqual([inByline('李四', '记者')]);
    expect(byline('林小雨、记 者 李四')?.people).toEqual([inByline('林小雨', null), inByline('李四', '记者')]);
    // The role's characters glued to a name are no padded role.
    expect(byline('记 者李四')).toBeNull();
  });

  it("bare, a unit and a name whose first and last characters make a role: the role's characters must stand a space apart", () => {
    expect(byline('东坡小学 记晓者')).toEqual({ inner: '东坡小学 记晓者', people: [inByline('记晓者', null)], form: 'bare' });
  });

  it('bare, a school and a pupil of two characters (the space third from the end)', () => {
    expect(byline('东坡小学 林雨')).toEqual({ inner: '东坡小学 林雨', people: [inByline('林雨', null)], form: 'bare' });
  });

  it('where it was filed from is set apart by a space: 专题报道 and 时政、民生报道 are columns', () => {
    expect(byline('专题报道')).toBeNull();
    expect(byline('时政、民生报道')).toBeNull();
    expect(byline('张三 青岛报道')).toEqual({ inner: '张三 青岛报道', people: [inByline('张三', null)], form: 'bare' });
  });

  it("bare, 报道 right after the last name's note in brackets (`(实习)报道`): the byline's second line, names alone (1989, in our words)", () => {
    expect(byline('林小雨 周宁 孔越(实习)报道')?.people).toEqual([inByline('林小雨', null), inByline('周宁', null), inByline('孔越', null)]);
    const item = parse('柳岸镇举行布依风情节,各族同胞欢聚一堂,共庆佳节。\n记者 王一 林二 张三\n林小雨 周宁 孔越(实习)报道\n', {});
    expect(item.items.map((one) => one.authors)).toEqual([['王一', '林二', '张三', '林小雨', '周宁', '孔越']]);
    // (A word glued before 报道 is no place after a bracket: `(图)专题报道` names no one.)
    expect(byline('(图)专题报道')).toBeNull();
  });

  it("bare, names and the paper they write for in brackets (a reprint's byline)", () => {
    expect(byline('林晓帆 (东江日报)')).toEqual({ inner: '林晓帆 (东江日报)', people: [inByline('林晓帆', null)], form: 'bare' });
    expect(byline('周 宁（新华社）')).toEqual({ inner: '周 宁（新华社）', people: [inByline('周宁', null)], form: 'bare' });
    // A name alone before a note that names no paper is no byline: `(东坡小学四年级)` and the like are notes.
    expect(byline('林晓帆 (四年级)')).toBeNull();
    // Nor are words that name no one before a paper's name: a line about the copy, not who wrote it.
    expect(byline('欢迎读者来信投稿 (东江日报)')).toBeNull();
  });

  it('in brackets, 供稿 or 供稿/供图 and a colon before a unit: the unit as written, 供稿 no one', () => {
    expect(byline('(供稿:柳岸社区)')?.people).toEqual([inByline('柳岸社区', null)]);
    expect(byline('(供稿/供图:东湾区融媒体中心)')?.people).toEqual([inByline('东湾区融媒体中心', null)]);
    expect(byline('(供稿:林小雨)')?.people).toEqual([inByline('林小雨', null)]);
  });

  it('a unit that supplied the text and its pictures credits the pictures too, glued to the last sentence', () => {
    const [item] = parse('柳岸社区办起邻里节\n本报讯 近日,柳岸社区举办首届邻里节,居民们欢聚一堂。(供稿/供图:东湾区融媒体中心)\n').items;
    expect(item!.authors).toEqual(['东湾区融媒体中心']);
    expect(item!.credit?.names).toEqual(['东湾区融媒体中心']);
  });

  it('in brackets, closed by 供稿: the names before it, 供稿 no one (a role before a name is no unit)', () => {
    expect(byline('(林小雨 供稿)')?.people).toEqual([inByline('林小雨', null)]);
    expect(byline('(林小雨、周宁 供稿)')?.people).toEqual([inByline('林小雨', null), inByline('周宁', null)]);
    expect(byline('(记者 林小雨供稿)')?.people).toEqual([inByline('林小雨', '记者')]);
    expect(byline('(柳岸社区 林 海 供稿)')?.people).toEqual([inByline('林海', null)]);
  });

  it('a unit and 供稿 before the fields of who wrote and who took the pictures (2125, in our words): the fields say who', () => {
    const [item] = parse('柳岸小学办义卖\n今天,柳岸小学少先队员在操场上开展爱心义卖活动,所得善款全部捐出。(柳岸小学供稿 撰稿:林小雨 摄影:周宁)\n').items;
    expect([item!.authors, item!.credit?.names, item!.blocks.length]).toEqual([['林小雨', '周宁'], ['周宁'], 1]);
    // With only the pictures' field after it, the unit that supplied the copy wrote it.
    expect(credit('(柳岸小学供稿 摄影:周宁)')?.people).toEqual([inCredit('周宁', null)]);
    expect(byline('(柳岸小学供稿 摄影:周宁)')).toBeNull();
  });

  it('in brackets, closed by 撰稿 (279, in our words): who wrote it, a unit or a name, and the review fields after it no one', () => {
    expect(byline('(柳岸中学团委撰稿)')?.people).toEqual([inByline('柳岸中学团委', null)]);
    expect(byline('(林小雨撰稿)')?.people).toEqual([inByline('林小雨', null)]);
    const [item] = parse('柳岸中学办诵读赛\n近日,柳岸中学举办经典诵读比赛,二十支队伍参赛。(柳岸中学团委撰稿  一审一校:周宁;二审二校:王山)\n').items;
    expect([item!.authors, item!.truncated, item!.blocks.map((block) => block.text)]).toEqual([['柳岸中学团委'], false, ['近日,柳岸中学举办经典诵读比赛,二十支队伍参赛。']]);
  });

  it('a team of reporters (`本报记者组`) signs with the role and names no one, alone or in brackets', () => {
    expect(byline('本报记者组')).toEqual({ inner: '本报记者组', people: [inByline(null, '本报记者')], form: 'bare' });
    expect(byline('(记者组)')).toEqual({ inner: '记者组', people: [inByline(null, '记者')], form: 'brackets' });
    // Below the text it ends the text, which is whole, and the item has no author.
    const [item] = parse('柳岸社区:楼道杂物清走了\n本报讯 前不久,本报报道了楼道堆物的事。昨日记者回访,楼道已清理干净。\n本报记者组\n').items;
    expect(item!.authors).toEqual([]);
    expect(item!.truncated).toBe(false);
    expect(item!.blocks.map((block) => block.text)).toEqual(['本报讯 前不久,本报报道了楼道堆物的事。昨日记者回访,楼道已清理干净。']);
  });

  it('is at most 62 characters long (MAX_SHORT_LINE and two brackets)', () => {
    const names = '□本报记者 林海 王雨 陈小禾 本报通讯员 季小青 赵一鸣 孙悦 周宁 吴小满 郑晓 冯远 何小静 吕方 蒋小川 沈月';
    const longest = `${names} 韩冰`;
    const tooLong = `${names} 韩小冰`;
    expect([longest.length, tooLong.length]).toEqual([62, 63]);
    expect(byline(longest)?.people.map((person) => person.name)).toEqual([
      '林海', '王雨', '陈小禾', '季小青', '赵一鸣', '孙悦', '周宁', '吴小满', '郑晓', '冯远', '何小静', '吕方', '蒋小川', '沈月', '韩冰',
    ]);
    expect(byline(tooLong)).toBeNull();
  });
});

describe('a credit alone on its line', () => {
  it('in brackets padded with spaces', () => {
    expect(credit('( 记者 林溪 摄 )')).toEqual({ raw: '( 记者 林溪 摄 )', verb: '摄', people: [inCredit('林溪', '记者')] });
  });

  it('with a note in brackets after it, half- or full-width', () => {
    for (const line of ['刘明摄(资料图)', '刘明摄（资料图）']) {
      expect(credit(line), line).toEqual({ raw: line, verb: '摄', people: [inCredit('刘明', null)] });
    }
  });

  it('led by its verb, roles and names run together', () => {
    expect(credit('摄影：记者周宁通讯员陈小禾')).toEqual({
      raw: '摄影：记者周宁通讯员陈小禾',
      verb: '摄影',
      people: [inCredit('周宁', '记者'), inCredit('陈小禾', '通讯员')],
    });
  });

  it('closed by its verb, roles and names run together', () => {
    expect(credit('记者周宁通讯员陈小禾摄')).toEqual({
      raw: '记者周宁通讯员陈小禾摄',
      verb: '摄',
      people: [inCredit('周宁', '记者'), inCredit('陈小禾', '通讯员')],
    });
  });

  it("closed by its verb after an outlet's name glued before the name: the name is the credit's, the outlet no one", () => {
    expect(credit('江城网林小雨摄影报道')).toEqual({ raw: '江城网林小雨摄影报道', verb: '摄影报道', people: [inCredit('林小雨', null)] });
    expect(credit('江城日报周宁摄')).toEqual({ raw: '江城日报周宁摄', verb: '摄', people: [inCredit('周宁', null)] });
    // The outlet alone names no one.
    expect(credit('江城网摄')).toBeNull();
  });

  it('closed by 供图 after a unit: the unit that supplied the picture is the credit, however long its name', () => {
    expect(credit('柳岸社区供图')).toEqual({ raw: '柳岸社区供图', verb: '供图', people: [inCredit('柳岸社区', null)] });
    expect(credit('东坡小学供图')).toEqual({ raw: '东坡小学供图', verb: '供图', people: [inCredit('东坡小学', null)] });
    // A unit is no photographer's name before 摄.
    expect(credit('柳岸社区摄')).toBeNull();
  });

  it("a picture's source field naming a unit, in brackets or not, glued after the last sentence too: the unit is the credit", () => {
    expect(credit('(图片来源:柳岸消防救援大队)')).toEqual({ raw: '(图片来源:柳岸消防救援大队)', verb: '供图', people: [inCredit('柳岸消防救援大队', null)] });
    expect(credit('照片来源:东坡小学')).toEqual({ raw: '照片来源:东坡小学', verb: '供图', people: [inCredit('东坡小学', null)] });
    expect(glued('居民们的防火意识增强了。(图片来源:柳岸消防救援大队)')?.credit?.match.people).toEqual([inCredit('柳岸消防救援大队', null)]);
    // A source that names no unit (the internet) credits no one.
    expect(credit('(图片来源:网络)')).toBeNull();
    // The pictures' and the news's source at once: `图片、消息来源:UNIT`.
    expect(credit('图片、消息来源:柳岸街道办事处')?.people).toEqual([inCredit('柳岸街道办事处', null)]);
  });

  it('closed by 供图 after a unit named by its kind, or the interviewee: the supplier as written, in brackets or not', () => {
    expect(credit('(社区供图)')).toEqual({ raw: '(社区供图)', verb: '供图', people: [inCredit('社区', null)] });
    expect(credit('受访者供图')).toEqual({ raw: '受访者供图', verb: '供图', people: [inCredit('受访者', null)] });
    // Before 摄 a kind names no photographer.
    expect(credit('社区摄')).toBeNull();
  });

  it("led by its verb and the page's note that it covers the pictures not credited otherwise (摄影(除署名外)X)", () => {
    expect(credit('摄影(除署名外)林小雨')).toEqual({ raw: '摄影(除署名外)林小雨', verb: '摄影', people: [inCredit('林小雨', null)] });
    expect(credit('图片(除注明外):林小雨 周宁')?.people).toEqual([inCredit('林小雨', null), inCredit('周宁', null)]);
  });

  it('closed by 供图 after a public service named by its place, as its own accounts name it (江城公安, 临河交警): that service', () => {
    expect(credit('江城临河公安供图')).toEqual({ raw: '江城临河公安供图', verb: '供图', people: [inCredit('江城临河公安', null)] });
    expect(credit('临河交警供图')?.people).toEqual([inCredit('临河交警', null)]);
  });

  it('led by its verb, the agency after the name and a slash set apart (`特约摄影 X/视觉江城`)', () => {
    expect(credit('特约摄影 孔越/视觉东江')).toEqual({ raw: '特约摄影 孔越/视觉东江', verb: '特约摄影', people: [inCredit('孔越', null)] });
    expect(credit('摄影：周 宁／视觉中国')).toEqual({ raw: '摄影：周 宁／视觉中国', verb: '摄影', people: [inCredit('周宁', null)] });
  });

  it('`特约摄影` alone credits a contracted photographer it does not name: 特约 is a role, no one\'s name', () => {
    expect(credit('特约摄影')?.people).toEqual([inCredit(null, '特约')]);
    expect(credit('特约 孔越 摄')?.people).toEqual([inCredit('孔越', '特约')]);
  });

  it("`特约摄影` before the names and the verb is their role, no one's name (2054, in our words)", () => {
    expect(credit('特约摄影 孔 越 摄')?.people).toEqual([inCredit('孔越', '特约摄影')]);
    expect(credit('特约摄影 孔越 周宁 摄')?.people.map((person) => person.name)).toEqual(['孔越', '周宁']);
  });

  it('closed by a slash and 图, the slash padded with spaces or not (`记者 林溪 / 图`)', () => {
    expect(credit('记者 孔越 / 图')).toEqual({ raw: '记者 孔越 / 图', verb: '图', people: [inCredit('孔越', '记者')] });
    expect(credit('周 宁 ／ 图')).toEqual({ raw: '周 宁 ／ 图', verb: '图', people: [inCredit('周宁', null)] });
  });

  it('closed by a slash and 图: a role alone names no one, a role without a name beside a named one stays', () => {
    expect(credit('本报记者/图')).toBeNull();
    expect(credit('记者 孔越 通讯员/图')).toEqual({ raw: '记者 孔越 通讯员/图', verb: '图', people: [inCredit('孔越', '记者'), inCredit(null, '通讯员')] });
  });

  it('opened by 图 and closed by 摄 around a padded name: the names are read before the closing verb', () => {
    // After 图 the words are `记者 林 溪摄`, no list of names; before 摄 they are `图 记者 林 溪`, and 图 names no one.
    expect(credit('图 记者 林 溪摄')).toEqual({ raw: '图 记者 林 溪摄', verb: '摄', people: [inCredit('林溪', '记者')] });
  });
});

describe('a tail glued to the last sentence of a paragraph', () => {
  it('a byline in brackets: the byline without the padding of the brackets', () => {
    expect(glued(`${SENTENCE}( 赵 璐 )`)).toEqual({
      at: SENTENCE.length,
      byline: { inner: '赵 璐', people: [inByline('赵璐', null)], form: 'brackets' },
      credit: null,
      continuation: false,
      trailer: false,
    });
  });

  it('a byline in brackets, roles and names run together', () => {
    expect(glued(`${SENTENCE}(记者周宁通讯员陈小禾)`)?.byline).toEqual({
      inner: '记者周宁通讯员陈小禾',
      people: [inByline('周宁', '记者'), inByline('陈小禾', '通讯员')],
      form: 'brackets',
    });
  });

  it('a credit in brackets padded with spaces is a credit, not a byline', () => {
    expect(glued(`${SENTENCE}( 记者 林溪 摄 )`)).toEqual({
      at: SENTENCE.length,
      byline: null,
      credit: { match: { raw: '( 记者 林溪 摄 )', verb: '摄', people: [inCredit('林溪', '记者')] }, from: SENTENCE.length },
      continuation: false,
      trailer: false,
    });
  });

  it('a credit in brackets after a space: the tail starts at the space, the credit at its bracket', () => {
    expect(glued(`${SENTENCE} (记者 林溪 摄)`)).toEqual({
      at: SENTENCE.length,
      byline: null,
      credit: { match: { raw: '(记者 林溪 摄)', verb: '摄', people: [inCredit('林溪', '记者')] }, from: SENTENCE.length + 1 },
      continuation: false,
      trailer: false,
    });
  });

  it("a news agency's release before the credit's bracket: the tail and the credit start at the agency, who took the picture is in the bracket", () => {
    expect(glued(`${SENTENCE}新华社发(姜文澜摄)`)).toEqual({
      at: SENTENCE.length,
      byline: null,
      credit: { match: { raw: '新华社发(姜文澜摄)', verb: '摄', people: [inCredit('姜文澜', null)] }, from: SENTENCE.length },
      continuation: false,
      trailer: false,
    });
    expect(glued(`${SENTENCE}中新社发 (张 中 摄)`)?.credit?.match).toEqual({ raw: '中新社发 (张 中 摄)', verb: '摄', people: [inCredit('张中', null)] });
    expect(credit('新华社发(姜文澜摄)')).toEqual({ raw: '新华社发(姜文澜摄)', verb: '摄', people: [inCredit('姜文澜', null)] });
    // The agency's release naming no one is what a wire story prints after its text: no credit, the text ends before it.
    expect(glued(`${SENTENCE} (新华社发)`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    // Any other words before the bracket are the caption's: no tail.
    expect(glued(`${SENTENCE}社区发(姜文澜摄)`)).toBeNull();
    // The agencies' own sites release their sets so too.
    expect(glued(`${SENTENCE}新华网发(姜文澜 摄)`)?.credit?.match).toEqual({ raw: '新华网发(姜文澜 摄)', verb: '摄', people: [inCredit('姜文澜', null)] });
  });

  it("a credit in brackets after a caption written as a phrase, its verb last or leading with a colon", () => {
    expect(glued('村民表演苗族歌舞 (林溪 摄)')?.credit?.match).toEqual({ raw: '(林溪 摄)', verb: '摄', people: [inCredit('林溪', null)] });
    expect(glued('▲ 工作人员大合照 (摄影:林溪)')?.credit?.match).toEqual({ raw: '(摄影:林溪)', verb: '摄影', people: [inCredit('林溪', null)] });
    // (Words in brackets that credit no one are the caption's.)
    expect(glued('▲ 工作人员大合照 (左一为林溪)')?.credit ?? null).toBeNull();
  });

  it('two names glued in brackets after the text, each opening with a common surname, are the writers', () => {
    expect(glued(`${SENTENCE}(林小雨周宁)`)?.byline?.people).toEqual([inByline('林小雨', null), inByline('周宁', null)]);
    expect(byline('(孔令瑶林小禾)')?.people).toEqual([inByline('孔令瑶', null), inByline('林小禾', null)]);
    // A unit's name is read as a unit, not cut in two.
    expect(byline('(柳岸社区)')?.people).toEqual([inByline('柳岸社区', null)]);
  });

  it("a site named 在线 is a newsroom before a role; who cut the video among the writers is none", () => {
    expect(byline('江城在线记者 林小雨 周宁')?.people).toEqual([inByline('林小雨', '记者'), inByline('周宁', '记者')]);
    expect(byline('江城在线记者 林小雨 周宁 报道 剪辑 孔越 通讯员 夏沐')?.people).toEqual([inByline('林小雨', '记者'), inByline('周宁', '记者'), inByline('夏沐', '通讯员')]);
  });

  it('the source glued after the last sentence without its colon ends the text: `…。来源柳岸镇`', () => {
    expect(glued(`${SENTENCE}来源柳岸镇`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
  });

  it("an editor's bracket padded inside with spaces, or with a space for its colon, closes the text as a trailer; so does a repost's source", () => {
    expect(glued(`${SENTENCE}( 责任编辑:孔越 )`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued(`${SENTENCE}(编辑 孔越)`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued(`${SENTENCE}(转自江城老年网)`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    // (`编辑部` is a unit that may have written the text: no editor's field.)
    expect(glued(`${SENTENCE}(编辑部供稿)`)?.trailer).toBe(false);
  });

  it("a unit's sports association before the writer's name in brackets is the writer's unit: `(柳岸镇老体协 NAME)`", () => {
    expect(byline('(临河市柳岸镇老体协 孔越)')?.people).toEqual([inByline('孔越', null)]);
  });

  it("a news agency named in a credit is no one: `(新华社 孟澜 摄)`, `新华社记者 X 摄`", () => {
    expect(glued(`${SENTENCE}(新华社 孟澜 摄)`)?.credit?.match.people).toEqual([inCredit('孟澜', null)]);
    expect(credit('新华社记者 孟澜 摄')?.people).toEqual([inCredit('孟澜', '记者')]);
    expect(credit('中国新闻社记者 孟澜 摄')?.people).toEqual([inCredit('孟澜', '记者')]);
  });

  it('names, each group followed by a slash and its work (`A/文 B/摄`), in a bracket glued or alone: a credit of both', () => {
    const both = (tail: string) => {
      const found = glued(`${SENTENCE}${tail}`)?.credit?.match;
      return found && { writers: found.writers, photographers: found.people };
    };
    expect(both('(林小雨/文 周宁/摄)')).toEqual({ writers: [inByline('林小雨', null)], photographers: [inCredit('周宁', null)] });
    // The pictures' group first, with a role, and a paper's reprint field before it.
    expect(both('(出处:江城日报 本报记者 周宁/摄 林小雨/文)')).toEqual({ writers: [inByline('林小雨', null)], photographers: [inCredit('周宁', '本报记者')] });
    // A unit alone wrote the text; the department before the photographer is where he works.
    expect(both('(校团委/文 宣传部 周宁/摄)')).toEqual({ writers: [inByline('校团委', null)], photographers: [inCredit('周宁', null)] });
    expect(credit('(林小雨/文 周宁/摄)')?.writers).toEqual([inByline('林小雨', null)]);
    expect(byline('(林小雨/文 周宁/摄)')).toBeNull();
    // One group, or groups with no picture's work, are no such credit.
    expect(glued(`${SENTENCE}(林小雨/文 孔越/文)`)?.credit ?? null).toBeNull();
    expect(credit('林小雨/文 周宁')).toBeNull();
  });

  it('names with their works after them: each group read as written, its edges and its units (the session lines run)', () => {
    const read = (line: string) => {
      const found = credit(line);
      return found && { writers: found.writers?.map((person) => person.name), photographers: found.people.map((person) => person.name) };
    };
    // White space inside the bracket's edges, the pictures' group first with the writers' after it.
    expect(read('( 林小雨/文 周宁/摄 )')).toEqual({ writers: ['林小雨'], photographers: ['周宁'] });
    expect(read('(周宁/摄 林小雨/文)')).toEqual({ writers: ['林小雨'], photographers: ['周宁'] });
    expect(byline('(周宁/摄 林小雨/文)')).toBeNull();
    // Three groups: the last ends the bracket; a name after the last group leaves the bracket to the byline's reading.
    expect(read('(林小雨/文 周宁/摄 孔越/图)')).toEqual({ writers: ['林小雨'], photographers: ['周宁', '孔越'] });
    expect(credit('(林小雨/文 周宁/摄 孔越)')).toBeNull();
    // Two writers; a unit alone writes, after the space the group opens with; a department alone took the pictures.
    expect(read('(林小雨 孔越/文 周宁/摄)')).toEqual({ writers: ['林小雨', '孔越'], photographers: ['周宁'] });
    expect(read('(周宁/摄 校团委/文)')).toEqual({ writers: ['校团委'], photographers: ['周宁'] });
    expect(read('(林小雨/文 宣传部/摄)')).toEqual({ writers: ['林小雨'], photographers: ['宣传部'] });
    // `/影`, 摄影 cut short (877); a space after the slash (882); the paper's short name before its newsroom's role and
    // the name glued to it (`邯报融媒体记者NAME`, 877). In our words.
    expect(read('林小雨/文 周宁/影')).toEqual({ writers: ['林小雨'], photographers: ['周宁'] });
    expect(read('林小雨/文 周宁/ 图')).toEqual({ writers: ['林小雨'], photographers: ['周宁'] });
    expect(read('江报融媒体记者林小雨/文 周宁/影')).toEqual({ writers: ['林小雨'], photographers: ['周宁'] });
    expect(credit('林小雨/文 周宁/影视')).toBeNull();
    expect(read('(林小雨/文 校团委/摄)')).toEqual({ writers: ['林小雨'], photographers: ['校团委'] });
    // A group that is neither names nor a unit, or no writers' group, or no pictures' group: no such credit.
    expect(credit('(林小雨/文 柳岸社区活动现场/摄)')?.writers).toBeUndefined();
    expect(credit('(周宁/摄 孔越/图)')?.writers).toBeUndefined();
    expect(credit('(林小雨/文 孔越/文)')).toBeNull();
    // A role printed without its name (the reporter unnamed) is no one of the group; the named person is.
    expect(read('(林小雨/文 本报记者 通讯员 周宁/摄)')).toEqual({ writers: ['林小雨'], photographers: ['周宁'] });
    // Glued after the text, fields before the names are a credit too, as on their own line.
    expect(glued(`${SENTENCE}(文/林小雨 图/周宁)`)?.credit?.match).toMatchObject({ writers: [inByline('林小雨', null)], people: [inCredit('周宁', null)] });
    // 出处: before a byline's names in a bracket is the reprint's source, no one of the byline.
    expect(glued(`${SENTENCE}(出处:江城日报 记者 周宁)`)?.byline?.people).toEqual([inByline('周宁', '记者')]);
  });

  it("reads a unit's 供稿 glued after the text with the review after a comma: the unit wrote, the reviewer did not (896, in our words)", () => {
    const tail = glued('展现了青年的奉献精神。(青年宣讲团供稿,已经团委书记周宁审核)');
    expect(tail?.byline?.people).toEqual([inByline('青年宣讲团', null)]);
    expect(tail?.at).toBe('展现了青年的奉献精神。'.length);
  });

  it("reads a role and its colon, then the writer's unit and post before the name (989, in our words)", () => {
    expect(byline('通讯员:柳岸镇社区社工助理 林小雨')?.people).toEqual([inByline('林小雨', '通讯员')]);
    expect(byline('通讯员:柳岸镇青石村网格员 周宁')?.people).toEqual([inByline('周宁', '通讯员')]);
  });

  it("reads a unit's name, then the writer's in brackets, alone on its line (970, in our words)", () => {
    expect(byline('柳岸镇林业和草原站(林小雨)')).toEqual({ inner: '柳岸镇林业和草原站(林小雨)', people: [inByline('林小雨', null)], form: 'bare' });
    expect(byline('柳岸社区(林小雨 周宁)')?.people).toEqual([inByline('林小雨', null), inByline('周宁', null)]);
    // What stands before the bracket must be a unit's name: `志愿者(林小雨)` names a volunteer, no byline.
    expect(byline('志愿者(林小雨)')).toBeNull();
  });

  it('reads a reprint\'s citation glued after the text, with no colon after 来源, as the copy\'s trailer (971, in our words)', () => {
    for (const trailer of ['(文章来源江城日报2024年3月22日第8版)', '(原载《江城日报》2024年3月22日)']) {
      const text = `确保了森林防火安全。${trailer}`;
      expect(glued(text), trailer).toMatchObject({ at: '确保了森林防火安全。'.length, byline: null, trailer: true });
    }
  });

  it("reads the writer's unit glued before the name alone on its line (952, in our words); a unit's whole name is no byline", () => {
    expect(byline('柳岸镇周宁')).toEqual({ inner: '柳岸镇周宁', people: [inByline('周宁', null)], form: 'bare' });
    expect(byline('柳岸镇李家村')).toBeNull();
    expect(byline('柳岸镇')).toBeNull();
  });

  it("reads the writer's unit glued before the name in brackets: the name is the writer (930, in our words)", () => {
    expect(byline('(柳岸镇林小雨)')?.people).toEqual([inByline('林小雨', null)]);
    expect(glued('营造了安全的生活环境。(柳岸镇周宁)')?.byline?.people).toEqual([inByline('周宁', null)]);
    // An outlet before the name is no unit the writer works in; a unit alone is the writer as written.
    expect(byline('(江城网林小雨)')?.people.map((person) => person.name)).not.toEqual(['林小雨']);
    expect(byline('(柳岸镇)')?.people).toEqual([inByline('柳岸镇', null)]);
  });

  it('reads names alone, then `文/图` or `文/摄` after a space, as after a role: alone on the line or glued to the last sentence (2004, in our words)', () => {
    expect(byline('林小雨 文/图')?.people).toEqual([inByline('林小雨', null)]);
    expect(byline('林小雨 周 宁 文/摄')?.people).toEqual([inByline('林小雨', null), inByline('周宁', null)]);
    expect(glued('过上一个安全年、祥和年。林小雨 文/图')).toMatchObject({ at: 12, byline: { people: [inByline('林小雨', null)] } });
    const item = parse('过上一个安全年、祥和年。林小雨 文/图\n', {}).items[0]!;
    expect([item.authors, item.credit?.names, item.blocks.at(-1)!.text]).toEqual([['林小雨'], ['林小雨'], '过上一个安全年、祥和年。']);
    // (Not words that name no one: `活动现场 文/图`.)
    expect(byline('活动现场 文/图')).toBeNull();
  });

  it("reads a department's office alone glued before the name, as a county's Youth League committee signs (`团县委X`): 1996, in our words", () => {
    expect(glued('为乡村振兴贡献青春力量。(团县委林小雨)')?.byline?.people).toEqual([inByline('林小雨', null)]);
    expect(byline('(民政局周宁)')?.people).toEqual([inByline('周宁', null)]);
  });

  it('reads a bracket the copy was cut inside as the byline it opens, marked cut', () => {
    expect(byline('(供稿:林小雨 审核:周')).toEqual({ inner: '供稿:林小雨', people: [inByline('林小雨', null)], form: 'brackets', cut: true });
    expect(byline('(记者 孔越')).toEqual({ inner: '记者 孔越', people: [inByline('孔越', '记者')], form: 'brackets', cut: true });
    // A closed bracket is no cut one; a cut bracket that names no one is no byline.
    expect(byline('(记者 孔越)')?.cut).toBeUndefined();
    expect(byline('(图为志愿者在清扫')).toBeNull();
  });

  it('采访人员, what a portal prints for 记者 in a copied story, is a role as 记者 is', () => {
    expect(credit('新华社采访人员 孟澜 摄')?.people).toEqual([inCredit('孟澜', '采访人员')]);
    expect(byline('(采访人员 林小雨)')?.people).toEqual([inByline('林小雨', '采访人员')]);
  });

  it('brackets that name no one are no tail: a credit verb alone, a page to turn to', () => {
    expect(glued(`${SENTENCE}(摄)`)).toBeNull();
    expect(glued(`${SENTENCE}(志愿者服务现场 摄)`)).toBeNull();
    expect(glued('居民们纷纷点赞。(详见第三版)')).toBeNull();
  });

  it("a picture's label, then its credit after a space, the role's newsroom before it: the tail starts at the space", () => {
    expect(glued('花园一角 江城日报记者 林泉 摄')).toEqual({
      at: 4,
      byline: null,
      credit: { match: { raw: '江城日报记者 林泉 摄', verb: '摄', people: [inCredit('林泉', '记者')] }, from: 5 },
      continuation: false,
      trailer: false,
    });
  });

  it("a caption's phrase after a full sentence, then its credit after a space: the tail starts at the space", () => {
    const text = `${SENTENCE}新春日子红火 特约通讯员 袁晓川 摄`;
    const space = text.indexOf(' ');
    expect(glued(text)).toEqual({
      at: space,
      byline: null,
      credit: { match: { raw: '特约通讯员 袁晓川 摄', verb: '摄', people: [inCredit('袁晓川', '特约通讯员')] }, from: space + 1 },
      continuation: false,
      trailer: false,
    });
  });

  it("a credit of two roles after the caption's full stop: the whole credit, not its last role after a space", () => {
    const text = `${SENTENCE}本报记者 林泉 通讯员 袁晓川 摄`;
    expect(glued(text)).toEqual({
      at: SENTENCE.length,
      byline: null,
      credit: { match: { raw: '本报记者 林泉 通讯员 袁晓川 摄', verb: '摄', people: [inCredit('林泉', '本报记者'), inCredit('袁晓川', '通讯员')] }, from: SENTENCE.length },
      continuation: false,
      trailer: false,
    });
    // After a space too.
    expect(glued(`${SENTENCE} 记者 林泉 实习生 袁晓川 摄`)?.credit?.match.people.map((person) => person.name)).toEqual(['林泉', '袁晓川']);
  });

  it('a byline in brackets closed by 供稿, glued to the sentence: the names before 供稿, as on a line of its own', () => {
    expect(glued(`${SENTENCE}(林小雨 供稿)`)?.byline).toEqual({ inner: '林小雨 供稿', people: [inByline('林小雨', null)], form: 'brackets' });
    expect(glued(`${SENTENCE}(记者 林小雨供稿)`)?.byline?.people).toEqual([inByline('林小雨', '记者')]);
  });

  it('a unit whose name opens with 摄影, then a name, after a space: a byline, not a credit led by 摄影', () => {
    expect(glued(`${SENTENCE} 摄影家协会 林小雨`)).toEqual({
      at: SENTENCE.length,
      byline: { inner: '摄影家协会 林小雨', people: [inByline('林小雨', null)], form: 'bare' },
      credit: null,
      continuation: false,
      trailer: false,
    });
  });

  it('a credit closed by its verb', () => {
    expect(glued(`${SENTENCE}雷 洁摄`)).toEqual({
      at: SENTENCE.length,
      byline: null,
      credit: { match: { raw: '雷 洁摄', verb: '摄', people: [inCredit('雷洁', null)] }, from: SENTENCE.length },
      continuation: false,
      trailer: false,
    });
  });

  it('a school and a pupil after two spaces: the tail starts with the spaces', () => {
    expect(glued(`${SENTENCE}  东坡小学 林小雨`)).toEqual({
      at: SENTENCE.length,
      byline: { inner: '东坡小学 林小雨', people: [inByline('林小雨', null)], form: 'bare' },
      credit: null,
      continuation: false,
      trailer: false,
    });
  });

  it("a unit and an office's level (`柳岸街道办事处 乡级`, a disclosure's publisher field) names no one", () => {
    expect(byline('柳岸街道办事处 乡级')).toBeNull();
    expect(byline('柳岸街道办事处 林小雨')?.people).toEqual([inByline('林小雨', null)]);
  });

  it('a byline led by its role, without the padding after it', () => {
    expect(glued(`${SENTENCE}记者 王五 `)).toEqual({
      at: SENTENCE.length,
      byline: { inner: '记者 王五', people: [inByline('王五', '记者')], form: 'bare' },
      credit: null,
      continuation: false,
      trailer: false,
    });
  });

  it('a byline led by its role with the newsroom before it, an app\'s brand before the paper too: the people without the newsroom', () => {
    expect(glued(`${SENTENCE} 江城日报通讯员 赵大海`)).toEqual({
      at: SENTENCE.length,
      byline: { inner: '江城日报通讯员 赵大海', people: [inByline('赵大海', '通讯员')], form: 'bare' },
      credit: null,
      continuation: false,
      trailer: false,
    });
    expect(glued(`${SENTENCE}新江城·江城日报通讯员 李 莉`)?.byline).toEqual({
      inner: '新江城·江城日报通讯员 李 莉',
      people: [inByline('李莉', '通讯员')],
      form: 'bare',
    });
    // Any paper's name: a morning paper's, a weekly's (`时报`), a youth paper's.
    for (const newsroom of ['江城早报', '江城时报', '临河青年报', '江城广播电视台', '江城报业', '江城报业集团']) {
      expect(glued(`${SENTENCE}${newsroom}记者 赵大海`)?.byline, newsroom).toEqual({ inner: `${newsroom}记者 赵大海`, people: [inByline('赵大海', '记者')], form: 'bare' });
    }
    // Without a role after it, a newsroom's name glued to a sentence is the text's: `…《江城日报》` is no byline.
    expect(glued(`${SENTENCE}江城日报 赵大海`)).toBeNull();
  });

  it('a byline led by its role, roles and names run together', () => {
    expect(glued(`${SENTENCE}记者周宁通讯员陈小禾`)?.byline).toEqual({
      inner: '记者周宁通讯员陈小禾',
      people: [inByline('周宁', '记者'), inByline('陈小禾', '通讯员')],
      form: 'bare',
    });
  });

  it('a byline led by its role keeps a role that names no one, where another role does', () => {
    expect(glued(`${SENTENCE}记者 张三 通讯员`)?.byline?.people).toEqual([inByline('张三', '记者'), inByline(null, '通讯员')]);
  });

  it('roles that name no one are no byline, nor a sentence that opens with 记者', () => {
    expect(glued(`${SENTENCE}记者 通讯员`)).toBeNull();
    expect(glued('活动开展顺利。记者随后走访了多户居民')).toBeNull();
  });
});

describe('a credit that names the writers before 文 and the photographers before 摄', () => {
  it('gives the writers apart: they took no picture', () => {
    expect(credit('李山 文 刘小东 摄')).toEqual({
      raw: '李山 文 刘小东 摄',
      verb: '摄',
      people: [inCredit('刘小东', null)],
      writers: [inByline('李山', null)],
    });
  });

  it('is none where the words after a leading verb name no one', () => {
    expect(credit('摄影 ……')).toBe(null);
  });

  it('reads no writers where the words before 文 name no one', () => {
    expect(credit('见右图说明文字 文 李四 摄')?.writers).toBeUndefined();
  });

  it('but 文 inside a name or glued to it is no such word', () => {
    expect(credit('陆文山 摄')).toEqual({ raw: '陆文山 摄', verb: '摄', people: [inCredit('陆文山', null)] });
  });
});

describe('a credit of fields, one for the text and one for the pictures: `摄影:A 文字:B`, `文/B 图/A`', () => {
  it('gives the writers apart from the photographers, in either order, in brackets or not', () => {
    const fields = (raw: string, verb: string) => ({ raw, verb, people: [inCredit('邓小雅', null)], writers: [inByline('张小轩', null)] });
    for (const line of ['摄影:邓小雅 文字:张小轩', '(摄影:邓小雅 文字:张小轩 )', '文字：张小轩 摄影：邓小雅', '（文字:张小轩 摄影:邓小雅）']) {
      expect(credit(line), line).toEqual(fields(line, '摄影'));
      // Not a byline that names both as writers.
      expect(byline(line), line).toBe(null);
    }
    expect(credit('文/张小轩 图/邓小雅')).toEqual(fields('文/张小轩 图/邓小雅', '图'));
    expect(credit('图/邓小雅 文/张小轩')).toEqual(fields('图/邓小雅 文/张小轩', '图'));
    // Padded inside its brackets, as a byline's may be.
    expect(credit('( 文字:张小轩 摄影:邓小雅 )')).toEqual(fields('( 文字:张小轩 摄影:邓小雅 )', '摄影'));
    expect(credit('撰稿:张小轩 图片:邓小雅')).toEqual(fields('撰稿:张小轩 图片:邓小雅', '图片'));
    // Roles before the names are the people's.
    expect(credit('文/记者 张小轩 图/通讯员 邓小雅')).toEqual({
      raw: '文/记者 张小轩 图/通讯员 邓小雅',
      verb: '图',
      people: [inCredit('邓小雅', '通讯员')],
      writers: [inByline('张小轩', '记者')],
    });
    expect(byline('文/记者 张小轩 图/通讯员 邓小雅')).toBe(null);
  });

  it('leaves the editors after the fields out, and reads the fields in a web template\'s square brackets too', () => {
    const line = '(文:张小轩 图:邓小雅、林舟 审核:陈平)';
    expect(credit(line)).toEqual({ raw: line, verb: '图', people: [inCredit('邓小雅', null), inCredit('林舟', null)], writers: [inByline('张小轩', null)] });
    // Glued to the last name, and after it more reviewers: none of them took a picture.
    const square = '[文:张小轩 图:邓小雅审核:陈平复审:李安 终审:赵六]';
    expect(credit(square)).toEqual({ raw: square, verb: '图', people: [inCredit('邓小雅', null)], writers: [inByline('张小轩', null)] });
    expect(byline(square)).toBe(null);
    // Square brackets around anything else hold no credit of fields.
    expect(credit('[图片新闻]')).toBe(null);
  });

  it('is none without a field of each kind, or where a field names no one', () => {
    // `文/图 X` wrote and took the pictures: one byline; `文字:X` alone writes.
    expect(byline('文/图 张小轩')?.people).toEqual([inByline('张小轩', null)]);
    expect(credit('文/图 张小轩')).toBe(null);
    expect(byline('文字:张小轩')?.people).toEqual([inByline('张小轩', null)]);
    // Two fields of the text name writers only; a field with no name (`图:`) is no credit of fields.
    expect(credit('文字:张小轩 撰稿:李小北')).toBe(null);
    expect(credit('文字:张小轩 摄影:')).toBe(null);
    expect(credit('文字:张小轩 摄影:记者')).toBe(null);
    // The fields open the line: words before them are someone else's line, even words that open as a field's do.
    expect(credit('活动现场 文字:张小轩 摄影:邓小雅')).toBe(null);
    expect(credit('图书馆 文字:张小轩 摄影:邓小雅')).toBe(null);
    // A field whose words leave a role without its name (`邓小雅 通讯员`) is no credit of fields.
    expect(credit('摄影:邓小雅 通讯员 文字:张小轩')?.writers).toBeUndefined();
    // Fields of the pictures alone name no writers: the credit led by its verb reads them.
    expect(credit('摄影:邓小雅 图片:林舟')?.writers).toBeUndefined();
  });
});

describe('the writers after the word for the text, alone on the line', () => {
  it('reads `文/郑小戈` and `撰文:记者 王五` as bylines', () => {
    expect(byline('文/郑小戈')).toEqual({ inner: '文/郑小戈', people: [inByline('郑小戈', null)], form: 'bare' });
    expect(byline('撰文:记者 王五')).toEqual({ inner: '撰文:记者 王五', people: [inByline('王五', '记者')], form: 'bare' });
  });

  it('reads `文/图` and `图/文` glued to the names, or after a colon, as bylines', () => {
    expect(byline('文/图周小禾')).toEqual({ inner: '文/图周小禾', people: [inByline('周小禾', null)], form: 'bare' });
    expect(byline('文/图:周小禾')).toEqual({ inner: '文/图:周小禾', people: [inByline('周小禾', null)], form: 'bare' });
    expect(byline('图/文：林 舟')).toEqual({ inner: '图/文：林 舟', people: [inByline('林舟', null)], form: 'bare' });
    expect(byline('文/图片来源网络')).toBe(null);
  });

  it('reads `文/摄` after the names as `文/图`: a byline whose people took the pictures too, not a photo credit', () => {
    expect(byline('本报记者 林舟 文/摄')).toEqual({ inner: '本报记者 林舟 文/摄', people: [inByline('林舟', '本报记者')], form: 'bare' });
    expect(credit('本报记者 林舟 文/摄')).toBe(null);
    expect(credit('本报记者 林舟 摄')?.verb).toBe('摄');
    // In brackets alone on its line too (`(记者 林舟 摄)` is a credit, this is not), and below a headline it is the byline.
    expect(byline('(记者 林舟 文/摄)')).toEqual({ inner: '记者 林舟 文/摄', people: [inByline('林舟', '记者')], form: 'brackets' });
    expect(byline('(记者 林舟 摄)')).toBe(null);
    const [item] = parse('柳岸社区办起长者食堂\n(记者 林舟 文/摄)\n本报讯 近日,柳岸社区的长者食堂开门,老人们在这里吃上了热饭。\n').items;
    expect(item!.byline).toBe('记者 林舟 文/摄');
    expect(item!.authors).toEqual(['林舟']);
  });

  it('reads `文/摄` after the names as `文/图` glued to the last sentence too: bare, in brackets or after a mark', () => {
    // Each ends in a credit verb, so a credit's reader finds it first and refuses it; the byline's reader after it reads it.
    const people = [inByline('林舟', '记者')];
    const at = SENTENCE.length;
    expect(glued(`${SENTENCE}记者 林舟 文/摄`)).toEqual({ at, byline: { inner: '记者 林舟 文/摄', people, form: 'bare' }, credit: null, continuation: false, trailer: false });
    expect(glued(`${SENTENCE}(记者 林舟 文/摄)`)).toEqual({ at, byline: { inner: '记者 林舟 文/摄', people, form: 'brackets' }, credit: null, continuation: false, trailer: false });
    expect(glued(`${SENTENCE}■ 记者 林舟 文/摄`)).toEqual({ at, byline: { inner: '记者 林舟 文/摄', people, form: 'marker' }, credit: null, continuation: false, trailer: false });
  });

  it('reads a marked byline glued after the last sentence, ☉ a mark as □ is', () => {
    const line = '居民们说,这样的日子越过越红火。☉林 舟 文/图';
    expect(glued(line)).toEqual({ at: line.indexOf('☉'), byline: { inner: '林 舟 文/图', people: [inByline('林舟', null)], form: 'marker' }, credit: null, continuation: false, trailer: false });
    expect(glued('居民们说,这样的日子越过越红火。□ 记者 林舟')?.byline?.people).toEqual([inByline('林舟', '记者')]);
    expect(byline('☉ 记者 林舟')?.people).toEqual([inByline('林舟', '记者')]);
    // Not mid-sentence, and not a mark before words that name no one.
    expect(glued('居民们说,☉林 舟 文/图')).toBe(null);
    expect(glued('居民们说,这样的日子越过越红火。□越过越红火')).toBe(null);
  });

  it('reads no marked byline after a closing quote with no sentence mark in the text: a quoted name ends no sentence', () => {
    expect(glued('他们把这里叫作“幸福驿站”☉林 舟 文/图')).toBe(null);
    expect(glued('社区开展「邻里节」☉林 舟 文/图')).toBe(null);
    // A quote that closes a sentence ends one.
    const line = '大家都说“这里真好！”☉林 舟 文/图';
    expect(glued(line)).toEqual({ at: line.indexOf('☉'), byline: { inner: '林 舟 文/图', people: [inByline('林舟', null)], form: 'marker' }, credit: null, continuation: false, trailer: false });
  });

  it('reads names before a slash and the word for writing the text as a byline: 林小雨/编撰, 林小雨/整理', () => {
    expect(byline('林小雨/编撰')).toEqual({ inner: '林小雨/编撰', people: [inByline('林小雨', null)], form: 'bare' });
    expect(byline('林小雨 / 整理')).toEqual({ inner: '林小雨 / 整理', people: [inByline('林小雨', null)], form: 'bare' });
    // Each word of writing a line may end with: 文 and 撰稿 too.
    expect(byline('林小雨/文')).toEqual({ inner: '林小雨/文', people: [inByline('林小雨', null)], form: 'bare' });
    expect(byline('林小雨/撰稿')).toEqual({ inner: '林小雨/撰稿', people: [inByline('林小雨', null)], form: 'bare' });
    expect(byline('居民们都说好/文')).toBe(null);
    expect(byline('柳岸社区/编撰')).toBe(null);
    // A name of two characters, as often as three: `周宁/文`, and `周宁/图` credits a picture as `林小雨/图` does.
    expect(byline('周宁/文')).toEqual({ inner: '周宁/文', people: [inByline('周宁', null)], form: 'bare' });
    expect(byline('孔越/编撰')).toEqual({ inner: '孔越/编撰', people: [inByline('孔越', null)], form: 'bare' });
    expect(credit('周宁/图')?.people).toEqual([inCredit('周宁', null)]);
    expect(credit('文/图')).toBe(null);
  });

  it('but not a line that only opens with 文, nor one whose words after it are no names', () => {
    expect(byline('文明城市共建共享')).toBe(null);
    expect(byline('文/……')).toBe(null);
    expect(byline('文/图为合影现场的居民们')).toBe(null);
  });

  it('a role with no one named after it, or before the slash, is a byline that names no one, as `本报记者` alone is', () => {
    expect(byline('本报记者')).toEqual({ inner: '本报记者', people: [inByline(null, '本报记者')], form: 'bare' });
    expect(byline('文/记者')).toEqual({ inner: '文/记者', people: [inByline(null, '记者')], form: 'bare' });
    // Not `文/` before someone called 图记者, nor a person called 编撰 after the role.
    expect(byline('文/图记者')).toEqual({ inner: '文/图记者', people: [inByline(null, '记者')], form: 'bare' });
    expect(byline('文/图 通讯员')).toEqual({ inner: '文/图 通讯员', people: [inByline(null, '通讯员')], form: 'bare' });
    expect(byline('本报记者/编撰')).toEqual({ inner: '本报记者/编撰', people: [inByline(null, '本报记者')], form: 'bare' });
    expect(byline('记者/撰稿')).toEqual({ inner: '记者/撰稿', people: [inByline(null, '记者')], form: 'bare' });
    // Below the headline it is the item's byline, not the title's second line, and the item has no author.
    for (const signed of ['文/图记者', '文/记者', '本报记者/编撰']) {
      const [item] = parse(`柳岸社区办起长者食堂\n${signed}\n本报讯 近日,柳岸社区的长者食堂开门,老人们在这里吃上了热饭。\n`).items;
      expect(item!.title, signed).toBe('柳岸社区办起长者食堂');
      expect(item!.byline, signed).toBe(signed);
      expect(item!.authors, signed).toEqual([]);
    }
  });

  it('names everyone after it, a role without a name too', () => {
    expect(byline('文/记者 王五 通讯员')).toEqual({ inner: '文/记者 王五 通讯员', people: [inByline('王五', '记者'), inByline(null, '通讯员')], form: 'bare' });
  });
});

describe('who contributed the piece, named before 供稿 in brackets', () => {
  it('a unit, then the name: the person after the unit, read as any byline', () => {
    expect(byline('(柳岸镇中小 周小禾 供稿)')).toEqual({ inner: '柳岸镇中小 周小禾 供稿', people: [inByline('周小禾', null)], form: 'brackets' });
    // A unit of three characters reads as a name would (区妇联), but it is the unit: the person after it contributed.
    expect(byline('(区妇联 林海 供稿)')?.people).toEqual([inByline('林海', null)]);
  });

  it('a name, then a role: both, as `林海 记者` is read on its own line (not the role alone after a unit called 林海)', () => {
    expect(byline('(林海 记者 供稿)')?.people).toEqual([inByline('林海', null), inByline(null, '记者')]);
    expect(byline('林海 记者')?.people).toEqual([inByline('林海', null), inByline(null, '记者')]);
  });

  it('a name run into 供稿: the name, read as any byline', () => {
    expect(byline('(林小雨供稿)')).toEqual({ inner: '林小雨供稿', people: [inByline('林小雨', null)], form: 'brackets' });
  });

  it('a teacher, as a school names one: the name before 老师, run together or not (not 老师 as a name after a unit)', () => {
    expect(byline('(林小雨老师供稿)')?.people).toEqual([inByline('林小雨', null)]);
    expect(byline('(周宁 老师供稿)')?.people).toEqual([inByline('周宁', null)]);
  });

  it('glued after the last sentence, ends the text', () => {
    const item = parse('东坡中学举办演讲比赛\n近日,东坡中学举办校庆演讲比赛,营造了欢乐祥和的校庆氛围。(林小雨老师供稿)\n', {}).items[0]!;
    expect([item.authors, item.truncated, item.blocks.at(-1)!.text.endsWith('氛围。')]).toEqual([['林小雨'], false, true]);
  });
});

describe('a unit alone in brackets writes the piece when no person is named', () => {
  it('glued after the last sentence, or alone on its line', () => {
    expect(glued(`${SENTENCE}(东湾街道柳岸社区)`)).toEqual({
      at: SENTENCE.length,
      byline: { inner: '东湾街道柳岸社区', people: [inByline('东湾街道柳岸社区', null)], form: 'brackets' },
      credit: null,
      continuation: false,
      trailer: false,
    });
    expect(byline('(临河县东坡小学)')).toEqual({ inner: '临河县东坡小学', people: [inByline('临河县东坡小学', null)], form: 'brackets' });
  });

  it('but not a note that is no organisation, nor a unit after no sentence end', () => {
    expect(glued(`${SENTENCE}(图为活动现场)`)).toBe(null);
    expect(byline('(东坡小学四年级)')).toBe(null);
    expect(glued('居民们来到柳岸社区(东湾街道)')).toBe(null);
  });
});

describe("what a web copy or a wire story prints after the text: the editor's bracket, (完), the source", () => {
  it('alone after the last sentence: the text ends before it', () => {
    expect(glued(`${SENTENCE}(完)`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued(`${SENTENCE} （责任编辑：周宁）`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued(`${SENTENCE}(编辑:孔越 )`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
  });

  it("any editor's field alone in the bracket, the reviewer's or the information officer's who filed the copy: no writer", () => {
    for (const field of ['审核:周宁', '责编 周宁', '信息员:周宁', '文稿编辑:周宁', '编辑:孔越 审核:周宁 签发:林泉']) {
      expect(glued(`${SENTENCE}(${field})`), field).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    }
    const item = parse(`${SENTENCE}(信息员:周宁)\n`, {}).items[0]!;
    expect([item.authors, item.truncated, item.blocks.at(-1)!.text]).toEqual([[], false, SENTENCE]);
    // (`文稿编辑:X` alone below the text is the copy editor's line, as `编辑:X` is.)
    expect(parse(`${SENTENCE}\n文稿编辑:周宁\n`, {}).meta.map((meta) => [meta.kind, meta.value])).toEqual([['editor', '周宁']]);
  });

  it('after a glued byline: the byline is read before it, and the tail starts at the byline', () => {
    expect(glued(`${SENTENCE}(周宁 林泉) (责任编辑:孔越)`)).toEqual({
      at: SENTENCE.length,
      byline: { inner: '周宁 林泉', people: [inByline('周宁', null), inByline('林泉', null)], form: 'brackets' },
      credit: null,
      continuation: false,
      trailer: true,
    });
  });

  it('the source a web copy names after the text: `(来源:XX区新闻中心)`', () => {
    expect(glued(`${SENTENCE}(来源:东湖区新闻中心)`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued(`${SENTENCE} （来源： 江城日报）`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
  });

  it('a bracket that is neither is no trailer: `(完善)`, `(编辑部)`, `(来源于群众)`', () => {
    expect(glued(`${SENTENCE}(完善)`)?.trailer ?? false).toBe(false);
    expect(glued(`${SENTENCE}(编辑部)`)?.trailer ?? false).toBe(false);
    expect(glued(`${SENTENCE}(来源于群众)`)?.trailer ?? false).toBe(false);
  });

  it('the government account a copy was taken from, named alone: `(江城发布)`', () => {
    expect(glued(`${SENTENCE}(江城发布)`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued(`${SENTENCE}（东湖区政务发布）`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    // (A release in figures is a note of the text's, and a name of one character before 发布 no account's.)
    expect(glued(`${SENTENCE}(2023年发布)`)?.trailer ?? false).toBe(false);
    expect(glued(`${SENTENCE}(新发布)`)?.trailer ?? false).toBe(false);
  });

  it("a site's disclaimer in brackets, after a glued byline: the byline is read before it", () => {
    const disclaimer = '(本文不代表本站观点，由此引发的争议本站不担责)';
    expect(glued(`${SENTENCE}(周宁) ${disclaimer}`)).toEqual({
      at: SENTENCE.length,
      byline: { inner: '周宁', people: [inByline('周宁', null)], form: 'brackets' },
      credit: null,
      continuation: false,
      trailer: true,
    });
    expect(glued(`${SENTENCE}（此文不代表本网立场）`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    // (A bracket saying who does not speak for whom, about the story, is its text.)
    expect(glued(`${SENTENCE}(他不代表社区观点)`)?.trailer ?? false).toBe(false);
  });

  it("an empty bracket after the text, a template's byline left blank: the text ends before it", () => {
    expect(glued(`${SENTENCE}()`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued(`${SENTENCE}（ ）`)).toEqual({ at: SENTENCE.length, byline: null, credit: null, continuation: false, trailer: true });
    const text = `近日，柳岸村卫生室的医生来到村委会，为村民量血压、讲防病知识。${SENTENCE}`;
    const [item] = parse(`柳岸村义诊受好评\n\n${text}()\n`, {}).items;
    expect(item?.blocks.at(-1)?.text).toBe(text);
    expect(item?.truncated).toBe(false);
    // (A picture's mark in a copy's markup has empty brackets too, and is no trailer.)
    expect(glued(`${SENTENCE} ![]()`)?.trailer ?? false).toBe(false);
  });

  it('a line ending its sentence inside the bracket has only a trailer for a tail (trailerAfterSentence)', () => {
    const after = (line: string) => trailerAfterSentence(line, DEFAULT_VOCABULARY);
    // The disclaimer's own full stop ends the line: the text ended before its byline all the same.
    expect(after(`${SENTENCE}(周宁) (本文不代表本站观点。)`)).toEqual({
      at: SENTENCE.length,
      byline: { inner: '周宁', people: [inByline('周宁', null)], form: 'brackets' },
      credit: null,
      continuation: false,
      trailer: true,
    });
    // A bracket of the text's own sentences, or a byline's, is no trailer: the line keeps no tail.
    expect(after('居民们说：“服务更方便了。(大家都这样说。)')).toBe(null);
    expect(after(`${SENTENCE}(周宁。)`)).toBe(null);
    expect(after(SENTENCE)).toBe(null);
  });
});

describe('图文 before the names: who wrote the text and took the pictures', () => {
  it('after its colon, as `文/图:` is: the byline, and the item credited to the same people', () => {
    expect(byline('图文:林小雨')).toEqual({ inner: '图文:林小雨', people: [inByline('林小雨', null)], form: 'bare' });
    const item = parse('柳岸社区举办邻里节。\n(图文:柳岸街道 林小雨)\n', {}).items[0]!;
    expect(item.authors).toEqual(['林小雨']);
    expect(item.credit?.names).toEqual(['林小雨']);
  });

  it('without a colon is no byline: `图文推荐` heads a list of links', () => {
    expect(byline('图文推荐')).toBe(null);
    expect(byline('图/文林小雨')).toEqual({ inner: '图/文林小雨', people: [inByline('林小雨', null)], form: 'bare' });
  });

  it("ends the names before the sending unit's reviewer (`单位审核:`), as before any editor's field", () => {
    const item = parse('柳岸社区举办邻里节。\n(图文:柳岸街道 林小雨 单位审核:周宁)\n', {}).items[0]!;
    expect(item.authors).toEqual(['林小雨']);
    expect(item.byline).toBe('图文:柳岸街道 林小雨');
    expect(beforeEditorField('柳岸街道 林小雨 部门审核:周宁')).toBe('柳岸街道 林小雨');
    expect(beforeEditorField('柳岸街道 林小雨 审核:周宁')).toBe('柳岸街道 林小雨');
    // Not a word of the names: a name that ends in the same characters stays whole.
    expect(beforeEditorField('林单位 审核:周宁')).toBe('林单位');
  });

  it("ends the names before an editor's name that its word follows, with the day after it (`NAME 文 NAME 编辑 DATE`)", () => {
    expect(beforeEditorField('林小雨 文 周 宁 编辑 2010.6.11')).toBe('林小雨 文');
    expect(beforeEditorField('林小雨 文 周宁 编辑')).toBe('林小雨 文');
    const item = parse('柳岸小学收到赠书\n近日,柳岸小学收到爱心人士捐赠的图书两百册。\n(林小雨 文 周 宁 编辑 2010.6.11)\n', {}).items[0]!;
    expect(item.authors).toEqual(['林小雨']);
    // The editor's word glued to a name (`编辑部`) or before the name is read as before.
    expect(beforeEditorField('林小雨 编辑部')).toBe('林小雨 编辑部');
  });

  it("names no writer where a lead's bracket names only the editor (`XX讯(编辑 李四)`)", () => {
    expect(beforeEditorField('编辑 韦小佳')).toBe('');
    const item = parse('柳岸社区:志愿服务暖人心\n\n江城融媒体中心2月4日讯(编辑 韦小佳)近日,柳岸社区开展志愿服务活动。\n', { year: 2024 }).items[0]!;
    expect(item.people).toEqual([]);
    // A word that only opens with an editor's word is a name's: no space after it.
    expect(beforeEditorField('编辑部 林小雨')).toBe('编辑部 林小雨');
  });
});

describe('报道 alone after the names (filed by), and where the report comes from before them', () => {
  it('reads the names before a lone 报道 as a byline, as before `青岛报道`', () => {
    expect(byline('林小雨 周宁 报道')).toEqual({ inner: '林小雨 周宁 报道', people: [inByline('林小雨', null), inByline('周宁', null)], form: 'bare' });
    expect(byline('林小雨 报道')).toEqual({ inner: '林小雨 报道', people: [inByline('林小雨', null)], form: 'bare' });
    // Glued to the names, 报道 is the word of a sentence or a title, not a filing.
    expect(byline('林小雨报道')).toBe(null);
  });

  it('leaves out the area the report comes from: it names no one', () => {
    expect(byline('东湾区:林小雨 周宁 报道')?.people).toEqual([inByline('林小雨', null), inByline('周宁', null)]);
    expect(byline('东湾区 林小雨 报道')?.people).toEqual([inByline('林小雨', null)]);
  });

  it('above the text, opens the item as its byline, not as a unit and its title', () => {
    const item = parse('东湾区:林小雨 周宁 报道\n社区理发进小区,居民生活更方便。7月5日,志愿者来到柳岸社区为老人理发。\n', {}).items[0]!;
    expect([item.title, item.authors]).toEqual([null, ['林小雨', '周宁']]);
  });
});

describe("a page's or an editor's code after the text's end", () => {
  it('ends the text, after a sentence or a closing bracket: a trailer of the copy', () => {
    expect(glued('居民们纷纷点赞。②22')).toEqual({ at: 8, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued('居民们纷纷点赞。 ③')).toEqual({ at: 8, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued('居民们纷纷点赞。”④１２')).toEqual({ at: 9, byline: null, credit: null, continuation: false, trailer: true });
  });

  it('keeps a byline or credit glued before it', () => {
    const tail = glued('居民们纷纷点赞。(林小雨) ②')!;
    expect([tail.at, tail.trailer, tail.byline?.people]).toEqual([8, true, [inByline('林小雨', null)]]);
  });

  it('is no code inside a sentence, figures alone (the next sentence cut by a column break), or a circled figure after a bracket that is no byline', () => {
    expect(glued('今年共接待游客②')).toBe(null);
    expect(glued('居民们纷纷点赞。20')).toBe(null);
    expect(glued('居民们纷纷点赞。②2222')).toBe(null);
    expect(glued('本报讯(记者 林小雨) ①')).toBe(null);
  });

  it("leaves the paragraph's text whole and the code a line of the copy", () => {
    const item = parse('东湾区柳岸街道举办邻里节,居民们纷纷点赞。②22\n', {}).items[0]!;
    expect(item.blocks.map((block) => block.text)).toEqual(['东湾区柳岸街道举办邻里节,居民们纷纷点赞。']);
    expect(item.asides.map((aside) => [aside.kind, aside.text])).toEqual([['meta', '②22']]);
    expect(item.truncated).toBe(false);
  });
});

describe("a site and its channel before a credit's names, and an agency's spaced release", () => {
  it('names no one: the site (`江城网`) or its channel (`江城网临河频道`) is the newsroom', () => {
    expect(credit('江城网临河频道 林小雨 摄')?.people).toEqual([inCredit('林小雨', null)]);
    expect(credit('江城网 林小雨 摄')?.people).toEqual([inCredit('林小雨', null)]);
    expect(credit('江城网记者 林小雨 摄')?.people).toEqual([inCredit('林小雨', '记者')]);
  });

  it('reads `新华社 发(X 摄)` glued after a caption as `新华社发(X摄)`: the photographer, not the agency', () => {
    const tail = glued('孩子们展示自己种的蔬菜。新华社 发(林小雨 摄)')!;
    expect([tail.at, tail.credit?.match.people]).toEqual([12, [inCredit('林小雨', null)]]);
  });
});

describe('a name glued bare after the last sentence', () => {
  it('is the byline when it opens with a common surname: two or three characters, the line ending there', () => {
    expect(glued('居民们纷纷点赞。林小雨')).toEqual({ at: 8, byline: { inner: '林小雨', people: [inByline('林小雨', null)], form: 'bare' }, credit: null, continuation: false, trailer: false });
    expect(glued('居民们纷纷点赞!周宁')?.byline?.people).toEqual([inByline('周宁', null)]);
  });

  it('is no name without a sentence end before it, with a rare surname, or as a form of address', () => {
    expect(glued('居民们纷纷点赞林小雨')).toBe(null);
    expect(glued('居民们纷纷点赞。同时')).toBe(null);
    expect(glued('居民们纷纷点赞。王大妈')).toBe(null);
    expect(glued('居民们纷纷点赞。李师傅')).toBe(null);
    expect(glued('居民们纷纷点赞。张老')).toBe(null);
    expect(glued('居民们纷纷点赞。林小雨说')).toBe(null);
  });

  it('is the byline after a space too; a two-character name padded with a space is one whatever its first character', () => {
    expect(glued('居民们纷纷点赞。 林小雨')?.byline?.people).toEqual([inByline('林小雨', null)]);
    // (From the space: the text ends at its full stop.)
    expect(glued('居民们纷纷点赞。 晓 燕')).toEqual({ at: 8, byline: { inner: '晓 燕', people: [inByline('晓燕', null)], form: 'bare' }, credit: null, continuation: false, trailer: false });
    expect(glued('居民们纷纷点赞。周 宁')?.byline?.people).toEqual([inByline('周宁', null)]);
    // Unpadded, a rare first character is no surname still.
    expect(glued('居民们纷纷点赞。 晓燕')).toBe(null);
  });

  it("ends the item's text and names its author", () => {
    const item = parse('东湾区柳岸街道举办邻里节,居民们纷纷点赞。林小雨\n', {}).items[0]!;
    expect([item.blocks.map((block) => block.text), item.authors, item.truncated]).toEqual([['东湾区柳岸街道举办邻里节,居民们纷纷点赞。'], ['林小雨'], false]);
  });

  it('names two or three writers parted by white space as a county paper prints them, each opening with a common surname', () => {
    expect(glued('孩子们在运动中快乐成长。  林小雨  周文静')?.byline?.people).toEqual([inByline('林小雨', null), inByline('周文静', null)]);
    expect(glued('孩子们在运动中快乐成长。 林小雨 周文 吴宁')?.byline?.people).toEqual([inByline('林小雨', null), inByline('周文', null), inByline('吴宁', null)]);
    // Not a next sentence's first words, cut off: those open with no surname (`今年 我们`), or one of them does not.
    expect(glued('孩子们在运动中快乐成长。 林小雨 今年')).toBe(null);
  });

  it('after white space, the text ends at its full stop: the item is not cut off', () => {
    const item = parse('东湾区柳岸街道举办邻里节,居民们纷纷点赞。  林小雨  周文静\n', {}).items[0]!;
    expect([item.blocks.map((block) => block.text), item.authors, item.truncated]).toEqual([['东湾区柳岸街道举办邻里节,居民们纷纷点赞。'], ['林小雨', '周文静'], false]);
  });
});

describe("a phrase caption's credit after a space, a name alone before 摄", () => {
  it('reads a name of two or three characters, or two padded, that opens with a common surname', () => {
    expect(glued('电工队员给旧楼换上新灯泡 周宁 摄')).toEqual({ at: 12, byline: null, credit: { match: { raw: '周宁 摄', verb: '摄', people: [inCredit('周宁', null)] }, from: 13 }, continuation: false, trailer: false });
    expect(glued('志愿者帮助村民收稻谷 林小雨 摄')?.credit?.match.people).toEqual([inCredit('林小雨', null)]);
    expect(glued('志愿者帮助村民收稻谷 林 舟 摄')?.credit?.match.people).toEqual([inCredit('林舟', null)]);
  });

  it('reads the name before its slash, as a credit line alone prints it: `…稻穗 林小雨/摄`', () => {
    expect(glued('村民捡拾遗漏的稻穗 林小雨/摄')).toEqual({ at: 9, byline: null, credit: { match: { raw: '林小雨/摄', verb: '摄', people: [inCredit('林小雨', null)] }, from: 10 }, continuation: false, trailer: false });
    expect(glued('农户将稻谷装车 周宁／摄')?.credit?.match.people).toEqual([inCredit('周宁', null)]);
    // (A photo set below its text: each caption so credited is a photo item of its own.)
    const page = ['时下,各地早稻进入成熟期。柳岸镇的农户抢抓晴好天气,开镰收割早稻。', '林小雨/摄', '村民捡拾遗漏的稻穗 林小雨/摄', '农户将收割的稻谷装车 林小雨/摄'].join('\n');
    expect(parse(page, {}).items.map((item) => [item.kind, item.blocks[0]!.text, item.credit?.names])).toEqual([
      ['photo', '时下,各地早稻进入成熟期。柳岸镇的农户抢抓晴好天气,开镰收割早稻。', ['林小雨']],
      ['photo', '村民捡拾遗漏的稻穗', ['林小雨']],
      ['photo', '农户将收割的稻谷装车', ['林小雨']],
    ]);
  });

  it('reads no phrase whose last word is no name, nor a name after a sentence inside it', () => {
    expect(glued('柳岸社区的美景 真美 摄')).toBeNull();
    expect(glued('志愿者检修线路。居民很满意 周宁 摄')).toBeNull();
  });

  it('reads a name glued to the phrase with no space, a common surname opening it (220, 1844 print it so)', () => {
    expect(glued('电工队员给旧楼换上新灯泡周宁摄')?.credit?.match.people).toEqual([inCredit('周宁', null)]);
    expect(glued('志愿者用无人机航拍摄')).toBeNull();
  });
});

describe('the writers after the word for the text, glued to the last sentence, the page editor after them', () => {
  it('reads `文/A B C` alone on its line with an editor field after the names: the names are the writers', () => {
    expect(byline('文/林小雨 周宁 王小红 责任编辑:陈平')?.people).toEqual([inByline('林小雨', null), inByline('周宁', null), inByline('王小红', null)]);
    expect(byline('文/林小雨 责任编辑:陈平')?.people).toEqual([inByline('林小雨', null)]);
  });

  it('finds `文/A B` glued after the last sentence, with or without the editor, and ends the text there', () => {
    expect(glued('居民们纷纷点赞。文/林小雨 周宁')).toEqual({ at: 8, byline: { inner: '文/林小雨 周宁', people: [inByline('林小雨', null), inByline('周宁', null)], form: 'bare' }, credit: null, continuation: false, trailer: false });
    expect(glued('居民们纷纷点赞。 文/林小雨 责任编辑:陈平')?.byline?.people).toEqual([inByline('林小雨', null)]);
    const item = parse('柳岸社区欢度六一\n\n6月1日,柳岸社区的孩子们表演了节目,度过了快乐的节日时光。文/林小雨 周宁 责任编辑:陈平\n', {}).items[0]!;
    expect([item.blocks.at(-1)!.text.slice(-6), item.authors, item.truncated]).toEqual(['的节日时光。', ['林小雨', '周宁'], false]);
  });

  it('reads no writer inside a sentence, nor after one that is no byline', () => {
    expect(glued('居民们纷纷点赞文/林小雨')).toBe(null);
    expect(glued('居民们纷纷点赞。文/化活动丰富,大家都说好')).toBe(null);
  });
});

describe("a byline, then the unit that supplied the pictures, on one line", () => {
  it('is a credit: the byline\'s people wrote the text, the unit supplied its pictures', () => {
    expect(credit('记者 林小雨 通讯员 周宁 柳岸街道供图')).toEqual({
      raw: '记者 林小雨 通讯员 周宁 柳岸街道供图',
      verb: '供图',
      people: [inCredit('柳岸街道', null)],
      writers: [inByline('林小雨', '记者'), inByline('周宁', '通讯员')],
    });
    // (The outlet and its app before the role, as a provincial site prints them.)
    expect(credit('江城网 江城APP记者 林小雨 通讯员 周宁 东湾区委宣传部供图')?.writers?.map((person) => person.name)).toEqual(['林小雨', '周宁']);
    expect(byline('记者 林小雨 通讯员 周宁 柳岸街道供图')).toBeNull();
  });

  it('is no such credit where a role names no one, or the words before 供图 name no unit', () => {
    expect(credit('记者 通讯员 周宁 柳岸街道供图')?.writers).toBeUndefined();
    expect(credit('记者 林小雨 通讯员 周宁 大家供图')?.writers).toBeUndefined();
  });
});

describe('editors named after the groups of names and works', () => {
  it('leaves a reviewer after `A/文 B/图` out of the people: the page\'s editor, no writer', () => {
    const item = parse('柳岸社区举办邻里节。\n(林小雨/文 周宁/图 孔越/审核)\n', {}).items[0]!;
    expect([item.authors, item.credit?.names]).toEqual([['林小雨', '周宁'], ['周宁']]);
    expect(item.people.map((person) => person.name)).not.toContain('孔越');
  });

  it('ends the names at an editor\'s field written with a slash after a space, as with a colon', () => {
    expect(beforeEditorField('文/林小雨 编辑/周宁 审核/孔越')).toBe('文/林小雨');
    expect(beforeEditorField('林小雨/编辑')).toBe('林小雨/编辑');
  });
});

describe("a byline line with a school account's fields glued one after another", () => {
  it('names the writer only: the material, the layout and the review are no writing', () => {
    const match = byline('文字:林小雨素材:东湖小学各班主任、周宁排版:孔越审核:林帆');
    expect(match?.people.map((person) => person.name)).toEqual(['林小雨']);
    expect(byline('文:林小雨 素材:各班主任')?.people.map((person) => person.name)).toEqual(['林小雨']);
  });
});

describe('a bracket of slashed roles parted by semicolons', () => {
  it('names the writer and the photographers; the reviewers after them are editors', () => {
    const found = credit('(文/林小禾;图/周宁、杜晓帆;一审/孔越;一校/林帆;二审/葛明远)');
    expect(found?.writers?.map((person) => person.name)).toEqual(['林小禾']);
    expect(found?.people.map((person) => person.name)).toEqual(['周宁', '杜晓帆']);
    expect(beforeEditorField('文/林小禾;一审/孔越')).toBe('文/林小禾;');
  });
});

describe('bylines of the forty-third session', () => {
  it('reads `图/文:UNIT` with no person as the unit that wrote the text and took its pictures', () => {
    expect(byline('图/文:校团委')?.people).toEqual([inByline('校团委', null)]);
    expect(byline('文/图:柳岸社区')?.people).toEqual([inByline('柳岸社区', null)]);
    // Words that name no unit are no byline.
    expect(byline('图/文:精彩瞬间')).toBe(null);
  });

  it("reads a unit and the writer's post there before the name, in brackets, as the writer alone", () => {
    expect(byline('(柳岸镇青石村指导员 林小禾)')?.people).toEqual([inByline('林小禾', null)]);
    expect(byline('(柳岸社区网格员 周宁)')?.people).toEqual([inByline('周宁', null)]);
    // A post without its unit's name before it names no unit.
    expect(byline('(村指导员 林小禾)')).toBe(null);
  });
});

describe('`撰稿人:` names the writer, as `撰稿:` does', () => {
  it('in a bracket after the writer\'s unit, the review steps after the name left out', () => {
    expect(byline('(柳岸街道 撰稿人:林小雨 初审:林小雨 终审:周宁)')?.people).toEqual([{ name: '林小雨', role: '撰稿人', source: 'byline' }]);
    expect(byline('撰稿人:林小雨')?.people).toEqual([{ name: '林小雨', role: '撰稿人', source: 'byline' }]);
  });
});

describe('`UNIT:NAME` on a line of its own', () => {
  it("names the writer after the unit's colon, as a newsroom's signature does; a title after the colon names no one", () => {
    expect(byline('江城公益传播中心:何小磊')?.people).toEqual([inByline('何小磊', null)]);
    expect(byline('柳岸社区:义诊进社区')).toBe(null);
    // Words that are no unit's name before the colon sign nothing.
    expect(byline('活动现场:林小雨')).toBe(null);
  });
});

describe('`供稿:UNIT` on a line of its own', () => {
  it('names the unit that supplied the text, padded to a name\'s width or not, as it does in brackets', () => {
    expect(byline('供稿:校团委')?.people).toEqual([inByline('校团委', null)]);
    // A body of the sending unit's own, named alone and padded: the unit as written.
    expect(byline('供稿:团 委')?.people).toEqual([inByline('团委', null)]);
    expect(byline('供稿:精彩瞬间')).toBe(null);
  });

  it('names units that supplied it together, each as written, and reads a bar after 供稿 as its colon', () => {
    expect(byline('供稿|柳岸街道公卫委、计生协')?.people).toEqual([inByline('柳岸街道公卫委', null), inByline('计生协', null)]);
    expect(byline('供稿:柳岸社区、东湖小学')?.people).toEqual([inByline('柳岸社区', null), inByline('东湖小学', null)]);
    expect(byline('供稿丨校团委')?.people).toEqual([inByline('校团委', null)]);
    // The first must be an organisation's name: words that name no unit are no byline.
    expect(byline('供稿:精彩瞬间、美好时光')).toBe(null);
  });

  it('names the people who supplied it, as a byline names them', () => {
    expect(byline('供稿:林小禾、周宁')?.people).toEqual([inByline('林小禾', null), inByline('周宁', null)]);
    expect(byline('供稿:林小禾')?.people).toEqual([inByline('林小禾', null)]);
  });

  it('reads such a body alone in brackets below the text as the unit that sent it', () => {
    // (A suffix word is no name: without this rule `(团委)` named no one.)
    expect(byline('(团委)')?.people).toEqual([inByline('团委', null)]);
    expect(byline('(工会)')?.people).toEqual([inByline('工会', null)]);
  });
});

describe('two names parted by a slash, glued after the last sentence', () => {
  it('are the writers, each opening with a common surname', () => {
    const tail = glued('当天志愿者还为老人修理了电器。林小禾/周宁');
    expect(tail?.byline?.people).toEqual([inByline('林小禾', null), inByline('周宁', null)]);
    expect(tail?.at).toBe('当天志愿者还为老人修理了电器。'.length);
    // Words that are no names after the slash leave the text as it is.
    expect(glued('当天志愿者还为老人修理了电器。林小禾/电器')).toBe(null);
  });
});

describe("a unit, or a unit and a writer, glued after the last sentence", () => {
  it('signs the text, as a name glued there does: the unit whole, or the writer after it', () => {
    const text = '活动得到了居民们的积极参与。';
    const unit = glued(`${text}东坡中学团委`);
    expect(unit?.byline?.people).toEqual([inByline('东坡中学团委', null)]);
    expect(unit?.at).toBe(text.length);
    expect(glued(`${text}东坡中学志愿服务队林小禾`)?.byline?.people).toEqual([inByline('林小禾', null)]);
  });

  it("is no signature after a closing quotation mark (the quote's speaker, cut off), nor a paper or words that name no unit", () => {
    expect(glued('“我们会一直做下去。”柳岸社区居委会')?.byline ?? null).toBe(null);
    expect(glued('活动得到了居民们的积极参与。江城日报')?.byline ?? null).toBe(null);
    expect(glued('活动得到了居民们的积极参与。大家纷纷表示')).toBe(null);
  });
});

describe("a college site's `新闻:` field beside its `摄影:`", () => {
  it('names the writer, as `文字:` does; alone it is no credit', () => {
    const fields = credit('新闻:林小禾 / 摄影:周宁');
    expect(fields?.writers).toEqual([inByline('林小禾', null)]);
    expect(fields?.people).toEqual([inCredit('周宁', null)]);
    expect(credit('新闻:社区动态')).toBe(null);
  });
});

describe('`供稿:` beside `配图:`', () => {
  it('names who supplied the text and who supplied the pictures: the writer and the photographer', () => {
    const fields = credit('供稿: 林小禾 配图:周宁');
    expect(fields?.writers).toEqual([inByline('林小禾', null)]);
    expect(fields?.people).toEqual([inCredit('周宁', null)]);
    // `供稿:` alone is a line of its own (suppliedBy()), no credit.
    expect(credit('供稿: 林小禾')).toBe(null);
  });

  it("beside a writer's field, the supplier is where the copy came from: `供稿:UNIT 作者:NAME 摄影:NAME`", () => {
    const fields = credit('供稿:宣传科 作者:林小禾 摄影:周宁 编辑:陈平');
    expect(fields?.writers).toEqual([inByline('林小禾', null)]);
    expect(fields?.people).toEqual([inCredit('周宁', null)]);
    // (Alone beside the pictures' field, the supplier writes it.)
    expect(credit('供稿:宣传科 摄影:周宁')?.writers).toEqual([inByline('宣传科', null)]);
  });
});

describe('more fields and units of the thirty-ninth batch', () => {
  it('reads `拍摄:` as a field for the pictures, as `摄影:` is', () => {
    expect(credit('(撰稿:林小禾 拍摄:周宁 审核:陈平)')?.people).toEqual([inCredit('周宁', null)]);
    expect(credit('拍摄:周宁 文字:林小禾')?.writers).toEqual([inByline('林小禾', null)]);
  });

  it("reads a town's name of three characters or more before one name in brackets as the writer's unit", () => {
    expect(byline('(青石镇 林小禾)')?.people).toEqual([inByline('林小禾', null)]);
    // Two characters may be a person's name: two people.
    expect(byline('(王镇 李明)')?.people).toEqual([inByline('王镇', null), inByline('李明', null)]);
  });
});

describe("a source field, then the author's field, in the bracket after the last sentence", () => {
  it('names the writers: `(来源:江城网 作者:林小禾)`', () => {
    expect(glued('居民们都说这样的活动办得好。 (来源:江城网 作者:林小禾)')?.byline?.people.map((person) => person.name)).toEqual(['林小禾']);
    expect(glued('居民们都说这样的活动办得好。(来源:江城网 作者:林小禾 周宁)')?.byline?.people.map((person) => person.name)).toEqual(['林小禾', '周宁']);
  });
});

describe('`图/文 NAME` in the bracket after the last sentence', () => {
  it('names the writer, who took the pictures too, as `文/图 NAME` does: a byline, not a credit whose names open with 文', () => {
    for (const bracket of ['(图/文 林小禾)', '(图/文:林小禾)', '(文/图 林小禾)']) {
      const tail = glued(`巡堤队日夜轮班,堤上一切平安。${bracket}`);
      expect(tail?.byline?.people.map((person) => person.name), bracket).toEqual(['林小禾']);
    }
    // `图` alone before the names is the pictures' credit.
    expect(glued('巡堤队日夜轮班,堤上一切平安。(图 林小禾)')?.credit?.match.people.map((person) => person.name)).toEqual(['林小禾']);
  });
});

describe('a news site named alone in the last bracket', () => {
  it("is where the copy was taken from: the unit's bracket before it is the byline", () => {
    const tail = glued('巡堤队日夜轮班,堤上一切平安。(东湖区柳岸街道)(江城新闻网)');
    expect(tail?.byline?.people.map((person) => person.name)).toEqual(['东湖区柳岸街道']);
  });
});

describe('a paper named alone in the last bracket (2093, in our words)', () => {
  it('is the paper the copy was reprinted from, no writer: a trailer, as a news site is', () => {
    for (const paper of ['(江城都市报)', '(东湖日报)', '（江城晚报）']) {
      const tail = glued(`巡堤队日夜轮班,堤上一切平安。${paper}`);
      expect(tail, paper).toMatchObject({ trailer: true, byline: null, credit: null });
    }
    expect(glued('巡堤队日夜轮班,堤上一切平安。(东湖区柳岸街道)(江城都市报)')?.byline?.people.map((person) => person.name)).toEqual(['东湖区柳岸街道']);
  });
});

describe("a unit and a two-character name padded with a space, in the last bracket", () => {
  it('names the writer, the name without its padding: `(柳岸办事处 林 帆)`', () => {
    expect(glued('巡堤队日夜轮班,堤上一切平安。(柳岸办事处 林 帆)')?.byline?.people.map((person) => person.name)).toEqual(['林帆']);
    expect(glued('巡堤队日夜轮班,堤上一切平安。(柳岸办事处 林帆)')?.byline?.people.map((person) => person.name)).toEqual(['林帆']);
  });
});

describe('the words and pictures credited glued after the last sentence: `图文:UNIT NAME`', () => {
  it('name the writer, who took the pictures too, the page\'s editors after them left out', () => {
    for (const tail of [' 图文:林小禾', ' 图/文 林小禾', ' 图文:柳岸社区 林小禾 编辑、初审:周宁 复审:孔 越 终审:王 芳']) {
      expect(glued(`巡堤队日夜轮班,堤上一切平安。${tail}`)?.byline?.people.map((person) => person.name), tail).toEqual(['林小禾']);
    }
  });
});

describe('a newsroom, its colon and names alone on a line', () => {
  it('is a byline: `江城融媒:林小禾`', () => {
    expect(matchBylineLine('江城融媒:林小禾', DEFAULT_VOCABULARY)?.people.map((person) => person.name)).toEqual(['林小禾']);
    expect(matchBylineLine('江城日报:林小禾 周宁', DEFAULT_VOCABULARY)?.people.map((person) => person.name)).toEqual(['林小禾', '周宁']);
    // A header's organisation and its title are no newsroom and names.
    expect(matchBylineLine('柳岸社区:邻里节', DEFAULT_VOCABULARY)).toBeNull();
  });
});

describe('a byline line stamped with the time the copy was posted', () => {
  it('reads the names before the day and the time, the stamp no part of them', () => {
    expect(byline('江城在线 通讯员:林小雨 2024-08-12 18:03')?.people).toEqual([{ name: '林小雨', role: '通讯员', source: 'byline' }]);
    expect(byline('通讯员:林小雨 2024-08-12')?.people.map((person) => person.name)).toEqual(['林小雨']);
    // A stamp after no byline is no byline either.
    expect(byline('柳岸社区 2024-08-12 18:03')).toBe(null);
  });
});

describe('a bracket of names beside the word for their work, opening a paragraph', () => {
  const first = (text: string) => parse(text, {}).items[0]!;

  it('is the byline and the credit, at the start of a line or after a headline run into it (`TITLE (NAME 文/图)TEXT`)', () => {
    for (const page of [
      '柳岸中学开展消防演练\n(林小雨 文/图)4月29日,柳岸中学开展消防疏散演练,全校师生有序撤离。\n',
      '柳岸中学开展消防演练 (林小雨 文/图)4月29日,柳岸中学开展消防疏散演练,全校师生有序撤离。演练结束后,消防员给同学们讲解了灭火器的用法。\n',
    ]) {
      const item = first(page);
      expect([item.title, item.authors, item.credit?.verb, item.blocks[0]!.text.slice(0, 5)]).toEqual(['柳岸中学开展消防演练', ['林小雨'], '文/图', '4月29日']);
    }
  });

  it('`(NAME 报道)`: the name and its reporting, the byline opening the text', () => {
    const item = first('柳岸医院义诊进村\n\n(林小雨 报道)在端午佳节来临之际,柳岸医院的医生来到青石村,为村民义诊。\n');
    expect([item.authors, item.blocks[0]!.text.slice(0, 4)]).toEqual([['林小雨'], '在端午佳']);
  });

  it('not a bracket of words (`(见图 一)`) nor names without their work', () => {
    expect(first('柳岸中学开展消防演练\n(见图 一)4月29日,柳岸中学开展消防疏散演练,全校师生有序撤离。\n').authors).toEqual([]);
  });
});

describe('`文/摄` beside the name: who wrote the text and took its picture, as `文/图` says', () => {
  it('on its own line, with a colon or a space', () => {
    expect(byline('文/摄:林小雨')).toEqual({ inner: '文/摄:林小雨', people: [inByline('林小雨', null)], form: 'bare' });
    expect(byline('文/摄 林小雨')?.people).toEqual([inByline('林小雨', null)]);
  });

  it('glued after a sentence, or after a caption written as phrases (its field and colon are as sure a sign)', () => {
    expect(glued('志愿者给环卫工人送上腊八粥。 文/摄:林小雨')?.byline?.people).toEqual([inByline('林小雨', null)]);
    expect(glued('一碗小小的腊八粥 让环卫工人感受到温暖 文/摄:林小雨')).toEqual({ at: 19, byline: { inner: '文/摄:林小雨', people: [inByline('林小雨', null)], form: 'bare' }, credit: null, continuation: false, trailer: false });
    // (Not a name after a phrase without the field's colon: the phrase may go on.)
    expect(glued('一碗小小的腊八粥 让环卫工人感受到温暖 林小雨')).toBe(null);
  });
});

describe("an app's brand, a dot and any paper's name ending in 报, before the role", () => {
  it('is the role\'s newsroom, no one: `新江城·江城农民报通讯员 林小雨 周宁`', () => {
    expect(byline('新江城·江城农民报通讯员 林小雨 周宁')?.people).toEqual([inByline('林小雨', '通讯员'), inByline('周宁', '通讯员')]);
  });
});

describe('计生协, a family planning association by its short name, as 科协 and 体协 are', () => {
  it('is a unit in a byline, no person: `(天龙社区 计生协 任淑娇)` names one writer', () => {
    expect(byline('(天龙社区 计生协 任淑娇)')?.people).toEqual([inByline('任淑娇', null)]);
  });
});

describe("a picture's credit after a label written as a phrase and white space", () => {
  it('led by its verb and colon, or after 图为: `… 摄影:林溪`, `图为… 摄影 林溪`; not `摄影 X` after any phrase', () => {
    expect(glued('图为梯田里等待收割的稻谷 摄影:林溪')?.credit?.match.people.map((person) => person.name)).toEqual(['林溪']);
    expect(glued('图为梯田里等待收割的稻谷 摄影 林溪')?.credit?.match.people.map((person) => person.name)).toEqual(['林溪']);
    expect(glued('“长桌宴” 摄影 林溪')).toBe(null);
    expect(glued('学生们参加摄影兴趣小组')).toBe(null);
  });

  it("the picture's source field names the unit that supplied it: `活动现场 图片来源:柳岸社区`", () => {
    expect(glued('活动现场 图片来源:柳岸社区')?.credit?.match.people.map((person) => person.name)).toEqual(['柳岸社区']);
    expect(glued('活动现场图片来源:柳岸社区')).toBe(null);
  });
});

describe("the page's note of where its copy came from, after the last item's text", () => {
  it('glued after the last sentence, or alone on its line, is a line about the copy: `本版图文均据新华社电`', () => {
    expect(glued('学校建成了楼顶操场。   本版图文均据新华社电')).toEqual({ at: 10, byline: null, credit: null, continuation: false, trailer: true });
    expect(glued('居民们都很满意。本版图片由柳岸社区提供')?.trailer).toBe(true);
    expect(readLine('本版图文均据新华社电', DEFAULT_VOCABULARY).furniture).toBe('web copy line');
    // (Not a sentence that says so in the text's words.)
    expect(readLine('本版文章据新华社电讯改写而成,特此说明。', DEFAULT_VOCABULARY).furniture).toBe(null);
  });
});

describe('a work word and a vertical stroke before the name, as web copies print their fields', () => {
  it('`文丨X` names the writer and `图丨X` the photographer, as `文/X` and `图/X` do', () => {
    expect(byline('文丨林小雨')?.people.map((person) => person.name)).toEqual(['林小雨']);
    expect(byline('文｜林小雨')?.people.map((person) => person.name)).toEqual(['林小雨']);
    expect(credit('图丨周宁')?.people.map((person) => person.name)).toEqual(['周宁']);
    expect(credit('摄影｜周宁')?.people.map((person) => person.name)).toEqual(['周宁']);
  });
});
