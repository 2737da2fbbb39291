// Phrases of running text that end in a suffix yet name no organisation: a verb
// before 社区 (`动员社区`), a body of the item's own community left unnamed
// (`社区党总支`), who a body belongs to (`业主委员会`), the pupils of a school
// (`大学生`), words that begin with 村 (`村民`). Found on real pages as junk in
// `organisations`; the sentences here are our own.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parser.js';
import { isOrganisationName, organisationsIn } from '../../src/parse/organisations.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const names = (text: string) => organisationsIn(text, DEFAULT_VOCABULARY).map((mention) => mention.name);

describe('verbs and a conjunction that end what came before a name', () => {
  // Each is a word of its own before the suffix: what follows it is the name, or nothing when no name follows.
  const WORDS = ['或', '动员', '营造', '前来', '联系', '家住', '延伸', '商议', '引导', '托起', '清理', '讲解', '协调', '上报', '建成', '兼职', '不出', '深挖', '完善', '增强', '建强', '建立', '结成', '入住', '单位', '离开', '往', '拓宽', '确定', '清洗', '清扫', '打扫', '确保', '活跃', '丰富', '美化', '扮靓', '扮美', '装扮', '传承', '常来', '锻造', '共筑', '立足', '巡游', '完成', '驿站', '响应', '融入', '获评'];

  it.each(WORDS)('%s + a name: the name alone', (word) => {
    expect(names(`志愿者${word}柳岸社区。`)).toEqual(['柳岸社区']);
  });

  it.each(WORDS)('%s + a bare suffix: no name', (word) => {
    expect(names(`,大家${word}社区。`)).toEqual([]);
  });

  it('reads the sentences they stand in', () => {
    // A headline's verb and its object: no 街道 called 清洗.
    expect(names('清洗街道 美化城市')).toEqual([]);
    // What is handed down is a place's past: 乡土 is the native soil, no township called 传承.
    expect(names('留住乡愁、传承乡土记忆是美丽庭院的题中之义。')).toEqual([]);
    // A station for the public before the 街道 it stands in is no part of the 街道's name.
    expect(names('近日,市民驿站柳岸路街道分站开展了便民服务。')).toEqual(['柳岸路街道']);
    // A festival's name before a school is the day it marks, no part of the school's name.
    expect(names('重阳节青石村小学的师生来到敬老院。')).toEqual(['青石村小学']);
    expect(names('端午节柳岸社区举办包粽子比赛。')).toEqual(['柳岸社区']);
    // 建设 right after a district's name is the unit's own name (a common one); another verb there is a verb, and after
    // a word pointing at the city 建设 is one too.
    expect(names('近日,东湾区建设街道组织居民清扫楼道。')).toEqual(['东湾区建设街道']);
    expect(names('临河县建设社区举办邻里节。')).toEqual(['临河县建设社区']);
    expect(names('这是东湾区开展社区义诊的又一成果。')).toEqual([]);
    expect(names('我市建设社区服务站三十个。')).toEqual([]);
    // The time of day before the actor is no part of its name.
    expect(names('周六下午柳岸社区举办义务劳动。')).toEqual(['柳岸社区']);
    expect(names('当天上午东湖小学的师生来到广场。')).toEqual(['东湖小学']);
    expect(names('傍晚东湾区柳岸街道的广场热闹起来。')).toEqual(['东湾区柳岸街道']);
    // 将军 opens a place's name; 将 alone marks what will be done.
    expect(names('4月12日,东湾区将军岭街道举办徒步走活动。')).toEqual(['东湾区将军岭街道']);
    expect(names('志愿者将社区的楼道打扫干净。')).toEqual([]);
    expect(names('居民有困难可以及时联系社区,社区立即协调街道解决。')).toEqual([]);
    expect(names('家住东城社区的王阿姨说。')).toEqual(['东城社区']);
    expect(names('共建单位天骄幼儿园的老师也来了。')).toEqual(['天骄幼儿园']);
    expect(names('各支部分别建立党支部微信群。')).toEqual([]);
  });
});

describe('two names joined, and people counted', () => {
  it('和, 与 or 及 right after a name joins the next one, whose name it does not open', () => {
    expect(names('记者走进华泾社区和康健社区的活动现场。')).toEqual(['华泾社区', '康健社区']);
    expect(names('柳岸社区及东湾街道的志愿者。')).toEqual(['柳岸社区', '东湾街道']);
    // Not right after a name it is the name's own: `和平社区`, and `居民和柳岸社区` is cut by the rule for words of two.
    expect(names('和平社区的志愿者。')).toEqual(['和平社区']);
    expect(names('志愿者走访了永和里社区。')).toEqual(['永和里社区']);
    // One character after 和 is no name: `柳岸社区和谐` goes on with no second name.
    expect(names('柳岸社区和村委会一起行动。')).toEqual(['柳岸社区']);
  });

  it('a count of people before a suffix names no one: 数十位社区工作者, 百名社区干部', () => {
    expect(names('数十位社区工作者参加培训。')).toEqual([]);
    expect(names('百名社区干部走进楼院。')).toEqual([]);
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

describe('a stem of describing words names no one', () => {
  it('a stem ending in 化 names a kind (标准化小区), but not the 化 of 文化: 临河县文化中心 is a name', () => {
    expect(names(',全力打造标准化小区。')).toEqual([]);
    expect(names(',临河县文化中心举办书法展。')).toEqual(['临河县文化中心']);
  });

  it('良好社区氛围: a good community spirit, not a community called 良好', () => {
    expect(names('大家一起营造良好社区风气。')).toEqual([]);
    expect(names(',良好社区居民在广场上跳舞。')).toEqual([]);
  });

  it('友好学校, 友好社区: a sister school or community, not a name', () => {
    expect(names(',两校结成友好学校。')).toEqual([]);
    expect(names(',与东湾街道结为友好社区。')).toEqual(['东湾街道']);
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
    // (Nor does a suffix that goes on a name make it a school before 生: `柳岸社区大学生` are the community's students.)
    expect(names('柳岸社区大学生志愿者辅导孩子功课')).toEqual(['柳岸社区']);
    expect(names('柳岸社区大学开学了。')).toEqual(['柳岸社区大学']);
  });

  it('a town whose name holds its suffix (`沙镇溪镇`) is one name; the whole town (`全镇`) or a particle (`的村`) is no part of one', () => {
    expect(names(',秭归县沙镇溪镇长春村村民在田间。')).toEqual(['秭归县沙镇溪镇', '长春村']);
    expect(names(',网市镇全镇上下动员。')).toEqual(['网市镇']);
    expect(names(',柳岸镇与河镇一起。')).toEqual(['柳岸镇']);
    expect(names(',红星村的村民在晒谷。')).toEqual(['红星村']);
  });

  it('情暖 before a unit is a headline\'s verb (warms with care), no name\'s end', () => {
    expect(names(',新港小学师生学雷锋情暖敬老院。')).toEqual(['新港小学']);
    expect(isOrganisationName('东坡小学少先队员情暖养老院', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('城南养老院', DEFAULT_VOCABULARY)).toBe(true);
  });

  it('在…中学会, 在…中学到, 在…中学习: learning in doing, no school; a school after 在 still is one', () => {
    expect(names(',孩子们在游戏中学会了合作。')).toEqual([]);
    expect(names(',队员们在实践中学到了本领。')).toEqual([]);
    expect(names(',大家在劳动中学习。')).toEqual([]);
    expect(names(',在东湖中学举行的颁奖仪式上。')).toEqual(['东湖中学']);
  });

  it.each([...'民内貌史级容务里庄落'])('村%s begins a word: no village ends before it', (second) => {
    expect(names(`,大家一起引导村${second}。`)).toEqual([]);
  });

  it('养老院, 敬老院, 福利院 end names in running text (院 alone does not: `学院` is its own suffix)', () => {
    expect(names('学生们来到青松敬老院,为老人表演节目。')).toEqual(['青松敬老院']);
    expect(names('志愿者走进平坦中心养老院、红星福利院。')).toEqual(['平坦中心养老院', '红星福利院']);
    expect(names('小陈入住养老院后,社区常去看望。')).toEqual([]);
  });

  it('第十一中学 is a 中学, not a 一中 with 学 left over; 德兴一中 is a numbered middle school', () => {
    expect(names('临河市第十一中学的学生来了。')).toEqual(['临河市第十一中学']);
    expect(names('德兴一中的学生来了。')).toEqual(['德兴一中']);
  });

  it('五一中路 and 人民一中街 are the middle part of a road, not a numbered middle school', () => {
    expect(names('志愿者来到临河区五一中路社区。')).toEqual(['临河区五一中路社区']);
    expect(names('人民一中街的商户都来了。')).toEqual([]);
  });

  it('一三中队 is a school\'s squadron of Young Pioneers, not a numbered middle school (878, in our words)', () => {
    expect(names('1月8日,该校二三中队的队员们走进柳岸社区。')).toEqual(['柳岸社区']);
  });

  it('a village before such a word is still a village: 南庄村村民', () => {
    expect(names('南庄村村民自发组织巡逻队。')).toEqual(['南庄村']);
  });
});

describe("an item's organisations", () => {
  const organisationsOf = (text: string) => parse(text).items.map((item) => item.organisations);

  it('name the unit a byline writes for, after the paragraphs (a pupil’s piece signed by class)', () => {
    expect(organisationsOf('我的小菜园\n春天到了,我在阳台上种了番茄,每天放学都去浇水。\n南湖小学三(1)班 陈小禾\n')).toEqual([['南湖小学']]);
  });

  it('name the unit of a byline before the body before the paragraphs’ names (the school of its reporters’ station)', () => {
    expect(organisationsOf('图书角开张了\n□南湖小学小记者站 陈小禾\n近日,柳岸社区的图书角开张了,小朋友们排队借书。\n')).toEqual([['南湖小学', '柳岸社区']]);
  });

  it('list a name printed again with its city and district once, as first printed', () => {
    expect(organisationsOf('柳岸社区: 南湖小学开放日\n本报讯 近日,临河市东湖区南湖小学举办开放日,柳岸社区居民参观了南湖小学的校史馆。\n(周 宁)\n')).toEqual([['柳岸社区', '南湖小学']]);
  });

  it('keep two schools of one name in two cities apart', () => {
    expect(organisationsOf('柳岸社区: 两校结对\n本报讯 近日,临河市实验小学与东湾市实验小学结成友好学校。\n(周 宁)\n')).toEqual([['柳岸社区', '临河市实验小学', '东湾市实验小学']]);
  });
});

describe('the whole of a place, and a place named X化', () => {
  it('全 before a suffix is the whole of one named before, no name; a name that opens with 全 is one', () => {
    expect(names('全镇上下齐动员,全村党员都来了。')).toEqual([]);
    expect(names('志愿者积极响应全镇号召,走进柳岸村。')).toEqual(['柳岸村']);
    expect(names('全兴村开展义诊活动。')).toEqual(['全兴村']);
  });

  it('the level of an honour before a suffix is no unit of the map and names no one', () => {
    expect(names('柳岸社区被评为省级文明社区。')).toEqual(['柳岸社区']);
    expect(names('东湖村获评国家级示范村,县级示范村三个。')).toEqual(['东湖村']);
  });

  it('two characters ending in 化 before 镇, 乡, 县, 市 or 区 are a place\'s name; before 社区 or 小区, or longer, a kind', () => {
    expect(names('宣化镇开展义诊活动。')).toEqual(['宣化镇']);
    expect(names('东湾区绿化小区和标准化社区。')).toEqual([]);
  });
});
