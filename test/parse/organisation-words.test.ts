// The word lists of the organisation recogniser (organisations.ts), word by
// word: each word is written here again, with what it does in a sentence, so
// that a word dropped from a list (or a list emptied) is a failing test, not a
// silent change in which organisations an item names.

import { describe, expect, it } from 'vitest';
import { firstAdministrativeArea, firstOrganisation, isOrganisationName, openingOrganisations, organisationsIn } from '../../src/parse/organisations.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';
import { matchBylineLine } from '../../src/parse/bylines.js';
import { parse } from '../../src/parse/parser.js';

const names = (text: string) => organisationsIn(text, DEFAULT_VOCABULARY).map((mention) => mention.name);

describe('words inside a stem that end what came before it', () => {
  // `志愿者开展柳岸社区…` names 柳岸社区: the name starts after the last such word.
  const WORDS = [
    '的', '了', '与', '等', '在', '进', '讯', '各', '个', '做', '号', '串起', '共建', '及', '到', '向', '为', '是', '将', '把', '从', '对', '给', '让', '由',
    '开展', '举办', '举行', '组织', '召开', '邀请', '联合', '走进', '来到', '深入', '前往', '参观', '启动', '发起', '成立', '打造', '推动', '推进', '加强',
    '提升', '关爱', '慰问', '看望', '帮助', '带领', '率领', '指导', '参加', '参与', '进行', '实施', '落实', '围绕', '结合', '依托', '通过', '利用', '针对',
    '面向', '按照', '根据', '随着', '作为', '成为', '获得', '荣获', '评为', '构建', '建设', '创建', '打响', '进入', '加入', '着', '跟', '走访', '探访', '拜访', '携手', '赴',
  ];

  it.each(WORDS)('%s', (word) => {
    expect(names(`志愿者${word}柳岸社区。`)).toEqual(['柳岸社区']);
  });
});

describe('verbs that end a stem: what follows is their object', () => {
  it.each(['提高', '拉近', '开设', '开办', '凝聚'])('%s', (verb) => {
    expect(names(`志愿者${verb}柳岸社区的服务水平。`)).toEqual(['柳岸社区']);
    expect(names(`用实际行动${verb}社区的服务水平。`)).toEqual([]);
  });
});

describe("a headline's verbs of showing up in a place: what shows up comes before, the place after", () => {
  it.each(['绽放', '亮相', '扎根', '落户', '落地', '点亮'])('%s', (verb) => {
    expect(names(`三支服务队${verb}柳岸社区`)).toEqual(['柳岸社区']);
  });

  it('实现: achieving it for every village is no village named 实现', () => {
    expect(names('全县修通乡村公路,实现村村通了客车。')).toEqual([]);
  });
});

describe('stems that name no one', () => {
  // Quantifiers, pronouns and phrases before a suffix: `多个社区`, `辖区小区`, `当地村`.
  it.each(['多个', '所在', '其他', '其它', '周边', '附近', '辖区', '一个', '两个', '几个', '一些', '各个', '全体', '广大', '本地', '当地', '外地', '这个', '那个'])(
    '%s',
    (stem) => {
      expect(names(`,${stem}社区开展活动。`)).toEqual([]);
      expect(names(`,${stem}小区开展活动。`)).toEqual([]);
    },
  );

  it('one character before a suffix names no one: 各社区, 该村, 本小区', () => {
    for (const stem of ['各', '全', '本', '该', '此', '每', '所', '个', '些', '我', '你', '他', '她']) expect(names(`,${stem}社区开展活动。`), stem).toEqual([]);
  });

  it('a share of places names no one: 大部分小区, 大多数社区, 多数村, 少数街道', () => {
    for (const text of [',大部分小区已完成改造。', ',大多数社区开展活动。', ',多数村已通公交。', ',少数街道还在筹备。']) expect(names(text), text).toEqual([]);
  });

  it('a stem that names a kind of place names no one: 互嵌式社区, 学习型社区, 标准化小区', () => {
    for (const text of [',互嵌式社区建设。', ',学习型社区建设。', ',标准化小区建设。']) expect(names(text), text).toEqual([]);
  });
});

describe('units of administration before a name', () => {
  it('takes one character before 市 for no city, unless it points at one', () => {
    expect(firstOrganisation('大市聚中学的学生参加比赛。', DEFAULT_VOCABULARY)).toBe('大市聚中学');
    expect(firstOrganisation('宁波市大市聚中学的学生参加比赛。', DEFAULT_VOCABULARY)).toBe('大市聚中学');
    for (const pointer of ['该', '本', '我', '全']) expect(firstOrganisation(`${pointer}市实验小学的学生参加比赛。`, DEFAULT_VOCABULARY), pointer).toBe('实验小学');
  });


  it.each(['省', '市', '州', '盟', '县', '区', '旗'])('a run of areas ending in %s is left out of the name', (unit) => {
    expect(firstOrganisation(`临河${unit}柳岸社区开展活动。`, DEFAULT_VOCABULARY)).toBe('柳岸社区');
  });

  it.each(['省', '市', '州', '盟', '县', '区', '旗'])('describing words after an area ending in %s still describe', (unit) => {
    expect(names(`临河${unit}老旧小区改造。`)).toEqual([]);
  });
});

describe('words that stand before a name without being part of it', () => {
  // `近日柳岸社区…` names 柳岸社区. Some of these also end a stem inside it (在, 由, 向…): listed here all the same.
  const WORDS = [
    '当', '据', '经', '由于', '今年', '去年', '本报讯', '本报', '近日', '日前', '近期', '昨天', '昨日', '今天', '今日', '当天', '上午', '下午', '晚上',
    '期间', '目前', '今年以来', '近年来', '为', '在', '由', '向', '到', '与', '及', '对', '将', '是', '把', '被', '从', '联合', '走进', '来到', '深入',
    '前往', '组织', '携手', '协同', '协助', '邀请', '通过', '位于', '我市', '我县', '我区', '全市', '全县', '全区', '市', '县',
  ];

  it.each(WORDS)('%s', (word) => {
    expect(names(`${word}柳岸社区开展活动。`)).toEqual(['柳岸社区']);
  });

  it('several of them in a row: 今年以来我市', () => {
    expect(names('今年以来我市柳岸村变化很大。')).toEqual(['柳岸村']);
  });

  it('市, 县 or 经 before 委 is no leading word: the city or county names its Party committee (市委, 县委), as 区委 does, and 经委 is a commission', () => {
    // (The committee's department is the name; its party branch is the department's own, as a 社区's is.)
    expect(names('市委社会工作部党支部走进柳岸社区开展活动。')).toEqual(['市委社会工作部', '柳岸社区']);
    expect(names('县委统战部党支部开展活动。')).toEqual(['县委统战部']);
    expect(names('区委统战部党支部开展活动。')).toEqual(['区委统战部']);
    // The committee's bureau for retired cadres, first of the offices that organise an activity.
    expect(names('5月8日,区委老干部局联合区卫健局组织志愿者下乡。')).toEqual(['区委老干部局', '卫健局']);
    // After another leading word too; and 市 alone before a bureau is still the city's, left out.
    expect(names('近日市委统战部党支部开展活动。')).toEqual(['市委统战部']);
    expect(names('市城市管理局党支部开展活动。')).toEqual(['城市管理局党支部']);
    // 经委, the economic commission: 经 is a leading word too (`经过`), but not before 委.
    expect(names('市经委信息中心开展培训。')).toEqual(['经委信息中心']);
    expect(names('经柳岸社区同意,活动照常举行。')).toEqual(['柳岸社区']);
    // A leading word of another kind before 委 is still left out (`目前委机关…`: the committee's own offices).
    expect(names('目前委机关党支部有党员三十名。')).toEqual(['委机关党支部']);
  });

  it('a leading word of one character before `X市` is the city\'s first character: no city is named by one', () => {
    expect(names('每当入夜,当阳市柳岸街道青石社区的巡逻队就出发了。')).toEqual(['当阳市柳岸街道', '青石社区']);
    expect(firstOrganisation('每当入夜,当阳市柳岸街道青石社区的巡逻队就出发了。', DEFAULT_VOCABULARY)).toBe('柳岸街道');
    // (`城市` is a word: `市城市管理局` is the city's bureau, above.)
    expect(names('在临河市柳岸社区开展活动。')).toEqual(['临河市柳岸社区']);
  });
});

describe('stems that end in a round number or a count', () => {
  // `沿河万村` counts villages along a river rather than naming one.
  it.each([...'万千百几数多'])('%s', (count) => {
    expect(names(`,沿河${count}村开展活动。`)).toEqual([]);
  });
});

describe('stems that end in a pronoun or a demonstrative', () => {
  it.each(['我们', '咱们', '你们', '他们', '她们', '这', '那', '该', '每', '哪'])('%s', (word) => {
    expect(names(`,临河${word}村开展活动。`)).toEqual([]);
  });

  it.each([...'我你他她俺咱'])('a stem ending in %s is a phrase (`守护我社区`: guard our community), no name', (pronoun) => {
    expect(names(`“守护${pronoun}社区 共建文明城”主题活动`)).toEqual([]);
  });

  it.each(['我', '俺', '咱', '我们', '他们'])("%s家乡 is someone's home town, no township: the name after it is the first", (owner) => {
    expect(names(`“谁不说${owner}家乡好”——东湾区文联开展采风活动`)).toEqual(['东湾区文联']);
  });

  it('a township whose name ends in 家 keeps its 乡 where no pronoun stands before the 家', () => {
    expect(names('张老家乡卫生院开展义诊。')).toEqual(['张老家乡卫生院']);
  });
});

describe('部分 (some of) after a word that ends like a department', () => {
  it('ends no name: `组织部分委员` is "organised some members", not a 组织部', () => {
    expect(names('区政协文化委组织部分委员赴柳岸村考察。')).toEqual(['柳岸村']);
    expect(names('柳岸社区组织部分党员参观村史馆。')).toEqual(['柳岸社区']);
    // (分管, in charge of, after a department is its leader's: `组织部分管领导`.)
    expect(names('市委组织部分管领导到柳岸村调研。')).toEqual(['市委组织部', '柳岸村']);
  });
});

describe('a northern place name with 各庄 in it', () => {
  it('is one name: 各 before 庄 is no quantifier (`赵各庄镇`, `王各庄村`)', () => {
    expect(names('赵各庄镇39个村街掀起文明创建热潮。')).toEqual(['赵各庄镇']);
    expect(names('近日,王各庄村的村民们清理了村道。')).toEqual(['王各庄村']);
    // (At the stem's start 各 is still each: `各庄村` are the villages, every one.)
    expect(names('各庄村都开展了清洁活动。')).toEqual([]);
  });
});

describe('进 inside a name: 进修 (further study), 进出口 (import and export) (2048, in our words)', () => {
  it('is the name\'s, no verb to enter: `江城商贸进修学院`, `东湖进出口公司`', () => {
    expect(names('12月21日,江城商贸进修学院的志愿者来到柳岸社区。')).toEqual(['江城商贸进修学院', '柳岸社区']);
    expect(names('东湖进出口公司组织员工献血。')).toEqual(['东湖进出口公司']);
    // 进 alone is the verb still: `志愿者走进柳岸社区`, `送文化进青石村`.
    expect(names('志愿者走进柳岸社区。')).toEqual(['柳岸社区']);
    expect(names('送文化进青石村。')).toEqual(['青石村']);
  });
});

describe("a college's department of engineering, and a series of (2101, in our words)", () => {
  it('names the department (`电气工程系`); `一系列社区` names no one', () => {
    expect(names('3月5日,东湖学院电气工程系组织志愿者走进青石村。')).toEqual(['东湖学院', '电气工程系', '青石村']);
    expect(names('志愿者们开展了一系列社区志愿服务活动。')).toEqual([]);
    // 系 alone is a word of relation: `联系社区` names no department.
    expect(names('志愿者主动联系柳岸社区。')).toEqual(['柳岸社区']);
  });
});

describe('words before a kind of place that name no one (2135, 2136, 2138, in our words)', () => {
  it('a day of the week and a time of the day are time words: `周六一大早社区工作人员…`', () => {
    expect(names('为了方便居民出行,周六一大早社区工作人员就上街扫雪。')).toEqual([]);
    expect(names('周六一大早柳岸社区的工作人员就上街扫雪。')).toEqual(['柳岸社区']);
  });

  it('使 (making it so) opens no name; in a word of its own (`天使`, `使命`, `大使馆`) it is the name\'s', () => {
    expect(names('一夜的大雪使社区的大街小巷银装素裹。')).toEqual([]);
    expect(names('一夜的大雪使柳岸社区银装素裹。')).toEqual(['柳岸社区']);
    expect(names('近日,天使幼儿园开展防溺水教育。')).toEqual(['天使幼儿园']);
    expect(names('使命社区开展活动。')).toEqual(['使命社区']);
  });

  it('历任, 历届 (who held it in turn) stand before an office, no part of its name', () => {
    expect(names('历任校团委书记发来贺词。')).toEqual([]);
    expect(names('历届柳岸村村委会成员。')).toEqual(['柳岸村']);
  });
});

describe('申报: applying for a title (2168, in our words)', () => {
  it.each(['申报'])('%s: the title after it names a kind of school, not the school', (verb) => {
    expect(isOrganisationName(`柳岸小学成功${verb}省示范学校`, DEFAULT_VOCABULARY)).toBe(false);
    expect(names(`柳岸小学成功${verb}省示范学校`)).toEqual(['柳岸小学']);
  });
});

describe('以来 (since) before a name (2173, in our words)', () => {
  it('stands before the name, no part of it', () => {
    expect(names('2026年3月以来江城大学新校区随处可见募捐活动。')).toEqual(['江城大学']);
  });
});

describe('a secondary vocational school, 中专 (2091, in our words)', () => {
  it('is a school\'s name: `东湖职业中专`; 中专 alone, the kind of school, names none', () => {
    expect(names('——东湖职业中专开展志愿者进社区活动')).toEqual(['东湖职业中专']);
    expect(names('他中专毕业后回到了柳岸村。')).toEqual(['柳岸村']);
    // A full primary school, 完全小学 cut short (2127, in our words).
    expect(names('近日,青石完小的老师们走进柳岸村。')).toEqual(['青石完小', '柳岸村']);
  });
});

describe("a Party committee's central task, 中心工作 (2088, in our words)", () => {
  it('names no centre: `围绕县委中心工作`; a centre\'s staff, `服务中心工作人员`, name the centre still', () => {
    expect(names('围绕县委中心工作,再接再厉。')).toEqual([]);
    expect(names('紧扣市委中心任务。')).toEqual([]);
    expect(names('江城市急救中心工作人员赶到现场。')).toEqual(['江城市急救中心']);
  });
});

describe("a province's Youth League committee (2047, in our words)", () => {
  it('is named as a city\'s is: `团省委` as `团市委`', () => {
    expect(names('团省委组织万名青年志愿者清淤保洁。')).toEqual(['团省委']);
    expect(names('团市委组织万名青年志愿者清淤保洁。')).toEqual(['团市委']);
  });
});

describe('an honour of civility (文明) at a level', () => {
  it('names no place: `全国文明村镇` is the award, `文明村` a village of that name', () => {
    expect(names('柳岸村刚荣获第六届全国文明村镇称号。')).toEqual(['柳岸村']);
    expect(names('柳岸村刚荣获“全国文明村镇”称号。')).toEqual(['柳岸村']);
    expect(names('东湾村被评为省级文明村。')).toEqual(['东湾村']);
    expect(names('文明村村委会召开会议。')).toEqual(['文明村']);
  });
});

describe("a police station's community officer", () => {
  it('is the station\'s beat, not a community of it: `派出所社区民警` names the 派出所', () => {
    expect(names('近日,安西派出所社区民警走进东湾村开展反诈宣传。')).toEqual(['安西派出所', '东湾村']);
    expect(names('柳岸派出所社区警务室的民警上门走访。')).toEqual(['柳岸派出所']);
    // (A community's own officer keeps the community's name.)
    expect(names('东街社区民警林帆走访独居老人。')).toEqual(['东街社区']);
  });
});

describe('a sub-district named 街, as some cities name their 街道', () => {
  it('is the first organisation where a name stands between it and the suffix', () => {
    expect(names('东湾区桥头街福安社区开展活动。')).toEqual(['东湾区桥头街', '福安社区']);
    expect(firstOrganisation('青柳街石榴里社区开展活动。', DEFAULT_VOCABULARY)).toBe('青柳街');
  });

  it('is none where a suffix follows 街 at once, nor a street by what it is, nor a word of 街', () => {
    expect(names('解放街社区开展活动。')).toEqual(['解放街社区']);
    expect(names('柳岸街社区居委会换了新门牌。')).toEqual(['柳岸街社区']);
    expect(names('步行街商户协会开展活动。')).toEqual(['步行街商户协会']);
    expect(names('柳岸街办青石社区开展活动。')).toEqual(['柳岸街办青石社区']);
  });

  it('is a name of its own right after a district, 街 alone: `东湾区柳岸街`, `东湾区青石村街`', () => {
    expect(names('9月20日,东湾区柳岸街小记者站开班。')).toEqual(['东湾区柳岸街']);
    expect(firstOrganisation('近日,东湾区青石村街联合社工站举办生日会。', DEFAULT_VOCABULARY)).toBe('青石村街');
    expect(firstOrganisation('东湾区桃源山街“周末义工队”走进社区', DEFAULT_VOCABULARY)).toBe('桃源山街');
    // A street by its kind, a word of the street, or the sub-district's own longer name stays as it was.
    expect(names('东湾区美食街人流如织。')).toEqual([]);
    expect(names('东湾区柳岸街道开展活动。')).toEqual(['东湾区柳岸街道']);
    expect(names('东湾区柳岸街头巷尾挂起了灯笼。')).toEqual([]);
    expect(names('东湾区柳岸街办开展活动。')).not.toContain('东湾区柳岸街');
  });
});

describe('a management committee, 管委会 (管理委员会 cut short)', () => {
  it("is a unit's name, in running text and as a contributor's unit in brackets", () => {
    expect(names('青石山景区管委会组织志愿者清扫步道。')).toEqual(['青石山景区管委会']);
    expect(parse('柳岸社区开展义诊\n近日,柳岸社区请来医生为居民义诊,八十余名居民受益,大家都说很方便。(柳岸开发区管委会供稿)\n', { year: 2024 }).items.map((item) => [item.authors, item.blocks.at(-1)!.text.slice(-5), item.truncated])).toEqual([
      [['柳岸开发区管委会'], '说很方便。', false],
    ]);
  });
});

describe('a town named for a village: X村镇, X村乡', () => {
  it('is the town, after the areas before it too', () => {
    expect(names('临河市东湾县柳村镇举办春节联欢会。')).toEqual(['临河市东湾县柳村镇']);
    expect(firstOrganisation('柳村镇今年新建了三处书屋。', DEFAULT_VOCABULARY)).toBe('柳村镇');
    expect(names('东村乡开展义诊。')).toEqual(['东村乡']);
  });

  it('is the town after a new district too, whose 区 ends the area before it', () => {
    expect(names('东湾新区柳村镇开展义诊。')).toEqual(['东湾新区柳村镇']);
  });

  it('is no town where the two levels of government are meant, or a village bank', () => {
    expect(names('青石村镇两级干部到场。')).toEqual(['青石村']);
    expect(names('柳岸村、镇干部到场。')).toEqual(['柳岸村']);
  });
});

describe("a regiment of the Production and Construction Corps by its number", () => {
  it('is an organisation: 五十二团, 一二七团, 152团', () => {
    expect(firstOrganisation('五十二团办起职工运动会', DEFAULT_VOCABULARY)).toBe('五十二团');
    expect(names('3月2日,五十二团的球赛在团文化中心开赛。')).toEqual(['五十二团', '团文化中心']);
    // A name read from the regiment's 团 on is the name after it.
    expect(names('兵团第六师152团西岭村开展活动。')).toEqual(['152团', '西岭村']);
  });

  it('needs two numerals or more, and no word of 团 after it', () => {
    expect(names('百团大战纪念馆开放。')).toEqual([]);
    expect(names('十二团结一心。')).toEqual([]);
  });
});

describe("a place's mass organisations beside its women's federation", () => {
  it.each(['残联', '文联', '侨联', '科协', '妇联'])("柳岸镇%s: the town's own body in running text, a unit whole in a byline", (body) => {
    expect(names(`柳岸镇${body}开展活动。`)).toEqual(['柳岸镇']);
    expect(matchBylineLine(`(柳岸镇${body} 林小雨)`, DEFAULT_VOCABULARY)?.people).toEqual([{ name: '林小雨', role: null, source: 'byline' }]);
  });

  it("the Red Cross of a place is one too: its writer after it in a byline's bracket", () => {
    expect(matchBylineLine('(东湾区红十字会 林小雨)', DEFAULT_VOCABULARY)?.people).toEqual([{ name: '林小雨', role: null, source: 'byline' }]);
  });
});

describe('institutions named after the community they serve', () => {
  it.each(['卫生服务中心', '卫生服务站', '卫生室', '卫生院', '幼儿园', '小学', '中学'])('%s', (institution) => {
    expect(names(`,松岭社区${institution}开展活动。`)).toEqual([`松岭社区${institution}`]);
  });
});

describe('marks before a name that opens a clause', () => {
  it.each([',', '，', ';', '；', '、', ' ', '\u3000'])('%j', (mark) => {
    expect(openingOrganisations(`近日${mark}柳岸社区开展活动。`, DEFAULT_VOCABULARY)).toEqual({ atStart: null, first: '柳岸社区' });
  });
});

describe('characters that open no area’s name', () => {
  // `全市`, `我县`, `城市`, `超市`: the area is found after them. 在, 是, 从, 向 are also refused anywhere in a name.
  it.each([...'全我本该各此城超门都集夜股上每由在为从到向与和对据经是'])('%s', (character) => {
    expect(firstAdministrativeArea(`${character}临河市召开会议。`)).toBe('临河市');
  });
});

describe('characters before a 区 that make it no district', () => {
  // `社区`, `小区`, `街区`, `园区`, `景区`, `校区`, `片区`, `辖区`: the area is found after them.
  it.each([...'社小街园景校片辖'])('%s区', (character) => {
    expect(firstAdministrativeArea(`临河${character}区在东湾市。`)).toBe('东湾市');
  });

  // A new district (`兰州新区`, `青岛西海岸新区`) is a district: the area itself, and a prefix of the unit named after it.
  it('新区', () => {
    expect(firstAdministrativeArea('临河新区在东湾市。')).toBe('临河新区');
    expect(firstOrganisation('近日,江城新区大村镇屯地村开展活动。', DEFAULT_VOCABULARY)).toBe('大村镇');
    expect(firstOrganisation('近日,临河新区第二初级中学举办运动会。', DEFAULT_VOCABULARY)).toBe('第二初级中学');
  });
});
