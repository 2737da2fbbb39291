import { describe, expect, it } from 'vitest';
import { toSourceLine, type SourceLine } from '../../src/parse/lines.js';
import { splitBylineRunIntoText, splitFieldsRunIntoText, splitHeadRunIntoText, splitPictureFilesRunIntoText, splitRunOnLine } from '../../src/parse/run-on.js';
import { parse } from '../../src/parse/parser.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

// A page that lost its line breaks, in our own words: three items parted by spaces, the first lead's bracket holding spaces too.
const PAGE =
  '社区快讯 邻里节开幕 江城网讯(记者 孔 越 通讯员 杜晓帆)近日,柳岸社区举办邻里节,百余名居民参加。活动持续两天。 ' +
  '旧物交换受欢迎 本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。 (李 莉) ' +
  '义诊进社区 本报讯 6月2日,下站社区邀请辖区医院的医生为居民义诊,测量血压、讲解夏季防暑知识,八十余名居民受益。 (赵雨平)';

const split = (text: string, line = toSourceLine(7, 120, text)): SourceLine[] => splitRunOnLine(line, DEFAULT_VOCABULARY);

/** A line's pieces after splitHeadRunIntoText(): the headline and the text, or the line alone where it is not cut. */
function cutHead(text: string): string[] {
  const line = toSourceLine(4, 60, text);
  return (splitHeadRunIntoText(line, DEFAULT_VOCABULARY) ?? [line]).map((piece) => piece.content);
}

/** Every piece stands where it says on its line, after the white space it says. */
function expectPlaced(pieces: readonly SourceLine[], text: string, line: SourceLine): void {
  pieces.forEach((piece, i) => {
    expect(piece.number).toBe(line.number);
    expect(piece.offset).toBe(line.offset);
    expect(text.slice(piece.indent, piece.indent + piece.content.length)).toBe(piece.content);
    if (i === 0) expect(piece.gapBefore).toBeUndefined();
    else expect(text.slice(piece.indent - piece.gapBefore!.length, piece.indent)).toBe(piece.gapBefore);
  });
}

describe('splitRunOnLine', () => {
  it('cuts a page at its spaces into its lines: titles, leads with their paragraphs, bylines', () => {
    const line = toSourceLine(7, 120, PAGE);
    const pieces = split(PAGE, line);
    expect(pieces.map((piece) => piece.content)).toEqual([
      '社区快讯',
      '邻里节开幕',
      // The spaces inside the lead's bracket part names, not lines.
      '江城网讯(记者 孔 越 通讯员 杜晓帆)近日,柳岸社区举办邻里节,百余名居民参加。活动持续两天。',
      '旧物交换受欢迎',
      // A lead alone goes with the paragraph after it.
      '本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。',
      '(李 莉)',
      '义诊进社区',
      '本报讯 6月2日,下站社区邀请辖区医院的医生为居民义诊,测量血压、讲解夏季防暑知识,八十余名居民受益。',
      '(赵雨平)',
    ]);
    expect(pieces.slice(1).map((piece) => piece.gapBefore)).toEqual(new Array(8).fill(' '));
    expectPlaced(pieces, PAGE, line);
  });

  it('keeps the indent of the line it cuts', () => {
    const line = { ...toSourceLine(3, 40, `\u3000\u3000${PAGE}`), year: null };
    expect(line.indent).toBe(2);
    const pieces = split(line.content, line);
    expect(pieces[0]!.indent).toBe(2);
    expect(pieces[1]!.indent).toBe(2 + '社区快讯 '.length);
  });

  it('parts pieces at ideographic spaces, NBSP, tabs and the other white space as at spaces', () => {
    for (const space of ['\u3000', '\u00a0', '\t', '\u2002', '\u202f']) {
      const text = PAGE.replaceAll(' ', space);
      const pieces = split(text);
      expect(pieces.map((piece) => piece.content)).toEqual(split(PAGE).map((piece) => piece.content.replaceAll(' ', space)));
      expect(pieces[1]!.gapBefore).toBe(space);
    }
  });

  it('joins a long piece cut mid-sentence to the piece after it', () => {
    const text =
      '街巷新闻 本报讯 近日,河湾社区组织志愿者为辖区独居老人上门检修电路 更换老化插座,排除安全隐患三十余处。老人们连声道谢。 ' +
      '小区添了充电棚 本报讯 日前,青石社区在三个小区新建电动车充电棚,解决居民充电难题,还安装了烟感报警器和灭火器。居民们纷纷点赞。 (江 沅) ' +
      '义诊进社区 本报讯 6月2日,下站社区邀请医生为居民义诊,八十余名居民受益。';
    expect(text.length).toBeGreaterThanOrEqual(150);
    expect(split(text).map((piece) => piece.content)).toEqual([
      '街巷新闻',
      '本报讯 近日,河湾社区组织志愿者为辖区独居老人上门检修电路 更换老化插座,排除安全隐患三十余处。老人们连声道谢。',
      '小区添了充电棚',
      '本报讯 日前,青石社区在三个小区新建电动车充电棚,解决居民充电难题,还安装了烟感报警器和灭火器。居民们纷纷点赞。',
      '(江 沅)',
      '义诊进社区',
      '本报讯 6月2日,下站社区邀请医生为居民义诊,八十余名居民受益。',
    ]);
  });

  it('counts a paragraph ending in its byline in brackets as a finished one: such briefs run together are a page too', () => {
    const text =
      '社区快讯 东湖社区：邻里节开幕 本报讯（记者 孔越）5月20日，东湖社区第五届邻里节开幕，居民们拿出拿手好菜，摆起了百家宴。（孔越） ' +
      '柳岸社区：义诊进社区 本报讯 5月21日，柳岸社区请来医院的医生为居民义诊，测血压、量血糖。（林舟） ' +
      '西城社区：旧衣回收箱进小区 本报讯 5月22日，西城社区在各小区设置旧衣回收箱。（周宁）';
    expect(text.length).toBeGreaterThanOrEqual(150);
    expect(split(text).map((piece) => piece.content)).toEqual([
      '社区快讯',
      '东湖社区：邻里节开幕',
      '本报讯（记者 孔越）5月20日，东湖社区第五届邻里节开幕，居民们拿出拿手好菜，摆起了百家宴。（孔越）',
      '柳岸社区：义诊进社区',
      '本报讯 5月21日，柳岸社区请来医院的医生为居民义诊，测血压、量血糖。（林舟）',
      '西城社区：旧衣回收箱进小区',
      '本报讯 5月22日，西城社区在各小区设置旧衣回收箱。（周宁）',
    ]);
  });

  it('puts the names of one byline back together', () => {
    const text =
      '校园简讯 图书漂流进课堂 3月8日,东坡小学开展图书漂流活动,每个班级设立图书角,学生们把家中的好书带到学校与同学分享。大家读得津津有味。 ' +
      '记者 孔越 通讯员 杜晓帆 种下一片小树林 日前,柳溪中学师生在校园后山种下两百棵树苗,并为每棵树挂上认养牌。同学们约定常来浇水。 ' +
      '义诊进社区 本报讯 6月2日,下站社区邀请医生为居民义诊。';
    expect(text.length).toBeGreaterThanOrEqual(150);
    const pieces = split(text).map((piece) => piece.content);
    expect(pieces).toContain('记者 孔越 通讯员 杜晓帆');
    expect(pieces).toContain('种下一片小树林');
  });

  it('keeps a name with a long card number on its byline, and leaves the next item\'s school line to it', () => {
    const text =
      '校园简讯 图书漂流进课堂 本报讯 3月8日,东坡小学开展图书漂流活动,每个班级设立图书角,学生们把家中的好书带到学校与同学分享。 ' +
      '东坡小学小记者 林小雨(证号1508123) 柳溪中学 种下一片小树林 本报讯 日前,柳溪中学师生在校园后山种下两百棵树苗,并为每棵树挂上认养牌。同学们约定常来浇水。 ' +
      '柳溪中学302班小记者 苏 禾(证号1508456) 指导老师 王 芳';
    const pieces = split(text).map((piece) => piece.content);
    expect(pieces).toContain('东坡小学小记者 林小雨(证号1508123)');
    expect(pieces).toContain('柳溪中学');
    expect(pieces).toContain('柳溪中学302班小记者 苏 禾(证号1508456) 指导老师 王 芳');
  });

  it('cuts a line shorter than a page where a second news lead follows a finished sentence: briefs run together', () => {
    const briefs = '社区动态 柳岸社区:志愿者上门送药 本报讯 近日,志愿者为十二位老人送药上门。(周 宁) 东湖社区:暑期托管班开班 本报讯 7月10日,四十多名孩子来到托管班。(林小雨)';
    expect(briefs.length).toBeLessThan(150);
    const line = toSourceLine(3, 40, briefs);
    const pieces = split(briefs, line);
    expect(pieces.map((piece) => piece.content)).toEqual([
      '社区动态',
      '柳岸社区:志愿者上门送药',
      '本报讯 近日,志愿者为十二位老人送药上门。(周 宁)',
      '东湖社区:暑期托管班开班',
      '本报讯 7月10日,四十多名孩子来到托管班。(林小雨)',
    ]);
    expectPlaced(pieces, briefs, line);
    // One lead, however many finished sentences: one brief with spaces in it, a line.
    const one = '柳岸社区:志愿者上门送药 本报讯 近日,志愿者为十二位老人送药上门。 老人们连声道谢。 社区还将定期开展这项服务。 (周 宁)';
    expect(one.length).toBeLessThan(150);
    expect(split(one).map((piece) => piece.content)).toEqual([one]);
    // Sixty characters at least: shorter, the line is a line.
    const twoLeads = (length: number) => {
      const head = '本报讯 近日,志愿者送药上门。 (周 宁) 本报讯 日前,';
      return `${head}${'东'.repeat(length - head.length - 1)}。`;
    };
    expect(twoLeads(60)).toHaveLength(60);
    expect(split(twoLeads(60)).map((piece) => piece.content)).toEqual(['本报讯 近日,志愿者送药上门。', '(周 宁)', `本报讯 日前,${'东'.repeat(30)}。`]);
    expect(split(twoLeads(59))).toHaveLength(1);
  });

  it("puts a credit's verb alone back with the names before it: `…知识。吴敏 摄`", () => {
    const page = `${PAGE} 南湖小学的学生在社区学习急救知识。吴敏 摄`;
    expect(split(page).map((piece) => piece.content).at(-1)).toBe('南湖小学的学生在社区学习急救知识。吴敏 摄');
  });

  it('leaves a short line, a paragraph with a few spaces and a page of too few pieces whole', () => {
    const short = '社区快讯 邻里节开幕 近日,柳岸社区举办邻里节。 (李 莉)';
    const shortLine = toSourceLine(1, 0, short);
    expect(split(short, shortLine)).toEqual([shortLine]);
    // Short, even with finished sentences between its pieces: a line under 150 characters with no second news lead is a line.
    const sentences = '邻里节开幕了。 居民们都来了。 活动很热闹 大家都说好。 (李 莉)';
    const sentencesLine = toSourceLine(1, 0, sentences);
    expect(split(sentences, sentencesLine)).toEqual([sentencesLine]);
    // Long, with spaces, but only one of them after a finished sentence: a paragraph, not a page.
    const paragraph = `${'近日,柳岸社区举办邻里节,百余名居民参加 '.repeat(4)}活动持续两天。 ${'居民们带来自家做的饭菜,大家一起品尝 '.repeat(3)}气氛热烈`;
    expect(paragraph.length).toBeGreaterThanOrEqual(150);
    const paragraphLine = toSourceLine(1, 0, paragraph);
    expect(split(paragraph, paragraphLine)).toEqual([paragraphLine]);
    // Three pieces, each a finished sentence: no page is that small.
    const three = `${'近日,柳岸社区举办邻里节,百余名居民参加。'.repeat(4)} ${'活动持续两天,居民们纷纷点赞。'.repeat(4)} ${'大家都说办得好。'.repeat(4)}`;
    expect(three.length).toBeGreaterThanOrEqual(150);
    const threeLine = toSourceLine(1, 0, three);
    expect(split(three, threeLine)).toEqual([threeLine]);
  });

  it('reads a line of 150 characters and more as long: two finished sentences between its pieces cut it, without a second lead', () => {
    const head = '邻里节开幕 近日,柳岸社区举办邻里节,百余名居民参加。 旧物交换受欢迎 日前,桃园社区开展旧物交换活动';
    const tail = '。 (李 莉)';
    const of = (length: number) => head + '居'.repeat(length - head.length - tail.length) + tail;
    expect(of(150)).toHaveLength(150);
    expect(split(of(150)).map((piece) => piece.content.slice(0, 5))).toEqual(['邻里节开幕', '近日,柳岸', '旧物交换受', '日前,桃园', '(李 莉)']);
    // One character shorter, the same line needs a second news lead to be cut.
    const shorter = toSourceLine(1, 0, of(149));
    expect(split(of(149), shorter)).toEqual([shorter]);
  });

  it('does not let a stray bracket swallow the page', () => {
    const text = `社区快讯 (通知 ${PAGE.slice('社区快讯 '.length)}`;
    const pieces = split(text).map((piece) => piece.content);
    // The bracket never closes: it takes in pieces only until they pass 60 characters, so the later items are cut as before.
    expect(pieces[1]!.startsWith('(通知 邻里节开幕 江城网讯')).toBe(true);
    expect(pieces[1]).not.toContain('义诊进社区');
    expect(pieces).toContain('(赵雨平)');
    expect(pieces).toContain('义诊进社区');
  });
});

describe('splitRunOnLine: how many pieces, and where they part', () => {
  it('cuts briefs of four pieces parted by three spaces, the fewest a page has', () => {
    const briefs = '社区动态 本报讯近日,志愿者为十二位老人送药上门。（周宁） 暑期托管班开班 本报讯7月10日,四十多名孩子来到托管班。（林小雨）';
    expect(briefs.match(/ /g)).toHaveLength(3);
    expect(split(briefs).map((piece) => piece.content)).toEqual([
      '社区动态',
      '本报讯近日,志愿者为十二位老人送药上门。（周宁）',
      '暑期托管班开班',
      '本报讯7月10日,四十多名孩子来到托管班。（林小雨）',
    ]);
  });

  it('leaves three finished pieces whole however wide the spaces between them: no page is that small', () => {
    const three = `${'近日,柳岸社区举办邻里节,百余名居民参加。'.repeat(4)}  ${'活动持续两天,居民们纷纷点赞。'.repeat(4)}  ${'大家都说办得好。'.repeat(4)}`;
    expect(three.length).toBeGreaterThanOrEqual(150);
    const line = toSourceLine(1, 0, three);
    expect(split(three, line)).toEqual([line]);
  });

  it('parts pieces at a run of spaces as at one space, the run their gap', () => {
    const wide = PAGE.replaceAll(' ', '  ');
    const line = toSourceLine(7, 120, wide);
    const pieces = split(wide, line);
    expect(pieces.map((piece) => piece.content)).toEqual(split(PAGE).map((piece) => piece.content.replaceAll(' ', '  ')));
    expect(pieces.slice(1).map((piece) => piece.gapBefore)).toEqual(new Array(8).fill('  '));
    expectPlaced(pieces, wide, line);
  });

  it('reads a closing bracket with no opening one as any character: `一）邻里节开幕` is a title of its own', () => {
    const text = PAGE.replace('邻里节开幕', '一）邻里节开幕');
    expect(split(text).map((piece) => piece.content)).toEqual(split(PAGE).map((piece) => piece.content.replace('邻里节开幕', '一）邻里节开幕')));
  });

  it('keeps what a bracket left open at the line’s end took in', () => {
    const text = PAGE.replace(' (赵雨平)', ' (赵雨平');
    expect(split(text).map((piece) => piece.content).slice(-2)).toEqual([
      '本报讯 6月2日,下站社区邀请辖区医院的医生为居民义诊,测量血压、讲解夏季防暑知识,八十余名居民受益。',
      '(赵雨平',
    ]);
  });

  it('lets a piece of 24 characters that ends no sentence stand alone, a title; one of 25 goes on in the next piece', () => {
    const page = (title: string) =>
      `社区快讯 ${title} 本报讯 近日,柳岸社区组织志愿者走进小区宣传垃圾分类知识,发放宣传册五百余份。 ` +
      '旧物交换受欢迎 本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。 (李 莉) ' +
      '义诊进社区 本报讯 6月2日,下站社区邀请辖区医院的医生为居民义诊,八十余名居民受益。 (赵雨平)';
    const title24 = '柳岸社区联合东湖街道开展“垃圾分类进万家”宣传周';
    expect(title24).toHaveLength(24);
    expect(page(title24).length).toBeGreaterThanOrEqual(150);
    expect(split(page(title24)).map((piece) => piece.content).slice(0, 3)).toEqual([
      '社区快讯',
      title24,
      '本报讯 近日,柳岸社区组织志愿者走进小区宣传垃圾分类知识,发放宣传册五百余份。',
    ]);
    const long25 = '柳岸社区联合东湖街道开展“垃圾分类进万家”宣传活动';
    expect(long25).toHaveLength(25);
    expect(split(page(long25)).map((piece) => piece.content)[1]).toBe(
      `${long25} 本报讯 近日,柳岸社区组织志愿者走进小区宣传垃圾分类知识,发放宣传册五百余份。`,
    );
  });

  it('keeps a bracket whole across spaces while what it took in is 60 characters at most: `(图为 … 。 孔越摄)`', () => {
    const caption = (who: string) => `(图为 柳岸社区志愿者在小区广场上为居民义诊 医生们为前来的${who}测量血压、血糖和心率等 讲解夏季防暑知识 发放防暑药品。`;
    const page = (who: string) =>
      `社区快讯 义诊进社区 本报讯 6月2日,下站社区邀请辖区医院的医生为居民义诊,八十余名居民受益。 ${caption(who)} 孔越摄) ` +
      '旧物交换受欢迎 本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。 (李 莉)';
    expect(caption('老人')).toHaveLength(60);
    expect(split(page('老人')).map((piece) => piece.content)[3]!.startsWith(`${caption('老人')} 孔越摄)`)).toBe(true);
    // One character more: the bracket no longer waits for its close, and the finished caption ends its piece.
    expect(caption('老年人')).toHaveLength(61);
    expect(split(page('老年人')).map((piece) => piece.content).slice(3, 5)).toEqual([caption('老年人'), '孔越摄)']);
  });

  it('measures the 60 characters from where the bracket opens: names in a bracket after a long paragraph stay with it', () => {
    const paragraph = '公交车开通以后,沿线几个村的村民出行方便多了,老人们去集镇看病、购物再也不用走上一个多小时的山路,村里的年轻人也说,往后回家探亲更方便了。';
    expect(paragraph.length).toBeGreaterThan(60);
    const page =
      `乡村公交开进山 本报讯 8月7日,从柳岸集镇开往青石村的班车第一次进了山。 ${paragraph}(林小雨 周宁 孔越) ` +
      '旧物交换受欢迎 本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。 (李 莉)';
    const pieces = split(page).map((piece) => piece.content);
    expect(pieces).toContain(`${paragraph}(林小雨 周宁 孔越)`);
  });
});

describe('splitRunOnLine: what ends a piece’s text', () => {
  // Two more items after the one under test, each ending in its byline in brackets: enough finished pieces for a page.
  const REST =
    '柳岸社区：义诊进社区 本报讯 5月21日，柳岸社区请来医院的医生为居民义诊，测血压、量血糖。（林舟） ' +
    '西城社区：旧衣回收箱进小区 本报讯 5月22日，西城社区在各小区设置旧衣回收箱。（周宁）';
  const REST_PIECES = [
    '柳岸社区：义诊进社区',
    '本报讯 5月21日，柳岸社区请来医院的医生为居民义诊，测血压、量血糖。（林舟）',
    '西城社区：旧衣回收箱进小区',
    '本报讯 5月22日，西城社区在各小区设置旧衣回收箱。（周宁）',
  ];

  it('does not count the end of the line as a gap: a paragraph with one finished sentence before a space and another at its end is one line', () => {
    const text = `${'近日,柳岸社区举办邻里节,百余名居民参加 '.repeat(5)}活动持续两天。 居民们带来自家做的饭菜,大家围坐在一起品尝,都说这样的活动明年还要接着再办。`;
    expect(text.length).toBeGreaterThanOrEqual(150);
    const line = toSourceLine(1, 0, text);
    expect(split(text, line)).toEqual([line]);
  });

  it('goes on past a space after a bracket inside the paragraph: `…受益。（图为义诊现场）医生们还为老人 测量血压…` is one paragraph', () => {
    const text =
      '社区快讯 义诊进社区 本报讯 6月2日,下站社区邀请医院的医生为居民义诊,八十余名居民受益。（图为义诊现场）医生们还为老人 测量血压、讲解夏季防暑知识。 （赵雨平） ' +
      '旧物交换受欢迎 本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。 （李 莉） 邻里节开幕 本报讯 近日,柳岸社区举办邻里节,百余名居民参加。';
    expect(split(text).map((piece) => piece.content)).toEqual([
      '社区快讯',
      '义诊进社区',
      '本报讯 6月2日,下站社区邀请医院的医生为居民义诊,八十余名居民受益。（图为义诊现场）医生们还为老人 测量血压、讲解夏季防暑知识。',
      '（赵雨平）',
      '旧物交换受欢迎',
      '本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。',
      '（李 莉）',
      '邻里节开幕',
      '本报讯 近日,柳岸社区举办邻里节,百余名居民参加。',
    ]);
  });

  it('joins a long piece ending in a bracket after an unfinished sentence to the piece after it: `…举办邻里节(图为活动现场) 百余名居民参加…`', () => {
    const text =
      '社区快讯 邻里节开幕 本报讯 近日,柳岸社区在小区广场举办第三届邻里节(图为活动现场) 百余名居民参加,活动持续两天。 ' +
      REST;
    expect(text.length).toBeGreaterThanOrEqual(150);
    expect(split(text).map((piece) => piece.content)).toEqual([
      '社区快讯',
      '邻里节开幕',
      '本报讯 近日,柳岸社区在小区广场举办第三届邻里节(图为活动现场) 百余名居民参加,活动持续两天。',
      ...REST_PIECES,
    ]);
  });

  it('takes a bracket of 24 characters after the sentence as a glued byline: the next item’s title stands alone', () => {
    const bracket = '（本报记者 孔越 通讯员 林舟 杜晓帆 文/图）';
    expect(bracket.length).toBe(24);
    const text = `社区快讯 东湖社区：邻里节开幕 本报讯 5月20日，东湖社区第五届邻里节开幕，居民们摆起了百家宴。${bracket} ${REST}`;
    expect(split(text).map((piece) => piece.content)).toEqual([
      '社区快讯',
      '东湖社区：邻里节开幕',
      `本报讯 5月20日，东湖社区第五届邻里节开幕，居民们摆起了百家宴。${bracket}`,
      ...REST_PIECES,
    ]);
  });

  it('a bracket of 25 characters after the sentence is no glued byline: the paragraph goes on after its space', () => {
    const bracket = '（该活动由柳岸社区居委会和东湖街道文化站联合主办）';
    expect(bracket.length).toBe(25);
    const text = `社区快讯 东湖社区：邻里节开幕 本报讯 5月20日，东湖社区第五届邻里节开幕。${bracket} 居民们拿出拿手好菜，摆起了百家宴。 ${REST}`;
    expect(split(text).map((piece) => piece.content)).toEqual([
      '社区快讯',
      '东湖社区：邻里节开幕',
      `本报讯 5月20日，东湖社区第五届邻里节开幕。${bracket} 居民们拿出拿手好菜，摆起了百家宴。`,
      ...REST_PIECES,
    ]);
  });

  it('ends a paragraph at its byline in brackets after a space, when the lead’s bracket never closed and took both in', () => {
    // `江城网讯(记者 孔越` never closes: the bracket takes in pieces up to 60 characters, here up to the byline `(李莉)`.
    const text =
      '社区快讯 邻里节开幕 江城网讯(记者 孔越 近日,柳岸社区在小区广场举办第三届邻里节,百余名居民参加。活动持续两天,居民们都说办得好。 (李莉) ' +
      '旧物交换受欢迎 本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。 (周宁) 义诊进社区 本报讯 6月2日,下站社区邀请医生为居民义诊。';
    expect(split(text).map((piece) => piece.content)).toEqual([
      '社区快讯',
      '邻里节开幕',
      '江城网讯(记者 孔越 近日,柳岸社区在小区广场举办第三届邻里节,百余名居民参加。活动持续两天,居民们都说办得好。 (李莉)',
      '旧物交换受欢迎',
      '本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。',
      '(周宁)',
      '义诊进社区',
      '本报讯 6月2日,下站社区邀请医生为居民义诊。',
    ]);
  });
});

describe('splitHeadRunIntoText: a headline run into its text, the line break lost', () => {
  /** The line's pieces: the two it is cut into, or the line itself where it is not cut (null). */
  const piecesOf = (line: SourceLine): SourceLine[] => splitHeadRunIntoText(line, DEFAULT_VOCABULARY) ?? [line];
  const cut = (text: string) => piecesOf(toSourceLine(4, 60, text)).map((piece) => piece.content);

  it('cuts before a time word whose clause goes on with an organisation, the pieces in their places', () => {
    const text = '\u3000柳岸小学举办“书香校园”读书节近日,柳岸小学举办第五届读书节,六百余名学生参加。';
    const line = toSourceLine(4, 60, text);
    const pieces = piecesOf(line);
    expect(pieces.map((piece) => piece.content)).toEqual(['柳岸小学举办“书香校园”读书节', '近日,柳岸小学举办第五届读书节,六百余名学生参加。']);
    expect(pieces[1]!.gapBefore).toBe('');
    expectPlaced(pieces, text, line);
  });

  it('does not cut after words that trail off into an ellipsis: they set the scene of the first sentence', () => {
    expect(cut('舞龙灯、猜灯谜、包汤圆……2月10日,柳岸社区联合志愿者开展元宵节活动,居民们欢聚一堂。')).toHaveLength(1);
    expect(cut('锣鼓声声、笑语阵阵... 近日,柳岸社区举办邻里文化节,三百多位居民参加。')).toHaveLength(1);
    // (A headline that says its thing whole is still cut off its text.)
    expect(cut('柳岸社区元宵节猜灯谜包汤圆2月10日,柳岸社区联合志愿者开展元宵节活动,居民们欢聚一堂。')).toHaveLength(2);
  });

  it("cuts before a web copy's first field glued after its title, where a line about the copy follows", () => {
    expect(cut('柳岸镇开展重阳节敬老活动发布时间:2024-10-11 09:30 信息来源:柳岸镇人民政府')).toEqual([
      '柳岸镇开展重阳节敬老活动',
      '发布时间:2024-10-11 09:30 信息来源:柳岸镇人民政府',
    ]);
    // Five characters or fewer before the field are no headline.
    expect(cut('关于活动的信息来源:由柳岸镇人民政府办公室统一发布,请居民留意')).toHaveLength(1);
    expect(cut('重阳发布时间:2024-10-11 09:30 信息来源:柳岸镇人民政府')).toHaveLength(1);
  });

  it("cuts before a source field after white space, though 来源 alone may end a title's words when glued", () => {
    expect(cut('柳岸社区举办第五届邻里文化节 来源:柳岸网 发布时间:2024-05-19')).toEqual([
      '柳岸社区举办第五届邻里文化节',
      '来源:柳岸网 发布时间:2024-05-19',
    ]);
    expect(cut('柳岸社区追溯河流来源:志愿者们沿着溪水走了十里')).toHaveLength(1);
    // A row of the copy's buttons before the field is no headline.
    expect(cut('收藏 分享 发给好友 举报 来源: 江城晚报 发布者:admin')).toHaveLength(1);
  });

  it('cuts before a date with its part of the day, a year, or one character more after the time word', () => {
    expect(cut('西湖村举办丰收节3月5日上午,西湖村在村文化广场举办丰收节,村民们带来了瓜果。')[0]).toBe('西湖村举办丰收节');
    expect(cut('西湖村举办丰收节2024年3月5日,西湖村在村文化广场举办丰收节,村民们带来了瓜果。')[0]).toBe('西湖村举办丰收节');
    expect(cut('东坡小学开展防溺水教育近日来,东坡小学利用班会课开展防溺水安全教育活动。')[0]).toBe('东坡小学开展防溺水教育');
    // The day alone, its digits read whole (`16日`, not `6日` after a digit of the head's).
    expect(cut('西湖村举办丰收节16日上午,西湖村在村文化广场举办丰收节,村民们带来了瓜果。')).toEqual([
      '西湖村举办丰收节',
      '16日上午,西湖村在村文化广场举办丰收节,村民们带来了瓜果。',
    ]);
  });

  it('cuts before every word of time a text opens with, and a date with any part of the day; not before 当天', () => {
    for (const word of ['近日', '日前', '近期', '昨天', '昨日', '今天', '今日', '前不久', '近年来', '今年以来', '6日上午', '6日下午', '6日中午', '6日晚上', '6日晚间', '6日早上', '6日傍晚', '6日晚']) {
      expect(cut(`西湖村举办丰收节${word},西湖村在村文化广场举办丰收节,村民们带来了瓜果。`)[0], word).toBe('西湖村举办丰收节');
    }
    // `当天` names a day told of before: a text never opens with it.
    const sameDay = '西湖村举办丰收节当天,西湖村在村文化广场举办丰收节,村民们带来了瓜果。';
    expect(cut(sameDay)).toEqual([sameDay]);
    // Nor is the eve of a day (`读书日前夕,`) or the days around it (`安全日前后,`) the time word 日前 with one character
    // more: the sentence is left whole.
    for (const day of ['在第29个世界读书日前夕,柳岸小学开展了“书香满校园”主题阅读活动。', '在全国交通安全日前后,柳岸社区联合东湖交警开展交通安全宣传活动。']) {
      expect(cut(day)).toEqual([day]);
    }
  });

  it('cuts after two spaces or more without an organisation after the time word; one space wants it', () => {
    expect(cut('西湖村举办丰收节  16日上午,随着一声锣响,丰收节在村文化广场开幕,村民们带来了瓜果。')[0]).toBe('西湖村举办丰收节');
    expect(cut('西湖村举办丰收节\u3000\u300016日上午,随着一声锣响,丰收节在村文化广场开幕。')[0]).toBe('西湖村举办丰收节');
    const oneSpace = '西湖村举办丰收节 16日上午,随着一声锣响,丰收节在村文化广场开幕,村民们带来了瓜果。';
    expect(cut(oneSpace)).toEqual([oneSpace]);
  });

  it('keeps the white space between the two as the gap', () => {
    const text = '东坡小学开展防溺水教育 日前,东坡小学利用班会课开展防溺水安全教育活动。';
    const pieces = piecesOf(toSourceLine(4, 60, text));
    expect(pieces.map((piece) => piece.content)).toEqual(['东坡小学开展防溺水教育', '日前,东坡小学利用班会课开展防溺水安全教育活动。']);
    expect(pieces[1]!.gapBefore).toBe(' ');
  });

  it('cuts a header’s line where its organisation is written again', () => {
    expect(cut('柳岸社区:清理楼道杂物 共建整洁家园柳岸社区组织志愿者二十余人,集中清理了楼道。')).toEqual([
      '柳岸社区:清理楼道杂物 共建整洁家园',
      '柳岸社区组织志愿者二十余人,集中清理了楼道。',
    ]);
  });

  it('cuts a header’s line at the name written again when the line holds no clause mark at all: its sentence goes on below', () => {
    expect(cut('柳岸社区:清理楼道杂物 共建整洁家园柳岸社区组织志愿者二十余人集中清理楼道里堆放的杂物')).toEqual([
      '柳岸社区:清理楼道杂物 共建整洁家园',
      '柳岸社区组织志愿者二十余人集中清理楼道里堆放的杂物',
    ]);
  });

  it('reads a header’s line by its time word where the name written again comes only after the first clause', () => {
    expect(cut('柳岸社区:清理楼道杂物近日,柳岸社区组织志愿者清理楼道杂物二十余处。')).toEqual([
      '柳岸社区:清理楼道杂物',
      '近日,柳岸社区组织志愿者清理楼道杂物二十余处。',
    ]);
  });

  it('cuts a header’s line at the name again only within forty characters of the title and before twenty of text', () => {
    const title = '清理楼道杂物'.repeat(6) + '共建整洁'; // 40 characters
    const text = '柳岸社区组织志愿者清理楼道杂物二十余处'; // 19 characters, then 。
    expect(cut(`柳岸社区:${title}${text}。`)).toHaveLength(2);
    expect(cut(`柳岸社区:${title}家${text}。`)).toHaveLength(1);
    expect(cut(`柳岸社区:清理楼道杂物共建家园${text}`)).toHaveLength(1);
  });

  it('reads a header whose colon is a full-width one', () => {
    expect(cut('柳岸社区：清理楼道杂物 共建整洁家园柳岸社区组织志愿者二十余人,集中清理了楼道。')).toEqual([
      '柳岸社区：清理楼道杂物 共建整洁家园',
      '柳岸社区组织志愿者二十余人,集中清理了楼道。',
    ]);
  });

  it('reads a header’s line by its time word where the name is not written again', () => {
    expect(cut('柳岸社区:清理楼道杂物近日,东湖街道组织志愿者清理楼道杂物二十余处。')).toEqual([
      '柳岸社区:清理楼道杂物',
      '近日,东湖街道组织志愿者清理楼道杂物二十余处。',
    ]);
  });

  it('reads a header’s title that opens with a month as a title: the date after the colon opens no text', () => {
    expect(cut('柳岸社区:10月楼道评比揭晓近日,东湖街道组织志愿者清理楼道杂物二十余处。')).toEqual([
      '柳岸社区:10月楼道评比揭晓',
      '近日,东湖街道组织志愿者清理楼道杂物二十余处。',
    ]);
  });

  it('counts a header’s title of up to forty characters from its colon, not from the line’s start', () => {
    const title = '清理楼道杂物共建整洁家园'.repeat(3); // 36 characters, 41 with the header
    expect(cut(`柳岸社区:${title}近日,东湖街道组织志愿者清理楼道杂物二十余处。`)).toEqual([
      `柳岸社区:${title}`,
      '近日,东湖街道组织志愿者清理楼道杂物二十余处。',
    ]);
  });

  it('reads no header where the words before the colon name no organisation: a speaker’s line is left whole', () => {
    const said = '居民老林感慨地对居委会主任说:多亏了社区的志愿者们,楼道里才这么干干净净。';
    expect(cut(said)).toEqual([said]);
  });

  it('reads a header whose name holds a digit, as the header’s reader does', () => {
    expect(cut('江城市第1中学:开展防溺水安全教育近日,东湖街道组织志愿者走进校园开展防溺水安全教育活动。')).toEqual([
      '江城市第1中学:开展防溺水安全教育',
      '近日,东湖街道组织志愿者走进校园开展防溺水安全教育活动。',
    ]);
    expect(cut('江城市第1中学:防溺水安全教育进课堂 江城市第1中学组织学生开展防溺水安全教育活动。')).toEqual([
      '江城市第1中学:防溺水安全教育进课堂',
      '江城市第1中学组织学生开展防溺水安全教育活动。',
    ]);
  });

  it('reads a header of sixteen characters before its colon, not seventeen', () => {
    const line = (name: string) => `${name}:清理楼道杂物 共建整洁家园${name}组织志愿者二十余人,集中清理了楼道。`;
    expect(cut(line('临河市东湖区东湖街道柳岸新村社区'))).toHaveLength(2);
    expect(cut(line('临河市东湖区东湖街道柳岸东新村社区'))).toHaveLength(1);
  });

  it('leaves a sentence whole: a subject before the time word, a verb after its comma', () => {
    const sentence = '东坡小学党支部书记王明近日,带领党员教师走访了十户学生家庭。';
    expect(cut(sentence)).toEqual([sentence]);
    // The organisation must open the clause after the comma: named after its verb, it is the sentence's object.
    const object = '东坡小学全体党员教师近日,走访了西湖村二十户困难学生家庭并送去学习用品。';
    expect(cut(object)).toEqual([object]);
    const inClause = '东坡小学和西湖村党支部于近日,东坡小学与西湖村签订了结对共建协议。';
    expect(cut(inClause)).toEqual([inClause]);
    // A range of days opens the text itself.
    for (const range of ['9月10日-11日,东坡小学举办第五届读书节,全校六百余名学生参加。', '读书节在10日、11日,东坡小学举办第五届读书节,全校六百余名学生参加。']) {
      expect(cut(range)).toEqual([range]);
    }
    // A sentence that opens with a date is a text whatever its first clause ends in (here a time word, 近年来).
    const dated = '2015年以来特别是近年来,柳岸社区加大老旧小区改造力度,居民的日子越过越舒心。';
    expect(cut(dated)).toEqual([dated]);
  });

  it('leaves a line whole whose first clause ends in a colon: a list’s introduction and its first entry', () => {
    for (const text of [
      '具体安排如下:3月5日上午,东坡小学举办开幕式,全校六百余名学生参加。',
      '具体安排如下：3月5日上午,东坡小学举办开幕式,全校六百余名学生参加。',
    ]) expect(cut(text)).toEqual([text]);
  });

  it('leaves a text whole that opens with its lead, a byline or a bracket, or holds a clause before the time word', () => {
    for (const text of [
      '本报3月5日讯 3月5日上午,西湖村在村文化广场举办丰收节,村民们带来了瓜果。',
      '记者 周小川 通讯员 李 莉 近日,西湖村在村文化广场举办丰收节,村民们带来了瓜果。',
      '(记者 周小川 通讯员 李 莉)近日,西湖村在村文化广场举办丰收节,村民们带来了瓜果。',
      '为迎接丰收节的到来,西湖村近日,在村文化广场举办了一场联欢会,村民们带来了瓜果。',
    ]) expect(cut(text)).toEqual([text]);
  });

  it('wants a headline of six characters or more and forty at most, and twenty characters of text after it', () => {
    expect(cut('丰收节来了近日,西湖村在村文化广场举办丰收节,村民们带来了瓜果。')).toHaveLength(1);
    expect(cut('西湖村丰收节近日,西湖村在村文化广场举办丰收节,村民们带来了瓜果。')).toHaveLength(2);
    // Both at their least: a line of 26 characters, six of headline and twenty of text.
    expect(cut('西湖村丰收节近日,西湖村在村文化广场举办丰收节活动。')).toEqual(['西湖村丰收节', '近日,西湖村在村文化广场举办丰收节活动。']);
    const forty = '西湖村举办丰收节'.repeat(5);
    expect(cut(`${forty}近日,西湖村在村文化广场举办丰收节,村民们带来了瓜果。`)).toHaveLength(2);
    expect(cut(`${forty}村近日,西湖村在村文化广场举办丰收节,村民们带来了瓜果。`)).toHaveLength(1);
    // A forty-character headline is cut before the longest date without its year (`12月12日上午,`, nine characters), and
    // before one with its year (fourteen), or after spaces that part it from the time word, as a shorter one is.
    expect(cut(`${forty}12月12日上午,西湖村在村文化广场举办丰收节,村民们带来了瓜果。`)).toEqual([
      forty,
      '12月12日上午,西湖村在村文化广场举办丰收节,村民们带来了瓜果。',
    ]);
    expect(cut(`${forty}2024年12月12日上午,西湖村在村文化广场举办丰收节,村民们带来了瓜果。`)).toEqual([
      forty,
      '2024年12月12日上午,西湖村在村文化广场举办丰收节,村民们带来了瓜果。',
    ]);
    expect(cut(`${forty}${'\u3000'.repeat(8)}近日,西湖村在村文化广场举办丰收节,村民们带来了瓜果。`)[0]).toBe(forty);
    expect(cut('西湖村举办丰收节近日,西湖村在村文化广场举办丰收活动。')).toHaveLength(1);
    expect(cut('西湖村举办丰收节近日,西湖村在村文化广场举办丰收节活动。')).toHaveLength(2);
  });
});

describe('splitHeadRunIntoText: a headline run into a text that opens with its purpose', () => {
  const cut = cutHead;

  it('cuts at the white space before a purpose clause (为…, 为了…) that ends with its comma', () => {
    expect(cut('柳岸村开展“清洁家园”活动 为调动村民参与活动的积极性,7月8日晚,镇干部走进柳岸村与村民座谈。')).toEqual([
      '柳岸村开展“清洁家园”活动',
      '为调动村民参与活动的积极性,7月8日晚,镇干部走进柳岸村与村民座谈。',
    ]);
    expect(cut('东坡小学举办读书节 为了培养学生的读书习惯,东坡小学举办第五届读书节,六百余名学生参加。')[0]).toBe('东坡小学举办读书节');
  });

  it('leaves a line whose 为 opens no clause of its own, or follows no headline', () => {
    // A headline's two halves, then the text after a space: the 为 half holds white space before its comma.
    expect(cut('情暖重阳节 为老人送温暖 近日,柳岸社区志愿者走进敬老院看望老人,送去慰问品。')[1]).not.toMatch(/^为/u);
    // Glued to the words before it: one sentence.
    expect(cut('柳岸社区志愿者为调动居民参与活动的积极性,走进各个楼栋开展宣传,发放资料三百份。')).toHaveLength(1);
    // A dateline before the space is no headline.
    expect(cut('2024年3月5日电 为调动村民参与活动的积极性,柳岸镇干部走进柳岸村与村民座谈。')).toHaveLength(1);
    // Too short a clause (`为民,`), or too short a head.
    expect(cut('柳岸村开展“清洁家园”活动 为民,7月8日晚,镇干部走进柳岸村与村民座谈,听取意见。')).toHaveLength(1);
    expect(cut('清洁家园 为调动村民参与活动的积极性,7月8日晚,镇干部走进柳岸村与村民座谈。')).toHaveLength(1);
  });

  it('cuts glued to the headline before a purpose no headline holds (为贯彻落实, 为进一步, 为深入推进): 1966, in our words', () => {
    expect(cut('【柳岸镇社工站】“五社联动聚合力”主题宣传为贯彻落实关于社会工作的指示精神,柳岸镇社工站走进社区开展宣传。')).toEqual([
      '【柳岸镇社工站】“五社联动聚合力”主题宣传',
      '为贯彻落实关于社会工作的指示精神,柳岸镇社工站走进社区开展宣传。',
    ]);
    expect(cut('柳岸社区开展邻里节活动为进一步增进邻里感情,柳岸社区于5月20日举办第三届邻里节。')[0]).toBe('柳岸社区开展邻里节活动');
    // (Any other purpose glued to the words before it is the sentence's: `志愿者为调动…`, as above.)
    expect(cut('柳岸社区开展邻里节活动为增进邻里感情,柳岸社区于5月20日举办第三届邻里节。')).toHaveLength(1);
  });
});

describe("splitHeadRunIntoText: a headline run into its byline's bracket and the text after it", () => {
  const cut = cutHead;

  it('cuts before a bracket that names a role and its names, the text after it', () => {
    expect(cut('关爱儿童,快乐成长(记者 林小雨 通讯员 周宁)孩子们的笑声是社区里最好听的声音。6月1日,柳岸社区开展活动。')).toEqual([
      '关爱儿童,快乐成长',
      '(记者 林小雨 通讯员 周宁)孩子们的笑声是社区里最好听的声音。6月1日,柳岸社区开展活动。',
    ]);
  });

  it('leaves a lead and its bracket, a sentence, a bracket of no role, and a head too short', () => {
    for (const text of [
      '江城网讯(记者 林小雨 通讯员 周宁)孩子们的笑声是社区里最好听的声音。6月1日,柳岸社区开展活动。',
      '云上江城报道(记者 林小雨 通讯员 周宁)孩子们的笑声是社区里最好听的声音。6月1日,柳岸社区开展活动。',
      '江城市融媒体中心(记者 林小雨)6月1日,柳岸社区联合社工事务所开展活动,五十多名儿童参加。',
      '活动很成功。居民们说(记者 林小雨 通讯员 周宁)孩子们的笑声是社区里最好听的声音,柳岸社区开展活动。',
      '关爱儿童,快乐成长(林小雨 周宁)孩子们的笑声是社区里最好听的声音。6月1日,柳岸社区开展活动。',
      '关爱儿童(记者 林小雨 通讯员 周宁)孩子们的笑声是社区里最好听的声音。6月1日,柳岸社区开展活动。',
    ]) {
      expect(cut(text), text).toHaveLength(1);
    }
  });
});

describe("splitFieldsRunIntoText: a web copy's fields run into its text, the line break lost", () => {
  const cut = (text: string): string[] | null => splitFieldsRunIntoText(toSourceLine(2, 40, text), DEFAULT_VOCABULARY)?.map((piece) => piece.content) ?? null;

  it('cuts after the last field, where a time word and its comma open the text', () => {
    const fields = '发稿时间:2024-05-23 10:10:04 来源:www.liuan.cn 编辑:林帆';
    const text = '昨日,柳岸镇第二届桃花节在镇文化广场开幕,游客络绎不绝。';
    expect(cut(`${fields} ${text}`)).toEqual([fields, text]);
    // A day and its part of the day open it as well, after more than one space.
    expect(cut(`来源:柳岸网 作者:周明   3月9日上午,柳岸镇的千亩桃园迎来了赏花的游客。`)).toEqual(['来源:柳岸网 作者:周明', '3月9日上午,柳岸镇的千亩桃园迎来了赏花的游客。']);
    const line = toSourceLine(2, 40, `${fields} ${text}`);
    expectPlaced(splitFieldsRunIntoText(line, DEFAULT_VOCABULARY)!, `${fields} ${text}`, line);
  });

  it('cuts after the last field where the text opens with its news lead', () => {
    expect(cut('作者:林帆 来源:江城日报 江城日报讯(记者 林帆 通讯员 周宁)教师节前夕,柳岸小学的老师们收到了学生亲手做的贺卡。')).toEqual([
      '作者:林帆 来源:江城日报',
      '江城日报讯(记者 林帆 通讯员 周宁)教师节前夕,柳岸小学的老师们收到了学生亲手做的贺卡。',
    ]);
  });

  it('leaves a line alone that is no line of fields, whose text opens otherwise, or whose fields hold a clause', () => {
    expect(cut('柳岸镇举办桃花节 昨日,柳岸镇第二届桃花节在镇文化广场开幕,游客络绎不绝。')).toBeNull();
    expect(cut('来源:柳岸网 作者:周明 柳岸镇第二届桃花节在镇文化广场开幕,游客络绎不绝。')).toBeNull();
    expect(cut('来源:柳岸网,作者:周明 昨日,柳岸镇第二届桃花节在镇文化广场开幕,游客络绎不绝。')).toBeNull();
    // Too little text after the time word to be a paragraph.
    expect(cut('来源:柳岸网 作者:周明 昨日,桃花开了。')).toBeNull();
  });

  it('cuts where the text opens with its day and a clause run on to its comma, no space in it', () => {
    const fields = '来源:柳岸网 时间:2024-05-19 阅读: 次 【字号:大 小】';
    const text = '2024年5月18日是全国助残日,柳岸街道在柳岸小学操场举办助残运动会,居民们前来加油。';
    expect(cut(`${fields} ${text}`)).toEqual([fields, text]);
    // A day with a space after it is a field's value, the clause after it no text's opening.
    expect(cut('来源:柳岸网 日期: 2024年5月18日 浏览:12 柳岸街道在柳岸小学操场举办运动会,居民们前来加油。')).toBeNull();
  });
});

describe('splitBylineRunIntoText: a byline run into the text below it, the line break lost', () => {
  const cut = (text: string): string[] | null => splitBylineRunIntoText(toSourceLine(3, 60, text), DEFAULT_VOCABULARY)?.map((piece) => piece.content) ?? null;
  const TEXT = '入夏以来,柳岸街道组织志愿者在河塘边巡逻,劝导孩子们远离危险水域。';

  it('cuts after the byline, its work words too, where the text opens after white space', () => {
    expect(cut(`记者 林帆 文/摄 ${TEXT}`)).toEqual(['记者 林帆 文/摄', TEXT]);
    expect(cut(`通讯员 周宁  ${TEXT}`)).toEqual(['通讯员 周宁', TEXT]);
    const line = toSourceLine(3, 60, `记者 林帆 文/摄 ${TEXT}`);
    expectPlaced(splitBylineRunIntoText(line, DEFAULT_VOCABULARY)!, `记者 林帆 文/摄 ${TEXT}`, line);
  });

  it("leaves a lead's byline to the lead, a sentence that opens with a role, and a line with too little text after the names", () => {
    expect(cut(`本报讯 记者 林帆 ${TEXT}`)).toBeNull();
    expect(cut(`记者看到,${TEXT}`)).toBeNull();
    expect(cut('记者 林帆 文/摄 天热了。')).toBeNull();
  });

  it("cuts before the text's time word the last name ran into, no white space between", () => {
    const text = '日前,柳岸街道组织志愿者在河塘边巡逻,劝导孩子们远离危险水域。';
    expect(cut(`记者 林帆${text}`)).toEqual(['记者 林帆', text]);
    // A role glued to a verb, then a clause, is a sentence: `记者了解到,近期,…`.
    expect(cut('记者了解到,近期,柳岸街道组织志愿者在河塘边巡逻,劝导孩子们远离危险水域。')).toBeNull();
  });
});

describe("splitRunOnLine: a photo set's credited captions run together on one line", () => {
  it('are cut into captions and credits, though the line is shorter than a page: two credits are as sure a sign as two leads', () => {
    const captions = ['图为柳岸镇农民把麦子装上卡车。', '图为青石村村民在广场上摊晒麦粒。', '图为农户在田边扬场。', '柳岸水厂的大院成了晒场。'];
    const text = captions.map((caption) => `${caption} 林帆 摄`).join(' ');
    expect(text.length).toBeLessThan(150);
    expect(split(text).map((piece) => piece.content)).toEqual(captions.flatMap((caption) => [caption, '林帆 摄']));
  });

  it('are cut after each credit glued to its caption (`…。记者 林帆 摄`): a credit ends a caption as a full stop ends a sentence', () => {
    const captions = [
      '5月8日,柳岸社区的老人在棋牌室下象棋。近些年,柳岸社区把闲置的门面房改成了老年活动中心,每天都有志愿者轮流值守,陪老人聊天、读报,帮行动不便的老人买菜取药。',
      '5月8日,柳岸社区的志愿者在为独居老人修剪指甲。',
      '5月8日,柳岸社区的老人们在活动中心排练合唱。',
    ];
    const text = captions.map((caption) => `${caption}新华社记者 林帆 摄`).join(' ');
    expect(split(text).map((piece) => piece.content)).toEqual(captions.map((caption) => `${caption}新华社记者 林帆 摄`));
    const items = parse(`${text}\n`, { year: 2024 }).items;
    expect(items.map((item) => [item.kind, item.blocks.at(-1)!.text.slice(-7), item.people.filter((person) => person.source === 'credit').map((person) => person.name)])).toEqual([
      ['photo', '老人买菜取药。', ['林帆']],
      ['photo', '老人修剪指甲。', ['林帆']],
      ['photo', '中心排练合唱。', ['林帆']],
    ]);
  });

  it("leaves a summary's line whole: its pieces are one notice", () => {
    const captions = ['图为柳岸镇农民把麦子装上卡车。', '图为青石村村民在广场上摊晒麦粒。', '图为农户在田边扬场。'];
    const text = `本文摘要:${captions.map((caption) => `${caption} 林帆 摄`).join(' ')}`;
    expect(split(text).map((piece) => piece.content)).toEqual([text]);
  });
});

describe("splitRunOnLine: a credit's verb glued to the next caption's opening", () => {
  it('is cut from it: the name and its verb make the credit, the caption opens its picture', () => {
    const text = '图为舞龙队伍在广场上集合。 林帆 摄图为孩子们围着花灯拍照。 林帆 摄图为花灯队伍穿过老街。 林帆 摄图为龙头灯引着队伍前行。 林帆 摄';
    expect(split(text).map((piece) => piece.content)).toEqual([
      '图为舞龙队伍在广场上集合。', '林帆 摄', '图为孩子们围着花灯拍照。', '林帆 摄', '图为花灯队伍穿过老街。', '林帆 摄', '图为龙头灯引着队伍前行。', '林帆 摄',
    ]);
  });
});

describe('splitPictureFilesRunIntoText: device pictures\' file names run into the text after them', () => {
  const cut = (text: string): string[] | null => splitPictureFilesRunIntoText(toSourceLine(5, 0, text))?.map((piece) => piece.content) ?? null;
  const TEXT = '“大姐,最近电信诈骗多,千万别给陌生人转账。”民警一边发宣传单,一边叮嘱赶集的村民。';

  it('cuts after the last file name, whether the names are parted by spaces or not', () => {
    const files = '微信图片_20240226162951.jpgmmexport1709201234567.jpg';
    expect(cut(`${files}${TEXT}`)).toEqual([files, TEXT]);
    expect(cut(`IMG_20240301_093012.jpg ${TEXT}`)).toEqual(['IMG_20240301_093012.jpg', TEXT]);
  });

  it('leaves a line alone that opens with no such name, or has too little text after it', () => {
    expect(cut(TEXT)).toBeNull();
    expect(cut('微信图片_20240226162951.jpg好')).toBeNull();
  });
});

describe('splitHeadRunIntoText: a unit speaking of itself before its part that did it', () => {
  const cut = cutHead;

  it('cuts where the text names the part after 我校 or 我院 (由我校…主办 too), as where it names it alone', () => {
    expect(cut('外语学院举办英语角活动3月5日晚,我校外语学院在图书馆门前举办英语角活动,二百余名同学参加。')).toEqual([
      '外语学院举办英语角活动',
      '3月5日晚,我校外语学院在图书馆门前举办英语角活动,二百余名同学参加。',
    ]);
    expect(cut('第五届读书节开幕3月6日上午,由我院青年志愿者协会主办的第五届读书节在报告厅开幕,院领导出席。')[0]).toBe('第五届读书节开幕');
  });

  it('reads a comma inside the headline’s quotation marks as the quotation’s, not the end of a clause', () => {
    expect(cut('志愿者协会举办“节水日,节电周”宣传活动 3月22日中午,我校志愿者协会在食堂前广场举办宣传活动。')[0]).toBe('志愿者协会举办“节水日,节电周”宣传活动');
    // A quotation that opens the line is the text's own first words.
    expect(cut('“月光如水,照在门前的小河上……”5月31日,柳岸村文化广场上坐满了来参加活动的群众。')).toHaveLength(1);
  });

  it('leaves a clause whose 我校 is the subject itself, no part of it named', () => {
    expect(cut('外语学院举办英语角活动3月5日晚,我校在图书馆门前举办英语角活动,二百余名同学参加。')).toHaveLength(1);
  });
});

describe("a roundup's entry: a place's unit and its colon glued to the head of its paragraph", () => {
  it('is cut into the header and the text; not an office\'s reply below a letter', () => {
    expect(cutHead('东湖镇:重阳到,情意浓。10月11日,东湖镇柳岸社区请来理发师,为社区里的老人免费理发,还送上了重阳糕。')).toEqual([
      '东湖镇:',
      '重阳到,情意浓。10月11日,东湖镇柳岸社区请来理发师,为社区里的老人免费理发,还送上了重阳糕。',
    ]);
    expect(cutHead('绿怡居社区工作站:此小区隶属于江城石油公司,街道和社区只是代管,居民反映的问题我们已经转给了产权单位。')).toHaveLength(1);
    // (A title of forty characters and more without a mark is a title still: the case above, `cuts a header’s line…`.)
  });
});
