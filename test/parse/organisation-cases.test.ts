// Organisation names at the edges of the recogniser's rules, each read as an editor reads it. The mutation run of
// src/parse/organisations.ts found these unstated (docs/mutation.md); the sentences are our own.

import { describe, expect, it } from 'vitest';
import { firstAdministrativeArea, firstOrganisation, isOrganisationName, openingOrganisations, organisationsIn, sameOrganisationKey } from '../../src/parse/organisations.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const names = (text: string) => organisationsIn(text, DEFAULT_VOCABULARY).map((mention) => mention.name);

describe('where a name ends and what follows it', () => {
  it('keeps a school or a community whose next word begins with 学: `学子`, `学习`', () => {
    expect(names('东坡小学学子在运动会上夺冠。')).toEqual(['东坡小学']);
    expect(names('苏村社区学习新规。')).toEqual(['苏村社区']);
  });

  it('reads a stem of up to twelve characters before the suffix whole: a chain of units names one community', () => {
    // `东岭片区管理处柳岸街北社区`: twelve characters before 社区, read from the first (not cut to its last ten, `片区…`).
    expect(names('东岭片区管理处柳岸街北社区开展了活动')).toEqual(['东岭片区管理处柳岸街北社区']);
    expect(names('近日,东岭片区管理处柳岸街北社区开展了活动')).toEqual(['东岭片区管理处柳岸街北社区']);
    // (A management committee, 管委会, is a name of its own since the fiftieth session: the chain names two.)
    expect(names('东岭片区管委会柳岸街北社区开展了活动')).toEqual(['东岭片区管委会', '柳岸街北社区']);
  });

  it('reads 生 after 小学 or 中学 as the pupils, after any other suffix as the next word', () => {
    expect(names('城区小学生参加比赛。')).toEqual([]);
    expect(names('城区中学生参加比赛。')).toEqual([]);
    expect(names('东坡学校生活丰富多彩。')).toEqual(['东坡学校']);
  });

  it('ends a name at its suffix where the same suffix of two characters follows it: the words after it are the next ones', () => {
    expect(names('临河区五马街道街道辖区内有一支巡逻队。')).toEqual(['临河区五马街道']);
    expect(names('柳岸社区社区居民议事会开会。')).toEqual(['柳岸社区']);
    // Two different suffixes still make one name: the longest wins.
    expect(names('城关镇中心小学开学。')).toEqual(['城关镇中心小学']);
  });

  it("reads Inner Mongolia's township and village, 苏木 and 嘎查, as a town's and a village's suffixes", () => {
    expect(names('红柳苏木巴彦嘎查的牧民搬进了新居。')).toEqual(['红柳苏木', '巴彦嘎查']);
    expect(firstOrganisation('近日,红柳苏木巴彦嘎查开展培训。', DEFAULT_VOCABULARY)).toBe('红柳苏木');
  });

  it('keeps 求是 ("seeking the truth") in a school\'s name, where 是 alone ends a stem', () => {
    expect(names('江城市求是中学三百名师生参加了活动。')).toEqual(['江城市求是中学']);
    expect(names('这是柳岸小学的学生。')).toEqual(['柳岸小学']);
  });

  it("opens no name with a year's 年: the figures end the run, the name starts after them", () => {
    expect(names('2023年柳岸社区获评市级文明社区。')).toEqual(['柳岸社区']);
    expect(names('督查组对全区2023年镇村两级的工作进行了检查。')).toEqual([]);
  });

  it("reads the family-planning association and the elders' committee for the young (计生协, 关工委) as a unit's inner bodies, as its 党支部: 2008, in our words", () => {
    expect(names('柳岸街道办事处计生协开展宣传月活动。')).toEqual(['柳岸街道办事处']);
    expect(names('青石社区关工委组织“六一”游园活动。')).toEqual(['青石社区']);
  });

  it('reads a state farm or a forest farm as a unit (农场, 林场), a kind of farm as none', () => {
    expect(firstOrganisation('10月8日,工人在东湾县柳城华侨农场收割甘蔗。', DEFAULT_VOCABULARY)).toBe('柳城华侨农场');
    expect(names('青石林场党支部组织护林员巡山。')).toEqual(['青石林场']);
    expect(names('柳岸村的家庭农场里,瓜果飘香。')).toEqual(['柳岸村']);
  });

  it("reads a 镇 or 乡 right after a town's or township's own as its suffix: the town's name holds the first", () => {
    expect(names('临河县双镇镇青石村农户正在收稻。')).toEqual(['临河县双镇镇', '青石村']);
    expect(names('东湾县上镇乡开展春耕培训。')).toEqual(['东湾县上镇乡']);
    expect(names('城关镇乡村振兴工作推进会召开。')).toEqual(['城关镇']);
    expect(names('河口街道镇北社区开展活动。')).toEqual(['河口街道', '镇北社区']);
    // 乡镇 are the townships; `镇、村两级` the town's and the villages' levels.
    expect(names('从平原到山区乡镇,稻谷丰收。')).toEqual([]);
    expect(names('双镇镇镇、村两级干部全部到岗。')).toEqual(['双镇镇']);
    // Only 镇 or 乡 doubles a town's suffix: the 村 after a town opens the villages' words (村两委: each village's committees).
    expect(names('城关镇村两委换届工作顺利完成。')).toEqual(['城关镇']);
    // The town's own post or body after its name: 镇长 is the town's head, not a second 镇 of its name.
    expect(names('1月5日,柳河镇镇长王明一行来到敬老院。')).toEqual(['柳河镇']);
    expect(names('东坪镇镇政府组织干部开展培训。')).toEqual(['东坪镇']);
    expect(names('随后,石桥镇乡长赶到。')).toEqual(['石桥镇']);
  });

  it('ends a stem at a verb of knowing, telling or running: the object is no name of its own', () => {
    expect(names('你还记得青石小学么?')).toEqual(['青石小学']);
    expect(names('居民介绍社区的变化。')).toEqual([]);
    expect(names('大家希望知道社区的安排。')).toEqual([]);
    expect(names('他们认真经营社区书屋。')).not.toContain('认真经营社区');
    expect(names('居民向社区反映小区路灯不亮。')).toEqual([]);
  });

  it('ends a stem at 来自 (from): where someone comes from is named after it', () => {
    expect(names('来自东湖社区的志愿者参加了活动。')).toEqual(['东湖社区']);
  });

  it('keeps a town whose next word begins like a village word: `镇内`', () => {
    expect(names('南岭镇内道路全部硬化。')).toEqual(['南岭镇']);
  });

  it('reads 和 between two words as “and”, but keeps it in a name that begins with it or holds it near its start', () => {
    expect(names('居民和柳岸社区的志愿者一起打扫楼道。')).toEqual(['柳岸社区']);
    expect(names('少先队员分组和汪弄社区的老人结对。')).toEqual(['汪弄社区']);
    expect(names('和平社区开展活动。')).toEqual(['和平社区']);
    expect(names('永和里社区开展活动。')).toEqual(['永和里社区']);
    expect(names('安和家园小区开展活动。')).toEqual(['安和家园小区']);
    // 和 right before the suffix, after a word: `志愿者和社区工作人员` names no one; a one-character name's 和 stays,
    // after the areas before it too.
    expect(names('柳岸社区组织党员、志愿者和社区工作人员打扫楼道。')).toEqual(['柳岸社区']);
    expect(names('驻村工作队和村干部走访农户。')).toEqual([]);
    expect(names('仁和镇开展活动。')).toEqual(['仁和镇']);
    expect(names('临河市仁和镇开展活动。')).toEqual(['临河市仁和镇']);
  });

  it('reads 镇, 乡 or 村 right after a province as the next place\'s first character, not a town without a name', () => {
    expect(names('江北省镇江市东湾区柳岸社区开展活动。')).toEqual(['江北省镇江市东湾区柳岸社区']);
    expect(names('江北省乡宁县青石村的村民正在晒秋。')).toEqual(['江北省乡宁县青石村']);
    // (After 市 a town may be named so: `新市镇`.)
    expect(names('新市镇开展活动。')).toEqual(['新市镇']);
    // Right after a name, 和 as the next name's second character is that name's (`永和家园`), not “and”: only as its first.
    expect(names('华泾社区永和家园社区联合开展活动。')).toEqual(['华泾社区', '永和家园社区']);
  });

  it('reads 有 after a word as the verb “there is”, but keeps it where a name opens with it or holds 有限', () => {
    expect(names('幸好有社区帮忙,树枝很快修剪好了。')).toEqual([]);
    expect(names('居民希望有物业公司入驻小区。')).toEqual([]);
    expect(names('辖区还有柳岸社区的志愿者。')).toEqual(['柳岸社区']);
    expect(names('有色金属公司开展活动。')).toEqual(['有色金属公司']);
    expect(names('有福村开展活动。')).toEqual(['有福村']);
    expect(names('东湾供电有限公司开展活动。')).toEqual(['东湾供电有限公司']);
    expect(names('绿源有机农业公司开展活动。')).toEqual(['绿源有机农业公司']);
  });

  it('reads 开设 and 开办 as verbs that take a school as their object', () => {
    expect(names('社区今年开设老年大学,报名的居民有两百多人。')).toEqual(['老年大学']);
    expect(names('村里开办幼儿园后,孩子们不用再走远路上学。')).toEqual([]);
  });

  it('reads a verb before 路 or 街 as a road’s name, but not before 街道', () => {
    expect(names('建设路小学开学了。')).toEqual(['建设路小学']);
    expect(names('建设街社区开展活动。')).toEqual(['建设街社区']);
    expect(names('居民建设家园。')).toEqual([]);
    expect(names('社区工作人员马上上报街道。')).toEqual([]);
  });

  it('takes no stem that ends in the 们 of a plural of people', () => {
    expect(names('居民们小区里种满了花。')).toEqual([]);
    expect(names('我们村有三百户。')).toEqual([]);
  });

  it('starts no name inside an emoji: a low surrogate after a high one is not part of a name', () => {
    // 🐀 is U+1F400: its low surrogate is U+DC00, the first of the low surrogates.
    expect(names('🐀苏村社区开展活动。')).toEqual(['苏村社区']);
    expect(names('🐀苏村社区开展活动。')[0]).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  it('reads a team or post named by a quoted name as one name, quotation marks and all', () => {
    expect(names('社区组建“银发先锋”志愿服务队,为独居老人送餐。')).toEqual(['“银发先锋”志愿服务队']);
    expect(names('居民在广场旁的“暖心驿站”志愿服务站歇脚。')).toEqual(['“暖心驿站”志愿服务站']);
    expect(names('柳岸社区“红马甲”志愿队走进小区。')).toEqual(['柳岸社区', '“红马甲”志愿队']);
    expect(names('“巧手坊”妇女协会成立。')).toEqual(['“巧手坊”妇女协会']);
    // The quoted words are the group's name, not a name of their own: no township 乡 inside `“云上乡场”`.
    expect(names('由“云上乡场”志愿服务队搭台。')).toEqual(['“云上乡场”志愿服务队']);
    // Not a verb after the quote (`“暖心驿站”成为服务站`), nor a name too short or too long in quotes, nor more than five
    // characters from the quote to the suffix, nor words that are not all Han.
    expect(names('“暖心驿站”成为服务站。')).toEqual([]);
    expect(names('“站”志愿服务队成立。')).toEqual([]);
    expect(names('“老街邻里守望互助之家”志愿服务队成立。')).toEqual([]);
    expect(names('“暖心驿站”社区志愿者服务队成立。')).toEqual([]);
    expect(names('“暖心A站”志愿服务队成立。')).toEqual([]);
    expect(names('“暖心驿站” 志愿服务队成立。')).toEqual([]);
    // A title or an award quoted whole, with no group's suffix after it, names none.
    expect(names('获评“文明单位”称号。')).toEqual([]);
    // At the edges: a quoted name of two characters and of eight, five characters from the quote to the suffix, a name
    // that ends in a word that elsewhere parts two (到, as in `走到`); the group's words are two characters at least, so
    // 队 right after the quote is the next word's (`队员`); a closing quote without its opening one opens nothing.
    expect(names('居民组建“暖心”志愿服务队。')).toEqual(['“暖心”志愿服务队']);
    expect(names('“春风十里不如你家”志愿服务队成立。')).toEqual(['“春风十里不如你家”志愿服务队']);
    expect(names('“红马甲”青年志愿者队走进社区。')).toEqual(['“红马甲”青年志愿者队']);
    expect(names('社区“随叫随到”志愿服务队上门维修。')).toEqual(['“随叫随到”志愿服务队']);
    expect(names('“暖心驿站”队员们在巷口值守。')).toEqual([]);
    expect(names('老人们说 银发先锋”志愿服务队常来。')).toEqual([]);
  });

  it("keeps a department's 和 between its two fields (文化和旅游局): 和 before one of those fields joins no two words", () => {
    expect(names('市发展和改革委员会召开会议。')).toEqual(['发展和改革委员会']);
    for (const name of ['市文化广播电视和旅游局', '县文体广电和旅游局', '县教育和体育局', '市人力资源和社会保障局', '市工业和信息化局', '县自然资源和规划局', '市卫生和计划生育委员会']) {
      expect(isOrganisationName(name, DEFAULT_VOCABULARY), name).toBe(true);
    }
    // Before any other word, 和 still joins two: `居民和柳岸社区` names the community alone.
    expect(names('居民和柳岸社区一起开展活动。')).toEqual(['柳岸社区']);
    expect(isOrganisationName('文化和体验馆', DEFAULT_VOCABULARY)).toBe(false);
  });

  it('reads a school by its number after the place it serves as one name with it: 第二小学 alone names no school', () => {
    expect(names('丽水新村第二小学举行运动会。')).toEqual(['丽水新村第二小学']);
    expect(names('柳岸镇第一中心小学开学。')).toEqual(['柳岸镇第一中心小学']);
    expect(names('青石社区第十二中学的学生来了。')).toEqual(['青石社区第十二中学']);
    expect(names('柳岸村第3幼儿园开园。')).toEqual(['柳岸村第3幼儿园']);
    // Not a number of four numerals or more, nor one with no school after it.
    expect(names('柳岸村第一二三四小学')[0]).toBe('柳岸村');
    expect(names('柳岸村第一次开会。')).toEqual(['柳岸村']);
  });

  it('reads 这 and its measure word as pointing at the name after them; a stem of 这 and one character is none', () => {
    expect(names('这袋青石村的鸡蛋卖光了。')).toEqual(['青石村']);
    expect(names('这位柳岸村村民说。')).toEqual(['柳岸村']);
    expect(names('这所小学有百年历史。')).toEqual([]);
    expect(names('这些社区都参加了。')).toEqual([]);
  });

  it('reads 该 and a unit (该市, 该县 …) as pointing back at a place named before: the name is what follows them', () => {
    // After a verb that ends the stem (给) as at the start of the text.
    expect(names('民警在给该市实验小学的学生们上课。')).toEqual(['实验小学']);
    expect(names('该县第二中学的学生来了。')).toEqual(['第二中学']);
    expect(names('该区柳岸街道开展活动。')).toEqual(['柳岸街道']);
    // Nothing left but a suffix: the town's school, the village's committee, named by no name of their own.
    expect(names('该镇中心小学开学。')).toEqual([]);
    expect(names('近日,该村村委会组织村民。')).toEqual([]);
    // 该 before no unit is left to the other rules: `该校`, a quantifier's stem, is none.
    expect(names('该校学生参加比赛。')).toEqual([]);
  });
});

describe('the areas before a name', () => {
  it('leave the same organisation’s key: the name without its province, city and district', () => {
    expect(sameOrganisationKey('江北省临河市东湾区柳岸社区')).toBe('柳岸社区');
    expect(sameOrganisationKey('东江省临河市东湾区柳岸社区')).toBe('柳岸社区');
    expect(sameOrganisationKey('临河东湾区南门街道')).toBe('南门街道');
  });

  it('take a city named X城 or X都 for one at the head of a name, or after a province; 城市 after other words is the word', () => {
    expect(sameOrganisationKey('新疆柳城市东湖街道')).toBe('东湖街道');
    expect(sameOrganisationKey('江城市住建局')).toBe('住建局');
    expect(sameOrganisationKey('成都市柳岸社区')).toBe('柳岸社区');
    // (The word: the city's old estates, which the county city renews; no city called 造城.)
    expect(sameOrganisationKey('临河市改造城市老旧社区')).toBe('改造城市老旧社区');
  });

  it("leave a department's office its key where one character points at its place: `市民政局` is the 民政局 the text names", () => {
    expect(sameOrganisationKey('市民政局')).toBe('民政局');
    expect(sameOrganisationKey('县教育局')).toBe('教育局');
    // Not a name that merely opens with such a character: 区 is part of 区委, and 市场监管所 is no 场监管所.
    expect(sameOrganisationKey('区委宣传部')).toBe('区委宣传部');
    expect(sameOrganisationKey('市场监管所')).toBe('市场监管所');
  });

  it('are read in the first eight characters only, unless a run of them goes on from there', () => {
    // 厂区 (a works' grounds) at the ninth character ends no area before it: the name is whole.
    expect(sameOrganisationKey('东风汽车制造厂厂区居委会')).toBe('东风汽车制造厂厂区居委会');
    expect(sameOrganisationKey('东方红拖拉机厂生活区居委会')).toBe('东方红拖拉机厂生活区居委会');
    // After a city, a unit five characters or more past it, beyond the eighth, goes on no run: the name keeps it.
    expect(sameOrganisationKey('临河市东风机械厂生活区柳岸社区')).toBe('东风机械厂生活区柳岸社区');
    expect(sameOrganisationKey('临河市东风厂生活区柳岸社区')).toBe('东风厂生活区柳岸社区');
  });

  it("are read past the eighth character where an autonomous unit ends the run: its name holds its peoples'", () => {
    expect(sameOrganisationKey('临河市柳溪侗族自治县青石乡')).toBe('青石乡');
    expect(sameOrganisationKey('江北省青山土家族苗族自治州柳岸镇')).toBe('柳岸镇');
    // Within the first eight characters, as any unit: nothing changes.
    expect(sameOrganisationKey('柳溪侗族自治县青石乡')).toBe('青石乡');
  });

  it('only 自治 makes a unit autonomous: a works’ quarter named with 自 or 治 and another character goes on no run', () => {
    // 自建区 (the self-built houses), 整治区 (the area being put in order): a works' quarters, past the eighth
    // character and five after the city, kept in the name as 生活区 is.
    expect(sameOrganisationKey('临河市东风机械厂自建区柳岸社区')).toBe('东风机械厂自建区柳岸社区');
    expect(sameOrganisationKey('临河市东风机械厂整治区柳岸社区')).toBe('东风机械厂整治区柳岸社区');
  });

  it('name an autonomous region, prefecture, county or banner whole, its peoples with it, as the last resort for community', () => {
    expect(firstAdministrativeArea('柳溪侗族自治县的村民在晾晒稻谷')).toBe('柳溪侗族自治县');
    expect(firstAdministrativeArea('青山土家族苗族自治州举行运动会')).toBe('青山土家族苗族自治州');
    // The last unit of the first run, as for any areas: the county after its region, a city before its county.
    expect(firstAdministrativeArea('北疆维吾尔自治区柳河县的牧民')).toBe('柳河县');
    expect(firstAdministrativeArea('临河市柳溪侗族自治县青石乡')).toBe('柳溪侗族自治县');
  });

  it('name no city in a count of citizens (`三个市民`), and the city before its civil affairs office still', () => {
    expect(firstAdministrativeArea('午后,三个市民在路中央晒太阳')).toBe(null);
    expect(firstAdministrativeArea('两个区的居民')).toBe(null);
    expect(firstAdministrativeArea('临河市民政局开展慰问')).toBe('临河市');
  });

  it('name no township in the 乡 of 之乡, the home of something, but the county after it (1615, in our words)', () => {
    expect(firstAdministrativeArea('在中国小米之乡柳岸县,民间艺人在进行舞龙表演')).toBe('柳岸县');
    // (A county whose name opens with 乡 is one still.)
    expect(firstAdministrativeArea('乡宁县的村民在晾晒玉米')).toBe('乡宁县');
  });

  it('do not include the 市 of a market, a supermarket or the word for city', () => {
    expect(sameOrganisationKey('东关农贸市场管理所')).toBe('东关农贸市场管理所');
    expect(sameOrganisationKey('城南超市管理站')).toBe('城南超市管理站');
    expect(sameOrganisationKey('临河市城市管理局')).toBe('城市管理局');
  });

  it('open a text with the name after them, which is also the first name that opens a clause', () => {
    const text = '内蒙古自治区乌海市乌达区爱民社区开展义诊活动。';
    expect(openingOrganisations(text, DEFAULT_VOCABULARY)).toEqual({ atStart: '爱民社区', first: '爱民社区' });
    expect(firstOrganisation(text, DEFAULT_VOCABULARY)).toBe('爱民社区');
  });

  it('do not make a name mid-phrase open the text', () => {
    expect(openingOrganisations('志愿者走进柳岸社区打扫楼道。', DEFAULT_VOCABULARY)).toEqual({ atStart: null, first: null });
    expect(openingOrganisations('今年以来,柳岸社区共办了十场讲座。', DEFAULT_VOCABULARY)).toEqual({ atStart: null, first: '柳岸社区' });
  });
});

describe('a line that is an organisation name whole (isOrganisationName)', () => {
  it('ends in no 市 of a market or a shop: a headline about a market is no city', () => {
    expect(isOrganisationName('河畔社区办起邻里集市', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('东门超市', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('临河市', DEFAULT_VOCABULARY)).toBe(true);
    expect(isOrganisationName('江北省临河市', DEFAULT_VOCABULARY)).toBe(true);
  });

  it('is no suffix word alone: `社区` or `街道` as a column name names no one', () => {
    expect(isOrganisationName('社区', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('街道', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('柳岸社区', DEFAULT_VOCABULARY)).toBe(true);
  });

  it('ends in no 老旧 before its suffix: old estates in general', () => {
    expect(names('撬动多方力量巧解老旧小区治理难题')).toEqual([]);
    expect(names('柳岸街道巧解老旧小区停车难。')).toEqual(['柳岸街道']);
  });

  it('ends no township at a 乡 that opens a word (乡愁, 乡村), but at the 乡 a name ends with (下镇乡里)', () => {
    expect(names('留住念想和乡愁,东冶镇办起村史馆。')).toEqual(['东冶镇']);
    expect(names('下镇乡里刮春风')).toEqual(['下镇乡']);
    // `乡亲们`, the folk of the countryside; `乡亲` before anything else may be a township's name and the next word.
    expect(names('一组图片,带你看看乡亲们的忙碌。')).toEqual([]);
    expect(names('城关乡亲子活动开展了。')).toEqual(['城关乡']);
  });

  it('ends a name before it at 记录 (recording one): 934, in our words', () => {
    expect(names('重阳节,镜头记录柳岸村老人的笑脸。')).toEqual(['柳岸村']);
  });

  it('ends a name before it at 支持 (supporting one), and reads 乡镇 before a school as the townships at large (889, 900, in our words)', () => {
    expect(names('同学们为支持柳岸村大清洁活动,开展了宣讲。')).toEqual(['柳岸村']);
    expect(names('促进乡镇学校教育均衡,江城一中与柳岸镇中心小学结对。')).toEqual(['江城一中', '柳岸镇中心小学']);
  });

  it('reads 镇 before 市 as part of a city\'s name (景德镇市, 902), but not before a market or the townsfolk', () => {
    expect(firstOrganisation('江西省景德镇市浮梁县柳岸镇青石村开展宣讲。', DEFAULT_VOCABULARY)).toBe('柳岸镇');
    expect(names('柳岸镇市场监管所开展检查。')).toEqual(['柳岸镇']);
    expect(names('柳岸镇市民广场热闹起来。')).toEqual(['柳岸镇']);
  });

  it("reads a democratic party's committee of a place, 委会 ending it (872, in our words)", () => {
    expect(names('日前,由农工党江城市委会主办的义诊活动在柳岸小学举行。')).toEqual(['农工党江城市委会', '柳岸小学']);
  });

  it('ends no township at a 乡 that closes a word of going home (返乡, 还乡, 故乡): 873, in our words', () => {
    expect(names('春节前外出务工的青年陆续返乡,柳岸乡为他们办起招聘会。')).toEqual(['柳岸乡']);
    expect(names('不少青年回到故乡创业,青石乡为他们办起培训班。')).toEqual(['青石乡']);
  });

  it("reads a suffix before a road's 路 and another suffix as the road's name's (中心路街道, 医院路社区): 2000, in our words", () => {
    expect(names('1月18日,临河市东湾区中心路街道各社区开展了活动。')).toEqual(['临河市东湾区中心路街道']);
    expect(names('柳岸医院路社区开展义诊活动。')).toEqual(['柳岸医院路社区']);
    // (No suffix after the road: the unit before it is the name, `柳岸医院路口`.)
    expect(names('柳岸医院路口新设了公交站。')).toEqual(['柳岸医院']);
  });

  it('starts no name after a verb that keeps a place so (保持, 维护), nor an area in the 进 of 走进: 2021 and 2024, in our words', () => {
    expect(names('为了保持二中校园整洁,柳岸中学的志愿者开展清洁活动。')).toEqual(['柳岸中学']);
    expect(names('志愿者维护青石社区环境。')).toEqual(['青石社区']);
    expect(firstAdministrativeArea('小记者走进临河市消防队参观学习。')).toBe('临河市');
    // (A county whose name opens with 进 is one: `进贤县`.)
    expect(firstAdministrativeArea('进贤县的志愿者上街清扫。')).toBe('进贤县');
  });

  it('reads 集镇 (a market town) after describing words as a kind of place, no name (美丽集镇, 文明集镇 built or made): 1980, in our words', () => {
    expect(names('为打造美丽集镇,柳岸镇开展环境整治活动。')).toEqual(['柳岸镇']);
    expect(names('为进一步营造文明集镇氛围,柳岸镇文明办开展志愿服务。')).toEqual(['柳岸镇文明办']);
    // (A town whose name ends in 集 is one: `柳集镇`, `余集镇`.)
    expect(names('近日,柳集镇开展环境整治活动。')).toEqual(['柳集镇']);
  });

  it('ends no township at the home town a verb loves, builds or repays (热爱家乡, 建设家乡, 回报家乡): 1968, in our words', () => {
    expect(names('为激发每个人热爱家乡、热爱生活的精神,月湾社区开展活动。')).toEqual(['月湾社区']);
    expect(names('青年们回乡建设家乡,回报家乡,柳岸镇为他们办起培训班。')).toEqual(['柳岸镇']);
    // (A township named after a family, `王家乡`, is one still.)
    expect(names('近日,王家乡开展义诊活动。')).toEqual(['王家乡']);
  });

  it('cuts the areas before a name, but not down to a suffix alone', () => {
    expect(firstOrganisation('在共青团临河市东湾区委员会指导下开展活动。', DEFAULT_VOCABULARY)).toBe('东湾区委员会');
    expect(firstOrganisation('临河市东湾区办事处开展活动。', DEFAULT_VOCABULARY)).toBe('东湾区办事处');
    expect(firstOrganisation('临河市东湾区柳岸社区开展活动。', DEFAULT_VOCABULARY)).toBe('柳岸社区');
  });

  it('reads `全国中小学`, `全市中小学`, `各中小学` as the schools of an area, no school; a place before 中小学 names one', () => {
    expect(names('这次全国中小学校刊展评,青石四中的校刊拿了一等奖。')).toEqual(['青石四中']);
    expect(names('全市中小学今天开学。')).toEqual([]);
    expect(names('各中小学今天开学。')).toEqual([]);
    expect(names('青石中小学今天开学。')).toEqual(['青石中小学']);
  });

  it("cuts no county before 镇: `古县镇` is a town's name, whose 县 is no county's end", () => {
    expect(firstOrganisation('古县镇中心养老院里暖意融融。', DEFAULT_VOCABULARY)).toBe('古县镇中心养老院');
    expect(firstOrganisation('临河县柳岸镇中心养老院里暖意融融。', DEFAULT_VOCABULARY)).toBe('柳岸镇中心养老院');
  });

  it('takes no area from a unit after a word that points at it: 全市各区, 该县, 每区', () => {
    expect(firstAdministrativeArea('全市各区开展了志愿服务活动。')).toBe(null);
    expect(firstAdministrativeArea('临河市各区都有了长者食堂。')).toBe('临河市');
    expect(firstAdministrativeArea('全县每区设一个服务站,柳河县也不例外。')).toBe('柳河县');
  });

  it('takes no area from a word ending in a unit’s character: 上市, 超市, 夜市 …, but 城市 and 都市 may end a city', () => {
    expect(firstAdministrativeArea('当前，柳岸脐橙进入成熟上市的时节。')).toBe(null);
    expect(firstAdministrativeArea('居民们常去柳岸路附近超市购物。')).toBe(null);
    expect(firstAdministrativeArea('游客来到成都市参观。')).toBe('成都市');
  });

  it("takes no area from a city's title only where the title ends in 城市 or 城区: 旅游港区 is a district", () => {
    expect(firstAdministrativeArea('游客来到旅游港区参观。')).toBe('旅游港区');
    expect(firstAdministrativeArea('柳岸县正在争创文明城市。')).toBe('柳岸县');
  });

  it('takes no city from 城市, cities, after a word that ends what came before it: 要让城市亮起来; 聊城市 is one', () => {
    expect(firstAdministrativeArea('要让城市亮起来,志愿者们忙个不停。')).toBe(null);
    expect(firstAdministrativeArea('要把城市建设得更美。')).toBe(null);
    expect(firstAdministrativeArea('聊城市的志愿者上街清扫。')).toBe('聊城市');
    expect(firstAdministrativeArea('来到盐城市参观。')).toBe('盐城市');
    // Only before 城市: 个旧市 opens with 个, a word that ends what came before it elsewhere.
    expect(firstAdministrativeArea('来到个旧市参观。')).toBe('个旧市');
  });

  it('reads 乡镇 after a stem of two characters or more as the word for townships, neither a township nor a town', () => {
    expect(names('围绕扶持山区乡镇特色产业开展调研。')).toEqual([]);
    expect(names('全县评选美丽乡镇，柳岸镇榜上有名。')).toEqual(['柳岸镇']);
    expect(names('柳岸区乡镇干部参加培训。')).toEqual([]);
    // A stem of exactly two characters: `偏远` + 乡镇.
    expect(names('偏远乡镇的干部来到柳岸村。')).toEqual(['柳岸村']);
    // A one-character stem before 乡 makes a town's name: 东乡 + 镇.
    expect(names('东乡镇开展义诊活动。')).toEqual(['东乡镇']);
  });
});

describe('a college named for the two fields it joins with 与', () => {
  it('keeps 与 inside the name before 学院: no boundary there', () => {
    expect(names('近日,化学与材料学院的志愿者来到柳岸社区。')).toEqual(['化学与材料学院', '柳岸社区']);
    expect(names('音乐与舞蹈学院开展活动。')).toEqual(['音乐与舞蹈学院']);
  });

  it('still parts two names joined by 与, and a name after 与 before any other suffix', () => {
    expect(names('东坡中学与江城师范学院共建。')).toEqual(['东坡中学', '江城师范学院']);
    expect(names('居民与柳岸社区的志愿者一起。')).toEqual(['柳岸社区']);
  });
});

describe('城镇: the towns, or a township named 城', () => {
  it('are the towns after a district or a conjunction, before what they have together; a township stands first or after a stem', () => {
    expect(names('年底前东湖区城镇社区将全部设立服务点。')).toEqual([]);
    expect(names('东湖区和城镇居民一起参加。')).toEqual([]);
    expect(names('古城镇社区开展义诊。')).toEqual(['古城镇社区']);
    expect(names('临河县古城镇开展义诊。')).toEqual(['临河县古城镇']);
  });
});

describe('以 before a kind of place', () => {
  it('opens a phrase (`以社区为单位`), no part of a name', () => {
    expect(names('各街道都将以社区为单元设服务点。')).toEqual([]);
    expect(names('以东湖社区为试点。')).toEqual(['东湖社区']);
  });
});

describe('建起 inside a headline', () => {
  it('is the verb between the community and what it built', () => {
    expect(names('柳岸社区建起志愿服务站')).toEqual(['柳岸社区']);
    expect(isOrganisationName('柳岸社区建起志愿服务站', DEFAULT_VOCABULARY)).toBe(false);
    expect(isOrganisationName('柳岸社区志愿服务站', DEFAULT_VOCABULARY)).toBe(true);
  });
});

describe('走村串户', () => {
  it('goes from village to village: its 村 ends no name', () => {
    expect(names('志愿者带着铁钳走村串户,宣传垃圾分类。')).toEqual([]);
    expect(names('东湾村串起了一条旅游线。')).toEqual(['东湾村']);
  });
});

describe('an honour and its list', () => {
  it('name no one: a batch or a level, then the kind of honour last', () => {
    expect(names('该社区获评首批省级书香特色社区。')).toEqual([]);
    expect(names('东湾村获评全国绿色家园示范村。')).toEqual(['东湾村']);
    expect(names('青石镇名列第三批全国森林乡村示范镇。')).toEqual(['青石镇']);
    // (A name of its own stays: `东湾示范村` is a village.)
    expect(names('东湾示范村开展义诊。')).toEqual(['东湾示范村']);
  });
});
