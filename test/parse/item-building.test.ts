// How the parser builds an item from its labelled lines (src/parse/build-item.ts), one rule at a time, on short
// texts of our own: which organisation the item is about, its kind, its dateline and date, the lines of its head,
// the paragraphs joined across column breaks, the people of a lead alone on its line, and where the item is cut.
// The mutation run of build-item.ts found these rules unstated by the fixtures (docs/mutation.md).

import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/model.js';
import { parse } from '../../src/parse/parser.js';

const items = (text: string, year: number | null = 2024) => parse(text, { year }).items;
const only = (text: string, year: number | null = 2024) => {
  const found = items(text, year);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('bylines printed after the editors of an item that names no one', () => {
  it("are that item's writers and photographer, not an item of their own", () => {
    // (Its paragraphs are its text, not captions above the bylines: an editor's line stands below the text.)
    const text =
      '柳岸社区办起夜间集市\n\n近日,柳岸社区在广场上办起夜间集市,三十多个摊位摆满了居民自家做的小吃,吸引了周边小区的居民前来逛一逛、尝一尝。\n\n' +
      '社区负责人说,集市每周五晚上开放,摊位费全免,收入归摊主自己,社区只负责卫生和秩序。\n\n审核:周宁\n撰稿:林小禾\n图片:杜晓帆\n';
    const found = items(text);
    expect(found.map((item) => [item.title, item.blocks.length, item.people])).toEqual([
      ['柳岸社区办起夜间集市', 2, [{ name: '林小禾', role: null, source: 'byline' }, { name: '杜晓帆', role: null, source: 'credit' }]],
    ]);
  });

  it('open the next item where the item above has its writers already', () => {
    const text = '柳岸社区办起夜间集市\n\n近日,柳岸社区在广场上办起夜间集市,三十多个摊位摆满了居民自家做的小吃。(记者 许明)\n审核:周宁\n撰稿:林小禾\n昨天,东湖社区的邻里节开幕,居民们带来了自家种的蔬菜。\n';
    expect(items(text).map((item) => item.authors)).toEqual([['许明'], ['林小禾']]);
  });
});

describe("a picture's label between paragraphs", () => {
  it('shows a scene going on (正在): the picture\'s, not a sub-heading that makes the item a feature', () => {
    const item = only('柳岸社区包饺子过冬至\n\n冬至这天,柳岸社区请来二十多位居民一起包饺子。\n\n志愿者和老人们正在包粽子\n\n饺子出锅后,志愿者把第一批送到了独居老人家里。\n');
    expect([item.kind, item.blocks.length, item.asides.map((aside) => [aside.kind, aside.text])]).toEqual(['brief', 2, [['caption', '志愿者和老人们正在包粽子']]]);
  });

  it('shows people at work, or names the shot (合影, 现场): pictures, where a sub-heading says what a part is about', () => {
    const labels = ['志愿者为独居老人更换灯泡', '志愿者们陪同老人前往卫生院', '志愿者合影', '义诊现场图'];
    const text = `柳岸社区志愿者进家门\n\n冬至这天,柳岸社区的志愿者走进独居老人家中。\n\n${labels[0]}\n\n他们帮老人换灯泡、修水管,还陪老人聊天。\n\n${labels[1]}\n\n有的老人腿脚不便,志愿者就陪着去看病。\n\n${labels[2]}\n\n${labels[3]}\n\n社区卫生院的医生也来了,为老人量血压。\n`;
    const item = only(text);
    expect([item.kind, item.blocks.length, item.asides.map((aside) => aside.text)]).toEqual(['brief', 4, labels]);
  });

  it('a sub-heading that says what a part is about stays one: the item is a feature', () => {
    const text = '柳岸社区的冬天\n\n冬至这天,柳岸社区的志愿者走进独居老人家中。\n\n志愿者的心里话\n\n他们说,帮老人做点小事,自己也很快乐。\n\n网格连万家,服务暖人心\n\n社工们每周都去网格里走一走。\n';
    expect(only(text).kind).toBe('feature');
  });
});

describe('the organisation an item is about', () => {
  it("is the header's after the series' tag a site sets before it with a bar (丨, |, ｜)", () => {
    for (const head of ['宝藏小城丨柳岸乡:志愿服务迎新春', '新春走基层|柳岸乡:志愿服务迎新春', '新春走基层｜柳岸乡：志愿服务迎新春']) {
      const item = only(`${head}\n\n近日,柳岸乡开展志愿服务活动,居民们都说好。\n`);
      expect([item.community, item.title], head).toEqual(['柳岸乡', '志愿服务迎新春']);
    }
  });

  it('passes over the compound where it happened for the 街道 or 社区 named after it, in the opening or a later paragraph', () => {
    expect(only('广场舞跳起来\n本报讯 近日，在柳岸小区的广场上，东湖街道举办了广场舞比赛。\n(李 莉)\n').community).toBe('东湖街道');
    expect(only('广场舞跳起来\n本报讯 近日，柳岸小区的广场上热闹非凡。\n居民们说，东湖街道送来的新音响真不错。\n(李 莉)\n').community).toBe('东湖街道');
    // A text that names nothing but the compound is about the compound.
    expect(only('广场舞跳起来\n本报讯 近日，柳岸小区的广场上热闹非凡。\n(李 莉)\n').community).toBe('柳岸小区');
  });

  it('is the headline’s when the body’s opening names it too, even after another name', () => {
    const item = only('柳岸社区办起长者食堂\n本报讯 近日，东湖街道柳岸社区的长者食堂开张，六十多位老人吃上了热饭。\n(李 莉)\n');
    expect(item.title).toBe('柳岸社区办起长者食堂');
    expect(item.community).toBe('柳岸社区');
  });

  it('is not the headline’s when the opening does not name it: then the opening’s first', () => {
    // (A headline opening with the unit and 开展, `晨光小学开展…`, names who held it: parser-cases.test.ts.)
    const item = only('读书月里的晨光小学\n本报讯 4月2日，城南街道组织辖区学校开展读书月活动，孩子们读了不少好书。\n(周 宁)\n');
    expect(item.community).toBe('城南街道');
  });

  it('is the subtitle’s when the headline names none and the opening names the subtitle’s', () => {
    const item = only('一碗热饭暖人心\n——柳岸社区办起长者食堂\n本报讯 近日，东湖街道柳岸社区的长者食堂开张，老人们吃上了热饭。\n(李 莉)\n');
    expect(item.subtitle).toBe('——柳岸社区办起长者食堂');
    expect(item.community).toBe('柳岸社区');
  });

  it('is the unit of a byline before the body when the opening names none', () => {
    const item = only('春天的校园\n□东坡小学小记者站 林小雨\n三月的校园里，迎春花开了，同学们在花坛边读书、画画。\n');
    expect(item.community).toBe('东坡小学');
  });

  it('is the headline’s when neither the byline nor the opening names one', () => {
    const item = only('晨光小学开展读书月活动\n本报讯 4月2日，孩子们在图书馆里读了一上午的书，还交换了读书卡片。\n(周 宁)\n');
    expect(item.community).toBe('晨光小学');
  });

  it('is the subtitle’s when neither the headline, the byline nor the opening names one', () => {
    const item = only('书声起校园 笑语迎新生\n建设路小学办起开学游园会\n本报讯 9月1日，该校的老师们扮成卡通人偶，在校门口迎接返校的学生。\n(周 宁)\n');
    expect(item.subtitle).toBe('建设路小学办起开学游园会');
    expect(item.community).toBe('建设路小学');
  });

  it("is not the publisher a web copy's source field names below the headline", () => {
    const item = only('志愿服务 蔚然成风\n编辑日期:2024/8/20   作者:周小禾   来源:东湖区新闻中心\n近日，柳岸社区的志愿者在广场上为居民义务理发。\n');
    expect(item.asides.map((aside) => aside.kind)).toEqual(['meta']);
    expect(item.community).toBe('柳岸社区');
    expect(item.organisations).toEqual(['柳岸社区']);
  });

  it('is the unit of a byline after the body when nothing before names one', () => {
    const item = only('春天来了\n三月的校园里，迎春花开了，同学们在花坛边读书、画画。\n(东坡小学 林小雨)\n');
    expect(item.community).toBe('东坡小学');
  });

  it('is the school of a note line below the headline', () => {
    const item = only('春天来了\n(东坡小学四年级)\n三月的校园里，迎春花开了，同学们在花坛边读书、画画。\n');
    expect(item.community).toBe('东坡小学');
  });

  it('is the unit of a byline glued to the last paragraph, read from the byline, not the paragraph', () => {
    const item = only('春天来了\n三月的校园里，迎春花开了，同学们在花坛边读书、画画。\n周末，我们去柳岸社区看望老人。(东坡小学 林小雨)\n');
    expect(item.byline).toBe('东坡小学 林小雨');
    expect(item.community).toBe('东坡小学');
    expect(item.organisations).toEqual(['柳岸社区', '东坡小学']);
  });

  it('is the unit of a byline of a unit and two names after the body, glued or alone; the names are its authors', () => {
    for (const ending of ['周末，我们去柳岸社区看望老人。(临河市科协 林小雨 周宁)\n', '周末，我们去柳岸社区看望老人。\n(临河市科协 林小雨 周 宁)\n']) {
      const item = only(`春天来了\n三月的校园里，迎春花开了，同学们在花坛边读书、画画。\n${ending}`);
      expect(item.authors).toEqual(['林小雨', '周宁']);
      expect(item.organisations).toEqual(['柳岸社区', '临河市科协']);
      expect(item.blocks.at(-1)?.text).toBe('周末，我们去柳岸社区看望老人。');
    }
    // A first word that names no organisation: the bracket is no byline of a unit.
    const item = only('春天来了\n三月的校园里，迎春花开了，同学们在花坛边读书、画画。\n周末，我们去柳岸社区看望老人。(下午三点 林小雨 周宁)\n');
    expect(item.authors).toEqual([]);
  });

  it('is the first named in a later paragraph when the first paragraph names none', () => {
    const item = only(
      '一碗热饭暖人心\n本报讯 近日，六十多位老人吃上了家门口的热饭。\n这家食堂由柳岸社区和爱心企业一起办起来，每餐只收五元。\n(李 莉)\n',
    );
    expect(item.community).toBe('柳岸社区');
  });

  it('is the area of the headline, then of the opening, when no organisation is named at all', () => {
    expect(only('临河市迎来第一场春雨\n本报讯 3月5日，一场春雨洒遍全城，气温下降了五度。\n(周 宁)\n').community).toBe('临河市');
    expect(only('第一场春雨\n本报讯 3月5日，临河市迎来今年第一场春雨，气温下降了五度。\n(周 宁)\n').community).toBe('临河市');
  });
});

describe('the organisation an item is about, further', () => {
  it('the headline’s only when the body names it in its first 200 characters: later, the opening’s first', () => {
    const first = '本报讯 近日，东湖社区的长者食堂开张，六十多位老人在家门口吃上了热乎乎的午饭。';
    const filler = '饭菜每份只要五元钱，荤素搭配，老人们吃得很满意。'.repeat(7);
    const item = only(`柳岸社区办起长者食堂\n${first}${filler}柳岸社区也将开办长者食堂。\n(李 莉)\n`);
    expect(`${first}${filler}`.length).toBeGreaterThan(200);
    expect(item.community).toBe('东湖社区');
  });

  it('a byline after the body comes after the opening: its unit is the item’s only when the opening names none', () => {
    expect(only('长者食堂开张\n本报讯 近日，东湖街道的长者食堂开张。\n(东坡小学 林小雨)\n').community).toBe('东湖街道');
    expect(only('长者食堂开张\n近日，长者食堂开张了。\n(东坡小学 林小雨)\n').community).toBe('东坡小学');
  });

  it('is the unit of a byline in brackets opening the text, as of one on its own line above it: before the opening’s', () => {
    const opening = only('春天来了\n(东坡小学通讯员 林小雨)周末，我们去柳岸社区看望老人，陪他们聊天。\n');
    const above = only('春天来了\n(东坡小学通讯员 林小雨)\n周末，我们去柳岸社区看望老人，陪他们聊天。\n');
    for (const item of [opening, above]) {
      expect(item.byline).toBe('东坡小学通讯员 林小雨');
      expect(item.community).toBe('东坡小学');
      expect(item.organisations).toEqual(['东坡小学', '柳岸社区']);
    }
    // Glued after the text's one line, the same byline stands after it.
    const glued = only('春天来了\n周末，我们去柳岸社区看望老人。(东坡小学 林小雨)\n');
    expect([glued.byline, glued.community, glued.organisations]).toEqual(['东坡小学 林小雨', '柳岸社区', ['柳岸社区', '东坡小学']]);
    // Opening a later line, after a column break inside the sentence, it stands where it is printed: after the opening.
    const inside = only('春天来了\n周末，我们去柳岸社区看望老人，\n(东坡小学通讯员 林小雨)之后，又去公园种了树。\n');
    expect(inside.blocks.map((block) => block.text)).toEqual(['周末，我们去柳岸社区看望老人，之后，又去公园种了树。']);
    expect([inside.byline, inside.community, inside.organisations]).toEqual(['东坡小学通讯员 林小雨', '柳岸社区', ['柳岸社区', '东坡小学']]);
  });

  it('reads a place’s short name before a headline’s colon as the header’s organisation, where the text names it with its 市, 县 or 区', () => {
    const headed = (head: string, text: string) => {
      const item = only(`${head}\n${text}\n`);
      return [item.header?.organisation ?? null, item.title, item.community];
    };
    expect(headed('江城:交通安全进校园', '2月26日,开学第一天,江城市交警大队的民警来到柳岸小学,为同学们上了一堂交通安全课。')).toEqual(['江城', '交通安全进校园', '江城']);
    // The place says where; a town, street or village of it that the opening names is what the item is about (a bureau of
    // the place, above, is the place's own).
    expect(headed('东湾:老街换新颜', '“没想到老街还能这么漂亮!”居民说。近日,东湾县柳岸镇完成老街改造。')).toEqual(['东湾', '老街换新颜', '柳岸镇']);
    expect(headed('东湾:老街换新颜', '近日,东湾县完成老街改造,居民们说老街又热闹起来了。')).toEqual(['东湾', '老街换新颜', '东湾']);
    // Not named so in the text: a headline's words before a colon (`重阳节:`), one title.
    expect(headed('重阳节:老人们乐开了花', '10月11日,柳岸社区为老人们举办了重阳节联欢会。')).toEqual([null, '重阳节:老人们乐开了花', '柳岸社区']);
    expect(headed('江城:交通安全进校园', '2月26日,开学第一天,交警们走进柳岸小学,为同学们上了一堂交通安全课。')).toEqual([null, '江城:交通安全进校园', '柳岸小学']);
  });

  it('reads a bracket of names alone opening the text as its byline: padded, listed or run together, with no role', () => {
    const byline = (text: string) => {
      const item = only(text);
      return [item.people.map((person) => person.name), item.blocks[0]!.text.slice(0, 4)];
    };
    expect(byline('书法家送春联进村\n(孙立言 林晓 )春节前夕，书法家们来到青石村，为村民写春联。\n')).toEqual([['孙立言', '林晓'], '春节前夕']);
    expect(byline('书法家送春联进村\n(孙立言、古丽娜尔)春节前夕，书法家们来到青石村，为村民写春联。\n')).toEqual([['孙立言', '古丽娜尔'], '春节前夕']);
    expect(byline('(孙立言林晓晴)春节前夕，书法家们来到青石村，为村民写春联。\n')).toEqual([['孙立言', '林晓晴'], '春节前夕']);
    // Two-character names padded with a space, as a byline of its own pads them (`李 莉`): one name each.
    expect(byline('书法家送春联进村\n(孙　立 林　晓)春节前夕，书法家们来到青石村，为村民写春联。\n')).toEqual([['孙立', '林晓'], '春节前夕']);
    expect(byline('书法家送春联进村\n（林 晓）春节前夕，书法家们来到青石村，为村民写春联。\n')).toEqual([['林晓'], '春节前夕']);
    // Words in brackets are no names: not a surname first (`(一)`, `(活动现场)`), an organisation's name, or a word for
    // the work done (`摄影`, between two names).
    // (`孙 立 林`: a single character left over is no name.)
    for (const words of ['活动现场', '一', '东湖社区', '上图', '孙立言 摄影 林晓', '孙 立 林']) {
      expect(only(`书法家送春联进村\n(${words})春节前夕，书法家们来到青石村，为村民写春联。\n`).people).toEqual([]);
    }
    // Names alone with only a few characters after them are no byline opening a text.
    expect(only('书法家送春联进村\n春节前夕，书法家们来到青石村，为村民写春联。\n(孙立言)说得好。\n').people).toEqual([]);
  });

  it('opens with the first paragraph, not with a sub-heading above it (a feature whose first sub-heading stands below its picture’s caption)', () => {
    const item = only('江城新貌\n远眺江城城区。\n东湖街道基础设施不断完善\n近年来，柳岸社区新修了三条道路，居民出行更方便了。\n生态环境持续向好\n东湖公园里，白鹭又回来了。\n');
    expect(item.blocks.map((block) => block.type)).toEqual(['subheading', 'paragraph', 'subheading', 'paragraph']);
    expect(item.community).toBe('柳岸社区');
  });

  it('is no name read out of a sub-heading’s words: a short phrase out of a sentence (`游子情系故乡`) names no one', () => {
    const head = '江城新貌\n远眺江城城区。\n游子情系故乡\n近年来，城里新修了三条道路，居民出行更方便了。\n生态环境持续向好\n';
    const named = only(`${head}柳岸社区的公园里，白鹭又回来了。\n`);
    expect(named.blocks.map((block) => block.type)).toEqual(['subheading', 'paragraph', 'subheading', 'paragraph']);
    expect([named.community, named.organisations]).toEqual(['柳岸社区', ['柳岸社区']]);
    // A later paragraph that names only a compound: the compound, not the sub-heading's phrase.
    const compound = only(`${head}柳岸小区的花园里，白鹭又回来了。\n`);
    expect([compound.community, compound.organisations]).toEqual(['柳岸小区', ['柳岸小区']]);
  });
});

describe('the organisations an item names', () => {
  it('lists them in the order of the page: head, byline before the body, paragraphs, byline after', () => {
    const item = only('春天里的晨光小学\n□东坡小学小记者站 林小雨\n三月，柳岸社区的志愿者来到校园，和同学们一起种树。\n(城南街道 周 宁)\n');
    expect(item.organisations).toEqual(['晨光小学', '东坡小学', '柳岸社区', '城南街道']);
  });

  it('lists a name once when it comes again without its city and district', () => {
    const item = only('义诊进社区\n本报讯 近日，临河市东湖区柳岸社区请来医生义诊。柳岸社区的老人们排起了长队。\n(李 莉)\n');
    expect(item.organisations).toEqual(['临河市东湖区柳岸社区']);
  });

  it('lists a name once when it comes first without its city and district, as first printed', () => {
    const item = only('义诊进社区\n本报讯 近日，柳岸社区请来医生义诊。临河市东湖区柳岸社区的老人们排起了长队。\n(李 莉)\n');
    expect(item.organisations).toEqual(['柳岸社区']);
  });

  it('lists the same name after two different cities twice: two schools', () => {
    const item = only('义诊进校园\n本报讯 近日，临河市实验小学和江城市实验小学的老师们一起备课。\n(李 莉)\n');
    expect(item.organisations).toEqual(['临河市实验小学', '江城市实验小学']);
  });

  it("lists the header's organisation first, and the names of the kicker and the subtitle", () => {
    expect(only('柳岸社区: 义诊进楼道\n本报讯 近日，东湖街道的医生来到楼道口义诊。\n(李 莉)\n').organisations).toEqual(['柳岸社区', '东湖街道']);
    expect(only('东湖街道——\n义诊进社区\n——柳岸社区请来医生\n本报讯 近日，医生们来到楼道口义诊。\n(李 莉)\n').organisations).toEqual(['东湖街道', '柳岸社区']);
  });

  it('reads a name cut by a column break after a byline opening the text whole, from the paragraph, not from the byline’s line', () => {
    const item = only('春天来了\n(东坡小学通讯员 林小雨)周末，我们去柳岸社区卫生\n服务站学习急救知识，医生教得很认真。\n');
    expect(item.organisations).toEqual(['东坡小学', '柳岸社区卫生服务站']);
  });

  it('leaves out the publisher a source field in brackets after the text names, as on its own line below the headline', () => {
    const named = only('志愿服务 蔚然成风\n近日，柳岸社区的志愿者在广场上为居民义务理发。(来源:东湖区新闻中心)\n');
    expect(named.asides.map((aside) => [aside.kind, aside.text])).toEqual([['meta', '(来源:东湖区新闻中心)']]);
    expect([named.community, named.organisations]).toEqual(['柳岸社区', ['柳岸社区']]);
    // Nor is the publisher whom the item is about where the text names no one.
    const none = only('志愿服务 蔚然成风\n近日，志愿者们在广场上为居民义务理发。(来源:东湖区新闻中心)\n');
    expect([none.community, none.organisations]).toEqual([null, []]);
  });

  it('reads a byline glued after the text alone: the unit of a picture’s credit opening the same line is left out, as on a line of its own', () => {
    const text = '周末，我们去柳岸社区看望老人，陪他们聊天。(东坡小学 林小雨)';
    const opening = only(`春天来了\n(东湖街道供图)${text}\n`);
    const above = only(`春天来了\n(东湖街道供图)\n${text}\n`);
    for (const item of [opening, above]) {
      expect([item.credit?.raw, item.byline]).toEqual(['(东湖街道供图)', '东坡小学 林小雨']);
      expect(item.organisations).toEqual(['柳岸社区', '东坡小学']);
    }
  });
});

describe('the kind of an item', () => {
  it('is a brief when a credited caption opens with a news lead', () => {
    expect(only('本报讯 近日，柳岸社区的志愿者为老人理发。\n雷 洁摄\n').kind).toBe('brief');
  });

  it('is a photo for a caption with a credit and no lead', () => {
    expect(only('柳岸社区的志愿者为老人理发。\n雷 洁摄\n').kind).toBe('photo');
  });

  it('is a feature for a piece with sub-headings, even with a photo credit at its end', () => {
    const text = '柳岸社区：长者食堂开张\n近日，长者食堂开张了。\n饭菜可口\n食堂每天供应三个菜，价格实惠。\n服务贴心\n志愿者每天送餐上门。\n雷 洁摄\n';
    expect(only(text).kind).toBe('feature');
  });

  it('is other for a headline without text', () => {
    const found = items('柳岸社区：长者食堂开张\n');
    expect(found.map((item) => item.kind)).toEqual(['other']);
  });

  it('is other for a head with its byline and its picture’s credit but no text', () => {
    const item = only('柳岸社区：邻里节办起来了\n(记者 李 莉)\n周小禾 摄\n');
    expect([item.kind, item.blocks, item.byline, item.credit?.raw]).toEqual(['other', [], '记者 李 莉', '周小禾 摄']);
  });
});

describe('the head of an item', () => {
  it('joins its lines with line breaks: kicker, headline, two subtitle lines', () => {
    // After an item, so that the kicker is not the page's first line (which could be the column's name).
    const text = '柳岸社区：长者食堂开张\n本报讯 近日，长者食堂开张。\n(李 莉)\n春风拂面\n东湖社区办起四点半课堂\n——六十多个孩子有了去处\n——志愿者轮流辅导\n本报讯 近日，东湖社区的四点半课堂开课。\n(周 宁)\n';
    const item = items(text)[1]!;
    expect(item.kicker).toBe('春风拂面');
    expect(item.title).toBe('东湖社区办起四点半课堂');
    expect(item.subtitle).toBe('——六十多个孩子有了去处\n——志愿者轮流辅导');
    expect(item.header?.text).toBe('春风拂面\n东湖社区办起四点半课堂\n——六十多个孩子有了去处\n——志愿者轮流辅导');
    const start = text.indexOf('春风');
    const end = text.indexOf('辅导') + 2;
    expect(item.header?.span).toEqual({ start: { line: 4, column: 1, offset: start }, end: { line: 7, column: 10, offset: end } });
  });

  it('a line ending in a dash is the kicker, and the title below it may run over two lines', () => {
    const text = '柳岸社区：长者食堂开张\n本报讯 近日，长者食堂开张。\n(李 莉)\n三百多户居民将陆续收到过节物资——\n添些粮油,献些爱心\n备好年货,过个好年\n□见习记者 许明\n昨日上午,东湖社区的志愿者把米和油送到了居民家中。\n';
    const item = items(text)[1]!;
    expect([item.kicker, item.title, item.byline]).toEqual(['三百多户居民将陆续收到过节物资——', '添些粮油,献些爱心 备好年货,过个好年', '见习记者 许明']);
    expect(item.blocks.map((block) => block.type)).toEqual(['paragraph']);
  });

  it('below an organisation alone on its line, a title broken over two lines is one title, as without the organisation', () => {
    const text = '河西社区\n邻里菜园结出\n“连心果”\n河西社区把楼后的空地改成了邻里菜园，由居民认领、共同打理，今年收获蔬菜两千余斤。\n';
    const item = only(text);
    expect(item.header).toMatchObject({ organisation: '河西社区', title: '邻里菜园结出 “连心果”', separator: '\n', text: '河西社区\n邻里菜园结出\n“连心果”' });
    expect(item.title).toBe('邻里菜园结出 “连心果”');
  });

  it('spans from its first line to its last: the header to the byline', () => {
    const text = '柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n';
    const item = only(text);
    expect(item.header).toMatchObject({ organisation: '柳岸社区', title: '长者食堂开张', separator: ':' });
    expect(item.span).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 6, offset: text.lastIndexOf(')') + 1 } });
  });

  it('has no header fields beyond the text for a headline alone', () => {
    const item = only('一碗热饭暖人心\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(item.header).toMatchObject({ organisation: null, title: '一碗热饭暖人心', separator: '' });
  });

  it('spans to its last line when it is all the item has: the subtitle below the headline', () => {
    const text = '邻里节办起来了\n——柳岸社区居民共度佳节\n';
    const item = only(text);
    expect([item.kind, item.subtitle]).toEqual(['other', '——柳岸社区居民共度佳节']);
    expect(item.span).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 13, offset: text.length - 1 } });
  });
});

describe('the dateline after a quotation that opens the lead', () => {
  const item = (quote: string) => only(`柳岸社区: 路灯亮了\n本报讯 “${quote}”11月6日，柳岸社区的居民说。\n(李 莉)\n`);
  // 79 characters inside the marks: the quotation is 80 long with its opening mark.
  const QUOTE = '楼道里的灯终于亮了，晚上回家再也不用摸黑了，社区的志愿者们上门帮我们换了灯泡，还把楼道里堆放的杂物清理干净了，现在进出方便多了，我们心里亮堂堂的，谢谢志愿者!';

  it('is read after a quotation of 80 characters at most', () => {
    expect(QUOTE.length).toBe(79);
    expect([item(QUOTE).dateline, item(QUOTE).date]).toEqual(['11月6日', '2024-11-06']);
  });

  it('but not after a longer one', () => {
    expect(item(`${QUOTE.slice(0, -1)}们!`).dateline).toBeNull();
  });

  it('nor after a quotation inside the sentence: the date there is no dateline', () => {
    expect(only('柳岸社区: 路灯亮了\n本报讯 居民说“灯亮了”11月6日，柳岸社区的路灯全部修好。\n(李 莉)\n').dateline).toBeNull();
  });
});

describe('the dateline and the date', () => {
  it("reads a caption's dateline after its label (`图一:`, `左图：`, `图为`), and none where the text opens otherwise", () => {
    expect(only('图一:10月12日,柳岸社区的志愿者为老人理发。(记者 林小雨 摄)\n').dateline).toBe('10月12日');
    expect(only('左图：10月5日,青石村的村民在晾晒稻谷。(通讯员 何东 摄)\n').dateline).toBe('10月5日');
    expect(only('图为10月8日,柳岸社区举办邻里节。(记者 林小雨 摄)\n').dateline).toBe('10月8日');
    // An opening that shares a label's first character (上, 中) is no label: no dateline, and nothing lost.
    const upper = only('上周六,柳岸社区的志愿者为老人理发。(记者 林小雨 摄)\n');
    expect([upper.dateline, upper.community]).toEqual([null, '柳岸社区']);
    expect(only('中秋节前夕,青石村的村民包月饼。(通讯员 何东 摄)\n').dateline).toBeNull();
  });

  it('reads a full-width zero as 0: １０月２０日 is 20 October', () => {
    const item = only('柳岸社区: 长者食堂开张\n本报讯 １０月２０日，长者食堂开张。\n(李 莉)\n');
    expect([item.dateline, item.date]).toEqual(['１０月２０日', '2024-10-20']);
  });

  it('reads full-width digits and writes the date with two-digit month and day', () => {
    const item = only('柳岸社区: 长者食堂开张\n本报讯 ６月５日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(item.dateline).toBe('６月５日');
    expect(item.date).toBe('2024-06-05');
  });

  it('passes over a comma between the lead and the dateline, ASCII or full-width', () => {
    expect(only('柳岸社区: 长者食堂开张\n本报讯 ，6月24日，长者食堂开张。\n(李 莉)\n').date).toBe('2024-06-24');
    expect(only('柳岸社区: 长者食堂开张\n本报讯, 6月24日，长者食堂开张。\n(李 莉)\n').date).toBe('2024-06-24');
  });

  it('reads a dateline cut by a column break from the joined paragraph', () => {
    const item = only('柳岸社区: 长者食堂开张\n本报讯 6月2\n4日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(item.dateline).toBe('6月24日');
    expect(item.date).toBe('2024-06-24');
  });

  it('takes the date of a lead that carries it', () => {
    const item = only('柳岸社区: 长者食堂开张\n本报6月24日讯 柳岸社区的长者食堂开张了。\n(李 莉)\n');
    expect(item.dateline).toBe('6月24日');
    expect(item.date).toBe('2024-06-24');
  });

  it('gives no date for a dateline in words, nor without a year', () => {
    expect(only('柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n')).toMatchObject({ dateline: '近日', date: null });
    expect(only('柳岸社区: 长者食堂开张\n本报讯 6月24日，长者食堂开张。\n(李 莉)\n', null)).toMatchObject({ dateline: '6月24日', date: null });
  });

  it('takes the year printed in the dateline over the one given', () => {
    expect(only('柳岸社区: 长者食堂开张\n本报讯 2023年6月24日，长者食堂开张。\n(李 莉)\n', 2024).date).toBe('2023-06-24');
  });

  it('takes the latest year printed before the item, and no later one', () => {
    const text = '2022年第3期\n柳岸社区: 长者食堂开张\n本报讯 6月24日，长者食堂开张。\n(李 莉)\n东湖社区: 书屋开放\n本报讯 2023年7月1日，书屋开放。\n(周 宁)\n';
    expect(items(text, null).map((item) => item.date)).toEqual(['2022-06-24', '2023-07-01']);
  });

  it('reports a day that does not exist in a lead that carries it, at the lead’s date', () => {
    const text = '柳岸社区: 长者食堂开张\n本报2月30日讯 柳岸社区的长者食堂开张了。\n(李 莉)\n';
    const bulletin = parse(text, { year: 2024 });
    const at = text.indexOf('2月30日');
    expect(bulletin.diagnostics.find((d) => d.ruleId === 'dateline-invalid')?.place).toEqual({
      start: { line: 2, column: 3, offset: at },
      end: { line: 2, column: 8, offset: at + 5 },
    });
  });

  it('reports a day that does not exist, where it is printed', () => {
    const text = '柳岸社区: 长者食堂开张\n本报讯 2月30日，长者食堂开张。\n(李 莉)\n';
    const bulletin = parse(text, { year: 2024 });
    expect(bulletin.items[0]).toMatchObject({ dateline: '2月30日', date: null });
    const at = text.indexOf('2月30日');
    expect(bulletin.diagnostics.filter((d) => d.ruleId === 'dateline-invalid')).toEqual([
      {
        ruleId: 'dateline-invalid',
        severity: 'warning',
        message: 'Unexpected date 2月30日, expected a day that exists',
        place: { start: { line: 2, column: 5, offset: at }, end: { line: 2, column: 10, offset: at + 5 } },
        file: null,
        actual: '2月30日',
      },
    ]);
  });
});

describe('paragraphs', () => {
  it('joins a line cut mid-sentence to the next, and says so', () => {
    const text = '柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开\n张，老人们吃上了热饭。\n(李 莉)\n';
    const bulletin = parse(text);
    const item = bulletin.items[0]!;
    expect(item.blocks.map((block) => block.text)).toEqual(['本报讯 近日，柳岸社区的长者食堂开张，老人们吃上了热饭。']);
    const cut = text.indexOf('开\n') + 1;
    expect(bulletin.diagnostics.filter((d) => d.ruleId === 'column-break')).toEqual([
      {
        ruleId: 'column-break',
        severity: 'info',
        message: 'Joined line 3 to the paragraph cut at the end of line 2',
        place: { start: { line: 2, column: 18, offset: cut }, end: { line: 3, column: 1, offset: cut + 1 } },
        file: null,
      },
    ]);
  });

  it('ends the item cut off when its last paragraph stops mid-sentence or inside a quotation', () => {
    expect(only('柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张，老人们\n').truncated).toBe(true);
    expect(only('柳岸社区: 长者食堂开张\n本报讯 近日，长者食堂开张。王大妈说：“这下方便多了。\n').truncated).toBe(true);
    expect(only('柳岸社区: 长者食堂开张\n本报讯 近日，长者食堂开张。王大妈说：“这下方便多了。”\n(李 莉)\n').truncated).toBe(false);
  });

  it("ends the item whole where the copy's closing lines follow a last paragraph printed without its full stop", () => {
    const text = '长者食堂开张\n近日，柳岸社区的长者食堂开张，老人们在家门口吃上了热饭，大家都说好';
    // An editor's field, or the copy's source, below it: the site dropped the full stop, the text ended there.
    expect(parse(`${text}\n\n责任编辑:周宁\n`, {}).items[0]!.truncated).toBe(false);
    expect(parse(`${text}\n\n来源:江城市融媒体中心\n`, {}).items[0]!.truncated).toBe(false);
    // Alone, or before the next item's head, it stops mid-sentence.
    expect(parse(`${text}\n`, {}).items[0]!.truncated).toBe(true);
    expect(parse(`${text}\n\n旧物交换受欢迎\n本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。\n`, {}).items[0]!.truncated).toBe(true);
  });

  it("reads a paragraph below two captions opening with their dates as the photo set's text; below one dated sentence, as that text's second paragraph", () => {
    const captions = '3月12日,志愿者在河堤上种柳树。\n5月4日,东坡中学的学生为老人表演节目。\n';
    const essay = '这一年,我走过许多社区,用镜头记下邻里之间的温暖。\n';
    expect(items(captions + essay).map((item) => item.blocks.length)).toEqual([1, 1, 1]);
    // One dated sentence is how a brief opens: the paragraph below it goes on with it.
    expect(items('5月4日,东坡中学的学生为老人表演节目。\n' + essay).map((item) => item.blocks.length)).toEqual([2]);
  });

  it("takes a photo set's caption opening with its hour, printed without its full stop, for whole; a story's last paragraph so printed is cut off", () => {
    expect(only('9时许,渡口边,摆渡船载着赶集的村民过江\n').truncated).toBe(false);
    // Below the story's own paragraphs, the same words are a paragraph that stops mid-sentence.
    expect(only('本报讯 7月9日,南湾街道遭遇暴雨。应急分队连夜排水。\n14时,积水退去,志愿者清扫路面\n').truncated).toBe(true);
    // A date as well; and a caption closed by `图为…` (what the picture shows), which is printed without its full stop.
    expect(only('3月12日,志愿者在河堤上种柳树\n').truncated).toBe(false);
    expect(only('3月12日,柳岸社区的志愿者在河堤上种下一排柳树。图为志愿者为树苗培土\n').truncated).toBe(false);
    // Not a story's last paragraph so printed, nor a line that opens with no time.
    expect(only('本报讯 3月12日,柳岸社区开展植树活动。居民们踊跃参加。\n志愿者在河堤上种下一排柳树。图为志愿者为树苗培土\n').truncated).toBe(true);
    expect(only('柳岸社区的志愿者在河堤上种下一排柳树。图为志愿者为树苗培土\n').truncated).toBe(true);
    // A dated paragraph closed so, below the story's first: the story's last paragraph, cut off.
    expect(only('本报讯 3月12日,柳岸社区开展植树活动。居民们踊跃参加。\n3月13日,志愿者又种下一排柳树。图为志愿者为树苗培土\n').truncated).toBe(true);
    // A sentence after the picture's, cut off: the caption is cut off.
    expect(only('3月12日,志愿者在河堤上种柳树。图为志愿者为树苗培土。大家干劲十足,\n').truncated).toBe(true);
  });

  it('ends the item with a list of organisations, one a line: each a paragraph of its own, the item not cut off', () => {
    const item = only('柳岸社区: 十佳楼道评出\n本报讯 近日，柳岸社区评出十佳楼道。\n“十佳楼道”名单\n东湖花园小区\n西坡街道青石社区\n南岭-北坡新区柳河村\n');
    expect(item.blocks.map((block) => block.text)).toEqual(['本报讯 近日，柳岸社区评出十佳楼道。', '“十佳楼道”名单', '东湖花园小区', '西坡街道青石社区', '南岭-北坡新区柳河村']);
    expect(item.truncated).toBe(false);
    // A line that ends in a suffix but holds a comma is a paragraph cut off, not an entry.
    expect(only('柳岸社区: 十佳楼道评出\n本报讯 近日，柳岸社区评出十佳楼道，来自东湖社区\n').truncated).toBe(true);
  });

  it('reads an entry of a list up to 30 characters long: a longer line ending in a suffix is a paragraph cut off', () => {
    const head = '柳岸社区: 十佳楼道评出\n本报讯 近日，柳岸社区评出十佳楼道。\n“十佳楼道”名单\n';
    const longest = `东湖街道${'青石'.repeat(12)}社区`;
    expect(longest.length).toBe(30);
    const entry = only(`${head}${longest}\n`);
    expect(entry.blocks.map((block) => block.text)).toEqual(['本报讯 近日，柳岸社区评出十佳楼道。', '“十佳楼道”名单', longest]);
    expect(entry.truncated).toBe(false);
    const cut = only(`${head}南${longest}\n`);
    expect(cut.blocks.map((block) => block.text)).toEqual(['本报讯 近日，柳岸社区评出十佳楼道。', `“十佳楼道”名单南${longest}`]);
    expect(cut.truncated).toBe(true);
  });

  it('leaves nothing open after an entry of a list: the next line, unfinished, opens a paragraph of its own', () => {
    const item = only('柳岸社区: 十佳楼道评出\n本报讯 近日，柳岸社区评出十佳楼道。\n“十佳楼道”名单\n东湖花园小区\n各获奖楼道将获得\n一面锦旗。\n');
    expect(item.blocks.map((block) => block.text)).toEqual([
      '本报讯 近日，柳岸社区评出十佳楼道。',
      '“十佳楼道”名单',
      '东湖花园小区',
      '各获奖楼道将获得一面锦旗。',
    ]);
  });

  it('leaves nothing open after a label naming who speaks (`社区书记王明:`): the words below are a paragraph of their own', () => {
    const bulletin = parse('柳岸社区: 议事会开到楼道口\n本报讯 近日，柳岸社区在楼道口开起议事会。\n社区书记王明:\n大家的事大家商量着办，好办。\n(李 莉)\n', { year: 2024 });
    expect(bulletin.items[0]!.blocks.map((block) => block.text)).toEqual(['本报讯 近日，柳岸社区在楼道口开起议事会。', '社区书记王明:', '大家的事大家商量着办，好办。']);
    expect(bulletin.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'column-break')).toEqual([]);
  });

  it('leaves nothing open after a paragraph that ends with a colon when a quotation opens the line below', () => {
    const quoted = parse('柳岸社区: 老街讲解队上岗\n本报讯 近日，柳岸社区的老街讲解队上岗，队员王明向游客娓娓道来:\n“这条老街有三百年历史了。”\n(李 莉)\n', { year: 2024 });
    expect(quoted.items[0]!.blocks.map((block) => block.text)).toEqual(['本报讯 近日，柳岸社区的老街讲解队上岗，队员王明向游客娓娓道来:', '“这条老街有三百年历史了。”']);
    expect(quoted.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'column-break')).toEqual([]);
    // With a full-width colon and 「」 the same; a line that opens with no quotation after the colon goes on with it (a
    // column break), as one after a colon inside a quotation (`…:“这条` / `老街…`) does. (A line of twenty characters or
    // fewer that ends with a colon names who speaks, and the words below are a paragraph of their own whatever they are.)
    expect(only('柳岸社区: 老街讲解队上岗\n本报讯 近日，柳岸社区的老街讲解队上岗，队员王明向游客娓娓道来：\n「这条老街有三百年历史了。」\n(李 莉)\n').blocks).toHaveLength(2);
    expect(only('柳岸社区: 老街讲解队上岗\n本报讯 近日，柳岸社区的老街讲解队上岗，队员王明向游客娓娓道来:\n这条老街有三百年历史了。\n(李 莉)\n').blocks).toHaveLength(1);
    expect(only('柳岸社区: 老街讲解队上岗\n本报讯 近日，柳岸社区的老街讲解队上岗，队员王明向游客娓娓道来:“这条\n老街有三百年历史了。”\n(李 莉)\n').blocks).toHaveLength(1);
    // After a piece joined across a column break, the piece's end is what counts.
    expect(only('柳岸社区: 老街讲解队上岗\n本报讯 近日，柳岸社区的老街讲解队上岗，队员王明向\n游客娓娓道来:\n“这条老街有三百年历史了。”\n(李 莉)\n').blocks).toHaveLength(2);
  });

  it('reads an opening quotation mark with only the full stop after it as a closing one typed the wrong way round', () => {
    expect(only('柳岸社区: 长者食堂开张\n本报讯 近日，长者食堂开张，提高了老人的”幸福感“。\n').truncated).toBe(false);
    // A word after it: the quotation opens, and the text stops inside it.
    expect(only('柳岸社区: 长者食堂开张\n本报讯 近日，长者食堂开张，老人们说“好。\n').truncated).toBe(true);
  });

  it('ends the item cut off when its last paragraph opens with a quotation that never closes', () => {
    const item = only('柳岸社区: 长者食堂开张\n本报讯 近日，长者食堂开张。\n“这下可方便多了。\n');
    expect(item.blocks.map((block) => block.text)).toEqual(['本报讯 近日，长者食堂开张。', '“这下可方便多了。']);
    expect(item.truncated).toBe(true);
  });
});

describe('a page that lost its line breaks: its items parted by spaces on one line', () => {
  const page =
    '社区快讯 邻里节开幕 江城网讯(记者 孔 越 文/图)近日,柳岸社区举办邻里节,百余名居民参加。活动持续两天。 ' +
    '旧物交换受欢迎 本报讯 日前,桃园社区 开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。 (李 莉) ' +
    '义诊进社区 本报讯 6月2日,下站社区邀请辖区医院的医生为居民义诊,测量血压、讲解夏季防暑知识,八十余名居民受益。 (赵雨平)';

  it("places a lead's 文/图 credit where the lead stands on the line", () => {
    const first = parse(page).items[0]!;
    const start = page.indexOf('江城网讯');
    const end = page.indexOf(')') + 1;
    expect(first.credit?.raw).toBe('江城网讯(记者 孔 越 文/图)');
    expect(first.credit?.span).toEqual({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } });
  });

  it('reads a byline above the text, and a byline and a credit below a caption, as the page with its line breaks does', () => {
    const rest =
      ' 旧物交换受欢迎 本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。 (周 宁) ' +
      '义诊进社区 本报讯 6月2日,下站社区邀请辖区医院的医生为居民义诊,测量血压、讲解夏季防暑知识,八十余名居民受益。 (赵雨平)';
    const read = (item: Item) => [item.kind, item.community, item.organisations, item.byline, item.credit?.raw ?? null];
    // Every piece of the line has the line's offset: the byline above the text is still before it, its unit the item's.
    const above = ['社区快讯', '春天来了', '□东坡小学 林小雨', '周末,我们去柳岸社区看望老人,陪他们聊天,还给他们表演了节目。大家都很开心。'];
    const runOn = parse(above.join(' ') + rest).items[0]!;
    expect([runOn.byline, runOn.community, runOn.organisations]).toEqual(['东坡小学 林小雨', '东坡小学', ['东坡小学', '柳岸社区']]);
    expect(read(runOn)).toEqual(read(only(above.join('\n') + '\n')));
    // And a byline in brackets below a caption, the picture's credit below it, are after the text.
    const below = ['社区快讯', '邻里节', '柳岸社区的居民们在广场上摆起长桌宴,邻居们端出拿手菜一起品尝,欢声笑语不断。', '(李 莉)', '雷洁摄'];
    const runOnBelow = parse(below.join(' ') + rest).items[0]!;
    expect([runOnBelow.byline, runOnBelow.credit?.raw]).toEqual(['李 莉', '雷洁摄']);
    expect(read(runOnBelow)).toEqual(read(only(below.join('\n') + '\n')));
  });

  it('spans an item without a head from its text to its byline, pieces of one line that share its offset', () => {
    const text = '本报讯 近日,柳岸社区举办邻里节,百余名居民参加。活动持续两天,大家都很开心。 (李 莉) ' + page.slice(page.indexOf('旧物交换受欢迎'));
    const first = parse(text).items[0]!;
    expect([first.title, first.byline]).toEqual([null, '李 莉']);
    const end = text.indexOf(')') + 1;
    expect(first.span).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: end + 1, offset: end } });
  });

  it('joins a piece cut at a space mid-sentence to the next, the space kept, and says no column break', () => {
    const bulletin = parse(page);
    expect(bulletin.items.map((item) => item.title)).toEqual(['邻里节开幕', '旧物交换受欢迎', '义诊进社区']);
    expect(bulletin.items[1]!.blocks.map((block) => block.text)).toEqual(['本报讯 日前,桃园社区 开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。']);
    expect(bulletin.diagnostics.filter((d) => d.ruleId === 'column-break')).toEqual([]);
  });
});

describe('a story with its reporters’ byline above it and a picture credited at its end', () => {
  it('is a brief, the credit its picture’s: not a photo item', () => {
    const item = only('小小志愿者 温暖老人心\n记者 孔越 通讯员 林舟\n10月11日，东湖社区组织小学生走进敬老院，为老人们表演节目。\n图为小志愿者为老人捶背。记者 孔越 摄\n');
    expect([item.kind, item.credit?.names, item.authors]).toEqual(['brief', ['孔越'], ['孔越', '林舟']]);
  });

  it('is a brief with the credit above the text and the byline below it', () => {
    expect(only('柳岸社区举办读书节\n雷 洁摄\n3月6日,柳岸社区举办读书节,居民们交换图书。\n(李 莉)\n').kind).toBe('brief');
  });

  it('is a brief when one of its bylines stands above the text, whatever the others', () => {
    const item = only('柳岸社区举办读书节\n记者 孔越\n3月6日,柳岸社区举办读书节,居民们交换图书。\n(李 莉)\n雷 洁摄\n');
    expect([item.kind, item.byline, item.credit?.names]).toEqual(['brief', '记者 孔越 李 莉', ['雷洁']]);
  });

  it('is a brief with its byline in brackets opening the text, as above it', () => {
    const item = only('柳岸社区举办读书节\n(记者 孔越)3月6日,柳岸社区举办读书节,居民们交换图书。\n雷 洁摄\n');
    expect([item.kind, item.credit?.names]).toEqual(['brief', ['雷洁']]);
  });
});

describe('a byline of the words and the pictures', () => {
  it('credits its people with the pictures, `文/摄` as `文/图`', () => {
    for (const work of ['文/图', '文/摄']) {
      const text = `柳岸社区：长者食堂开张\n本报记者 孔越 ${work}\n近日，柳岸社区的长者食堂开张。\n`;
      const item = only(text);
      expect(item.people).toEqual([{ name: '孔越', role: '本报记者', source: 'byline' }]);
      expect([item.credit?.raw, item.credit?.names, item.credit?.verb]).toEqual([`本报记者 孔越 ${work}`, ['孔越'], '文/图']);
    }
  });
});

describe('a lead alone on its line', () => {
  it('goes on in the bracket of the next line: its people are the reporters, and its 文/图 the credit', () => {
    const text = '柳岸社区：长者食堂开张\n江城网2024年5月11日讯\n(记者 孔越 文/图)近日，柳岸社区的长者食堂开张。\n';
    const item = only(text);
    expect(item.lead).toBe('江城网2024年5月11日讯(记者 孔越 文/图)');
    expect(item.people).toEqual([{ name: '孔越', role: '记者', source: 'lead' }]);
    const start = text.indexOf('江城网');
    const end = text.indexOf(')') + 1;
    expect(item.credit).toEqual({
      raw: '江城网2024年5月11日讯(记者 孔越 文/图)',
      names: ['孔越'],
      roles: ['记者'],
      verb: '文/图',
      span: { start: { line: 2, column: 1, offset: start }, end: { line: 3, column: 12, offset: end } },
    });
    // The lead is dated, as `本报4月5日讯` is: that day is the item's dateline, not the `近日` of its text.
    expect([item.dateline, item.date]).toEqual(['5月11日', '2024-05-11']);
  });

  it('whose bracket closes its line: the credit ends there, not at the start of the line below', () => {
    const text = '邻里节开幕\n本报讯(记者 孔 越 文/图)\n近日，柳岸社区举办邻里节，居民们一起包了饺子。\n';
    const item = only(text);
    const start = text.indexOf('本报讯');
    const end = text.indexOf(')') + 1;
    expect(item.credit?.raw).toBe('本报讯(记者 孔 越 文/图)');
    expect(item.credit?.span).toEqual({ start: { line: 2, column: 1, offset: start }, end: { line: 2, column: 16, offset: end } });
  });

  it('gives no credit for 文/图 that names no one', () => {
    const item = only('柳岸社区：长者食堂开张\n本报讯（文/图）近日，柳岸社区的长者食堂开张。\n');
    expect(item.lead).toBe('本报讯（文/图）');
    expect(item.credit).toBeNull();
  });

  it('is the lead as printed when the text follows it on the same line', () => {
    const item = only('柳岸社区：长者食堂开张\n江城网讯（记者 孔越）近日，柳岸社区的长者食堂开张。\n老人们说，这下方便多了。\n');
    expect(item.lead).toBe('江城网讯（记者 孔越）');
    expect(item.credit).toBeNull();
  });

  it("ends at a wire story's (完) or the editor's bracket, which are lines of the copy, not text cut off", () => {
    const wire = only('柳岸社区：长者食堂开张\n新华社江城3月5日电 近日，柳岸社区的长者食堂开张。(完)\n');
    expect(wire.truncated).toBe(false);
    expect(wire.asides.map((aside) => [aside.kind, aside.text])).toEqual([['meta', '(完)']]);
    const edited = only('柳岸社区：长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。(周宁 林泉) (责任编辑:孔越)\n');
    expect([edited.truncated, edited.authors]).toEqual([false, ['周宁', '林泉']]);
  });

  it('is a wire-style dateline too, whose date is the dateline: 电 after a day, never without one', () => {
    const wire = only('柳岸社区：长者食堂开张\n新华社江城3月5日电 近日，柳岸社区的长者食堂开张。\n');
    expect([wire.lead, wire.dateline]).toEqual(['新华社江城3月5日电', '3月5日']);
    // `国网临河供电公司` is a company whose name holds 网 and 电; `本报通讯员` is a role, its 讯 that of 通讯.
    const company = only('柳岸社区：电表换新\n国网临河供电公司近日为柳岸社区更换电表。\n');
    expect(company.lead).toBeNull();
    const role = only('柳岸社区：电表换新\n本报通讯员周宁报道：柳岸社区近日更换电表。\n');
    expect(role.lead).toBeNull();
  });

  it("is a site's 讯 in round brackets with its reporter inside them too: `(江城在线讯 林帆报道)`", () => {
    const bracketed = only('(江城在线讯 林帆报道)5月27日上午,柳岸社区开展端午活动,居民们一起包粽子。\n');
    expect([bracketed.lead, bracketed.authors]).toEqual(['(江城在线讯 林帆报道)', ['林帆']]);
    expect(bracketed.blocks[0]?.text.startsWith('(江城在线讯')).toBe(true);
    const withRole = only('(江城网讯 记者 林帆)近日,柳岸社区开展端午活动,居民们一起包粽子。\n');
    expect([withRole.lead, withRole.authors]).toEqual(['(江城网讯 记者 林帆)', ['林帆']]);
  });

  it("is the paper's place and 电 without a day too, before the reporters' bracket: `本报临河电(记者 X)`", () => {
    const placed = only('柳岸村：全民洗村\n本报临河电(记者 周宁)近日,柳岸村组织村民清理房前屋后的垃圾。\n');
    expect([placed.lead, placed.authors, placed.dateline]).toEqual(['本报临河电(记者 周宁)', ['周宁'], '近日']);
    // (Without the bracket, `本报供电…` is no lead: a paper's words about power supply.)
    expect(only('柳岸村：电表换新\n本报供电所近日为柳岸村更换电表。\n').lead).toBeNull();
  });

  it("names after it up to 摄影报道: wrote and took the pictures: the item's authors and its credit", () => {
    const item = only('江城网东湾讯 通讯员周宁、林泉摄影报道:12月2日,柳岸社区的长者食堂开张。\n');
    expect([item.lead, item.dateline, item.authors]).toEqual(['江城网东湾讯 通讯员周宁、林泉摄影报道:', '12月2日', ['周宁', '林泉']]);
    expect(item.credit && { raw: item.credit.raw, names: item.credit.names, verb: item.credit.verb }).toEqual({
      raw: '江城网东湾讯 通讯员周宁、林泉摄影报道:',
      names: ['周宁', '林泉'],
      verb: '摄影报道',
    });
    // `报道:` alone: they wrote it; no credit.
    const written = only('江城网东湾讯 通讯员周宁、林泉报道:12月2日,柳岸社区的长者食堂开张。\n');
    expect([written.authors, written.credit]).toEqual([['周宁', '林泉'], null]);
  });
});

describe('a byline before the body', () => {
  it('follows a headline that opens with an organisation, above a paragraph that names one early', () => {
    const item = only('晨光小学的春天\n□东坡小学小记者站 林小雨\n三月，柳岸社区的志愿者来到校园，和同学们一起种树。\n(城南街道 周 宁)\n');
    expect(item.title).toBe('晨光小学的春天');
    expect(item.asides.map((aside) => aside.text)).toEqual(['□东坡小学小记者站 林小雨', '(城南街道 周 宁)']);
    expect(item.authors).toEqual(['林小雨', '周宁']);
  });

  it('is never a credit line: the photographer of a caption is no author', () => {
    // Read as the item's credit it would be right; a credit above its caption is not read yet, so the line stays unassigned.
    const bulletin = parse('图片新闻\n本报记者 孔越 通讯员 周宁 摄\n近日，柳岸社区的志愿者为老人理发，老人们笑开了花。\n', { year: 2024 });
    expect(bulletin.items).toHaveLength(1);
    expect(bulletin.items[0]!.authors).toEqual([]);
    expect(bulletin.unassigned.map((block) => block.text)).toEqual(['本报记者 孔越 通讯员 周宁 摄']);
  });
});

describe('a photo item’s caption written as a phrase', () => {
  const PHRASE = '东溪镇大安村的花生地里一片丰收景象村民们忙着采收晾晒新花生准备销往周边城市的市场';

  it('is whole up to 40 characters without a sentence’s mark; longer, or after a sentence, it was cut', () => {
    expect(PHRASE.length).toBe(40);
    expect(only(`【图片新闻】\n${PHRASE}\n雷 洁摄\n`)).toMatchObject({ kind: 'photo', truncated: false });
    expect(only(`【图片新闻】\n${PHRASE}去\n雷 洁摄\n`)).toMatchObject({ kind: 'photo', truncated: true });
    expect(only('【图片新闻】\n东溪镇大安村的花生丰收了。村民们忙着采收晾晒新花生\n雷 洁摄\n')).toMatchObject({ kind: 'photo', truncated: true });
  });
});

describe('a photo item with a credit', () => {
  it('is one with its credit above the text, when no byline stands there', () => {
    expect(only('柳岸社区: 义诊进社区\n雷 洁摄\n柳岸社区请来医生为居民义诊。\n').kind).toBe('photo');
  });

  it('is one with a byline above the credit below the caption', () => {
    const item = only('【图片新闻】\n东湖社区的志愿者为老人理发。\n(李 莉)\n雷 洁摄\n');
    expect([item.kind, item.byline, item.credit?.raw]).toEqual(['photo', '李 莉', '雷 洁摄']);
  });
});

describe('who wrote the item', () => {
  it('`文/图` in a bracket opening the text: the bracket alone is the credit', () => {
    const item = only('柳岸社区办起长者食堂\n(记者 周小禾 文/图)近日，柳岸社区的长者食堂开张。\n');
    expect(item.credit).toMatchObject({ raw: '(记者 周小禾 文/图)', names: ['周小禾'], verb: '文/图' });
  });

  it('a web copy’s author field above the text beside the byline below it: both write, the field first (409, 1943)', () => {
    const item = only('长者食堂开张\n作者:周小禾 来源:江城网\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(item.people).toEqual([
      { name: '周小禾', role: null, source: 'byline' },
      { name: '李莉', role: null, source: 'byline' },
    ]);
  });

  it("a person in the copy's author field, not the unit a bracket below the text names alone (2092, in our words)", () => {
    const item = only('长者食堂开张\n发布日期:2024-05-02作者:周小禾点击次数:3\n近日，柳岸社区的长者食堂开张。\n(社区团委)\n');
    expect(item.people.map((person) => person.name)).toEqual(['周小禾']);
    // The unit writes it where the field names no one.
    const unnamed = only('长者食堂开张\n发布日期:2024-05-02 作者: 点击次数:3\n近日，柳岸社区的长者食堂开张。\n(社区团委)\n');
    expect(unnamed.people.map((person) => person.name)).toEqual(['社区团委']);
  });
});

describe('lines that end an item or stand between items', () => {
  it('a photo credit closing the lead\'s bracket makes its people the credit too, the verb glued to the name or not', () => {
    const spaced = items('柳岸社区：长者食堂开张\n本报讯(记者 许明 摄影报道)近日，柳岸社区的长者食堂开张。\n')[0]!;
    expect(spaced.people).toEqual([{ name: '许明', role: '记者', source: 'lead' }]);
    expect([spaced.credit?.names, spaced.credit?.verb, spaced.kind]).toEqual([['许明'], '摄影报道', 'brief']);
    const glued = items('柳岸社区：长者食堂开张\n江城网讯(特约通讯员/唐晓摄影报道)近日，柳岸社区的长者食堂开张。\n')[0]!;
    expect(glued.people).toEqual([{ name: '唐晓', role: '特约通讯员', source: 'lead' }]);
    expect([glued.credit?.names, glued.credit?.verb]).toEqual([['唐晓'], '摄影报道']);
    // A lead's byline alone is no credit.
    expect(items('柳岸社区：长者食堂开张\n本报讯(记者 许明)近日，柳岸社区的长者食堂开张。\n')[0]!.credit).toBe(null);
    // The credit verbs are the vocabulary's: a newsroom's own is read there too.
    const configured = parse('柳岸社区：长者食堂开张\n本报讯(记者 许明 拍摄)近日，柳岸社区的长者食堂开张。\n', { year: 2024, vocabulary: { creditVerbs: ['拍摄'] } }).items[0]!;
    expect([configured.credit?.names, configured.credit?.verb]).toEqual([['许明'], '拍摄']);
  });

  it('a name in brackets is a byline, never a sub-heading, even above text that fits no item', () => {
    const text = '柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n这是一段没头没尾的文字，\n它也没有结尾\n';
    const found = items(text);
    expect(found[0]!.byline).toBe('李 莉');
    expect(found[0]!.blocks.map((block) => block.type)).toEqual(['paragraph']);
  });

  it('a label saying what a picture is names no column: 【资料图】 is furniture, 【图片新闻】 the section', () => {
    const picture = parse('【资料图】\n本报讯(记者 许明)昨天,柳岸社区的长者食堂开张。\n', { year: 2024 });
    expect([picture.section, picture.meta.map((meta) => meta.text), picture.items.length]).toEqual([null, ['【资料图】'], 1]);
    const column = parse('【图片新闻】\n东湖社区的志愿者为老人理发。\n雷 洁摄\n', { year: 2024 });
    expect(column.section).toBe('图片新闻');
  });

  it('a column label in brackets is no paragraph’s text, even after a cut sentence', () => {
    const text = '柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张，老人们\n【图片新闻】\n东湖社区的志愿者为老人理发。\n雷 洁摄\n';
    const bulletin = parse(text, { year: 2024 });
    expect(bulletin.meta.map((meta) => [meta.kind, meta.value])).toEqual([['furniture', '图片新闻']]);
    expect(bulletin.items.map((item) => [item.kind, item.truncated])).toEqual([
      ['brief', true],
      ['photo', false],
    ]);
  });
});

describe("pictures' labels in a run above the text (fixture picture-label-runs)", () => {
  it('below a paragraph, short sentences are more of its text', () => {
    const item = only(
      '柳岸社区办起长者食堂\n本报讯 近日,柳岸社区的长者食堂开张,六十多位老人在家门口吃上了热乎乎的午饭,饭菜每份只要五元钱。\n老人们很满意。\n志愿者也来帮忙。\n厨师是社区居民。\n食堂每天中午十一点开门,周末和节假日也不休息,社区还专门为行动不便的独居老人提供送餐上门服务,受到辖区居民的一致欢迎和好评。\n(李 莉)\n',
    );
    expect(item.asides.map((aside) => aside.kind)).toEqual(['byline']);
    expect(item.blocks.map((block) => block.text.slice(0, 4))).toEqual(['本报讯 ', '老人们很', '志愿者也', '厨师是社', '食堂每天']);
  });

  it('phrases alone in a row are no labels', () => {
    const found = items('社区动态\n东湖街道柳岸社区\n长者食堂开张了\n家门口吃上热乎饭\n近日,柳岸社区的长者食堂开张,六十多位老人在家门口吃上了热乎乎的午饭,饭菜每份只要五元钱。\n(李 莉)\n');
    expect(found.flatMap((item) => item.asides.map((aside) => aside.kind))).not.toContain('caption');
    // Below a headline too: a kicker, a column and an organisation over the headline, no sentence among them.
    const below = items('走基层\n工作动态\n东湖社区\n整治环境卫生\n“目前,小区环境卫生得到有效整治,楼道里再也看不到堆放的杂物了。”东湖社区的居民说,社区和物业一起清理了五十多处卫生死角。\n');
    expect(below.flatMap((item) => item.asides.map((aside) => aside.kind))).not.toContain('caption');
  });

  // Sixty characters: the shortest paragraph a run of labels stands above.
  const LONG = '食堂每天中午十一点开门,周末和节假日也不休息,社区还专门为行动不便的独居老人提供送餐上门服务,受到辖区居民们的一致欢迎。';
  const captions = (text: string) => items(text).flatMap((item) => item.asides.filter((aside) => aside.kind === 'caption').map((aside) => aside.text));

  it('at their limits: a label of 45 characters, a paragraph of 60 below', () => {
    const label = '志愿者们利用周末时间为辖区独居老人打扫房间、清洗衣物、整理杂物，还陪老人们一起聊聊天说话。';
    expect(captions(`柳岸社区老人在食堂用午餐。\n${label}\n居民在活动室下棋。\n${LONG}\n(李 莉)\n`)).toEqual(['柳岸社区老人在食堂用午餐。', label, '居民在活动室下棋。']);
  });

  it("below a headline and a caption too long to be one of them, the run's labels are its pictures' too, the text's item", () => {
    // The caption's sentence, 49 characters, is longer than any label of a run; the first label below it has no full stop.
    const caption = '志愿者和居民一起在新建成的口袋公园里种下月季、海棠和桂花，为这片曾经杂草丛生的空地增添了一抹亮色。';
    const item = only(`柳岸社区口袋公园开园\n${caption}\n孩子们在滑梯上玩耍\n居民在公园里散步。\n老人在长椅上休息\n${LONG}\n(李 莉)\n`);
    expect(item.title).toBe('柳岸社区口袋公园开园');
    expect(item.asides.map((aside) => [aside.kind, aside.text])).toEqual([
      ['caption', caption],
      ['caption', '孩子们在滑梯上玩耍'],
      ['caption', '居民在公园里散步。'],
      ['caption', '老人在长椅上休息'],
      ['byline', '(李 莉)'],
    ]);
  });

  it('two short sentences above a long paragraph are its first paragraphs, not a run', () => {
    // Below a page line, so that the run does not start at the page's first line; the page line without its colon is a
    // phrase, no label either.
    const item = only(`第5版 社区新闻\n柳岸社区老人在食堂用午餐。\n志愿者为老人理发。\n${LONG}\n(李 莉)\n`);
    expect(item.asides.map((aside) => aside.kind)).toEqual(['byline']);
    expect(item.blocks.map((block) => block.text.slice(0, 4))).toEqual(['柳岸社区', '志愿者为', '食堂每天']);
  });

  it('a line of another kind is no label: two sentences above it are no run', () => {
    for (const other of [
      '第5版 社区新闻', // a page line (without its colon: a phrase)
      '责任编辑 王芳', // the page's editor
      '<!-- bulletin-disable truncated-body -->', // a directive
      '上一篇 下一篇', // navigation
      '【图片新闻】', // a column's label
      '简讯 2024年05月12日', // a column's name with the day, which labels the column as a bracket does
      '●志愿者为老人理发。', // a bullet
      '老人们笑了，志愿者也笑了', // a clause with its comma, but no full stop: neither a sentence nor a phrase
    ]) {
      expect(captions(`柳岸社区老人在食堂用午餐。\n志愿者为老人理发。\n${other}\n${LONG}\n(李 莉)\n`), other).toEqual([]);
    }
  });
});

describe("an e-paper page's list of its pieces above its navigation", () => {
  const page = (list: string) =>
    parse(`第A05版:社区新闻\n${list}\n上一篇  下一篇\n本报讯 近日,东湖社区的长者食堂开张,六十多位老人在家门口吃上了热乎乎的午饭。\n(李 莉)\n`, { year: 2024 });
  const contents = (list: string) => page(list).meta.filter((meta) => meta.value === 'table of contents').map((meta) => meta.text);

  it('is furniture: three titles or more right above a navigation line, a title that reads as a header too', () => {
    const bulletin = page('东湖社区办起长者食堂\n西坡村入选文明村\n柳岸小学 获省级奖项');
    expect(bulletin.items.map((item) => [item.title, item.blocks[0]!.text.slice(0, 6)])).toEqual([[null, '本报讯 近日']]);
    expect(contents('东湖社区办起长者食堂\n西坡村入选文明村\n柳岸小学 获省级奖项')).toEqual(['东湖社区办起长者食堂', '西坡村入选文明村', '柳岸小学 获省级奖项']);
  });

  it('but two titles are not yet a list', () => {
    expect(contents('东湖社区办起长者食堂\n西坡村入选文明村')).toEqual([]);
  });

  it('a mark without words among the titles keeps the list going, but is no title of it', () => {
    const bulletin = page('东湖社区办起长者食堂\n···\n西坡村入选文明村\n柳岸小学 获省级奖项');
    expect(bulletin.meta.filter((meta) => meta.value === 'table of contents').map((meta) => meta.text)).toEqual(['东湖社区办起长者食堂', '西坡村入选文明村', '柳岸小学 获省级奖项']);
    // Two titles and a mark are two titles.
    expect(contents('东湖社区办起长者食堂\n西坡村入选文明村\n···')).toEqual([]);
  });

  it("the page's editor is no title: two titles and an editor line are no list", () => {
    const bulletin = page('东湖社区办起长者食堂\n西坡村入选文明村\n责任编辑 王芳');
    expect(bulletin.meta.filter((meta) => meta.value === 'table of contents')).toEqual([]);
    expect(bulletin.meta.filter((meta) => meta.kind === 'editor').map((meta) => meta.value)).toEqual(['王芳']);
  });

  it('a title of the list is at most 40 characters', () => {
    const forty = '东湖社区办起长者食堂六十多位独居老人在家门口吃上了热乎乎的午饭饭菜每份只要五元钱';
    expect(contents(`${forty}\n西坡村入选文明村\n柳岸小学 获省级奖项`)).toEqual([forty, '西坡村入选文明村', '柳岸小学 获省级奖项']);
    expect(contents(`${forty}啦\n西坡村入选文明村\n柳岸小学 获省级奖项`)).toEqual([]);
  });
});

describe("a reader's list of its pages", () => {
  it('page lines in a row are that list, furniture, and name no column of this page', () => {
    const bulletin = parse('01版:要闻\n\n02版:社区\n\n03版:文体\n东湖社区办起长者食堂\n本报讯 近日,东湖社区的长者食堂开张,六十多位老人吃上了热饭。\n(李 莉)\n', { year: 2024 });
    expect(bulletin.section).toBeNull();
    expect(bulletin.meta.map((meta) => [meta.text, meta.value])).toEqual([
      ['01版:要闻', 'page list'],
      ['02版:社区', 'page list'],
      ['03版:文体', 'page list'],
    ]);
    expect(bulletin.items.map((item) => item.title)).toEqual(['东湖社区办起长者食堂']);
  });

  it('a list that ends the text is a list too', () => {
    expect(parse('01版:要闻\n02版:社区\n', { year: 2024 }).meta.map((meta) => [meta.text, meta.value])).toEqual([
      ['01版:要闻', 'page list'],
      ['02版:社区', 'page list'],
    ]);
  });

  it("between the titles' heading and the titles, the list of pages leaves the titles a list: no item of them", () => {
    const text = '东湖社区办起长者食堂\n本报讯 近日,东湖社区的长者食堂开张,六十多位老人吃上了热饭。\n(李 莉)\n标题导航\n第01版:要闻\n第02版:社区\n西坡村入选文明村\n柳岸小学获省级奖项\n';
    const bulletin = parse(text, { year: 2024 });
    expect(bulletin.items.map((item) => item.title)).toEqual(['东湖社区办起长者食堂']);
    expect(bulletin.meta.filter((meta) => meta.value === 'table of contents').map((meta) => meta.text)).toEqual(['西坡村入选文明村', '柳岸小学获省级奖项']);
  });

  it('one page line names the column', () => {
    expect(parse('02版:社区\n东湖社区办起长者食堂\n本报讯 近日,东湖社区的长者食堂开张,六十多位老人吃上了热饭。\n(李 莉)\n').section).toBe('社区');
  });
});

describe('the title printed again between paragraphs', () => {
  it("stands where a picture was: an aside of the one item, which goes on below it and has no sub-headings", () => {
    const title = '柳岸社区开展节前大扫除';
    const text = `${title}\n\n本报讯 9月28日,柳岸社区的志愿者清扫楼道和绿化带。\n\n${title}\n\n志愿者们还清理了楼道里堆放的杂物。\n\n${title}\n\n居民们说,干净的环境过节更舒心。\n`;
    const item = only(text);
    expect(item.kind).toBe('brief');
    expect(item.title).toBe(title);
    expect(item.blocks.map((block) => [block.type, block.text.slice(0, 4)])).toEqual([
      ['paragraph', '本报讯 '],
      ['paragraph', '志愿者们'],
      ['paragraph', '居民们说'],
    ]);
    expect(item.asides.map((aside) => [aside.kind, aside.text, aside.span.start.line])).toEqual([
      ['caption', title, 5],
      ['caption', title, 9],
    ]);
  });
});

describe('a lead printed with the byline on a line of its own above the text', () => {
  it('is the item\'s lead (`本报讯 记者 X` / the first paragraph)', () => {
    const item = only('小导游上岗了\n本报讯 记者 林小雨\n3月2日下午,柳岸小学的走廊里,一场“我是小导游”的活动正在进行。\n');
    expect([item.lead, item.authors, item.blocks[0]!.text.slice(0, 5)]).toEqual(['本报讯', ['林小雨'], '3月2日下']);
  });

  it('is no lead where the line above names the writer only', () => {
    expect(only('小导游上岗了\n记者 林小雨\n3月2日下午,柳岸小学的走廊里,一场“我是小导游”的活动正在进行。\n').lead).toBeNull();
  });
});
