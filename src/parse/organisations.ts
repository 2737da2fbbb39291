// Organisation names in running text. A name is a proper name that ends in a
// suffix (社区, 街道, 村, 小学…) and is bounded by punctuation, a function word
// or verb, or the line's start; where suffixes follow each other the longest
// name wins (`城关镇中心小学`, not `城关镇中心`; `苏村社区`, not `苏村`).

import { HAN_ALL, PROVINCE_NAMES, isDigit, isJiOfAName, SCAN_BREAK, SCAN_NAME, SCAN_SUFFIX, codeUnitTable, suffixPairGateIndex, wordsByFirst, compilePatterns, isClosingQuote, isHanCodePoint, isOpeningQuote, isOrganisationWhole, type CompiledPatterns } from './patterns.js';
import { CULTURE_HOUSES, DEFAULT_VOCABULARY, DEPARTMENT_OFFICES, type Vocabulary } from './vocabulary.js';

/** Time words before an organisation (`近日柳岸社区…`), which may stand there after another word too (`这是近几日…`). */
const TIME_LEADING_WORDS = [
  '近日', '日前', '近期', '近几日', '近几天', '这几天', '连日来', '昨天', '昨日', '今天', '今日', '当天', '上午', '下午', '晚上', '今年', '去年',
  // A day of the week and a time of the day (`周六一大早社区工作人员…`, `清晨,柳岸村…`).
  '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周末', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天',
  '一大早', '大清早', '清晨', '早上', '中午', '傍晚', '凌晨',
];
/** Words that stand before an organisation without being part of it: `近日在蔡洼街道` → `蔡洼街道`. */
const LEADING_WORD_LIST = [
  ...TIME_LEADING_WORDS,
  '当', '据', '经', '由于', '本报讯', '本报',
  '期间', '目前', '今年以来', '近年来', '为', '在', '由', '向', '到', '与', '及', '对', '将', '是', '把', '被', '从', '联合', '走进', '来到', '深入',
  '前往', '组织', '携手', '协同', '协助', '邀请', '通过', '位于', '我市', '我县', '我区', '全市', '全县', '全区', '市', '县',
  // A school or college speaking of itself before its part: `我校财政学院`, `我院青年志愿者协会`.
  '我校', '我院',
  // The county town (`县城清华园小区`: 县 alone would leave 城 on the name); the level of an honour (`县级示范村`).
  '县城', '县级', '市级',
];
/** The leading words by their first code unit, longest first; with the days (`3月5日`), what leadingRunEnd() reads. */
const LEADING_BY_FIRST = wordsByFirst(LEADING_WORD_LIST);
/** The time words, and a day, read after another word (`这是近几日…`). */
const TIME_LEADING_BY_FIRST = wordsByFirst(TIME_LEADING_WORDS);
const TIME_LEADING_STARTS = codeUnitTable([...TIME_LEADING_WORDS.map((word) => word[0]!), ...'0123456789０１２３４５６７８９']);
/** The leading words of one character. */
const ONE_CHARACTER_LEADING = codeUnitTable(LEADING_WORD_LIST.filter((word) => word.length === 1));
/** What a leading word starts with: a stem that starts otherwise skips leadingRunEnd(). */
const LEADING_STARTS = codeUnitTable([...LEADING_WORD_LIST.map((word) => word[0]!), ...'0123456789０１２３４５６７８９']);

/**
 * Where the run of leading words and days that opens `text[from, to)` ends (`近日在柳岸…` → after 在), or `from` where
 * none opens it: at each place the longest word of `byFirst`, or a day (`3月5日`). So a regex of the day and the
 * words, longest first, repeated (`^(?:day|words)+`) reads the run, without a slice: nothing follows the run in it, so
 * the regex gives no word back.
 */
function leadingRunEnd(text: string, from: number, to: number, byFirst: ReadonlyMap<number, readonly string[]>): number {
  let at = from;
  while (at < to) {
    const day = dayEnd(text, at, to);
    if (day > at) {
      at = day;
      continue;
    }
    const word = wordAt(text, at, to, byFirst);
    // (`经济管理学院`, `经济技术开发区`, `经济和信息化局`: 经 before 济 is the economy a unit's name opens with, not 经 "by way of".)
    if (word === null || (word === '经' && text.charCodeAt(at + 1) === 0x6d4e /* 济 */)) break;
    at += word.length;
  }
  return at;
}

/** The longest word of `byFirst` that starts at `at` and ends by `to`, or null. */
function wordAt(text: string, at: number, to: number, byFirst: ReadonlyMap<number, readonly string[]>): string | null {
  const candidates = byFirst.get(text.charCodeAt(at));
  if (candidates === undefined) return null;
  for (const candidate of candidates) if (at + candidate.length <= to && text.startsWith(candidate, at)) return candidate;
  return null;
}

/** Where a day written `3月5日` that starts at `at` ends, before `to`, or `at`: one or two digits, ASCII or full-width, before 月 and 日 each. */
function dayEnd(text: string, at: number, to: number): number {
  const month = numberEnd(text, at, to, 0x6708 /* 月 */);
  const day = month < 0 ? -1 : numberEnd(text, month, to, 0x65e5 /* 日 */);
  return day < 0 ? at : day;
}
/** After one or two digits at `at` and then `unit`, before `to`, or -1 (three digits or more are no month's or day's). */
function numberEnd(text: string, at: number, to: number, unit: number): number {
  let end = at;
  while (end < to && end - at < 3 && isDigit(text.charCodeAt(end))) end++;
  return end > at && end - at <= 2 && end < to && text.charCodeAt(end) === unit ? end + 1 : -1;
}

/**
 * Words of two code units, looked up without slicing the text: a table of their first code units, then a set of the
 * pairs. The table is read first: nearly every character opens none of the words, and a pair as a set's key (a code
 * unit shifted by 16) is a number outside the small integers, slower to hash than a table is to read.
 */
interface PairWords {
  firsts: Uint8Array;
  pairs: ReadonlySet<number>;
}
function pairWords(words: readonly string[]): PairWords {
  return { firsts: codeUnitTable(words.map((word) => word[0]!)), pairs: new Set(words.map((word) => (word.charCodeAt(0) << 16) | word.charCodeAt(1))) };
}
/** `first` and `second` are one of the words. */
function isPairWord(words: PairWords, first: number, second: number): boolean {
  return words.firsts[first] === 1 && words.pairs.has((first << 16) | second);
}

/**
 * Stems that are no name: a quantifier, a pronoun or a phrase (`各社区`, `该村`). A stem that opens with one of
 * NO_NAME_OPENINGS (`辖区`, `多个`, `许多`…) is none whatever follows, so those words are not listed again here.
 */
const NOT_A_NAME = new Set([
  '各', '全', '本', '该', '此', '每', '所', '个', '些', '一个', '两个', '几个', '更多',
  '我们', '咱们', '你们', '他们', '她们', '我', '你', '他', '她', '本地', '当地', '外地', '这个', '那个',
  // Who a body belongs to, not its name: `业主委员会` (the owners' committee), `物业公司` (the property company).
  '业主', '物业',
  // A kind of farm, not a state farm's name: `家庭农场` (a family's), `生态农场`, `休闲农场`.
  '家庭', '生态', '休闲',
]);
/**
 * Words a stem may open with that make it no name, whatever follows: `辖区卫生服务中心` (the area's health centre),
 * `不少老旧小区` (many old estates). Two characters or more: one-character quantifiers (全, 本) open real names (全椒县, 本溪市).
 */
const NO_NAME_OPENINGS = [
  '辖区', '不少', '多个', '许多', '很多', '一些', '其他', '其它', '周边', '附近', '所在', '各个', '全体', '广大',
  // `小区物业公司` (the estate's property company); `我局已督促物业公司`, `我校`: an office speaking of itself.
  '小区', '我局', '我委', '我办', '我所', '我站', '我队', '我司',
];
const NO_NAME_OPENING_PAIRS = pairWords(NO_NAME_OPENINGS);
if (NO_NAME_OPENINGS.some((word) => word.length !== 2)) throw new Error('namesNoOne reads openings of two characters');
/** NOT_A_NAME's words as code-unit pairs, so that a stem is looked up without slicing it (a stem of one character is no name anyway). */
const NOT_A_NAME_PAIRS = pairWords([...NOT_A_NAME].filter((word) => word.length === 2));
if ([...NOT_A_NAME].some((word) => word.length > 2)) throw new Error('namesNoOne reads NOT_A_NAME as pairs of code units');

/**
 * Words that describe a kind of place rather than name one: a stem made of
 * them names no one (`全国小学`, `部分街道`, `老旧小区`, `美丽宜居村`, `精品农村社区`, `中小学`).
 * Words that are also common proper names (幸福, 和谐, 阳光, 文明) are not here: `幸福社区` is a community.
 */
const DESCRIBING_WORDS = [
  '全国', '全省', '全市', '全县', '全区', '部分', '最美', '最佳', '老旧', '精品', '美丽', '宜居', '示范', '星级', '特色', '重点', '农村', '城市', '城乡', '基层',
  // `主要街道`, `主要路口`: the main ones, no name.
  '主要',
  '新型', '友好', '良好', '中', '农', '乡', '和', '大部分', '大多数', '多数', '少数',
  // `全镇`, `全村`, `全校`: the whole of one, named before (`全兴村` has a name after 全).
  '全',
  // The level of an honour (`省级文明社区`, `国家级示范村`): what a place was named, not its name.
  '国家级', '省级', '市级', '县级', '区级',
  // `搬迁安置社区` (where the relocated live), `城镇社区` (towns'), `相关乡镇` (those concerned), `民办幼儿园` (private).
  '易地', '搬迁', '安置', '城镇', '相关', '民办', '公办',
  // `乡镇学校`, `乡镇卫生院`: the townships' schools or clinics at large (城乡学校 likewise, by 城乡 above).
  '乡镇',
  // `行政村`, `自然村`: the kinds of village (an administrative one, a hamlet).
  '行政', '自然',
  // `精神文明社区`: a title of honour a community is given, as `文明社区` is when an honour's level stands before it.
  '精神文明',
].sort((a, b) => b.length - a.length);
/** Words of praise that are also names alone (`幸福社区`), but describe when two or more stand together (`幸福和谐社区`). */
const PRAISING_WORDS = ['幸福', '和谐', '文明', '平安', '阳光', '温馨', '温情', '美好', '安全', '健康', '绿色', '活力', '魅力', '智慧'];
const PRAISING = new Set(PRAISING_WORDS);
/** Both lists, longest first: `和谐` before `和`. */
const QUALIFYING_WORDS = [...DESCRIBING_WORDS, ...PRAISING_WORDS].sort((a, b) => b.length - a.length);
/** What a qualifying word starts with: most stems start otherwise and need no search. */
const QUALIFYING_STARTS = codeUnitTable(QUALIFYING_WORDS.map((word) => word[0]!));
/** QUALIFYING_WORDS by their first code unit, longest first still: the words a place can start with. */
const QUALIFYING_BY_FIRST = wordsByFirst(QUALIFYING_WORDS);
/** A stem ending in a round number or a count counts places, or people, rather than naming one: `万村`, `百校`, `数十位社区工作者`, `百名社区干部`. */
const COUNTING_END = codeUnitTable([...'万千百几数多位名']);
/** What follows 应 in the words 应急 and 应用, not 应 "at the call of". */
const NOT_AT_THE_CALL_OF = codeUnitTable([...'急用']);
/** `…的邀请`, `…之邀`, `…邀请`: within a few characters after the suffix at `i`, the invitation that an opening 应 answers. */
function isInvitationAfter(text: string, i: number): boolean {
  const after = text.slice(i, i + 10);
  return after.includes('邀请') || after.includes('之邀');
}
/** Measure words after a count's digits (`555名`, `30位`, `12个`, `80户`): what is counted follows, no name. */
const COUNT_MEASURES = codeUnitTable([...'名位个户']);
/** A stem ending in 式, 型 or 化 is a kind: `互嵌式社区`, `学习型社区`, `标准化小区`. */
const KIND_ENDINGS = codeUnitTable(['式', '型', '化']);
/**
 * The units of the map by their one character: what a place's name stands before (`宣化镇`), and what points at the
 * place the text is about before a department's office (`市民政局`).
 */
const PLACE_POINTERS = codeUnitTable([...'省市县区镇乡']);

/** An honour's stem: its batch or its level, then the kind of honour last (`首批…特色`, `全国…示范`, `第二批…示范`, `全国文明`). */
const HONOUR_STEM = new RegExp(`(?:首批|第[一二三四五六七八九十0-9]{1,3}批|全国|全省|全市|全县|国家级|省级|市级|县级|区级)[${HAN_ALL}0-9“”]{0,12}?(?:示范|特色|先进|模范|星级|文明)$`, 'u');
const HONOUR_LEVEL = /批|全国|全省|全市|全县|级/u;
const HONOUR_LEVEL_OPENING = /^(?:首批|第[一二三四五六七八九十0-9]{1,3}批)?(?:国家|[省市县区])级/u;
/** What HONOUR_LEVEL_OPENING starts with: a stem that starts otherwise (nearly every one) needs no slice and no regex. */
const HONOUR_LEVEL_OPENING_STARTS = codeUnitTable([...'首第国省市县区']);
/** The kinds of honour HONOUR_STEM ends with, as code-unit pairs: a stem that ends otherwise needs no slice and no regex. */
const HONOUR_KINDS = pairWords(['示范', '特色', '先进', '模范', '星级', '文明']);
/** The shortest stem HONOUR_STEM reads: a level of two characters and a kind of two. */
const MIN_HONOUR_STEM = 4;
/** The kinds of place an honour is given to: villages, towns, communities, estates, schools. */
const HONOURED_PLACE = /^(?:村|乡|镇|社区|小区|街道|学校|小学|中学|幼儿园)/u;

/** The stem `text[from, to)`, after any province, city or district before it, is made of describing words only, or names a kind. */
function describesOnly(text: string, from: number, stemEnd: number): boolean {
  const start = afterAdministrativePrefix(text, from, stemEnd);
  // (`美丽集镇`, `文明集镇`: 集镇, a market town, is a kind of place as 乡村 is; the words before it describe the kind.)
  const to = stemEnd - start >= 2 && text.charCodeAt(stemEnd - 1) === 0x96c6 /* 集 */ && text.charCodeAt(stemEnd) === 0x9547 /* 镇 */ ? stemEnd - 1 : stemEnd;
  // `首批省级书香特色社区`, `全国绿色家园示范村`: an honour's list and what it names, whatever words stand between (a
  // verb's last character may be left before them: `入选第二批…` is cut after 入).
  if (endsInHonourKind(text, start, to) && HONOUR_LEVEL.test(text.slice(start, to)) && HONOUR_STEM.test(text.slice(start, to))) return true;
  // `县级书法村`, `省级森林乡村`: a level opens an honour's name, whatever kind of place it names; no place's name opens so.
  // (A body of a level is one: `县级志愿者协会`, the county's association.)
  if (HONOUR_LEVEL_OPENING_STARTS[text.charCodeAt(start)] === 1 && HONOUR_LEVEL_OPENING.test(text.slice(start, to)) && HONOURED_PLACE.test(text.slice(to, to + 2))) return true;
  // (The 化 of 文化 is culture, not a kind: `文化中心`, `临河县文化馆` are names; and two characters ending in 化 before a
  // unit of the map are a place's name, `宣化镇`, `怀化市`, `奉化区`, where a kind is a word of its own, `标准化小区`.)
  if (to - start >= 2 && KIND_ENDINGS[text.charCodeAt(to - 1)] === 1 && !endsWithCulture(text, to) && !(to - start === 2 && PLACE_POINTERS[text.charCodeAt(to)] === 1)) return true;
  if (QUALIFYING_STARTS[text.charCodeAt(start)] !== 1) return false;
  let at = start;
  let words = 0;
  let praising = 0;
  while (at < to) {
    // (The longest word at `at`, wherever it ends: one that runs past the stem ends the stem's words.)
    const word = wordAt(text, at, text.length, QUALIFYING_BY_FIRST);
    if (word === null || at + word.length > to) return false;
    if (PRAISING.has(word)) praising++;
    words++;
    at += word.length;
  }
  // One word of praise is a name (`幸福社区`), but not as what is built or made (`共建文明社区`, `营造和谐社区的风气`): a
  // slogan's object, since no one builds a community that has its name already.
  return words > 0 && (praising < words || words >= 2 || (praising === 1 && followsBuildingVerb(text, start)));
}

/** The stem `text[from, to)` is long enough for HONOUR_STEM and ends in one of its kinds of honour (`示范`, `特色`…). */
function endsInHonourKind(text: string, from: number, to: number): boolean {
  return to - from >= MIN_HONOUR_STEM && isPairWord(HONOUR_KINDS, text.charCodeAt(to - 2), text.charCodeAt(to - 1));
}

/** Verbs of building or making a kind of place: `共建`, `共筑`, `营造`, `建设`, `创建`, `构建`, `打造`, `争创`. */
const BUILDING_VERBS = new Set(['共建', '共筑', '营造', '建设', '创建', '构建', '打造', '争创', '共创', '建成'].map((word) => (word.charCodeAt(0) << 16) | word.charCodeAt(1)));
function followsBuildingVerb(text: string, at: number): boolean {
  return at >= 2 && BUILDING_VERBS.has((text.charCodeAt(at - 2) << 16) | text.charCodeAt(at - 1));
}

function endsWithCulture(text: string, to: number): boolean {
  return text.charCodeAt(to - 2) === 0x6587 /* 文 */ && text.charCodeAt(to - 1) === 0x5316 /* 化 */;
}

/**
 * Where `text[from, to)` goes on after the province, city, county or district names it opens with,
 * and a unit alone (`临河市区`, the city's urban area; `区重点小学`, the district's).
 */
function afterAdministrativePrefix(text: string, from: number, to: number): number {
  let start = from;
  for (let i = from; i < to; i++) if (endsAdministrativeUnit(text, i)) start = i + 1;
  return start;
}

/**
 * A school attached to the university or institute before it: `附属小学`, `附属第一中学`, `实验学校`; after 附属 with a
 * name of its own too (`附属柳岸实验学校`, `附属外国语学校`): 附属 says the name goes on (not past 的, 和, 与, 及).
 */
const ATTACHED_SCHOOL = new RegExp(`^(?:附属(?:(?![的和与及])[${HAN_ALL}]){0,6}?|实验(?:第?[一二三四五六七八九十0-9]{1,3})?)(?:小学|中学|学校|幼儿园|医院)`, 'u');
const ATTACHED_STARTS = codeUnitTable(['附', '实']);

/**
 * `name[i]` is the 市 of a city whose name is one character and 城 or 都 (`江城市`, `柳城市`, `成都市`), where the name
 * opens with it (`from`, after any unit cut off already) or after a province's short name (`新疆柳城市东湖街道`): in running
 * text 城市 and 都市 are words (cities), and `改造城市老旧社区` names no city called 造城.
 */
function endsCityInCheng(name: string, i: number, from: number): boolean {
  if (i < 2 || name.charCodeAt(i) !== 0x5e02 /* 市 */) return false;
  const before = name.charCodeAt(i - 1);
  if (before !== 0x57ce /* 城 */ && before !== 0x90fd /* 都 */) return false;
  return i - 2 === from || PROVINCE_NAMES.has(name.slice(from, i - 2));
}

/** `text[i]` ends a unit of administration (省市州盟县区旗), but not as the 区 of 社区, 小区, 街区…, nor the 市 of 超市, 城市, 市场, 市民… */
function endsAdministrativeUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (ADMINISTRATIVE_UNIT_END[code] !== 1) return false;
  // (`省级`, `市级`, `县级`: a level, as of an honour, not a unit's name ending.)
  if (text.charCodeAt(i + 1) === 0x7ea7 /* 级 */) return false;
  // (`苏州工业园区`: a city's industrial park, run as a district, is a unit of the map though 园 stands before its 区.)
  if (code === 0x533a /* 区 */) return i === 0 || NOT_DISTRICT_BEFORE[text.charCodeAt(i - 1)] !== 1 || isParkDistrict(text, i);
  // (`老县镇`: a town named for an old county seat; no county's name runs into a town's suffix without the town's name.)
  if (code === 0x53bf /* 县 */ && text.charCodeAt(i + 1) === 0x9547 /* 镇 */) return false;
  if (code !== 0x5e02 /* 市 */) return true;
  // (Nor the 市 of 市场, a market, or of 市民, the citizens: `东湾区市民驿站`; but `临河市民政局` is the city's civil affairs office.)
  const after = text.charCodeAt(i + 1);
  return (i === 0 || NOT_CITY_BEFORE[text.charCodeAt(i - 1)] !== 1) && after !== 0x573a /* 场 */ && (after !== 0x6c11 /* 民 */ || text.startsWith('民政', i + 1));
}
const ADMINISTRATIVE_UNIT_END = codeUnitTable(['省', '市', '州', '盟', '县', '区', '旗']);
/** `县道`, `县城`, `县委`, `县里`: a 县 before these is a county's road, seat, committee or the county itself, not a name's end. */
const NOT_COUNTY_AFTER = codeUnitTable([...'道城委里']);
/** `市场`, `市民`, `市集`, `市区`: a 市 before these is a market, the townsfolk or the town, not a city's name's end. */
const NOT_CITY_AFTER = codeUnitTable([...'场民集区']);
/** `该市`, `本市`, `我市`, `全市`, `每市`: a word before 市 that points at a city rather than names it. */
const CITY_POINTERS = codeUnitTable([...'该本我全此其各每']);
/** What stands before `中小学` when the schools of a whole area are meant: `全国`, `全市`, `各`. */
const SCHOOLS_AT_LARGE_BEFORE = /(?:全[国省市县区镇乡]|各)$/u;

/** `全国中小学`, `全市中小学校`: the suffix at `at` ends `中小学(校)` after the words for a whole area. */
function isSchoolsAtLarge(text: string, at: number, suffix: string): boolean {
  const schools = suffix === '小学' ? at - 1 : suffix === '学校' ? at - 2 : -1;
  if (schools < 0 || text.charCodeAt(schools) !== 0x4e2d /* 中 */ || (suffix === '学校' && text.charCodeAt(at - 1) !== 0x5c0f /* 小 */)) return false;
  return SCHOOLS_AT_LARGE_BEFORE.test(text.slice(Math.max(0, schools - 2), schools));
}
/** `社区`, `小区`, `街区`…: a 区 after these is no district. (A new district, `兰州新区`, is one: 新 is not here.) */
const NOT_DISTRICT_WORDS = '社小街园景校片辖老矿';
const NOT_DISTRICT_BEFORE = codeUnitTable([...NOT_DISTRICT_WORDS]);
/** `超市`, `城市`, `都市`, `门市`, `集市`, `夜市`, `股市`: a 市 after these is no city. */
const NOT_CITY_BEFORE = codeUnitTable([...'超城都门集夜股']);

/** Words inside a stem that end what came before: the name starts after the last of them (`居民和桃园社区` → `桃园社区`). */
const INNER_BOUNDARY_WORDS = [
  '的', '了', '与', '等', '在', '进', '讯', '各', '个', '做', '号', '串起', '共建', '及', '到', '向', '为', '是', '将', '把', '从', '对', '给', '让', '由',
  '开展', '举办', '举行', '组织', '召开', '邀请', '联合', '走进', '来到', '深入', '前往', '参观', '启动', '发起', '成立', '打造', '推动', '推进', '加强',
  '提升', '关爱', '慰问', '看望', '帮助', '带领', '率领', '指导', '参加', '参与', '进行', '实施', '落实', '围绕', '结合', '依托', '通过', '利用', '针对',
  '面向', '按照', '根据', '随着', '作为', '成为', '获得', '荣获', '评为', '构建', '建设', '创建', '打响', '进入', '加入', '着', '跟', '走访', '探访', '拜访', '携手', '赴', '去',
  // Verbs that take a community, a school or a village as their object (`动员社区`, `家住东城社区`, `清理村内`), and a conjunction.
  '或', '动员', '营造', '前来', '联系', '家住', '延伸', '商议', '引导', '托起', '清理', '讲解', '协调', '上报', '建成', '兼职', '不出', '深挖', '完善', '增强', '建强', '建立', '结成', '入住', '入驻',
  '离开', '往', '拓宽', '确定', '开设', '开办', '提高', '拉近', '凝聚', '建起',
  // Cleaning one, as 清理 does (`清洗街道 美化城市`, `打扫社区`: a headline's verb and its object); ensuring what it does
  // (`确保社区安全`), keeping it so (`保持二中校园整洁`, `维护社区环境`).
  '清洗', '清扫', '打扫', '确保', '保持', '维护',
  // Enlivening, enriching or beautifying one (`进一步活跃社区文化生活`, `丰富社区居民生活`, `美化社区环境`, `扮靓新农村`,
  // `扮美家园`, `装扮社区`).
  '活跃', '丰富', '美化', '扮靓', '扮美', '装扮',
  // Handing one down (`传承乡土记忆`, `传承村史`): what is handed down is a place's past, not a place.
  '传承',
  // A festival before the unit that marks it (`重阳节王村小学的师生…`): the last two characters of its name end it (春节,
  // 重阳节, 端午节, 中秋节, 元宵节, 国庆节, 清明节, 儿童节, 教师节).
  '春节', '阳节', '午节', '秋节', '宵节', '庆节', '明节', '童节', '师节',
  // Coming often to one (`希望孩子们常来社区做客`): 来 alone opens names (`未来社区`), 常来 none.
  '常来',
  // A series of (`开展了一系列社区志愿服务活动`): a quantity before a kind of place, no name; those who held an office in
  // turn (`历任校团委书记`, `历届村委会`).
  '系列', '历任', '历届',
  // Applying for a title (`附属小学成功申报省示范学校`): the title after the verb names a kind of unit, not the unit.
  '申报',
  // Since a day (`2013年3月以来郑州大学…`): 来 alone opens names (`未来社区`), 以来 none.
  '以来',
  // Making one so (`一夜的大雪使社区的大街小巷…`, `使村容村貌焕然一新`): 使 opens no name (but in a word of its own,
  // `天使`, `大使馆`, `使命`: isEnvoyWord()).
  '使',
  // 于, "at", after a day, those who act or a verb, inside a stem (`该院于高院社区`, `学生们于…`, `就读于前锋完小`): at a
  // stem's start 于 opens names (`于家村`: innerBoundaryEnd() keeps it there), inside one it is the preposition.
  '于',
  // Forging, building together, standing on, touring or completing one (`锻造社区`, `共筑和谐社区`, `立足超大城市社区`,
  // `巡游古镇`, `完成学校的任务`): verbs before their object; and a station for the public (`市民驿站`), a place in a
  // 街道, not part of its name (`市民驿站柳岸路街道…` is the 街道's station, then the 街道).
  '锻造', '共筑', '立足', '巡游', '完成', '驿站',
  // Showing what one does (`展示农村学校的风貌`, `彰显社区风采`): the verb before its object.
  '展示', '展现', '彰显',
  // Going, driving or stepping into one, arriving at it, to and fro between (`大篷车驶入东湖街道`, `到达柳岸集镇`, `往返柳岸镇`).
  '驶入', '驶进', '步入', '走入', '迈入', '到达', '抵达', '往返', '重返',
  // Answering one's call (`积极响应全镇号召`), settling into one (`让新居民融入社区`), being named one (`获评…社区`).
  '响应', '融入', '获评',
  // Verbs of knowing, telling and recording (`你还记得柳岸小学么`, `希望知道社区`, `居民介绍社区`, `向社区反映`,
  // `记录柳岸村的…`), of running one (`认真经营社区`), and where someone comes from (`来自东湖区的志愿者`).
  '记得', '知道', '介绍', '经营', '反映', '来自', '记录',
  // Going to see one (`一起去看东湖社区`): after 去, 看 is the verb, no name's first character.
  '去看',
  // Belonging to one (`该小区属于柳岸社区管辖`); supporting one (`为支持柳岸村大清洁活动`).
  '属于', '支持', '支援',
  // Giving play to one, looking after one (`发挥街道办事处…主体作用`, `照顾好社区里的老人`).
  '发挥', '照顾',
  // Bringing something into one, taking charge of one, joining, helping or adapting to one (`把资源带入社区`, `干部包联社区`,
  // `包保社区`, `青年投身乡村`, `配合镇里`, `适应城乡`), encouraging one, one's heart with one (`情系敬老院`), what a text is about (`关于…示范村`).
  '带入', '包联', '包保', '投身', '配合', '适应', '鼓励', '情系', '关于',
  // Taking one as the measure (`各街道都将以社区为单元`): 以 opens the phrase, no name.
  '以',
  // `共建单位天骄幼儿园`: the kind of partner, then its name.
  '单位',
  // Conjunctions that open a clause, never a name: `不仅社区变美了`, `而且学校…`.
  '不仅', '不但', '而且', '并且', '但', '而',
  // The time of day before the actor, no part of its name: `周六下午柳岸社区举办…`, `当天上午东湖小学…`.
  '上午', '下午', '中午', '晚上', '傍晚',
  // Falling on the day of something (`当天,恰逢青石敬老院两位老人过生日`, `适逢柳岸小学校庆`): the verb before what it names.
  '恰逢', '适逢', '正逢', '时逢', '喜逢',
  // Arranging for one to act (`热线立即安排东湖街道办事处核实`): the verb before the office it sets to work.
  '安排',
  // The adverb of a formal act (`书屋正式开馆`: the reading room officially opened), no name's word.
  '正式',
  // `A暨B`, a written "and" joining two events or bodies (`全民健身赛事暨柳岸镇篮球赛`); `暨南大学` opens with it.
  '暨',
  // Lying in one (`位于柳岸镇东湖村的农庄`): where a place is, not its name.
  '位于',
  // A headline's verbs of showing up in a place (`志愿之花绽放柳岸社区`, `智慧书屋亮相东湖村`, `扎根柳岸镇`, `落户青石村`,
  // `点亮柳岸小区`): what blooms, settles or lights up comes before, the place after.
  '绽放', '亮相', '扎根', '落户', '落地', '点亮',
  // Achieving it for every village or community (`实现村村通`, `实现社区全覆盖`): the verb before its object.
  '实现',
  // Learning about one (`了解文门村的历史`: 了 alone would leave 解 on the name).
  '了解',
  // Helping one (`学生帮敬老院的老人整理内务`): the verb before whose people are helped.
  '帮',
  // Thanking one (`真是要好好谢谢社区的同志们`, `感谢柳岸小学的老师`), lending one strength (`助力学校争创文明单位`): verbs
  // before their object.
  '谢谢', '感谢', '助力',
  // A measure word's phrase (`这是一场社区团圆的家宴`): `一场` counts what follows, it names nothing.
  '一场',
];
/** The boundary words by length (one or two characters), as code units and code-unit pairs. */
const INNER_BOUNDARY_ONE = codeUnitTable(INNER_BOUNDARY_WORDS.filter((word) => word.length === 1));
const INNER_BOUNDARY_TWO = new Set(INNER_BOUNDARY_WORDS.filter((word) => word.length === 2).map((word) => (word.charCodeAt(0) << 16) | word.charCodeAt(1)));
/** What a boundary word of two characters starts with: the table read before the set, at every character of a stem. */
const INNER_BOUNDARY_TWO_FIRST = codeUnitTable(INNER_BOUNDARY_WORDS.filter((word) => word.length === 2).map((word) => word[0]!));
if (INNER_BOUNDARY_WORDS.some((word) => word.length > 2)) throw new Error('innerBoundaryEnd reads boundary words of one or two characters');

/**
 * How an office's or a unit's name ends (局, 委, 办, 部, 处, 科, 室, 队, 院…; a school's 校, 学): before the place it is
 * stationed at, or before the name of a person who works in it (`宣传部 周宁/摄`, bylines.ts).
 */
const OFFICE_END = codeUnitTable([...'局委办部处科室队院厅所站会司行社校学']);
export function endsAsOffice(name: string): boolean {
  return OFFICE_END[name.charCodeAt(name.length - 1)] === 1;
}

/** What follows 有 in a word of a name, not the verb: 有限, 有机, 有线, 有色. */
const NOT_THE_VERB_HAVE = codeUnitTable(['限', '机', '线', '色']);

/**
 * A road's 路 or 街 at `at`: the verb before it is the road's name (`建设路小学`, `建设街社区`), not a verb; `上报街道`
 * (to report to the sub-district) is one.
 */
function namesRoad(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x8def /* 路 */ || (code === 0x8857 /* 街 */ && NOT_A_ROAD_AFTER_STREET[text.charCodeAt(at + 1)] !== 1);
}
/** `街道`, and `街镇`, `街乡`, `街村`, `街居`: the sub-districts and the towns (villages, neighbourhoods) together, no road. */
const NOT_A_ROAD_AFTER_STREET = codeUnitTable([...'道镇乡村居']);

/**
 * `东湾区建设街道`: 建设, a verb of the boundary list, is also a common unit's name (建设街道, 建设社区, 建设村): between a
 * district's (county's, city's) name and the suffix it is the name. Other verbs there are verbs (`东湾区开展社区义诊`);
 * `我市建设社区` points at the city first.
 */
function namesUnitAfterArea(text: string, from: number, at: number, to: number): boolean {
  return (
    at + 2 === to &&
    text.charCodeAt(at) === 0x5efa /* 建 */ &&
    text.charCodeAt(at + 1) === 0x8bbe /* 设 */ &&
    at - 2 >= from &&
    ADMINISTRATIVE_UNIT_END[text.charCodeAt(at - 1)] === 1 &&
    CITY_POINTERS[text.charCodeAt(at - 2)] !== 1
  );
}

/**
 * Where the last boundary word in `text[from, to)` ends (the longer word where two end alike), or -1:
 * `居民和桃园` → after 和. A scan from the end, as `^.*(?:words)` reads, without a regex or a slice. `stationedEnds`
 * false: 驻 after an office ends nothing (a unit read whole).
 */
function innerBoundaryEnd(text: string, from: number, to: number, afterName = false, stationedEnds = true): number {
  for (let at = to - 1; at >= from; at--) {
    const code = text.charCodeAt(at);
    if (at + 1 < to && INNER_BOUNDARY_TWO_FIRST[code] === 1 && INNER_BOUNDARY_TWO.has((code << 16) | text.charCodeAt(at + 1)) && !namesRoad(text, at + 2) && !namesUnitAfterArea(text, from, at, to)) return at + 2;
    // (`将军岭街道`, `将军路`: 将军, a general, opens many places' names; 将 alone is the future's mark. `经济与管理学院`,
    // `美术与设计学院`: a college is named for the two fields it joins with 与.)
    // (`自由路街道`, `为民街社区`: before a road's 路 or 街 a one-character word is the road's name's, as a verb is.)
    // (`求是小学`, `求是学院`: 求是, "seeking the truth", names schools; 是 alone is the verb to be.)
    // (`赵各庄镇`, `王各庄村`: 各庄 is a northern place name's word, where 各 is no quantifier: a village is 村 or 庄 each.)
    // (`工商经济进修学院`, `进出口公司`: 进修, further study, and 进出口, import and export, name colleges and companies; 进
    // alone is the verb to enter.)
    if (INNER_BOUNDARY_ONE[code] === 1 && !(code === 0x5c06 /* 将 */ && text.charCodeAt(at + 1) === 0x519b /* 军 */) && !(code === 0x5404 /* 各 */ && text.charCodeAt(at + 1) === 0x5e84 /* 庄 */ && at > from) && !(code === 0x4f7f /* 使 */ && isEnvoyWord(text, at)) && !(code === 0x4e8e /* 于 */ && at === from) && !(code === 0x8fdb /* 进 */ && (text.charCodeAt(at + 1) === 0x4fee /* 修 */ || (text.charCodeAt(at + 1) === 0x51fa /* 出 */ && text.charCodeAt(at + 2) === 0x53e3) /* 口 */)) && !(code === 0x662f /* 是 */ && text.charCodeAt(at - 1) === 0x6c42 /* 求 */) && !(code === 0x4e0e /* 与 */ && (text.startsWith('学院', to) || joinsTwoFields(text, from, at, to))) && !(code === 0x66a8 /* 暨 */ && isJiOfAName(text, at)) && !(at + 2 === to && namesRoad(text, at + 1))) return at + 1;
    // `教育局驻柳岸村工作队`: after an office, 驻 (stationed at) names where its team works (驻马店 opens a name); so does
    // 派驻 (sent to be stationed at: `市里派驻柳岸村的工作队`).
    // (A line that is one unit, `XX管理局驻村工作队`, is the office's team: one name.)
    // Right after a name, the name is the unit (`东坡中学驻青石村工作队`).
    // (So are a body's offices as a whole, its 机关: `市政协机关驻柳岸村工作队`.)
    if (code === 0x9a7b /* 驻 */ && stationedEnds && (at > from || afterName) && (OFFICE_END[text.charCodeAt(at - 1)] === 1 || text.charCodeAt(at - 1) === 0x6d3e /* 派 */ || (at >= 2 && text.charCodeAt(at - 1) === 0x5173 /* 关 */ && text.charCodeAt(at - 2) === 0x673a /* 机 */))) return at + 1;
    // `居民和柳岸社区`: 和 joins two words when each side has two characters or more; `和平社区`, `永和里社区` keep it.
    // Right after a name (`华泾社区和康健社区`) the left side is that name.
    // (`乌兰浩特市和平街办事处`: 和平, peace, names streets, roads and villages; a stem of 和平 and one character is that name.
    // `延边州和龙市光东村`: 和 and one character before 市 is a city's name, 和龙, 和田; no city is named by one character.)
    if (code === 0x548c /* 和 */ && (at - from >= 2 || (at === from && afterName)) && to - at - 1 >= 2 && !DEPARTMENT_AFTER_AND.test(text.slice(at + 1, at + 5)) && !(to - at - 1 === 2 && text.charCodeAt(at + 1) === 0x5e73 /* 平 */) && text.charCodeAt(at + 2) !== 0x5e02 /* 市 */) return at + 1;
    // `幸好有社区`, `希望有物业公司`, `所有小区`: the verb 有 after a word; a name opens with it (`有色金属公司`) or holds
    // it in a word (`供电有限公司`, `绿源有机农业公司`).
    if (code === 0x6709 /* 有 */ && at > from && NOT_THE_VERB_HAVE[text.charCodeAt(at + 1)] !== 1) return at + 1;
    // `——记东湖街道老街改造`: a feature's subtitle opens with 记 ("a record of"), which opens no name; 记者 does (`记者站`).
    if (code === 0x8bb0 /* 记 */ && at === from && text.charCodeAt(at + 1) !== 0x8005 /* 者 */) return at + 1;
  }
  return -1;
}

/**
 * Units other than a college (`经济与管理学院`, read whole always) that are named for two fields joined by 与: a department
 * (`土木与水利工程系`), a hospital (`内分泌与代谢病医院`), a society or a centre (`社会工作与志愿服务协会`,
 * `环境与社会发展中心`).
 */
const FIELDS_UNITS = ['工程系', '医院', '协会', '中心', '研究会'];
/**
 * What the word before 与 ends in where it names people or a unit, so that 与 joins two of them (`居民与青石医院`,
 * `东湖局与青石医院`), not two fields: a place's or an office's last character, 们, or a word for people (居民, 党员,
 * 志愿者, 群众, 干部, 家长, 老人, 儿童, 老师, 家属, 学生, 专家).
 */
const NOT_A_FIELD_BEFORE_AND = codeUnitTable([...'省市州盟县区旗镇乡村街局委办部处室队院厅所站会司行社校馆心们民员者众长人童友师属生家']);

/**
 * `土木与水利工程系`, `内分泌与代谢病医院`: 与 at `at` joins the two fields a unit is named for (its suffix at `to`), not
 * two names; the word before it is no place, office or people (`居民与青石医院`), nor a school (`东湖大学与…`), and the
 * words after it name no place (`…与柳岸区医院`).
 */
function joinsTwoFields(text: string, from: number, at: number, to: number): boolean {
  if (at === from || at + 1 >= to || !FIELDS_UNITS.some((unit) => text.startsWith(unit, to))) return false;
  // (A stem cut at its longest may open inside a word: the name would be read from there, `生系统社会工作与…`.)
  if (to - from >= MAX_STEM) return false;
  const before = text.charCodeAt(at - 1);
  if (NOT_A_FIELD_BEFORE_AND[before] === 1) return false;
  // (`化学与化工学院`, `法学与社会学院`: 学 ends a field's name; after 大, 中 or 小 it ends a school's.)
  if (before === 0x5b66 /* 学 */ && at - 2 >= from && '大中小'.includes(text[at - 2]!)) return false;
  for (let k = at + 1; k < to; k++) if (ADMINISTRATIVE_UNIT_END[text.charCodeAt(k)] === 1) return false;
  return true;
}

/**
 * `文化广播电视和旅游局`, `住房和城乡建设局`, `人力资源和社会保障局`, `发展和改革委员会`, `林业和草原局`: a government
 * department's name joins its two fields with 和, and the second is one of a few.
 */
const DEPARTMENT_AFTER_AND = /^(?:旅游|城乡|社会保障|信息化|规划|计划生育|改革|体育|草原)/u;

/** The longest stem before a suffix is read with the longest words first. */
function wordAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** Suffixes that name a body within an organisation, not a further organisation: `苏村社区党支部` is 苏村社区's. */
const INNER_BODY_WORDS = ['党委', '党支部', '党总支', '支部', '团支部', '工会', '妇联', '残联', '文联', '侨联', '科协', '团委', '居委会', '村委会', '计生协', '关工委'];
const INNER_BODIES = new RegExp(`^(?:${wordAlternation(INNER_BODY_WORDS)})`, 'u');
const INNER_BODY_STARTS = codeUnitTable(INNER_BODY_WORDS.map((word) => word[0]!));

/** Units of administration that a name is often prefixed with and the convention leaves out: `市南区`, `金湖县`. */
const ADMINISTRATIVE = new RegExp(`(?:[省市县]|(?<![${NOT_DISTRICT_WORDS}])区)$`, 'u');

/** The default suffixes of three characters or more, which the prefix's cut could leave alone: `委员会`, `办事处`, `党支部`. */
const LONG_SUFFIXES = new Set(DEFAULT_VOCABULARY.organisationSuffixes.filter((suffix) => suffix.length >= 3));

/** Nothing but units of administration: `江北省临河市东湾区`. */
const ADMINISTRATIVE_RUN = new RegExp(`^(?:[${HAN_ALL}]{1,5}?(?:省|自治区|市|州|盟|县|区|旗))+$`, 'u');

/**
 * Institutions named after the community they serve, one name with it: `松岭社区卫生服务中心`; a school by its number
 * too (`柳岸新村第二小学`: 第二小学 alone names no school).
 */
const SERVING_WORDS = ['卫生服务中心', '卫生服务站', '卫生室', '卫生院', '幼儿园', '小学', '中学'];
const SERVING_INSTITUTION = new RegExp(`^(?:第[一二三四五六七八九十0-9]{1,3}(?:中心小学|小学|中学|幼儿园)|${wordAlternation(SERVING_WORDS)})`, 'u');
const SERVING_STARTS = codeUnitTable(['第', ...SERVING_WORDS.map((word) => word[0]!)]);

/**
 * The last character of a stem that names no one: a pronoun or a quantifier (`各社区`, `去这村`, `守护我社区`: guard
 * our community, a slogan; the north's `俺村`, `咱社区`), or the 们 of a plural of people (`我们村`, `居民们小区`), which
 * no name ends with; nor 之, "of" (`中国辣椒之乡`, `鱼米之乡`: a land known for something, no township).
 */
const ENDS_LIKE_NO_NAME = codeUnitTable([...'们各这那该每哪我你他她俺咱之']);

/**
 * A province, city and county or district before a name, as one run, is left out:
 * `江北省临河市柳岸社区` → `柳岸社区`, `临河东湾区南门街道` → `南门街道`. A name that is
 * only its prefix (`成都市社区`) is no name.
 */
function withoutAdministrativePrefix(name: string): string | null {
  // A democratic party's body of a place is named with the party before the place (`民建江城市直属总支`,
  // `九三学社江城市青工委`), as the state grid's company of a place is (`国网东湾县供电公司`): the body's name opens it, no
  // area, and the place is its own.
  if (NAMED_BEFORE_PLACE_FIRST[name.charCodeAt(0)] === 1 && NAMED_BEFORE_PLACE.some((body) => name.startsWith(body))) return name;
  let cut = 0;
  // Units in the first eight characters, and any that goes on the run right after them (`东江省临河市东湾区…`).
  for (let i = 1; i < name.length; i++) {
    if (!endsAdministrativeUnit(name, i) && !endsCityInCheng(name, i, cut)) continue;
    // One character before a 市 is no city's name (`大市聚中学`, a school; `宁波市大市聚中学` keeps it after 宁波市), unless
    // it points at the city (`该市实验小学`, `本市`, `我市`).
    // (Right after a unit, 市 goes on with it: `广州市`, whose 州 ends a unit too.)
    if (name.charCodeAt(i) === 0x5e02 /* 市 */ && i - cut === 1 && CITY_POINTERS[name.charCodeAt(i - 1)] !== 1) continue;
    // A city named by its 州 without 市 names the college or university after it (`江州师范学院`, `江州社区大学`): one name.
    if (name.charCodeAt(i) === 0x5dde /* 州 */ && name.charCodeAt(i + 1) !== 0x5e02 /* 市 */ && NAMED_FOR_CITY.test(name)) continue;
    // An autonomous county, prefecture or banner is named by its peoples too (`柳溪侗族自治县`, `青山土家族苗族自治州`):
    // the unit's name is longer than any other's, wherever in the run it stands.
    // (So is a city's zone, `江城市生态旅游示范区`, `临河经济技术开发区`.)
    if (i >= 8 && !endsAutonomousUnit(name, i) && !endsZone(name, i) && (cut === 0 || i - cut >= 5)) break;
    // `柳岸县委宣传部`: before 委 the area names its Party committee, the unit's own name, and stays.
    if (name.charCodeAt(i + 1) === 0x59d4 /* 委 */) continue;
    // (Not down to a suffix alone: `共青团临河市东湾区委员会` is `东湾区委员会`, not a bare `委员会`; but a department's office
    // is named alone, `临河市民政局` → `民政局`.)
    if (name.length - (i + 1) >= 3 && (!LONG_SUFFIXES.has(name.slice(i + 1)) || DEPARTMENTS.has(name.slice(i + 1)) || CULTURE_HOUSE_SET.has(name.slice(i + 1)))) cut = i + 1;
  }
  if (cut === 0) return isOnlyAnArea(name) ? null : name;
  return name.slice(cut);
}

/** The democratic parties' short names and the state grid's, as their bodies of a place open with them. */
const NAMED_BEFORE_PLACE = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '国网'];
const NAMED_BEFORE_PLACE_FIRST = codeUnitTable(NAMED_BEFORE_PLACE.map((body) => body[0]!));

/** A college or a university, which a city's name opens as its own. */
const NAMED_FOR_CITY = /(?:大学|学院)$/u;

/** `name[i]` is the 区 of a zone a city runs as a district: `示范区`, `开发区`, `试验区`. */
function endsZone(name: string, i: number): boolean {
  return i >= 2 && name.charCodeAt(i) === 0x533a /* 区 */ && (ZONE_WORDS.has(name.slice(i - 2, i)) || isParkDistrict(name, i));
}
const ZONE_WORDS = new Set(['示范', '开发', '试验']);

/** `text[i]` is the 区 of a park a city runs as a district: `工业园区`, `科技园区`, `产业园区`. */
function isParkDistrict(text: string, i: number): boolean {
  return i >= 3 && text.charCodeAt(i - 1) === 0x56ed /* 园 */ && PARK_WORDS.has(text.slice(i - 3, i - 1));
}
const PARK_WORDS = new Set(['工业', '科技', '产业']);

/** `name[i]` is the 县, 州, 旗 or 区 of an autonomous unit: `自治县`. */
function endsAutonomousUnit(name: string, i: number): boolean {
  return i >= 2 && name.charCodeAt(i - 2) === 0x81ea /* 自 */ && name.charCodeAt(i - 1) === 0x6cbb /* 治 */;
}

/** A city or county and a bare suffix, no name: `成都市社区`. */
const ONLY_AN_AREA = new RegExp(`^[${HAN_ALL}]{1,6}(?:省|市|县)(?:社区|街道|小区)$`, 'u');
/** ONLY_AN_AREA, asked only of names whose third character from the end is 省, 市 or 县: nearly every name is asked, few are such. */
function isOnlyAnArea(name: string): boolean {
  const unit = name.charCodeAt(name.length - 3);
  return (unit === 0x7701 /* 省 */ || unit === 0x5e02 /* 市 */ || unit === 0x53bf /* 县 */) && ONLY_AN_AREA.test(name);
}

export interface OrganisationMention {
  name: string;
  /** Offset in the text. */
  at: number;
}

interface ScannedMention extends OrganisationMention {
  /** Where the scan goes on: after the name and an inner body of it (`党支部`). */
  next: number;
}

/**
 * Longest stem before a suffix: `([Han]{1,12}?)` suffix, as a name is read. Twelve, not ten: a chain of units names one
 * community (`东岭片区管委会柳岸街北社区`), and ten cut it inside a word.
 */
const MAX_STEM = 12;

/** The department offices (DEPARTMENT_OFFICES); PLACE_POINTERS, the one character that may stand before one for its place: 市民政局. */
const DEPARTMENTS = new Set(DEPARTMENT_OFFICES);
/** Culture's houses (CULTURE_HOUSES), written without their county before them as a department's office is. */
const CULTURE_HOUSE_SET = new Set(CULTURE_HOUSES);
/** Their first characters: a run that opens with none of them opens with no office (nearly every run). */
const DEPARTMENT_FIRST = codeUnitTable(DEPARTMENT_OFFICES.map((office) => office[0]!));

/** A department's office opening a run of name characters, named alone (`民政局开展…`), or null. */
function departmentOfficeAt(text: string, at: number, bySuffix: ReadonlyMap<number, readonly string[]>): ScannedMention | null {
  if (DEPARTMENT_FIRST[text.charCodeAt(at)] !== 1) return null;
  const suffix = suffixAt(text, at, bySuffix);
  return suffix !== null && DEPARTMENTS.has(suffix) && !namesPost(text, at + suffix.length) ? { name: suffix, at, next: at + suffix.length } : null;
}

/** A post follows the office (`区民政局局长周晓`): the text names its holder, not the office at work. */
const POST_AFTER_OFFICE = /^(?:副?(?:局长|主任|书记)|党组)/u;
function namesPost(text: string, end: number): boolean {
  return POST_AFTER_OFFICE.test(text.slice(end, end + 3));
}

/** The suffix words a community is named for, the college, the centre or the numbered school it grew around. */
const COMMUNITY_NAMED_FOR = new Set(['学院', '中心', '一中', '二中', '三中', '四中', '五中', '六中', '七中', '八中', '九中', '十中'].map((word) => (word.charCodeAt(0) << 16) | word.charCodeAt(1)));
/** `text[from, to)` is one of COMMUNITY_NAMED_FOR: `学院` before `社区`. */
function isCommunityNamedFor(text: string, from: number, to: number): boolean {
  return to - from === 2 && COMMUNITY_NAMED_FOR.has((text.charCodeAt(from) << 16) | text.charCodeAt(from + 1));
}

/** `text[from, to)` is one suffix and nothing else: `社区` before `党总支`. */
function isOnlyASuffix(text: string, from: number, to: number, bySuffix: ReadonlyMap<number, readonly string[]>): boolean {
  const candidates = bySuffix.get(text.charCodeAt(from));
  if (candidates === undefined) return false;
  for (const suffix of candidates) if (suffix.length === to - from && text.startsWith(suffix, from)) return true;
  return false;
}

/** The suffixes of the places an item is about: a sub-district, a town or township, a community, a village. */
const PLACE_SUFFIXES = ['街道', '社区', '镇', '乡', '村'];
/** What a bare prefix never holds: a unit of the map, or a place's own suffix (then the prefix rules read it). */
const NOT_IN_BARE_PREFIX = codeUnitTable([...'省市县区州旗盟镇乡村街道社']);

/**
 * `怀柔汤河口镇` where the text names `汤河口镇` alone elsewhere (after a bracket, a comma, a line's start): what stands
 * before the place's name once is a bare prefix (a county's or a province's name without its unit, `青岛即墨`, `河北唐山`)
 * or the sentence's words (`快乐`), and the convention names the place without it. The tail must be a name of a
 * sub-district, town, community or village of two characters and a suffix at least; the prefix two characters at least
 * and no unit of the map. Else the name as it stands.
 */
export function tailNamedAlone(name: string, texts: readonly string[], vocabulary: Vocabulary): string {
  const suffix = PLACE_SUFFIXES.find((word) => name.endsWith(word));
  if (suffix === undefined || NOT_IN_BARE_PREFIX[name.charCodeAt(0)] === 1) return name;
  for (let cut = 2; name.length - cut - suffix.length >= 2; cut++) {
    if (NOT_IN_BARE_PREFIX[name.charCodeAt(cut - 1)] === 1) return name;
    const tail = name.slice(cut);
    if (!isOrganisationName(tail, vocabulary)) continue;
    for (const text of texts) {
      for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
        if (at === 0 || !isHanCodePoint(text.charCodeAt(at - 1))) return tail;
      }
    }
  }
  return name;
}

/** 使 in a word of its own, not the verb to make: an angel, an envoy, a mission (`天使幼儿园`, `大使馆`, `使命社区`). */
const ENVOY_BEFORE = codeUnitTable([...'天大特信']);
const ENVOY_AFTER = codeUnitTable([...'命馆领者']);
function isEnvoyWord(text: string, at: number): boolean {
  return ENVOY_BEFORE[text.charCodeAt(at - 1)] === 1 || ENVOY_AFTER[text.charCodeAt(at + 1)] === 1;
}

/** What ends a day or a word for those who act before 于, "at": 日, 们 (`学生们`), and the last characters of units' words. */
const ACTOR_END_BEFORE_AT = codeUnitTable([...'日们校院局委会队所站心司部']);

/** `工作` or `任务` at `at`: after 中心, a body's central task (`县委中心工作`). */
function isCentralTask(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return (first === 0x5de5 /* 工 */ && second === 0x4f5c) /* 作 */ || (first === 0x4efb /* 任 */ && second === 0x52a1) /* 务 */;
}

/** The longest suffix of `bySuffix` that starts at `at`, or null. */
function suffixAt(text: string, at: number, bySuffix: ReadonlyMap<number, readonly string[]>): string | null {
  const candidates = bySuffix.get(text.charCodeAt(at));
  if (candidates === undefined) return null;
  for (const suffix of candidates) {
    // (`组织部分委员`: 部分, "some of", is a word of its own; the 部 of a department ends no name before it. `组织部分管领导`
    // is the department's leader in charge: 分管, "in charge of".)
    // (`围绕县委中心工作`: a Party committee's 中心工作 or 中心任务 is its central task; no centre is named. A centre's
    // 工作人员 are its staff: `服务中心工作人员` names the centre.)
    if (text.startsWith(suffix, at) && !(text.charCodeAt(at + suffix.length - 1) === 0x90e8 /* 部 */ && text.charCodeAt(at + suffix.length) === 0x5206 /* 分 */ && text.charCodeAt(at + suffix.length + 1) !== 0x7ba1 /* 管 */) && !(suffix === '中心' && text.charCodeAt(at - 1) === 0x59d4 /* 委 */ && isCentralTask(text, at + 2))) return suffix;
  }
  return null;
}

/**
 * The organisations named in `text`, in order, each the longest name at its place.
 * A name is one to twelve Han characters and a suffix, read from the earliest place
 * it can start: the scan looks up each character in a table of suffixes, which is
 * far cheaper than a regex with a lazy stem tried at every position.
 */
export function organisationsIn(text: string, vocabulary: Vocabulary): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const patterns = compilePatterns(vocabulary);
  for (let mention = nextOrganisation(text, patterns, 0); mention !== null; mention = nextOrganisation(text, patterns, mention.next)) found.push(mention);
  const named = text.includes('《') ? outsideBookTitles(text, found) : found;
  return text.includes('团') ? withRegiments(text, named) : named;
}

/**
 * The mentions that stand outside a title in book-title marks: `《中国红十字会法》`, `《柳岸社区志》` name a law or a book,
 * not the body that acts.
 */
function outsideBookTitles(text: string, found: OrganisationMention[]): OrganisationMention[] {
  return found.filter((mention) => {
    const open = text.lastIndexOf('《', mention.at);
    return open < 0 || text.lastIndexOf('》', mention.at) > open;
  });
}

/**
 * A regiment of the Production and Construction Corps by its number, `五十二团`, `一二七团`, `152团`: a unit of a
 * township's rank, which 团 names in no other name (共青团, 艺术团 and 团委 have no number before it). Two numerals or
 * more: `百团大战`, `一团和气` are no regiment.
 */
const REGIMENT = /(?<![0-9一二三四五六七八九十百零〇])(?:[一二三四五六七八九十百零〇]{2,5}|[0-9]{2,3})团(?![结队员体购伙委部])/gu;

/**
 * The mentions with the regiments named among them, in order. A regiment inside a name found already is that name's;
 * a name read from the regiment's 团 on (`152团西岭村` → `团西岭村`) is the name after it (`西岭村`).
 */
function withRegiments(text: string, found: OrganisationMention[]): OrganisationMention[] {
  let mentions = found;
  for (const match of text.matchAll(REGIMENT)) {
    const at = match.index;
    const end = at + match[0].length;
    if (mentions.some((mention) => mention.at < end - 1 && at < mention.at + mention.name.length)) continue;
    const trimmed = mentions.map((mention) => (mention.at === end - 1 ? { name: mention.name.slice(1), at: end } : mention));
    mentions = [...trimmed, { name: match[0], at }].sort((a, b) => a.at - b.at);
  }
  return mentions;
}

/**
 * `镇` or `乡` right after a name that ends in 镇 (`六镇镇`, `下镇乡`) and before more of the text's words. Not 乡镇 (the
 * townships), not a level of government before a list (`那龙镇镇、村两级`), not the countryside (`城关镇乡村`), not the
 * town's own post or body (`城关镇镇长`, `城关镇镇政府`: the town's head, its government).
 */
function isTownshipSuffixTwice(text: string, at: number, suffix: string): boolean {
  if ((suffix !== '镇' && suffix !== '乡') || text.charCodeAt(at - 1) !== 0x9547 /* 镇 */) return false;
  return isHanCodePoint(text.charCodeAt(at + 1)) && !isCountryside(text, at, suffix) && !TOWN_POST_OR_BODY.test(text.slice(at + 1, at + 3));
}
/** What follows 镇 or 乡 when it names the town's post or body: `镇长`, `镇党委`, `镇政府`, `镇人大`, `镇纪委`. */
const TOWN_POST_OR_BODY = /^(?:长|党委|政府|人大|纪委)/u;

/**
 * `柳村镇`, `东村乡`: a town named for a village, its name one or two characters and 村 (after the areas before it), then
 * 镇 or 乡; not the two levels of government (`村镇两级`, `村镇干部`), nor a village bank (`村镇银行`).
 */
function isTownNamedForVillage(text: string, at: number, end: number, last: string, more: string): boolean {
  if (last !== '村' || (more !== '镇' && more !== '乡')) return false;
  // (The stem back to the area's last character, 区 of a 新区 too: `青西新区大村镇`.)
  let stemStart = end - 1;
  while (stemStart > at && ADMINISTRATIVE_UNIT_END[text.charCodeAt(stemStart - 1)] !== 1) stemStart--;
  const stem = end - 1 - stemStart;
  return stem >= 1 && stem <= 2 && !VILLAGE_AND_TOWN_WORDS.test(text.slice(end + 1, end + 3));
}
const VILLAGE_AND_TOWN_WORDS = /^(?:两级|干部|建设|规划|银行|一体|体系|企业|[、和与及])/u;

/** How many characters stand between 和 at `and` and the stem's start `at`, or the last area before it (`阜阳市太和县`: 1). */
function wordBeforeAnd(text: string, at: number, and: number): number {
  let start = and;
  while (start > at && ADMINISTRATIVE_UNIT_END[text.charCodeAt(start - 1)] !== 1) start--;
  return and - start;
}

/** After 街, the word is a street's or the sub-district's own longer name's (街道, 街办), not this rule's: 街头, 街坊, 街巷, 街区, 街市, 街口, 街心, 街上, 街舞… */
const NOT_SUBDISTRICT_AFTER = codeUnitTable([...'道办头坊巷区市口心上边里景路面舞拍角灯']);
/** Streets named by their kind, not sub-districts: `步行街`, `美食街`, `商业街`, `文化街`. */
const STREET_KINDS = new Set(['步行', '美食', '商业', '文化', '小吃', '风情', '历史', '特色', '酒吧', '购物', '夜市', '休闲', '仿古', '古色', '古城', '老城']);

/**
 * `text[i]` is the 街 of a sub-district named as a street (`越秀区梅花村街`, `东西湖区吴家山街`): a district's 区, a name of
 * two or three Han characters that names no kind of street, then 街, and no word of a street's after it.
 */
function isSubdistrictStreet(text: string, i: number): boolean {
  if (NOT_SUBDISTRICT_AFTER[text.charCodeAt(i + 1)] === 1) return false;
  for (let stem = 2; stem <= 3; stem++) {
    const district = i - stem - 1;
    if (district < 2 || text.charCodeAt(district) !== 0x533a /* 区 */ || NOT_DISTRICT_BEFORE[text.charCodeAt(district - 1)] === 1) continue;
    if (!isHanCodePoint(text.charCodeAt(district - 1)) || !isHanCodePoint(text.charCodeAt(district - 2))) continue;
    let han = true;
    for (let j = district + 1; j < i; j++) if (!isHanCodePoint(text.charCodeAt(j))) han = false;
    if (han && !STREET_KINDS.has(text.slice(district + 1, i))) return true;
  }
  return false;
}

/** The first organisation named in `text` from `from` on (a name ends a run, so the scan may go on at its `next`), or null. */
function nextOrganisation(text: string, patterns: CompiledPatterns, from: number): ScannedMention | null {
  const { textSuffixesByFirst, textScan, textSuffixPairGate } = patterns;
  let runStart = from;
  const length = text.length;
  for (let i = from; i < length; i++) {
    const code = text.charCodeAt(i);
    const scan = textScan[code]!;
    if (scan === SCAN_NAME) continue;
    if (scan < SCAN_SUFFIX) {
      if (isOpeningQuote(code)) {
        const group = quotedGroupAt(text, i);
        if (group !== null) return group;
      }
      // A low surrogate that opens a run followed a high one that is no name's (an emoji's): it is none either.
      if (scan === SCAN_BREAK || i === runStart) runStart = i + 1;
      continue;
    }
    // (A department's office may open a run: `,民政局开展…`; departmentOfficeAt() reads it.)
    if (i === runStart) {
      const office = departmentOfficeAt(text, i, textSuffixesByFirst);
      if (office !== null) return office;
      continue;
    }
    // `越秀区梅花村街`, `海珠区昌岗街`: after a district, a name and 街 alone is a sub-district, a 街道 as some cities name theirs.
    const namedStreet = code === 0x8857 /* 街 */ && isSubdistrictStreet(text, i);
    // `共青团江城市委`: the Youth League's committee of a place, named whole (委 alone ends no name in running text).
    if (code === 0x59d4 /* 委 */) {
      const league = youthLeagueCommitteeAt(text, i, runStart);
      if (league !== null) return league;
    }
    // Most characters that begin a suffix (大, 中, 小…) begin none here: the next character tells.
    if (!namedStreet && scan === SCAN_SUFFIX + 1 && textSuffixPairGate[suffixPairGateIndex(code, text.charCodeAt(i + 1))] !== 1) continue;
    const suffix = namedStreet ? '街' : suffixAt(text, i, textSuffixesByFirst);
    if (suffix === null) continue;
    // (`中心路街道`, `医院路社区`: a suffix before a road's 路 and a suffix after it is the road's name's; the name goes on.)
    if (text.charCodeAt(i + suffix.length) === 0x8def /* 路 */ && suffixAt(text, i + suffix.length + 1, textSuffixesByFirst) !== null) continue;
    // (`梅花村街`: the village's 村 is the sub-district's name's, which goes on to its 街.)
    if (suffix.length === 1 && text.charCodeAt(i + 1) === 0x8857 /* 街 */ && isSubdistrictStreet(text, i + 1)) continue;
    // The stem is text[at, i); the tables tell which stems need the word patterns at all.
    let at = Math.max(runStart, i - MAX_STEM);
    // `3月5日柳岸社区`: a date's digits end the run, so the stem opens on its 日; the leading words are read from the date's start.
    const dateFrom = dateStart(text, at);
    if (LEADING_STARTS[text.charCodeAt(dateFrom)] === 1 && dateFrom < i) {
      const after = leadingRunEnd(text, dateFrom, i, LEADING_BY_FIRST);
      if (after > dateFrom) {
        // `市委社会工作部`, `县委宣传部`: before 委, the city or county names its Party committee, a part of the name (as
        // `区委` is), not the leading word `市` (`市城管局`, the city's bureau); so 经 its economic commission (`市经委`).
        const committee = text.charCodeAt(after) === 0x59d4 /* 委 */ && namesCommittee(text.charCodeAt(after - 1));
        // `每当入夜,当阳市…`: a city's name is two characters or more, so the leading word's last character before
        // `X市` is the city's first (当阳市, not 阳市 after 当; `市城市管理局` names no city called 城市).
        const cityFirst = text.charCodeAt(after + 1) === 0x5e02 /* 市 */ && ONE_CHARACTER_LEADING[text.charCodeAt(after - 1)] === 1 && NOT_CITY_BEFORE[text.charCodeAt(after)] !== 1;
        at = Math.max(at, committee || cityFirst ? after - 1 : after);
      }
    }
    // `2022年柳岸社区…`: a year's digits end the run, so the stem opens on its 年, no name's first character.
    if (text.charCodeAt(at) === 0x5e74 /* 年 */ && at > 0 && isDigit(text.charCodeAt(at - 1)) && i - at > 1) at++;
    // `全区555名城乡低保户`: after a count's digits, 名 (or 位, 个, 户) is its measure word, no name's first character.
    if (COUNT_MEASURES[text.charCodeAt(at)] === 1 && at > 0 && isDigit(text.charCodeAt(at - 1)) && i - at > 1) at++;
    // `这袋青石村的鸡蛋`, `这位柳岸村村民`: 这 and its measure word point at the name after them (namesNoOne(): at none,
    // `这所小学`); no name opens with 这.
    if (text.charCodeAt(at) === 0x8fd9 /* 这 */ && i - at > 3) at += 2;
    // `at === from`: the stem opens right where the name before it ended.
    const boundary = innerBoundaryEnd(text, at, i, at === from && from > 0);
    if (boundary >= 0) at = boundary;
    // `应柳岸社区的邀请`, `应东湖小学之邀`: 应 (at the call of) before the inviting body, as in any `应…邀请`.
    // (`应急管理局`, `应用技术学院`: 应急, emergency, and 应用, applied, open names.)
    if (text.charCodeAt(at) === 0x5e94 /* 应 */ && i - at >= 2 && NOT_AT_THE_CALL_OF[text.charCodeAt(at + 1)] !== 1 && isInvitationAfter(text, i)) at++;
    // `该市实验小学`, `该县第二中学`: 该 and a unit point back at the place just named, as 这 does; no name opens with them.
    if (text.charCodeAt(at) === 0x8be5 /* 该 */ && UNIT_AFTER_THAT[text.charCodeAt(at + 1)] === 1 && i - at >= 2) at += 2;
    // `江城医院于东湖街道…`: 于 right after a name is "at", where the unit named acts; no name's first character. So it is
    // after a day or a word for those who act (`3月21日于…`, `我院于…`, `学生们于…`: 日, 们, or a unit's suffix, ends the
    // word before it).
    if (text.charCodeAt(at) === 0x4e8e /* 于 */ && at > 0 && i - at > 2 && (at === from || ACTOR_END_BEFORE_AT[text.charCodeAt(at - 1)] === 1)) at++;
    // `这是近几日柳岸镇…`, `也在今天上午柳岸村…`: a time word after such a word stands before the name, as at the run's start.
    if (at > runStart && TIME_LEADING_STARTS[text.charCodeAt(at)] === 1) {
      const time = leadingRunEnd(text, at, i, TIME_LEADING_BY_FIRST);
      if (time > at && i - time >= 2) at = time;
    }
    // `东江省临河市东湾区柳岸社区`: the longest stem cut the province to `江省`. No area is named by one character, so
    // the cut took one too few.
    if (at === i - MAX_STEM && at > runStart && ADMINISTRATIVE_UNIT_END[text.charCodeAt(at + 1)] === 1) at--;
    // `志愿者和社区工作人员`, `驻村工作队和村干部`: 和 right before the suffix, after a word of two characters or more,
    // joins two words, and the suffix alone names no one (`仁和镇`, `太和县`, `刘和村`: a one-character name's 和, after
    // the areas before it).
    if (text.charCodeAt(i - 1) === 0x548c /* 和 */ && wordBeforeAnd(text, at, i - 1) >= 2) continue;
    let end = i + suffix.length;
    // `安乡市`, `三乡镇`: a one-character suffix (村, 镇, 乡) makes a name only after two characters or more;
    // before that it is part of the name that goes on (五乡 + 镇).
    if (suffix.length === 1 && i - at < 2) continue;
    // `江苏省镇江市`, `山西省乡宁县`: right after a province, 镇, 乡 or 村 opens the next place's name; a town has a name
    // of its own before its suffix. (Not after 市: `新市镇`, `网市镇` are towns named so.)
    if (suffix.length === 1 && text.charCodeAt(i - 1) === 0x7701 /* 省 */) continue;
    // `山区乡镇`, `全县乡镇`: after a stem of two characters or more, 乡镇 is the word for townships, no town's suffix
    // (isCountryside() passed its 乡 over; `东乡镇` has a stem of one).
    if (suffix === '镇' && text.charCodeAt(i - 1) === 0x4e61 /* 乡 */ && i - 1 - at >= 2) continue;
    // `内乡县`, `安乡县`: before 县, a township's or village's character is part of the county's name (before 市 it may be
    // a market's: `柳岸村市场`; nor is 县 a county in 县道, 县城, 县委, 县里).
    if (suffix.length === 1 && text.charCodeAt(i + 1) === 0x53bf /* 县 */ && NOT_COUNTY_AFTER[text.charCodeAt(i + 2)] !== 1) continue;
    // `景德镇市`: so before 市 a town's character is a city's name's (not `柳岸村市场`, `柳岸镇市民`).
    if (suffix === '镇' && text.charCodeAt(i + 1) === 0x5e02 /* 市 */ && NOT_CITY_AFTER[text.charCodeAt(i + 2)] !== 1) continue;
    // `边陲小镇`, `这座小镇`, `特色小镇`: 小镇, a small town, is a word for a kind of place; no town is named with 小 last.
    if (suffix === '镇' && text.charCodeAt(i - 1) === 0x5c0f /* 小 */) continue;
    // `镇域`, `县域`: the town's or county's area, a noun (`繁荣镇域文化`, `县域经济`), so no name ends at its 镇 or 县.
    if (suffix.length === 1 && text.charCodeAt(i + 1) === 0x57df /* 域 */) continue;
    // `乡村` is the countryside, not a township (乡) followed by a village (村): `花园乡村`.
    if (isCountryside(text, i, suffix)) continue;
    // `中心城区`, `中心地带`: the centre of a place, not a centre that serves it; `党员中心户`: a household.
    if (suffix === '中心' && CENTRE_OF_PLACE.test(text.slice(i + 2, i + 4))) continue;
    // `第十一中学`: 一中 is the end of a number here, and 中学 the suffix; `五一中路`, `人民一中街`: the middle part of a road;
    // `一三中队`: a squadron.
    if (isNumberedMiddleSchool(suffix) && NOT_AFTER_NUMBERED_SCHOOL[text.charCodeAt(i + 2)] === 1) continue;
    // `在游戏中学会合作`, `在实践中学到`: in doing something, learning (中 + 学会); no school. (A school after 在 is named
    // so before what happens there, `在东湖中学举行`.)
    if (suffix === '中学' && LEARNT[text.charCodeAt(i + 2)] === 1 && isInDoing(text, at, i)) continue;
    // `大学生`, `中小学生`: the pupils, not the school.
    if (isSchool(suffix) && text.charCodeAt(i + suffix.length) === 0x751f /* 生 */) continue;
    // `全国中小学`, `全市中小学校`, `各中小学`: the schools of a country, a city or any, no school's name.
    if (isSchoolsAtLarge(text, i, suffix)) continue;
    // The next name may start right after this one, as a regex's next match would.
    runStart = end;
    i = end - 1;
    if (namesNoOne(text, at, end - suffix.length)) {
      // `市民政局`, `县教育局`: the office of the place the text is about, named by its department alone.
      const start = end - suffix.length;
      if (start - at <= 1 && DEPARTMENTS.has(suffix) && (at === start || PLACE_POINTERS[text.charCodeAt(at)] === 1) && !namesPost(text, end)) return { name: suffix, at: start, next: end };
      // `县委宣传部`: the county's own committee's department, its place the one character before it.
      if (start - at === 1 && suffix.charCodeAt(0) === 0x59d4 /* 委 */ && PLACE_POINTERS[text.charCodeAt(at)] === 1) return { name: text.slice(at, end), at, next: end };
      continue;
    }
    // `社区党总支`, `小区党支部`: a body of a community or an estate left unnamed (the item's own), not a name.
    // (But `学院社区`, `中心社区`, `三中社区`: a community named for the college, the centre or the school it grew around is
    // a name, wherever it stands, as after a 街道.)
    if (isOnlyASuffix(text, at, end - suffix.length, textSuffixesByFirst) && !(suffix === '社区' && isCommunityNamedFor(text, at, end - suffix.length))) continue;
    // `沙镇溪镇`: a town's name holding its suffix's character; one character and the same suffix after it are no name of
    // their own (a stem of one makes none, above), so they end this one. (Not `网市镇全镇`, the whole town, nor `A镇和B镇`.)
    const next = text.charCodeAt(end);
    if (suffix.length === 1 && text.charCodeAt(end + 1) === suffix.charCodeAt(0) && isHanCodePoint(next) && CONJUNCTIONS[next] !== 1 && WHOLE_OR_EACH[next] !== 1 && suffixAt(text, end, textSuffixesByFirst) === null) {
      end += 2;
      runStart = end;
      i = end - 1;
    }
    // The longest name wins: 苏村 + 社区, 城关镇 + 中心 + 小学.
    let last = suffix;
    for (let more = suffixAt(text, end, textSuffixesByFirst); more !== null; more = suffixAt(text, end, textSuffixesByFirst)) {
      // `河口街道镇北社区`: a one-character suffix after a name begins the next name (镇北社区), it does not extend this one;
      // but after a town's or township's own 镇 or 乡 it is that name's suffix (`六镇镇`, `下镇乡`: the town is 六镇, 下镇).
      if ((INNER_BODY_STARTS[more.charCodeAt(0)] === 1 && INNER_BODIES.test(more)) || (more.length === 1 && !isTownshipSuffixTwice(text, end, more) && !isTownNamedForVillage(text, at, end, last, more))) break;
      // `五马街道街道辖区`: a suffix of two characters right after itself begins the next words (街道辖区, the
      // sub-district's area); no name holds the same such suffix twice.
      if (more.length > 1 && more === last) break;
      // `柳岸社区大学生志愿者`: the college students of the community, not a community college (`大学生`, as above).
      if (isSchool(more) && text.charCodeAt(end + more.length) === 0x751f /* 生 */) break;
      // `东湖街道学院社区`: after a 街道, a suffix word before 社区 is the community's name (学院社区, 中心社区), the next name.
      if (last === '街道' && text.startsWith('社区', end + more.length)) break;
      // `东湖街道社区志愿组织`: a 街道's communities at large; no community is named 社区 alone. (`东湖街道社区卫生室`
      // is the 街道's health centre, one name.)
      if (last === '街道' && more === '社区' && !SERVING_INSTITUTION.test(text.slice(end + 2, end + 10))) break;
      // `安西派出所社区民警`: a police station's community officer (社区民警, 社区警务), its beat, not a community of it.
      if (more === '社区' && last.endsWith('所') && (text.startsWith('民警', end + 2) || text.startsWith('警务', end + 2))) break;
      // `柳岸镇中心村`, `柳岸镇中心城区`: the town's central village or its centre, not a centre of the town (as above).
      if (more === '中心' && CENTRE_OF_PLACE.test(text.slice(end + 2, end + 4))) break;
      end += more.length;
      last = more;
    }
    if (last.charCodeAt(last.length - 1) === 0x5c40 /* 局 */) end = withBureauUnits(text, end);
    if (SERVING_STARTS[text.charCodeAt(end)] === 1) {
      const serving = SERVING_INSTITUTION.exec(text.slice(end, end + 8));
      if (serving) end += serving[0].length;
    }
    // `南京师范大学附属小学`, `上海音乐学院实验学校`: a school attached to a university or an institute is named after it; read
    // after the institutions that serve a community, so that in `…实验学校小学一年级` the 小学 stays a part of the school.
    if (ATTACHED_STARTS[text.charCodeAt(end)] === 1 && (last.endsWith('大学') || last.endsWith('学院'))) {
      const attached = ATTACHED_SCHOOL.exec(text.slice(end, end + 11));
      if (attached) end += attached[0].length;
    }
    // `“完整社区”`, `“星级社区”`: a name quoted whole is a title or an award, not an organisation.
    if (isOpeningQuote(text.charCodeAt(at - 1)) && isClosingQuote(text.charCodeAt(end))) continue;
    // `青柳街石榴里社区`: in some cities a sub-district is named 街 for 街道; with a name between it and the suffix, it is
    // the first organisation, as `X街道Y社区` names its 街道 first (`解放街社区` is a community named for its street).
    // (Asked only of a stem holding 街: most names hold none.)
    const street = holdsStreet(text, at, end - last.length) ? subDistrictStreetEnd(text, at, end - last.length, textSuffixesByFirst) : 0;
    if (street > 0) return { name: text.slice(at, street), at, next: street };
    // `苏村社区党支部`: the party branch is the community's own, not a further organisation.
    const inner = INNER_BODY_STARTS[text.charCodeAt(end)] === 1 ? INNER_BODIES.exec(text.slice(end, end + 4)) : null;
    return { name: text.slice(at, end), at, next: inner ? end + inner[0].length : end };
  }
  return null;
}

/**
 * A bureau's brigade, squadron or police station, named after it (`县公安局交警大队`, `市公安局城西交警大队河口中队`,
 * `县公安局柳岸派出所`): one name, the bureau's unit at work, as a county's town is named after the county. A word that
 * joins or sends (`公安局联合交警大队`) makes the unit the next name.
 */
const BUREAU_UNITS = new RegExp(`^(?:[${HAN_ALL}]{2,6}?(?:[大支中]队|派出所))+`, 'u');
function withBureauUnits(text: string, end: number): number {
  const units = BUREAU_UNITS.exec(text.slice(end, end + 16));
  return units !== null && innerBoundaryEnd(text, end, end + units[0].length) < 0 ? end + units[0].length : end;
}

/** `text[from, to)` holds a 街: a search of the stem alone, not of the text after it (indexOf reads on to the end). */
function holdsStreet(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 0x8857 /* 街 */) return true;
  return false;
}

/**
 * Where a sub-district named `X街` ends inside the stem `text[from, to)` (after the areas it opens with): two or three
 * characters and 街, then a name of two characters or more (`桥头街福安`), not a street's word (`步行街`, `街道`, `街口`) nor a
 * suffix (`青石街社区…`).
 * 0 where none.
 */
function subDistrictStreetEnd(text: string, from: number, to: number, bySuffix: ReadonlyMap<number, readonly string[]>): number {
  const start = afterAdministrativePrefix(text, from, to);
  for (const stem of [2, 3]) {
    const street = start + stem;
    if (text.charCodeAt(street) !== 0x8857 /* 街 */ || to - (street + 1) < 2) continue;
    if (NOT_AFTER_SUB_DISTRICT[text.charCodeAt(street + 1)] === 1 || STREET_WORDS.has(text.slice(start, street))) continue;
    // (`柳岸街社区居委会`: a suffix right after 街 makes the street's name that of the body after it.)
    if (suffixAt(text, street + 1, bySuffix) !== null) continue;
    return street + 1;
  }
  return 0;
}
/** `街道`, `街办` (its office), `街区`, `街巷`, `街头`, `街口`, `街坊`: words of 街, no sub-district's end. */
const NOT_AFTER_SUB_DISTRICT = codeUnitTable([...'道办区巷头口坊路面市心']);
/** Streets by what they are, not by name: `步行街`, `商业街`, `美食街`. */
const STREET_WORDS = new Set(['步行', '商业', '美食', '小吃', '文化', '特色', '风情', '老城', '古城', '历史']);

/**
 * 市, 县 or 经 before 委: a city's or county's Party committee (`市委`; the leading word 市 names the city alone in
 * `市城管局`), or an economic commission (`经委`; the leading word 经 reads `经过` elsewhere).
 */
function namesCommittee(code: number): boolean {
  return code === 0x5e02 /* 市 */ || code === 0x53bf /* 县 */ || code === 0x7ecf /* 经 */;
}

/** The units of the map whose Party committee a Youth League committee is named after: `省委`, `市委`, `县委`, `区委`. */
const LEAGUE_PLACE_UNIT = codeUnitTable([...'省市县区']);
/** 员 and 会 after 委: 委员会 and 委会 are suffixes of their own (`共青团临河县委员会`). */
const NOT_LEAGUE_COMMITTEE_AFTER = codeUnitTable([...'员会']);
/** Most characters from 共青团 to the place's unit: `共青团江城市东湾区`. */
const MAX_LEAGUE_PLACE = 10;

/**
 * `共青团江城市委`, `共青团东江省委`, `共青团柳岸县委`: the Youth League's committee of a place at the 委 `at`, named whole
 * as the conventions write it (not `团市委`'s department word, not the place's Party committee `市委` alone), or null.
 * Only Han characters, within the run, stand between 共青团 and the place's unit.
 */
function youthLeagueCommitteeAt(text: string, at: number, runStart: number): ScannedMention | null {
  if (LEAGUE_PLACE_UNIT[text.charCodeAt(at - 1)] !== 1 || NOT_LEAGUE_COMMITTEE_AFTER[text.charCodeAt(at + 1)] === 1) return null;
  const open = text.lastIndexOf('共青团', at - 2);
  if (open < 0 || open < runStart || at - 1 - (open + 3) < 1 || at - 1 - (open + 3) > MAX_LEAGUE_PLACE) return null;
  for (let k = open + 3; k < at; k++) if (!isHanCodePoint(text.charCodeAt(k))) return null;
  return { name: text.slice(open, at + 1), at: open, next: at + 1 };
}

/** 市, 县, 区, 镇, 乡, 村 after 该 (that): `该市`, the city just named. */
const UNIT_AFTER_THAT = codeUnitTable([...'市县区镇乡村']);

/** Longest quoted name of a group: `“云上乡场”`, `“暖心驿站”`. */
const MAX_QUOTED_NAME = 8;
/** Most characters from the closing quote to a group's suffix: `志愿服务` in `“红马甲”志愿服务队`. */
const MAX_AFTER_QUOTE = 5;
/**
 * A team's words run one longer, who its members are and what they do (`“电骡子”共产党员服务队`, `“爱心剪”理发志愿服务队`):
 * a 站 that far is a phrase's (`“爱心小屋”成市民温馨驿站`).
 */
const MAX_TEAM_AFTER_QUOTE = 6;
/**
 * What a group named by a quoted name is: a team, a station or post, an association, a centre (in running text 队 and
 * 站 alone end no name, but after a quoted name they do); by their first code unit.
 */
const QUOTED_GROUP_SUFFIXES = wordsByFirst(['队', '站', '协会', '中心']);

/**
 * A volunteers' team or service post named by a quoted name, the quotation marks its own (`“红马甲”志愿服务队`,
 * `“暖心驿站”志愿服务站`), at the opening quote `open`, or null. The quoted words are the name, not a name in
 * themselves (`“云上乡场”志愿队` is no township 云上乡); the words after the quote say what the group is (`志愿服务`,
 * not a verb: `“暖心驿站”成为服务站` names none).
 */
function quotedGroupAt(text: string, open: number): ScannedMention | null {
  let close = -1;
  for (let j = open + 1; j < text.length && j <= open + MAX_QUOTED_NAME + 1; j++) {
    const code = text.charCodeAt(j);
    if (isClosingQuote(code)) {
      close = j;
      break;
    }
    if (!isHanCodePoint(code)) return null;
  }
  if (close < open + 3) return null;
  // (The group's words are two characters or more: `志愿` 队, not a bare `队`.)
  for (let k = close + 1; k < text.length && k <= close + MAX_TEAM_AFTER_QUOTE + 1; k++) {
    if (!isHanCodePoint(text.charCodeAt(k))) return null;
    if (k < close + 3) continue;
    const suffix = wordAt(text, k, text.length, QUOTED_GROUP_SUFFIXES);
    if (suffix === null || (k > close + MAX_AFTER_QUOTE + 1 && suffix !== '队')) continue;
    if (innerBoundaryEnd(text, close + 1, k) >= 0) return null;
    return { name: text.slice(open, k + suffix.length), at: open, next: k + suffix.length };
  }
  return null;
}

/** Where the date that ends just before `at` starts (`12月3日`, its digits), or `at`. */
function dateStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && DATE_UNITS[text.charCodeAt(from - 1)] === 1) from--;
  return from;
}
const DATE_UNITS = codeUnitTable([...'0123456789０１２３４５６７８９月']);

// (`新民镇中心村`: a central village, the village's kind, and 村 its suffix.)
const CENTRE_OF_PLACE = /^(?:户|城区|市区|地带|区域|位置|地段|广场|村)/;

/**
 * After `一中`…`十中`, what makes it no school: 学 (`第十一中学`), 路 and 街 (`五一中路`, a road's middle part), 队
 * (`一三中队`, a school's Young Pioneers' squadron), 医 (`第三中医医院`, a hospital of Chinese medicine).
 */
const NOT_AFTER_NUMBERED_SCHOOL = codeUnitTable([...'学路街队医']);

/** What 学 opens after `在…中`: 学会, 学到, 学习 (learning in doing). */
const LEARNT = codeUnitTable([...'会到习']);

/** `在` opens the few characters before `i`, where a stem from `at` stands: `在游戏中学会`. */
function isInDoing(text: string, at: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, at - 1, i - 6); k--) if (text.charCodeAt(k) === 0x5728 /* 在 */) return true;
  return false;
}

/** `一中` to `十中`: a middle school by number (`德兴一中`). */
function isNumberedMiddleSchool(suffix: string): boolean {
  return suffix.length === 2 && suffix.charCodeAt(1) === 0x4e2d /* 中 */ && '一二三四五六七八九十'.includes(suffix[0]!);
}

function isSchool(suffix: string): boolean {
  return suffix === '小学' || suffix === '中学' || suffix === '大学';
}

/** What 村 begins as a word of its own: `村民`, `村内`, `村容村貌`, `村史馆`, `村级`, `村务`, `村里`, `村庄`. */
const VILLAGE_WORD_SECONDS = codeUnitTable([...'民内貌史级容务里庄落']);
/**
 * `乡村`, `乡愁`, `乡音`, `乡贤`, `乡镇`, `乡邻` (the neighbours): 乡 opens these words, it ends no township. Not 亲, 情, 土, 风,
 * 里, which follow a township's name as often (`下镇乡里`, `城关乡亲子活动`, `XX乡情况`).
 */
const TOWNSHIP_WORD_SECONDS = codeUnitTable([...'村愁音贤镇邻']);

/** `返乡`, `还乡`, `回乡`, `故乡`, `思乡`, `异乡`, `他乡`: 乡 ends these words (going home, home, away), no township's name. */
const HOME_WORD_FIRSTS = codeUnitTable([...'返还回故思异他']);

/**
 * `全镇`, `各村`, `该乡`, `本村`, `整村`, `两镇`: a place's suffix after these is the place at large; after a particle or a
 * preposition (`红星村的村民`, `到镇`), a word of the sentence.
 */
const WHOLE_OR_EACH = codeUnitTable([...'全各该本每此整两一这那其的地得了着过在到为是有等里内外上下中']);

/** `和`, `与`, `及`, `、`: what joins two words of a list. */
const CONJUNCTIONS = codeUnitTable([...'和与及、']);
/**
 * What town and country (`城乡`) have together, never what a township does (`扮靓城乡环境`, `城乡一体化`); a township whose
 * name ends in 城 (`古城乡`) names itself before a verb or a body (`古城乡开展`, `古城乡党委`).
 */
const TOWN_AND_COUNTRY_NOUNS = new Set(
  ['环境', '建设', '管理', '发展', '居民', '一体', '融合', '统筹', '面貌', '规划', '差距', '公交', '低保', '医保', '均衡', '结合', '协调', '二元'].map(
    (word) => (word.charCodeAt(0) << 16) | word.charCodeAt(1),
  ),
);

/** What the towns have together (`城镇社区`, `城镇居民`, `城镇低保`). */
const TOWNS_NOUNS = new Set(['社区', '居民', '人口', '低保', '医保', '职工', '就业', '建设'].map((word) => (word.charCodeAt(0) << 16) | word.charCodeAt(1)));

function isCountryside(text: string, at: number, suffix: string): boolean {
  // `乡村`, `乡愁`: 乡 begins a word here. After a conjunction, `城乡` is town and country (`住房和城乡建设局`), where a
  // stem of its own makes 中城 a township's name (`中城乡`); so it is before what the two have together (`扮靓城乡环境`).
  if (suffix === '乡') {
    if (TOWNSHIP_WORD_SECONDS[text.charCodeAt(at + 1)] === 1) return true;
    if (HOME_WORD_FIRSTS[text.charCodeAt(at - 1)] === 1) return true;
    // `乡亲们`: the plural makes the folk of the countryside of 乡亲 (not `城关乡亲子活动`, a township's parent-and-child event).
    if (text.charCodeAt(at + 1) === 0x4eb2 /* 亲 */ && text.charCodeAt(at + 2) === 0x4eec /* 们 */) return true;
    if (text.charCodeAt(at - 1) !== 0x57ce /* 城 */) return false;
    return CONJUNCTIONS[text.charCodeAt(at - 2)] === 1 || TOWN_AND_COUNTRY_NOUNS.has((text.charCodeAt(at + 1) << 16) | text.charCodeAt(at + 2));
  }
  // `东湖区城镇社区`, `东湖区城镇居民`: after a district or a conjunction, 城镇 is the towns (urban communities, residents),
  // where a township named so stands first or after a stem (`古城镇社区`).
  if (suffix === '镇' && text.charCodeAt(at - 1) === 0x57ce /* 城 */ && at >= 2) {
    return (endsAdministrativeUnit(text, at - 2) || CONJUNCTIONS[text.charCodeAt(at - 2)] === 1) && TOWNS_NOUNS.has((text.charCodeAt(at + 1) << 16) | text.charCodeAt(at + 2));
  }
  // `引导村民`, `清理村内`: 村 begins a word here, it ends no name.
  if (suffix === '村' && VILLAGE_WORD_SECONDS[text.charCodeAt(at + 1)] === 1) return true;
  // `走村串户`: going from village to village, no village's name.
  if (suffix === '村' && text.charCodeAt(at + 1) === 0x4e32 /* 串 */ && text.charCodeAt(at + 2) === 0x6237 /* 户 */) return true;
  // `农村`, `乡村`: the countryside.
  return suffix === '村' && (text.charCodeAt(at - 1) === 0x4e61 /* 乡 */ || text.charCodeAt(at - 1) === 0x519c /* 农 */);
}

/**
 * `文化下乡`, `送春联下乡`: going down to the countryside, a verb; a township so named has one character before its 下
 * (`山下乡`, `岭下乡`), after its county's name or not. The stem is `text[from, to)`, 乡 at `to`. (`三下乡`, the campaign
 * that sends culture, science and health there, is the verb's too: no township is named for a numeral.)
 */
function goesToCountryside(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(to - 1) !== 0x4e0b /* 下 */ || text.charCodeAt(to) !== 0x4e61 /* 乡 */) return false;
  return to - afterAdministrativePrefix(text, from, to) >= 3 || text.charCodeAt(to - 2) === 0x4e09 /* 三 */;
}

/** The stem `text[from, to)` is a quantifier, a pronoun or ends like one: `各社区`, `我们村`, `这个小区`. */
function namesNoOne(text: string, from: number, to: number): boolean {
  // No stem, or one character, is no name before a suffix (`入学校` in `进入学校`, `该社区`): names have two or more.
  if (to - from < 2) return true;
  const first = text.charCodeAt(from);
  const second = text.charCodeAt(from + 1);
  if (to - from === 2 && isPairWord(NOT_A_NAME_PAIRS, first, second)) return true;
  // `这所小学`, `这些社区`, `这一村`: this one, these; no name opens with 这.
  if (first === 0x8fd9 /* 这 */) return true;
  if (isPairWord(NO_NAME_OPENING_PAIRS, first, second)) return true;
  if (describesOnly(text, from, to)) return true;
  // `青年服务社区`, `服务社区居民`: to serve the community, a verb and its object; no community's name ends in 服务.
  if (text.charCodeAt(to - 2) === 0x670d /* 服 */ && text.charCodeAt(to - 1) === 0x52a1 /* 务 */ && text.startsWith('社区', to)) return true;
  if (goesToCountryside(text, from, to)) return true;
  // `情暖社区`, `年味满村`, `一起跑村`, `很少回村`: warming, filling, running to or going back to the community or village,
  // a slogan's verb before it; no community's or village's name ends so.
  if (VERB_BEFORE_COMMUNITY[text.charCodeAt(to - 1)] === 1 && (text.charCodeAt(to) === 0x6751 /* 村 */ || text.startsWith('社区', to))) return true;
  // `师生学雷锋情暖敬老院`: 情暖 (warms with care) is a headline's verb before any unit, as no name ends.
  if (to - from >= 2 && text.charCodeAt(to - 2) === 0x60c5 /* 情 */ && text.charCodeAt(to - 1) === 0x6696 /* 暖 */) return true;
  // `千村示范万村`, `百村`: a number of villages, not one.
  if (COUNTING_END[text.charCodeAt(to - 1)] === 1) return true;
  // `…巧解老旧小区`: old estates in general; no name ends in 老旧.
  if (to - from > 2 && text.charCodeAt(to - 2) === 0x8001 /* 老 */ && text.charCodeAt(to - 1) === 0x65e7 /* 旧 */) return true;
  // `俺家乡`, `我们家乡`: someone's home town, no township's name (`张老家乡` is one: no pronoun before its 家).
  // (`热爱家乡`, `建设家乡`, `回报家乡`: the home town a verb loves, builds or repays, no township either.)
  if (text.charCodeAt(to - 1) === 0x5bb6 /* 家 */ && text.charCodeAt(to) === 0x4e61 /* 乡 */ && (ENDS_LIKE_NO_NAME[text.charCodeAt(to - 2)] === 1 || VERB_BEFORE_HOME[text.charCodeAt(to - 2)] === 1)) return true;
  return ENDS_LIKE_NO_NAME[text.charCodeAt(to - 1)] === 1;
}

/** Verbs that end before 家乡, the home town (`热爱`, `建设`, `回`, `美化`, `发展`, `回报`, `扮靓`, `思念`, `保卫`): namesNoOne(). */
const VERB_BEFORE_HOME = codeUnitTable([...'爱设回化展报靓念卫']);

/** Verbs that end a slogan's stem before 社区 or 村: namesNoOne(). */
const VERB_BEFORE_COMMUNITY = codeUnitTable([...'暖满跑回']);

const PLACE_LEVEL_CHARACTERS = codeUnitTable([...'省市县区乡镇村街']);

/** The whole text is an organisation's name (`大陆南小学`, `兴山区`), not a phrase that ends in a suffix (`小小志愿者走进敬老院`). */
export function isOrganisationName(text: string, vocabulary: Vocabulary): boolean {
  const patterns = compilePatterns(vocabulary);
  // `小记者探访气象站` ends in a suffix but names a reporter: a headline, not a name; so does `…情暖敬老院` (namesNoOne()).
  if (!isOrganisationWhole(patterns, text) || innerBoundaryEnd(text, 0, text.length, false, false) >= 0 || patterns.roleAnywhere.test(text) || text.includes('情暖', 1)) return false;
  // `社区` alone (a column's name) is the word, not a name: its 区 is no suffix after a stem of 社.
  if (vocabulary.organisationSuffixes.includes(text)) return false;
  // `送书下乡 书香满村`: a headline's phrase ending in 下乡 is no header's township, as in running text.
  if (goesToCountryside(text, 0, text.length - 1)) return false;
  // `镇区`, `乡村`, `县区`, `村镇`: two levels of place joined are a word for places of that kind (a channel's name), no one.
  if (text.length === 2 && PLACE_LEVEL_CHARACTERS[text.charCodeAt(0)] === 1 && PLACE_LEVEL_CHARACTERS[text.charCodeAt(1)] === 1) return false;
  // `办起邻里集市`, `东门超市` end in 市 but name no city.
  const last = text.length - 1;
  return text.charCodeAt(last) !== 0x5e02 /* 市 */ || endsAdministrativeUnit(text, last);
}

/** One organisation however it is printed: `临河市东湖区东坡小学` and `东坡小学` are the same school. */
export function sameOrganisationKey(name: string): string {
  // `市民政局` in a header and `民政局` in the text below: one office, its place pointed at by one character.
  if (PLACE_POINTERS[name.charCodeAt(0)] === 1 && DEPARTMENTS.has(name.slice(1))) return name.slice(1);
  return withoutAdministrativePrefix(name) ?? name;
}

/** The organisation an item is about, from a text: the first named, without a city, county or district before it. */
export function firstOrganisation(text: string, vocabulary: Vocabulary): string | null {
  return firstOf(organisationsIn(text, vocabulary));
}

/**
 * firstOrganisation() of a text whose mentions organisationsIn() has found already. With `passCompounds`, a residential
 * compound (`桃园小区`) is passed over: where people live is a place, the 街道 or 社区 named after it the organisation.
 */
export function firstOrganisationOf(mentions: readonly OrganisationMention[], passCompounds = false): string | null {
  return firstOf(mentions, passCompounds);
}

function firstOf(mentions: readonly OrganisationMention[], passCompounds = false): string | null {
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const next = mentions[i + 1];
    // `东湾区南门街道…`: the district is a prefix when a further name follows at once.
    if (next && next.at === mention.at + mention.name.length && ADMINISTRATIVE.test(mention.name)) continue;
    const name = withoutAdministrativePrefix(mention.name);
    if (name !== null && !(passCompounds && isCompound(name))) return name;
  }
  return null;
}

/** `桃园小区`: a residential compound, named by where people live. */
function isCompound(name: string): boolean {
  return name.endsWith('小区');
}

/**
 * Whether `before` and the areas that open `name` are one run of provinces, cities and districts:
 * `江北省临河市` before `东湾区柳岸社区`, or `内蒙古` cut off by the longest stem before `乌海市乌达区爱民社区`.
 */
function opensWithAreas(before: string, name: string): boolean {
  if (ADMINISTRATIVE_RUN.test(before)) return true;
  const rest = withoutAdministrativePrefix(name);
  const areas = rest === null ? name : name.slice(0, name.length - rest.length);
  return areas.length > 0 && before.length <= MAX_STEM && ADMINISTRATIVE_RUN.test(before + areas);
}

/** The organisation a text opens with (`XX街道XX社区近日…`), and the first it names wherever it stands. */
export function openingOrganisations(text: string, vocabulary: Vocabulary): { atStart: string | null; first: string | null } {
  const mentions = organisationsIn(text, vocabulary);
  const first = mentions[0];
  if (!first) return NO_OPENING_ORGANISATIONS;
  // `江北省临河市东湾区柳岸社区有…`: a province, city and district before the name still open the text with it.
  const atStart = first.at === 0 || opensWithAreas(text.slice(0, first.at), first.name);
  // The first name that opens a clause (`创城工作开展以来,XX镇共…`), not one in quotes or mid-phrase (`关注“XX社区”公众号`).
  // A name the text opens with, after its areas (`内蒙古自治区乌海市…`), is that clause's subject too.
  const subject = atStart ? 0 : mentions.findIndex((mention) => mention.at === 0 || CLAUSE_START_BEFORE[text.charCodeAt(mention.at - 1)] === 1);
  // firstOf() of all the mentions answers both where the subject is the first mention.
  if (subject === 0) {
    const ofAll = firstOf(mentions);
    return { atStart: atStart ? ofAll : null, first: ofAll };
  }
  return { atStart: null, first: subject < 0 ? null : firstOf(mentions.slice(subject)) };
}
/** What stands before a name that opens a clause: a comma, a semicolon, a space. */
const CLAUSE_START_BEFORE = codeUnitTable([...',，;；、 \u3000']);
const NO_OPENING_ORGANISATIONS = Object.freeze({ atStart: null, first: null });

/**
 * The unit a headline opens with when a verb of holding an event follows it at once (`柳岸社区开展…活动`,
 * `东坡中学举办…`): the headline's subject, the unit that acted, or null. An area alone (`东湾区开展…`) is left
 * to the text, which names the office that acted.
 */
export function actorOfHeadline(mentions: readonly OrganisationMention[], text: string): string | null {
  const first = mentions[0];
  if (first === undefined || (first.at !== 0 && !opensWithAreas(text.slice(0, first.at), first.name))) return null;
  let end = first.at + first.name.length;
  // (Its people may stand between, `东坡中学师生开展…`, `柳岸社区党员举办…`: the unit still held it.)
  const people = HEADLINE_PEOPLE.find((word) => text.startsWith(word, end));
  if (people !== undefined) end += people.length;
  if (HEADLINE_ACT_FIRST[text.charCodeAt(end)] !== 1 || !HEADLINE_ACTS.some((verb) => text.startsWith(verb, end))) return null;
  const name = withoutAdministrativePrefix(first.name);
  return name === null || ADMINISTRATIVE.test(name) ? null : name;
}
/** Verbs of holding an event, as a headline writes them after the unit that held it. */
const HEADLINE_ACTS = ['开展', '举办', '举行', '组织', '召开'];
/** The unit's people, named between it and the verb. */
const HEADLINE_PEOPLE = ['师生', '党员', '干部', '职工', '志愿者', '青年'];
const HEADLINE_ACT_FIRST = codeUnitTable(HEADLINE_ACTS.map((verb) => verb[0]!));

/** A province, city, county or district name: two or three characters and the unit (`江干区`, `泰兴市`, `榆中县`). */
/** The four cities under the state, often printed without their 市 before a district (`北京东城区`): a unit of the run. */
const MUNICIPALITY = /北京|上海|天津|重庆/u;

// (An autonomous unit is named by its peoples too, `内蒙古自治区`, `柳溪侗族自治县`: longer, and its own alternative, after
// the others, so that a city before it is found first.)
const ADMINISTRATIVE_AREA = new RegExp(`[${HAN_ALL}]{2,3}?(?:省|市|县|区|旗)|[${HAN_ALL}]{2,12}?自治(?:区|州|县|旗)|${MUNICIPALITY.source}`, 'gu');
/**
 * What opens no area's name: `全市`, `我县`, `城市`, `超市`, `各区`, `社区` (a 区 after 社, 小, 街…), `来自古冶区` (from; and
 * `自治区` alone is the kind of area, not its name).
 */
const NO_AREA_START = codeUnitTable([...'全我本该各此城超门都集夜股上每由在为从到向与和对据经是于自']);
/** `区域` (region), `市场` (market): a unit's character that opens a word with the character after it. */
const UNIT_WORD_SECONDS = new Set(['区域', '市场'].map((word) => (word.charCodeAt(0) << 16) | word.charCodeAt(1)));
/**
 * Words that end in a unit's character and name no area: `成熟上市` (goes on sale), `附近超市` (a supermarket),
 * `夜市`, `股市`, `楼市`, `早市`, `菜市`, `闹市`. (Not 城市 or 都市: 盐城市 and 成都市 are cities.)
 */
const UNIT_WORDS = new Set(['上市', '超市', '夜市', '股市', '楼市', '早市', '菜市', '闹市'].map((word) => (word.charCodeAt(0) << 16) | word.charCodeAt(1)));
/**
 * What a city or a district earns, not its name: `创建全国文明城市`, `国家卫生城市`, `全国文明城区` (盐城市, 聊城市 and 东城区
 * stay places).
 */
const CITY_TITLE_WORDS = new Set(['文明', '卫生', '园林', '森林', '智慧', '宜居', '海绵', '旅游', '生态', '平安']);

/** Whether `text` before `end` is such a title: no area ends there, whichever of its characters a match starts at. */
function endsInCityTitle(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return end >= 4 && text.charCodeAt(end - 2) === 0x57ce /* 城 */ && (last === 0x5e02 /* 市 */ || last === 0x533a /* 区 */) && CITY_TITLE_WORDS.has(text.slice(end - 4, end - 2));
}

/** Words no area's name holds: `青年在团旗下` names no 旗 (banner), `三个市民` no city (a count; `个旧市` is one). */
const NOT_IN_AREA = /[在的了着是从向把被我]|[一二三四五六七八九十两几每多0-9]个/u;

/**
 * `要让城市亮起来`: 城市 (cities, the word) after a word that ends what came before it (让, 为, 把…), not a city named
 * X城 (盐城市, 聊城市), whose name opens with no such word.
 */
function isCitiesAfterAWord(name: string): boolean {
  return name.length >= 3 && name.endsWith('城市') && INNER_BOUNDARY_ONE[name.charCodeAt(name.length - 3)] === 1;
}

/**
 * The area an item is about when it names no organisation: the last unit of the first run of
 * them (`浙江省杭州市江干区` → `江干区`), or null. The convention's last resort for community.
 */
export function firstAdministrativeArea(text: string): string | null {
  ADMINISTRATIVE_AREA.lastIndex = 0;
  let found: string | null = null;
  let runEnd = -1;
  for (let match = ADMINISTRATIVE_AREA.exec(text); match !== null; match = ADMINISTRATIVE_AREA.exec(text)) {
    const name = match[0];
    if (found !== null && match.index !== runEnd) break;
    const unitIsDistrict = name.endsWith('区');
    if (
      NO_AREA_START[name.charCodeAt(0)] === 1 ||
      // (`走进邓州市`: the 进 of 走进, going into the city; 进贤县 is a county still.)
      (name.charCodeAt(0) === 0x8fdb /* 进 */ && text.charCodeAt(match.index - 1) === 0x8d70 /* 走 */) ||
      // (`辣椒之乡鸡泽县`: the 乡 of 之乡, the home of something, before the county; no township's name.)
      (name.charCodeAt(0) === 0x4e61 /* 乡 */ && text.charCodeAt(match.index - 1) === 0x4e4b /* 之 */) ||
      NOT_IN_AREA.test(name) ||
      (unitIsDistrict && NOT_DISTRICT_BEFORE[name.charCodeAt(name.length - 2)] === 1) ||
      // `全市各区`, `全县每区`: a unit after a word that points at it (各, 该, 每…) is no area's name, wherever the run began.
      CITY_POINTERS[name.charCodeAt(name.length - 2)] === 1 ||
      // `农贸市场`, `片区区域`: the unit's character opens a word with the next (市场, 区域), it ends no area. (Not 城市:
      // 盐城市 and 聊城市 are cities.)
      UNIT_WORD_SECONDS.has((name.charCodeAt(name.length - 1) << 16) | text.charCodeAt(match.index + name.length)) ||
      // (`三个市民`: the citizens, not a city; but `临河市民政局` is the city's civil affairs office.)
      (name.endsWith('市') && text.startsWith('民', match.index + name.length) && !text.startsWith('民政', match.index + name.length)) ||
      UNIT_WORDS.has((name.charCodeAt(name.length - 2) << 16) | name.charCodeAt(name.length - 1)) ||
      endsInCityTitle(text, match.index + name.length) ||
      isCitiesAfterAWord(name)
    ) {
      if (found !== null) break;
      // The next place to try is the next character: past both halves of `𠀋`, which a `u` regex would otherwise start at again.
      ADMINISTRATIVE_AREA.lastIndex = match.index + (name.codePointAt(0)! > 0xffff ? 2 : 1);
      continue;
    }
    // A municipality without its 市 opens a run, but is no unit's name the item is about by itself (the other
    // alternative's names are three characters or more).
    if (name.length === 2) {
      runEnd = match.index + name.length;
      continue;
    }
    found = name;
    runEnd = match.index + name.length;
  }
  return found;
}
