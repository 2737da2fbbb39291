// The house style, rule by rule, on small pages written for each case. The
// expected text is written by hand from the rule, not copied from output.

import { describe, expect, it } from 'vitest';
import { formatText, type FormatOptions } from '../../src/formatter/index.js';
import { curlQuotes } from '../../src/formatter/quotes.js';

/** One brief with the given body (and header, byline), formatted. */
function brief(body: string, style: Partial<FormatOptions> = {}, header = '苏村社区: 开展活动', byline = '(李 莉)'): string {
  return formatText(`社区动态\n\n${header}\n\n${body}\n\n${byline}\n`, { style });
}

/** The body line of a formatted brief (the fifth line of a two-blank-line layout). */
function bodyOf(body: string, style: Partial<FormatOptions> = {}): string {
  return brief(body, style).split('\n')[5]!;
}

describe('punctuation width', () => {
  it.each([
    ['本报讯 近日,苏村社区开展活动。', '本报讯　近日，苏村社区开展活动。'],
    ['本报讯 近日,居民说:"好!"大家都笑了。', '本报讯　近日，居民说：“好！”大家都笑了。'],
    ['本报讯 近日,华阳(集团)公司来到社区;大家欢迎?', '本报讯　近日，华阳（集团）公司来到社区；大家欢迎？'],
    ['本报讯 活动于9:30开始,共有3,000人参加,增长3.5%。', '本报讯　活动于9:30开始，共有3,000人参加，增长3.5%。'],
    ['本报讯 近日,详情见www.example.cn/a,b或写信到news@example.cn,欢迎。', '本报讯　近日，详情见www.example.cn/a,b或写信到news@example.cn,欢迎。'],
    ['本报讯 近日,居民学习了Hello, world!一课。', '本报讯　近日，居民学习了Hello, world!一课。'],
    ['本报讯 近日,社区开展活动(1)和活动(2)。', '本报讯　近日，社区开展活动(1)和活动(2)。'],
    // Nested pairs, from the inside out (a law found `((李 莉))` left half-width outside).
    ['本报讯 近日,活动由((副)主任)主持。', '本报讯　近日，活动由（（副）主任）主持。'],
    ['本报讯 近日,大家等啊等...终于来了。。。', '本报讯　近日，大家等啊等……终于来了……'],
    ['本报讯 近日,页码1...10都印好了。', '本报讯　近日，页码1...10都印好了。'],
    ['本报讯 近日,2020--2021年度--社区获奖。', '本报讯　近日，2020--2021年度——社区获奖。'],
  ])('%s', (body, expected) => {
    expect(bodyOf(body)).toBe(expected);
  });

  it('punctuation "keep" leaves the marks alone', () => {
    expect(bodyOf('本报讯 近日,苏村社区开展活动。', { punctuation: 'keep', quotes: 'keep' })).toBe('本报讯　近日,苏村社区开展活动。');
  });
});

describe('quotes', () => {
  it('pairs straight quotes, curly ones already there included', () => {
    expect(bodyOf('本报讯 近日,"网格"是社区的\'神经末梢\'。')).toBe('本报讯　近日，“网格”是社区的‘神经末梢’。');
    // A page whose quotes the parser reads as left open (a cut) is printed as it stands; the rule itself, alone:
    expect(curlQuotes('“网格"是社区的"神经末梢”')).toBe('“网格”是社区的“神经末梢”');
  });

  it('leaves quotes that do not pair as they are', () => {
    expect(bodyOf('本报讯 近日,居民说:"今天很好。')).toBe('本报讯　近日，居民说："今天很好。');
  });

  it("leaves an apostrophe between letters: don't", () => {
    expect(bodyOf("本报讯 近日,居民学了don't一词。")).toBe("本报讯　近日，居民学了don't一词。");
  });
});

describe('spaces', () => {
  it('removes spaces next to full-width punctuation and between Han characters, and at line ends', () => {
    expect(bodyOf('本报讯 近日， 苏村 社区开展活动 。  ')).toBe('本报讯　近日，苏村社区开展活动。');
  });

  it('keeps a phrase break inside quotes, collapsed, unless spaceInQuotes is "remove"', () => {
    expect(bodyOf('本报讯 近日,社区开展“关注房颤   预防卒中”活动。')).toBe('本报讯　近日，社区开展“关注房颤 预防卒中”活动。');
    expect(bodyOf('本报讯 近日,社区开展“关注房颤 预防卒中”活动。', { spaceInQuotes: 'remove' })).toBe('本报讯　近日，社区开展“关注房颤预防卒中”活动。');
  });

  it('keeps spaces around Latin words and digits unless spaceAroundLatin is "remove"', () => {
    expect(bodyOf('本报讯 近日,居民用 App 预约了 3 次。')).toBe('本报讯　近日，居民用 App 预约了 3 次。');
    expect(bodyOf('本报讯 近日,居民用 App 预约了 3 次。', { spaceAroundLatin: 'remove' })).toBe('本报讯　近日，居民用App预约了3次。');
  });

  it('keeps the phrase break of a headline, quoted phrases too', () => {
    expect(brief('本报讯 近日,社区开展活动。', {}, '西马家坪社区: 科学育儿进社区  亲子共沐好时光').split('\n')[3]).toBe('西马家坪社区：科学育儿进社区 亲子共沐好时光');
    expect(brief('本报讯 近日,社区开展活动。', {}, '新源社区: 搭建"五方平台" 打造"红心家园"').split('\n')[3]).toBe('新源社区：搭建“五方平台” 打造“红心家园”');
    expect(brief('本报讯 近日,社区开展活动。', {}, '新源社区: 搭建“五方平台” ， 打造').split('\n')[3]).toBe('新源社区：搭建“五方平台”，打造');
  });

  it('gives a bulleted `组织 标题` header its colon, the bullet kept, as it does a bulleted organisation on its own line', () => {
    // (A property law found `●桃园社区 举办旧物交换集市` printed as it stood, with its space.)
    expect(brief('本报讯 近日,社区开展活动。', {}, '●桃园社区 举办旧物交换集市').split('\n')[3]).toBe('●桃园社区：举办旧物交换集市');
    expect(brief('本报讯 近日,社区开展活动。', {}, '●桃园社区\n举办旧物交换集市').split('\n')[3]).toBe('●桃园社区：举办旧物交换集市');
  });

  it('joins an organisation line behind a tag in lenticular brackets to its title, the tag kept', () => {
    // (A property law found `【江城】柳岸社区` / `TITLE` left on two lines, which check flags.)
    expect(brief('本报讯 近日,社区开展活动。', {}, '【江城】桃园社区\n举办旧物交换集市').split('\n')[3]).toBe('【江城】桃园社区：举办旧物交换集市');
  });
});

describe('names', () => {
  it.each([
    ['ideographic', '（李　莉）'],
    ['space', '（李 莉）'],
    ['none', '（李莉）'],
  ] as const)('namePadding %s: (李 莉) → %s', (namePadding, expected) => {
    expect(brief('本报讯 近日,社区开展活动。', { namePadding }).split('\n')[7]).toBe(expected);
  });

  it('pads each of two names, and a credit before its verb; three-character names and names after a role stay', () => {
    const out = formatText('近日,东山社区开展义诊活动。\n\n雷洁摄\n\n\n苏村社区: 开展活动\n\n本报讯 近日,社区开展活动。\n\n(曹蓉 彭晓)\n\n\n南楼社区: 开展活动\n\n本报讯 近日,社区开展活动。\n\n(王鹤婷)\n');
    expect(out).toContain('\n雷　洁摄\n');
    expect(out).toContain('\n（曹　蓉 彭　晓）\n');
    expect(out).toContain('\n（王鹤婷）\n');
  });

  it('parts a slashed work glued to a padded name from it, which would else read as its third character', () => {
    // (`（通讯员 夏　沐文/图）` reads no name: the item would be kept as it stands, unpadded.)
    expect(brief('本报讯 近日,社区开展活动。', {}, '苏村社区: 开展活动', '(记者 孔越 通讯员 夏沐文/图)').split('\n')[7]).toBe('（记者 孔　越 通讯员 夏　沐 文/图）');
  });

  it('leaves a name run into its role alone (记者张帆)', () => {
    expect(brief('本报讯 近日,社区开展活动。', {}, '苏村社区: 开展活动', '(记者张帆)').split('\n')[7]).toBe('（记者张帆）');
  });
});

describe('lead', () => {
  it.each([
    ['ideographic', '本报讯　6月24日，社区开展活动。'],
    ['space', '本报讯 6月24日，社区开展活动。'],
    ['none', '本报讯6月24日，社区开展活动。'],
  ] as const)('leadSeparator %s', (leadSeparator, expected) => {
    expect(bodyOf('本报讯  6月24日,社区开展活动。', { leadSeparator })).toBe(expected);
  });

  it('puts no separator after the bracket of a lead naming its reporters', () => {
    expect(bodyOf('本报讯(记者 张三) 6月24日,社区开展活动。')).toBe('本报讯（记者 张三）6月24日，社区开展活动。');
  });
});

describe('a byline or credit in brackets opening the text', () => {
  it('stays at the start of its paragraph, styled as a byline line, with no separator after its bracket', () => {
    const kept: string[] = [];
    const out = formatText('东湾街道: 志愿者清理河道\n(通讯员:林小雨) 6月2日,东湾街道组织志愿者清理河道。\n', { onKept: ({ level }) => kept.push(level) });
    expect(out).toBe('东湾街道：志愿者清理河道\n\n（通讯员：林小雨）6月2日，东湾街道组织志愿者清理河道。\n');
    expect(kept).toEqual([]);
  });

  it('a credit too: its names padded as in a credit line', () => {
    const out = formatText('柳岸社区举办运动会\n(记者 孔越摄影报道)6月3日,柳岸社区举办邻里运动会。\n');
    expect(out).toBe('柳岸社区举办运动会\n\n（记者 孔　越摄影报道）6月3日，柳岸社区举办邻里运动会。\n');
  });
});

describe("what a wire story or web copy prints after the text", () => {
  it('stays glued after it as it stands (`(完)`, `(新华社发)`), one space kept where there was white space', () => {
    const kept: string[] = [];
    const onKept = ({ level }: { level: string }) => kept.push(level);
    expect(formatText('柳岸社区：长者食堂开张\n本报讯 近日,柳岸社区的长者食堂开张。(完)\n', { onKept })).toBe('柳岸社区：长者食堂开张\n\n本报讯　近日，柳岸社区的长者食堂开张。(完)\n');
    expect(formatText('9月1日,柳岸小学的操场上,一面国旗格外引人瞩目。\u3000 (新华社发)\n', { onKept })).toBe('9月1日，柳岸小学的操场上，一面国旗格外引人瞩目。 (新华社发)\n');
    expect(kept).toEqual([]);
  });

  it('is no trailer on a line of its own below the text: it keeps its line (gluing it up would change the reading)', () => {
    const kept: string[] = [];
    const onKept = ({ level }: { level: string }) => kept.push(level);
    expect(formatText('柳岸社区：长者食堂开张\n本报讯 近日,柳岸社区的长者食堂开张。\n(完)\n', { onKept })).toBe('柳岸社区：长者食堂开张\n\n本报讯　近日，柳岸社区的长者食堂开张。\n\n(完)\n');
    expect(kept).toEqual([]);
  });
});

describe('a lead whose names end with a colon', () => {
  it('takes no separator after the colon', () => {
    expect(formatText('红星村:电商助农\n江城网东湾讯 通讯员唐晓、李木报道:12月2日,红星村的电商服务站开张。\n')).toBe('红星村：电商助农\n\n江城网东湾讯 通讯员唐晓、李木报道：12月2日，红星村的电商服务站开张。\n');
  });
});

describe('a picture above the text', () => {
  it("keeps its credit on the caption's line, one space after a label without its full stop", () => {
    const kept: string[] = [];
    const out = formatText('街心花园焕新颜\n花园一角 江城日报记者 林泉 摄\n6月14日,东湾社区的街心花园改造完工,居民们在花园里散步、下棋。\n', { onKept: ({ level }) => kept.push(level) });
    expect(out).toBe('街心花园焕新颜\n\n花园一角 江城日报记者 林　泉 摄\n\n6月14日，东湾社区的街心花园改造完工，居民们在花园里散步、下棋。\n');
    expect(kept).toEqual([]);
  });
});

describe('a picture inside the text', () => {
  it('keeps its credit on the caption\'s line, padded as a credit, so that the text below stays the same item\'s', () => {
    const kept: string[] = [];
    const page = '桂园小区新添读书角\n桂园小区的居民把闲置车棚改成了读书角,大家在这里读书、下棋。\n▲居民在读书角看书。记者 温川 摄\n读书角每天早上八点开放,书都是居民捐的。\n';
    const out = formatText(page, { onKept: ({ level }) => kept.push(level) });
    expect(out).toBe('桂园小区新添读书角\n\n桂园小区的居民把闲置车棚改成了读书角，大家在这里读书、下棋。\n\n▲居民在读书角看书。记者 温　川 摄\n\n读书角每天早上八点开放，书都是居民捐的。\n');
    expect(kept).toEqual([]);
  });
});

describe('structure', () => {
  it('joins an organisation line and its title with a colon; "keep" leaves the line break', () => {
    const page = '社区动态\n\n河西社区\n邻里菜园结出“连心果”\n\n河西社区把空地改成了菜园,由居民认领。\n';
    expect(formatText(page)).toBe('社区动态\n\n\n河西社区：邻里菜园结出“连心果”\n\n河西社区把空地改成了菜园，由居民认领。\n');
    expect(formatText(page, { style: { header: 'keep' } })).toBe('社区动态\n\n\n河西社区\n邻里菜园结出“连心果”\n\n河西社区把空地改成了菜园，由居民认领。\n');
  });

  it('joins an organisation line and a title broken over two lines below it into one header line', () => {
    const page = '社区动态\n\n河西社区\n邻里菜园结出\n“连心果”\n\n河西社区把空地改成了菜园,由居民认领。\n';
    expect(formatText(page)).toBe('社区动态\n\n\n河西社区：邻里菜园结出“连心果”\n\n河西社区把空地改成了菜园，由居民认领。\n');
    expect(formatText(page, { style: { header: 'keep' } })).toBe('社区动态\n\n\n河西社区\n邻里菜园结出\n“连心果”\n\n河西社区把空地改成了菜园，由居民认领。\n');
  });

  it('turns the space between organisation and title into the colon', () => {
    expect(brief('本报讯 近日,社区开展活动。', {}, '苏村社区 开展主题党日活动').split('\n')[3]).toBe('苏村社区：开展主题党日活动');
  });

  it('lays blocks one blank line apart and items two, configurable; indents paragraphs when asked', () => {
    const page = '苏村社区: 开展活动\n本报讯 近日,社区开展活动。\n(李 莉)\n南楼社区: 组建队伍\n本报讯 日前,南楼社区组建了队伍。\n(王鹤婷)\n';
    expect(formatText(page)).toBe(
      '苏村社区：开展活动\n\n本报讯　近日，社区开展活动。\n\n（李　莉）\n\n\n南楼社区：组建队伍\n\n本报讯　日前，南楼社区组建了队伍。\n\n（王鹤婷）\n',
    );
    expect(formatText(page, { style: { blankLinesBetweenBlocks: 0, blankLinesBetweenItems: 1, indent: 'ideographic' } })).toBe(
      '苏村社区：开展活动\n　　本报讯　近日，社区开展活动。\n（李　莉）\n\n南楼社区：组建队伍\n　　本报讯　日前，南楼社区组建了队伍。\n（王鹤婷）\n',
    );
  });

  it('joins a paragraph cut by a column break', () => {
    const page = '如意庄社区: 党建引领网格治理\n\n本报讯 近日,如意庄社区按照“社区党组织—网格党小组—党员志\n\n愿者”四级架构,把党组织建在网格上。\n\n(赵 璐)\n';
    expect(formatText(page)).toBe('如意庄社区：党建引领网格治理\n\n本报讯　近日，如意庄社区按照“社区党组织—网格党小组—党员志愿者”四级架构，把党组织建在网格上。\n\n（赵　璐）\n');
  });

  it('keeps meta lines, directives and text it cannot place verbatim, where they stand', () => {
    const page = '第A04版:城事社区\n社区动态\n<!-- bulletin-disable truncated-body -->\n苏村社区: 开展活动\n本报讯 近日,社区开展活动。\n(李 莉)\n责任编辑: 王 芳\n';
    const out = formatText(page);
    expect(out.split('\n').filter((line) => line !== '')).toEqual([
      '第A04版:城事社区',
      '社区动态',
      '<!-- bulletin-disable truncated-body -->',
      '苏村社区：开展活动',
      '本报讯　近日，社区开展活动。',
      '（李　莉）',
      '责任编辑: 王 芳',
    ]);
  });

  it('ends with one line break, in the input\'s own line breaks unless endOfLine says otherwise', () => {
    expect(formatText('苏村社区: 开展活动\r\n本报讯 近日,社区开展活动。\r\n(李 莉)\r\n\r\n\r\n\r\n')).toBe('苏村社区：开展活动\r\n\r\n本报讯　近日，社区开展活动。\r\n\r\n（李　莉）\r\n');
    expect(formatText('苏村社区: 开展活动\r\n本报讯 近日,社区开展活动。\r\n(李 莉)', { style: { endOfLine: 'lf' } })).toBe('苏村社区：开展活动\n\n本报讯　近日，社区开展活动。\n\n（李　莉）\n');
    expect(formatText('')).toBe('');
    expect(formatText('\n\n  \n')).toBe('');
  });
});

describe('a byline glued after a caption written as phrases', () => {
  it('stays glued, as it stands: on a line of its own below it, the phrase would read as a headline', () => {
    const kept: string[] = [];
    const page = '柳岸社区的腊八节\n\n腊八节清晨,柳岸社区的志愿者给环卫工人送上腊八粥。 文/摄:林小雨\n\n一碗小小的腊八粥 让环卫工人感受到温暖 文/摄:林小雨\n';
    const out = formatText(page, { onKept: ({ level }) => kept.push(level) });
    expect(kept).toEqual([]);
    expect(out).toContain('\n一碗小小的腊八粥让环卫工人感受到温暖 文/摄:林小雨\n');
    expect(formatText(out)).toBe(out);
  });
});
