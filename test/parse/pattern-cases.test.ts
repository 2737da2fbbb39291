// What the named patterns say about text, case by case, written by reading the text: patterns.test.ts checks that
// each speed-up agrees with the pattern it replaces, which a mistake made in both at once would pass.

import { describe, expect, it } from 'vitest';
import {
  LEAD,
  NAVIGATION,
  WEB_AUTHORS,
  WEB_DATE_AUTHORS,
  WEB_META,
  LABEL_LINE,
  WEB_NOTICE,
  WEB_BUTTONS,
  isDisclosureRow,
  isEmptyFieldsRow,
  isSiteFooter,
  WRITTEN_BY,
  COLUMN_TAG,
  columnTagName,
  EDITOR_LINE,
  bulletOf,
  bylineLineOf,
  classOf,
  compilePatterns,
  countNonSpace,
  creditLeadingVerbOf,
  datelineAt,
  editorLineOf,
  squareBracketedOf,
  endsClause,
  endsSentence,
  holdsOneSentence,
  opensWithHour,
  opensWithTime,
  pictureSentenceAt,
  endsWithBracket,
  hasSentenceMark,
  isContentsLine,
  isContactLine,
  isFieldLabel,
  isPageListEntry,
  isContentsHeading,
  isBarePageLine,
  isDatedButtonRow,
  isBreadcrumb,
  breadcrumbColumn,
  columnOfCrumbLines,
  isLetterSpaced,
  PAGE_LINE,
  isOrganisationWhole,
  isReaderQuestion,
  isSpeakerLabel,
  isSpace,
  latestYearIn,
  markerBylineOf,
  opensAsPhotoCaption,
  opensWithPictureNumber,
  endsWithPictureNumber,
  isStockPictureLabel,
  describesScene,
  showsPeopleAtWork,
  isForumPostHeader,
  tagNamesAPlace,
  isSuppliedByLine,
  SCAN_BREAK,
  SCAN_LOW_SURROGATE,
  suffixPairGateIndex,
  SCAN_NAME,
  SCAN_SUFFIX,
  isHanCodePoint,
  timeClauseEnd,
  purposeDatelineAt,
  withoutTitleArrows,
  isPictureFile,
  isCouplet,
  isPageNumber,
} from '../../src/parse/patterns.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from '../../src/parse/vocabulary.js';

describe('endsSentence', () => {
  it('is true for a final mark, alone or followed by closing quotes and brackets', () => {
    for (const text of ['防病治病的意识。', '太谢谢你们啦!', '真好！', '是吗?', '有没有上门？', '说不完…', '更高效。”', '他说:“好。”）', '(完。)', '「好。」', '『好！』', '【通知。】', "'ok.'!"]) {
      expect(endsSentence(text), text).toBe(true);
    }
  });

  it('is false for a clause mark, a closer with no final mark before it, text, or nothing', () => {
    for (const text of ['困难群众;', '如下：', '居民，', '城市记忆、工', '他说“好”', '（李 莉）', '。字', '', '”', '。 ']) {
      expect(endsSentence(text), text).toBe(false);
    }
  });
});

describe('holdsOneSentence', () => {
  it('is true where no sentence ends before the end: one sentence, finished (a run of marks, closers) or not', () => {
    for (const text of ['公园里晨练的人不多。', '真的吗?!', '他说:“好。”', '越来越好……', '。', '渡口边,摆渡船载着村民过江', '公园里人不多,', '']) {
      expect(holdsOneSentence(text), text).toBe(true);
    }
  });

  it('is false for two sentences, finished or not', () => {
    // (A full stop at the start ends the sentence of the line above.)
    for (const text of ['雨停了。人们回家了。', '好!真好!', '“好。”他说', '雨停了。人们', '。人们回家了。']) {
      expect(holdsOneSentence(text), text).toBe(false);
    }
  });
});

describe('opensWithHour', () => {
  it('reads an hour of the day and its comma: 时 or 点, 许, 左右 or 半, minutes, a clock\'s colon, a part of the day before', () => {
    for (const text of ['9时许,公园里人不多。', '11时,车少。', '18时30分,灯亮了。', '18时30分许,灯亮了。', '下午3点左右，人多了。', '晚上8 点,人多了。', '早上5点半,店开了。', '上午7:30,江边人多。', '14：23，牛在溪里。']) {
      expect(opensWithHour(text), text).toBe(true);
    }
  });

  it('reads no date, no hour without its comma, no three-digit number, no hour further in; at a place, the hour there', () => {
    for (const text of ['9月28日,人多了。', '9时许公园里人不多。', '120时,人多了。', '公园里9时许,人不多。', '9时至11时,人多了。', '7:3,人多了。', '7:30分,人多了。']) {
      expect(opensWithHour(text), text).toBe(false);
    }
    expect(opensWithHour('▲9时许,公园里人不多。', 1)).toBe(true);
    expect(opensWithHour('▲9时许,公园里人不多。')).toBe(false);
  });
});

describe('opensWithTime', () => {
  it('reads an hour of the day or a date with its day, its text glued or not; not a time word, a month alone or a year', () => {
    for (const text of ['9时许,公园里人不多。', '7月22日应对台风季', '2023年7月22日,雨停了。', '上午7:30,江边人多。']) expect(opensWithTime(text), text).toBe(true);
    for (const text of ['近日,公园里人不多。', '7月,公园里人不多。', '2023年,雨水多。', '公园里9时许,人不多。']) expect(opensWithTime(text), text).toBe(false);
    expect(opensWithTime('▲7月22日,雨停了。', 1)).toBe(true);
  });
});

describe('pictureSentenceAt', () => {
  it("finds a caption's last sentence opened by 图为, with its full stop or without; not one followed by another sentence", () => {
    expect(pictureSentenceAt('志愿者在河堤上种树。图为志愿者培土')).toBe(9);
    expect(pictureSentenceAt('志愿者在河堤上种树。图为志愿者培土。')).toBe(9);
    for (const text of ['志愿者在河堤上种树。图为志愿者培土。大家很开心。', '图为志愿者培土', '志愿者在河堤上种树。']) expect(pictureSentenceAt(text), text).toBe(-1);
  });
});

describe('latestYearIn', () => {
  it('reads four-digit years 2000–2099 written before 年, and the latest wins', () => {
    expect(latestYearIn('2021年以来,2023年,2022年')).toBe(2023);
    expect(latestYearIn('2000年')).toBe(2000);
    expect(latestYearIn('2099年')).toBe(2099);
    // What stands before the year is no digit: a bracket, a space, a word.
    expect(latestYearIn('(2022年)')).toBe(2022);
    expect(latestYearIn('在 2021年末')).toBe(2021);
  });

  it('passes over what is not such a year', () => {
    expect(latestYearIn('今年')).toBeNull();
    expect(latestYearIn('1999年')).toBeNull(); // not 20xx
    expect(latestYearIn('12022年')).toBeNull(); // five digits
    expect(latestYearIn('202年')).toBeNull();
    expect(latestYearIn('2022 年')).toBeNull();
    expect(latestYearIn('２０２２年')).toBeNull(); // full-width digits are not YEAR's
    expect(latestYearIn('20a2年')).toBeNull();
    // Each of the four places must hold its digit: 2, 0, then two digits, not a mark below '0'.
    expect(latestYearIn('1022年')).toBeNull();
    expect(latestYearIn('2122年')).toBeNull();
    expect(latestYearIn('20/2年')).toBeNull();
    expect(latestYearIn('202/年')).toBeNull();
    expect(latestYearIn('202a年')).toBeNull();
    expect(latestYearIn('92022年')).toBeNull(); // five digits, the first a 9
    expect(latestYearIn('')).toBeNull();
  });

  it('reads the year of a date written in figures, as a web copy dates itself', () => {
    expect(latestYearIn('2024-06-12 09:30')).toBe(2024);
    expect(latestYearIn('日期:2023/5/6')).toBe(2023);
    expect(latestYearIn('发布时间 2022.11.30')).toBe(2022);
    expect(latestYearIn('2021-01-31 来源:2023年的报道')).toBe(2023); // the latest of both kinds
    expect(latestYearIn('2024-12-31')).toBe(2024);
    expect(latestYearIn('2024-1-1')).toBe(2024);
  });

  it('passes over figures that are no such date', () => {
    expect(latestYearIn('2024-06')).toBeNull(); // no day
    expect(latestYearIn('2024-13-01')).toBeNull(); // no thirteenth month
    expect(latestYearIn('2024-00-10')).toBeNull();
    expect(latestYearIn('2024-06-32')).toBeNull();
    expect(latestYearIn('2024-06-00')).toBeNull();
    expect(latestYearIn('2024-06/12')).toBeNull(); // one separator throughout
    expect(latestYearIn('2024-06-123')).toBeNull(); // the day is two figures at most
    expect(latestYearIn('12024-06-12')).toBeNull(); // five figures
    expect(latestYearIn('电话 0512-2024-0612')).toBeNull();
    expect(latestYearIn('20.5.2024')).toBeNull(); // day first: not read
    expect(latestYearIn('1999-06-12')).toBeNull();
    expect(latestYearIn('2024 06 12')).toBeNull();
  });
});

describe('isSpace', () => {
  it('is true for ASCII white space, the ideographic space, NBSP, the BOM and the Unicode spaces', () => {
    for (const char of [' ', '\t', '\n', '\v', '\f', '\r', '\u3000', '\u00a0', '\ufeff', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f']) {
      expect(isSpace(char.charCodeAt(0)), `U+${char.charCodeAt(0).toString(16)}`).toBe(true);
    }
  });

  it('is false for letters, marks and the code units around the ranges', () => {
    for (const code of [0x00, 0x08, 0x0e, 0x1f, 0x21, 0x41, 0x2001 - 2, 0x200b, 0x3001, 0x4e00, 0xff0c]) {
      expect(isSpace(code), `U+${code.toString(16)}`).toBe(false);
    }
  });
});

describe('countNonSpace', () => {
  it('counts code units that are not white space (SPACE: space, tab, ideographic space, NBSP, BOM and the rest of \\s)', () => {
    expect(countNonSpace('李 莉')).toBe(2);
    expect(countNonSpace('\ufeff本报讯\u3000近日,\t社区\u00a0开展')).toBe(10);
    expect(countNonSpace('')).toBe(0);
    expect(countNonSpace('   ')).toBe(0);
    // An en space or a form feed from a layout program is white space too, as isSpace() and the patterns read it.
    expect(countNonSpace('社区\u2002开展\f活动')).toBe(6);
    // Called twice on the same text, the same answer (its regex keeps no state between calls).
    expect(countNonSpace('一 二')).toBe(countNonSpace('一 二'));
  });
});

describe('WEB_META: the lines of a web copy about the copy', () => {
  it("reads a paper's `刊发时间:` (the day it printed the piece) as a time stamp, its page and author after it", () => {
    expect(WEB_META.test('刊发时间:2017-08-22 A3版 作者:林小禾 【字体:大 中 小】')).toBe(true);
    expect(WEB_META.test('刊发日期:2017-08-22')).toBe(true);
  });

  it("reads a school's `送稿日期:` (the day the copy was handed in) as a time stamp, its reviewer after it (2099, in our words)", () => {
    expect(WEB_META.test('送稿日期:4月2日 审核人:林小禾')).toBe(true);
    expect(WEB_META.test('投稿时间:2024-04-02')).toBe(true);
  });

  it('reads a date line with a bar before its fields', () => {
    expect(WEB_META.test('2023-10-24 | 来源:本地 作者:林小禾')).toBe(true);
    expect(WEB_META.test('2023-10-24 | 来源:江城日报')).toBe(true);
  });

  it('reads date lines, written close or spaced as OCR and some web pages space them', () => {
    for (const text of ['2020-07-21 07:15:29 来源: 光明日报', '2021年06月01日15:19', '2021年06月01日 王芳', '2012 年 1 月 12 日 星期四', '2012 年 1 月 12 日 星期    【打印】', '本文字数: 410', '文章字数:1200']) {
      expect(WEB_META.test(text), text).toBe(true);
    }
  });

  it("reads a public account's fields with a bar for the colon, and a view count before the fields", () => {
    for (const text of ['来源丨江城日报、临河发布', '0次浏览     发布时间:2025-04-22 17:32:00', '1203 次阅读 2024-01-02', '网址:www.jcsq.com 编辑:江城社区网 时间:2016-03-07 点击:']) expect(WEB_META.test(text), text).toBe(true);
    for (const text of ['3次浏览了社区的展板。']) expect(WEB_META.test(text), text).toBe(false);
  });

  it('reads a view count alone as a web copy line: the piece a run-on line was cut into before its fields', () => {
    expect(WEB_META.test('10次浏览')).toBe(true);
    expect(WEB_META.test('10次浏览量')).toBe(false);
  });

  it("reads a repost's note of who ran the story under which title as the copy's line", () => {
    for (const text of ['江城网乡村栏目以标题《旧衣暖人心 冬日送温情》报道柳岸村志愿者送冬衣活动。', '临河日报以《一条小巷的新生》为题刊发了柳岸社区的改造故事。', '东湖新闻网以题为《桃花开了》对柳岸镇赏花节进行了报道。']) {
      expect(WEB_META.test(text), text).toBe(true);
    }
    // A book's title in a sentence is text: `以《…》为蓝本`, `以《…》为主题` name no report.
    for (const text of ['柳岸小学以《弟子规》为蓝本,编排了一台节目。', '居民们以《我的家》为题写作文。']) expect(WEB_META.test(text), text).toBe(false);
  });

  it('reads counts that open the line, the word first, as its fields: `热度35票 浏览210次 …`', () => {
    for (const text of ['热度35票  浏览210次 【共2条评论】【我要评论 时间:2019年4月2日 09:10', '点击:35次', '浏览 12 次']) expect(WEB_META.test(text), text).toBe(true);
    // A sentence about how often something was done is text.
    for (const text of ['浏览3次后,他记住了路线。', '阅读10次以上的读者可以领取奖品。']) expect(WEB_META.test(text), text).toBe(false);
  });

  it("reads a copy's source of text and pictures and its producer as its fields: `图文来源:`, `出品:`", () => {
    for (const text of ['图文来源:临河融媒', '出品:临河县委宣传部 临河县融媒体中心']) expect(WEB_META.test(text), text).toBe(true);
  });

  it('reads a field whose value is a day alone as the copy\'s line (`日期查询:2024年05月06日`, an e-paper\'s calendar)', () => {
    for (const text of ['日期查询:2024年05月06日', '出版日期:2024-5-6', '往期 : 2024/05/06']) expect(WEB_META.test(text), text).toBe(true);
    // A title may hold a colon and a day among its words.
    for (const text of ['柳岸社区:2024年5月6日起开放夜间自习室', '倒计时:2024年5月6日']) expect(WEB_META.test(text), text).toBe(text === '倒计时:2024年5月6日');
  });

  it("reads an e-paper masthead's registration after the publisher's words", () => {
    expect(WEB_META.test('江城日报社出版 国内统一刊号:CN00-0000 代号:00-00')).toBe(true);
    expect(WEB_META.test('国内统一刊号:CN00-0000')).toBe(true);
    expect(WEB_META.test('江城日报社出版了一本新书')).toBe(false);
  });

  it("reads a paper's name, its channel and then its fields as a web copy's line, not a sentence naming a paper", () => {
    for (const text of ['江城日报 新闻    时间:2025年05月30日    来源:江城日报', '临河网 来源:临河融媒']) expect(WEB_META.test(text), text).toBe(true);
    for (const text of ['江城日报 记者走进社区 时间:', '读江城日报的居民们说:']) expect(WEB_META.test(text), text).toBe(false);
  });

  it("reads a content system's note that an unapproved page is shown as a preview (952, in our words)", () => {
    expect(WEB_META.test('稿件尚未审核,当前页面为预览,仅供管理员查看')).toBe(true);
  });

  it("reads the site's name and its address before the fields (928, in our words)", () => {
    for (const text of ['江城区门户网站 www.jc.gov.cn 时间:2016-06-02 浏览量:', '江城区门户网站 jcq.jc.gov.cn 发布时间:2016-06-02']) expect(WEB_META.test(text), text).toBe(true);
    expect(WEB_META.test('江城区 3.5 时间:')).toBe(false);
  });

  it("reads a content system's time a copy was added and who entered it (897, in our words)", () => {
    expect(WEB_META.test('加入时间:2015-04-27 采录人:系统管理员 点击:722')).toBe(true);
    expect(WEB_META.test('采录人:管理员')).toBe(true);
  });

  it("reads a site's name of one character and 网 before its date (874, in our words)", () => {
    for (const text of ['柳网 2019-04-02 阅读数 1024', '柳网2019-04-02']) expect(WEB_META.test(text), text).toBe(true);
    expect(WEB_META.test('网 2019-04-02')).toBe(false);
  });

  it("reads a web address and a date as a line of the copy, the date after a space or glued to the address's slash", () => {
    for (const text of ['http://www.jiangcheng.cn 2018年12月29日 08:44', 'http://www.jiangcheng.cn/2018年12月29日 08:44:40']) expect(WEB_META.test(text), text).toBe(true);
    expect(WEB_META.test('http://www.jiangcheng.cn/news/2018/1229.html')).toBe(false);
  });

  it("reads a forum's post header, its board or poster before 发表于 and a date, as a line of the copy", () => {
    for (const text of ['江城论坛 发表于 2024-3-9 10:12:30', '发表于 2013-11-10 09:16']) expect(isForumPostHeader(text), text).toBe(true);
    expect(isForumPostHeader('这篇文章发表于报纸上。')).toBe(false);
  });

  it('reads a count field named with 量 or 次数, after a date too, as a field of the copy', () => {
    for (const text of ['2024-03-12 阅读量:857 作者: 编辑:', '浏览量:1200', '访问次数: 35 来源:江城网', '新闻作者: 发布时间:2014年10月23日 查看次数:次']) expect(WEB_META.test(text), text).toBe(true);
    for (const text of ['阅读量大增是社区书屋的新变化。', '2024年3月12日,居民的阅读量比去年多了一倍']) expect(WEB_META.test(text), text).toBe(false);
  });

  it('reads the count fields by their verb alone, their value left empty or not: 点击, 阅读, 浏览', () => {
    for (const text of ['点击:', '阅读:', '浏览:', '浏览: 312', '浏览:1234']) expect(WEB_META.test(text), text).toBe(true);
    expect(WEB_META.test('浏览社区公众号的居民越来越多。')).toBe(false);
  });

  it("reads a platform's counts alone on their line, not a sentence that gives a count", () => {
    for (const text of ['0 阅读:0', '12 浏览：340 ', '3  阅读: 57']) expect(WEB_META.test(text), text).toBe(true);
    for (const text of ['0 阅读:0 本书共有三章。', '2 阅读小组:3人']) expect(WEB_META.test(text), text).toBe(false);
  });

  it('leaves a paragraph that opens with a date alone', () => {
    for (const text of ['2012 年 1 月 12 日上午，柳岸社区组织居民开展消防演练，一百多位居民参加。', '2021年6月1日,东山社区举办儿童节游园会,孩子们玩得很开心。']) {
      expect(WEB_META.test(text), text).toBe(false);
    }
  });
});

describe('WEB_NOTICE: a web copy\'s labelled notices, whatever their length', () => {
  it('reads a summary, the headline the copy was retitled from, and a site\'s copyright or disclaimer paragraph', () => {
    const long = '摘要:' + '柳岸社区在广场办起长者食堂,每天中午为八十岁以上的老人送上热饭热菜,'.repeat(3);
    for (const text of [long, '原标题:长者食堂开张了', '内容提要: 长者食堂开张', '核心提示:两位老师守着一所山村小学', '江城新闻网版权声明:凡本网作品,未经授权不得转载。', '免责声明：本网转载的作品不代表本网观点。', '凡本报记者署名文字、图片,版权均属江城晚报社所有。', '凡本网注明来源的作品,未经授权不得转载。']) {
      expect(WEB_NOTICE.test(text), text).toBe(true);
    }
    expect(WEB_NOTICE.test('声明:本站部分图片来自网友投稿,如有不妥请与我们联系。')).toBe(true);
    // Its call for contributions (979, in our words); a text that says the residents were welcome to write is its own.
    expect(WEB_NOTICE.test('欢迎各地通讯员踊跃投稿:tougao@example.com')).toBe(true);
    expect(WEB_NOTICE.test('社区欢迎居民们积极参与,共同出谋划策。')).toBe(false);
    // The site's terms as a numbered list (870, in our words); a numbered paragraph of a text is its own.
    for (const text of ['1.本网稿件凡标注来源为江城网的,其文字、图片之网络版权均属江城网所有。', '2.本站其他转载稿件如涉及版权问题,请与我们联系。']) expect(WEB_NOTICE.test(text), text).toBe(true);
    expect(WEB_NOTICE.test('1.本报记者走进柳岸社区,看望独居老人。')).toBe(false);
    // (The site named after a term's first words, 1055 in our words; and the copy's link before them, and its mark as the
    // site's own copy.)
    for (const text of ['2、转载或引用本网站中的署名文章,请按规定向原作者支付稿酬。', '3、对于不当转载本网站内容引起的纠纷,本网站不承担责任。', '本文链接:http://www.example.cn/a/1.html 版权声明1、转载须注明出处。', '本文为江城新闻网原创文章,转载请注明出处。']) {
      expect(WEB_NOTICE.test(text), text).toBe(true);
    }
    expect(WEB_NOTICE.test('2、社区志愿者落实本网格的服务责任。')).toBe(false);
    // Whose leave a reprint takes, and who may not, in brackets: the site's notice still.
    expect(WEB_NOTICE.test('(本页文字未经江城日报社许可,其他网站不得转载!)')).toBe(true);
    expect(WEB_NOTICE.test('未经家长同意,孩子们不得独自下河游泳。')).toBe(false);
  });

  it("reads a site's line forbidding reprints, whom to ask, and its call to follow its account and scan its code", () => {
    for (const text of ['江城日报社原创作品未经许可不得转载', '本网原创稿件未经许可,不得转载', '未经书面授权 严禁转载', '转载事宜请联系本网:0000-12345678', '转载请注明出处', '关注江城网微信公众号', '关注我们的公众号 ', '扫描下方二维码,获取更多本地资讯', '扫码关注二维码', '识别图中二维码']) {
      expect(WEB_NOTICE.test(text), text).toBe(true);
    }
    // With the app to scan it with, and the reading time a site prints above its copy.
    for (const text of ['用手机微信扫描下方二维码阅读', '本篇文章512字,读完约2分钟', '全文共1200字,阅读大约需要3分钟']) expect(WEB_NOTICE.test(text), text).toBe(true);
    // The label under the code printed below the text (2198, in our words); a sentence about a code is the text's.
    for (const text of ['江城党建网微信二维码', '柳岸社区公众号二维码 ']) expect(WEB_NOTICE.test(text), text).toBe(true);
    for (const text of ['居民们用手机扫了社区的微信二维码。', '社区印制了公众号二维码,贴在每栋楼的门口']) expect(WEB_NOTICE.test(text), text).toBe(false);
  });

  it("reads a site's disclaimer of a reposted text, alone on its line or in brackets", () => {
    for (const text of ['本文仅代表作者观点，不代表本网立场。', '(该文不代表本网站的立场,仅为作者个人看法)', '（本文不代表本平台的观点）', '文章不代表本站观点',
      // Its disclaimer of what others post on it.
      '本站部分信息由发布单位自行提供,其真实性由发布单位负责,本站不承担任何责任。', '本网站所载信息由用户提供,本网不作任何保证。']) {
      expect(WEB_NOTICE.test(text), text).toBe(true);
    }
    // A text's sentence that says who speaks for whom is its words.
    for (const text of ['居民代表不代表本人发言。', '本站的信息由社区网格员每天更新。', '本站点的物资由爱心企业提供。', '社区书记说,这些意见不代表本社区的观点,只是个人看法,但大家可以在群里讨论。']) {
      expect(WEB_NOTICE.test(text), text).toBe(false);
    }
  });

  it('leaves text that only speaks of a summary or of copyright alone', () => {
    for (const text of ['会上,大家一起学习了摘要:', '社区举办版权知识讲座,居民踊跃参加。', '标题:长者食堂开张', '凡本社区居民都可以免费参加。',
      // Reprints, accounts and codes told of in a text's sentence: its words, not the site's notice.
      '社区提醒居民,未经授权的广告不得张贴。', '关注社区公众号的居民越来越多。', '居民关注“柳岸社区”公众号后即可报名。', '志愿者教老人扫描健康码。', '活动中,志愿者教老人长按识别二维码。',
      '本文作者用了10分钟读完这本书。', '他用微信扫描商家的二维码付款。']) {
      expect(WEB_NOTICE.test(text), text).toBe(false);
    }
  });
});

describe('WEB_META: more lines about the copy', () => {
  it("reads a date line behind an app's mark that the copy is its own (`©原创`, `原创`)", () => {
    for (const text of ['©原创 2023-11-09 09:42 东湖区融媒体中心  阅读:108', '原创 2024-05-12 08:30 江城发布', '© 2023-11-09 09:42 东湖区融媒体中心']) {
      expect(WEB_META.test(text), text).toBe(true);
    }
    for (const text of ['原创歌曲在社区晚会上首演,居民们纷纷点赞。', '©原创作品,转载请注明出处']) expect(WEB_META.test(text), text).toBe(false);
  });

  it('reads a day-month-year date with its time, and 本文来源', () => {
    for (const text of ['12.03.2015 15:31', '29.01.2015  12:38', '本文来源: 市政府', '所属专题:', '所属专题: 乡村振兴']) expect(WEB_META.test(text), text).toBe(true);
    expect(WEB_META.test('12.5元一斤的蔬菜')).toBe(false);
  });

  it("reads a date line's time that a run-on line's space cut from its day, with the field after it", () => {
    for (const text of ['03:21来源:江城时报', '14:05:32 来源: 东湖区融媒体中心', '9:40作者:林小禾']) expect(WEB_META.test(text), text).toBe(true);
    // (A time that opens a sentence is the text's.)
    for (const text of ['09:30,居民们来到社区广场。', '8:00起,志愿者来源源不断地赶到。']) expect(WEB_META.test(text), text).toBe(false);
  });

  it("reads the content system's time stamps: a verb before 时间 or 日期", () => {
    for (const text of ['编辑日期:2024/5/20   作者:周小禾   来源:东湖区新闻中心', '发表时间:2023-05-07 来源: 临河文明网', '更新时间:2022-01-02', '发稿时间: 2021年3月1日']) {
      expect(WEB_META.test(text), text).toBe(true);
    }
    // An event's time in a notice is the text's, not the copy's.
    for (const text of ['活动时间:2024年5月1日上午9时', '报名日期:5月1日至5月10日']) expect(WEB_META.test(text), text).toBe(false);
  });

  it('reads a repost\'s source field, 本文转自: or 转自:', () => {
    for (const text of ['本文转自:东湖日报', '转自:江城网', '本文转自: 市融媒体中心']) expect(WEB_META.test(text), text).toBe(true);
    for (const text of ['转自行车的居民越来越多。', '他转自外地学校。']) expect(WEB_META.test(text), text).toBe(false);
  });

  it("reads a paper's name alone as the copy's source, and its app's (`XX报客户端`)", () => {
    for (const text of ['江城日报', '江城日报客户端', '江城青年报客户端']) expect(WEB_META.test(text), text).toBe(true);
    for (const text of ['客户端', '下载江城日报客户端看更多', '江城日报客户端上线三周年']) expect(WEB_META.test(text), text).toBe(false);
  });

  it("reads what the site's software prints: a picture's loading placeholder and a forum's edit note", () => {
    for (const text of ['图片载入中,请稍候...', '图片加载中…', '本帖最后由 江边老王 于 2019-3-8 10:12 编辑', '本帖最后由 lin_88 于 2021-11-02 21:40:05 编辑 ']) {
      expect(WEB_META.test(text), text).toBe(true);
    }
    for (const text of ['本帖最后由我来补充几句:社区的长者食堂开张了。', '图片展吸引了许多居民。']) expect(WEB_META.test(text), text).toBe(false);
  });

  it("reads a government site's fields after its back link, and its 信息来源 field", () => {
    for (const text of ['< 返回 信息来源:青石镇 发布日期:2023-05-06 浏览次数:312', '返回 发布日期:2023-05-06', '信息来源:柳岸街道办事处']) {
      expect(WEB_META.test(text), text).toBe(true);
    }
    // 返回 in a sentence, or before words that are no field.
    for (const text of ['< 返回 首页', '返回 青石镇参加比赛:', '返回家乡的大学生:积极参与', '<返回列表']) expect(WEB_META.test(text), text).toBe(false);
  });
});

describe("WEB_DATE_AUTHORS: the names after a web copy's date", () => {
  const names = (text: string) => WEB_DATE_AUTHORS.exec(text)?.[1] ?? null;

  it('reads names after the date or the time, up to the next field or the line end', () => {
    expect(names('2019-02-13 13:05:40 唐晓 吴佳 来源:江城网')).toBe('唐晓 吴佳');
    expect(names('2024年08月31日  唐晓')).toBe('唐晓');
  });

  it("reads names after the site's name between the date and them, spaced as between bars", () => {
    expect(names('2025年05月09日 江城三农在线 林小雨')).toBe('林小雨');
    expect(names('2025年05月09日 江城网 林小雨')).toBe('林小雨');
    expect(names('2025年05月09日 | 江城网 | 林小雨')).toBe('林小雨');
  });

  it('reads none where a field follows the date at once', () => {
    expect(names('2020-07-21 07:15:29 来源: 光明日报')).toBe(null);
    expect(names('2024-04-17 14:38      来源: 中国吉林网')).toBe(null);
  });
});

describe("WEB_AUTHORS: the names of a web copy's 作者 field", () => {
  const names = (text: string) => WEB_AUTHORS.exec(text)?.[1] ?? null;

  it('reads a content system\'s `文章作者:` field, and a bar after the role before the names', () => {
    expect(names('文章作者:林小禾 周宁 蔡小文')).toBe('林小禾 周宁 蔡小文');
    expect(names('作者:记者︱林小禾 周宁')).toBe('林小禾 周宁');
    expect(names('作者:记者|林小禾')).toBe('林小禾');
  });

  it('reads a field parted from the others by bars, no space around them (2069, in our words)', () => {
    expect(names('2018-2-5 15:30| 发布者: 江城网编辑| 查看: 421|原作者: 林小禾|来自: 江城日报')).toBe('林小禾');
    expect(names('查看: 421｜作者:周宁｜来自: 江城日报')).toBe('周宁');
  });

  it('reads the names up to the next field, a date or the line end, apart by spaces, commas or 、', () => {
    expect(names('作者:唐晓 吴佳  来源:江城网')).toBe('唐晓 吴佳');
    expect(names('作者:高小林,李予然 文章来源:本站原创 点击数:')).toBe('高小林,李予然');
    expect(names('来源:江城晚报 作者:胡小媛 编辑:向明')).toBe('胡小媛');
    expect(names('2008-08-19 22:49:40  作者：王大山、刘二  来源:江城网')).toBe('王大山、刘二');
    expect(names('作者:唐书宁2023年05月10日')).toBe('唐书宁');
    // The next field glued to the names, as a template prints its fields without a space.
    expect(names('作者: 林帆发布时间:2020-02-08点击次数:359')).toBe('林帆');
    expect(names('作者:周小禾点击:35')).toBe('周小禾');
  });

  it('reads the field alone in brackets, as a web copy prints it below the text', () => {
    expect(names('(作者:唐晓)')).toBe('唐晓');
    expect(names('（作者：唐晓、吴佳）')).toBe('唐晓、吴佳');
    // A bracket closed only at the line's end, opened at its start: not a name followed by a bracket of its own.
    expect(names('作者:唐晓)')).toBe(null);
    expect(names('(作者:唐晓)等')).toBe(null);
  });

  it('reads no 作者 inside a word or without a name after it', () => {
    expect(names('合作者:唐晓')).toBe(null);
    expect(names('作者:lxxwzx  语音阅读:')).toBe(null);
  });
});

describe("isPictureFile: a picture's file name alone on its line", () => {
  it('by each extension, in either case, a name in Chinese too; nothing else', () => {
    for (const name of ['image.png', 'IMG_0231.JPG', '图片1.jpeg', '微信图片_20210926112557.jpg', 'a.gif', 'b.BMP', 'c.webp']) expect(isPictureFile(name), name).toBe(true);
    for (const text of ['图片1.doc', 'image png', '居民在广场上合影.', '图片说明', 'www.example.cn/a.png 来源']) expect(isPictureFile(text), text).toBe(false);
    // A picture converted by the site keeps both extensions (`640.webp.jpg`); two at most, and each a picture's.
    for (const name of ['640.webp.jpg', 'IMG_1.JPG.png']) expect(isPictureFile(name), name).toBe(true);
    for (const text of ['640.doc.jpg', '640.webp.jpg.png', '640..jpg']) expect(isPictureFile(text), text).toBe(false);
    // A camera's or chat app's name kept without its extension is a picture's file all the same; other names ending in figures are not.
    for (const name of ['微信图片_20221116135659', '微信图片_20251022103459_170_268', 'IMG_20240312_081500', 'DSC0231', 'mmexport1700000000000']) expect(isPictureFile(name), name).toBe(true);
    for (const text of ['微信图片', '第2023', '图片_20221116', 'IMG_12', '微信图片_20221116135659 来源', '居民合影2024']) expect(isPictureFile(text), text).toBe(false);
    // A portal's prompt printed where each picture was stands for the picture as its file's name does.
    for (const prompt of ['打开网易新闻 查看精彩图片', '打开江城新闻查看精彩图片']) expect(isPictureFile(prompt), prompt).toBe(true);
    // The word alone, where a copy had each picture; not a line that holds it among other words.
    expect(isPictureFile('图片')).toBe(true);
    for (const text of ['图片新闻', '精彩图片', '图片来源网络', '查看图片']) expect(isPictureFile(text), text).toBe(false);
    for (const text of ['查看精彩图片', '打开网易新闻 查看社区老照片', '居民们争相查看精彩图片']) expect(isPictureFile(text), text).toBe(false);
    // Several files in a row, where a copy lost the line breaks between them, and a space left after the last.
    for (const names of ['微信图片_20231120092046.jpg 微信图片_20231120092106.jpg', 'a.png  b.jpg', 'image.png ']) expect(isPictureFile(names), names).toBe(true);
    for (const text of ['a.png 来源', '合影 a.png', 'a.png b.doc']) expect(isPictureFile(text), text).toBe(false);
  });
});

describe('LEAD: a paper\'s or site\'s lead', () => {
  const lead = (text: string) => LEAD.exec(text)?.[0] ?? null;

  it('may say whose story the site retells, between the lead and its byline', () => {
    expect(lead('江城网2月7日讯 据临河晚报报道 (记者 许明) 背街小巷换新颜。')).toBe('江城网2月7日讯 据临河晚报报道 (记者 许明)');
    expect(LEAD.exec('江城网2月7日讯 据临河晚报报道 (记者 许明) 背街')?.[7]).toBe('记者 许明');
  });

  it("may be a site's web television's, `XX网视讯` (1976, in our words); 视讯 after any other word is no lead", () => {
    expect(lead('江城网视讯 12月5日,柳岸社区开展志愿服务活动。')).toBe('江城网视讯');
    expect(lead('江城视讯 12月5日,柳岸社区开展志愿服务活动。')).toBeNull();
    expect(lead('本报视讯 12月5日,柳岸社区开展志愿服务活动。')).toBeNull();
  });

  it("may name the site's other name in brackets before 讯, as provincial portals do", () => {
    expect(lead('江城网(江城日报网)讯(通讯员 林小禾 周宁)近日,柳岸社区开展包饺子活动。')).toBe('江城网(江城日报网)讯(通讯员 林小禾 周宁)');
    expect(LEAD.exec('江城网（江城日报网）讯(记者 许明)近日')?.[7]).toBe('记者 许明');
    // The bracket after a site's name that names no other site is no part of a lead.
    expect(lead('江城网(记者 许明)讯近日')).not.toBe('江城网(记者 许明)讯');
  });

  it("may be the paper's or site's own 讯 in brackets, lenticular or square, glued to the text", () => {
    expect(lead('【本报讯】近日,柳岸社区开展包饺子活动。')).toBe('【本报讯】');
    expect(lead('[本站讯]10月20日,化学院青年志愿者来到护理院。')).toBe('[本站讯]');
    expect(lead('本网讯10月20日,柳岸小学开学。')).toBe('本网讯');
    // (A column's name in square brackets is no lead: `[本地资讯]`.)
    expect(lead('[本地资讯]柳岸小学开学')).toBe(null);
  });

  it('may join two sources with a slash, the second an app', () => {
    expect(lead('江城网/临河客户端讯 通讯员张小山报道:近日,西岭小学开学。')).toBe('江城网/临河客户端讯');
    expect(lead('临河客户端讯(记者 许明)近日,西岭小学开学。')).toBe('临河客户端讯(记者 许明)');
  });

  it('may name the paper in book-title marks for 本报, with its date, as a site copying it prints', () => {
    expect(lead('《今日江城》9月4日讯:今年以来,柳岸乡建起三个留守儿童之家。')).toBe('《今日江城》9月4日讯:');
    expect(lead('《江城晚报》讯(记者 许明)近日,西岭小学开学。')).toBe('《江城晚报》讯(记者 许明)');
    // A title in book-title marks in a sentence is no lead.
    expect(lead('《江城晚报》报道了柳岸乡的留守儿童之家。')).toBe(null);
  });

  it('may be a second dispatch below the first, or end with a colon', () => {
    expect(lead('又讯(记者 许明)红柳苏木位于旗北部。')).toBe('又讯(记者 许明)');
    expect(lead('另讯 红柳苏木近日开展培训。')).toBe('另讯');
    expect(lead('临河新闻网讯:柳岸社区推出社区小报。')).toBe('临河新闻网讯:');
    expect(lead('临河网3月5日消息:柳岸社区推出社区小报。')).toBe('临河网3月5日消息:');
    // 又 before any other word is no lead: `又一讯` is none, nor `再讯`.
    expect(lead('又一讯 红柳苏木近日开展培训。')).toBe(null);
  });

  it('may be a district paper named for its news', () => {
    expect(lead('临河新闻讯(记者 许明 通讯员 唐晓)日前,柳岸社区推出新年第一期社区小报。')).toBe('临河新闻讯(记者 许明 通讯员 唐晓)');
    expect(lead('临河新闻3月5日讯 柳岸社区推出社区小报。')).toBe('临河新闻3月5日讯');
    // `新闻` must close the source right before 讯: a column's `新闻简讯` is no lead.
    expect(lead('社区新闻简讯 柳岸社区推出社区小报。')).toBe(null);
  });

  it('may name the place it was filed from before its date, as a wire dateline does', () => {
    expect(lead('江城新闻网临河10月9日讯(记者 许明)10月9日,西岭小学开学。')).toBe('江城新闻网临河10月9日讯(记者 许明)');
    expect(LEAD.exec('江城新闻网临河10月9日讯(记者 许明)')?.slice(3, 5)).toEqual(['10', '9']);
    expect(lead('临河网东湾站5月3日讯 柳岸社区的长者食堂开张。')).toBe('临河网东湾站5月3日讯');
  });

  it('may name the place it was filed from, or its newsroom, without a date; never a column of news (简讯, 快讯…)', () => {
    expect(lead('江城新闻网临河讯 西岭小学开学。')).toBe('江城新闻网临河讯');
    expect(lead('江城网东湾讯 通讯员张小山、李四报道:近日,西岭小学开学。')).toBe('江城网东湾讯');
    expect(lead('江城日报全媒体讯(记者 许明)6月5日,柳岸社区举办活动。')).toBe('江城日报全媒体讯(记者 许明)');
    expect(lead('江城日报社区简讯 柳岸社区举办活动。')).toBe(null);
    expect(lead('江城日报社区快讯 柳岸社区举办活动。')).toBe(null);
    expect(lead('江城网资讯:柳岸社区举办活动。')).toBe(null);
  });

  it("may be a media centre's (融媒) with or without a date, or a portal's channel after a middle dot", () => {
    expect(lead('临河融媒讯(记者林舟)6月6日,柳岸社区举办活动。')).toBe('临河融媒讯(记者林舟)');
    expect(lead('临河融媒6月6日讯 柳岸社区举办活动。')).toBe('临河融媒6月6日讯');
    expect(lead('江城网·东湖讯 近日,柳岸社区举办活动。')).toBe('江城网·东湖讯');
    expect(lead('临河融媒体中心开展活动。')).toBe(null);
  });

  it("may be a county paper's place alone and 讯, before a space and the text", () => {
    expect(lead('临河讯 近日,柳岸社区举办活动。')).toBe('临河讯');
    expect(lead('东湾县讯 近日,柳岸社区举办活动。')).toBe('东湾县讯');
    // Glued to the text, or a word of news (喜讯, 快讯), or five characters before 讯: none.
    expect(lead('临河讯近日,柳岸社区举办活动。')).toBe(null);
    expect(lead('喜讯 柳岸社区获评示范社区。')).toBe(null);
    expect(lead('社区快讯 柳岸社区举办活动。')).toBe(null);
    expect(lead('柳岸社区新讯 近日,社区举办活动。')).toBe(null);
  });

  it('with its date, may be any name: a site named without 网 (`文明风8月24日讯`)', () => {
    expect(lead('临河风8月24日讯 柳岸社区以创建文明城市为契机。')).toBe('临河风8月24日讯');
    expect(LEAD.exec('临河风2011年8月24日讯(记者 许明)')?.slice(3, 5)).toEqual(['8', '24']);
    // Without the date, a name alone before 讯 is a lead only with a space after it (as a county paper's `廉江讯 近日…`):
    // run into the words after it, `临河风讯` could be the text's.
    expect(lead('临河风讯 柳岸社区开展活动。')).toBe('临河风讯');
    expect(lead('临河风讯柳岸社区开展活动。')).toBe(null);
    expect(lead('8月24日讯 柳岸社区开展活动。')).toBe(null);
  });

  it("may be a county app's dateline with a colon before its reporters' bracket: `云上临河报道:(全媒体记者 X)`", () => {
    expect(lead('云上临河报道:(全媒体记者 林舟) 4月12日,柳岸镇各村开展大扫除。')).toBe('云上临河报道:(全媒体记者 林舟)');
    expect(lead('云上临河报道：（通讯员 何东）4月12日,柳岸镇各村开展大扫除。')).toBe('云上临河报道：（通讯员 何东）');
    // Without the reporters' bracket, an outlet that reported something is the text's: `江城日报报道:…`.
    expect(lead('江城日报报道:近日,柳岸社区获评示范社区。')).toBe(null);
    expect(lead('云上临河报道:(图片来自网络) 4月12日,柳岸镇各村开展大扫除。')).toBe(null);
    // Or with no colon, the bracket glued to 报道; the reporters' roles glued to their names.
    expect(lead('云上临河报道(全媒体记者林舟 通讯员何东)“请大家跟我来。”4月12日,柳岸镇开展演练。')).toBe('云上临河报道(全媒体记者林舟 通讯员何东)');
    expect(lead('江城日报报道(图片来自网络)近日,柳岸社区获评示范社区。')).toBe(null);
  });

  it("may be a unit's report cited before a space: `据XX融媒体中心消息 …`", () => {
    expect(lead('据临河县文旅局消息 入秋以来,柳岸镇办起丰收集市。')).toBe('据临河县文旅局消息');
    // Glued to the text, it is the text's sentence.
    expect(lead('据临河县文旅局消息,柳岸镇办起丰收集市。')).toBe(null);
  });

  it("may be a wire dateline's day and 电 with no outlet before a space: `2026年1月26日电 为…`", () => {
    expect(lead('2026年1月26日电 为迎新春,柳岸乡请来书法家写春联。')).toBe('2026年1月26日电');
    expect(lead('1月26日电,柳岸乡请来书法家写春联。')).toBe(null);
    // The bracket after a 本报 lead is its group still: the new form takes no group of its own.
    expect(LEAD.exec('本报讯(记者 林小雨)近日,柳岸乡请来书法家写春联。')?.[7]).toBe('记者 林小雨');
  });

  it("may close its reporters' bracket with a colon before the text: `XX报道(记者 X 文/摄):…`", () => {
    expect(lead('江城在线报道(记者 林小雨 文/摄):“温暖江城”采访团近日走进柳岸村。')).toBe('江城在线报道(记者 林小雨 文/摄):');
    expect(lead('本报讯(记者 林小雨):近日,柳岸村办起了年货集市。')).toBe('本报讯(记者 林小雨):');
  });

  it("may be an app's 报道 with its colon, the text right after it, and two outlets joined by 、 before the day", () => {
    expect(lead('江城风报道:入夏以来,柳岸社区办起暑假学堂,孩子们有了去处。')).toBe('江城风报道:');
    expect(lead('新江城客户端、江城网1月26日消息(记者林小雨)“积分怎么兑换?”居民们围着志愿者问。')).toBe('新江城客户端、江城网1月26日消息(记者林小雨)');
    // Not inside a sentence, nor without its colon before the text.
    expect(lead('据介绍,江城风报道:入夏以来')).toBe(null);
    expect(lead('江城风报道入夏以来的变化')).toBe(null);
  });

  it("may be a dated 讯 whose outlet the copy left out, before its reporters' bracket: `12月5日讯(通讯员 X)`", () => {
    expect(lead('12月5日讯(通讯员 林小雨)金秋时节,柳岸小学组织学生下田收稻。')).toBe('12月5日讯(通讯员 林小雨)');
    expect(lead('2023年12月5日讯(林小雨 周宁)柳岸小学组织学生下田收稻。')).toBe('2023年12月5日讯(林小雨 周宁)');
    // Without the bracket, a day and 讯 open no lead: the day may begin a sentence about a notice (`12月5日讯息…`).
    expect(lead('12月5日讯息传来,柳岸小学的学生们欢呼起来。')).toBe(null);
  });

  it("may be a site, or a site and its media centre joined by a dash, right before its reporters' bracket, with no 讯", () => {
    expect(lead('江城网(记者 林舟)5月12日,柳岸社区开展活动。')).toBe('江城网(记者 林舟)');
    expect(lead('临河新闻网-临河地区融媒体中心(记者 林舟)5月12日,柳岸社区开展活动。')).toBe('临河新闻网-临河地区融媒体中心(记者 林舟)');
    // The media centre alone leads as well; acting, with no bracket after it, it is the text's subject.
    expect(lead('临河县融媒体中心(记者 林舟)5月12日,柳岸社区开展活动。')).toBe('临河县融媒体中心(记者 林舟)');
    expect(lead('临河县融媒体中心派出青年到柳岸社区义诊。')).toBe(null);
    // An outlet's 讯 before a bracket of names alone, whatever the outlet's name ends in.
    expect(lead('江城法治讯(林小雨)为做好社区健康教育,柳岸卫生院走进社区。')).toBe('江城法治讯(林小雨)');
    expect(lead('江城法治讯(林小雨 周宁)为做好社区健康教育,柳岸卫生院走进社区。')).toBe('江城法治讯(林小雨 周宁)');
    expect(lead('好消息传来喜讯(林小雨)')).toBe(null);
    // So does a media brand named for its county, 融媒 without 体中心.
    expect(lead('临河融媒(通讯员 林舟)5月12日,柳岸社区开展活动。')).toBe('临河融媒(通讯员 林舟)');
    expect(lead('临河融媒派出青年到柳岸社区义诊。')).toBe(null);
    // A bracket that names no reporter is no lead's: `江城网(www.…)`, a net's name in a sentence.
    expect(lead('江城网(www.jcw.cn)5月12日报道。')).toBe(null);
    expect(lead('网格员(记者 林舟)')).toBe(null);
  });

  it('reads no 据…报道 that does not follow a lead', () => {
    expect(lead('据临河晚报报道,西岭小学近日开学。')).toBe(null);
  });
});

describe('purposeDatelineAt: the dateline a clause of purpose puts off', () => {
  it('reads the dateline after the first comma that one follows, inside the first sentence', () => {
    const text = '为丰富老人生活,进一步营造氛围,5月9日,东湾区柳岸街道举办运动会。';
    const found = purposeDatelineAt(text, 0)!;
    expect(found[0]).toBe('5月9日');
    expect(found.index).toBe(text.indexOf('5月9日'));
    expect(purposeDatelineAt('为迎新春，近日，苏村社区开展活动。', 0)![0]).toBe('近日');
    // Read at a place of the text: after a lead.
    expect(purposeDatelineAt('本报讯 为迎新春,近日,苏村社区开展活动。', 4)![0]).toBe('近日');
  });

  it('is null for a line that opens with no 为, a clause with no dateline, or a dateline past the first sentence', () => {
    expect(purposeDatelineAt('因迎新春,近日,苏村社区开展活动。', 0)).toBe(null);
    expect(purposeDatelineAt('为迎新春,苏村社区开展活动。近日,西城街道也开展活动。', 0)).toBe(null);
    expect(purposeDatelineAt('为迎新春;近日,苏村社区开展活动。', 0)).toBe(null);
    expect(purposeDatelineAt('为迎新春,近日', 0)![0]).toBe('近日');
    expect(purposeDatelineAt('为,近日,苏村社区', 0)).toBe(null);
    expect(purposeDatelineAt('为迎新春,', 0)).toBe(null);
  });

  it('looks for the comma within eighty characters of the 为', () => {
    const words = (n: number) => '为' + '一'.repeat(n - 1);
    expect(purposeDatelineAt(`${words(79)},近日,苏村社区开展活动。`, 0)![0]).toBe('近日');
    expect(purposeDatelineAt(`${words(80)},近日,苏村社区开展活动。`, 0)).toBe(null);
  });
});

describe('timeClauseEnd: a clause of time that opens a paragraph, ended by its comma', () => {
  it('returns the index after the comma when the words before it end in 以来, 期间, 之际, 前夕 or 伊始', () => {
    expect(timeClauseEnd('今年以来,社区…', 0)).toBe(5);
    expect(timeClauseEnd('春节期间，居民…', 0)).toBe(5);
    expect(timeClauseEnd('国庆之际,', 0)).toBe(5);
    expect(timeClauseEnd('国庆前夕,', 0)).toBe(5);
    expect(timeClauseEnd('新年伊始,', 0)).toBe(5);
    expect(timeClauseEnd('创城工作开展以来，', 0)).toBe(9);
    // Read at a place of the text: the clause after a lead.
    expect(timeClauseEnd('本报讯 今年以来,', 4)).toBe(9);
  });

  it('needs at least one word before the ending', () => {
    expect(timeClauseEnd('年以来,', 0)).toBe(4);
    expect(timeClauseEnd('以来,社区', 0)).toBe(-1);
    expect(timeClauseEnd('本报讯以来,', 3)).toBe(-1);
  });

  it('is -1 for other words before the first comma, and when a sentence mark or a quote comes first', () => {
    expect(timeClauseEnd('今年春天,', 0)).toBe(-1);
    expect(timeClauseEnd('以来社区,', 0)).toBe(-1);
    expect(timeClauseEnd('居民说:今年以来,', 0)).toBe(-1);
    expect(timeClauseEnd('“今年以来,', 0)).toBe(-1);
    expect(timeClauseEnd('好。今年以来,', 0)).toBe(-1);
    expect(timeClauseEnd('今年以来', 0)).toBe(-1);
    expect(timeClauseEnd('', 0)).toBe(-1);
  });

  it('takes up to fourteen words before the ending: longer, a sentence merely contains it', () => {
    const fourteen = '一二三四五六七八九十一二三四';
    expect(timeClauseEnd(`${fourteen}以来,`, 0)).toBe(17);
    expect(timeClauseEnd(`${fourteen}五以来,`, 0)).toBe(-1);
    // The limit counts from where the clause starts.
    expect(timeClauseEnd(`本报讯${fourteen}以来,`, 3)).toBe(20);
  });
});

describe('datelineAt: the dateline that starts at a place', () => {
  it('reads a date, with or without its year, and the words of a recent day', () => {
    expect([...datelineAt('6月24日,社区…', 0)!]).toEqual(['6月24日', undefined, '6', '24']);
    expect([...datelineAt('2023年6月24日', 0)!]).toEqual(['2023年6月24日', '2023', '6', '24']);
    expect([...datelineAt('2 月20 日上午', 0)!]).toEqual(['2 月20 日', undefined, '2', '20']);
    expect(datelineAt('近日,', 0)?.[0]).toBe('近日');
    expect(datelineAt('昨天下午', 0)?.[0]).toBe('昨天');
    expect(datelineAt('当天', 0)?.[0]).toBe('当天');
  });

  it('reads at the place given, not before or after it', () => {
    expect([...datelineAt('柳岸社区6月24日', 4)!]).toEqual(['6月24日', undefined, '6', '24']);
    expect(datelineAt('柳岸社区6月24日', 0)).toBeNull();
    expect(datelineAt('今后近日', 0)).toBeNull();
    expect(datelineAt('近日', 2)).toBeNull();
  });
});

describe('isContentsLine: a table of contents run onto one line', () => {
  const titles = ['晚报社区版', '新春走基层', '楼道里的年味', '出行更方便了', '老街新貌', '邻里守望'];

  it('is six or more short titles parted by spaces, in a line of forty characters or more', () => {
    const line = titles.join(' ') + ' 居民的新年愿望清单';
    expect(line.length).toBeGreaterThanOrEqual(40);
    expect(isContentsLine(line)).toBe(true);
    // Forty characters are enough.
    expect(isContentsLine(titles.join(' ') + ' 居民心愿')).toBe(true);
    expect(isContentsLine(titles.join('\u3000') + '\u3000居民的新年愿望清单')).toBe(true);
    // Runs of spaces part titles as one space does.
    expect(isContentsLine(titles.join('   ') + '  居民的')).toBe(true);
  });

  it('is not a line with a full stop, too few titles or spaces, a long title, or under forty characters', () => {
    expect(isContentsLine(titles.join(' ') + ' 居民的新年愿望清单。')).toBe(false);
    expect(isContentsLine(titles.slice(0, 5).join(' ') + '居民的新年愿望清单和祝福语句')).toBe(false);
    expect(isContentsLine(titles.join(' '))).toBe(false); // 35 characters
    expect(isContentsLine(`${titles.slice(0, 5).join(' ')} ${'很'.repeat(25)}`)).toBe(false);
    expect(isContentsLine(`${titles.slice(0, 5).join(' ')} ${'很'.repeat(24)}`)).toBe(true);
    // Five spaces but only five titles: a space at the start parts nothing.
    expect(isContentsLine(` ${titles.slice(0, 4).join(' ')} ${'很'.repeat(20)}`)).toBe(false);
  });
});

describe('the speed-ups before a regex read the first or last character as the regex does', () => {
  it('bylineLineOf: a byline alone in brackets, half- or full-width', () => {
    expect(bylineLineOf('(李 莉)')?.[1]).toBe('李 莉');
    expect(bylineLineOf('（本报通讯员）')?.[1]).toBe('本报通讯员');
    expect(bylineLineOf('(曹蓉 彭晓）')?.[1]).toBe('曹蓉 彭晓');
    expect(bylineLineOf('（东坡小学四(2)班 林小雨)')?.[1]).toBe('东坡小学四(2)班 林小雨');
    expect(bylineLineOf('李莉)')).toBeNull();
    expect(bylineLineOf('(李莉')).toBeNull();
    expect(bylineLineOf('')).toBeNull();
  });

  it('markerBylineOf: a line after a marker', () => {
    expect(markerBylineOf('□ 记者 张三')?.[1]).toBe('记者 张三');
    expect(markerBylineOf('■■本报记者 赵六')?.[1]).toBe('本报记者 赵六');
    expect(markerBylineOf('◎记者 张三')?.[1]).toBe('记者 张三');
    expect(markerBylineOf('记者 张三')).toBeNull();
  });

  it('opensAsPhotoCaption: 图 and 上下左右中图 before a colon or 为', () => {
    for (const text of ['图①:居民在…', '图1：', '图为活动现场', '上图:', '左图为…', '中图2：', '右图为']) expect(opensAsPhotoCaption(text), text).toBe(true);
    for (const text of ['图书馆开放', '上午,居民…', '社区图为', '']) expect(opensAsPhotoCaption(text), text).toBe(false);
    // (A picture's place of two characters, `左下图:`; or a place set apart by a space, `右图 坚守在…`, as an e-paper prints it.)
    for (const text of ['左下图:环卫工人清扫街道。', '右上图为…', '右图 坚守在小区门口的志愿者。', '下图\u3000居民在排队。']) expect(opensAsPhotoCaption(text), text).toBe(true);
    // (Not 图 alone before a space, nor a place's 图 with nothing after the space, nor three places.)
    for (const text of ['图 书', '右图 ', '左右上图:']) expect(opensAsPhotoCaption(text), text).toBe(false);
  });

  it('bulletOf: the bullets and the white space after them', () => {
    expect(bulletOf('☆东坡中学举行…')?.[0]).toBe('☆');
    expect(bulletOf('■ 近日…')?.[0]).toBe('■ ');
    expect(bulletOf('①社区…')?.[0]).toBe('①');
    expect(bulletOf('⑳社区…')?.[0]).toBe('⑳');
    expect(bulletOf('❶社区…')?.[0]).toBe('❶');
    expect(bulletOf('❿\u3000社区…')?.[0]).toBe('❿\u3000');
    expect(bulletOf('※◎社区')?.[0]).toBe('※◎');
    expect(bulletOf('社区☆')).toBeNull();
    expect(bulletOf('⑴社区')).toBeNull();
  });

  it('editorLineOf: the editor words, then a colon or a space', () => {
    expect([...editorLineOf('责任编辑: 王 芳')!].slice(1)).toEqual(['责任编辑', '王 芳']);
    expect([...editorLineOf('责编：李四')!].slice(1)).toEqual(['责编', '李四']);
    // The site's name glued before 编辑 and its colon (915, in our words); without the colon, a site's editors at large.
    expect([...editorLineOf('江城新闻网编辑:林小雨 周宁')!].slice(1)).toEqual(['编辑', '林小雨 周宁']);
    expect(editorLineOf('江城新闻网编辑部走进社区')).toBeNull();
    // A paper's name glued before the field, after its site and a middle dot, or alone.
    expect([...editorLineOf('江城新闻网·江城商报编辑:林小雨')!].slice(1)).toEqual(['编辑', '林小雨']);
    expect([...editorLineOf('江城日报责编:周宁')!].slice(1)).toEqual(['责编', '周宁']);
    expect(editorLineOf('江城日报编辑部走进社区')).toBeNull();
    // A public account's name glued before 编辑 and its bar (339, in our words); without the bar, no field.
    expect([...editorLineOf('柳岸发布编辑|林小雨')!].slice(1)).toEqual(['编辑', '林小雨']);
    expect(editorLineOf('柳岸发布编辑林小雨')).toBeNull();
    expect([...editorLineOf('校对 赵六')!].slice(1)).toEqual(['校对', '赵六']);
    expect(editorLineOf('美编:张三')?.[1]).toBe('美编');
    // Who laid the page out is the page's, as its editor is, not a writer.
    expect(editorLineOf('排版:张三')?.[1]).toBe('排版');
    expect(editorLineOf('排版工作做得很细')).toBeNull();
    expect(editorLineOf('审核：王五')?.[1]).toBe('审核');
    expect(editorLineOf('编辑部召开会议')).toBeNull();
    expect(editorLineOf('本报责编：李四')).toBeNull();
    // The field's name in lenticular brackets for its colon, as a college site's template prints it.
    expect([...editorLineOf('【责任编辑】林小雨')!].slice(1)).toEqual(['责任编辑', '林小雨']);
    expect([...editorLineOf('【编辑】:周宁')!].slice(1)).toEqual(['编辑', '周宁']);
    expect(editorLineOf('【编辑部】走进社区')).toBeNull();
  });

  it("editorLineOf: a content system's review steps, and 责任编辑 or 责编 glued to the names", () => {
    expect([...editorLineOf('一审一校:冯 欢')!].slice(1)).toEqual(['一审一校', '冯 欢']);
    expect([...editorLineOf('三审三校：韦小香')!].slice(1)).toEqual(['三审三校', '韦小香']);
    expect([...editorLineOf('二审 周宁')!].slice(1)).toEqual(['二审', '周宁']);
    expect([...editorLineOf('责任编辑王芳李明')!].slice(1)).toEqual(['责任编辑', '王芳李明']);
    // One list of editor words for the line and for the field after a byline's names: 审稿 is one.
    expect([...editorLineOf('审稿:林舟')!].slice(1)).toEqual(['审稿', '林舟']);
    // Glued, only names may follow: a word of one character, or a sentence, is no editor's.
    expect(editorLineOf('责任编辑部')).toBeNull();
    expect(editorLineOf('责任编辑要把好关。')).toBeNull();
    // 责编, the short form, glued to the names or to a desk's (351's closing line, in our words).
    expect([...editorLineOf('责编李四')!].slice(1)).toEqual(['责编', '李四']);
    expect([...editorLineOf('责编综合新闻部')!].slice(1)).toEqual(['责编', '综合新闻部']);
    expect(editorLineOf('责编要把好关。')).toBeNull();
    // Not another editor word glued: `编辑部`, `审核通过` stay words.
    expect(editorLineOf('编辑王芳')).toBeNull();
    expect(editorLineOf('四审四校:王五')).toBeNull();
  });

  it("editorLineOf: a photo page's planner", () => {
    expect([...editorLineOf('策划:摄影美术部')!].slice(1)).toEqual(['策划', '摄影美术部']);
    expect(editorLineOf('策划开展了一场活动')).toBeNull();
  });

  it("editorLineOf: who gathered a school account's material, no writer", () => {
    expect([...editorLineOf('素材:各班主任')!].slice(1)).toEqual(['素材', '各班主任']);
    expect([...editorLineOf('素材提供:东湖小学')!].slice(1)).toEqual(['素材提供', '东湖小学']);
    expect(editorLineOf('素材丰富的一堂课')).toBeNull();
  });

  it("editorLineOf: a template's field left empty after its colon, the coordinator and the producer", () => {
    expect([...editorLineOf('编辑:')!].slice(1)).toEqual(['编辑', '']);
    expect([...editorLineOf('审核： ')!].slice(1)).toEqual(['审核', '']);
    expect([...editorLineOf('统筹:周宁')!].slice(1)).toEqual(['统筹', '周宁']);
    // The editor who reviews (编审), alone on its line as a site's template prints it.
    expect([...editorLineOf('编审:王芳')!].slice(1)).toEqual(['编审', '王芳']);
    expect(editorLineOf('编审工作有序推进')).toBeNull();
    expect([...editorLineOf('监制 孔越')!].slice(1)).toEqual(['监制', '孔越']);
    // Without a colon, a word alone or followed by spaces only is no field.
    expect(editorLineOf('编辑')).toBeNull();
    expect(editorLineOf('编辑  ')).toBeNull();
    expect(editorLineOf('统筹推进老旧小区改造')).toBeNull();
  });

  it('squareBracketedOf: what a line in square brackets holds', () => {
    expect(squareBracketedOf('[编辑:许明]')).toBe('编辑:许明');
    expect(squareBracketedOf('【责任编辑: 王芳 】')).toBe('责任编辑: 王芳');
    expect(squareBracketedOf('［编辑:许明］')).toBe('编辑:许明');
    expect(squareBracketedOf('[]')).toBeNull();
    expect(squareBracketedOf('[编辑:许明')).toBeNull();
    expect(squareBracketedOf('编辑:许明]')).toBeNull();
    expect(squareBracketedOf('(编辑:许明)')).toBeNull();
  });

  it('creditLeadingVerbOf: 摄影, 摄影报道, 图片 or 图 set apart before the names', () => {
    expect([...creditLeadingVerbOf('摄影 记者 王 五')!].slice(1)).toEqual(['摄影', '记者 王 五']);
    expect([...creditLeadingVerbOf('摄影报道：张三')!].slice(1)).toEqual(['摄影报道', '张三']);
    expect([...creditLeadingVerbOf('图/林溪')!].slice(1)).toEqual(['图', '林溪']);
    expect(creditLeadingVerbOf('图说社区')).toBeNull();
    expect(creditLeadingVerbOf('本报摄影 张三')).toBeNull();
    // `拍摄:X`, shot by, with its colon (1564, in our words); without one, 拍摄 is a sentence's verb.
    expect([...creditLeadingVerbOf('拍摄:林小雨')!].slice(1)).toEqual(['拍摄', '林小雨']);
    expect(creditLeadingVerbOf('拍摄 林小雨')).toBeNull();
    expect(creditLeadingVerbOf('拍摄了一组照片')).toBeNull();
  });

  it('withoutTitleArrows: the arrows at the end of a title, and the spaces before them', () => {
    expect(withoutTitleArrows('共建新格局>>')).toBe('共建新格局');
    expect(withoutTitleArrows('共建新格局 》》')).toBe('共建新格局');
    expect(withoutTitleArrows('共建新格局＞＞')).toBe('共建新格局');
    expect(withoutTitleArrows('共建新格局》')).toBe('共建新格局');
    expect(withoutTitleArrows('>>共建新格局')).toBe('>>共建新格局');
    expect(withoutTitleArrows('共建新格局')).toBe('共建新格局');
    expect(withoutTitleArrows('')).toBe('');
    // A list's flag for a story with pictures, kept by the copy (907, in our words); a word in brackets is the title's.
    expect(withoutTitleArrows('柳岸村整治村部环境 [图]')).toBe('柳岸村整治村部环境');
    expect(withoutTitleArrows('柳岸社区举办邻里节(组图)')).toBe('柳岸社区举办邻里节');
    expect(withoutTitleArrows('柳岸社区办起图书角(图书)')).toBe('柳岸社区办起图书角(图书)');
    // A 》 that closes a work's name is the title's (2016, in our words); after a closed one, a lone 》 is an arrow still.
    expect(withoutTitleArrows('柳岸县组织中小学生收看《开学第一课》')).toBe('柳岸县组织中小学生收看《开学第一课》');
    expect(withoutTitleArrows('读《论语》有感》')).toBe('读《论语》有感');
  });

  it('endsWithBracket: a closing round bracket, half- or full-width, is the last character', () => {
    expect(endsWithBracket('…新篇章。(下转第六版)')).toBe(true);
    expect(endsWithBracket('(赵 璐）')).toBe(true);
    expect(endsWithBracket('(赵 璐】')).toBe(false);
    expect(endsWithBracket('(赵 璐')).toBe(false);
    expect(endsWithBracket('')).toBe(false);
  });

  it('hasSentenceMark: a sentence-final mark anywhere', () => {
    for (const text of ['。雷 洁摄', '好!', '真的？', '…', '活动。居民说“好”']) expect(hasSentenceMark(text), text).toBe(true);
    for (const text of ['居民，', '他说“好”', '(赵 璐)', '']) expect(hasSentenceMark(text), text).toBe(false);
  });

  it('endsClause: a comma, a semicolon, an enumeration comma or a colon is the last character', () => {
    for (const text of ['困难群众;', '如下：', '居民，', '张三、', 'a,', '记者:', '居民；']) expect(endsClause(text), text).toBe(true);
    for (const text of ['城市记忆、工', '好。', '', '，居民']) expect(endsClause(text), text).toBe(false);
  });
});

describe('classOf: characters as the inside of a character class', () => {
  it('escapes the backslash, the closing bracket, the caret and the hyphen, and nothing else', () => {
    expect(classOf('a-z')).toBe('a\\-z');
    expect(classOf('^]\\')).toBe('\\^\\]\\\\');
    expect(classOf('。！[')).toBe('。！[');
    expect(new RegExp(`^[${classOf('^-]')}]$`).test('b')).toBe(false);
    expect(new RegExp(`^[${classOf('^-]')}]+$`).test(']-^')).toBe(true);
  });
});

describe('compilePatterns: the patterns made from a vocabulary', () => {
  // The default words as a new vocabulary, compiled inside each test: compilePatterns caches by vocabulary, so a mutation
  // run would trace compileVocabulary to the first test that asked (and switches its mutant on only once tests start).
  const defaults = () => compilePatterns({ ...DEFAULT_VOCABULARY });
  const code = (character: string) => character.charCodeAt(0);

  it('compiles a vocabulary once, and gives each vocabulary its own patterns', () => {
    const other: Vocabulary = { ...DEFAULT_VOCABULARY, roles: ['网格员'] };
    const first = compilePatterns(DEFAULT_VOCABULARY);
    const second = compilePatterns(other);
    expect(second).not.toBe(first);
    expect(second.rolePrefix.exec('网格员张三')?.[1]).toBe('网格员');
    expect(first.rolePrefix.exec('网格员张三')).toBeNull();
    expect(compilePatterns(DEFAULT_VOCABULARY)).toBe(first);
    expect(compilePatterns(other)).toBe(second);
  });

  it('prefers the longest word where one word starts another, whatever the vocabulary\'s order', () => {
    const vocabulary: Vocabulary = { organisationSuffixes: ['社区'], roles: ['特约', '特约记者'], creditVerbs: ['摄', '摄影'] };
    const compiled = compilePatterns(vocabulary);
    expect(compiled.rolePrefix.exec('特约记者张三')?.[1]).toBe('特约记者');
    expect('特约记者张三'.split(compiled.roleSplit)).toEqual(['', '特约记者', '张三']);
  });

  it('reads the vocabulary\'s words as text, not as regex syntax', () => {
    const vocabulary: Vocabulary = { organisationSuffixes: ['(分)站'], roles: ['记者.'], creditVerbs: ['摄+'] };
    const compiled = compilePatterns(vocabulary);
    expect(compiled.rolePrefix.exec('记者.张三')?.[1]).toBe('记者.');
    expect(compiled.rolePrefix.exec('记者甲张三')).toBeNull();
    expect(compiled.creditTail.exec('雷洁摄+')?.slice(1)).toEqual(['雷洁', '摄+']);
    expect(compiled.creditTail.exec('雷洁摄摄')).toBeNull();
    expect(isOrganisationWhole(compiled, '东湾(分)站')).toBe(true);
    expect(isOrganisationWhole(compiled, '东湾分站')).toBe(false);
  });

  it('organisation: one to eighteen name characters before a suffix, the whole text', () => {
    const patterns = defaults();
    for (const text of ['苏村社区', '赛鱼街道如意庄社区', '南楼小学', 'A3区', '城关（东）社区', '·社区']) expect(isOrganisationWhole(patterns, text), text).toBe(true);
    expect(isOrganisationWhole(patterns, `${'柳'.repeat(18)}社区`)).toBe(true);
    // `社区` is 社 before the suffix 区; a suffix alone is no name.
    for (const text of ['区', `${'柳'.repeat(19)}社区`, '苏村社区。', '苏村 社区', '苏村社区活动', '']) expect(isOrganisationWhole(patterns, text), text).toBe(false);
  });

  it('text suffixes: two characters or more, and 村, 镇, 乡, by their first code unit, longest first', () => {
    const patterns = defaults();
    expect(patterns.textSuffixesByFirst.get(code('社'))).toEqual(['社区']);
    expect(patterns.textSuffixesByFirst.get(code('中'))).toEqual(['中心幼儿园', '中心小学', '中心校', '中学', '中专', '中心']);
    expect(patterns.textSuffixesByFirst.get(code('村'))).toEqual(['村']);
    expect(patterns.textSuffixesByFirst.get(code('局'))).toBeUndefined();
    // 区 alone is a suffix in a header only; in running text, only a party's district committee (`区委会`) starts with it.
    expect(patterns.textSuffixesByFirst.get(code('区'))).toEqual(['区委会']);
    // SCAN_SUFFIX plus 1: a suffix of two or more characters starts with it; plus 2: it is a one-character suffix.
    expect(patterns.textScan[code('社')]).toBe(SCAN_SUFFIX + 1);
    expect(patterns.textScan[code('村')]).toBe(SCAN_SUFFIX + 2);
    expect(patterns.textScan[code('镇')]).toBe(SCAN_SUFFIX + 2);
    expect(patterns.textScan[code('乡')]).toBe(SCAN_SUFFIX + 2);
    expect(compilePatterns({ ...DEFAULT_VOCABULARY, organisationSuffixes: ['村', '村委会'] }).textScan[code('村')]).toBe(SCAN_SUFFIX + 3);
    // Else: a name's character (Han, a supplementary-plane half from U+20000's on), a low surrogate, or a break.
    expect(patterns.textScan[code('局')]).toBe(SCAN_NAME);
    expect(patterns.textScan[code('区')]).toBe(SCAN_SUFFIX + 1);
    expect(patterns.textScan[code('馆')]).toBe(SCAN_NAME);
    expect(patterns.textScan[0xd840]).toBe(SCAN_NAME);
    expect(patterns.textScan[0xdc00]).toBe(SCAN_LOW_SURROGATE);
    expect(patterns.textScan[0xdfff]).toBe(SCAN_LOW_SURROGATE);
    for (const other of [code('。'), code('a'), code('1'), code(' '), 0xd83d /* an emoji's high half */]) expect(patterns.textScan[other], String(other)).toBe(SCAN_BREAK);
    // The pair gate passes every suffix's first two code units (it may pass others that hash alike: suffixAt() decides).
    const pair = (first: string, second: string) => patterns.textSuffixPairGate[suffixPairGateIndex(code(first), code(second))] === 1;
    expect(pair('社', '区')).toBe(true);
    expect(pair('中', '心')).toBe(true);
    expect(pair('开', '展')).toBe(false);
    expect(pair('社', '心')).toBe(false);
    for (const suffix of DEFAULT_VOCABULARY.organisationSuffixes.filter((s) => s.length >= 2)) expect(pair(suffix[0]!, suffix[1]!), suffix).toBe(true);
  });

  it('the scan table says of every code unit what the suffixes and the Han ranges say', () => {
    const patterns = defaults();
    const suffixes = DEFAULT_VOCABULARY.organisationSuffixes.filter((s) => s.length >= 2 || s === '村' || s === '镇' || s === '乡');
    for (let unit = 0; unit < 0x10000; unit++) {
      const starts = suffixes.reduce((bits, suffix) => (suffix.charCodeAt(0) === unit ? bits | (suffix.length === 1 ? 2 : 1) : bits), 0);
      const nameUnit = isHanCodePoint(unit) || (unit >= 0xd840 && unit <= 0xdfff);
      const expected = starts > 0 ? SCAN_SUFFIX + starts : unit >= 0xdc00 && unit <= 0xdfff ? SCAN_LOW_SURROGATE : nameUnit ? SCAN_NAME : SCAN_BREAK;
      if (patterns.textScan[unit] !== expected) expect(patterns.textScan[unit], unit.toString(16)).toBe(expected);
    }
  });

  it('organisationEnds: the last code unit of every suffix, one character or more', () => {
    const patterns = defaults();
    for (const last of ['区', '道', '处', '村', '局', '中', '院', '校', '市', '社']) expect(patterns.organisationEnds[code(last)], last).toBe(1);
    for (const other of ['路', '街', '新', '。']) expect(patterns.organisationEnds[code(other)], other).toBe(0);
  });

  it('the role patterns: a role opening a token, anywhere, and as the places to cut a run-together byline', () => {
    const patterns = defaults();
    expect(patterns.rolePrefix.exec('记者张三')?.[1]).toBe('记者');
    expect(patterns.rolePrefix.exec('本报特约记者王五')?.[1]).toBe('本报特约记者');
    // `小记者站`, `记者团`, `记者节`, `记者证` name a body, a day or a card, not a role.
    for (const text of ['小记者站', '记者团', '记者节', '记者证', '张三记者']) expect(patterns.rolePrefix.exec(text), text).toBeNull();
    expect(patterns.roleAnywhere.test('东坡小学通讯员')).toBe(true);
    expect(patterns.roleAnywhere.test('东坡小学')).toBe(false);
    expect('全媒体记者张三通讯员李四'.split(patterns.roleSplit)).toEqual(['', '全媒体记者', '张三', '通讯员', '李四']);
    expect('小记者站林小雨'.split(patterns.roleSplit)).toEqual(['小记者站林小雨']);
  });

  it('the credit patterns: a verb closing a line, and a credit glued after a sentence', () => {
    const patterns = defaults();
    expect(patterns.creditTail.exec('雷 洁摄')?.slice(1)).toEqual(['雷 洁', '摄']);
    expect(patterns.creditTail.exec('贺兰舟 摄影报道')?.slice(1)).toEqual(['贺兰舟', '摄影报道']);
    expect(patterns.creditTail.exec('本报通讯员撰')?.slice(1)).toEqual(['本报通讯员', '撰']);
    expect(patterns.creditTail.exec('摄')).toBeNull();
    expect(patterns.creditTail.exec(`${'张'.repeat(61)}摄`)).toBeNull();
    expect(patterns.creditGlued.exec('…互融互动。雷 洁摄')?.slice(1)).toEqual(['', '雷 洁', '摄']);
    expect(patterns.creditGlued.exec('…互融互动。” 贺兰舟摄影')?.slice(1)).toEqual([' ', '贺兰舟', '摄影']);
    // Not after a sentence, or a clause mark inside: no glued credit.
    expect(patterns.creditGlued.exec('…互融互动,雷洁摄')).toBeNull();
    expect(patterns.creditGlued.exec('…互融互动。居民说:好摄')).toBeNull();
  });

  it('the byline patterns glued to the last sentence: in brackets, or led by a role', () => {
    const patterns = defaults();
    expect(patterns.bylineTail.exec('…更高效。” (赵 璐)')?.slice(1)).toEqual([' ', '赵 璐']);
    expect(patterns.bylineTail.exec('…服务。】（本报通讯员）')?.slice(1)).toEqual(['', '本报通讯员']);
    expect(patterns.bylineTail.exec('…更高效(赵 璐)')).toBeNull();
    expect(patterns.bylineGlued.exec('…服务。记者 王五')?.slice(1)).toEqual(['', '记者 王五']);
    expect(patterns.bylineGlued.exec('…服务！ 通讯员李四 张三')?.slice(1)).toEqual([' ', '通讯员李四 张三']);
    expect(patterns.bylineGlued.exec('…服务。记者说,好')).toBeNull();
    expect(patterns.bylineGlued.exec('…服务,记者 王五')).toBeNull();
  });

  it('leadByline: names without a role only before `报道:`; a name alone after a lead is the text', () => {
    const patterns = defaults();
    patterns.leadByline.lastIndex = 3;
    expect(patterns.leadByline.exec('本网讯 林小雨报道: 为做好征集工作,…')?.[1]).toBe('林小雨');
    patterns.leadByline.lastIndex = 3;
    expect(patterns.leadByline.exec('本网讯 林小雨、周宁报道:为做好征集工作,…')?.[1]).toBe('林小雨、周宁');
    patterns.leadByline.lastIndex = 3;
    expect(patterns.leadByline.exec('本网讯 柳岸镇 近日组织志愿者…')).toBeNull();
  });

  it('leadByline: the names after a lead, read from where the lead ends, up to the space before the text', () => {
    const patterns = defaults();
    const text = '江城网讯 通讯员谭越 贺岚 秋高气爽,…';
    patterns.leadByline.lastIndex = 4;
    expect(patterns.leadByline.exec(text)?.[1]).toBe('通讯员谭越 贺岚');
    patterns.leadByline.lastIndex = 4;
    expect(patterns.leadByline.exec('江城网讯 记者 吴 敏 通讯员 张三 近日,…')?.[1]).toBe('记者 吴 敏 通讯员 张三');
    // Sticky: not further on in the line.
    patterns.leadByline.lastIndex = 0;
    expect(patterns.leadByline.exec(text)).toBeNull();
    // No space after the names: no byline.
    patterns.leadByline.lastIndex = 4;
    expect(patterns.leadByline.exec('江城网讯 通讯员谭越')).toBeNull();
    // `报道` ends the names before a space as before its colon; a second role names more.
    patterns.leadByline.lastIndex = 3;
    const reported = patterns.leadByline.exec('本报讯 通讯员葛明远 记者林小雨报道 东湾区柳岸街道近日…');
    expect([reported?.[1], patterns.leadByline.lastIndex]).toEqual(['通讯员葛明远 记者林小雨', 18]);
    // `报道` glued to the text is no end: the names stop at the space before it.
    patterns.leadByline.lastIndex = 3;
    expect(patterns.leadByline.exec('本报讯 通讯员葛明远 记者林小雨报道了柳岸街道的变化…')?.[1]).toBe('通讯员葛明远');
  });

  it('counts the limits of names and notes in characters, not in UTF-16 code units (`𠀀` is one character, two units)', () => {
    const patterns = defaults();
    expect(patterns.creditTail.exec(`𠀀${'张'.repeat(39)}摄`)?.[1]).toBe(`𠀀${'张'.repeat(39)}`);
    expect(patterns.creditGlued.exec(`…活动。${'张'.repeat(23)}𠀀摄`)?.[2]).toBe(`${'张'.repeat(23)}𠀀`);
    expect(patterns.bylineTail.exec(`…活动。(${'张'.repeat(59)}𠀀)`)?.[2]).toBe(`${'张'.repeat(59)}𠀀`);
    expect(patterns.bylineGlued.exec(`…活动。记者${'张'.repeat(23)}𠀀`)?.[2]).toBe(`记者${'张'.repeat(23)}𠀀`);
    expect(patterns.continuationTail.exec(`…活动。(下转${'第'.repeat(11)}𠀀)`)?.[0]).toBe(`(下转${'第'.repeat(11)}𠀀)`);
  });

  it('compiles a vocabulary holding an empty word (one not made by extendVocabulary), which ends no name', () => {
    const compiled = compilePatterns({ ...DEFAULT_VOCABULARY, organisationSuffixes: ['', '社区'] });
    expect(isOrganisationWhole(compiled, '苏村社区')).toBe(true);
    expect(isOrganisationWhole(compiled, '苏村')).toBe(false);
  });

  it('continuationTail: a continuation marker glued to the last paragraph', () => {
    const patterns = defaults();
    expect(patterns.continuationTail.exec('…新篇章。(下转第六版)')?.[0]).toBe('(下转第六版)');
    expect(patterns.continuationTail.exec('…新篇章。 （转A3版）')?.[0]).toBe(' （转A3版）');
    expect(patterns.continuationTail.exec('…新篇章。(转第2版)')?.[0]).toBe('(转第2版)');
    expect(patterns.continuationTail.exec('…新篇章。(上接第一版)')).toBeNull();
    expect(patterns.continuationTail.exec('…新篇章。(下转第六版)。')).toBeNull();
  });
});

describe("isReaderQuestion: a reader column's question, which opens the next pair", () => {
  it.each(['市民(匿名)反映:', '市民陈女士反映:', '合肥市民何先生致电本报反映:小区里的路灯坏了。', '网友“清风”留言:', '读者刘先生来信:', '市民周先生咨询：'])('%s', (text) => {
    expect(isReaderQuestion(text)).toBe(true);
  });
  it.each([
    ['no colon: a paragraph that reports what a reader said', '市民李女士反映,楼道灯已经修好了。'],
    ['an answer, not a question', '市城投公司答复:'],
    ['a resident quoted in a brief', '社区居民王阿姨说:'],
    ['the verb too far from the start', '市民李女士和她的邻居们这几天一直在反映:'],
    ['市民 inside a word', '城市民生服务中心反映:'],
  ])('not %s: %s', (_why, text) => {
    expect(isReaderQuestion(text)).toBe(false);
  });
});

describe('isSpeakerLabel: a short paragraph ending in a colon names who speaks', () => {
  it.each(['市民王先生咨询:', '市城投公司答复：', '问:', '60多岁老党员吴化平:'])('%s', (text) => {
    expect(isSpeakerLabel(text)).toBe(true);
  });
  it.each([
    ['a long line stopped at a colon by a column break', '近日,东山社区组织志愿者走进辖区小区,为老人们送去了米面油等生活物资,社区书记说:'],
    ['a line without the colon', '市城投公司答复'],
    ['a colon inside', '问:社区怎么办'],
  ])('not %s: %s', (_why, text) => {
    expect(isSpeakerLabel(text)).toBe(false);
  });
});

describe("isContactLine: a paper's contact line, with an address or a number", () => {
  it.each(['邮箱:czb@126.com', '本版投稿邮箱:yqrbsq@163.com', '联系电话:0311-88629426', '新闻热线：12345678', 'QQ群号:373988824', '网易微博:sqfw@163.com', '邮箱:[email protected]'])('%s', (text) => {
    expect(isContactLine(text)).toBe(true);
  });
  it.each([
    ['no number or address after the colon', '电话:请拨打社区服务站'],
    ['a number in a sentence', '社区开通服务热线,已接听电话12345次。'],
    ['too long for a line of a box', `联系电话:0311-88629426,${'地址在社区服务中心二楼东侧的办公室,工作日上午九点到下午五点都有工作人员值班,欢迎居民来电咨询'}`],
  ])('not %s: %s', (_why, text) => {
    expect(isContactLine(text)).toBe(false);
  });
  it("a site's call for news in brackets below the text, its fields run together, longer than a box's line", () => {
    expect(isContactLine('(江城网东湖新闻热线:0000-12345678,投稿邮箱jcw@126.com。江城网“办事帮”电话:180 0000 0000)')).toBe(true);
    expect(isContactLine('(社区开通服务热线后,已接听电话12345次。)')).toBe(false);
  });
  it('a mobile number spaced in groups is a number too: `采访热线:138 0000 1234`', () => {
    expect(isContactLine('采访热线:138 0000 1234')).toBe(true);
    expect(isContactLine('采访热线:请留言')).toBe(false);
  });
});

describe("isFieldLabel: a web copy's field name alone on its line, its value on the next", () => {
  // (A counter's name whose figure a script fills in, and the category, left empty in the copy: 2081, 2094, in our words.)
  it.each(['来源', '作者:', '编辑', '审校', '签发时间:', '发布时间：', '作 者:', '来 源', '发布单位:', '浏览量', '阅读数:', '分类:', '分 类'])('%s', (text) => {
    expect(isFieldLabel(text)).toBe(true);
  });
  it.each([
    ['the value on the same line', '来源:东湖街道办事处'],
    ['a word that opens with a field name', '来源于生活'],
    ['a field spaced out with its value', '作 者:林帆'],
    ['a category with its value', '分类:社区新闻'],
    ['a counter with its figure', '浏览量:25'],
  ])('not %s: %s', (_why, text) => {
    expect(isFieldLabel(text)).toBe(false);
  });
});

describe("an e-paper reader's lists: a page's number alone, the titles' heading, the day, page and buttons on one line", () => {
  it('a page of the list of pages is its number and 版 alone; its name is on the next line', () => {
    expect(isPageListEntry('01版')).toBe(true);
    expect(isPageListEntry('12版')).toBe(true);
    expect(isPageListEntry('01版 要闻')).toBe(false);
    expect(isPageListEntry('版')).toBe(false);
    expect(isPageListEntry('第01版')).toBe(false);
  });

  it('below 版面导航, a page of the list may be printed with 第 and a letter: `第A01版`, its number alone', () => {
    expect(isBarePageLine('第A01版')).toBe(true);
    expect(isBarePageLine('B2版')).toBe(true);
    expect(isBarePageLine('第03版')).toBe(true);
    expect(isBarePageLine('第A01版:头版')).toBe(false);
    expect(isBarePageLine('第AB01版')).toBe(false);
    expect(isBarePageLine('第A0001版')).toBe(false);
  });

  it('the heading of the titles is 标题导航 or 本版新闻列表 alone, of the pages 版面导航', () => {
    expect(isContentsHeading('标题导航')).toBe(true);
    expect(isContentsHeading('本版新闻列表')).toBe(true);
    expect(isContentsHeading('版面导航')).toBe(true);
    expect(isContentsHeading('版面导航 标题导航')).toBe(false);
    expect(isContentsHeading('标题导航 上一版')).toBe(false);
    expect(isContentsHeading('新闻列表')).toBe(false);
  });

  it('a line of the day, perhaps the page, then buttons only', () => {
    expect(isDatedButtonRow('2024年3月8日 第03版 放大 缩小 默认')).toBe(true);
    expect(isDatedButtonRow('2024年3月8日 星期五 放大 缩小 默认')).toBe(true);
    expect(isDatedButtonRow('2024年3月8日 放大 缩小')).toBe(true);
    // The day alone, or the day and words that are not buttons, are other lines (a web copy's date, a dateline).
    expect(isDatedButtonRow('2024年3月8日 第03版')).toBe(false);
    expect(isDatedButtonRow('2024年3月8日 柳岸社区放大招')).toBe(false);
    expect(isDatedButtonRow('放大 缩小 默认')).toBe(false);
  });

  it("a path printed a crumb a line, or a column's name printed twice over: the column", () => {
    expect(columnOfCrumbLines(['1. 首页', '2. 社区动态', '3. 正文'])).toBe('社区动态');
    expect(columnOfCrumbLines(['- 主页 /', '- 志愿服务 /', '- 志愿服务'])).toBe('志愿服务');
    // (The copy's title as the path's last crumb is no column.)
    expect(columnOfCrumbLines(['江城网', '• 乡镇动态', '• 柳岸镇开展防汛应急演练活动'])).toBe('乡镇动态');
    expect(columnOfCrumbLines(['校园生活', '校园生活', '青年志愿者走进敬老院开展义诊活动'])).toBe('校园生活');
    // One listed line is no path; a list of the copy's points is no path either (no crumb a column's length).
    expect(columnOfCrumbLines(['• 乡镇动态', '柳岸镇开展防汛应急演练活动'])).toBe(null);
    expect(columnOfCrumbLines(['1. 志愿者为老人量血压、测血糖', '2. 志愿者为居民讲解防诈骗知识'])).toBe(null);
    // A picture's label printed twice among labels, below a longer one, is no column.
    expect(columnOfCrumbLines(['开场舞', '志愿者为老人们表演了精彩的节目', '精彩节目', '精彩节目'])).toBe(null);
    expect(columnOfCrumbLines(['社区动态', '乡镇动态'])).toBe(null);
  });

  it("a web page's breadcrumb: where the copy stands, or the path from the site's home", () => {
    expect(isBreadcrumb('您的位置:首页 >> 新闻中心 >> 社区动态')).toBe(true);
    // Slashes after the label, without its colon.
    expect(breadcrumbColumn('当前位置/ 首页/ 协会之窗/项目园地/生殖健康/ 正文')).toBe('生殖健康');
    // A site's greeting before the label.
    expect(isBreadcrumb('您好,您当前所在的位置:首页 > 院系动态')).toBe(true);
    expect(isBreadcrumb('您好,欢迎来到柳岸社区')).toBe(false);
    // The label alone, its path lost with the page's links: no column.
    expect(isBreadcrumb('当前位置')).toBe(true);
    expect(breadcrumbColumn('当前位置')).toBe(null);
    // Without a colon, the home page's crumb after spaces and an arrow after it: the path still.
    expect(breadcrumbColumn('您的位置  首页 >> 工作动态 >>列表')).toBe('工作动态');
    expect(breadcrumbColumn('您的位置 首页的新闻')).toBe(null);
    // A year's folder below the column is the column's archive (2180, in our words).
    expect(breadcrumbColumn('您现在所在的位置:首页 >走访调研 >2021年')).toBe('走访调研');
    // The label 位置 alone, an arrow's path after its colon; without the path, a field.
    expect(breadcrumbColumn('位置: 江城网 > 江城社区 > 正文')).toBe('江城社区');
    expect(isBreadcrumb('位置:东湖社区')).toBe(false);
    // The copy's date field glued before the label.
    expect(breadcrumbColumn('创建时间:2019-04-01当前位置: 首页 >> 服务动态 >> 项目服务')).toBe('项目服务');
    // After the last crumb's words, the copy's word or a page's button: `正文 分享` is the copy's crumb, `即时报 正文` the column's.
    expect(breadcrumbColumn('当前位置:科教在线 > 校园看点 > 正文 分享')).toBe('校园看点');
    expect(breadcrumbColumn('您当前的位置 :江城在线 > 环保频道 > 即时报 正文')).toBe('即时报');
    expect(breadcrumbColumn('您现在的位置:首页 > 慈善资讯 > 志愿服务 > 详细')).toBe('志愿服务');
    expect(isBreadcrumb('当前位置很重要')).toBe(false);
    expect(isBreadcrumb('当前位置：首页 > 社区动态')).toBe(true);
    expect(isBreadcrumb('首页 » 要闻')).toBe(true);
    expect(isBreadcrumb('首页>社区>正文')).toBe(true);
    // A path from the site's or the e-paper's own name, two steps at least.
    expect(isBreadcrumb('江城新闻网 > 临河频道 >  乡镇快讯')).toBe(true);
    expect(isBreadcrumb('江城日报数字报 > 2025-02-13 >A03')).toBe(true);
    // (Or one step, the arrow set apart by spaces: 645, 2093.)
    expect(isBreadcrumb('江城网 > 社区')).toBe(true);
    expect(isBreadcrumb('江城网>社区')).toBe(false);
    expect(isBreadcrumb('我们把孩子送到学校>然后>回家')).toBe(false);
    // Words of a text: the home page spoken of, a place in a sentence.
    expect(isBreadcrumb('首页是居民们常看的页面。')).toBe(false);
    expect(isBreadcrumb('他的位置:在社区服务中心')).toBe(false);
    // `我的位置:` ("where I am") is a site's label for it too.
    expect(isBreadcrumb('我的位置: 图片 > 街巷见闻 > 文章详情')).toBe(true);
    // `您的当前位置:` (your current place), as a county paper's site prints it; not `您的当前任务`.
    expect(isBreadcrumb('您的当前位置:主页 > 县区新闻 > 东湾区')).toBe(true);
    expect(isBreadcrumb('您的当前位置：主页')).toBe(true);
    expect(isBreadcrumb('您的当前任务:整理主页')).toBe(false);
  });

  it('an arrow drawn with a longer shaft (`-->`) parts two crumbs as `->` does', () => {
    expect(breadcrumbColumn('您当前的位置 : 江城市侨联   ->   侨联动态   ->   县级侨联 -->正文')).toBe('县级侨联');
  });

  it('a letter-spaced line of three to eight Han characters is a head so printed; a font\'s size buttons are not', () => {
    for (const line of ['今 日 上 虞', '社\u3000区\u3000新\u3000闻', '乡 村 振 兴 在 行 动']) expect(isLetterSpaced(line), line).toBe(true);
    for (const line of ['大 中 小', '默认 大 中 小', '今日 上虞', '今 日', 'A B C D']) expect(isLetterSpaced(line), line).toBe(false);
  });

  it("a template's word for the copy's page (`浏览文章`) names the copy, not a column: the crumb before it does", () => {
    expect(breadcrumbColumn('您所在的位置:江城传媒网 >> 新闻 >> 各县动态 >> 浏览文章')).toBe('各县动态');
    expect(breadcrumbColumn('当前位置:首页 > 社区新闻 > 查看文章')).toBe('社区新闻');
  });

  it('a site, its channels and the copy parted by dashes between spaces: the last channel is the column', () => {
    expect(isBreadcrumb('江城考试网 - 公务员考试 - 面试辅导 - 时政热点 - 正文')).toBe(true);
    expect(breadcrumbColumn('江城考试网 - 公务员考试 - 面试辅导 - 时政热点 - 正文')).toBe('时政热点');
    expect(breadcrumbColumn('江城网 - 社区新闻 - 详情')).toBe('社区新闻');
    // (The site and the copy alone name no column; nor does a path that does not end at the copy.)
    expect(breadcrumbColumn('江城日报 - 详情')).toBeNull();
    expect(isBreadcrumb('江城网 - 社区新闻 - 柳岸社区')).toBe(false);
  });

  it('a site and its channel, then the copy itself after a dot (`XX网YY新闻·正文`): a path naming no column', () => {
    expect(isBreadcrumb('江城新闻网社区频道·正文')).toBe(true);
    expect(isBreadcrumb('江城日报 - 详情')).toBe(true);
    expect(breadcrumbColumn('江城新闻网社区频道·正文')).toBeNull();
    // (A line that ends in 正文 without a site before it is no path.)
    expect(isBreadcrumb('请阅读正文')).toBe(false);
    expect(isBreadcrumb('我们在网上发布了通知,请看正文')).toBe(false);
  });

  it("a template's mark may open it: `§当前位置:`, `■您的位置:`", () => {
    expect(isBreadcrumb('§当前位置: 江城首页>新闻频道>乡镇')).toBe(true);
    expect(breadcrumbColumn('§当前位置: 江城首页>新闻频道>乡镇')).toBe('乡镇');
    expect(isBreadcrumb('■您的位置:首页 > 社区动态')).toBe(true);
  });

  it('a home page padded to a wider crumb is the home page, and `正文内容` the copy itself', () => {
    expect(breadcrumbColumn('首 页>共青团江城市委>新闻中心>少先队活动 > 正文内容')).toBe('少先队活动');
    expect(breadcrumbColumn('首 页 > 乡镇动态')).toBe('乡镇动态');
    expect(breadcrumbColumn('首 页')).toBeNull();
  });

  it('a path from the home page to the copy itself is a breadcrumb whatever parts its crumbs, and names the crumb before the copy', () => {
    expect(breadcrumbColumn('首页社区头条 • 正文')).toBe('社区头条');
    expect(breadcrumbColumn('首页 · 要闻 · 详情')).toBe('要闻');
    expect(breadcrumbColumn('首页 - 院部动态 - 正文')).toBe('院部动态');
    // The copy's crumb as `文章页`, or with the column's name printed again glued after it.
    expect(breadcrumbColumn('您现在的位置:首页 > 乡镇动态 > > 文章页')).toBe('乡镇动态');
    expect(breadcrumbColumn('您当前的位置 : 江城新闻网  ->  乡镇  ->  柳岸镇  -> 正文柳岸镇')).toBe('柳岸镇');
    // The column's list page after it is no column either.
    expect(breadcrumbColumn('您当前的位置 : 江城网 -> 频道中心 -> 快讯 -> 列表')).toBe('快讯');
    expect(breadcrumbColumn('首页>>校园动态>>新闻列表')).toBe('校园动态');
    // A path of channels without the home page or the copy, its arrows between spaces: the last crumb is the column.
    expect(breadcrumbColumn('新闻中心 > 江城网国内 > 地方新闻')).toBe('地方新闻');
    expect(breadcrumbColumn('新闻频道 > 专栏 > 新春走基层')).toBe('新春走基层');
    // (Two crumbs, or arrows without spaces, may be a headline's: no path.)
    expect(isBreadcrumb('社区新闻 > 邻里节')).toBe(false);
    expect(isBreadcrumb('柳岸社区>青石社区>东湖社区')).toBe(false);
    // Nor the page that reads the copy (`内容阅读`, `正文阅读`).
    expect(breadcrumbColumn('当前位置:江城农业网 >> 资讯 >> 农机动态 >> 内容阅读')).toBe('农机动态');
    // An e-paper's page whose words the template printed twice still names its column after the colon.
    expect(breadcrumbColumn('当前位置:江城日报 第2012-03-05期 第第05版版:城乡新闻')).toBe('城乡新闻');
    // A path to the copy without the home page: its first crumb a site's section.
    expect(breadcrumbColumn('兵团专栏 > 52团 > 团务动态 > 正文')).toBe('团务动态');
    expect(isBreadcrumb('新闻中心 > 社区动态 > 正文')).toBe(true);
    expect(isBreadcrumb('青石村 > 柳岸村')).toBe(false);
    expect(isBreadcrumb('首页 正文')).toBe(true);
    expect(breadcrumbColumn('首页 正文')).toBe(null);
    // A sentence about the home page and the text is none.
    expect(isBreadcrumb('首页发布的正文')).toBe(false);
    expect(isBreadcrumb('首页上刊登了这篇正文。')).toBe(false);
  });

  it("a breadcrumb's last crumb is the column the copy is filed under, unless it is the home page or the site; a crumb naming the copy gives the one before it", () => {
    expect(breadcrumbColumn('您的位置:首页 >> 新闻中心 >> 社区动态')).toBe('社区动态');
    expect(breadcrumbColumn('当前位置：首页 > 江城新闻网 > 乡镇快讯 > ')).toBe('乡镇快讯');
    expect(breadcrumbColumn('首页 » 要闻')).toBe('要闻');
    // After its label, a path without arrows is parted by spaces.
    expect(breadcrumbColumn('当前位置: 首页 新闻动态 校园快讯 正文')).toBe('校园快讯');
    expect(breadcrumbColumn('您的位置：首页  社区动态')).toBe('社区动态');
    // With arrows, a crumb may hold a space.
    expect(breadcrumbColumn('当前位置：首页 > 社区 动态')).toBe('社区 动态');
    // The arrow typed in ASCII, `->`: its dash is no part of the crumb.
    expect(breadcrumbColumn('您当前的位置 : 江城新闻网   ->   新闻   ->   乡镇动态   ->  正文')).toBe('乡镇动态');
    expect(breadcrumbColumn('当前位置：社区动态')).toBe('社区动态');
    // (An e-paper's path to the page, its issue, then the page and the column and a button: 1840, in our words.)
    expect(breadcrumbColumn('当前位置:江城晚报  >> 第1513期 >> A06版 社区新闻 返回')).toBe('社区新闻');
    for (const line of ['当前位置：首页', '当前位置：首页 > 江城新闻网', '您的位置:首页 >> 详情']) expect(breadcrumbColumn(line)).toBeNull();
    // The copy itself (`正文`, `文章详情`) is filed under the crumb before it (as pages 342 and 361 are annotated).
    expect(breadcrumbColumn('首页>社区>正文')).toBe('社区');
    expect(breadcrumbColumn('我的位置: 图片 > 街巷见闻 > 文章详情')).toBe('街巷见闻');
    expect(breadcrumbColumn('您当前的位置: 江城县政府> 政务要闻> 乡镇动态> 正文详情')).toBe('乡镇动态');
    expect(breadcrumbColumn('当前位置:首页 >> 资讯 >> 文章详情')).toBe('资讯');
    // Twelve characters at most: longer, the crumb is the copy's title.
    expect(breadcrumbColumn(`首页 > ${'柳'.repeat(12)}`)).toBe('柳'.repeat(12));
    expect(breadcrumbColumn(`首页 > ${'柳'.repeat(13)}`)).toBeNull();
    // The copy's title as the last crumb, longer than a column's name or a title's phrases or quotes: the column before it.
    expect(breadcrumbColumn('您的位置:江城社区网 > 新闻 > 市州 > 柳岸“红马甲”点亮楼道里的路灯')).toBe('市州');
    expect(breadcrumbColumn('首页> 江城新闻 > 携手共建 让村庄更美')).toBe('江城新闻');
    // No breadcrumb, no column.
    expect(breadcrumbColumn('社区动态 > 要闻')).toBeNull();
    // Where you are, said the ways sites say it, and after the site's own name.
    expect(breadcrumbColumn('您现在的位置:首页 > 政务公开 > 公示公告')).toBe('公示公告');
    expect(breadcrumbColumn('您当前的位置 :江城新闻网>>新闻中心>>乡区之声')).toBe('乡区之声');
    expect(breadcrumbColumn('江城文明网 >  您当前的位置 : 精神建设  >  工作传真  >  区县系统  >  柳岸')).toBe('柳岸');
    expect(breadcrumbColumn('当前的位置:首页 > 社区动态')).toBe('社区动态');
    // (With 是 after 位置, as with 为: `您现在的位置是:`, 2020 in our words; the held-out 2037 and 2163 print it too.)
    expect(breadcrumbColumn('您现在的位置是:首页 > 学生组织 > 化学学院团委开展“学雷锋”志愿服务活动')).toBe('学生组织');
    expect(breadcrumbColumn('您的位置是:首页 > 社区动态')).toBe('社区动态');
    // (Or its path's separators lost, the home page glued to the one column after it: 2004, in our words.)
    expect(breadcrumbColumn('当前位置首页社区动态')).toBe('社区动态');
    expect(breadcrumbColumn('当前位置首页')).toBeNull();
    // (Or 目前, "at present", for 当前: `您目前的位置:`, 2195 in our words.)
    expect(breadcrumbColumn('您目前的位置: 首页» 结对帮扶» 我校组织结对学校学生开展冬令营联谊活动')).toBe('结对帮扶');
    // Spaces after the last crumb are no part of it; a path with no crumb names nothing.
    expect(breadcrumbColumn('当前位置：首页 > 社区动态  ')).toBe('社区动态');
    // From the site's own name; an e-paper's day and page are no column's name.
    expect(breadcrumbColumn('江城新闻网 > 临河频道 >  乡镇快讯')).toBe('乡镇快讯');
    expect(breadcrumbColumn('江城日报数字报 > 2025-02-13 >A03')).toBeNull();
    expect(breadcrumbColumn('首页 > 2025-02-13')).toBeNull();
    expect(breadcrumbColumn('当前位置：')).toBeNull();
    // A site's name and one step, the arrow set apart by spaces: the step is the column (645, 2093).
    expect(breadcrumbColumn('江城文明网 > 社区动态')).toBe('社区动态');
  });

  it('a page line may be the page number and 版 with a colon, the reader\'s buttons after the name', () => {
    expect(PAGE_LINE.exec('03版:社区 上一版2  4下一版')?.[4]).toBe('社区 上一版2  4下一版');
    expect(PAGE_LINE.exec('03版社区')).toBeNull();
    // A content system may pad the page's code to four figures.
    expect(PAGE_LINE.test('a0008版:新闻播报')).toBe(true);
    expect(PAGE_LINE.test('a0008:新闻播报')).toBe(false);
  });

  it("a paper's name and its e-paper's word is the reader's line, no title: `江城日报 数字报纸`", () => {
    expect(WEB_META.test('江城日报 数字报纸')).toBe(true);
    expect(WEB_META.test('江城日报数字报纸上线')).toBe(false);
  });

  it("a rating box's heading and its scores are buttons: `文章评分` / `1分 2分 3分 4分 5分`", () => {
    for (const line of ['文章评分', '1分 2分 3分 4分 5分', '文章评论']) expect(WEB_BUTTONS.test(line), line).toBe(true);
    expect(WEB_BUTTONS.test('得了5分')).toBe(false);
  });

  it("a platform's badge for a copy of its own, `原创`, alone or beside the buttons (2094, in our words)", () => {
    for (const line of ['原创', '原创 分享']) expect(WEB_BUTTONS.test(line), line).toBe(true);
    expect(WEB_BUTTONS.test('原创作品展')).toBe(false);
  });
});

describe('the length limits in front of the patterns, at their edges', () => {
  // Each limit is the longest (or shortest) text its pattern can take: one character less would refuse that text.
  it('isCouplet: halves of four and of eight characters, nine and seventeen in all; wider apart, longer', () => {
    expect(isCouplet('书声琅琅 学子归来')).toBe(true);
    expect(isCouplet('校园书声朗朗响起 秋日学子纷纷归来')).toBe(true);
    expect(isCouplet('书声琅 学子来')).toBe(false);
    // Two spaces between halves of eight (eighteen characters) part them as one does, as they do halves of four.
    expect(isCouplet('校园书声朗朗响起  秋日学子纷纷归来')).toBe(true);
    expect(isCouplet('校园书声朗朗响起\u3000\u3000秋日学子纷纷归来')).toBe(true);
    expect(isCouplet('书声琅琅  学子归来')).toBe(true);
  });

  it('isPictureFile: a name of forty characters, white space inside only with a copy\'s number; longer, none at all', () => {
    expect(isPictureFile(`${'a'.repeat(40)}.jpeg`)).toBe(true);
    expect(isPictureFile(`${'a'.repeat(40)} (2).jpeg`)).toBe(true);
    expect(isPictureFile(`${'a'.repeat(40)} 2.jpeg`)).toBe(false);
    expect(isPictureFile(`${'a'.repeat(41)}.jpeg`)).toBe(true);
    expect(isPictureFile(`${'a'.repeat(41)} (2).jpeg`)).toBe(false);
  });

  it('isPageNumber and isPageListEntry: a page of three digits', () => {
    expect(isPageNumber('104')).toBe(true);
    expect(isPageNumber('1040')).toBe(false);
    expect(isPageListEntry('104版')).toBe(true);
  });

  it('isDatedButtonRow: sixty characters at most', () => {
    const row = `2013年5月29日 第07版${' 放大'.repeat(15)}`;
    expect(row.length).toBe(60);
    expect(isDatedButtonRow(row)).toBe(true);
    expect(isDatedButtonRow(`${row}|`)).toBe(false);
  });

  it('isContactLine: sixty characters at most', () => {
    const line = `邮箱:${'a'.repeat(46)}@example.cn`;
    expect(line.length).toBe(60);
    expect(isContactLine(line)).toBe(true);
    expect(isContactLine(`邮箱:${'a'.repeat(47)}@example.cn`)).toBe(false);
  });

  it("isBreadcrumb: eighty characters at most; a longer line that opens so is text, not a site's path", () => {
    const crumb = `当前位置：首页 > 社区动态 > ${'柳'.repeat(63)}`;
    expect(crumb.length).toBe(80);
    expect(isBreadcrumb(crumb)).toBe(true);
    expect(isBreadcrumb(`${crumb}柳`)).toBe(false);
  });

  it('isSpeakerLabel: twenty characters at most, the colon counted', () => {
    expect(isSpeakerLabel('柳岸社区居委会值班的工作人员李女士答复：')).toBe(true);
    expect(isSpeakerLabel('柳岸社区居委会值班的工作人员李女士来答复：')).toBe(false);
  });
});

describe("a web copy's slashed roles and its column's tag", () => {
  it('`文/X` names the writer; `图/X`, `摄影/X` and a bare role do not', () => {
    for (const text of ['文/记者 孔越', '文:孔越', '文 / 孔越', '撰文:记者 孔越', '文字/孔越', '撰稿:孔越、林小雨']) expect(WRITTEN_BY.test(text), text).toBe(true);
    for (const text of ['图/孔越', '摄影/记者 周宁', '记者 孔越', '文化站 孔越']) expect(WRITTEN_BY.test(text), text).toBe(false);
  });

  it('`编辑/X` is an editor line as `编辑:X` is', () => {
    for (const text of ['编辑/林小雨', '编辑／林小雨', '责任编辑/林小雨', '编辑:林小雨']) expect(EDITOR_LINE.test(text), text).toBe(true);
    expect(EDITOR_LINE.test('编辑部/林小雨')).toBe(false);
  });

  it('proofreading and review at one step name an editor: `初校初审:X`, `终校终审:X`', () => {
    for (const text of ['初校初审:林小雨', '复校复审:周宁', '终校终审:孔越']) expect(EDITOR_LINE.test(text), text).toBe(true);
  });

  it("a content system's hash of the copy is the copy's line: `Hash:9f00…`", () => {
    expect(WEB_META.test('Hash:0a1b2c3d4e5f60718293a4b5c6d7e8f9')).toBe(true);
    expect(WEB_META.test('Hash:柳岸社区')).toBe(false);
  });

  it('a web editor named by the medium is an editor line: `网络编辑:X`, `新媒体编辑:X`; so is the duty chief editor', () => {
    for (const text of ['网络编辑:林小雨', '网站编辑：周宁', '新媒体编辑:孔越', '值班主编 周宁', '整理编辑:宣传部', '版面编辑:孔越']) expect(EDITOR_LINE.test(text), text).toBe(true);
  });

  it("the article's, the words' and the pictures' editors and a column's chief editor are editor lines: `文章编辑:X`, `文字编辑:X 图片编辑:Y`, `栏目主编:X`", () => {
    for (const text of ['文章编辑: 周宁', '文字编辑:林小雨 图片编辑:孔越', '栏目主编:杜晓帆 文字编辑:周宁']) expect(EDITOR_LINE.test(text), text).toBe(true);
    expect(EDITOR_LINE.test('文字编辑工作很辛苦。')).toBe(false);
  });

  it("a video's makers are staff lines too: `视频制作:X`, `摄像:X`, `剪辑:X`", () => {
    for (const text of ['视频制作:林小雨', '摄像:周宁', '剪辑:孔越 编辑:林小雨']) expect(EDITOR_LINE.test(text), text).toBe(true);
    expect(EDITOR_LINE.test('摄像机前的孩子们')).toBe(false);
  });

  it('the approver is an editor too: `审定:X 责编:Y`', () => {
    expect(EDITOR_LINE.exec('审定:林小雨 责编:周宁')?.[2]).toBe('林小雨 责编:周宁');
    expect(EDITOR_LINE.test('审定工作很严格。')).toBe(false);
  });

  it("a label in lenticular brackets is a column's name, not a field with its colon (`【来源:江城网】`)", () => {
    expect(LABEL_LINE.exec('【图片新闻】')?.[1]).toBe('图片新闻');
    expect(LABEL_LINE.test('【来源:江城网】')).toBe(false);
  });

  it("reads a public account's editor fields with a bar for the colon, and a chief editor's and producers' fields", () => {
    for (const text of ['编辑丨林小雨', '一审丨林小雨', '三审丨周宁', '主编:周宁 监审:林安', '总监制:周宁', '监审:林安']) expect(EDITOR_LINE.test(text), text).toBe(true);
    for (const text of ['主编辑部的报纸', '丨编辑林小雨']) expect(EDITOR_LINE.test(text), text).toBe(false);
  });

  /** The column's name a tag before a title gives, or null. */
  const name = (text: string) => {
    const match = COLUMN_TAG.exec(text);
    return match && columnTagName(match);
  };

  it("a column's tag of two to six characters before a bar opens a title: `视点|…`, `记者在现场丨…`", () => {
    expect(name('视点|邻里节上话家常')).toBe('视点');
    expect(name('记者在现场丨邻里节上话家常')).toBe('记者在现场');
    expect(name('我在现场 | 冬日暖阳')).toBe('我在现场');
    for (const text of ['点|邻里节', '江城社区新闻一周要闻|邻里节', '视点|', '2024|邻里节', '视点 邻里节']) expect(COLUMN_TAG.test(text), text).toBe(false);
  });

  it("a series' slogan of two phrases before the bar, in quotes or not, and a channel's tag with an at sign", () => {
    expect(name('“江城有爱 志愿同行”丨各地志愿服务图览')).toBe('江城有爱 志愿同行');
    expect(name('江河相依 共建家园 | 邻里节上话家常')).toBe('江河相依 共建家园');
    expect(name('江城@临河丨邻里节上话家常')).toBe('江城@临河');
    expect(name('第1视点丨邻里节上话家常')).toBe('第1视点');
    // A series' two names parted by a middle dot, before a spaced bar.
    expect(name('文明创建常态化·共建美好家园 | 邻里节上话家常')).toBe('文明创建常态化·共建美好家园');
    // Three phrases, or a sentence, before a bar are no tag.
    for (const text of ['江城有爱 志愿同行 共建家园|邻里节', '居民说,志愿同行|邻里节']) expect(COLUMN_TAG.test(text), text).toBe(false);
  });

  it('or a topic in square brackets, a space after its name, none needed after a quoted one (2089, in our words)', () => {
    expect(name('[本地资讯] 邻里节上话家常')).toBe('本地资讯');
    expect(name('["三下乡"专题]“青年志愿服务团”暑期实践启动')).toBe('"三下乡"专题');
    expect(name('[“三下乡”专题]“青年志愿服务团”暑期实践启动')).toBe('“三下乡”专题');
    // Unquoted and glued to the title, the brackets may be the title's own: no tag.
    expect(COLUMN_TAG.test('[本地资讯]邻里节上话家常')).toBe(false);
    // Unless it names a series' two parts by a middle dot, as a column does (2199, in our words).
    expect(name('[我们的节日·端午]“粽香邻里情”志愿服务在行动')).toBe('我们的节日·端午');
  });

  it("or of two to twelve characters in lenticular brackets, with the title after it on its line", () => {
    const match = COLUMN_TAG.exec('【记者走基层】柳岸镇:快递进村');
    expect(match && [match[0], columnTagName(match)]).toEqual(['【记者走基层】', '记者走基层']);
    expect(COLUMN_TAG.exec('【节日走基层】 巷子里的年味')?.[0]).toBe('【节日走基层】 ');
    for (const text of ['【图片新闻】', '【走基层】', '【走】邻里节', '【2024】邻里节', '【东湾区社区志愿者服务队伍建设】邻里节']) expect(COLUMN_TAG.test(text), text).toBe(false);
    // A campaign's slogan of nine to twelve characters (481, 755, 1851, in our words).
    expect(name('【东湾区乡村振兴在路上】柳岸镇举办农民运动会')).toBe('东湾区乡村振兴在路上');
    // A series' two names parted by a middle dot (880, in our words); a dot at an edge parts nothing.
    expect(name('【劳动课程·社区行】柳岸小学重阳访老人')).toBe('劳动课程·社区行');
    for (const text of ['【·劳动课程】邻里节', '【劳动课程·】邻里节']) expect(COLUMN_TAG.test(text), text).toBe(false);
    // A name in quotes: whole, the quotes left out as before a bar; in part, the quoted word kept as the column prints it.
    expect(name('【“我们的节日”】柳岸社区包粽子')).toBe('我们的节日');
    expect(name('【“同心圆”故事】柳岸社区:邻里同心筑家园')).toBe('“同心圆”故事');
    // A slogan of two phrases parted by a space, three characters or more each; a role and a name are a byline.
    expect(name('【学雷锋 树新风】柳岸学院开展助老活动')).toBe('学雷锋 树新风');
    expect(name('【江城巾帼心向党 携手奋进新征程】柳岸镇庆祝妇女节')).toBe('江城巾帼心向党 携手奋进新征程');
    for (const text of ['【通讯员 林小雨】端午节前夕', '【记者 林小雨】近日', '【本报记者 周宁】近日']) expect(COLUMN_TAG.test(text), text).toBe(false);
    for (const text of ['【“”】邻里节', '【“同心圆”】', '【“同心圆”故事会里说给大家听】邻里节']) expect(COLUMN_TAG.test(text), text).toBe(false);
  });
});

describe("opensWithPictureNumber: a picture's number glued to its label, without a caption's colon", () => {
  it('reads `图1…`, `图②…`, `图片2…`', () => {
    for (const text of ['图1队员们在清扫楼道', '图②队员们帮老人搬运旧纸箱', '图片2志愿者在发放传单', '图10“小手拉大手”活动现场', '图1 队员们在清扫楼道', '图3  叶子作画']) {
      expect(opensWithPictureNumber(text), text).toBe(true);
    }
  });

  it("leaves a number alone, a caption's opening, a number in words, and words that open with 图", () => {
    for (const text of ['图1', '图一', '图三居民在试穿新衣', '图1:队员们在清扫楼道', '图为队员们在清扫楼道', '图一乐的人越来越多', '图书馆新到一批图书', '图文并茂的展板', '地图1张', '图1 为队员们在清扫楼道', '图1 ', '图2 2024年6月']) {
      expect(opensWithPictureNumber(text), text).toBe(false);
    }
  });
});

describe("endsWithPictureNumber: a picture's number in brackets after its label", () => {
  it('reads `LABEL(图2)`, not a number of another kind or a bracket inside the line', () => {
    for (const text of ['社区与机关开展共建活动(图2)', '志愿者在清扫楼道（图１）']) expect(endsWithPictureNumber(text), text).toBe(true);
    for (const text of ['社区开展共建活动(2)', '志愿者(图1)在清扫楼道', '详见附件(表1)', '社区开展共建活动(图)']) expect(endsWithPictureNumber(text), text).toBe(false);
  });
});

describe('isSuppliedByLine: the unit that supplied the copy, alone on its line after the text', () => {
  it('reads `UNIT供稿` without brackets or punctuation', () => {
    for (const text of ['东坡学院青年服务队供稿', '柳岸社区供稿', '丛林小队--社区服务团供稿']) expect(isSuppliedByLine(text), text).toBe(true);
  });

  it("reads a news agency's release alone, `新华社发`, and not a sentence ending in 发", () => {
    for (const text of ['新华社发', '新华社 发', '中新社发']) expect(isSuppliedByLine(text), text).toBe(true);
    for (const text of ['新华社记者 林帆 发', '柳岸社区向居民发', '新华社发(林帆 摄)']) expect(isSuppliedByLine(text), text).toBe(false);
  });

  it('leaves a bracket, a sentence, a field and a bare word alone', () => {
    for (const text of ['(柳岸社区供稿)', '供稿', '社供稿', '社区通讯员积极供稿，稿件质量明显提高。', '供稿:柳岸社区', '柳岸社区 林小雨 供稿x', '欢迎居民踊跃投稿、供稿']) {
      expect(isSuppliedByLine(text), text).toBe(false);
    }
  });
});

describe("isStockPictureLabel: what a site prints under any picture of an event, alone on its line", () => {
  it('reads the scene and the event\'s photos; not a sentence or a title that holds them', () => {
    for (const text of ['活动现场', '现场图片', '活动剪影']) expect(isStockPictureLabel(text), text).toBe(true);
    for (const text of ['活动现场气氛热烈', '现场', '柳岸社区活动现场', '活动现场。']) expect(isStockPictureLabel(text), text).toBe(false);
  });
});

describe("a site's footer, its sign-in box and its lists' headings", () => {
  it('reads the registration numbers every site prints, and the lines of its box to sign in', () => {
    expect(isSiteFooter('江ICP备12345678号-1')).toBe(true);
    // The site's legal counsel, named in its footer as who runs and hosts it are.
    expect(isSiteFooter('法律顾问:江城明理律师事务所林帆、周宁')).toBe(true);
    expect(isSiteFooter('法律顾问走进社区为居民答疑')).toBe(false);
    expect(isSiteFooter('江公网安备 12345678901234号')).toBe(true);
    expect(isSiteFooter('ICP证010101号')).toBe(true);
    // The licence for its value-added telecom service, as the news licence is (941, in our words).
    expect(isSiteFooter('增值电信经营许可证:江B2-20080000')).toBe(true);
    // How to reach the site's owner, fields in a row (873, in our words); an address in a sentence is the text's.
    expect(isSiteFooter('地址:江城县人民路8号 联系电话:0000-1234567 邮箱:jc@example.com')).toBe(true);
    expect(isSiteFooter('联系地址:江城县人民路8号  邮编:123456')).toBe(true);
    expect(isSiteFooter('地址:江城县人民路8号,欢迎居民前来咨询。')).toBe(false);
    // Its row forbidding copies after its owners' names (871, in our words); the same words in a sentence are a notice's.
    expect(isSiteFooter('江城县纪委 江城县监委 | 未经授权不得复制 |')).toBe(true);
    expect(isSiteFooter('本站文章未经同意不得转载。')).toBe(false);
    for (const line of ['账号+密码登录', '手机验证码登录', '还没有账号?', '还没有账号？', '立即注册', '立即登录', '忘记密码?']) expect(isSiteFooter(line)).toBe(true);
  });

  it('reads no sentence that merely names them, and no line past eighty characters', () => {
    expect(isSiteFooter('社区居民立即注册了志愿者账号。')).toBe(false);
    expect(isSiteFooter('立即注册志愿者')).toBe(false);
    expect(isSiteFooter('网站的ICP备案号在页面底部')).toBe(false);
    expect(isSiteFooter(`江ICP备${'1'.repeat(76)}`)).toBe(false);
    expect(isSiteFooter(`江ICP备${'1'.repeat(75)}`)).toBe(true);
  });

  it("reads a paper's rights line and an e-paper's address line; not a sentence about rights", () => {
    expect(isSiteFooter('本报地址:江城市柳岸路18号 邮政编码:100000 版权所有:江城日报社')).toBe(true);
    expect(isSiteFooter('临河县融媒体中心 版权所有 2025 Copyright')).toBe(true);
    expect(isSiteFooter('版权所有:江城日报社')).toBe(true);
    // A registration number after its label: `备案号:`.
    expect(isSiteFooter('备案号:江ICP备12345678号-1')).toBe(true);
    expect(isSiteFooter('备案号码已经发放到居民手中。')).toBe(false);
    expect(isSiteFooter('©江城融媒体中心')).toBe(true);
    expect(isSiteFooter('© 江城融媒体中心')).toBe(true);
    expect(isSiteFooter('©原创 2023-11-09 09:42 江城融媒体中心')).toBe(false);
    expect(isSiteFooter('志愿者向居民讲解版权所有人的权利。')).toBe(false);
    expect(isSiteFooter('地址:江城市柳岸路18号')).toBe(false);
  });

  it('reads a capital N before Chinese words, where an icon font left it, as the mark of a byline or an editor line', () => {
    expect(markerBylineOf('N本报记者 林帆 周晓 文/图')?.[1]).toBe('本报记者 林帆 周晓 文/图');
    expect(markerBylineOf('N 编辑:林帆')?.[1]).toBe('编辑:林帆');
    expect(markerBylineOf('N95口罩发到居民手中')).toBeNull();
    expect(markerBylineOf('NBA球星来到社区')).toBeNull();
  });

  it("reads a slash and a space before a signature, what is left of its `文/`, as the mark of a byline", () => {
    expect(markerBylineOf('/  柳岸镇中心小学    林小雨')?.[1]).toBe('柳岸镇中心小学    林小雨');
    expect(markerBylineOf('／ 林小雨')?.[1]).toBe('林小雨');
    // Glued to words, a slash opens no signature: `/图` is a credit's, `/2024` a date's.
    expect(markerBylineOf('/图 林小雨')).toBeNull();
  });

  it("reads a site's clock, the half of the day before its time or `今天是` before its day, as a line of the copy", () => {
    for (const text of ['2024/03/12 上午9:15:02 星期二', '2024-05-06 下午3:05', '今天是:2024年5月6日 星期一', '今天是2024年5月6日 星期一']) expect(WEB_META.test(text), text).toBe(true);
    for (const text of ['今天是2024年5月6日,社区里格外热闹,居民们一早就来到广场。', '上午9:30,志愿者们来到广场。']) expect(WEB_META.test(text), text).toBe(false);
  });

  it("reads a government site's disclosure fields printed without bars, two or more a line, as a row of its table", () => {
    for (const text of ['体裁分类:工作部署  主题分类:民政、社区  索引号:lh/1700000000000', '索引号000012345/2025-00001 成文日期2025-08-12', '发文机关柳岸镇人民政府 发布日期2025-08-12', '发文字号 主题词']) {
      expect(isDisclosureRow(text), text).toBe(true);
    }
    // One field opening a line is its text's: `来源` opens sentences, and a title may name the office that issued it.
    for (const text of ['来源于群众的意见,社区都一一记下。', '发文机关要求各社区做好防汛准备。', '主题词']) expect(isDisclosureRow(text), text).toBe(false);
  });

  it("reads a row of a site's fields left empty, set off by bars, as a line of the copy; not an organisation's line above its title", () => {
    for (const text of ['文字: | |', '摄影: | 编辑: |', '文字：｜']) expect(isEmptyFieldsRow(text), text).toBe(true);
    for (const text of ['柳岸社区:', '文字:林帆 | 摄影:周晓', '开栏的话:']) expect(isEmptyFieldsRow(text), text).toBe(false);
  });

  it('takes the headings of lists of the most read copies as buttons, after a list bullet too', () => {
    for (const line of ['点击排行', '阅读排行榜', '热门排行', '• 相关链接', '•相关新闻']) expect(WEB_BUTTONS.test(line), line).toBe(true);
    for (const line of ['排行', '• 社区活动', '点击排行榜单上的名字']) expect(WEB_BUTTONS.test(line), line).toBe(false);
  });

  it("takes an e-paper platform's name over its pages as a link, and a headline naming one as none", () => {
    for (const line of ['数字报刊平台', '电子报刊', '数字报纸']) expect(WEB_BUTTONS.test(line), line).toBe(true);
    expect(WEB_BUTTONS.test('数字报刊平台上线一周年')).toBe(false);
  });

  it('takes links back, the headings of lists of other copies and the code for the phone as buttons', () => {
    for (const line of ['返回首页', '返回顶部', '返回列表', '返回栏目', '头条推荐', '图文推荐', '热点推荐', '精彩推荐', '扫一扫,用手机看本页', '扫一扫 手机阅读', '返回首页 | 打印']) expect(WEB_BUTTONS.test(line)).toBe(true);
    // The link back to the top, with its arrow.
    for (const line of ['• 回到顶部↑', '返回顶部∧']) expect(WEB_BUTTONS.test(line), line).toBe(true);
    expect(WEB_BUTTONS.test('返回家乡')).toBe(false);
    expect(WEB_BUTTONS.test('扫一扫二维码')).toBe(false);
    expect(WEB_BUTTONS.test('扫一扫,用手机看本页。')).toBe(false);
  });

  it('takes the print and bookmark buttons with their objects, and the code for the phone as other templates word it', () => {
    for (const line of ['【打印文章】 【添加收藏】', '[打印本文] [加入收藏]', '打印此页 关闭', '扫码用手机看本页', '扫码用手机看']) expect(WEB_BUTTONS.test(line), line).toBe(true);
    for (const line of ['打印文章的人', '【添加收藏夹里的网址】', '扫码用手机看本页。', '扫码领取了礼品']) expect(WEB_BUTTONS.test(line), line).toBe(false);
  });

  it("reads a link back to a site's home page, and what follows it, as navigation", () => {
    expect(NAVIGATION.exec('返回联盟首页 | 江城党员网')?.index).toBe(0);
    expect(NAVIGATION.exec('返回主页')?.index).toBe(0);
    // 返回 as a verb: no home page after it.
    expect(NAVIGATION.test('志愿者返回社区服务中心')).toBe(false);
  });

  it("reads a site's note that the text is reposted, and whose its rights are, as a notice", () => {
    expect(WEB_NOTICE.test('本文为本网转载稿件,版权归原作者,如有异议请联系。')).toBe(true);
    expect(WEB_NOTICE.test('版权归原作者,请勿转载')).toBe(true);
    expect(WEB_NOTICE.test('本文由江城网转载')).toBe(true);
    expect(WEB_NOTICE.test('本文讲述了社区的变化,转载的人很多。')).toBe(false);
  });

  it("reads the source field of a copy's contributor", () => {
    expect(WEB_META.test('稿件来源: 江城在线')).toBe(true);
    expect(WEB_META.test('新闻来源:临河融媒')).toBe(true);
  });
});

describe('a site named 在线 leads as one named 网 does', () => {
  it('reads `XX在线消息` and `XX在线讯` as leads', () => {
    expect(LEAD.exec('江城在线消息 日前,东湾区柳岸街道开展义诊活动。')?.[0]).toBe('江城在线消息');
    expect(LEAD.exec('江城在线讯 日前,东湾区柳岸街道开展义诊活动。')?.[0]).toBe('江城在线讯');
    expect(LEAD.exec('在线消息显示,居民可以预约。')).toBe(null);
    // With the place it was filed from and no date, before its reporters' names: `江城在线临河消息(A B)`.
    expect(LEAD.exec('江城在线临河消息(林帆 周宁)近日,柳岸社区开展消防宣传。')?.[0]).toBe('江城在线临河消息(林帆 周宁)');
    expect(LEAD.exec('江城网临河消息 近日,柳岸社区开展消防宣传。')?.[0]).toBe('江城网临河消息');
  });
});

describe("a photo set reprinted from a news agency's, and its site's lines", () => {
  it('reads ↑ and ↓ before a caption as bullets: they point at its picture', () => {
    expect(bulletOf('↑5月19日,孩子们展示自己种的蔬菜。')?.[0]).toBe('↑');
    expect(bulletOf('↓ 学生们在食堂学做营养餐。')?.[0]).toBe('↓ ');
    expect(bulletOf('→ 学生们在食堂学做营养餐。')).toBe(null);
  });

  it("reads a date closed by its separator as a web copy's date line", () => {
    expect(WEB_META.test('2021/01/30/ 09:19 来源:江城网-江城晨报 记者林小雨')).toBe(true);
    expect(WEB_META.test('2021/01/30 09:19')).toBe(true);
  });

  it('reads a breadcrumb that opens with its arrows alone, and files the copy under its last crumb', () => {
    expect(breadcrumbColumn('>>您当前位置:首页 -> 图片 -> 图解新闻')).toBe('图解新闻');
    expect(breadcrumbColumn('» 您的位置:首页 » 社区动态')).toBe('社区动态');
  });
});

describe("a site's header lines, and a paper's short name before its reporters", () => {
  it("reads the site's licence, owner, host, greeting and search box as its footer's kind of line", () => {
    for (const line of ['互联网新闻信息服务许可证编号:00000000000', '主办单位:江城市文明办', '技术支持:江城网络公司', '欢迎光临江城市东湾区政府网站', '站内搜索:']) expect(isSiteFooter(line)).toBe(true);
    expect(isSiteFooter('社区主办单位组织活动。')).toBe(false);
    // Who guides and who built the site, as a provincial site's footer prints them, the two glued.
    for (const line of ['指导单位:中共江城市委宣传部建设单位:江城网', '建设单位:江城网', '运营单位: 江城传媒', '主办:江城市柳岸街道办事处']) expect(isSiteFooter(line), line).toBe(true);
    expect(isSiteFooter('欢迎光临,居民们说。')).toBe(false);
  });

  it("reads a site's line to report harmful content as a contact line, and 往期浏览/常见问题 as buttons", () => {
    expect(isContactLine('江东网站违规内容举报电话:000-12345678')).toBe(true);
    expect(isContactLine('江东网站违规内容举报电话:请拨打')).toBe(false);
    // A company's hotline with its name and hours before it; not a sentence that names a hotline.
    expect(isContactLine('江城会务集团24小时服务热线:0531-12345678 13300000000')).toBe(true);
    expect(isContactLine('社区开通便民热线,居民拨打12345即可。')).toBe(false);
    expect(WEB_BUTTONS.test('往期浏览 |常见问题|')).toBe(true);
  });

  it('reads `当前您的位置:` as a breadcrumb label', () => {
    expect(breadcrumbColumn('当前您的位置: 首页 > 院部新闻 > 正文')).toBe('院部新闻');
  });

  it('reads `您当前所在位置:` as a breadcrumb label, and a path from 主页 as a breadcrumb', () => {
    expect(breadcrumbColumn('您当前所在位置:网站首页 / 社区动态')).toBe('社区动态');
    expect(breadcrumbColumn('当前您所在的位置: 首页 > 志愿服务')).toBe('志愿服务');
    expect(breadcrumbColumn('您当前的位置为:江城网>社区>邻里动态')).toBe('邻里动态');
    // The copy's title printed after its column in the last crumb, a space between: the column before it.
    expect(breadcrumbColumn('首页 > 乡镇新闻 柳岸镇村民抢种晚稻')).toBe('乡镇新闻');
    expect(breadcrumbColumn('主页>> 江城作家群>>乡村振兴')).toBe('乡村振兴');
    // (A sentence about a home page is no path: `主页` must open the line before its arrow.)
    expect(breadcrumbColumn('社区主页>>点击查看')).toBe(null);
  });

  it('reads a path whose site logo was a picture, opening with its arrow, and 你的位置 as 您的位置', () => {
    expect(breadcrumbColumn('> 志愿服务 >')).toBe('志愿服务');
    expect(breadcrumbColumn('» 新闻 » 乡镇动态')).toBe('乡镇动态');
    expect(breadcrumbColumn('你的位置:首页>基层动态')).toBe('基层动态');
    // A sentence after an arrow is no path.
    for (const text of ['>柳岸社区的居民们说,服务更方便了。', '> 居民们说 好']) expect(isBreadcrumb(text), text).toBe(false);
  });

  it("reads an e-paper's path that ends at the page as the page's column", () => {
    expect(breadcrumbColumn('当前位置:江城晚报2013年12月05日期 第A31版:社区新闻')).toBe('社区新闻');
    expect(breadcrumbColumn('您的位置:首页 > 江城日报 > 第B02版:城事')).toBe('城事');
    // A page without a column's name names none.
    expect(breadcrumbColumn('当前位置:首页 > 第3版')).toBeNull();
  });

  it('reads a last crumb printed twice, glued, as the column once', () => {
    expect(breadcrumbColumn('您的位置:首页 >> 社区动态社区动态')).toBe('社区动态');
    expect(breadcrumbColumn('您的位置:首页 >> 社区社区动态')).toBe('社区社区动态');
  });

  it("reads a site's name and one channel after a double arrow as a breadcrumb, not a single arrow or a sentence", () => {
    expect(breadcrumbColumn('江城网>>临河频道')).toBe('临河频道');
    expect(isBreadcrumb('江城网>临河频道')).toBe(false);
    expect(isBreadcrumb('江城网>>临河频道开通了新栏目,欢迎居民投稿')).toBe(false);
  });

  it("reads a site's name and one channel after a single arrow set apart by spaces as a breadcrumb (645, 2093, in our words)", () => {
    expect(breadcrumbColumn('江城文明网 > 未成年人')).toBe('未成年人');
    expect(breadcrumbColumn('东湖新闻网 ＞ 旅游')).toBe('旅游');
    expect(isBreadcrumb('江城网 > 临河频道开通了新栏目,欢迎居民投稿')).toBe(false);
  });

  it('reads a breadcrumb with its column before the label, and with an arrow after 位置 for its colon', () => {
    expect(breadcrumbColumn('部门动态 当前位置 > 首页 > 新闻中心 > 部门动态')).toBe('部门动态');
    expect(breadcrumbColumn('基层动态 当前位置: 首页 > 新闻动态 > 基层动态')).toBe('基层动态');
    // (A sentence about a place is none: no label, no arrow.)
    expect(isBreadcrumb('社区 当前位置很便利')).toBe(false);
  });

  it('reads a short name and 讯 before a bracket of reporters as a lead, and no other bracket', () => {
    expect(LEAD.exec('阳光讯(记者 林小雨 通讯员 周宁)为加强…')?.[0]).toBe('阳光讯(记者 林小雨 通讯员 周宁)');
    expect(LEAD.exec('阳光讯(图)为加强…')).toBe(null);
    // The bracket may name the reporters' newsroom before the role: `XX讯(XX融媒记者 A 通讯员 B)`.
    expect(LEAD.exec('秦岭风讯(临河融媒记者 林小雨 通讯员 周宁)3月5日,…')?.[0]).toBe('秦岭风讯(临河融媒记者 林小雨 通讯员 周宁)');
    expect(LEAD.exec('秦岭风讯(临河融媒 供图)3月5日,…')).toBe(null);
    expect(LEAD.exec('通讯(记者 林小雨)')).toBe(null);
  });

  it("reads a site's name of up to six characters as such a lead, a space before its 讯 or not", () => {
    expect(LEAD.exec('江城公益之声讯(通讯员 林小雨) 8月15日晚,…')?.[0]).toBe('江城公益之声讯(通讯员 林小雨)');
    expect(LEAD.exec('江城公益联盟 讯 (公益记者 林小雨 摄影 周 宁) 3月5日,…')?.[0]).toBe('江城公益联盟 讯 (公益记者 林小雨 摄影 周 宁)');
    // Seven characters are more than a site's short name: a sentence's words.
    expect(LEAD.exec('社区志愿服务队喜讯(记者 林小雨)')).toBe(null);
    expect(LEAD.exec('柳岸社区收到了求助讯(记者 林小雨)')).toBe(null);
  });
});

describe("a media centre and its paper joined by a dash, leading", () => {
  it('reads `CENTRE—PAPER讯(记者 X)` as one lead, as the slash joins two sources', () => {
    expect(LEAD.exec('临河市融媒体中心—临河日报讯(记者 林小雨)又是一年好冬景。')?.[0]).toBe('临河市融媒体中心—临河日报讯(记者 林小雨)');
    expect(LEAD.exec('——临河日报讯(记者 林小雨)')).toBe(null);
  });
});

describe("a government site's header and footer around the copy", () => {
  it('reads its header of buttons, its links to the top and to friendly sites as buttons', () => {
    for (const text of ['登录 注册 无障碍 适老化 繁体版 智能机器人 支持IPV6', '无障碍浏览 长者模式', '点我回到顶部', '回到页面顶部', '友情链接', '放大镜']) expect(WEB_BUTTONS.test(text), text).toBe(true);
    expect(WEB_BUTTONS.test('社区为老人开通无障碍通道')).toBe(false);
    // An e-paper reader's help, reading online, its visitor counter's end, a link to read more.
    for (const text of ['使用说明', '网上读报', '版权声明', '位访客', '点击查看活动详情']) expect(WEB_BUTTONS.test(text), text).toBe(true);
    expect(WEB_BUTTONS.test('点击查看社区公告栏,居民就能了解最新通知。')).toBe(false);
    expect(isSiteFooter('欢迎您阅览江城日报 您是第')).toBe(true);
  });

  it("reads its masthead, the site's name alone and who runs it before 主办, and a breadcrumb parted by slashes", () => {
    expect(WEB_META.test('临河文明网')).toBe(true);
    expect(WEB_META.test('织牢民生保障网')).toBe(false);
    expect(isSiteFooter('临河县文明委   临河县文明办  主办')).toBe(true);
    expect(isSiteFooter('本次活动由柳岸社区主办')).toBe(false);
    expect(breadcrumbColumn('当前位置: 首页/县区、部门')).toBe('县区、部门');
  });

  it("reads a site's greeting closed by a mark, its IPv6 badge, and a breadcrumb labelled `当前所在:`", () => {
    expect(isSiteFooter('欢迎访问临河区人民政府网站!    ')).toBe(true);
    expect(WEB_BUTTONS.test('网站支持IPv6')).toBe(true);
    expect(breadcrumbColumn('当前所在: 网站首页> 社区动态')).toBe('社区动态');
    expect(isBreadcrumb('当前所在的社区很安静')).toBe(false);
  });

  it("reads its site code and an empty ICP field as its footer, a note that the copy is the site's own as a notice, and its publishing platform and link as fields", () => {
    for (const text of ['网站标识码:5000000000 网站维护电话:023-0000000', 'ICP备案:']) expect(isSiteFooter(text), text).toBe(true);
    expect(WEB_NOTICE.test('本网原创文章,转载请附上出处。')).toBe(true);
    for (const text of ['发布平台:临河县融媒体中心客户端', '本文链接:https://www.example.cn/1.html']) expect(WEB_META.test(text), text).toBe(true);
    expect(WEB_NOTICE.test('社区原创文章展在图书馆开幕。')).toBe(false);
  });
});

describe('describesScene: a label that shows a scene going on', () => {
  it('is its doers, 正在 and what they do, one clause of thirty characters at most', () => {
    for (const text of ['志愿者和老人们正在包粽子', '志愿者正在清理楼道']) expect(describesScene(text), text).toBe(true);
    // Not 正在 first (no doers), not a sentence, not a long line.
    for (const text of ['正在进行的改造', '居民正在包饺子,很热闹', '居民们说社区正在变好。', `${'社区'.repeat(14)}正在包饺子`]) expect(describesScene(text), text).toBe(false);
  });

  it('or names the shot: a group photograph or the scene of the event (合影, 留影, 现场, 现场图), in twelve characters at most', () => {
    for (const text of ['志愿者合影', '合影', '义诊现场图', '志愿服务现场', '全体队员合影留念']) expect(describesScene(text), text).toBe(true);
    for (const text of ['大家在舞台前合影,笑得很开心', '柳岸社区组织居民在广场上拍合影']) expect(describesScene(text), text).toBe(false);
  });
});

describe('showsPeopleAtWork: a label that names its doers, then what they do', () => {
  it('is 志愿者, 居民们 and the like, then three characters or more, one clause, no space', () => {
    for (const text of ['志愿者为独居老人修理水管', '志愿者们陪同老人前往卫生院', '孩子们在操场上放风筝']) expect(showsPeopleAtWork(text), text).toBe(true);
    // A sub-heading's forms: a possessive, a clause with a comma, a couplet, and the doers alone or nearly.
    for (const text of ['志愿者的心里话', '志愿者们,辛苦了', '志愿者带头 居民参与', '志愿者在行', '居民说变化']) expect(showsPeopleAtWork(text), text).toBe(false);
    // Whom it is given to, the doers left out; `为…` (for whom) is as often a sub-heading's, and a clause with its comma none.
    for (const text of ['给老人们包饺子', '给居民送春联']) expect(showsPeopleAtWork(text), text).toBe(true);
    for (const text of ['为老人修剪指甲', '给老人,我们做了这些']) expect(showsPeopleAtWork(text), text).toBe(false);
    // The plain nouns 居民, 村民 and 群众 name doers too, when what they do is said at some length; `居民说变化` is a
    // sub-heading's.
    for (const text of ['村民依次排队领取年货', '群众坐在新修的长椅上歇脚', '居民在广场上跳起广场舞']) expect(showsPeopleAtWork(text), text).toBe(true);
    for (const text of ['村民说变化', '群众的心声', '居民谈感受']) expect(showsPeopleAtWork(text), text).toBe(false);
  });
});

describe('tagNamesAPlace: a tag before a headline that says where the copy was filed', () => {
  it('is a province by its short name or a unit of the map; a column is none', () => {
    for (const name of ['贵州', '北京', '内蒙古', '临河市', '东湾区', '柳溪县']) expect(tagNamesAPlace(name), name).toBe(true);
    for (const name of ['记者走基层', '社区动态', '影像力', '江城']) expect(tagNamesAPlace(name), name).toBe(false);
  });
});

describe('a breadcrumb printed one crumb to a line', () => {
  it('reads a crumb and its arrow alone, or the copy\'s crumb alone, as a breadcrumb; not a headline', () => {
    for (const text of ['平安社区>', '美丽乡村 »', '详情', '正文']) expect(isBreadcrumb(text), text).toBe(true);
    for (const text of ['平安社区', '柳岸社区举办第三届邻里节', '详情请见社区公告栏']) expect(isBreadcrumb(text), text).toBe(false);
  });
});

describe("a path of crumbs that ends with its separator, the copy's crumb left off", () => {
  it('is a breadcrumb: `江城卫生健康 > 一线传真 >`; a title ending in an arrow is not', () => {
    for (const text of ['江城卫生健康 > 一线传真 >', '江城网 » 社区 »']) expect(isBreadcrumb(text), text).toBe(true);
    for (const text of ['看!正是秋日好“丰”景(一)→', '一线传真 >>', '柳岸社区举办邻里节,居民乐开怀 >']) expect(isBreadcrumb(text), text).toBe(false);
  });
});
