// The rules of the organisation recogniser (organisations.ts) one by one: where
// a name starts and ends, which stems name no one, what the convention leaves
// out before a name, which name opens a text, and the area an item is about.
// Each case is a sentence written for the rule; the expected names are read
// from it by hand.

import { describe, expect, it } from 'vitest';
import { firstAdministrativeArea, firstOrganisation, firstOrganisationOf, isOrganisationName, openingOrganisations, organisationsIn, tailNamedAlone } from '../../src/parse/organisations.js';
import { DEFAULT_VOCABULARY, extendVocabulary } from '../../src/parse/vocabulary.js';
import { parse } from '../../src/parse/parser.js';

const names = (text: string, vocabulary = DEFAULT_VOCABULARY) => organisationsIn(text, vocabulary).map((mention) => mention.name);
const first = (text: string) => firstOrganisation(text, DEFAULT_VOCABULARY);
const opening = (text: string) => openingOrganisations(text, DEFAULT_VOCABULARY);

describe('where a name starts', () => {
  it('经 before 济 is the economy a name opens with, not 经 "by way of"', () => {
    expect(names('近日,经济管理学院开展活动。')).toEqual(['经济管理学院']);
    expect(names('经济技术开发区管委会召开会议。')).toEqual(['经济技术开发区管委会']);
    expect(names('经街道批准,柳岸社区开展活动。')).toEqual(['柳岸社区']);
  });

  it('帮 (helping) before a unit is the verb, not the name: `学生帮敬老院的老人…`', () => {
    expect(names('酒店专业的学生帮青石敬老院的老人整理内务。')).toEqual(['青石敬老院']);
  });

  it('谢谢, 感谢 and 助力 are verbs before their object, and 一场 a measure word: none opens a name', () => {
    expect(names('“真是要好好谢谢社区的同志们!”')).toEqual([]);
    expect(names('居民们感谢柳岸小学的老师。')).toEqual(['柳岸小学']);
    expect(names('助力学校争创文明单位。')).toEqual([]);
    expect(names('这是一场社区团圆的家宴。')).toEqual([]);
  });

  it('和平 and one character after a city is a street\'s or road\'s name (`和平街`), 和 no conjunction there', () => {
    expect(names('江城市和平街办事处党工委副书记说。')).toEqual(['江城市和平街办事处']);
    expect(names('居民和东湖社区的志愿者一起打扫。')).toEqual(['东湖社区']);
  });

  it('中医 after a number is a hospital of Chinese medicine, not the number\'s middle school (`第三中医医院`)', () => {
    expect(names('江城市第三中医医院组织义诊。')).toEqual(['江城市第三中医医院']);
    expect(names('德兴三中的老师走进社区。')).toEqual(['德兴三中']);
  });

  it('分会, a branch of an association, ends a name (`青年志愿者分会`); a 分会场 is a venue', () => {
    expect(names('东湖街道青年志愿者分会组织志愿者清理积水。')).toEqual(['东湖街道', '青年志愿者分会']);
    expect(isOrganisationName('志愿者分会', DEFAULT_VOCABULARY)).toBe(true);
    expect(names('在主会场和分会场同时举行。')).toEqual([]);
  });

  it('精神文明社区 is a title of honour and 温情 a word of praise: neither names a community as a slogan\'s object', () => {
    expect(names('走访了道德模范、精神文明社区、示范单位。')).toEqual([]);
    expect(names('携手家园植绿 共建温情社区')).toEqual([]);
    // One word of praise alone is a name, as 幸福社区 is.
    expect(names('温情社区开展活动。')).toEqual(['温情社区']);
  });

  it('a central village, 中心村, is a village: 中心 there extends no town\'s name', () => {
    expect(names('村民在江城市柳岸镇中心村晾晒玉米。')[0]).toBe('江城市柳岸镇');
    // Nor does a town's centre, its 中心城区, extend the town's name; its 中心小学 does.
    expect(names('柳岸镇中心城区的道路')).toEqual(['柳岸镇']);
    expect(names('柳岸镇中心小学组织学生')).toEqual(['柳岸镇中心小学']);
  });

  it('after a count\'s digits, 名, 位, 个 or 户 is its measure word, no name\'s first character', () => {
    expect(names('对全区555名城乡生活困难低保户进行慰问。')).toEqual([]);
    expect(names('为30位社区老人送去月饼。')).toEqual([]);
  });

  it('小镇, a small town, is a kind of place: no town is named with 小 before its 镇', () => {
    expect(names('这座昔日的边陲小镇华丽转身。')).toEqual([]);
    expect(names('柳岸镇举办活动。')).toEqual(['柳岸镇']);
  });

  it('应 before a body that invites (`应柳岸社区的邀请`) is "at the call of", no part of its name; 应急 and 应用 are', () => {
    expect(names('应梅苑社区的邀请,江城老年开放大学走进社区。')).toEqual(['梅苑社区', '江城老年开放大学']);
    expect(names('应东湖小学之邀,志愿者前往授课。')).toEqual(['东湖小学']);
    expect(names('应急管理局邀请专家授课。')).toEqual(['应急管理局']);
    expect(names('应用技术学院邀请专家授课。')).toEqual(['应用技术学院']);
  });

  it('和 and one character before 市 is a city\'s name (`和龙市`), not 和 joining two words', () => {
    expect(names('近日,延边州和龙市光东村的稻田迎来丰收。')).toEqual(['延边州和龙市光东村']);
    expect(names('居民和龙湖社区的志愿者一起打扫。')).toEqual(['龙湖社区']);
  });

  it('a place named alone elsewhere in the text loses what stands before it once: a bare prefix or a sentence\'s words', () => {
    const alone = (name: string, ...texts: string[]) => tailNamedAlone(name, texts, DEFAULT_VOCABULARY);
    // A county's name without its unit (`怀柔`), a city's and a county's (`青岛即墨`), the text naming the town alone after a
    // bracket or a comma.
    expect(alone('怀柔汤河口镇', '团队来到怀柔汤河口镇。', '区第二医院(汤河口镇中心卫生院)的医生')).toBe('汤河口镇');
    expect(alone('青岛即墨潮海街道', '近日,青岛即墨潮海街道开展活动。', '端午节来临之际,潮海街道组织居民包粽子。')).toBe('潮海街道');
    // Named only after the prefix, or after other words of a name, it keeps it.
    expect(alone('怀柔汤河口镇', '团队来到怀柔汤河口镇。怀柔汤河口镇的村民')).toBe('怀柔汤河口镇');
    expect(alone('东湖花园社区', '东湖花园社区的居民和南湖花园社区的居民')).toBe('东湖花园社区');
    // A prefix that holds a unit of the map is the prefix rules' (`柳岸镇东湖村` names its town first), and a prefix or a
    // stem of one character is none (`新柳岸村`, another village).
    expect(alone('柳岸镇东湖村', '柳岸镇东湖村的村民', ',东湖村的村民')).toBe('柳岸镇东湖村');
    expect(alone('新柳岸村', '新柳岸村的村民', ',柳岸村的村民')).toBe('新柳岸村');
    // Only the places an item is about: a school keeps its name.
    expect(alone('江城实验小学', '江城实验小学的学生', ',实验小学的学生')).toBe('江城实验小学');
  });

  it('a working committee, 工委, names a body in running text, as 管委会 does', () => {
    expect(names('柳岸街道工委联合东湖小学开展活动。')).toEqual(['柳岸街道工委', '东湖小学']);
    expect(names('近日,九三学社江城市青工委赴青石镇义诊。')).toEqual(['九三学社江城市青工委', '青石镇']);
  });

  it('我校 and 我院 stand before the part of the school that is named: `我校财政学院` names 财政学院', () => {
    expect(names('近日,我校财政学院举办歌手比赛。')).toEqual(['财政学院']);
    expect(names('由我院青年志愿者协会主办。')).toEqual(['青年志愿者协会']);
    // An office speaking of itself before a verb names no one.
    expect(names('我局已督促物业公司整改。')).toEqual([]);
  });

  it('于 after a day or a unit that acts is "at", no name\'s first character (2102, in our words)', () => {
    expect(names('3月21日,我院于柳岸社区开展义诊。')).toEqual(['柳岸社区']);
    expect(names('3月21日于柳岸社区开展义诊。')).toEqual(['柳岸社区']);
    expect(names('江城医院于东湖街道开展义诊。')).toEqual(['江城医院', '东湖街道']);
    // After a verb too, inside a stem: `就读于…`, `成立于…`.
    expect(names('这是就读于柳岸完小的林同学。')).toEqual(['柳岸完小']);
    // After a word for those who act too: `学生们于…`, `我们学校于…`.
    expect(names('学生们于柳岸社区开展义诊。')).toEqual(['柳岸社区']);
    expect(names('我们学校于柳岸社区开展义诊。')).toEqual(['柳岸社区']);
    // A name that opens with 于 keeps it where nothing before makes it "at".
    expect(names('近日,于家村组织村民植树。')).toEqual(['于家村']);
  });

  it("记 opens a feature's subtitle, not a name; inside a name, or as 记者, it is the name's", () => {
    expect(names('——记东湖街道老街改造')).toEqual(['东湖街道']);
    expect(names(',印记社区开展活动。')).toEqual(['印记社区']);
    expect(names(',记者协会举办培训。')).toEqual(['记者协会']);
  });

  it('正式 (officially) is no word of a name: a headline of a formal opening is no name, though it ends in a suffix', () => {
    expect(isOrganisationName('柳岸街道青石社区文化馆正式开馆', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('青石社区图书馆', DEFAULT_VOCABULARY)).toBe(true);
  });

  it('暨 joins two events or bodies and ends what stands before it; 暨南 and 暨阳 open names, 诸暨 is a city', () => {
    expect(names('秋季健步走活动暨柳岸镇第二届篮球赛开幕。')).toEqual(['柳岸镇']);
    expect(names('近日,暨南大学志愿者走进社区。')).toEqual(['暨南大学']);
    // Nor does it end the name of the one city that ends with it.
    expect(first('诸暨市中医医院团委组织医护人员开展义诊。')).toBe('中医医院');
  });

  it('a name inside book-title marks is a work\'s title (a law, a book), not a body that acts', () => {
    expect(names('宣传新修订的《中国红十字会法》,柳岸县红十字会开展宣传活动。')).toEqual(['柳岸县红十字会']);
    expect(names('《柳岸社区志》首发式在东湖街道举行。')).toEqual(['东湖街道']);
  });

  it('位于 (lying in) says where a place is: the town after it is the name', () => {
    expect(names('游客走进位于柳岸乡东湖村的农家小院。')).toEqual(['柳岸乡', '东湖村']);
  });

  it('看 after 去 is the verb: 一起去看东湖社区 names 东湖社区', () => {
    expect(names('“一起去看东湖社区”寻访活动')).toEqual(['东湖社区']);
    expect(names(',带孩子去看望柳岸社区的老人。')).toEqual(['柳岸社区']);
  });

  it('a verb that takes a place as its object ends what stands before it (把资源带入社区, 干部包联社区, 情系敬老院), as 关于 does', () => {
    expect(names(',把辅导资源带入社区。')).toEqual([]);
    expect(names(',机关干部包联社区,每周走访。')).toEqual([]);
    expect(names(',党员干部包保柳岸社区。')).toEqual(['柳岸社区']);
    expect(names('青年投身乡村振兴,情系敬老院。')).toEqual([]);
    expect(names(',积极配合镇里开展排查。')).toEqual([]);
    expect(names('关于柳岸村的公示')).toEqual(['柳岸村']);
    // So does belonging to one: `属于`.
    expect(names(',该小区属于柳岸社区管辖。')).toEqual(['柳岸社区']);
  });

  it("a government department's office is a name in running text, alone or after its place, and the convention names it without the place", () => {
    expect(names('记者近日从市民政局了解到,柳岸社区开展了活动。')).toEqual(['民政局', '柳岸社区']);
    expect(names(',民政局开展走访。')).toEqual(['民政局']);
    expect(names('近日,临河县教育局组织开展读书月活动。')).toEqual(['临河县教育局']);
    expect(first('近日,临河市民政局组织开展培训。')).toBe('民政局');
    expect(first('临河市关工委联合柳岸小学开展活动。')).toBe('关工委');
    expect(first('东湾县老干部局组织老同志参观。')).toBe('老干部局');
    // A post after the office names its holder (`局长`): the office is not the one at work.
    expect(names('副区长林帆、区民政局局长周晓到柳岸社区调研。')).toEqual(['柳岸社区']);
    // 市民 before anything but 政 stays the citizens.
    expect(names('东湾区市民驿站开放了。')).toEqual([]);
  });

  it('a conjunction that opens a clause opens no name: 不仅社区变美了', () => {
    expect(names(',不仅社区变美了,居民的笑容也多了。')).toEqual([]);
    expect(names(',而且学校的操场也开放了。')).toEqual([]);
    expect(names(',不仅柳岸社区换了新颜。')).toEqual(['柳岸社区']);
    // 但 (but) alone too: `天很冷,但东湖乡南坪小学的孩子…`.
    expect(names('天很冷,但东湖乡南坪小学的孩子照常上课。')).toEqual(['东湖乡', '南坪小学']);
    // 而 (whereas) too: `…,而柳岸社区的做法是…`.
    expect(names('别处多是上门登记,而柳岸社区的做法是请居民来聊一聊。')).toEqual(['柳岸社区']);
  });

  it('the county town before a name is no part of it: 县城柳岸小区, not 城柳岸小区', () => {
    expect(names('近日,县城柳岸小区物业组织人员清理楼道。')).toEqual(['柳岸小区']);
    // 县 alone before a name is still left out as before.
    expect(names('近日,县柳岸小区物业组织人员清理楼道。')).toEqual(['柳岸小区']);
  });

  it('the 市 of 市民 (citizens) ends no city: 东湾区市民服务中心 keeps its 市 when the district is left out', () => {
    expect(first('近日,东湾区市民服务中心开展活动。')).toBe('市民服务中心');
    // A city before a name is still left out as a unit: 临河市柳岸社区.
    expect(first('近日,临河市柳岸社区开展活动。')).toBe('柳岸社区');
  });

  it("居民区, a residents' area of a neighbourhood committee, ends a name in running text: 柳岸居民区", () => {
    expect(names('3月2日,柳岸居民区开展垃圾分类宣传。')).toEqual(['柳岸居民区']);
    expect(names('志愿者走进居民区,发放宣传单。')).toEqual([]);
  });

  it('a boundary word that opens the run ends nothing before it, but the name starts after it', () => {
    expect(names('志愿者们,给柳岸社区送去春联。')).toEqual(['柳岸社区']);
  });

  it('和 opening a name with no name right before it is the name’s: 和平里社区 at the text’s start, or after a clause mark', () => {
    // Only right after a name does 和 join it to the next (`柳岸社区和东湖社区`); here nothing stands before it.
    expect(names('和平里社区开展邻里节活动。')).toEqual(['和平里社区']);
    expect(names('柳岸社区开展活动,和平里社区也派人参加。')).toEqual(['柳岸社区', '和平里社区']);
  });

  it('a stem is twelve characters at most, and the cut takes one more where it would leave a province’s last character alone', () => {
    // 东江省 would be cut to 江省 by the twelve: the stem takes its 东 too, and the name is read from the text's start.
    expect(organisationsIn('东江省临河市东湾区柳岸花园社区近日开展活动。', DEFAULT_VOCABULARY).map((m) => [m.name, m.at])).toEqual([['东江省临河市东湾区柳岸花园社区', 0]]);
    // Cut at 临河市: the character after the cut is no unit's, so the twelve stand (not 省临河市…).
    expect(names('东江省临河市东湾区柳岸花园北苑社区近日开展活动。')).toEqual(['临河市东湾区柳岸花园北苑社区']);
    // A stem of exactly twelve from the run's start (沛县 opens it) is read whole, not one character before the run.
    expect(names('沛县东湖新城柳岸花园北苑社区近日开展活动。')).toEqual(['沛县东湖新城柳岸花园北苑社区']);
    expect(names('居民说,沛县东湖新城柳岸花园北苑社区开展活动。')).toEqual(['沛县东湖新城柳岸花园北苑社区']);
  });

  it('a boundary word is read inside the stem only: 举 before 办事处 is part of the name, not 举办', () => {
    expect(names(',新举办事处开展活动。')).toEqual(['新举办事处']);
  });

  it('a suffix that opens a run is part of the next name’s stem: 中心街社区, 大学路社区', () => {
    expect(names(',中心街社区开展活动。')).toEqual(['中心街社区']);
    expect(names(',大学路社区开展活动。')).toEqual(['大学路社区']);
  });

  it('a one-character suffix needs a stem of two characters; after one it is part of the name: 五乡镇', () => {
    expect(names(',五乡镇开展活动。')).toEqual(['五乡镇']);
    expect(names(',柳乡开展活动。')).toEqual([]);
  });

  it('a longer suffix after one character makes no name either: 该社区', () => {
    expect(names(',柳社区开展活动。')).toEqual([]);
  });
});

describe('words ending in 所, 会 and 区', () => {
  it('a police station, a society or a federation names a body in running text', () => {
    expect(names('日前,柳岸派出所走进校园讲安全。')).toEqual(['柳岸派出所']);
    expect(names('近日,临河书法研究会组织会员写春联。')).toEqual(['临河书法研究会']);
    expect(names('东湖文化促进会和西山青年联合会一同开展活动。')).toEqual(['东湖文化促进会', '西山青年联合会']);
  });

  it("a Party committee's research office names a body, in running text and before a writer in an author's field (2176, in our words)", () => {
    expect(names('近日,江城市委党史研究室组织党员学习。')).toEqual(['江城市委党史研究室']);
    expect(isOrganisationName('江城市委党史研究室', DEFAULT_VOCABULARY)).toBe(true);
    const [item] = parse('柳岸村庆祝六一\n作者:江城市委党史研究室 林小雨    发布时间:2019/6/1\n近日,柳岸村小学举办庆祝六一活动,孩子们载歌载舞。\n', { year: 2019 }).items;
    expect(item!.authors).toEqual(['林小雨']);
  });

  it("a brigade or a detachment names a body in running text; a bureau's brigade and squadron are named after the bureau", () => {
    expect(names('近日,柳岸县消防救援大队走进校园。')).toEqual(['柳岸县消防救援大队']);
    expect(names('临河市武警支队官兵参加植树。')).toEqual(['临河市武警支队']);
    expect(first('近日,临河市公安局交警大队组织宣传队走进社区。')).toBe('公安局交警大队');
    expect(first('近日,临河市公安局东湖交警大队柳岸中队联合社区开展宣传。')).toBe('公安局东湖交警大队柳岸中队');
    expect(first('近日,柳岸县城管局执法中队清理占道摊点。')).toBe('城管局执法中队');
    // A police station of the bureau too.
    expect(first('近日,柳岸县公安局青石派出所民警走进校园。')).toBe('公安局青石派出所');
    // A word that joins the two: the brigade is a name of its own.
    expect(names('近日,柳岸县公安局联合交警大队走进社区。')).toEqual(['柳岸县公安局', '交警大队']);
  });

  it('a management district names a body, its 管理 no verb before the suffix', () => {
    expect(names('近日,青石山管理区开展义诊活动。')).toEqual(['青石山管理区']);
  });

  it('所 or 会 alone after a stem is no name there', () => {
    expect(names('日前,柳岸工商所走进市场。')).toEqual([]);
    expect(names('近日,临河书法会组织会员写春联。')).toEqual([]);
  });
});

describe('a date before a name', () => {
  // The date's digits end the run, and its 日 stood before the name: `日柳岸社区`.
  it('a date of month and day is no part of the name', () => {
    expect(names('12月3日柳岸社区开展活动。')).toEqual(['柳岸社区']);
    expect(names('１２月３日柳岸社区开展活动。')).toEqual(['柳岸社区']);
  });

  it('a date and the leading words after it: 3月5日上午', () => {
    expect(names('3月5日上午柳岸社区开展活动。')).toEqual(['柳岸社区']);
  });

  it('a name that starts with 日 or 月 after no date keeps it: 日新社区, 月湖社区', () => {
    expect(names(',日新社区开展活动。')).toEqual(['日新社区']);
    expect(names('第3月湖社区开展活动。')).toEqual(['月湖社区']);
  });
});

describe('characters a name is made of', () => {
  it('punctuation ends a run: the name after a comma does not take what stands before it', () => {
    expect(names('居民们，柳岸社区开展活动。')).toEqual(['柳岸社区']);
    expect(names('居民们,柳岸社区开展活动。')).toEqual(['柳岸社区']);
  });

  it('a character beyond the Basic Plane is part of a name, from the first of U+20000 on to the last of U+2FFFF', () => {
    for (const codePoint of [0x20000, 0x2000b, 0x212be, 0x2a6df, 0x2ffff]) {
      const character = String.fromCodePoint(codePoint);
      expect(names(`，${character}柳社区开展活动。`), codePoint.toString(16)).toEqual([`${character}柳社区`]);
    }
  });

  it('an emoji ends a run as punctuation does: neither half of it is part of the name', () => {
    expect(names('好消息😀柳岸社区开展活动。')).toEqual(['柳岸社区']);
  });
});

describe('the countryside is no township or village', () => {
  it('乡村 is neither a township (乡) nor a village (村)', () => {
    expect(names(',花园乡村开展活动。')).toEqual([]);
  });

  it('农村 is no village', () => {
    expect(names(',临河农村开展活动。')).toEqual([]);
  });

  it('乡 and 农 before other suffixes are part of a name: 河口乡中学, 神农社区', () => {
    expect(names(',神农社区开展活动。')).toEqual(['神农社区']);
    expect(names(',河口乡中学开展活动。')).toEqual(['河口乡中学']);
  });

  it('a township followed by anything but 村 is a township: 花园乡', () => {
    expect(names(',花园乡开展活动。')).toEqual(['花园乡']);
  });

  it('城乡 after a conjunction is town and country, no township: 住房和城乡建设; 中城乡 is one', () => {
    expect(names(',市住房和城乡建设部门到柳岸社区调研。')).toEqual(['柳岸社区']);
    expect(names(',工业与城乡规划。')).toEqual([]);
    // Only 城 before 乡 after the conjunction: `和平乡` after a county is a township.
    expect(names(',临河县和平乡开展春耕培训。')).toEqual(['临河县和平乡']);
    expect(names(',中城乡举办活动。')).toEqual(['中城乡']);
  });

  it('城乡 before what town and country have together is no township: 扮靓城乡环境; 古城乡 before a verb or a body is one', () => {
    expect(names('为扮靓城乡环境,柳岸社区的志愿者清扫街巷。')).toEqual(['柳岸社区']);
    expect(names(',推动城乡一体化发展。')).toEqual([]);
    // After a conjunction, whatever follows: `工业和城乡协同`.
    expect(names(',推动工业和城乡协同。')).toEqual([]);
    expect(names(',古城乡开展春耕培训。')).toEqual(['古城乡']);
    expect(names(',古城乡党委组织党员学习。')).toEqual(['古城乡']);
  });

});

describe('中心 of a place is no centre', () => {
  it('中心城区, 中心广场 name no centre', () => {
    expect(names('志愿者们在临河中心城区开展活动。')).toEqual([]);
    expect(names('志愿者们在临河中心广场开展活动。')).toEqual([]);
  });

  it('the words of a place after another suffix do not undo its name: 柳岸社区广场', () => {
    expect(names(',柳岸社区广场上开展活动。')).toEqual(['柳岸社区']);
  });
});

describe('the longest name wins, except inner bodies and one-character suffixes', () => {
  it('a party branch or a union after a name is the name’s own: the scan goes on after it', () => {
    expect(names('柳岸社区党支部开展活动。')).toEqual(['柳岸社区']);
    expect(organisationsIn('柳岸社区工会南门小学结对。', DEFAULT_VOCABULARY)).toEqual([
      { name: '柳岸社区', at: 0 , next: 6 },
      { name: '南门小学', at: 6, next: 10 },
    ]);
  });

  it('a one-character suffix after a name begins the next name: 河口街道镇北社区', () => {
    expect(names('河口街道镇北社区开展活动。')).toEqual(['河口街道', '镇北社区']);
  });

  it('an institution named after the community it serves is one name with it', () => {
    expect(names('松岭社区卫生服务中心开展义诊。')).toEqual(['松岭社区卫生服务中心']);
    expect(names('松岭社区幼儿园开学。')).toEqual(['松岭社区幼儿园']);
  });

  it('words that start like a serving institution but are none stay out of the name', () => {
    expect(names('松岭社区卫生所开展义诊。')).toEqual(['松岭社区']);
  });

  it('a body of a school left unnamed is no name, whichever suffixes share the school’s first character: 中学党支部, 学校党委', () => {
    // 中学 shares its 中 with 中心, 中心小学…; 学校 its 学 with 学院: the stem is still a suffix alone, as in 社区党总支.
    expect(names(',中学党支部开展主题党日活动。')).toEqual([]);
    expect(names(',学校党委组织教师学习。')).toEqual([]);
  });
});

describe('names quoted whole', () => {
  it.each([
    ['“', '”'],
    ['「', '」'],
    ['『', '』'],
    ['"', '"'],
  ])('%s柳岸社区%s is a title, not an organisation', (open, close) => {
    expect(names(`${open}柳岸社区${close}`)).toEqual([]);
  });

  it('a closing quote after a name that opens no quote leaves the name', () => {
    expect(names('“走进柳岸社区”主题活动')).toEqual(['柳岸社区']);
  });

  it('a group named by a quoted name keeps a word of its kind that opens with 和 after the quote: “暖心”和谐服务队', () => {
    expect(names('“暖心”和谐服务队走进柳岸社区。')).toEqual(['“暖心”和谐服务队', '柳岸社区']);
  });
});

describe('stems that name no one', () => {
  it('a single word of praise is a name, two or more describe: 幸福社区, 幸福和谐社区', () => {
    expect(names(',幸福社区开展活动。')).toEqual(['幸福社区']);
    expect(names(',幸福和谐社区开展活动。')).toEqual([]);
    expect(names(',和谐平安社区开展活动。')).toEqual([]);
  });

  it('a single word of praise after a verb of building is a slogan, not a name: 共建文明社区, 营造和谐社区的风气', () => {
    expect(names('居民们一起共建文明社区。')).toEqual([]);
    expect(names('为营造和谐社区的风气,柳岸社区开展活动。')).toEqual(['柳岸社区']);
    expect(names('重阳登高·共筑平安社区')).toEqual([]);
    // Other verbs take a named community as their object: 走进 goes into one.
    expect(names('志愿者走进幸福社区。')).toEqual(['幸福社区']);
  });

  it('a road named by a one-character word of the boundary list keeps it: 自由路街道, 自由街社区', () => {
    expect(names('近日,东湖区自由路街道开展活动。')).toEqual(['东湖区自由路街道']);
    expect(names('居民们来到自由街社区。')).toEqual(['自由街社区']);
    // The towns and sub-districts together are no road: `各街镇`.
    expect(names('我区各街镇组织志愿者。')).toEqual([]);
  });

  it("a 街道's communities at large are no community: 东湖街道社区志愿组织; its health centre is one name", () => {
    expect(names('近日,东湖街道社区志愿组织联合会成立。')).toEqual(['东湖街道']);
    expect(names('东湖街道社区卫生室的医生为居民义诊。')).toEqual(['东湖街道社区卫生室']);
  });

  it('after a 街道, a suffix word before 社区 names the next unit: 东湖街道学院社区', () => {
    expect(names('东湖街道学院社区的居民合唱。')[0]).toBe('东湖街道');
  });

  it("culture's houses are named in running text as a county's offices are, written without the county before them: 东湖县文化馆 → 文化馆", () => {
    expect(names('近日,东湖县文化馆举办书画展。')).toEqual(['东湖县文化馆']);
    expect(firstOrganisation('近日,东湖县文化馆举办书画展。', DEFAULT_VOCABULARY)).toBe('文化馆');
    // Alone, a kind of place: the school's library.
    expect(names('孩子们在图书馆里读了一上午的书。')).toEqual([]);
    // A house with a name of its own keeps it.
    expect(names('柳岸村史博物馆昨日开馆。')).toEqual(['柳岸村史博物馆']);
  });

  it("a level opens an honour's name given to a place (县级书法村), not a body of that level (县级志愿者协会)", () => {
    expect(names('全县首批县级书法村评选启动。')).toEqual([]);
    expect(names('柳岸村被评为省级森林乡村。')).toEqual(['柳岸村']);
    expect(names('团县委依托县级志愿者协会开展活动。')).toEqual(['团县委', '县级志愿者协会']);
  });

  it("culture's bureau under its merged names is a department's office: 县文广旅体局 → 文广旅体局", () => {
    expect(names('近日,由县文广旅体局、县文联主办的书法展开幕。')[0]).toBe('文广旅体局');
    expect(names('昨日,市文广新局组织书法家下乡。')).toEqual(['文广新局']);
  });

  it('a time word after another word stands before the name: 这是近几日柳岸镇, 连日来; the main streets name none', () => {
    expect(names('“快撤离!”这是近几日柳岸镇工作群里最常见的话。')).toEqual(['柳岸镇']);
    expect(names('近几日柳岸镇全力防汛。')).toEqual(['柳岸镇']);
    expect(names('连日来,青石村组织巡逻。')).toEqual(['青石村']);
    expect(names('在城区主要街道设立宣传点。')).toEqual([]);
  });

  it('verbs of going into or arriving at a place end what stands before its name: 驶入, 到达, 往返', () => {
    expect(names('普法宣传车驶入东湖街道,为居民答疑。')).toEqual(['东湖街道']);
    expect(names('客车每天往返柳岸集镇和县城。')).toEqual(['柳岸集镇']);
    expect(names('队伍上午9点到达青石村。')).toEqual(['青石村']);
  });

  it('verbs of falling on a day end a stem: 恰逢, 适逢 name what the day is', () => {
    expect(names('当天,恰逢青石敬老院两位老人过生日,大家一起唱起生日歌。')).toEqual(['青石敬老院']);
    expect(names('适逢柳岸小学六十周年校庆,校友们纷纷返校。')).toEqual(['柳岸小学']);
  });

  it('安排 ends a stem: the office it sets to work is named after it', () => {
    expect(names('接到反映后,热线立即安排东湖街道办事处上门核查。')).toEqual(['东湖街道办事处']);
  });

  it('verbs of showing end a stem: what is shown is their object', () => {
    expect(names('要展示农村学校的新风貌,柳岸小学举办运动会。')).toEqual(['柳岸小学']);
  });

  it('乡邻 (the neighbours) opens a word: its 乡 ends no township', () => {
    expect(names('书香暖乡邻,柳岸村的书屋开张了。')).toEqual(['柳岸村']);
  });

  it('going down to the countryside is a verb: 文化下乡, 送春联下乡; a township named 山下乡 stays one', () => {
    expect(names('送春联下乡 乐坏了村民')).toEqual([]);
    expect(names('近日,文化下乡活动走进柳岸村。')).toEqual(['柳岸村']);
    expect(names('近日,岭下乡开展巡河。')).toEqual(['岭下乡']);
    expect(names('东湖县岭下乡开展巡河。')).toEqual(['东湖县岭下乡']);
    // `三下乡`, the campaign that sends culture, science and health to the countryside: a numeral names no township.
    expect(names('三下乡社会实践活动在柳岸村开展。')).toEqual(['柳岸村']);
    expect(isOrganisationName('三下乡', DEFAULT_VOCABULARY)).toBe(false);
  });

  it('了解 (learning about) before a name is a verb, not 了 and a name opening with 解', () => {
    expect(names('通过了解柳岸村的历史,同学们收获很大。')).toEqual(['柳岸村']);
    expect(names('前往青石村了解家乡的变化。')).toEqual(['青石村']);
  });

  it('a slogan\'s verb before 社区 or 村 (暖, 满, 跑, 回) ends no name: 书香暖社区, 花灯满村, 天天跑村, 过年回村', () => {
    expect(names('书香暖社区 读书会开到家门口')).toEqual([]);
    expect(names('元宵节花灯满村,青石村的村民们忙着猜灯谜。')).toEqual(['青石村']);
    expect(names('驻村干部天天跑村入户,柳岸村的难题少了。')).toEqual(['柳岸村']);
    expect(names('外出务工的青年过年回村,柳岸村热闹起来。')).toEqual(['柳岸村']);
    // (A town's name may end in 回: `颍回镇`; 镇 is no community nor village.)
    expect(names('近日,东回镇开展巡河。')).toEqual(['东回镇']);
  });

  it('a headline phrase ending in 下乡 is no whole name either: a header needs a township before its space', () => {
    expect(isOrganisationName('送戏下乡', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('科技下乡', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('岭下乡', DEFAULT_VOCABULARY)).toBe(true);
    expect(isOrganisationName('东湖县岭下乡', DEFAULT_VOCABULARY)).toBe(true);
  });

  it('serving the community is a verb and its object: 服务社区居民', () => {
    expect(names('让青年服务社区、奉献邻里,东湖社区组织活动。')).toEqual(['东湖社区']);
    expect(names('青年志愿者服务社区居民。')).toEqual([]);
  });

  it('describing words, alone or with praise, describe: 老旧小区, 美丽幸福村', () => {
    expect(names(',老旧小区改造。')).toEqual([]);
    expect(names(',美丽幸福村建设。')).toEqual([]);
  });

  it('the kinds of village describe: 行政村, 自然村; a name before them names one', () => {
    expect(names('全镇共有12个行政村、86个自然村。')).toEqual([]);
    expect(names('东湖行政村开展清洁行动。')).toEqual(['东湖行政村']);
  });

  it('a stem that starts with describing words and goes on otherwise is a name: 中城乡, 和平社区', () => {
    expect(names(',中城乡举办活动。')).toEqual(['中城乡']);
    expect(names(',和平社区举办活动。')).toEqual(['和平社区']);
  });

  it('describing words after a province, city, county or district describe still', () => {
    expect(names('临河市老旧小区改造。')).toEqual([]);
    expect(names('临河区老旧小区改造。')).toEqual([]);
    expect(names('新县老旧小区改造。')).toEqual([]);
    expect(names('临河区新型小区改造。')).toEqual([]);
  });

  it('describing words after a unit alone describe still: a city’s urban area (市区), the district’s (区)', () => {
    expect(names('临河市区老旧小区改造。')).toEqual([]);
    expect(first('临河市区老旧小区改造。')).toBeNull();
    expect(names(',区重点小学开学。')).toEqual([]);
  });

  it('describing words after a district and a 新 describe still: 临河区新型农村社区', () => {
    expect(names('临河区新型农村社区建设。')).toEqual([]);
  });

  it('a describing stem before a suffix that starts like a unit (市场) still names no one', () => {
    const vocabulary = extendVocabulary({ organisationSuffixes: ['市场'] });
    expect(names(',老旧市场改造。', vocabulary)).toEqual([]);
    expect(names(',南门市场开业。', vocabulary)).toEqual(['南门市场']);
  });

  it('a kind needs a word of two characters before 式, 型 or 化: 大型社区 is a kind, 临河县化村 a village', () => {
    expect(names(',大型社区开展活动。')).toEqual([]);
    expect(names('临河县化村开展活动。')).toEqual(['临河县化村']);
  });

  it('only 文化 is culture: a kind whose word ends in 文 before 型 or 式 is a kind still (人文型社区)', () => {
    expect(names(',打造人文型社区。')).toEqual([]);
    expect(names(',建设人文式小区。')).toEqual([]);
  });

  it('only 老旧 at a stem’s end describes old places: a name ending in 老 and another character, or in 旧 after another, is one', () => {
    expect(names(',东湖老街社区开展活动。')).toEqual(['东湖老街社区']);
    expect(names(',青石怀旧村开展活动。')).toEqual(['青石怀旧村']);
    expect(names(',怀旧村开展活动。')).toEqual(['怀旧村']);
  });

  it('describing words before a newsroom’s suffix that opens with a unit’s character describe still (重点县中)', () => {
    const vocabulary = extendVocabulary({ organisationSuffixes: ['县中'] });
    expect(names(',全省重点县中开展活动。', vocabulary)).toEqual([]);
    expect(names(',临河县中开展活动。', vocabulary)).toEqual(['临河县中']);
  });

  it('words that describe whom a place is for or who runs it: 搬迁社区, 城镇社区, 相关乡镇, 民办幼儿园', () => {
    expect(names(',社工为搬迁社区群众服务。')).toEqual([]);
    expect(names(',城镇社区和相关乡镇一起行动。')).toEqual([]);
    expect(names(',全县民办幼儿园开展安全检查。')).toEqual([]);
    expect(names(',东湖民办幼儿园开展安全检查。')).toEqual(['东湖民办幼儿园']);
  });

  it('after an office, 驻 (stationed at) starts the name of the place; a unit read whole keeps it; 驻马店 is a name', () => {
    // (The office before it is a name of its own, a department's: DEPARTMENT_OFFICES.)
    expect(names(',临河县教育局驻柳岸村工作队走访农户。')).toEqual(['临河县教育局', '柳岸村']);
    expect(names(',驻马店市柳岸社区开展活动。')).toEqual(['驻马店市柳岸社区']);
    expect(isOrganisationName('临河县教育局驻村工作队', DEFAULT_VOCABULARY)).toBe(true);
    // 派驻, sent to be stationed at, as an office's 驻; after any other word 驻 is a name's (`东湖驻马店办事处`).
    expect(names(',市里派驻柳岸村的工作队走访农户。')).toEqual(['柳岸村']);
    expect(names(',东湖驻马店办事处开展活动。')).toEqual(['东湖驻马店办事处']);
    // A school sends its team too (学校, 中学 …): after 校 or 学, right after the school's name as well.
    expect(names(',学校驻青石村工作队走访农户。')).toEqual(['青石村']);
    expect(names(',东坡中学驻青石村工作队走访农户。')).toEqual(['东坡中学', '青石村']);
    // After a name that is no unit's, 驻 opens a name still.
    expect(names(',柳岸村驻马店办事处开展活动。')).toEqual(['柳岸村', '驻马店办事处']);
    // A body's offices as a whole, its 机关, send a team as an office does.
    expect(names(',江城市政协机关驻柳岸村工作队走访农户。')).toEqual(['柳岸村']);
    expect(names(',省人大常委会机关驻青石村工作队为群众送米送油。')).toEqual(['青石村']);
  });

  it('a stem that opens with 小区 (an estate’s) or with an office speaking of itself (我局, 我校) names no one', () => {
    expect(names(',柳岸小区物业公司派人维修。')).toEqual(['柳岸小区']);
    expect(names(',我局已督促物业公司维修。')).toEqual([]);
    expect(names(',我校师生走进柳岸社区。')).toEqual(['柳岸社区']);
  });

  it('a stem ending in a pronoun or a demonstrative names no one: 你们那小区', () => {
    expect(names(',你们那小区怎么样。')).toEqual([]);
    expect(names(',咱们这村变美了。')).toEqual([]);
  });
});

describe('a residential compound, passed over where asked', () => {
  const firstBesides = (text: string) => firstOrganisationOf(organisationsIn(text, DEFAULT_VOCABULARY), true);

  it('the first name that is no 小区 is the first organisation besides compounds', () => {
    expect(firstBesides('在柳岸小区广场上,东湖街道开展义诊。')).toBe('东湖街道');
    expect(first('在柳岸小区广场上,东湖街道开展义诊。')).toBe('柳岸小区');
  });

  it('a text that names only compounds has none besides them', () => {
    expect(firstBesides('在柳岸小区广场上,居民们跳起了舞。')).toBeNull();
  });
});

describe('the district before a further name', () => {
  // A newsroom's vocabulary may name a zone (`开发区`) that the text reads as a name.
  const vocabulary = extendVocabulary({ organisationSuffixes: ['开发区'] });

  it('a district right before a further name is its prefix: the further name is the first organisation', () => {
    expect(firstOrganisation('临河开发区南门街道开展活动。', vocabulary)).toBe('南门街道');
  });

  it('a district with no name right after it is the first organisation', () => {
    expect(firstOrganisation('临河开发区,南门街道开展活动。', vocabulary)).toBe('临河开发区');
  });

  it('a community right before a further name is no district: it is the first organisation', () => {
    expect(first('柳岸社区南门小学结对。')).toBe('柳岸社区');
    expect(first('临河市柳岸社区南门小学结对。')).toBe('柳岸社区');
  });

  it('a name that is only an area and a bare suffix is passed over for the next', () => {
    expect(first('临河市社区工作会议召开,柳岸小学参加。')).toBe('柳岸小学');
    expect(first('临河市社区工作会议召开。')).toBeNull();
    // The area may be a county or a province, and the suffix a sub-district or an estate.
    expect(first('临河县街道干部培训班开班,柳岸小学参加。')).toBe('柳岸小学');
    expect(first('江北省小区物业管理条例施行,柳岸社区宣讲。')).toBe('柳岸社区');
    // Not a district: `东湖区街道` reads as the district's sub-district office, a name of its own.
    expect(first('东湖区街道干部培训。')).toBe('东湖区街道');
  });
});

describe('the province, city or district left out before a name', () => {
  it('the area is left out when two characters or more of the name remain after it', () => {
    expect(first('临河市柳岸村开展活动。')).toBe('柳岸村');
    expect(first('临河区柳岸社区开展活动。')).toBe('柳岸社区');
  });

  it('a zone a city runs as a district (示范区, 开发区, 试验区) is left out before a town, however long its name', () => {
    expect(first('近日,江城市生态旅游示范区柳岸镇开展义诊活动。')).toBe('柳岸镇');
    expect(first('近日,临河经济技术开发区青石街道开展义诊活动。')).toBe('青石街道');
  });

  it('no name ends in 之 ("of": `中国辣椒之乡` is a land known for chillies); 发挥 and 照顾 take a unit as their object', () => {
    expect(first('1月31日,在中国花椒之乡柳溪镇,民间艺人表演节目。')).toBe('柳溪镇');
    expect(first('为了照顾好社区里的老年人,志愿者上门服务。')).toBeNull();
    expect(first('城管局坚持发挥街道办事处管理主体作用。')).toBe('城管局');
  });

  it('so is a park a city runs as a district (工业园区, 科技园区), though 园 stands before its 区', () => {
    expect(first('近日,江州工业园区柳岸街道新村社区开展义诊活动。')).toBe('柳岸街道');
    expect(first('近日,临河科技园区青石社区开展义诊活动。')).toBe('青石社区');
    // (A park's own committee keeps the park's name, as a county's committee keeps the county's.)
    expect(first('近日,江州工业园区管委会开展义诊活动。')).toBe('工业园区管委会');
  });

  it("a city named by its 州 without 市 stays before a college or a university, which it names (江州师范学院)", () => {
    expect(first('近日,江州师范学院组织学生走进社区。')).toBe('江州师范学院');
    expect(first('近日,江州社区大学开设书法班。')).toBe('江州社区大学');
    // With its 市 it is the city's, and left out; before another kind of name too.
    expect(first('近日,江州市师范学院组织学生走进社区。')).toBe('师范学院');
    expect(first('近日,江州柳岸社区开展活动。')).toBe('柳岸社区');
  });

  it('an area followed by a one-character name and a one-character suffix stays: 南村 alone is too short', () => {
    expect(first('临河市南村开展活动。')).toBe('临河市南村');
  });

  it('a county of one character is a county (沛县): only before 市 is one character no city’s name (大市聚中学)', () => {
    expect(first('沛县实验小学的学生参加比赛。')).toBe('实验小学');
    expect(first('临河市沛县实验小学的学生参加比赛。')).toBe('实验小学');
  });

  it('a county whose name ends in 门 or 都 is a county: those characters make no unit only of a 市 (门市, 都市)', () => {
    expect(first('青门县东坡小学开展读书活动。')).toBe('东坡小学');
    expect(first('柳都县柳岸村修通了水泥路。')).toBe('柳岸村');
  });

  it('a city whose name ends in 州 keeps its 市 with it (广州市, 亳州市): the name starts after the city', () => {
    expect(first('9月1日,广州市陈嘉庚纪念中学举行开学典礼。')).toBe('陈嘉庚纪念中学');
    expect(first('临州省亳州市古井镇组织民兵训练。')).toBe('古井镇');
    expect(first('临河市大州村开展活动。')).toBe('大州村');
  });

  it('a feature’s subtitle opening with 记 (“a record of”) names the body after it, not one called 记…; 记者 opens a name', () => {
    expect(names('——记东湖街道老街改造')).toEqual(['东湖街道']);
    expect(names('记柳岸社区党委书记林小雨')).toEqual(['柳岸社区']);
    // Only at the name's start: a word that holds 记 before a name is read as before.
    expect(names('日记本里的东湖社区')).toEqual(['东湖社区']);
  });

  it('a school attached to a university or an institute is named after it; a section of the school after that is the school’s', () => {
    expect(names('江城师范大学附属小学的学生')).toEqual(['江城师范大学附属小学']);
    expect(names('江城师范大学附属第一中学的学生')).toEqual(['江城师范大学附属第一中学']);
    expect(names('江城音乐学院实验学校小学一年级')).toEqual(['江城音乐学院实验学校']);
    // After 附属 the school may have a name of its own, of up to six characters, but not past 的, 和, 与 or 及.
    expect(names('江城师范大学附属柳岸实验学校开展活动')).toEqual(['江城师范大学附属柳岸实验学校']);
    expect(names('江城大学附属外国语学校和东坡小学')).toEqual(['江城大学附属外国语学校', '东坡小学']);
    expect(names('江城大学附属东湖区柳岸实验学校')[0]).toBe('江城大学');
    for (const word of ['的', '和', '与', '及']) expect(names(`江城大学附属${word}东坡小学`)).toEqual(['江城大学', '东坡小学']);
    // Not after a name of another kind, nor words that are not a school.
    expect(names('柳岸社区实验小学的学生')).toEqual(['柳岸社区', '实验小学']);
    expect(names('江城师范大学附属设施')).toEqual(['江城师范大学']);
    // Any suffix that ends in 大学 or 学院, a newsroom's own too.
    expect(names('江城科技大学附属小学的学生', extendVocabulary({ organisationSuffixes: ['科技大学'] }))).toEqual(['江城科技大学附属小学']);
    expect(names('江城商学院附属小学的学生', extendVocabulary({ organisationSuffixes: ['商学院'] }))).toEqual(['江城商学院附属小学']);
  });

  it('a newsroom’s suffix ending in 中 that is no numbered school (高中) is read before 学, as any suffix is', () => {
    // Only 一中 … 十中 before 学 are the end of a number (`第十一中学`).
    expect(names('东湖高中学生参加义卖。', extendVocabulary({ organisationSuffixes: ['高中'] }))).toEqual(['东湖高中']);
  });

  it('a county whose name holds a township’s or village’s character (内乡县) is a county: the name starts after it', () => {
    expect(first('11月1日,在河南内乡县王店镇河东村的基地里,药农在挑选菊花。')).toBe('王店镇');
    expect(first('东江安乡县黄山头镇开展活动。')).toBe('黄山头镇');
    // Not before a county's road, seat or committee, nor a market's 市.
    expect(names('柳岸村县道两旁')).toEqual(['柳岸村']);
    expect(names('柳岸村市场里')).toEqual(['柳岸村']);
  });

  it('a unit that opens the name is part of it: 州桥社区', () => {
    expect(first('州桥社区开展活动。')).toBe('州桥社区');
  });
});

describe('the organisation a text opens with, and the one that opens a clause', () => {
  it('a text that opens with a name has it both at the start and first', () => {
    expect(opening('柳岸社区近日开展活动。')).toEqual({ atStart: '柳岸社区', first: '柳岸社区' });
  });

  it('a name after a clause mark is the first, not at the start', () => {
    expect(opening('创城工作开展以来,南湖镇共整治小巷十条。')).toEqual({ atStart: null, first: '南湖镇' });
  });

  it('a name mid-phrase is passed over for a later one that opens a clause', () => {
    expect(opening('志愿者走进柳岸社区,南门小学也参加了。')).toEqual({ atStart: null, first: '南门小学' });
  });

  it('a text whose names all stand mid-phrase has none first', () => {
    expect(opening('志愿者走进柳岸社区开展活动。')).toEqual({ atStart: null, first: null });
  });

  it('a name after a clause mark at the very start is first, not at the start', () => {
    expect(opening(',柳岸社区开展活动。')).toEqual({ atStart: null, first: '柳岸社区' });
  });

  it('a word and a comma before the first name keep it from the start, even with a city before the name', () => {
    expect(opening('今天,临河市柳岸社区开展活动。')).toEqual({ atStart: null, first: '柳岸社区' });
    expect(opening('临河市柳岸社区开展活动。')).toEqual({ atStart: '柳岸社区', first: '柳岸社区' });
  });

  it('our city or county (我市, 我县) before the first name opens the text with it, as the city’s own name does', () => {
    expect(opening('我市东坡小学近日开展读书活动。')).toEqual({ atStart: '东坡小学', first: '东坡小学' });
    expect(opening('我县柳岸村近日修通了水泥路。')).toEqual({ atStart: '柳岸村', first: '柳岸村' });
  });

  it('provinces, cities and districts cut off by the longest stem still open the text with the name', () => {
    // The stem holds ten characters at most: the areas before it are not part of the name read.
    expect(opening('江北省临河市东湾区青石板桥老街南北花园社区有新变化。').atStart).toBe('青石板桥老街南北花园社区');
    // Ten characters before the name, a district's name split across them and the name: 南 + 湖区.
    expect(opening('江北省临河市东湾区南湖区青石板桥老街花园社区有新变化。').atStart).toBe('青石板桥老街花园社区');
  });

  it('a text without a name has none', () => {
    expect(opening('今天天气很好。')).toEqual({ atStart: null, first: null });
  });
});

describe('the area an item is about', () => {
  it('the last unit of the first run: 江北省临河市东湾区 → 东湾区', () => {
    expect(firstAdministrativeArea('江北省临河市东湾区召开会议。')).toBe('东湾区');
  });

  it('a later run is not the first: the gap ends the run', () => {
    expect(firstAdministrativeArea('江北省临河市召开会议,东湾区参加。')).toBe('临河市');
  });

  it('a community, a compound or a street is no district: 柳岸社区', () => {
    expect(firstAdministrativeArea('柳岸社区开展活动。')).toBeNull();
  });

  it('a unit’s character that opens a word is no unit: 市场, 区域; a city whose name ends in 城 is a city', () => {
    expect(firstAdministrativeArea('盐城市东湾区开展活动。')).toBe('东湾区');
    expect(firstAdministrativeArea('聊城市召开会议。')).toBe('聊城市');
    expect(firstAdministrativeArea('在临河农贸市场门口,东湾区开展活动。')).toBe('东湾区');
    expect(firstAdministrativeArea('作为青峰山片区区域发展规划的县之一,临河县加快发展。')).toBe('临河县');
  });

  it('an area after 来自 (from) starts after it: 来自东湾区 → 东湾区', () => {
    expect(firstAdministrativeArea('3月5日,来自东湾区30多家单位的志愿者走上街头。')).toBe('东湾区');
  });

  it('a municipality printed without its 市 opens the run but is no area by itself: 北京东城区 → 东城区', () => {
    expect(firstAdministrativeArea('北京东城区的志愿者走进社区。')).toBe('东城区');
    expect(firstAdministrativeArea('北京市东城区召开会议。')).toBe('东城区');
    expect(firstAdministrativeArea('志愿者在北京过年。')).toBeNull();
  });

  it('a municipality without its 市 inside a run goes on with it: 西南地区重庆东湖区 → 东湖区', () => {
    expect(firstAdministrativeArea('西南地区重庆东湖区的志愿者走进社区。')).toBe('东湖区');
  });

  it('an area after words that are none is still found: 柳岸社区在临河市', () => {
    expect(firstAdministrativeArea('柳岸社区在临河市。')).toBe('临河市');
  });

  it('a county or city after 新, 小… is an area: only a 区 after them is none', () => {
    expect(firstAdministrativeArea('东新县召开会议。')).toBe('东新县');
  });

  it('老区 (an old base area) and 矿区 (a mining area) are words, no district: a name goes on past them', () => {
    expect(names('近日,老区建设促进会走访慰问老党员。')).toEqual(['老区建设促进会']);
    expect(names('近日,矿区消防救援大队开展演练。')).toEqual(['矿区消防救援大队']);
    expect(firstAdministrativeArea('柳岸矿区社区开展活动。')).toBeNull();
  });

  it('a refused candidate that starts beyond the Basic Plane is passed over: the search goes on after both its halves', () => {
    // This looped for ever: the `u` regex started again at the same character.
    expect(firstAdministrativeArea('𠀋柳社区在临河市。')).toBe('临河市');
  });

  it('a text without an area has none', () => {
    expect(firstAdministrativeArea('今天天气很好。')).toBeNull();
  });

  it('our city is no area, and a word before an area is not its name: 我市, 位于临河市', () => {
    expect(firstAdministrativeArea('今年我市召开会议。')).toBeNull();
    expect(firstAdministrativeArea('柳岸社区位于临河市。')).toBe('临河市');
  });

  it('a title a city earns is no area, from whichever of its characters it is read: 文明城市, 卫生城市', () => {
    expect(firstAdministrativeArea('柳岸的居民说,争创全国文明城市人人有份。')).toBeNull();
    expect(firstAdministrativeArea('为巩固国家卫生城市成果,临河市东湖区开展大扫除。')).toBe('东湖区');
    // At the text's very start too (the title's four characters and no more before its end).
    expect(firstAdministrativeArea('文明城市创建推进会召开,柳岸的居民代表参加。')).toBeNull();
    // A city whose name ends in 城 stays one.
    expect(firstAdministrativeArea('盐城市开展大扫除。')).toBe('盐城市');
    expect(firstAdministrativeArea('东城市开展大扫除。')).toBe('东城市');
    // A district earns its titles too: 文明城区, 智慧城区; a district whose name ends in 城 stays one.
    expect(firstAdministrativeArea('柳岸的居民说,争创全国文明城区人人有份。')).toBeNull();
    expect(firstAdministrativeArea('推进智慧城区建设,东湖区先行。')).toBe('东湖区');
    expect(firstAdministrativeArea('东城区开展大扫除。')).toBe('东城区');
  });
});

describe('a whole text that is a name', () => {
  it('a name alone is a name; a phrase ending in a suffix is none', () => {
    expect(isOrganisationName('大陆南小学', DEFAULT_VOCABULARY)).toBe(true);
    expect(isOrganisationName('志愿者走进敬老院', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('小记者探访气象站', DEFAULT_VOCABULARY)).toBe(false);
  });

  it('a name that opens with 和 is a name: nothing stands before its 和 to join (和平社区)', () => {
    expect(isOrganisationName('和平社区', DEFAULT_VOCABULARY)).toBe(true);
    expect(isOrganisationName('和平里社区', DEFAULT_VOCABULARY)).toBe(true);
  });
});

describe("a Party committee's departments, and an area's 域", () => {
  it('names a department of a county or city committee (宣传部, 社会工作部), the area kept before its 委', () => {
    expect(first('近日,在江城县委宣传部的指导下,柳岸社区开展读书活动。')).toBe('江城县委宣传部');
    expect(first('在中共临河市委社会工作部的支持下,青石街道组建志愿队。')).toBe('中共临河市委社会工作部');
    // The department's word alone names no one: `宣传部/摄` is a unit's own credit.
    expect(names('宣传部组织干部到柳岸村帮助抢收。')).toEqual(['柳岸村']);
  });

  it('reads 镇域, 县域 as an area, a noun: no town or county ends before 域', () => {
    expect(first('为繁荣镇域文化,3月5日,江城县柳岸镇举办灯谜会。')).toBe('柳岸镇');
    expect(names('为壮大县域经济,青石镇引进两家企业。')).toEqual(['青石镇']);
  });
});
