// Every pattern the parser uses, named once, each with an example of the real
// text it decides on. Patterns that depend on the vocabulary are compiled by
// compilePatterns() once per vocabulary.

import type { Vocabulary } from './vocabulary.js';

/** Han characters (BMP blocks and Extension A); enough for names and organisations. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** HAN plus the supplementary planes (Extension B onwards: `𡋾村`, `王 𠀀`); only in patterns with the `u` flag. */
export const HAN_ALL = `${HAN}\\u{20000}-\\u{3134f}`;
/** One Han character anywhere: a title is Chinese (`http://www.yqnews.com.cn` alone on its line is no headline). */
export const HAN_CHARACTER = new RegExp(`[${HAN_ALL}]`, 'u');

/** A code point in HAN_ALL: what a name is made of, as a test on one character. */
/** A digit, ASCII or full-width (`０５版:民生`, `２０２３年`). */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

export function isHanCodePoint(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3134f);
}

/**
 * White space as it occurs in pasted text: ASCII, ideographic space (U+3000), NBSP, a stray BOM. JavaScript's
 * `\s` is all of these (and the other Unicode spaces); isSpace() is the same test on one code unit.
 */
export const SPACE = '\\s';

/** The marks that end a sentence: `。！？`, their half-width forms, and `…` (a sentence trailing off). */
export const SENTENCE_FINAL_MARKS = '。！？!?…';
/** What may close a sentence after its mark: quotes and brackets, full- and half-width (`…更高效。”`, `…(完)】`). */
export const SENTENCE_CLOSERS = '”’"\'」』）)】]';

/**
 * What a glued byline or credit never holds: a sentence or clause mark, or a double quote. The enumeration
 * comma is not among them: it parts names (`张三、李四`).
 */
export const BYLINE_STOPS = `${SENTENCE_FINAL_MARKS}，,；;：:“”"`;

/** `characters` as the inside of a regex character class. */
export function classOf(characters: string): string {
  return characters.replace(/[\\\]^-]/g, '\\$&');
}

/**
 * A sentence that ends before the line does: `…观赏拍照。贺兰舟摄影报道` (not `“真方便!”`, whose mark closes the line).
 * Only a full stop: an ellipsis (`奋斗……再出发`), `！` or `？` inside a short line are a headline's
 * (`打造服务综合体!柳岸社区党群服务中心启用`, `食堂好不好?居民说了算`).
 */
const FULL_STOPS = '。';
export const SENTENCE_INSIDE = new RegExp(`[${classOf(FULL_STOPS)}][${classOf(SENTENCE_CLOSERS)}]*[^${classOf(SENTENCE_CLOSERS)}\\s]`, 'u');

/** A sentence is complete: `…的意识。`, `…更高效。”`, `…太谢谢你们啦!` (not `；` or `，`: `…困难群众;` continues). */
export const SENTENCE_END = new RegExp(`[${classOf(SENTENCE_FINAL_MARKS)}][${classOf(SENTENCE_CLOSERS)}]*$`);

// SENTENCE_END's two classes, as a table indexed by code unit: the parser asks
// about the end of every line, and an array read is cheaper than a Set lookup.
const SENTENCE_FINAL = 1;
const CLOSER = 2;
const SENTENCE_MARKS = new Uint8Array(0x10000);
for (const c of SENTENCE_FINAL_MARKS) SENTENCE_MARKS[c.charCodeAt(0)] = SENTENCE_FINAL;
for (const c of SENTENCE_CLOSERS) SENTENCE_MARKS[c.charCodeAt(0)] = CLOSER;

/** SENTENCE_END.test(text), without the regex: `$`-anchored patterns scan the whole line, this reads its end. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SENTENCE_MARKS[text.charCodeAt(i)] === CLOSER) i--;
  return i >= 0 && SENTENCE_MARKS[text.charCodeAt(i)] === SENTENCE_FINAL;
}

/**
 * No sentence ends before the text's end: one sentence, finished or not (`…渡口边,摆渡船载着村民过江`, `…人不多。`), as a
 * picture's caption is; `雨停了。人们回家了。` is two.
 */
export function holdsOneSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SENTENCE_MARKS[text.charCodeAt(i)] === CLOSER) i--;
  while (i >= 0 && SENTENCE_MARKS[text.charCodeAt(i)] === SENTENCE_FINAL) i--;
  for (; i >= 0; i--) if (SENTENCE_MARKS[text.charCodeAt(i)] === SENTENCE_FINAL) return false;
  return true;
}

/** The code units `\s` matches, plus U+FEFF: what SPACE matches, as a test on one code unit. */
export function isSpace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

/** White space (SPACE); `characters` does not count it. */
const COUNTED_SPACE = /\s/g;

/**
 * How many code units of `text` are not white space (SPACE: space, tab, ideographic
 * space, NBSP, BOM…). News text has few spaces, and the regex engine skips
 * between them faster than a JavaScript loop over every character.
 */
export function countNonSpace(text: string): number {
  let spaces = 0;
  COUNTED_SPACE.lastIndex = 0;
  while (COUNTED_SPACE.test(text)) spaces++;
  return text.length - spaces;
}

/** Ends like a clause that goes on: `…困难群众;`, `…如下：`, `…城市记忆、工` has none of these but is cut. */
const CLAUSE_MARKS = new Set([...'，,；;、：:'].map((c) => c.charCodeAt(0)));

/** The text ends with a clause mark (read from its last character: a `$`-anchored regex would scan the whole line). */
export function endsClause(text: string): boolean {
  return CLAUSE_MARKS.has(text.charCodeAt(text.length - 1));
}

/** Punctuation that a section title or a title line never has. */
export const SENTENCE_PUNCTUATION = /[，,。；;！!？?：:、]/;

/** Something worth calling text: one Han character, letter or digit. */
export const HAS_WORD = new RegExp(`[${HAN_ALL}A-Za-z0-9]`, 'u');
/** The code units HAS_WORD matches alone (BMP Han, letters, digits): a text that opens with one needs no regex. */
// Filled by ranges, not by isHanCodePoint() per code unit: module code runs unoptimised, and 65,536 calls cost ~10 ms at start.
const WORD_UNITS = codeUnitTable([...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'])
  .fill(1, 0x3400, 0x4dc0)
  .fill(1, 0x4e00, 0xa000)
  .fill(1, 0xf900, 0xfb00);
/** HAS_WORD.test(text); nearly every line opens with a word, which one table read tells. */
export function hasWord(text: string): boolean {
  return WORD_UNITS[text.charCodeAt(0)] === 1 || HAS_WORD.test(text);
}

/**
 * How a paper's name ends: `江城日报`, `江城晚报`, `江城都市报`, `江城日报社`. Written once for the readers that name a paper: a
 * newsroom before a role, and a web copy's line that is a paper's name alone. (A lead's source and a run-together
 * byline's outlets take any `…报`, so need no list.)
 */
export const PAPER_ENDING = '日报社|日报|晚报|早报|晨报|都市报|时报|商报|导报|政协报|青年报|教育报';

/**
 * `暨南大学`, `暨阳街道`: names that open with 暨 (the 暨 at `at`), where it joins nothing; nor does it in the name of the
 * one city that ends with it (`诸暨市中医医院`).
 */
const OPENS_NAME_AFTER_JI = new Set([...'南阳'].map((c) => c.charCodeAt(0)));
export function isJiOfAName(text: string, at: number): boolean {
  return OPENS_NAME_AFTER_JI.has(text.charCodeAt(at + 1)) || (at > 0 && text.charCodeAt(at - 1) === 0x8bf8 /* 诸 */);
}

/** The national news agencies, whose name stands in credits as a paper's does (`新华社 孟澜 摄`, `新华社记者 X 摄`). */
const NEWS_AGENCY = '新华社|中国新闻社|中新社';
/** The Party's national study platform, whose copies credit its contributors as a paper does: `(学习强国 NAME)`. */
const NATIONAL_PLATFORM = '学习强国(?:平台)?';

/**
 * A newsroom a role is of, run into the role: `江城日报`, `新江城·江城日报` (an app's brand before the paper or site; a paper
 * may be a `今报`, 'today's paper'; after its app's brand any paper's name ending in 报, `新江城·江城农民报`; its app after
 * it, `江城日报·江城客户端`),
 * `江城广播电视台`, a site and its channel (`江城网`, `江城网临河频道`): `江城日报通讯员 李 莉`. Bylines and credits name it,
 * and it is no person.
 */
export const NEWSROOM = `(?:[${HAN_ALL}]{1,6}·[${HAN_ALL}]{2,8}?报(?!道)|(?:[${HAN_ALL}]{1,6}·)?(?:[${HAN_ALL}]{2,8}?(?:${PAPER_ENDING}|今报|报社|电视台|广播电视台|融媒体中心|融媒|传媒集团|报业(?:集团)?|在线)(?:·[${HAN_ALL}]{2,8}?客户端)?|${NEWS_AGENCY}发?|${NATIONAL_PLATFORM}|[${HAN_ALL}]{1,8}?网(?:[${HAN_ALL}]{2,4}频道)?))`;
/**
 * A news agency's release of a picture before its credit: `…收割玉米。新华社发(姜文澜摄)` (发, "released by"; sites that
 * reprint the agency's sets print it spaced, `新华社 发(…)`; the agencies' own sites release theirs as `新华网发(…)`).
 * The credit names the photographer; the agency is no one.
 */
export const AGENCY_RELEASE = `(?:${NEWS_AGENCY}|新华网|中新网)${SPACE}?发`;

/**
 * The news lead: `本报讯`, `本报4月5日讯`, `本报曲阜讯`, `阳泉网讯`, `海都讯`, `XX台讯`, with reporters: `本报讯(记者 张三)`,
 * `本报讯【记者 赵六】`, `【本报讯】`, `XX网讯(文/图 XX日报全媒体记者 X)`, `[XX新媒体XXMT.CN]`, with the place it was filed from
 * before a date as a wire dateline has it (`XX网南宁10月12日讯`) or without one (`XX网九江讯`, `XX日报全媒体讯`), with a colon
 * (`天津北方网讯:`), a second dispatch below the first (`又讯(记者 X)`), a county paper's place alone before a space
 * (`廉江讯 近日…`), a county app's `云上临河报道:(全媒体记者 X)`. Glued to the text too: `本报讯近日…`.
 * A wire-style dateline is one too: `本报定城3月31日电`, `中新网温州8月21日电`, `新华社北京3月5日电` (电 only after a date:
 * `国网阳泉供电` is a company). Groups: 1–2 the month and day of a `本报` lead, 3–4 of a paper's or site's `讯` lead,
 * 5–6 of its `电` lead, 7 what stands in the brackets after.
 */
const LEAD_DAY = '([0-9０-９]{1,2})月([0-9０-９]{1,2})日';
const LEAD_YEAR = '(?:[0-9０-９]{4}年)?';
/** A site's other name in brackets after its own, as provincial portals print their leads: `江城网(江城日报网)讯`. */
const SITE_ALIAS = `(?:(?<=网)[(（][${HAN_ALL}]{2,10}网[)）])?`;
/**
 * A paper, site, station or app: `阳泉网`, `江城日报`, `新华社`, `江城客户端`, a district paper named for its news
 * (`临河新闻`), a county's or city's media centre (`临河融媒`); two joined by a slash or a 、 (`江城网/临河客户端`,
 * `江城客户端、江城网`); a media centre
 * and its paper joined by a dash (`临河市融媒体中心—临河日报`).
 */
// (A site's web television too, `安徽网视`.)
const ONE_LEAD_SOURCE = `[${HAN_ALL}A-Za-z][${HAN_ALL}A-Za-z\\-－—·]{0,11}?(?:网视|网|港|台|报|刊|都|社|客户端|新闻|融媒|在线)${SITE_ALIAS}`;
const LEAD_SOURCE = `${ONE_LEAD_SOURCE}(?:[/／、]${ONE_LEAD_SOURCE})?`;
/** Whose story a site retells, between its lead and the byline: `XX网讯 据江城晚报报道 (记者 X)`. */
const LEAD_RETOLD = `(?:${SPACE}*据[${HAN_ALL}]{2,12}?报道)?`;
/** The place a lead was filed from: `曲阜`, `温州`. */
const LEAD_PLACE = `(?:[${HAN_ALL}]{1,6}?)?`;
/** 讯 ends a lead, but not as the 讯 of 通讯员, 资讯, 简讯, 快讯, 喜讯, 视讯…: `本报通讯员…` opens no lead (a web television's `网视讯` does). */
const LEAD_XUN = '(?<![通资简快喜音短])(?<!(?<!网)视)讯';
export const LEAD = new RegExp(
  // A web copy's source tag in brackets is its lead too: `[江城新媒体JCXMT.CN]`, `【江城网】`.
  // (The lead itself in brackets, lenticular or square: `【本报讯】`, `[本站讯]`.)
  `^(?:[【\\[][${HAN_ALL}]{2,12}(?:网|新媒体|客户端|融媒)[A-Za-z.]{0,20}[】\\]]|[【\\[]?(?:` +
    // (A place's 电 without a day, before the reporters' bracket: `本报改则电(记者 X)`, as a provincial daily dates none.)
    `本报${LEAD_PLACE}(?:${LEAD_DAY})?(?:${LEAD_XUN}|(?<=日)电|电(?=[(（]))` +
    // A second dispatch of the same paper, printed below the first: `又讯(记者 X)`, `另讯`.
    `|[又另]讯` +
    // The site's own lead, as the paper's: `本网讯`, `本站讯` (a college site's, `[本站讯]`).
    `|本[网站]讯` +
    // A wire dateline's day and 电 with no outlet before it, a space after: `2026年1月26日电 为…`.
    // (The day not captured: the groups count the other leads' days.)
    `|${LEAD_YEAR}[0-9０-９]{1,2}月[0-9０-９]{1,2}日电(?=${SPACE}+\\S)` +
    // A dated 讯 whose outlet the copy left out, before its reporters' bracket: `12月5日讯(通讯员 X)`.
    `|${LEAD_YEAR}[0-9０-９]{1,2}月[0-9０-９]{1,2}日讯(?=${SPACE}*[(（](?:(?:本报)?(?:全媒体|融媒体)?(?:记者|通讯员|见习记者|实习生)|[${HAN_ALL}]{2,3}(?:[${SPACE}、][${HAN_ALL}]{2,3}){0,3}[)）]))` +
    // A unit's report cited before a space, the text after it: `据临河融媒体中心消息 入秋以来,…`.
    `|据[${HAN_ALL}]{2,14}?消息(?=${SPACE}+\\S)` +
    // The paper's or site's own lead in round brackets: `(本网讯)近日,…`; a site's, with its reporter inside them
    // (`(江城在线讯 林帆报道)5月27日,…`).
    `|[(（](?:本报|本网|本站|${ONE_LEAD_SOURCE})讯(?:${SPACE}+[^()（）\\s][^()（）]{1,20}?)?[)）]` +
    // A paper named in book-title marks for 本报, as a site copying it prints: `《今日江城》9月4日讯:`.
    `|《[${HAN_ALL}]{2,10}》(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?讯[:：]?` +
    // With its date, any name leads (`文明风8月24日讯`, a site named without 网): 讯 after a day is a lead's.
    // (The place it was filed from may follow the day, as a wire dateline's does not: `江城网9月19日临河讯`.)
    `|(?:${LEAD_SOURCE}|[${HAN_ALL}]{2,8}?(?=${LEAD_YEAR}[0-9０-９]{1,2}月[0-9０-９]{1,2}日讯))(?:${LEAD_PLACE}${LEAD_YEAR}${LEAD_DAY}${LEAD_PLACE})?(?:讯|消息)[:：]?` +
    // The place it was filed from, or its newsroom, without a date, after a site's or paper's name (not a 社, which ends
    // 社区 too: `XX社区新讯` is none): `XX网九江讯`, `XX网安徽讯`, `XX日报全媒体讯`; a portal's channel after a middle
    // dot (`江城网·东湖讯`).
    // A site named 在线 does so too, and may say 消息 for 讯: `江城在线临河消息(A B)`.
    `|[${HAN_ALL}A-Za-z][${HAN_ALL}A-Za-z\\-－·]{0,11}?(?:网|报|台|客户端|在线)·?[${HAN_ALL}]{1,6}?(?:${LEAD_XUN}|消息)[:：]?` +
    // A county paper's place alone, then a space before the text: `廉江讯 近日,…` (not `又一讯`); a paper's short name
    // alone, then its reporters' bracket: `阳光讯(记者 X)`.
    // (The bracket may name the reporters' newsroom first: `秦岭风讯(临河融媒记者 X)`.) Before the bracket, a site's name
    // may run to six characters and stand apart from its 讯 by a space: `江城公益之声讯(通讯员 X)`, `江城公益联盟 讯 (公益记者 X)`.
    `|(?!又)[${HAN_ALL}]{2,4}?${LEAD_XUN}(?=${SPACE}+\\S)` +
    `|(?!又)[${HAN_ALL}]{2,6}?${SPACE}?${LEAD_XUN}(?=${SPACE}*[(（](?:本报|[${HAN_ALL}]{2,6}?(?:融媒|日报|晚报|报社|电视台))?(?:全媒体|公益)?(?:记者|通讯员|见习记者|实习生))` +
    // (Or names alone in it, whatever the name ends in: `江城法治讯(林小雨)为…`.)
    `|(?!又)[${HAN_ALL}]{2,6}?${LEAD_XUN}(?=[(（][${HAN_ALL}]{2,3}(?:[${SPACE}、][${HAN_ALL}]{2,3}){0,3}[)）])` +
    `|${LEAD_SOURCE}${LEAD_PLACE}${LEAD_YEAR}${LEAD_DAY}电` +
    // A site, or a site joined by a dash to its media centre, or the media centre alone, right before its reporters'
    // bracket, with no 讯: `临河新闻网-临河地区融媒体中心(记者 X)`, `临河县融媒体中心(记者 X)`; a media brand named for its
    // county, `临河融媒(通讯员 X)`.
    // (The role may name its newsroom's kind and a rank: `(融媒体首席记者 X)`.)
    `|(?:[${HAN_ALL}]{1,8}?网(?:[-－—][${HAN_ALL}]{2,12}?融媒体中心)?|[${HAN_ALL}]{2,12}?融媒(?:体中心)?)(?=[(（](?:本报)?(?:全媒体|融媒体)?(?:首席)?(?:记者|通讯员|见习记者|实习生))` +
    // A site's name and a colon before the bracket, which may hold names alone as after a 讯 (`江城法治网:(林小雨)每年…`).
    `|[${HAN_ALL}]{1,8}?网[:：](?=[(（](?:(?:本报)?(?:记者|通讯员|见习记者|实习生)|[${HAN_ALL}]{2,3}(?:[${SPACE}、][${HAN_ALL}]{2,3}){0,3}[)）]))` +
    // A county app's dateline, its reporters in brackets after the colon or none: `云上临河报道:(全媒体记者 X)`,
    // `云上临河报道(全媒体记者X 通讯员Y)`.
    `|[${HAN_ALL}]{2,8}?报道[:：]?(?=${SPACE}*[(（][^()（）]{0,12}(?:记者|通讯员))` +
    // Or with its colon, the text right after it: `江城风报道:入夏以来,…` (the byline at the text's end); not a paper
    // that reported something (`江城日报报道:…`, the text's), nor a role and a name (`本报通讯员周宁报道:`, a byline).
    `|(?!本报)(?:(?!通讯员|记者)[${HAN_ALL}]){2,8}?(?<!报)报道[:：](?=[${HAN_ALL}“])` +
    `)[】\\]]?)${LEAD_RETOLD}` +
    // (A colon may close the reporters' bracket before the text: `江城在线报道(记者 X 文/摄):…`.)
    `(?:${SPACE}*[(（【\\[]([^()（）【】\\[\\]]{0,60})[)）】\\]][:：]?)?`,
  'u',
);

/**
 * Words of time a news text opens with (`近日,`, `日前,`): a dateline's, and what a headline run into its text is cut
 * before (run-on.ts). One list, so that the two cannot disagree.
 */
/** The words of time only news opens with: `今天`, `昨天` open a diary or a letter too. */
export const NEWS_TIME_WORDS = ['近日', '日前', '近期', '前不久'];
export const OPENING_TIME_WORDS = [...NEWS_TIME_WORDS, '昨天', '昨日', '今天', '今日'];
/** `当天` names the day told of before it: a dateline inside a text, never the opening a headline runs into. */
export const DATELINE_WORDS = [...OPENING_TIME_WORDS, '当天'];
/** The parts of a day after its date (`5日上午`, `6日晚`), the longer first (`晚上` before `晚`). */
export const PARTS_OF_DAY = ['上午', '下午', '中午', '晚上', '晚间', '早上', '傍晚', '晚'];

/**
 * The hour a picture was taken, opening its caption: `9时许,`, `11时,`, `18时30分,`, `下午3点,`, `上午7:30,`, `14:23,` (a
 * photo set through one day). Read sticky at a place (opensWithHour()).
 */
const OPENING_HOUR = new RegExp(
  `(?:${PARTS_OF_DAY.join('|')})?[0-9０-９]{1,2}(?: ?[时点](?:许|左右|半|[0-9０-９]{1,2} ?分(?:许|左右)?)?|[:：][0-9０-９]{2})[,，]`,
  'y',
);

/** Whether `text` opens with the hour of the day at `at` (OPENING_HOUR). */
export function opensWithHour(text: string, at = 0): boolean {
  OPENING_HOUR.lastIndex = at;
  return OPENING_HOUR.test(text);
}

/** Whether `text` opens at `at` with the hour of the day or a date with its day (`9时许,`, `7月22日`), as a photo set's caption does. */
export function opensWithTime(text: string, at = 0): boolean {
  const dateline = datelineAt(text, at);
  return dateline === null ? opensWithHour(text, at) : dateline[3] !== undefined;
}

/**
 * Where a caption's last sentence, on what the picture shows, starts (`…在江边举行。图为夜色中的灯塔`): the index of the
 * `。` before its `图为`, or -1.
 */
export function pictureSentenceAt(text: string): number {
  const at = text.lastIndexOf('。图为');
  return at > 0 && holdsOneSentence(text.slice(at + 1)) ? at : -1;
}

/** A dateline at the start of the body: `6月24日,`, `2023年6月24日`, `近日,`; OCR spaces a date (`2 月20 日`). */
export const DATELINE = new RegExp(`^(?:(?:([0-9０-９]{4}) ?年 ?)?([0-9０-９]{1,2}) ?月 ?([0-9０-９]{1,2}) ?日|${DATELINE_WORDS.join('|')})`);

/** DATELINE, read at a place of a text (sticky) rather than on a slice of it. */
const DATELINE_AT = new RegExp(DATELINE.source.slice(1), 'y');
/** What every dateline starts with: a digit or a time word's first character; other places skip the regex. */
const DATELINE_STARTS = codeUnitTable(['0123456789０１２３４５６７８９', ...DATELINE_WORDS.map((word) => word[0]!)].join(''));

/** The dateline that starts at `at` in `text` (DATELINE's groups), or null. */
export function datelineAt(text: string, at: number): RegExpExecArray | null {
  if (DATELINE_STARTS[text.charCodeAt(at)] !== 1) return null;
  DATELINE_AT.lastIndex = at;
  return DATELINE_AT.exec(text);
}

/** Longest purpose clause before the dateline it puts off: `为加强…,确保…,4月17日,` holds two or three phrases. */
const MAX_PURPOSE_CLAUSE = 80;
/** What a purpose clause holds none of: a sentence's end. */
const ENDS_PURPOSE_CLAUSE = codeUnitTable('。；;！!？?');

/**
 * The dateline after a clause of purpose that opens a news paragraph (`为倡导…,进一步…,4月16日,XX街道…`): news briefs
 * open so as often as with the dateline itself. DATELINE's groups, read after a comma within MAX_PURPOSE_CLAUSE
 * characters of `at`, inside the first sentence; or null.
 */
export function purposeDatelineAt(text: string, at: number): RegExpExecArray | null {
  if (text.charCodeAt(at) !== 0x4e3a /* 为 */) return null;
  const last = Math.min(text.length - 1, at + MAX_PURPOSE_CLAUSE);
  for (let i = at + 2; i < last; i++) {
    const code = text.charCodeAt(i);
    if (ENDS_PURPOSE_CLAUSE[code] === 1) return null;
    if (code === 0xff0c /* ， */ || code === 0x2c /* , */) {
      const dateline = datelineAt(text, i + 1);
      if (dateline !== null) return dateline;
    }
  }
  return null;
}

/**
 * A clause of time that opens a news paragraph the way a dateline does: `今年以来,`, `创城工作开展以来,`, `春节期间,`,
 * `国庆前夕,`. Short, so that a sentence that merely contains 以来 is not one. Read sticky at a place.
 */
const TIME_CLAUSE_ENDINGS = ['以来', '期间', '之际', '前夕', '伊始'];
const TIME_CLAUSE_PAIRS = new Set(TIME_CLAUSE_ENDINGS.map((word) => (word.charCodeAt(0) << 16) | word.charCodeAt(1)));
/** Longest words before the ending: longer, a sentence merely contains 以来. */
const MAX_TIME_CLAUSE = 14;
/** What a clause of time holds none of: a sentence's marks and quotation marks. */
const NOT_IN_TIME_CLAUSE = codeUnitTable('。；;：:！!？?“”"');

/**
 * Where the clause of time that starts at `at` ends, after its comma, or -1. One scan to the first comma, which a clause
 * holds none of, then a look at the two characters before it: lines that open no clause cost a few comparisons.
 */
export function timeClauseEnd(text: string, at: number): number {
  const last = Math.min(text.length, at + MAX_TIME_CLAUSE + 3);
  for (let i = at; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff0c /* ， */ || code === 0x2c /* , */) {
      const pair = (text.charCodeAt(i - 2) << 16) | text.charCodeAt(i - 1);
      return i - 2 > at && TIME_CLAUSE_PAIRS.has(pair) ? i + 1 : -1;
    }
    if (NOT_IN_TIME_CLAUSE[code] === 1) return -1;
  }
  return -1;
}

/** A year named anywhere: `2022年以来`, `在2021年末`; or the year of a date written in figures, as web copies date themselves: `2024-06-12`. */
export const YEAR = /(?<![0-9])(20[0-9]{2})(?:年|([-/.])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12][0-9]|3[01])(?![0-9]))/g;

/** The latest year YEAR finds in `text`, or null; searched with indexOf, as most lines have neither 年 nor a date in figures. */
export function latestYearIn(text: string): number | null {
  if (text.indexOf('年') < 0 && !hasFigureDate(text)) return null;
  let latest: number | null = null;
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(text); match !== null; match = YEAR.exec(text)) {
    const year = Number(match[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

/** `20` then two figures and a date's separator: the gate before YEAR for lines without 年. */
function hasFigureDate(text: string): boolean {
  for (let at = text.indexOf('20'); at >= 0 && at + 4 < text.length; at = text.indexOf('20', at + 1)) {
    const separator = text.charCodeAt(at + 4);
    if (separator === 0x2d /* - */ || separator === 0x2f /* / */ || separator === 0x2e /* . */) return true;
  }
  return false;
}

/** A byline alone on its line: `(李 莉)`, `（本报通讯员）`, `(曹蓉 彭晓)`, with a class in brackets inside: `(东坡小学四(2)班 林小雨)`. */
export const BYLINE_LINE = /^[(（]((?:[^()（）]|[(（][^()（）]{1,6}[)）]){1,60})[)）]$/u;
/** BYLINE_LINE.exec(text), without the regex where the text does not open and close with a bracket (most lines). */
export function bylineLineOf(text: string): RegExpExecArray | null {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if ((first !== 0x28 && first !== 0xff08) || (last !== 0x29 && last !== 0xff09)) return null;
  return BYLINE_LINE.exec(text);
}

/** What a line in square brackets holds (`[编辑:林小雨]`, `【责任编辑:王芳】`), or null: a web copy's field in its template's brackets. */
export function squareBracketedOf(text: string): string | null {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const opens = first === 0x5b /* [ */ || first === 0xff3b /* ［ */ || first === 0x3010; /* 【 */
  const closes = last === 0x5d /* ] */ || last === 0xff3d /* ］ */ || last === 0x3011; /* 】 */
  return opens && closes && text.length > 2 ? text.slice(1, -1).trim() : null;
}

/** A byline line before the body: `□ 记者 张三 通讯员 李四 文/图`, `■ 本报记者 赵 六`. */
/** The marks papers print before a byline; ☉ too (`☉林 舟 文/图`). */
export const BYLINE_MARKS = '□■◎●○◆◇☉';
/**
 * A marked line: its marks, then the byline or editor's line. A site's icon font may leave a capital N where its mark
 * was (`N本报记者 X 文/图`, `N 编辑:X`): before Chinese words, a lone N is that mark. A slash and a space open a
 * signature as such a mark does (`/  柳岸镇中心幼儿园  林小雨`: what is left of a `文/` before the unit and its writer).
 */
export const MARKER_BYLINE = new RegExp(`^(?:[${BYLINE_MARKS}]+|N(?=${SPACE}*[\u4e00-\u9fff])|[/／](?=${SPACE}))${SPACE}*(.+)$`, 'u');
const MARKER_FIRST = codeUnitTable([...BYLINE_MARKS]);
const MARKED_LINE_FIRST = codeUnitTable([...BYLINE_MARKS, 'N', '/', '／']);
/** A marked byline glued after the last sentence: `…日子越过越红火。☉林 舟 文/图`; group 1 is the marked byline. */
export const MARKED_BYLINE_GLUED = new RegExp(`(?<=[。！？!?”」』])${SPACE}*([${BYLINE_MARKS}][^。！？!?${BYLINE_MARKS}]{2,30})$`, 'u');
/** MARKED_BYLINE_GLUED.exec(text), without the regex where no byline's mark stands among the last 31 characters (nearly every paragraph). */
export function markedBylineGluedOf(text: string): RegExpExecArray | null {
  for (let i = Math.max(0, text.length - 31); i < text.length - 2; i++) if (MARKER_FIRST[text.charCodeAt(i)] === 1) return MARKED_BYLINE_GLUED.exec(text);
  return null;
}
/** MARKER_BYLINE.exec(text), without the regex where the text opens with no marker. */
export function markerBylineOf(text: string): RegExpExecArray | null {
  return text.length > 0 && MARKED_LINE_FIRST[text.charCodeAt(0)] === 1 ? MARKER_BYLINE.exec(text) : null;
}

/** A page's number in words: `第三版`, `二版`. */
const PAGE_IN_WORDS = '[一二三四五六七八九十]{1,3}';
/** The issue's day in words, perhaps with its weekday: `2025年01月09日`, `2024年5月6日 星期一`. */
const DAY_IN_WORDS = `[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日(?:${SPACE}*星期[一二三四五六日天])?`;
/** A day, its year printed or not: `5月23日`, `2024年5月23日`. */
const DAY_YEAR_OPTIONAL = '(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日';

/** A page line: `第A04版:城事社区`, `第5版 社区`, `第三版:民生新闻`, after the issue's number too (`2046 期 / 第6版:科教天地`). */
export const PAGE_LINE = new RegExp(
  `^(?:(?:[0-9]{1,5}${SPACE}*期${SPACE}*[/／|]?${SPACE}*)?第${SPACE}*(?:[A-Za-zＡ-Ｚ]?[0-9０-９]{1,3}[A-Za-zＡ-Ｚ]?|${PAGE_IN_WORDS})${SPACE}*版(?:${SPACE}*[:：]?${SPACE}*(.*))?` +
    // Without 第, a page in words needs its colon: `二版:要闻总第612期`.
    `|${PAGE_IN_WORDS}版${SPACE}*[:：]${SPACE}*(.*)` +
    // An e-paper reader's page line: `当前版:05版`, `版面:rb05 美丽青城 文明花开`, `版面:第6版:社区`.
    `|(?:当前版|版面|版次)${SPACE}*[:：]${SPACE}*(?:第?[A-Za-z]{0,3}[0-9０-９]{1,3}版?${SPACE}*[:：]?${SPACE}*)?(.*)` +
    // A page code and its name: `A2:综合新闻`, `B03：社区`, `A11版:城事`, `05版:民生`; or its date (`A10 2024年1月19日`), the name below.
    // (A content system may pad the code to four figures, or the number to five: `a0008版:新闻播报`, `00004版:工报视野`.)
    `|(?:[A-Za-z]{1,2}[0-9０-９]{1,2}版?|[A-Za-z]{1,2}[0-9０-９]{3,4}版|0{0,3}[0-9０-９]{1,3}版)${SPACE}*[:：]${SPACE}*(.*)` +
    `|[A-Za-z]{1,2}[0-9０-９]{1,2}版?${SPACE}+${DAY_YEAR_OPTIONAL}(?:${SPACE}*星期[一二三四五六日天])?` +
    // A page's number without 版, after 第 or padded with a 0, and its column's name alone: `02:要闻`, `第03:社区新闻`
    // (not a time: words follow the colon).
    `|(?:第[0-9０-９]{1,3}|0[1-9])${SPACE}*[:：]${SPACE}*([\u4e00-\u9fff]{2,8})` +
    // A page's number alone, its column's name and the issue's running number after it: `7:社区动态总第21期 >…编印`.
    `|[0-9０-９]{1,2}${SPACE}*[:：]${SPACE}*([\u4e00-\u9fff]{2,8}总第[0-9０-９]+期.*))$`,
);

/**
 * Navigation words of an e-paper or a web copy: `第B03版:街巷新闻 上一版 下一版`, `上一条:TITLE`, a forum's link to its
 * full page (`查看完整版本: TITLE`); from the first of them to the end.
 */
export const NAVIGATION = new RegExp(
  `${SPACE}*(?:上一版|下一版|上一篇|下一篇|上一期|下一期|返回目录|版面导航|标题导航|本版导读|本版新闻列表|新闻搜索[:：]|PDF版|PDF下载|返回首页|返回主页|打印本页|关闭窗口|版面翻页|上一页|下一页|上篇[:：]|下篇[:：]|上一条[:：]|下一条[:：]|查看完整版本[:：]` +
    // An e-paper's link back to its day, site or paper, at the line's start or after a space: `返回 2025年01月09日`,
    // `返回京工网`, `返回新数字报`; or to a site's home page, `返回联盟首页`.
    `|(?<!\\S)返回${SPACE}*(?:${DAY_IN_WORDS}|[\u4e00-\u9fff]{0,8}(?:网|报|版面|首页|主页))).*$`,
);

/**
 * A web page's breadcrumb, the path from the site's home to the copy: `您的位置:首页 >> 新闻中心 >> 社区动态`,
 * `您的当前位置:主页 > 县区新闻`, `您当前所在位置:网站首页 / 新闻动态`, `当前您所在的位置: 首页 > 志愿服务`,
 * `当前位置：首页 > 社区动态`, `您现在的位置:首页 > 公示公告`, `首页 » 要闻`, `主页>> 专栏>>社区`; a site may print its name first
 * (`XX文明网 > 您当前的位置 : …`), or the arrows alone (`>>您当前位置:…`).
 */
const WHERE_YOU_ARE = new RegExp(
  // (The column may stand before it, a space between: `部门动态 当前位置 > 首页 > …`; with the arrow after 位置, no colon.)
  // (A template's mark may open it: `§当前位置:`, `■您的位置:`.)
  // (The label alone, its path lost with the page's links: `当前位置`.)
  // (A site may greet the reader before it: `您好,您当前所在的位置:首页…`.)
  // (Or print no colon, the home page's crumb after spaces: `您的位置  首页 >> 工作动态`.)
  // (A content system may glue the copy's date field before it: `创建时间:2019-04-01当前位置: 首页 >> …`.)
  // (Or lose its path's separators, the home page glued to the one column after it: `当前位置首页政声民情`.)
  // (Or name it 位置 alone, an arrow's path after its colon: `位置: 社区网 > 新疆社区 > 正文`.)
  `^(?:[^${SPACE}>＞»›→]{0,12}${SPACE}*[>＞»›→]+${SPACE}*|[^${SPACE}>＞»›→:：]{2,12}${SPACE}+|[§■□◆●○★☆※][${SPACE}]*|您好[,，!！]?${SPACE}*|[${HAN_ALL}]{2,6}[:：]${SPACE}*[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?${SPACE}*)?(?:(?:(?:您的|你的|我的)(?:当前|现在|目前|所在)?|当前您(?:所在)?的|您?(?:当前|现在|目前)所在的?|您?(?:当前|现在|目前|所在)的?)位置[为是]?|当前所在|位置(?=${SPACE}*[:：][^>＞»›→]{1,14}[>＞»›→]))(?:${SPACE}*[:：]|(?=${SPACE}*[>＞»›→/／])|(?=${SPACE}+首页${SPACE}*[>＞»›→])|(?=首页[${HAN_ALL}]{2,8}${SPACE}*$)|${SPACE}*$)`,
  'u',
);
/**
 * A path that opens with the site's or the e-paper's name, two steps or more (`江城新闻网 > 临河频道 > 乡镇快讯`), or one
 * after a double arrow (`江城网>>临河频道`), or one after a single arrow between spaces, a line of its own (`江城文明网 >
 * 未成年人`: a headline sets no arrow apart so).
 */
const SITE_PATH = `^[^${SPACE}>＞»›→]{1,12}(?:网|报)${SPACE}*(?:[>＞»›→]+[^>＞»›→]+[>＞»›→]|(?:>>|＞＞|»)${SPACE}*[^${SPACE}>＞»›→]{2,12}${SPACE}*$)|^[^${SPACE}>＞»›→]{1,12}(?:网|报)${SPACE}+[>＞›]${SPACE}+[^${SPACE}>＞»›→。，,!！?？]{2,12}${SPACE}*$`;
/**
 * A path whose first crumb, the site's logo, was a picture: it opens with its separator (`> 志愿服务 >`, `» 新闻 » 乡镇`).
 * No sentence opens with an arrow.
 */
const PATH_AFTER_LOGO = `^${SPACE}*[>＞»›]+${SPACE}*[^${SPACE}>＞»›→。，,]{2,12}(?:${SPACE}*[>＞»›]+${SPACE}*[^${SPACE}>＞»›→。，,]{2,12})*${SPACE}*[>＞»›]*${SPACE}*$`;
/**
 * A path from the home page to the copy itself whatever parts its crumbs (a bullet, a dash, a space): `首页社会头条 • 正文`,
 * `首页 · 要闻 · 详情`.
 */
const HOME_TO_COPY = `^${SPACE}*(?:首页|主页)[^。，,！？!?]{0,30}?(?:${SPACE}|[•·\\-－])+(?:正文|详情)${SPACE}*$`;
/** A site's name and its channel, then the copy itself after a dot or a dash: `中新网广西新闻·正文`. */
const SITE_TO_COPY = `^${SPACE}*[^${SPACE}。，,！？!?]{1,12}?(?:网|报)[^。，,！？!?]{0,16}?${SPACE}*[•·\\-－]${SPACE}*(?:正文|详情)${SPACE}*$`;
/**
 * A site's name, its channels and the copy, each parted by a dash between spaces: `江城考试网 - 公务员考试 - 时政热点 -
 * 正文`. (The spaces tell the path's dashes from a name's hyphen; the last channel is the column.)
 */
const SITE_DASHED_TO_COPY = `^${SPACE}*[^${SPACE}。，,！？!?]{1,12}?(?:网|报)(?:${SPACE}+[-－]${SPACE}+[^${SPACE}。，,！？!?\\-－]{2,12}){1,5}${SPACE}+[-－]${SPACE}+(?:正文|详情)${SPACE}*$`;
const SITE_DASHED_TO_COPY_PATH = new RegExp(SITE_DASHED_TO_COPY, 'u');
const SPACED_DASH = new RegExp(`${SPACE}+[-－]${SPACE}+`, 'u');
/** A path without the home page that ends at the copy itself: `兵团专栏 > 52团 > 团务动态 > 正文`. */
const PATH_TO_COPY = `^${SPACE}*[^${SPACE}>＞»›→。，,]{2,12}(?:${SPACE}*[>＞»›→]+${SPACE}*[^${SPACE}>＞»›→。，,]{1,12}){1,5}${SPACE}*[>＞»›→]+${SPACE}*(?:正文|详情)${SPACE}*$`;
/** A path of two crumbs or more that ends with its separator, the copy's crumb left off: `XX卫生健康 > 一线传真 >`. */
const PATH_TO_NOTHING = `^${SPACE}*[^${SPACE}>＞»›→。，,!！?？]{2,12}(?:${SPACE}*[>＞»›→]+${SPACE}*[^${SPACE}>＞»›→。，,!！?？]{2,12}){1,5}${SPACE}*[>＞»›→]+${SPACE}*$`;
/**
 * A path of three crumbs or more without the home page or the copy, each arrow between spaces: `新闻中心 > 央广网国内 >
 * 地方新闻`, the last crumb the column. (A headline holds no spaced arrows between words, and has more than a column's
 * length or its marks.)
 */
const PATH_OF_CHANNELS = `^${SPACE}*[^${SPACE}>＞»›→。，,!！?？]{2,12}(?:${SPACE}+[>＞»›→]{1,2}${SPACE}+[^${SPACE}>＞»›→。，,!！?？]{2,12}){2,5}${SPACE}*$`;
// (The home page's crumb may be padded to a wider one's width: `首 页>`.)
// (A breadcrumb printed one crumb to a line, `首页>` / `美丽乡村>` / `详情`: a crumb and its arrow, or the copy's crumb,
// alone on a line.)
const CRUMB_ALONE = `^[${HAN_ALL}]{2,12}${SPACE}*(?:>|＞|»|›)$|^(?:正文|详情|文章详情|详细内容|内容详情|正文内容|新闻详情)$`;
const BREADCRUMB = new RegExp(`${WHERE_YOU_ARE.source}|^${SPACE}*(?:首${SPACE}?页|主页)${SPACE}*(?:>|＞|»|›|→)|${SITE_PATH}|${PATH_AFTER_LOGO}|${HOME_TO_COPY}|${SITE_TO_COPY}|${SITE_DASHED_TO_COPY}|${PATH_TO_COPY}|${PATH_TO_NOTHING}|${PATH_OF_CHANNELS}|${CRUMB_ALONE}`, 'u');
const HOME_TO_COPY_PATH = new RegExp(HOME_TO_COPY, 'u');
const SITE_TO_COPY_PATH = new RegExp(SITE_TO_COPY, 'u');
const BULLETED_CRUMB_SEPARATOR = new RegExp(`${SPACE}*[•·\\-－]${SPACE}*|${SPACE}+`, 'u');
const HOME_CRUMB = /^(?:首页|主页)/u;
/** The home page's crumb glued to one column's name of two to eight characters: `首页政声民情`. */
const HOME_GLUED_TO_COLUMN = new RegExp(`^(?:首页|主页)[${HAN_ALL}]{2,8}$`, 'u');
/**
 * What every breadcrumb holds: 位置, 首页 or 主页, or a separator of its path (not 位 of 单位 or 首 of 首次 alone); or it ends
 * at the copy itself (`…·正文`).
 */
const BREADCRUMB_GATE = /位置|首页|主页|[>＞»›→]|(?:正文|详情|详细内容|正文内容)\s*$/u;
export function isBreadcrumb(text: string): boolean {
  return text.length <= 80 && BREADCRUMB_GATE.test(text) && BREADCRUMB.test(text);
}

/**
 * Two English words or more, and nothing else, alone on a line: `About Us`, `New look at home`, a bilingual site's
 * channel name below its Chinese one; never an item's text on a Chinese page.
 */
const ENGLISH_NAME = /^[A-Za-z]+(?: [A-Za-z]+)+$/u;
export function isEnglishName(text: string): boolean {
  return text.length <= 40 && ENGLISH_NAME.test(text);
}
/** The furniture reason of such a line. */
export const ENGLISH_NAME_LINE = 'a name in English';

// (`->`, the arrow typed in ASCII: `首页 -> 新闻 -> 乡镇动态`.)
// (A slash too, after the label: `当前位置: 首页/县区、部门`.)
// (An arrow may be drawn with a longer shaft: `-->`.)
const CRUMB_SEPARATOR = new RegExp(`${SPACE}*(?:[-－]*[>＞»›→]+|[/／])${SPACE}*`, 'u');
const SPACES = new RegExp(`${SPACE}+`, 'u');
/** Question marks where a copy lost its spaces, at a crumb's ends. */
const LOST_SPACE_MARKS = /^[?？]+|[?？]+$/gu;
/** Crumbs that name no column: the site's home. */
const NO_COLUMN_CRUMBS = new Set(['首页', '首 页', '主页']);
/**
 * Crumbs that name the copy itself, after its column: `视觉 > 见识录 > 文章详情` is the column 见识录's; so does the
 * column's list page a template names after it (`频道中心 -> 快讯 -> 列表`, `首页>>思政教育>>新闻列表`).
 */
const COPY_CRUMBS = new Set(['正文', '正文内容', '详情', '详细', '内容', '文章详情', '详细内容', '文章内容', '文章页', '内容页', '详情页', '列表', '新闻列表', '信息列表', '文章列表', '内容阅读', '正文阅读', '阅读全文', '正文详情', '内容详情', '新闻详情', '信息详情', '浏览文章', '查看文章', '阅读文章', '文章浏览']);
/** Buttons a page prints after a breadcrumb's last crumb: `分享`, `返回`. */
const CRUMB_BUTTONS = new Set(['分享', '返回', '打印', '收藏', '关闭']);
/** `详细内容`, `正文` alone: the crumb that names the copy itself, a site's word, never its title. */
export function namesTheCopyAlone(text: string): boolean {
  return text.length <= 4 && COPY_CRUMBS.has(text);
}

/** A crumb that names a channel: not the site's home (NO_COLUMN_CRUMBS) nor the copy itself (COPY_CRUMBS). */
export function namesAChannel(crumb: string): boolean {
  return !NO_COLUMN_CRUMBS.has(crumb) && !COPY_CRUMBS.has(crumb);
}
/** A page's number and its colon, then the column (group 1), however the page is written. */
const PAGE_COLON_COLUMN = /[0-9０-９]版+[:：]\s*([^:：\s]+)$/u;
/** `正文玉壶镇`: the copy's crumb, the column's name glued after it (group 1). */
const COPY_CRUMB_GLUED = /^(?:正文|详情)(.+)$/u;
/** Longest crumb read as a column's name: a title of the copy in the path is longer. */
const MAX_CRUMB = 12;
/** A crumb that is the copy's title, not a column: longer than a column's name, or a title's phrases, quotes or marks. */
const TITLE_CRUMB_MARKS = /[ \u3000“”"‘’!！?？,，]/u;
function namesTheCopy(crumb: string): boolean {
  return crumb.length > MAX_CRUMB || (crumb.length >= 6 && TITLE_CRUMB_MARKS.test(crumb));
}

/** A crumb printed as a list's entry on a line of its own: `1. 首页`, `- 主页 /`, `• 社区动态` (group 1: the crumb). */
const LISTED_CRUMB = new RegExp(`^(?:[0-9]{1,2}[.．、]|[-－•·])${SPACE}*([^${SPACE}].*?)${SPACE}*[/／>＞]?$`, 'u');

/**
 * The column of a path printed as a list, a crumb a line (`1. 首页` / `2. 群团活动` / `3. 正文`, `- 主页 /` / `- 残疾人展能节 /`,
 * `• 文明乡街` / `• TITLE`), or of a column's name printed twice over (its crumb and its heading, `学生活动` / `学生活动`): the
 * last crumb that names a channel, not the home page, the copy or its title. Null for any other lines.
 */
export function columnOfCrumbLines(lines: readonly string[]): string | null {
  let listed = 0;
  let column: string | null = null;
  for (const line of lines) {
    const crumb = LISTED_CRUMB.exec(line)?.[1];
    if (crumb === undefined) continue;
    listed++;
    if (namesAChannel(crumb) && !namesTheCopy(crumb) && HAN_CHARACTER.test(crumb)) column = crumb;
  }
  if (listed >= 2) return column;
  // (Above the copy's title: a picture's label printed twice among the labels below a longer one is no column.)
  for (let i = 1; i < lines.length && lines[i - 1]!.length <= MAX_CRUMB; i++) {
    const line = lines[i]!;
    if (line === lines[i - 1] && line.length >= 2 && line.length <= MAX_REPEATED_COLUMN && HAN_ONLY.test(line) && namesAChannel(line)) return line;
  }
  return null;
}
/** Longest column's name read from its printing twice over (a short title printed twice is longer). */
const MAX_REPEATED_COLUMN = 6;
const HAN_ONLY = new RegExp(`^[${HAN_ALL}]+$`, 'u');

/**
 * The column a breadcrumb files the copy under, its last crumb: `您的位置:首页 >> 信息中心 >> 乡街动态` → `乡街动态`. Null when
 * the line is no breadcrumb, or its last crumb is the home page, the copy itself or the site (`寿宁新闻网`).
 */
export function breadcrumbColumn(text: string): string | null {
  const path = isBreadcrumb(text) ? crumbsOf(text) : null;
  return path === null ? null : columnOfCrumbs(path.crumbs, path.spaced);
}

/** The crumbs of a breadcrumb's path, as printed, the home page's among them: `首页 > 党群工作 > 党建动态` → its three. */
export function breadcrumbCrumbs(text: string): string[] | null {
  return isBreadcrumb(text) ? (crumbsOf(text)?.crumbs ?? null) : null;
}

/** A breadcrumb's crumbs, and whether they are parted by spaces alone (then the last is no column and title). */
function crumbsOf(text: string): { crumbs: string[]; spaced: boolean } | null {
  const path = text.replace(WHERE_YOU_ARE, '');
  const dashed = !CRUMB_SEPARATOR.test(path) && SITE_DASHED_TO_COPY_PATH.test(path);
  // (`中新网广西新闻·正文`: the site and its channel, the outlet's own name, then the copy: no column.)
  if (!dashed && SITE_TO_COPY_PATH.test(path) && !CRUMB_SEPARATOR.test(path)) return null;
  // (`首页社会头条 • 正文`: a path to the copy parted by bullets or dashes, the home page glued to the next crumb.)
  const bulleted = !CRUMB_SEPARATOR.test(path) && HOME_TO_COPY_PATH.test(path);
  // (`当前位置: 首页 新闻动态 学校团讯 正文`: after its label, a path without arrows is parted by spaces.)
  const separator = dashed ? SPACED_DASH : bulleted ? BULLETED_CRUMB_SEPARATOR : path.length < text.length && !CRUMB_SEPARATOR.test(path) ? SPACES : CRUMB_SEPARATOR;
  const crumbs = path
    .split(separator)
    // (`首页 ?>>?柳岸镇?>>?政务动态`: a space the copy lost to a question mark stands around the arrows.)
    .map((crumb, index) => (bulleted && index === 0 ? crumb.trim().replace(HOME_CRUMB, '') : crumb.trim()).replace(LOST_SPACE_MARKS, ''))
    .filter((crumb) => crumb !== '');
  // (`首页政声民情`: the home page and one column, their separator lost.)
  if (crumbs.length === 1 && HOME_GLUED_TO_COLUMN.test(crumbs[0]!)) crumbs.splice(0, 1, crumbs[0]!.slice(0, 2), crumbs[0]!.slice(2));
  return { crumbs, spaced: separator === SPACES };
}

/** A year alone, `2020年`, `2021`: the archive's folder of a column. */
const YEAR_CRUMB = /^(?:19|20)[0-9]{2}年?$/u;

/** An e-paper's page alone, `A06版`, `第3版`, `05版`. */
const PAGE_CODE_CRUMB = /^第?[A-Za-z]?[0-9０-９]{1,3}版$/u;

function columnOfCrumbs(crumbs: string[], spaced: boolean): string | null {
  // (`校园看点 > 正文 分享`, `环保频道 > 即时报 正文`: after the last crumb's words, the copy's word or a button the page
  // printed there; `正文 分享` is the copy's crumb.)
  if (!spaced && crumbs.length >= 2) {
    const words = crumbs.at(-1)!.split(SPACES);
    while (words.length > 1 && (COPY_CRUMBS.has(words.at(-1)!) || CRUMB_BUTTONS.has(words.at(-1)!))) words.pop();
    // (`A06版 福州新闻`: an e-paper's page before the column's name, in its crumb.)
    if (words.length > 1 && PAGE_CODE_CRUMB.test(words[0]!)) words.shift();
    crumbs[crumbs.length - 1] = COPY_CRUMBS.has(words[0]!) ? words[0]! : words.join(' ');
  }
  // (`乡镇 -> 玉壶镇 -> 正文玉壶镇`: the copy's crumb with the column's name printed again after it, glued.)
  const glued = crumbs.length >= 2 ? crumbs.at(-1)!.match(COPY_CRUMB_GLUED) : null;
  if (glued !== null && glued[1] === crumbs.at(-2)) crumbs.pop();
  // (The copy's title as the last crumb, after its column: `首页 > 社区新闻 > 柳岸社区开展“邻里节”活动` is the column 社区新闻's.)
  // (`首页 > 社区新闻 柳岸社区开展邻里节活动`: the copy's title printed after its column, a space between.)
  const titled = !spaced && crumbs.length >= 2 ? COLUMN_THEN_TITLE.exec(crumbs.at(-1)!) : null;
  if (titled) crumbs[crumbs.length - 1] = titled[1]!;
  // (`首页 > 考察调研 > 2020年`: the column's archive of one year is a folder of the column, no column of its own.)
  const lastCrumb = COPY_CRUMBS.has(crumbs.at(-1) ?? '') || namesTheCopy(crumbs.at(-1) ?? '') || YEAR_CRUMB.test(crumbs.at(-1) ?? '') ? crumbs.at(-2) : crumbs.at(-1);
  // (An e-paper's path ends at the page: `当前位置:江城晚报2013年12月05日期 第A31版:社区新闻` is the column 社区新闻's.)
  // (A template that prints the page's words twice, `第第03版版:社会新闻`, still names the column after the page's colon.)
  const page = lastCrumb !== undefined && lastCrumb.includes('版') ? (PAGE_LINE.exec(lastCrumb) ?? PAGE_COLON_COLUMN.exec(lastCrumb)) : null;
  const last = page ? page.slice(1).find((name) => name !== undefined)?.trim() : lastCrumb;
  // (`A03`, `2025-02-13`: an e-paper's page and day, no column's name.)
  if (last === undefined || NO_COLUMN_CRUMBS.has(last) || last.endsWith('网') || last.length > MAX_CRUMB || !HAN_CHARACTER.test(last)) return null;
  // (`社区动态社区动态`: the crumb and the channel's heading glued to it, the same words twice.)
  const half = last.length / 2;
  return last.length % 2 === 0 && last.slice(0, half) === last.slice(half) && !isOneCharacterRepeated(last) ? last.slice(0, half) : last;
}

/**
 * The copy's title as a breadcrumb's last crumb, after two crumbs or more: longer than a channel's name (MAX_CRUMB), a
 * headline's length at most, not a crumb that stands for the copy (`正文`). Null for any other line.
 */
export function crumbTitleOf(text: string): string | null {
  const crumbs = breadcrumbCrumbs(text);
  const last = crumbs !== null && crumbs.length >= 3 ? crumbs.at(-1)! : null;
  return last !== null && last.length > MAX_CRUMB && last.length <= MAX_CRUMB_TITLE && HAN_CHARACTER.test(last) && !COPY_CRUMBS.has(last) && !endsSentence(last) ? last : null;
}
/** The longest crumb read as the copy's title: a long headline's length. */
const MAX_CRUMB_TITLE = 40;

/** A column's name, a space, then a title of six characters or more: the last crumb of a path that names the copy after it. */
const COLUMN_THEN_TITLE = new RegExp(`^([^${SPACE}]{2,8})${SPACE}+([^${SPACE}].{5,})$`, 'u');

/** `text` is one character printed over and over: no word said twice. */
function isOneCharacterRepeated(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) !== text.charCodeAt(0)) return false;
  return true;
}

/** A page number alone on its line, as e-paper copies print it: `04`; a forum's pager in square brackets, `[1]`. */
export const PAGE_NUMBER = /^(?:[0-9０-９]{1,3}|\[[0-9]{1,3}\])$/;
/** PAGE_NUMBER.test(text), without the regex for a line longer than a page number (nearly all). */
export function isPageNumber(text: string): boolean {
  return text.length <= 5 && PAGE_NUMBER.test(text);
}

/**
 * A table of contents run onto one line: six or more titles separated by spaces, no full stop
 * (`晚报社区版 新春走基层 楼道里的年味 “出行更方便了!” 老街新貌 …`).
 */
export function isContentsLine(content: string): boolean {
  if (content.length < 40 || content.includes('。') || !hasSpaces(content, 5)) return false;
  const titles = content.split(/[ \u3000]+/u).filter((title) => title.length > 0);
  return titles.length >= 6 && titles.every((title) => title.length <= 24);
}

/** At least `count` spaces (ASCII or ideographic) in `text`: the cheap test before cutting it into titles. */
function hasSpaces(text: string, count: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length && found < count; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x3000) found++;
  }
  return found >= count;
}

/**
 * A headline's couplet: two halves of the same length, four to eight Han characters each, apart by a space or more
 * (`校园书声起 入秋学子归`, `邻里常走动 社区更温馨`). Papers set a main title so; a column's name or a kicker seldom is one.
 */
const COUPLET = new RegExp(`^([${HAN_ALL}]{4,8})${SPACE}+([${HAN_ALL}]{4,8})$`, 'u');
export function isCouplet(text: string): boolean {
  // (Halves of eight may stand wider apart than one space, as halves of four do: the line has no longest length.)
  if (text.length < 9) return false;
  const halves = COUPLET.exec(text);
  return halves !== null && halves[1]!.length === halves[2]!.length;
}

/**
 * The name of a picture's file, where a web copy had the picture (`图片1.png`, `IMG_0231.JPG`, a converted one's
 * `640.webp.jpg`, a second copy's `组照3 (2).jpg`): no title, and no text to go on. A caption may serve as the name,
 * its sentences' stops and all (`1,山里的村医…工作.东湖村卫生室医生入户检查.jpg`): a line without white space that ends in
 * an extension is a file's name however long.
 */
const PICTURE_FILE = /^(?:[^\s.]{1,40}(?:\s?\(\d{1,2}\))?|\S{41,160}?)(?:\.(?:jpe?g|png|gif|bmp|webp)){1,2}$/iu;
/** The last letters of PICTURE_FILE's extensions: the grammar asks of nearly every short line, few end so. */
const PICTURE_FILE_ENDS = codeUnitTable([...'gGfFpP']);
/**
 * A camera's or a chat app's name for a picture, kept without its extension: `微信图片_20221116135659`, `IMG_20240312_081500`,
 * `微信图片_20251022103459_170_268` (the app's newer names add two numbers).
 */
export const DEVICE_PICTURE_STEM = '(?:微信图片|mmexport|IMG|DSC|DSCN)[_-]?[0-9]{4,17}(?:[_-][0-9]{1,6}){0,2}';
const DEVICE_PICTURE_NAME = new RegExp(`^${DEVICE_PICTURE_STEM}$`, 'iu');
/** What a portal's copy prints where each picture was, asking for its app to show it: `打开网易新闻 查看精彩图片`. */
// (And the word alone, which a copy prints where each picture was: `图片`.)
const APP_PICTURE_PROMPT = /^(?:打开\S{2,8}\s*查看精彩)?图片$/u;
/** A picture's number in a caption's label or alone on its line: `1`, `１`, `①`, `一`. */
const PICTURE_NUMERAL = '[0-9０-９\\u2460-\\u2473一二三四五六七八九十]';
/** A picture's number alone on its line, above its caption (`图一` / `图一:…`): where the picture stood, no title. */
const PICTURE_NUMBER = new RegExp(`^图片?${PICTURE_NUMERAL}{1,2}$`, 'u');
const MAX_PICTURE_NUMBER = 4;
export function isPictureNumber(text: string): boolean {
  return text.length <= MAX_PICTURE_NUMBER && text.charCodeAt(0) === 0x56fe /* 图 */ && PICTURE_NUMBER.test(text);
}

/**
 * A site's store names a picture by its content's hash, printed without an extension where the picture stood
 * (`34c7a94bb85deacdc50659941b4a487c`): thirty-two hexadecimal digits, letters and figures both.
 */
const CONTENT_HASH_LENGTH = 32;
const CONTENT_HASH = /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{32}$/u;

/** A line that stands where a web copy had a picture: the picture's file name, or the portal's prompt printed there instead. */
/** Longest line PICTURE_FILE can match: 160 characters of a caption as the name and two extensions of up to five (`.webp.jpeg`). */
const MAX_PICTURE_FILE = 170;
export function isPictureFile(printed: string): boolean {
  if (printed.length > MAX_PICTURE_FILE) return false;
  // (A space after the last file, as a copy may leave it: `微信图片_1.jpg `.)
  const text = isSpace(printed.charCodeAt(printed.length - 1)) ? printed.trimEnd() : printed;
  if (text.length === CONTENT_HASH_LENGTH) return CONTENT_HASH.test(text);
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x7247 /* 片 */) return APP_PICTURE_PROMPT.test(text);
  if (last >= 0x30 && last <= 0x39) return DEVICE_PICTURE_NAME.test(text);
  if (PICTURE_FILE_ENDS[last] !== 1) return false;
  if (PICTURE_FILE.test(text)) return true;
  // (Several pictures' files in a row, the copy's line breaks lost between them: `微信图片_1.jpg 微信图片_2.jpg`.)
  const files = text.split(SPACES);
  return files.length > 1 && files.every((file) => PICTURE_FILE.test(file));
}

/**
 * A field of an archive record: `【标题】= …`, `【日期】= 2001.05.06`; or, where a library's archive prints its value
 * right after the bracket, one of the fields such a record holds (`【作者】 李四`, `【版次】第08版:社会广场`, `【全文】`),
 * by name: a column's label in brackets (`【社区动态】`) is none of them.
 */
export const ARCHIVE_FIELD = /^【[^】]{1,8}】\s*[=＝:：]|^【(?:类型|主篇名|副篇名|作者|作者单位|地址|版次|版名|入库时间|全文|正文|期号|专栏)】/u;
/** ARCHIVE_FIELD.test(text), without the regex where the text does not open with its bracket. */
export function isArchiveField(text: string): boolean {
  return text.charCodeAt(0) === 0x3010 /* 【 */ && ARCHIVE_FIELD.test(text);
}

/** The introduction of a column, not an item: `开栏的话:本栏目…`; an afterword's label, `编后:`. */
const COLUMN_INTRO_WORDS = ['开栏的话', '编后', '编后语'];
export const COLUMN_INTRO = new RegExp(`^(?:${COLUMN_INTRO_WORDS.join('|')})\\s*[:：]`);
const COLUMN_INTRO_FIRST = codeUnitTable(COLUMN_INTRO_WORDS.map((word) => word[0]!));
/** COLUMN_INTRO.test(text), without the regex where the text opens with none of its words' first characters. */
export function isColumnIntro(text: string): boolean {
  return COLUMN_INTRO_FIRST[text.charCodeAt(0)] === 1 && COLUMN_INTRO.test(text);
}

/**
 * An editor's note run in before its text (`编者按:为推动…`, `编前语:`): the annotations read the note as an item of its
 * own, its label no text of it (a column's introduction, `开栏的话:`, is none).
 */
const EDITORS_NOTE = /^(?:编者按|编者的话|编前语|按语)[ \u3000]*[:：][ \u3000]*(?=\S)/u;
/** Where the note's text starts after its label, or 0 where the text opens with none. */
export function editorsNoteLength(text: string): number {
  const first = text.charCodeAt(0);
  if (first !== 0x7f16 /* 编 */ && first !== 0x6309 /* 按 */) return 0;
  return EDITORS_NOTE.exec(text)?.[0].length ?? 0;
}

/**
 * A web copy's field name alone on its line, its value on the next (`来源` / `临河市教育局办公室`, `作者:` / `何念慈`; a
 * template spaces a short one out, `作 者:`); where a repost was copied from (`原文阅读地址:` / `江城网:` / its address):
 * a site's table of fields copied a cell a line. A counter's name (`浏览量`, `阅读数`) whose figure a script fills in, and
 * the category (`分类:`), are such fields too, left empty in the copy.
 */
const FIELD_LABEL = /^(?:(?:来 ?源|作 ?者|原文阅读地址|原文地址|原文链接|原文内容|编 ?辑|责任编辑|责 ?编|审 ?校|审 ?核|签发时间|发布时间|发布日期|发布单位|点击数|点击量|点击次数|浏览量|浏览次数|阅读量|阅读数|阅读次数|分 ?类|栏目名称|所属栏目)[:：]?|(?:文|文字|撰文)[:：])$/u;
const FIELD_LABEL_FIRST = codeUnitTable([...'来作原编责审签发点浏阅分文撰栏所']);
const MAX_FIELD_LABEL = 7;

/**
 * A row of a site's fields left empty, set off by its bars: `文字: | |`, `摄影: | 编辑: |` (one field with a colon
 * and no bar is an organisation's line above its title, `苏村社区:`).
 */
const EMPTY_FIELDS = /^(?:[\u4e00-\u9fff]{2,4}[:：][ \u3000]*[|｜][ \u3000|｜]*)+$/u;
const MAX_EMPTY_FIELDS = 30;

export function isFieldLabel(text: string): boolean {
  return FIELD_LABEL_FIRST[text.charCodeAt(0)] === 1 && text.length <= MAX_FIELD_LABEL && FIELD_LABEL.test(text);
}

/** EMPTY_FIELDS.test(text), on the short lines that hold a bar. */
export function isEmptyFieldsRow(text: string): boolean {
  return text.length <= MAX_EMPTY_FIELDS && (text.includes('|') || text.includes('｜')) && EMPTY_FIELDS.test(text);
}

/**
 * An e-paper reader's list of the issue's pages and of the page's titles, above the article it shows (the same reader
 * software serves many papers): a page's number alone (`01版`, its name on the next line), and the heading of the
 * page's titles (`标题导航`, `本版新闻列表`). The lines after either, up to the next line about the page, are that list, not text.
 */
const PAGE_LIST_ENTRY = /^[0-9０-９]{1,3}版$/u;
export function isPageListEntry(text: string): boolean {
  return text.length <= 4 && PAGE_LIST_ENTRY.test(text);
}
export function isContentsHeading(text: string): boolean {
  return text === '标题导航' || text === '本版新闻列表' || text === '本版列表新闻' || text === '版面导航';
}
/** A page's number alone (`第A01版`, `B2版`): below a reader's `版面导航`, an entry of its list of pages, each its column's name below it. */
const BARE_PAGE = /^第?[A-Za-z]?[0-9０-９]{1,3}版$/u;
export function isBarePageLine(text: string): boolean {
  return text.length <= 6 && BARE_PAGE.test(text);
}
/**
 * A reader's line of the day, the page and its buttons: `2013年5月29日 第07版 放大 缩小 默认`. The date and page
 * are cut off and what is left must be buttons.
 */
const DATE_AND_PAGE = new RegExp(`^${DAY_IN_WORDS}(?:${SPACE}*第?[A-Za-z]?[0-9]{1,3}版)?${SPACE}*`, 'u');
export function isDatedButtonRow(text: string): boolean {
  // (No gate on the first character: DATE_AND_PAGE is anchored on the year's four digits.)
  if (text.length > 60) return false;
  const date = DATE_AND_PAGE.exec(text);
  if (date === null || date[0].length === text.length) return false;
  const rest = text.slice(date[0].length);
  return WEB_BUTTON_WORD.test(rest) && WEB_BUTTONS.test(rest);
}

/**
 * A paper's contact line, in a page's box of who made it or under a column: `邮箱:czb@126.com`, `新闻热线:0550-1234567`,
 * `QQ群号:373988824`, `网易微博:…@163.com`; a site's line to report harmful content (`…举报电话:NUMBER`).
 * Only with an address or a number after the colon: `电话:` alone heads a text.
 */
// (A hotline may carry the company's name and its hours: `江城会务集团24小时服务热线:…`.)
const CONTACT_LINE = new RegExp(`^(?:(?:[${HAN_ALL}]{0,4}|[${HAN_ALL}]{2,16}举报)(?:热线|电话|邮箱|信箱|传真|QQ群?号?|微信号?|微博)|[${HAN_ALL}0-9]{2,20}热线)[:：]${SPACE}*[^${SPACE}]`, 'u');
// (`[email protected]` stands for an address a site hid from robots.)
// (A mobile number may be spaced in groups: `138 0838 1949`.)
const CONTACT_VALUE = /@|[0-9]{5}|[0-9]{3}[ \u3000-][0-9]{4}[ \u3000-][0-9]{4}|\[email protected\]/;
const MAX_CONTACT_LINE = 60;

export function isContactLine(text: string): boolean {
  // (`(江城网新闻热线:0000-1234567,投稿邮箱…)`: a site's call for news in brackets below the text, its lines run together.)
  const first = text.charCodeAt(0);
  if ((first === 0x28 /* ( */ || first === 0xff08 /* （ */) && text.length <= MAX_BRACKETED_CONTACT && endsWithBracket(text)) return isContactText(text.slice(1, -1));
  return text.length <= MAX_CONTACT_LINE && isContactText(text);
}
function isContactText(text: string): boolean {
  // The anchored pattern first: it fails within the first few characters of nearly every line.
  // (Desks' numbers end in a digit: the gate keeps their pattern off nearly every line.)
  return (CONTACT_LINE.test(text) && CONTACT_VALUE.test(text)) || (isDigitCode(text.charCodeAt(text.length - 1)) && DESK_NUMBERS.test(text));
}
/**
 * A paper's desks and their telephone numbers, as its masthead lists them, one or more a line: `办公室 :38166899`,
 * `采访中心:38166844`, `网 站 :38166855` (a desk's name spaced out to the others' width).
 */
const DESK_NUMBERS = new RegExp(`^(?:(?:[${HAN_ALL}]${SPACE}?){2,6}${SPACE}*[:：]${SPACE}*[0-9]{7,8}${SPACE}*)+$`, 'u');
const MAX_BRACKETED_CONTACT = 120;
const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * The fields a web copy prints about itself, each before its colon: `来源:`, `作者:`, `标签:`; its content system's
 * time stamps, a verb before 时间/日期 (`发布时间:`, `发表时间:`, `编辑日期:`, `更新时间:`, `加入时间:`, a paper's
 * `刊发时间:`, a school's `送稿日期:` for the day the copy was handed in) or alone (`发布:`, `更新:`), and who put the copy on the site (`发布者:admin`, `采录人:系统管理员`), who is
 * not its writer.
 */
const WEB_FIELD = '网址|发布平台|发布媒体|出品|本文链接|原文链接|国内统一刊号|国际标准刊号|邮发代号|来源|素材来源|图文来源|信息来源|稿件来源|新闻来源|作者[(（]来源[)）]|新闻作者|文章作者|原创作者|原作者|作者|供稿单位|发布机构|发布单位|发布部门|发文机关|(?:发布|发表|发稿|送稿|投稿|供稿|交稿|编辑|更新|录入|上传|添加|加入|签发|刊发)(?:时间|日期)|(?:发布|录入|上传|采录)[者人]|发布|更新|时间|日期|浏览次数|阅读次数|点击次数|访问次数|查看次数|阅读量|浏览量|点击量|访问量|点击数|点击|阅读|浏览|图片数|文章来源|文献来源|稿源|字号|字体调节|字体|文章字数|本文字数|字数|当前报纸名称|报纸名称|编印|来自|标签|关键词|关键字|本文来源|本文转自|转自|所属专题|所属栏目|当前栏目|栏目名称|专栏名称|栏目';
/**
 * A web copy's field naming the column it is filed under: `所属栏目: 乡镇动态`, `|栏目:爱心传递 |`, `专栏名称: 邻里之间`
 * (group 1: the column).
 */
export const COLUMN_FIELD = new RegExp(`(?:^|[|｜]|${SPACE})(?:所属栏目|当前栏目|栏目名称|专栏名称|栏目|专栏)${SPACE}*[:：]${SPACE}*([^\\s|｜:：]{2,12})`, 'u');
/** A line that opens with one of a web copy's fields and its colon: `时间:…`, `来源:…`, `发布日期:…`. */
export const WEB_FIELD_OPENING = new RegExp(`^(?:${WEB_FIELD})${SPACE}*[:：]`, 'u');
/**
 * A line of a web copy about the copy: `来源: 光明日报`, `作者: 张三`, `2020-07-21 07:15:29 来源: 光明日报`,
 * `发布时间:2024-11-05`, a paper and date line `半岛都市报 2021-09-10`, a loading placeholder, a forum's edit note, the
 * masthead's registration fields of an e-paper (`国内统一刊号:CN00-0000`). Its alternatives are kept in groups by a
 * character or word every match of the group holds (a colon or bar, a figure, `《`, …): isWebMeta() asks only the groups
 * whose mark the line holds, and WEB_META is all of them, in the same order.
 */
// An app's or a public account's mark that the copy is its own, before its date: `©原创 2023-11-09 09:42 …`.
// A government site prints its back link before the fields: `< 返回 信息来源:XX镇 发布日期:2019-12-06 浏览次数:42`.
// A template's font buttons before the fields: `放大字体  缩小字体 发布日期:2019-02-27  浏览次数:962`.
const WEB_META_OPENING = `^(?:[<＜]?${SPACE}*返回${SPACE}+(?=[${HAN_ALL}]{2,6}[:：]))?(?:(?:放大|缩小|默认)字体${SPACE}+)*(?:©${SPACE}*)?(?:原创${SPACE}*(?=[0-9]))?`;
/** Alternatives that need a colon or a bar (`:：丨|｜`). */
const WEB_META_WITH_COLON = [
  `(?:${WEB_FIELD})${SPACE}*[:：丨|｜]`,
  // The masthead's registration after the publisher's words: `江城日报社出版 国内统一刊号:CN00-0000 代号:00-00`.
  `[${HAN_ALL}]{2,12}出版${SPACE}+国内统一刊号${SPACE}*[:：]`,
  // A content system's hash of the copy: `Hash:9f00…`.
  `Hash${SPACE}*[:：]${SPACE}*[0-9a-fA-F]{16,}$`,
  // A platform's counts alone on their line, likes then reads: `0 阅读:0`, `12 浏览:340`.
  `[0-9]+${SPACE}+(?:阅读|浏览)${SPACE}*[:：]${SPACE}*[0-9]+${SPACE}*$`,
  // Any field whose value is a day alone: `日期查询:2022年09月07日`, an e-paper's calendar (no title is a colon and a day).
  `[${HAN_ALL}]{2,6}${SPACE}*[:：]${SPACE}*[0-9]{4}(?:年|-|/|\\.)[0-9]{1,2}(?:月|-|/|\\.)[0-9]{1,2}日?${SPACE}*$`,
  // A time alone (`10-13 09:57`) or with the unit that sent the copy (`01-16 15:36 江城县融媒体中心`).
  `[0-9]{1,2}[-/.][0-9]{1,2}${SPACE}+[0-9]{1,2}[:：][0-9]{2}(?:${SPACE}+[${HAN_ALL}]{2,16})?$`,
  // The time of a date line whose day a run-on line's space cut off, then the fields: `03:21来源:江城时报`.
  `[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?${SPACE}*(?:${WEB_FIELD})${SPACE}*[:：]`,
  // A day, month and year, then the time: `12.03.2015 15:31`.
  `[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}${SPACE}+[0-9]{1,2}[:：][0-9]{2}`,
  // The day in brackets, then the fields: `( 2020-08-06 ) 稿件来源:江城晚报`.
  `[(（]${SPACE}*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}${SPACE}*[)）]${SPACE}*(?:${WEB_FIELD})${SPACE}*[:：]`,
  // The paper's name, perhaps its channel, then the fields: `江城日报 新闻    时间:2025年05月30日    来源:江城日报`.
  `[${HAN_ALL}·]{2,14}?(?:报|网|台|客户端)(?:${SPACE}+[${HAN_ALL}]{2,4})?${SPACE}+(?:${WEB_FIELD})${SPACE}*[:：]`,
  // The site's name and its address, then the fields: `江城区门户网站 www.jc.gov.cn 时间:2016-06-02 浏览量:`.
  `[${HAN_ALL}]{2,20}${SPACE}+(?:https?://)?(?:[A-Za-z0-9-]+\\.)+(?:cn|com|net|org)/?${SPACE}+(?:${WEB_FIELD})${SPACE}*[:：]`,
];
/** Alternatives that need an ASCII figure. */
const WEB_META_WITH_FIGURE = [
  // A view count before the fields, or alone (a run-on line's piece): `0次浏览 发布时间:…`, `0次浏览`.
  `[0-9]+${SPACE}*次(?:浏览|阅读)(?:${SPACE}|$)`,
  // Counts opening the line, the word first: `热度120票  浏览76次 【共0条评论】…`, `点击:35次`.
  `(?:热度|人气|浏览|阅读|点击)${SPACE}*[:：]?${SPACE}*[0-9]+${SPACE}*[次票](?:${SPACE}|$)`,
  // A public account's post line: its name, the day and hour, and where it was posted from (`柳岸发布 2024-03-02 09:15
  // 发表于江苏`, an author and `原创` before the name too).
  `(?:[^${SPACE}]{1,20}${SPACE}+){0,3}[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}${SPACE}+[0-9]{1,2}[:：][0-9]{2}${SPACE}+发表于[${HAN_ALL}]{2,4}$`,
  // A web address and a date: `http://www.sina.com.cn 2006年08月01日11:30 黑龙江日报`, glued after its slash too
  // (`http://www.jiangcheng.cn/2018年12月29日 08:44`); an address alone is unassigned text.
  `(?:https?://|www\\.)[^${HAN_ALL}]*?(?:${SPACE}+[0-9]{4}|/[0-9]{4}年)`,
  // A date line: `2020-07-21 07:15:29 来源: 光明日报`, `2021年06月01日15:19`, `2021年06月01日 王芳`, the date then any
  // field (`2019-01-18  标签: 来源:延吉新闻网`), in brackets too (`2009.07.14 (新闻来源:江城网)`); a web copy spaces its
  // date as OCR does (`2012 年 1 月 12 日 星期四`), and a template may close it with its separator
  // (`2021/01/30/ 09:19`) or put a bar before the fields (`2023-10-24 | 来源:本地 作者:林小禾`). A site's clock says
  // the half of the day and may open with `今天是` (`2024/03/12 上午9:15:02 星期二`, `今天是:2024年5月6日 星期一`).
  `(?:今天是${SPACE}*[:：]?${SPACE}*)?[0-9]{4} ?[-/.年] ?[0-9]{1,2} ?[-/.月] ?[0-9]{1,2} ?[日/]?(?:${SPACE}*(?:星期.|(?:上午|下午)?[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)|.{0,12}$|(?:${SPACE}+|${SPACE}*[|｜]${SPACE}*)[(（]?(?:来源|(?:${WEB_FIELD})${SPACE}*[:：]))`,
  // (A site's name may be one character and 网: `红网 2018-03-13 阅读数 1234`; a paper's name may end in 电讯, as the
  // news agency's daily's does: `江城每日电讯 2024年03月02日`.)
  // (A bar may stand between them: `江城日报 |2020/05/15`.)
  // (A site and its paper joined by a dash, as their leads join them: `江城新闻网-江城日报 2019-03-18`.)
  `[${HAN_ALL}·]{1,14}?(?:报|网|台|客户端|电讯)(?:[-－—][${HAN_ALL}]{2,10}?(?:报|网|台|客户端|融媒体中心))?${SPACE}*(?:[|｜]${SPACE}*)?(?:[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)(?:${SPACE}|$)`,
  // The site's address alone, then the day the copy was posted: `jc.example.com 2011-12-12 10:19 林帆 来源:江城网`.
  `(?:[A-Za-z0-9-]+\\.)+(?:cn|com|net|org)${SPACE}+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:${SPACE}|$)`,
  // A forum's edit note (`本帖最后由 USER 于 2016-9-14 09:06 编辑`, which names the poster, not the writer).
  `本帖最后由${SPACE}*\\S.{0,30}?${SPACE}*于${SPACE}*[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}.{0,12}?编辑${SPACE}*$`,
  // A copy's day and hour with the year before the month and a slash before the day: `2025 10/29 17:08:02` (news.cn's).
  `${SPACE}*[0-9]{4}${SPACE}+[0-9]{1,2}/${SPACE}?[0-9]{1,2}${SPACE}+[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?${SPACE}*$`,
];
/** Alternatives that need a book title's bracket, `《`. */
const WEB_META_WITH_BOOK_TITLE = [
  // A reprint's citation of the paper it comes from: `《人民日报海外版》(2021年06月13日第04版)`.
  `《[${HAN_ALL}]{2,14}》${SPACE}*[(（][^()（）]{0,24}版${SPACE}*[)）]$`,
  // A repost's note of who ran the story under which title: `江城网以标题《TITLE》报道…`, `XX日报以《TITLE》为题刊发…`.
  `[${HAN_ALL}]{2,24}?以(?:标题|题为)?${SPACE}*《[^》]{2,60}》(?:为题)?[,，]?${SPACE}*(?:对[^。]{0,30}?)?(?:进行了?|作了?|予以)?(?:报道|刊发|刊登|转载|转发)`,
];
/** The source field with a space for its colon, alone on its line: `来源 新华社` (it needs 来源). */
const WEB_META_SOURCE_SPACED = [`来源${SPACE}+[^${SPACE}]{2,12}$`];
/**
 * A paper's or a news site's name alone (`江城日报`, `临河文明网`; a city's site or news portal by its short name,
 * `临河城市网`, not a phrase ending in 网): Han characters and white space only.
 */
const WEB_META_NAME_ALONE = [
  `[${HAN_ALL}]{2,8}(?:${PAPER_ENDING})(?:客户端|${SPACE}*(?:数字报纸|数字报刊|电子报|数字报))?$`,
  `[${HAN_ALL}]{2,6}(?:文明网|新闻网)$`,
  `[${HAN_ALL}]{2,4}(?:城市网|资讯网)$`,
];
/**
 * What the site's software prints, not the paper: a picture's loading placeholder (`图片载入中,请稍候...`), and its note
 * that a page not yet approved is shown to its administrators as a preview (they need 图片 or 预览).
 */
const WEB_META_SOFTWARE = ['图片(?:载入|加载)中', '[^。]{0,12}当前页面为预览(?:效果)?'];

function webMetaPattern(alternatives: readonly string[]): RegExp {
  return new RegExp(`${WEB_META_OPENING}(?:${alternatives.join('|')})`, 'u');
}

export const WEB_META = webMetaPattern([
  ...WEB_META_WITH_COLON,
  ...WEB_META_WITH_FIGURE,
  ...WEB_META_WITH_BOOK_TITLE,
  ...WEB_META_SOURCE_SPACED,
  ...WEB_META_NAME_ALONE,
  ...WEB_META_SOFTWARE,
]);
const WEB_META_COLON_GROUP = webMetaPattern(WEB_META_WITH_COLON);
const WEB_META_FIGURE_GROUP = webMetaPattern(WEB_META_WITH_FIGURE);
const WEB_META_BOOK_TITLE_GROUP = webMetaPattern(WEB_META_WITH_BOOK_TITLE);
const WEB_META_SOURCE_GROUP = webMetaPattern(WEB_META_SOURCE_SPACED);
const WEB_META_NAME_GROUP = webMetaPattern(WEB_META_NAME_ALONE);
const WEB_META_SOFTWARE_GROUP = webMetaPattern(WEB_META_SOFTWARE);
/**
 * WEB_META.test(text), or a channel's name before a line of the copy's fields (channelBeforeFields; not a regex: the
 * fields are asked again), asking only the groups of alternatives whose mark the line holds: one pass over the line finds
 * its colons and bars, figures and `《`, and whether it holds a character no name alone has (ASCII, `、。`, quotation
 * marks, the full-width forms); most lines hold one of them or none, and pay for that group or nothing.
 */
export function isWebMeta(text: string, afterChannel = false): boolean {
  let colon = false;
  let figure = false;
  let bookTitle = false;
  // (A character outside Han, white space and ©: the name-alone group cannot match. A test by ranges, not a regex of
  // the Han ranges over the whole line, which overflows the regex engine's stack on a line of millions of characters.)
  let notInName = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) figure = true;
    else if (code === 0x3a /* : */ || code === 0xff1a /* ： */ || code === 0x4e28 /* 丨 */ || code === 0x7c /* | */ || code === 0xff5c /* ｜ */) colon = true;
    else if (code === 0x300a /* 《 */) bookTitle = true;
    if ((code >= 0x21 && code <= 0x7e) || code === 0x3001 || code === 0x3002 || (code >= 0x2018 && code <= 0x201d) || (code >= 0xff01 && code <= 0xff5e)) notInName = true;
  }
  return (
    (colon && WEB_META_COLON_GROUP.test(text)) ||
    (figure && WEB_META_FIGURE_GROUP.test(text)) ||
    (colon && !afterChannel && channelBeforeFields(text) !== null) ||
    (bookTitle && WEB_META_BOOK_TITLE_GROUP.test(text)) ||
    (text.includes('来源') && WEB_META_SOURCE_GROUP.test(text)) ||
    (!notInName && !bookTitle && WEB_META_NAME_GROUP.test(text)) ||
    ((text.includes('图片') || text.includes('预览')) && WEB_META_SOFTWARE_GROUP.test(text))
  );
}

/**
 * A channel's name (Han characters only: no day, `3月5日  来源:…`) and a bar before a copy's fields that open with its day
 * (`信息 | 2022年11月22日 17:51:36 | 来源:…`), or spaces before fields that open with a field's name (`镇区   来源:莞讯网
 * 责任编辑:X  2019-10-13`): group 1 or 2 the fields.
 */
export const CHANNEL_BEFORE_FIELDS = new RegExp(`^([${HAN_ALL}]{1,8})(?:${SPACE}*[|｜丨]${SPACE}*(?=[0-9])(.+)|${SPACE}{2,}((?:${WEB_FIELD})${SPACE}*[:：].*))$`, 'u');
/**
 * The name a line of the copy's fields opens with before its bar or spaces (`信息 | DATE | 来源:…` → 信息), or null. It may
 * be the copy's source (`江西日报 | DATE`): the caller tells.
 */
export function channelBeforeFields(text: string): string | null {
  const fields = CHANNEL_BEFORE_FIELDS.exec(text);
  // (The fields after the channel are read once, with no channel of their own: a line of bars is read in one pass.)
  return fields !== null && isWebMeta(fields[2] ?? fields[3]!, true) ? fields[1]! : null;
}

/** A forum's post header, its poster or board before it: `城区资讯 发表于 2015-3-9 11:59:46`. */
const FORUM_POST_HEADER = new RegExp(`^(?:[^${SPACE}]{1,20}${SPACE}+)?发表于${SPACE}*[0-9]{4}[-/.年]`, 'u');
/** FORUM_POST_HEADER.test(text), without the regex for the lines that hold no 发表于 (nearly all). */
export function isForumPostHeader(text: string): boolean {
  return text.includes('发表于') && FORUM_POST_HEADER.test(text);
}

/**
 * `东坡学院青年服务队供稿` alone on its line, no bracket: the unit that supplied the copy, said after the text's own
 * credits as a source is (in brackets, `(柳岸社区供稿)`, it is the writer's byline: bylines.ts); so is a news agency
 * that released it, `新华社发`.
 */
const SUPPLIED_BY_LINE = new RegExp(`^[^${SPACE}()（）。，,、:：;；!！?？“”]{2,30}供稿$`, 'u');

/** A news agency's release alone on its line, the pictures' credits below it: `新华社发`. */
const AGENCY_RELEASE_LINE = new RegExp(`^${AGENCY_RELEASE}$`, 'u');

/**
 * The page's note of where its copy came from, after the last item: `本版图文均据新华社电`, `本版图片由柳岸社区提供`
 * (a source for all its items, no one's byline).
 */
export const PAGE_SOURCE_NOTE = `本版(?:图文|文图|稿件|图片|文字|内容)?均?(?:据|由|来自|转自)[${HAN_ALL}]{2,12}?(?:电|提供|报道|供稿|供图)`;
const PAGE_SOURCE_NOTE_LINE = new RegExp(`^${PAGE_SOURCE_NOTE}$`, 'u');
export function isPageSourceNote(text: string): boolean {
  return text.startsWith('本版') && PAGE_SOURCE_NOTE_LINE.test(text);
}

export function isSuppliedByLine(text: string): boolean {
  if (text.endsWith('发')) return AGENCY_RELEASE_LINE.test(text);
  return text.endsWith('供稿') && SUPPLIED_BY_LINE.test(text);
}

/** The line a web copy names the title its story was retitled from with: `原标题:TITLE`. The title's line, not the title. */
export const ORIGINAL_TITLE_LINE = /^原标题\s*[:：]\s*(\S.{0,59})$/u;

/**
 * A web copy's labelled notice, whatever its length: a summary that repeats the text (`摘要:…`), the headline the copy
 * was retitled from (`原标题:…`), a site's copyright or disclaimer paragraph (`XX新闻网版权声明:凡本网…`, `凡本报记者署名文字…`).
 * (A notice labelled `声明:` alone too: `声明:本网部分图片…`.)
 */
/** The words a web copy labels its summary with (WEB_NOTICE, SUMMARY_LABEL). */
const SUMMARY_WORDS = '(?:本文)?摘要(?:提示)?|内容摘要|内容提要|导读';
export const WEB_NOTICE = new RegExp(
  `^(?:(?:${SUMMARY_WORDS}|核心提示|原标题|[${HAN_ALL}]{0,10}?版权声明|免责声明|声明)${SPACE}*[:：]` +
    // The summary's label in brackets: `[摘要]…`, `【内容提要】…`.
    `|[[［【](?:摘要|内容摘要|内容提要)[\\]］】]` +
    // The copyright paragraph unlabelled: `凡本报记者署名文字、图片,版权均属…`, `凡本网注明…的作品,未经授权不得转载`.
    `|凡本(?:报|网|站|刊)[^。]{0,40}?(?:版权|转载)` +
    // The same as a numbered list of the site's terms: `1.本网稿件…网络版权均属本网所有…`, `2.本站所转稿件如有版权问题…`.
    `|[0-9][.、．]${SPACE}*本(?:报|网|站|刊)[^。]{0,100}?(?:版权|转载)` +
    // (Or the term names the site and a reprint, a right or a liability anywhere in it: `2、转载或引用本网站中的署名文章,…`,
    // `3、对于不当转载…本网站不承担责任。`.)
    `|[0-9][.、．]${SPACE}*(?=[^。]{0,100}?本(?:网站|网(?!格)|站))(?=[^。]{0,100}?(?:版权|转载|引用|责任|权利))` +
    // The copy's link and the site's terms after it: `本文链接:http://… 版权声明1、转载…`.
    `|本文链接${SPACE}*[:：]${SPACE}*https?://` +
    // A site's line forbidding reprints, and whom to ask: `XX日报社原创作品,未经许可不得转载`, `转载事宜请联系本网:…`;
    // naming whose leave it takes and who may not, in brackets or not: `(本页图文未经江城日报许可,任何单位不得转载!)`.
    `|[(（]?[^。]{0,20}?未经(?:书面)?[^。，,]{0,16}?(?:授权|许可|同意)[,，]?[^。]{0,12}?(?:禁止|不得|严禁)转载|转载(?:事宜|请注明|请附上|须经|需经)|本(?:站|网)原创文章|本文(?:系|为|是)[^。，,]{0,20}?原创(?:文章|作品|稿件)` +
    // Its call for contributions, with the address to send them to: `欢迎各地通讯员踊跃投稿:X@163.com`.
    `|欢迎[^。，,]{0,16}投稿` +
    // A site's disclaimer of a reposted text: `本文不代表本站观点…`, `不代表江城网立场` (the site by its name), alone on its
    // line or in brackets; its note that the text is reposted and whose the rights are (`本文为本网转载稿件,…`,
    // `版权归原作者`).
    `|[(（]?[^。]{0,20}?不代表(?:本(?:网站|网|站|平台|报|刊)|[${HAN_ALL}]{2,8}?(?:网站|网|平台))的?(?:观点|立场)|本文(?:系|为|由)[^。,，]{0,12}?转载|[^。]{0,12}?版权归原作者` +
    // Its disclaimer of what others post: `本站部分信息由发布单位提供,…本站不负任何责任`.
    `|本(?:网站|网|站|平台)[^。]{0,12}?信息由[^。]{0,60}?提供` +
    // A site's call to follow its account, and the code to scan: `关注XX网微信公众号`, `扫描下方二维码,获取更多资讯`.
    `|关注[^。,，]{0,16}?公众号${SPACE}*$|(?:用(?:手机)?微信)?(?:长按|扫描|扫码|识别)[^。]{0,6}?二维码` +
    // The label under the code printed below the text: `江城党建网微信二维码`, `柳岸社区公众号二维码`.
    `|[^。,，${SPACE}]{0,16}?(?:微信|公众号)二维码${SPACE}*$` +
    // The reading time a site prints above its copy: `本篇文章256字,读完约1分钟`, `全文共1200字,阅读大约需要3分钟`.
    `|(?:本篇文章|本文|全文)共?[0-9]+字[,，]?${SPACE}*(?:读完|阅读)(?:约|大约)?(?:需要?)?[0-9]+分钟` +
    // The civilisation network's sites (文明网, one template from the national site to the counties') print their call
    // to share the copy between its date and its text.
    `|欢迎参与网络文明传播${SPACE}*[:：]?${SPACE}*$)`,
  'u',
);

/**
 * Every line WEB_NOTICE matches holds a colon or one of these words (each alternative needs one): a test for them passes
 * over most text before the regex, whose alternatives open with up to twenty characters of anything.
 */
const WEB_NOTICE_WORDS = /[:：字]|摘要|提要|凡本|版权|转载|原创|投稿|不代表|信息由|公众号|二维码|文明传播|责任|权利|引用/;
/** WEB_NOTICE.test(text), without the regex for the lines that cannot match it. */
export function isWebNotice(text: string): boolean {
  return WEB_NOTICE_WORDS.test(text) && WEB_NOTICE.test(text);
}

/**
 * A web copy's author field: names of two to four characters after `作者:` (`文字作者:` too, and glued after a date:
 * `日期:2024-10-12作者:A B来源:…`), apart by spaces, commas, `、` or semicolons, up to the next field (`来源:`; a date, count or
 * source field glued too: `作者: 林帆发布时间:…`; after a comma, `,图片作者:`), a date or the line's end; a role may
 * stand before them (`作者:通讯员 A B`, `作者:江城日报记者 A`); a template may bracket them (`作者:[A]`).
 */
/** A web copy's name of two to four characters (`·` of a transcribed name too). */
const WEB_NAME = `[${HAN_ALL}·]{2,4}`;
export const WEB_AUTHORS = new RegExp(
  // (A content system may glue its fields together: `信息来源:江城日报客户端作者:A责任编辑:B`, `作者:A浏览次数:10`; or
  // part them by bars, `查看: 421|原作者: A|来自: …`.)
  // (Each name may have its role before it: `作者:记者 A 通讯员 B`, a bar after the role too, `作者:记者︱A B`; or in
  // brackets after it, `作者:A(通讯员)`. A content system names the field `文章作者:`, the article's author, or by the
  // writer's role, `发布时间:… 特约记者:A 点击:…`.)
  `(?:^[(（]?|${SPACE}|(?<=[0-9])|(?<=[|｜丨])|(?<=来源[:：][^:：\\s]{2,20}))(?:(?:文字|原|文章)?作者(?:[(（]来源[)）])?|撰稿人|(?:特约|见习)?记者)${SPACE}*[:：]${SPACE}*(?:[${HAN_ALL}]{0,6}?(?:记者|通讯员)${SPACE}*(?:[|｜︱丨]${SPACE}*)?)?\\[?(${WEB_NAME}(?:(?:${SPACE}|[,，、;；])+(?:(?:记者|通讯员)${SPACE}+)?${WEB_NAME})*)\\]?(?=${SPACE}|[0-9]|$|[|｜丨]|[(（](?:本报)?(?:记者|通讯员|见习记者|实习生|特约记者|特约通讯员)[)）]|(?<=^[(（].*)[)）]$|(?:发布时间|发布日期|点击|浏览)(?:次数)?[:：]|(?:责任编辑|责编)[:：]|(?<!文章|信息|稿件|新闻|图片)来源[:：]|[,，][${HAN_ALL}]{2,6}[:：])`,
  'u',
);
/**
 * A web copy's date line with its authors after the date or time: `2019-02-13 13:05:40 张三 李四 来源:江城网`, `2024年08月31日  张三`,
 * `2018-06-12 本刊记者 张三`;
 * or after the site's name, each part between bars: `2018-10-13 18:00:44 | 江城新闻网 | 张三`.
 */
export const WEB_DATE_AUTHORS = new RegExp(
  `^[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?:${SPACE}*[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?` +
    // (The site between the date and the names, between bars or spaces: `DATE | 江城网 | A`, `DATE 江城在线 A`.)
    `(?:${SPACE}*[|｜]${SPACE}*[${HAN_ALL}]{2,12}(?:网|报|社|台|客户端)${SPACE}*[|｜]|${SPACE}+[${HAN_ALL}]{2,12}(?:网|报|台|客户端|在线))?` +
    // (A role may stand before the names, as in an author field: `2018-06-12      本刊记者 林小禾`.)
    `${SPACE}+(?:(?:本刊|本报|本网)?(?:特约)?(?:记者|通讯员)${SPACE}*)?(${WEB_NAME}(?:${SPACE}+${WEB_NAME})*)(?=${SPACE}+[${HAN_ALL}]{2,6}${SPACE}*[:：]|${SPACE}*$)`,
  'u',
);
/**
 * The words of a web page's buttons (`大 中 小` are a font size's, after 字号); an e-paper reader's links to its pages and
 * the headings of its empty fields, a word a line (`网站首页`, `首版`, `末版`, `展开通版`, `文章作者`); a platform's badge for
 * a copy of its own, `原创`, alone or beside them.
 */
const BUTTON_WORDS = ['原创', '放大', '缩小', '默认', '打印(?:文章|本文|此页|正文)?', '关闭', '(?:添加|加入)?收藏', '分享到', '分享至', '分享', '一键转发', '转发', '复制链接', '字号', '字体', '微信', '微博', 'QQ空间', '朋友圈', '扫一扫', '扫码阅读手机版', '微信扫码', '分享转发', '听新闻', '语音播报', '朗读', '首页', '推荐阅读', '相关阅读', '相关推荐', '延伸阅读', '相关新闻', '相关链接', '相关标签', '推荐新闻', '推荐视频', '推荐图片', '打印本页', '收藏本页', '保存为[Ww]ord', '关闭本页', '网站首页', '数字报首页', '首版', '末版', '版面概览', '本期发布', '通版阅读请点击', '展开通版', '收缩通版', '文章标题', '文章内容', '文章作者',
  // A content system's heading over the copy's text (`信息正文`, `新闻正文`).
  '(?:信息|新闻|文章)正文',
  // The e-paper platform's name over its pages, a link to its front: `数字报刊平台`.
  '(?:数字报刊|电子报刊|数字报纸)(?:平台)?',
  // A comment box's link: `『查看评论』`, `【发表评论】`; a rating box's heading and its scores (`文章评分` / `1分 2分 3分`).
  '查看评论', '(?:点击)?查看原图', '发表评论', '我要评论', '网友评论', '热门评论', '最新评论', '全部评论', '精彩评论', '文章评论', '文章评分', '[1-5]分',
  // Its count and its button (`12条评论 立即评论`; the count's figure may be lost in the copy, `条评论立即评论`).
  '(?:[0-9]+|共[0-9]*)?条评论', '立即评论',
  // Links back (with a date or a site after it, NAVIGATION reads `返回`), the headings of a site's lists of other
  // copies.
  '返回首页', '(?:返回|回到)顶部[↑∧^]?', '返回列表', '返回栏目', '头条推荐', '图文推荐', '热点推荐', '精彩推荐', '往期浏览', '常见问题',
  // The headings of a site's lists of its most read copies: `点击排行`, `阅读排行榜`.
  '(?:点击|阅读|热门|新闻)排行榜?',
  // A government site's header: signing in, its versions for the disabled and the old, in traditional characters, its
  // chat robot and its IPv6 badge (`登录 注册 无障碍 适老化 繁体版 智能机器人 支持IPV6`); its links back to the top and to
  // friendly sites.
  '登录', '注册', '无障碍', '无障碍浏览', '长者模式', '适老化', '关怀版', '繁体版', '简体版', '智能机器人', '(?:网站)?支持IP[vV]6', '(?:点我)?回到(?:页面)?顶部', '友情链接', '放大镜',
  // An e-paper reader's links: its help, reading online, the rights notice's heading; a link to read more (`点击查看详情`);
  // the end of its visitor counter (`您是第` / `位访客`).
  '使用说明', '网上读报', '版权声明', '点击查看[^。，,]{0,10}', '位访客',
  // The code to read the page on a phone, as a government site's template words it: `扫一扫, 用手机看本页`.
  `扫一扫[^。]{0,8}?手机[^。]{0,6}`,
  // Or as others word it: `扫码用手机看本页`.
  `扫码[^。]{0,4}?手机[^。]{0,8}`,
  // Its prompts to share the page or fetch the app by a code (`扫描二维码 分享`, `扫一扫下载`), a preview's label
  // (`文章预览`) and the links to set the site as the home page and to its help desk (`设为首页`, `客服`).
  `(?:用微信)?扫描二维码[^。，,]{0,14}`, '扫一扫下载(?:客户端|APP|app)?', '文章预览', '设为首页', '客服'];
/**
 * A row of a web page's buttons, alone on its line: `放大 缩小 默认`, `一键转发`, `【打印】 【关闭】`, `分享到: 微信 微博`,
 * `『查看评论』`; the heading of its list of links to other copies (`推荐阅读:`, `• 相关链接`).
 * Only whole lines of them: `放大招` or `默认` inside a headline is text.
 */
// (A comma may part two prompts: `微信扫码,分享转发`.)
export const WEB_BUTTONS = new RegExp(`^(?:•${SPACE}*)?(?:[【\\[『]?(?:${[...BUTTON_WORDS, '大', '中', '小'].join('|')})[】\\]』]?[\\s|｜:：,，]*)+$`, 'u');
/** A button word of two characters or more: WEB_BUTTONS needs one (`大 中 小` alone could be anything). */
export const WEB_BUTTON_WORD = new RegExp(BUTTON_WORDS.join('|'), 'u');
/** A row of a web page's buttons or prompts (WEB_BUTTONS), asked only of a line that holds a button's word. */
export function isButtonRow(text: string): boolean {
  return WEB_BUTTON_WORD.test(text) && WEB_BUTTONS.test(text);
}
/** A summary's label and its colon opening a line (`摘要:`, `本文摘要:`, `内容提要:`), or alone on its line, the colon or not. */
export const SUMMARY_LABEL = new RegExp(`^(?:${SUMMARY_WORDS})${SPACE}*[:：]`, 'u');
export const SUMMARY_LABEL_ALONE = new RegExp(`^(?:${SUMMARY_WORDS})${SPACE}*[:：]?$`, 'u');

/**
 * A site's header and footer: its registration numbers (`江ICP备12345678号-1`, `江公网安备 12345678901234号`), its news
 * licence (`互联网新闻信息服务许可证…`) and who runs and hosts it (`主办单位:`, `技术支持:`), which every Chinese site
 * prints around its pages (its legal counsel too, `法律顾问:`); its greeting and search box (`欢迎光临XX网站`, `XX市欢迎您!`, `站内搜索:`); and the box to sign in, which some
 * print beside the text (`立即注册`, `还没有账号?`). A paper's or site's rights line (`版权所有:江城日报社`, `XX中心 版权所有
 * 2025`, `©江城融媒体中心`) and an e-paper's address line (`本报地址:…`) are its footer too.
 */
// (Anchored as a whole: every line of a page is asked, and most fail at their first characters.)
const SITE_FOOTER = new RegExp(
  '^(?:(?:备案号|备案编号|网站备案)?[:：]? ?[\\u4e00-\\u9fff]{0,4}(?:ICP备|ICP证|公网安备) ?[0-9]|ICP备案[:：]|[\\u4e00-\\u9fff]{0,6}?(?:互联网新闻信息(?:服务)?|增值电信(?:业务)?经营)许可证|(?:主办单位|主办|承办单位|协办单位|指导单位|建设单位|运营单位|运维单位|技术支持|网站支持|网站标识码|法律顾问|常年法律顾问)[:：]' +
    '|欢迎(?:光临|访问|来到)[^。，,]{2,30}(?:网|网站)[!！]?[ \\u3000]*$|[\\u4e00-\\u9fff]{2,20}欢迎您[!！]?[ \\u3000]*$|欢迎您?阅览[^。，,]{2,20}|站内搜索[:：]?|© ?[\\u4e00-\\u9fff]{2,20}$' +
    // Who runs the site, named before 主办 at the line's end: `临河县文明委   临河县文明办  主办`.
    '|[\\u4e00-\\u9fff][^。，,:：]{3,60}[ \\u3000]主办$' +
    '|(?:(?:账号|用户名|手机号?)[+＋]?(?:密码|验证码)?登录|还没有账号[?？]?|立即注册|立即登录|忘记密码[?？]?)$)',
  'u',
);
const MAX_SITE_FOOTER = 80;

export function isSiteFooter(text: string): boolean {
  return text.length <= MAX_SITE_FOOTER && (SITE_FOOTER.test(text) || text.startsWith('本报地址') || ((text.includes('版权所有') || isNoCopyingRow(text)) && !endsSentence(text)) || isContactRow(text));
}

/**
 * A site's footer row forbidding copies, its cells parted by bars after its owners' names: `XX区纪委 XX区监委 | 未经授权
 * 不得复制 |`. (Alone on its line, a paper's word that its work may not be reprinted is the copy's notice, WEB_NOTICE.)
 */
const NO_COPYING = /未经[^。，,]{0,6}(?:许可|授权|同意)[^。，,]{0,4}(?:禁止|不得)[^。，,]{0,4}(?:复制|转载|镜像)/u;
function isNoCopyingRow(text: string): boolean {
  return text.includes('未经') && (text.includes('|') || text.includes('｜')) && NO_COPYING.test(text);
}

/**
 * How to reach the site's owner, two fields or more on a line, the address first: `地址:XX路2号 电话:0772-… 邮箱:…`. A
 * text that gives an address writes it in a sentence; a footer lists fields.
 */
const CONTACT_ROW = /^(?:联系|通讯|单位)?地址[:：][^。，,:：]{2,40}?[ \u3000]+[\u4e00-\u9fff]{0,6}(?:电话|热线|邮箱|邮编|传真|E-?mail)[:：]/iu;
function isContactRow(text: string): boolean {
  const at = text.indexOf('地址');
  return at >= 0 && at <= 2 && CONTACT_ROW.test(text);
}

/**
 * A row of a government site's disclosure table: `索引号 | 5304… | 文 号 |`, `来 源 | 玉溪网 | 公开日期 | 2024-09-19 |`.
 */
const DISCLOSURE_FIELDS = ['索引号', '文号', '来源', '发布机构', '公开日期', '成文日期', '发文日期', '发布日期', '主题分类', '信息分类', '生成日期', '体裁分类', '发文机关', '发文字号', '主题词', '分类'];
/** A field's name as the table prints it, spaced out or not: `索 引 号`, `来 源` (only the short ones are spaced). */
const spacedOut = (field: string): string => (field.length <= 3 ? [...field].join(`${SPACE}*`) : field);
const DISCLOSURE_NAME = `(?:${DISCLOSURE_FIELDS.join('|')})`;
/**
 * The same rows are printed without bars too, two fields or more a line, with a colon or none: `体裁分类:工作部署  主题分类:卫生`,
 * `索引号000012345/2025-00001 成文日期2025-08-12`, `发文机关柳岸乡人民政府 发布日期2025-08-12`, `发文字号 主题词` (a field
 * opening a line of text is no row: it needs another after a space).
 */
export const DISCLOSURE_ROW = new RegExp(
  `^(?:(?:${DISCLOSURE_FIELDS.map(spacedOut).join('|')})${SPACE}*[|｜]|(?:${DISCLOSURE_FIELDS.map(spacedOut).join('|')}).{0,60}?${SPACE}${DISCLOSURE_NAME}(?:[:：]|${SPACE}|[0-9A-Za-z]|$))`,
  'u',
);
const DISCLOSURE_FIRST = codeUnitTable(DISCLOSURE_FIELDS.map((field) => field[0]!));
/**
 * One of the table's fields alone on its line, after a list's bullet (`• 索 引 号:X/2022-00094`, `• 公开方式:公开`): the
 * index a government page prints as a list. (Without the bullet, a line opening `来源:` is a web copy's field as any.)
 */
const BULLETED_DISCLOSURE_FIELD = new RegExp(`^(?:[•·●▪]${SPACE}*|-${SPACE}+)(?:${[...DISCLOSURE_FIELDS, '公开方式', '公开范围', '公开时限'].map(spacedOut).join('|')})${SPACE}*[:：]`, 'u');
export function isBulletedDisclosureField(text: string): boolean {
  return BULLETED_DISCLOSURE_FIELD.test(text);
}
/**
 * One of the table's fields alone on its line, or the document's name in it (`名称: TITLE`, `文号 :`): a row of the table
 * when a row of it stands above (the parser asks), where alone it could open a line of text.
 */
const DISCLOSURE_FIELD_ALONE = new RegExp(`^(?:${[...DISCLOSURE_FIELDS, '名称'].map(spacedOut).join('|')})${SPACE}*[:：]`, 'u');
export function isDisclosureFieldAlone(text: string): boolean {
  return DISCLOSURE_FIELD_ALONE.test(text);
}
/** DISCLOSURE_ROW.test(text), without the regex where the text opens with none of its fields' first characters. */
export function isDisclosureRow(text: string): boolean {
  return DISCLOSURE_FIRST[text.charCodeAt(0)] === 1 && DISCLOSURE_ROW.test(text);
}

/** Words that name a column: `社区动态`, `校园快讯`, `图说社区`, `校园简讯`. */
export const COLUMN_WORDS = /(?:动态|快报|快讯|简讯|简报|新闻|资讯|纪实|集锦|传真|速递|之窗|视点|聚焦|图说.*|要闻|播报|一线|风采|天地|时讯|短波|综合|善治|走基层|图片报道)$/u;

/**
 * A column's name and the issue's day, alone on the line: `简讯 2021年05月12日`, `社区动态 2024年5月6日 星期一`, or the day in
 * brackets after it, `社区播报(5月23日)`. Group 1 or 2 is the name.
 */
export const COLUMN_AND_DAY = new RegExp(`^(?:([${HAN_ALL}]{2,8})${SPACE}+${DAY_IN_WORDS}|([${HAN_ALL}]{2,8})[(（]${DAY_YEAR_OPTIONAL}[)）])${SPACE}*$`, 'u');

/** A column label in brackets, alone on its line: `【图片新闻】`. */
export const LABEL_LINE = /^【([^】=＝:：]{2,10})】$/;
/** A longer label in brackets, read only where it names a picture: `【活动结束后与青石村干部合影】`. */
export const LONG_LABEL_LINE = /^【([^】=＝:：]{11,18})】$/;

/** A label that says what a picture is (a file photo, a diagram), never a column's name: `【资料图】`, but `【图片新闻】` is one. */
const PICTURE_WORD = /^(?:资料图|资料图片|资料照片|示意图|配图|效果图|网络图片|图片|照片)$/u;
/** What a picture shows, as its label in brackets says it: an event's scene, a group photo (`【柳岸村活动现场】`, `【与社区干部合影】`). */
const PICTURE_SCENE = /^[\u4e00-\u9fff]{0,16}(?:活动现场|合影|合影留念|留影)$/u;
export function namesAPicture(label: string): boolean {
  return PICTURE_WORD.test(label) || PICTURE_SCENE.test(label);
}

/** A continuation marker: the item goes on on another page: `(下转第六版)`, `（转A3版）`. */
export const CONTINUATION = /^[(（](?:下转|下接|上接|转第|接第|转[0-9０-９A-Za-z]{1,3}版|接[0-9０-９A-Za-z]{1,3}版)[^()（）]{0,12}[)）]$/;

/** A subtitle line under a headline: `——东关街道开办银龄学堂`. */
const SUBTITLE_DASHES = ['——', '—', '--', '－－', '━━'];
export const SUBTITLE = new RegExp(`^(?:${SUBTITLE_DASHES.join('|')})`);
const SUBTITLE_FIRST = codeUnitTable(SUBTITLE_DASHES.map((dash) => dash[0]!));
/** SUBTITLE.test(text), without the regex where the text opens with no dash (nearly every line). */
export function opensAsSubtitle(text: string): boolean {
  return SUBTITLE_FIRST[text.charCodeAt(0)] === 1 && SUBTITLE.test(text);
}

/** A headline in quotation marks, alone on its line: `“小网格”撬动大治理` is not one, `“我们的社区我们建”` is. */
const QUOTE_OPENERS = '“"「『';
const QUOTE_CLOSERS = '”"」』';
export const QUOTE_LINE = new RegExp(`^[${QUOTE_OPENERS}][^${QUOTE_OPENERS}${QUOTE_CLOSERS}]{2,40}[${QUOTE_CLOSERS}]$`);
const QUOTE_FIRST = codeUnitTable(QUOTE_OPENERS);
/** QUOTE_LINE.test(text), without the regex where the text opens with no quotation mark. */
export function isQuoteLine(text: string): boolean {
  return QUOTE_FIRST[text.charCodeAt(0)] === 1 && QUOTE_LINE.test(text);
}

/**
 * A picture's number before its label, glued or after a space, without the colon of a caption's opening (`图1志愿者在清扫街道`,
 * `图② 居民试穿新衣`):
 * the label of the picture printed there. In figures only: `图一乐`, `图个方便` are words that open with 图.
 */
const NUMBERED_PICTURE_LABEL = new RegExp(`^图片?[0-9０-９\\u2460-\\u2473]{1,2}${SPACE}*(?=[${HAN}“])(?!为)`, 'u');

/** The labels a site prints under any picture of an event, alone on their line: the scene, the event's photos. */
const STOCK_PICTURE_LABELS = new Set(['活动现场', '活动现场图', '现场图片', '现场照片', '活动照片', '活动剪影', '活动掠影']);
/**
 * A label that shows a scene going on, its doers then 正在 (`志愿者和老人们正在包粽子`): what a picture shows. Headlines
 * and sub-headings say what happened or what it means; they are not written in the progressive.
 */
const MAX_SCENE_LABEL = 30;
export function describesScene(text: string): boolean {
  if (text.length > MAX_SCENE_LABEL) return false;
  if (text.length <= MAX_SHOT_LABEL && SHOT_ENDING.test(text)) return !SCENE_LABEL_STOPS.test(text);
  const at = text.indexOf('正在');
  return at >= 2 && !SCENE_LABEL_STOPS.test(text);
}
/**
 * A label that names the shot (`志愿者合影`, `义诊现场图`, `志愿服务现场`): a group photograph or the scene of the event is
 * what a picture is; a headline or a sub-heading says what happened.
 */
const SHOT_ENDING = /(?:合影|留影|合影留念|现场|现场图|现场照片)$/u;
const MAX_SHOT_LABEL = 12;

/**
 * A label between paragraphs that shows people at work, its doers then what they do (`志愿者为独居老人修理水管`,
 * `志愿者们陪着老人去社区卫生院`): the picture printed there. A sub-heading says what a part is about (`网格连万家,服务暖人心`,
 * `多彩活动`). Asked only between paragraphs: above a text, such a line is as likely its headline (`志愿者走进敬老院`).
 */
// (Or whom it is given to, the doers left out: `给老人们包馄饨`; `为居民理发` is as often a sub-heading's.)
const DOERS = /^(?:志愿者们?|居民们?|党员们|学生们|同学们|孩子们|小朋友们?|老人们|工作人员|医护人员|队员们|师生们|村民们?|群众|给(?:老人|居民|孩子|小朋友)们?)(?![的们])/u;
const MIN_DOING = 3;
// (The plain nouns, `村民依次排队领取食物`, `群众坐在便民椅上休憩`, open sub-headings too, `居民说变化`: what they do is said
// at some length before a label is read in them.)
const PLAIN_DOERS = new Set(['居民', '村民', '群众']);
const MIN_PLAIN_DOING = 5;
export function showsPeopleAtWork(text: string): boolean {
  const doers = text.length <= MAX_SCENE_LABEL ? DOERS.exec(text) : null;
  const minDoing = doers !== null && PLAIN_DOERS.has(doers[0]) ? MIN_PLAIN_DOING : MIN_DOING;
  return doers !== null && text.length - doers[0].length >= minDoing && !SCENE_LABEL_STOPS.test(text) && !WHITE_SPACE.test(text);
}
/** (Hoisted: a regex literal in the function would be a new object at every call.) */
const WHITE_SPACE = /\s/u;
/**
 * A line that ends in a verb of holding or starting something, with no object after it (`柳岸社区举办`, `东湖街道开展`):
 * a title broken after its verb, whose object is the next line (`“邻里共赏月,同心庆团圆”故事会`).
 */
const VERB_AWAITING_OBJECT = /(?:开展|举办|举行|召开|启动|开启|发起|推出)$/u;
const MAX_BROKEN_TITLE_FIRST_LINE = 16;
export function endsInVerbAwaitingObject(text: string): boolean {
  return text.length <= MAX_BROKEN_TITLE_FIRST_LINE && text.length >= 4 && VERB_AWAITING_OBJECT.test(text) && !SCENE_LABEL_STOPS.test(text);
}

/** A label is one clause: no sentence or clause marks. */
const SCENE_LABEL_STOPS = /[。！？!?，,；;：:]/u;

export function isStockPictureLabel(text: string): boolean {
  return text.length <= 5 && STOCK_PICTURE_LABELS.has(text);
}

/** A list of a story's pictures, each said in a line: `1.图为志愿者在清扫街道`, `2、图为居民试穿新衣`. */
const LISTED_PICTURE_LABEL = new RegExp(`^[0-9０-９]{1,2}${SPACE}*[.．、]${SPACE}*图为`, 'u');

export function opensWithPictureNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 0x56fe /* 图 */) return NUMBERED_PICTURE_LABEL.test(text);
  return ((first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19)) && LISTED_PICTURE_LABEL.test(text);
}

/** The picture's number after its label, in brackets: `社区与机关开展共建活动(图2)`. */
const PICTURE_NUMBER_AFTER = new RegExp(`[(（]图[0-9０-９]{1,2}[)）]$`, 'u');

export function endsWithPictureNumber(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x29 || last === 0xff09) && PICTURE_NUMBER_AFTER.test(text);
}

/** A photo caption's opening: `图①:`, `图1:`, `图为…`, `上图:`, `左图为…`, `左下图:` (the photo sets of a page). */
// (A picture's place may stand before a space too, `右图 坚守在…`: an e-paper's photo page sets its label apart so.)
export const PHOTO_CAPTION_START = new RegExp(`^(?:图${PICTURE_NUMERAL}{0,2}[:：为]|[上下左右中]{1,2}图[0-9０-９]?(?:[:：为]|[ \u3000]+(?=[^ \u3000])))`, 'u');
/** PHOTO_CAPTION_START's first characters: most lines start otherwise and skip it. */
const PHOTO_CAPTION_FIRST = new Uint8Array(0x10000);
for (const c of '图上下左右中') PHOTO_CAPTION_FIRST[c.charCodeAt(0)] = 1;

export function opensAsPhotoCaption(text: string): boolean {
  return PHOTO_CAPTION_FIRST[text.charCodeAt(0)] === 1 && PHOTO_CAPTION_START.test(text);
}

/** How long a caption's label is (`图一:`, `左图：`, `图为`), where the caption's own words begin; 0 without one. */
export function photoCaptionLabelLength(text: string): number {
  if (PHOTO_CAPTION_FIRST[text.charCodeAt(0)] !== 1) return 0;
  return PHOTO_CAPTION_START.exec(text)?.[0].length ?? 0;
}

/** The bullet characters, one list for BULLET and for the gate before it (bulletOf), so that the two cannot disagree. */
// (`↑`/`↓` point at a caption's picture, as `▲` does.)
const BULLET_CHARACTERS = '☆★●○◆◇■□▲△▶►◀◄•※◎↑↓';
/** A list bullet before a headerless brief: `☆东坡中学举行…`, `■近日…`, `①`. */
export const BULLET = new RegExp(`^(?:[${BULLET_CHARACTERS}]|[\\u2460-\\u2473\\u2776-\\u277f])+[\\s\\u3000]*`);
const BULLET_FIRST = codeUnitTable([
  ...BULLET_CHARACTERS,
  ...Array.from({ length: 0x2473 - 0x2460 + 1 }, (_, i) => String.fromCharCode(0x2460 + i)),
  ...Array.from({ length: 0x277f - 0x2776 + 1 }, (_, i) => String.fromCharCode(0x2776 + i)),
]);
/** BULLET.exec(text), without the regex where the text opens with no bullet (most lines). */
export function bulletOf(text: string): RegExpExecArray | null {
  return BULLET_FIRST[text.charCodeAt(0)] === 1 ? BULLET.exec(text) : null;
}

/**
 * What names an editor or a reviewer of the page, before the names: `责任编辑`, `审稿`, `三审三校`, `策划`; a step of the
 * review with the work done at it (`一审编辑`, `二审校对`, `终审核发`), as a county platform's closing bracket names them,
 * or proofreading and review at one step (`初校初审`, `终校终审`);
 * who gathered the material (`素材:`, `素材提供:`), as a school's account names the teachers it came from: no writers.
 * A site names the editor who put the copy online by the medium (`网络编辑:`, `新媒体编辑:`); a video's makers are named
 * as staff too (`视频制作:`, `摄像:`, `剪辑:`), no writers.
 */
// (A 街道's or a township's information officer who filed the copy, `(信息员:X)`, wrote nothing of it either, as 发稿人.)
export const EDITOR_WORDS = '责任编辑|责任校对|图文编辑|版面编辑|整理编辑|网络编辑|网站编辑|新媒体编辑|文章编辑|文字编辑|文稿编辑|图片编辑|栏目主编|视频制作|视频剪辑|视频编辑|摄像|剪辑|责编|值班主编|值班主任|值班编委|值班编辑|值班|总策划|实习编辑|见习编辑|编辑|主编|校对|美编|排版|审校|监审|总监制|审核人|审核|审稿人|审稿|审定|发稿人|信息员|签发人|签发|核稿人|核稿|审签人|审签|[一二三]审[一二三]校|[初复终]校[初复终]审|[一二三初复终]审(?:编辑|校对|核发|签发)|[一二三]审|初审|复审|终审|编审|统筹|监制|策划|素材提供|素材';

/** An editor line: `责任编辑: 王 芳`, `责编：李四`. */
// The reviewers a web copy names after the editor (`一审:王芳 二审:周宁 三审:孔越`) are editors too; so are its
// coordinator, producer and planner (`统筹:`, `监制:`, `策划:` in a photo page's box). A site's template prints the
// fields even when nobody fills them (`编辑:` / `审核:` / `统筹:` under the text): after a colon, the value may be empty.
export const EDITOR_LINE = new RegExp(
  // `编辑/X` is the slashed form of a web copy's closing lines, as `文/X` and `摄影/X` above it.
  // A public account's repost prints its fields with a bar for the colon: `编辑丨X`, `一审丨X` (or `|`, `｜`).
  // `三审三校:` is a step of the review a content system records (一审一校, 二审二校, 三审三校); `责任编辑` and its short
  // form `责编` are words of their own, read glued to the names (`责任编辑王芳`, `责编周宁`, a desk's name after 责编).
  `^(${EDITOR_WORDS})(?:${SPACE}*[:：/／丨|｜]${SPACE}*|${SPACE}+(?=\\S)|(?<=^(?:责任编辑|责编))(?=[${HAN_ALL}]{2,12}$))(.*)$`,
  'u',
);
/**
 * An editor's field after a byline's names on their line (`记者 张三 编辑:李四`, `通讯员:程渝审稿:汤若溪`): a word, then a
 * colon; or, spaced as the names before it are, a word and a space (`(记者 张三 审核 李四)`) or a slash (`(文/张三 编辑/李四)`);
 * or the bracket's first word, where the editor is all it names (`XX讯(编辑 李四)`).
 */
// (Two of the words may share one field, joined by 、: `编辑、初审:X`.)
// (The last field may glue the editor's word to one name after white space: `通讯员 A B 校对王菲`.)
export const EDITOR_FIELD = new RegExp(`(?:${EDITOR_WORDS})(?:、(?:${EDITOR_WORDS}))?${SPACE}*[:：]|(?<=^|${SPACE}|[;；])(?:${EDITOR_WORDS})(?:${SPACE}+(?=[${HAN_ALL}])|${SPACE}*[/／])|(?<=${SPACE})(?:责任编辑|责编|校对|审核)(?=[${HAN_ALL}]{2,3}$)`, 'u');
/** The first characters of EDITOR_WORDS, read from the list so that a word added to it cannot be gated away (`发稿人`). */
const EDITOR_FIRST = codeUnitTable(EDITOR_WORDS.split('|').flatMap((word) => (word.startsWith('[') ? [...word.slice(1, word.indexOf(']'))] : [word[0]!])));
/** EDITOR_LINE.exec(text), without the regex where the text opens with none of its words' first characters. */
export function editorLineOf(text: string): RegExpExecArray | null {
  // (readLine asks it of '' where a line has no bracket, marker or bullet: a table read at NaN costs a slow lookup.)
  if (text.length === 0) return null;
  if (EDITOR_FIRST[text.charCodeAt(0)] === 1) return EDITOR_LINE.exec(text);
  // (A template may print the field's name in lenticular brackets for its colon: `【责任编辑】X`, `【编辑】:X`.)
  const label = text.charCodeAt(0) === 0x3010 /* 【 */ ? LENTICULAR_EDITOR_LABEL.exec(text) : null;
  if (label !== null) return EDITOR_LINE.exec(`${label[1]}:${text.slice(label[0].length)}`);
  // (A site may print its name glued before the field: `江城网责编:X`, `江城新闻网编辑:X`; a paper's too, after its
  // site and a middle dot: `江城新闻网·江城商报编辑:X`.)
  const site = text.includes('网责') || text.includes('网编辑') || text.includes('报责') || text.includes('报编辑') ? SITE_BEFORE_EDITOR.exec(text) : null;
  // (A public account's name glued before the field and its bar: `看齐编辑|X`.)
  const account = site === null && (text.includes('编辑|') || text.includes('编辑丨') || text.includes('编辑｜')) ? ACCOUNT_BEFORE_EDITOR.exec(text) : null;
  const before = site ?? account;
  return before === null ? null : EDITOR_LINE.exec(text.slice(before[0].length));
}
const ACCOUNT_BEFORE_EDITOR = new RegExp(`^[${HAN_ALL}]{2,6}(?=(?:责任)?编辑[|｜丨])`, 'u');
const LENTICULAR_EDITOR_LABEL = new RegExp(`^【(${EDITOR_WORDS})】${SPACE}*[:：]?${SPACE}*`, 'u');
const SITE_BEFORE_EDITOR = new RegExp(`^(?:[${HAN_ALL}]{2,8}网·)?[${HAN_ALL}]{2,8}[网报](?=责任编辑|责编|编辑${SPACE}*[:：])`, 'u');

/** A directive for `bulletin check`, in an HTML comment so Markdown tools ignore it: `<!-- bulletin-disable truncated-body -->`. */
export const DIRECTIVE = /^<!--\s*(bulletin-[a-z-]+(?:\s+[^>]*?)?)\s*-->$/;

/** A photo note after a credit: `刘明摄(资料图)`. */
export const CREDIT_NOTE = new RegExp(`${SPACE}*[(（]([^()（）]{0,30})[)）]$`, 'u');

/** A credit led by its verb: `摄影 记者 王 五 通讯员 李 四`, `摄影：张三`. */
// The verb must be set apart (a space or a colon), else `图说社区` would read as a credit to 说社区.
// `特约摄影 X` (a contracted photographer) is a credit led by its verb too; so is a page's credit for all its pictures,
// `本版图片:X Y`; and `拍摄:X`, "shot by", with its colon (`拍摄一组照片` is a sentence's verb).
// (`图/文 NAME`: the text and the pictures, a byline as `文/图 NAME` is, not a credit whose names open with 文.)
// (A page's credit for the pictures not credited otherwise notes so in brackets: `摄影(除署名外)X`.)
export const CREDIT_LEADING_VERB = new RegExp(`^(?:本版)?(摄影报道|特约摄影|摄影|拍摄(?=${SPACE}*[:：])|图片|图(?![/／]文))(?:[(（]除(?:署名|注明|署名者)外[)）]${SPACE}*[:：]?${SPACE}*|${SPACE}*[:：/丨｜]${SPACE}*|${SPACE}+)(.+)$`, 'u');
/** CREDIT_LEADING_VERB.exec(text), without the regex where the text opens with none of 摄, 图, 特, 本, 拍. */
export function creditLeadingVerbOf(text: string): RegExpExecArray | null {
  const first = text.charCodeAt(0);
  return first === 0x6444 /* 摄 */ || first === 0x56fe /* 图 */ || first === 0x7279 /* 特 */ || first === 0x672c /* 本 */ || first === 0x62cd /* 拍 */ ? CREDIT_LEADING_VERB.exec(text) : null;
}


/** The words before a writer's names: `文/X`, `撰文:X`, `撰稿:X`. */
export const WRITER_WORD = '(?:文字|撰文|撰稿|文)';
/**
 * A byline that names the writer: `文/X`, `文:X`, `撰文:X`, `撰稿:X` (a written story, whoever took its pictures); with the
 * bar web copies print for the slash too, `文丨X`, `文｜X` (as WORDS_BY reads it).
 */
export const WRITTEN_BY = new RegExp(`^${WRITER_WORD}\\s*[/／:：丨｜]`, 'u');

/**
 * A column's tag before a title: in lenticular brackets (`【走基层】TITLE`, `【记者走基层】柳岸镇:TITLE`) or set off by
 * a bar in a web copy (`视点|TITLE`, `记者在现场丨TITLE`); there a series' slogan of two phrases too, in quotes or not
 * (`“江城有爱 志愿同行”丨TITLE`), and a channel's tag with an at sign or a figure (`江城@临河丨TITLE`, `第1视点丨TITLE`).
 * In brackets or before a bar, a series' two names parted by a middle dot (`【劳动课程·社区行】TITLE`, `文明创建·暖心行动 |
 * TITLE`). A forum's board in square
 * brackets before its thread's title, a space after (`[本地资讯] TITLE`); a topic's name in quotes there needs none, its
 * quotes mark it (`["三下乡"专题]TITLE`), nor a series' two names parted by a middle dot (`[我们的节日·重阳]TITLE`).
 * In lenticular brackets a name in quotes, whole (`【“我们的节日”】`) or in part (`【“石榴籽”故事】`, the quoted word kept).
 * In lenticular brackets a column's name runs to twelve characters (`【东湾区乡村振兴在路上】TITLE`): a campaign's slogan
 * is often that long; a longer bracket alone on its line (a picture's label) has no title after it to match.
 * Group 1, 2, 3 or 4 is the column's name, without the quotes around it whole.
 */
/**
 * A column named by a slogan of two phrases parted by a space (`【学雷锋 树新风】`, `【江城巾帼心向党 携手奋进新征程】`):
 * three characters or more each, which no role before a name is (`【通讯员 林帆】` is a byline).
 */
const SLOGAN_PAIR = `(?![${HAN_ALL}]{0,4}(?:记者|通讯员|实习生|编辑|摄影)${SPACE})[${HAN_ALL}]{3,8}${SPACE}[${HAN_ALL}]{3,8}`;
export const COLUMN_TAG = new RegExp(
  `^(?:【([${HAN_ALL}]{2,12}(?:[·•][${HAN_ALL}]{2,8})?|[“"][${HAN_ALL}]{2,8}[”"][${HAN_ALL}]{1,6}|${SLOGAN_PAIR})】|[“"]?([${HAN_ALL}][${HAN_ALL}@＠0-9]{1,7}(?:(?:${SPACE}|[·•])[${HAN_ALL}]{2,8})?)[”"]?${SPACE}*[|｜丨]|\\[([${HAN_ALL}]{2,8}(?=\\]${SPACE})|[${HAN_ALL}]{2,8}[·•][${HAN_ALL}]{2,8}|[“"][${HAN_ALL}]{2,8}[”"][${HAN_ALL}]{1,6})\\]|【[“"]([${HAN_ALL}]{2,8})[”"]】)${SPACE}*(?=\\S)`,
  'u',
);
/**
 * The country's provinces, regions and cities of province rank, by their short names: a wire copy's tag names where it
 * was filed (`【贵州】TITLE`, `【北京】TITLE`), not the page's column; a name may open with one (`新疆柳城市…`).
 */
export const PROVINCE_NAMES: ReadonlySet<string> = new Set(['北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门']);
/** The last character of a unit of the map's name: 省, 市, 县, 区, 州, 旗. */
const MAP_UNIT_END = /[省市县区州旗]$/u;
/**
 * A tag that names a place: a province (`贵州`) or a unit of the map (`临河市`, `东湾区`, `柳溪县`). (A 社区's 区 is no
 * unit of the map: `活力社区`, a column's name, files no wire copy.)
 */
export function tagNamesAPlace(name: string): boolean {
  return PROVINCE_NAMES.has(name) || (name.length >= 2 && name.length <= 6 && MAP_UNIT_END.test(name) && !name.endsWith('社区'));
}

/** A tag that numbers the issue or the series' part, no column: `第29期`, `第3篇`. */
export function tagNumbersAnIssue(name: string): boolean {
  return ISSUE_NUMBER_TAG.test(name);
}
const ISSUE_NUMBER_TAG = /^第[0-9０-９一二三四五六七八九十百]{1,6}[期篇集]$/u;

/** The column's name of a COLUMN_TAG match. */
export function columnTagName(match: RegExpExecArray): string {
  return match[1] ?? match[2] ?? match[3] ?? match[4]!;
}

/** A label before a title that says what the item is: `图文:大水利助发展`, `图片新闻:…`. */
export const TITLE_LABEL = /^(?:图文|图片新闻|图片|组图|视频)[:：]\s*/u;

/**
 * An agency's photo set heads each picture's page with its column and the picture's number before the title:
 * `(新春走基层)(1)TITLE`, `#(聚焦疫情防控)(2)TITLE` (group 1: the column; the match ends where the title starts).
 */
export const PICTURE_SET_HEAD = /^#?\s*[(（]([\p{Script=Han}·]{2,12})[)）]\s*[(（][0-9０-９]{1,2}[)）]\s*/u;
/** The gate before PICTURE_SET_HEAD: the line opens with a bracket, or a # and one. */
export function pictureSetHeadOf(text: string): RegExpExecArray | null {
  const first = text.charCodeAt(0);
  return first === 0x28 /* ( */ || first === 0xff08 /* （ */ || first === 0x23 /* # */ ? PICTURE_SET_HEAD.exec(text) : null;
}

/**
 * Title decorations that are not part of the title: `…新格局>>`, `…》》`; the flag a site's list sets after the title of
 * a story with pictures, which its copy keeps (`…环境整治[图]`, `…(组图)`).
 */
export const TITLE_ARROWS = new RegExp(`${SPACE}*(?:>>|》》|＞＞|>|》|[[［【(（]组?图[\\]］】)）])$`);

/** TITLE_ARROWS's last characters: the gate before the `$`-anchored regex, which would scan the whole line. */
const ARROW_ENDS = new Set([...'>》＞]］】)）'].map((c) => c.charCodeAt(0)));

/** `text` without its title arrows (TITLE_ARROWS). */
export function withoutTitleArrows(text: string): string {
  if (!ARROW_ENDS.has(text.charCodeAt(text.length - 1))) return text;
  // (A 》 that closes a work's name, `收看《开学第一课》`, is the title's: only one that closes no 《 is an arrow.)
  if (text.endsWith('》') && !text.endsWith('》》') && text.lastIndexOf('《') > text.lastIndexOf('》', text.length - 2)) return text;
  return text.replace(TITLE_ARROWS, '');
}

/** A closing bracket ends the line: the gate before the `$`-anchored bracket patterns (glued bylines, continuation markers). */
export function endsWithBracket(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x29 /* ) */ || last === 0xff09 /* ） */;
}

/** Some sentence-final mark (。！？!?…) is in `text`: every glued byline or credit stands after one. */
export function hasSentenceMark(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) if (SENTENCE_MARKS[text.charCodeAt(i)] === SENTENCE_FINAL) return true;
  return false;
}

/** patterns.organisation.test(text), without the regex where the text does not end as a suffix does (most lines). */
export function isOrganisationWhole(patterns: CompiledPatterns, text: string): boolean {
  return patterns.organisationEnds[text.charCodeAt(text.length - 1)] === 1 && patterns.organisation.test(text);
}

export interface CompiledPatterns {
  /** An organisation name, whole: `苏村社区`, `赛鱼街道如意庄社区`, `南楼小学`. Test with isOrganisationWhole(). */
  organisation: RegExp;
  /** 1 at the last code unit of each organisation suffix: a whole name ends with one (the gate before `organisation`). */
  organisationEnds: Uint8Array;
  /** The suffixes safe in running text (two characters or more, and 村, 镇, 乡), by their first code unit, longest first. */
  textSuffixesByFirst: ReadonlyMap<number, readonly string[]>;
  /** The suffixes of two characters or more, as words: `小学` or `社区` alone names a kind of body, no one and nothing. */
  bareSuffixes: ReadonlySet<string>;
  /**
   * At each code unit, what the organisation scan does with it, in one read (it asks of nearly every character):
   * SCAN_NAME, SCAN_BREAK, SCAN_LOW_SURROGATE, or SCAN_SUFFIX plus 1 when a suffix of two or more characters starts
   * with it, 2 when a one-character suffix is it (3: both).
   */
  textScan: Uint8Array;
  /**
   * The scan's gate at a character that opens a suffix of two characters or more: 1 at suffixPairGateIndex() of the
   * first two code units of each such suffix (suffixAt() then decides, exactly).
   */
  textSuffixPairGate: Uint8Array;
  /** 1 at the last code unit of each credit verb, or null where a verb is empty (it ends every text): the gate before trying the verbs. */
  creditVerbEnds: Uint8Array | null;
  /** 1 at the first code unit of each role: a line that opens with none opens with no role (the gate before reading a byline there). */
  roleStarts: Uint8Array;
  /** A role word at the start of a token: `记者张三` → role 记者, name 张三. */
  rolePrefix: RegExp;
  /** A role word anywhere: the gate before reading a line as a bare byline. */
  roleAnywhere: RegExp;
  /**
   * The roles of two code units, each with one white space between them (`记\s者`: a role padded to a longer one's
   * width), as one regex; null when the vocabulary has none. hasSpacedRole() asks it of nearly every short line, and
   * the regex engine scans a line faster than a loop that tries each position.
   */
  spacedRoles: RegExp | null;
  /** Role words in a run-together byline: `全媒体记者张三通讯员李四`. */
  roleSplit: RegExp;
  /** A credit verb closing a line: `雷 洁摄`, `本报通讯员撰`, `贺兰舟摄影报道`. */
  creditTail: RegExp;
  /** A credit glued to the last sentence: `…互融互动。雷 洁摄`. */
  creditGlued: RegExp;
  /** A role-led credit (or a unit's `供图`) after white space, where a caption is a phrase without its full stop: `…稻谷金黄年景好 特约通讯员 袁晓川 摄`. */
  creditAfterSpace: RegExp;
  /** A bracketed byline glued to the last sentence: `…更高效。” (赵 璐)`, `…。】(赵 璐)`. */
  bylineTail: RegExp;
  /** A role-led byline glued to the last sentence without brackets: `…服务。记者 王五`, `…金黄。 江城日报通讯员 赵大海`. */
  bylineGlued: RegExp;
  /** A continuation marker glued to the last paragraph: `…新篇章。(下转第六版)`. */
  continuationTail: RegExp;
  /**
   * A web copy's source field that names contributors by role, not an outlet: `来源:通讯员 张三`, `来源:记者 李四 王五`
   * (group 1 the role and the names, up to two spaces, the next field or the line's end).
   */
  sourcePeople: RegExp;
  /** A byline after a lead without brackets, before a space: `XX网讯 通讯员谭越 贺岚 秋高气爽…` (sticky, at the lead's end). */
  leadByline: RegExp;
}

const cache = new WeakMap<Vocabulary, CompiledPatterns>();

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name in a lead's byline without brackets: two or three characters, or two padded with a space (`吴 敏`). */
const LEAD_NAME = `(?:[${HAN_ALL}]{2,3}|[${HAN_ALL}] [${HAN_ALL}])`;

/** What may stand right before a glued byline or credit: a sentence end and its closers, half- or full-width (a lookbehind to build patterns with). */
export const AFTER_SENTENCE = `(?<=[${classOf(SENTENCE_FINAL_MARKS)}][${classOf(SENTENCE_CLOSERS)}]*)`;
/** A credit led by its verb, glued to the last sentence: `…赶在雨前收完。特约摄影 夏沐`, `…。摄影 林溪`, `…。 摄影:林溪`. */
export const CREDIT_LEADING_GLUED = new RegExp(`${AFTER_SENTENCE}(${SPACE}*)((?:特约摄影|摄影)${SPACE}*[:：]?${SPACE}*[^${classOf(BYLINE_STOPS)}]{2,16})$`, 'u');

/** A code unit of a name that starts no suffix: the scan goes on. */
export const SCAN_NAME = 1;
/** A code unit no name holds: a run of name units ends before it. */
export const SCAN_BREAK = 0;
/** A low surrogate: a name unit after a high one of a name's, none where it opens a run (after an emoji's high one). */
export const SCAN_LOW_SURROGATE = 2;
/** Added to how a code unit starts a suffix (1, 2 or 3): the scan reads a name there. */
export const SCAN_SUFFIX = 4;

/** A Han character, or half of a supplementary-plane one (`𡋾`; a surrogate from U+20000's on): what a name is made of. */
function isNameUnit(code: number): boolean {
  return isHanCodePoint(code) || (code >= 0xd840 && code <= 0xdfff);
}
/** isNameUnit() as a table, built once: module code runs unoptimised. */
const NAME_UNITS = Uint8Array.from({ length: 0x10000 }, (_, code) => (isNameUnit(code) ? SCAN_NAME : SCAN_BREAK));

function scanTable(suffixes: readonly string[]): Uint8Array {
  const scan = Uint8Array.from(NAME_UNITS).fill(SCAN_LOW_SURROGATE, 0xdc00, 0xe000);
  const starts = new Uint8Array(0x10000);
  for (const suffix of suffixes) starts[suffix.charCodeAt(0)]! |= suffix.length === 1 ? 2 : 1;
  for (let code = 0; code < 0x10000; code++) if (starts[code] !== 0) scan[code] = SCAN_SUFFIX + starts[code]!;
  return scan;
}

/**
 * The pair of a character that opens a suffix of two characters or more and the next character, hashed into a table
 * small enough to stay in the cache (8 KB): one read where an exact table of rows and columns takes three. Pairs that
 * hash alike pass the gate; suffixAt() is exact.
 */
const PAIR_GATE_MASK = (1 << 13) - 1;
export function suffixPairGateIndex(first: number, second: number): number {
  return ((first << 6) ^ second) & PAIR_GATE_MASK;
}
function suffixPairGate(suffixes: readonly string[]): Uint8Array {
  const gate = new Uint8Array(PAIR_GATE_MASK + 1);
  for (const suffix of suffixes) if (suffix.length >= 2) gate[suffixPairGateIndex(suffix.charCodeAt(0), suffix.charCodeAt(1))] = 1;
  return gate;
}

/** See CompiledPatterns.spacedRoles. (A role with white space in it cannot stand so.) */
function spacedRolesPattern(roles: readonly string[]): RegExp | null {
  const pairs = roles.filter((role) => role.length === 2 && !isSpace(role.charCodeAt(0)) && !isSpace(role.charCodeAt(1)));
  return pairs.length === 0 ? null : new RegExp(pairs.map((role) => `${codeUnitPattern(role, 0)}\\s${codeUnitPattern(role, 1)}`).join('|'));
}

/** The code unit at `at` of `text` as a regex escape (`\u8bb0`): any unit, a half of a surrogate pair too (no `u` flag). */
function codeUnitPattern(text: string, at: number): string {
  return `\\u${text.charCodeAt(at).toString(16).padStart(4, '0')}`;
}

/** A table with 1 at each of `characters`' code units. */
export function codeUnitTable(characters: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const character of characters) table[character.charCodeAt(0)] = 1;
  return table;
}

/** `words` by their first code unit, longest first (a stable sort: words of one length keep their order). */
export function wordsByFirst(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const first = word.charCodeAt(0);
    map.set(first, [...(map.get(first) ?? []), word]);
  }
  return map;
}

/** The vocabulary compiled last, and its patterns: nearly every call asks for the same one, and a WeakMap lookup is not free. */
let lastVocabulary: Vocabulary | null = null;
let lastCompiled: CompiledPatterns | null = null;

export function compilePatterns(vocabulary: Vocabulary): CompiledPatterns {
  if (vocabulary === lastVocabulary) return lastCompiled!;
  const compiled = cache.get(vocabulary) ?? compileVocabulary(vocabulary);
  lastVocabulary = vocabulary;
  lastCompiled = compiled;
  return compiled;
}

function compileVocabulary(vocabulary: Vocabulary): CompiledPatterns {
  const suffixes = alternation(vocabulary.organisationSuffixes);
  // In running text only suffixes of two or more characters (and 村, 镇, 乡) are safe:
  // `所` or `区` alone would find `带领所` in `老师带领所有的家长`.
  const textSuffixes = vocabulary.organisationSuffixes.filter((s) => s.length >= 2 || s === '村' || s === '镇' || s === '乡');
  const roles = alternation(vocabulary.roles);
  const verbs = alternation(vocabulary.creditVerbs);
  const compiled: CompiledPatterns = {
    organisation: new RegExp(`^[${HAN_ALL}A-Za-z0-9·（）()]{1,18}(?:${suffixes})$`, 'u'),
    organisationEnds: codeUnitTable(vocabulary.organisationSuffixes.filter((suffix) => suffix.length > 0).map((suffix) => suffix.at(-1)!)),
    textSuffixesByFirst: wordsByFirst(textSuffixes),
    bareSuffixes: new Set(vocabulary.organisationSuffixes.filter((suffix) => suffix.length >= 2)),
    textScan: scanTable(textSuffixes),
    textSuffixPairGate: suffixPairGate(textSuffixes),
    creditVerbEnds: vocabulary.creditVerbs.some((verb) => verb.length === 0) ? null : codeUnitTable(vocabulary.creditVerbs.map((verb) => verb.at(-1)!)),
    roleStarts: codeUnitTable(vocabulary.roles.filter((role) => role.length > 0).map((role) => role[0]!)),
    rolePrefix: new RegExp(`^(${roles})(?![站团节证])`, 'u'),
    roleAnywhere: new RegExp(`(?:${roles})`, 'u'),
    spacedRoles: spacedRolesPattern(vocabulary.roles),
    // `小记者站`, `记者团` name a body, not a role.
    roleSplit: new RegExp(`(${roles})(?![站团节证])`, 'gu'),
    // (Up to sixty before the verb: a photo page's credit may name eight people with their roles, `XX晚报记者 A 通讯员 B C … 摄影报道`.)
    creditTail: new RegExp(`^(.{1,60}?)${SPACE}*(${verbs})$`, 'u'),
    creditGlued: new RegExp(`${AFTER_SENTENCE}(${SPACE}*)([^${classOf(BYLINE_STOPS)}]{2,24}?)(${verbs})$`, 'u'),
    creditAfterSpace: new RegExp(`(?<=[^${SPACE}])(${SPACE}+)(?:(?:${NEWSROOM})?(?:${roles})${SPACE}*[^${classOf(BYLINE_STOPS)}]{2,16}?(?:${verbs})|[${HAN_ALL}]{2,12}?供图)$`, 'u'),
    // (After an agency's release: `…玉米。新华社发(姜文澜摄)`.)
    bylineTail: new RegExp(`${AFTER_SENTENCE}(${SPACE}*)(?:${AGENCY_RELEASE}${SPACE}*)?[(（]([^()（）]{1,60})[)）]$`, 'u'),
    // (Two newsrooms may share the reporter: `…。江城新闻网、江报融媒记者 X`.)
    bylineGlued: new RegExp(`${AFTER_SENTENCE}(${SPACE}*)((?:${NEWSROOM}(?:、${NEWSROOM})?)?(?:${roles})${SPACE}*[^${classOf(BYLINE_STOPS)}]{2,24})$`, 'u'),
    leadByline: new RegExp(
      // The names end at a space, or at `报道:` (`XX网讯 通讯员张三、李四报道:近日…`), `摄影报道:` when they took the
      // pictures too, or `报道` before a space (`本报讯 通讯员张三 记者李四报道 近日…`); a site may glue them to its lead
      // (`本网讯通讯员张三报道:近日…`).
      // Without a role, only before `报道:` (`本网讯 张三报道: 为…`): a name alone after a lead is the text's first word.
      // (A name without its role may open a list whose next name has one, closed by 报道: `本报讯 张三 记者李四报道 金秋…`.)
      `${SPACE}*((?:${roles})${SPACE}*${LEAD_NAME}(?:(?:${SPACE}+|、)(?:(?:${roles})${SPACE}*)?${LEAD_NAME})*|${LEAD_NAME}(?:(?:${SPACE}+|、)${LEAD_NAME})*(?=${SPACE}*(?:摄影)?报道[:：])|${LEAD_NAME}(?:${SPACE}+|、)(?:${roles})${SPACE}*${LEAD_NAME}(?:(?:${SPACE}+|、)(?:(?:${roles})${SPACE}*)?${LEAD_NAME})*(?=${SPACE}*(?:摄影)?报道(?:[:：]|${SPACE})))(?:${SPACE}*(?:摄影)?报道(?:[:：]|(?=${SPACE}))|(?=${SPACE}))`,
      'uy',
    ),
    // (The paper the copy came from may stand before the roles: `来源:江城晚报 通讯员 A B 记者 C`.)
    sourcePeople: new RegExp(
      `(?:^|${SPACE})(?:来源|稿源|文章来源)${SPACE}*[:：]${SPACE}*(?:[${HAN_ALL}]{2,10}?(?:${PAPER_ENDING}|报|网|台|融媒|客户端)${SPACE}+)?((?:${roles})${SPACE}*${WEB_NAME}(?:(?:${SPACE}|[,，、])${WEB_NAME})*)(?=${SPACE}{2}|${SPACE}*[${HAN_ALL}]{2,6}${SPACE}*[:：]|${SPACE}*$)`,
      'u',
    ),
    continuationTail: new RegExp(`${SPACE}*[(（](?:下转|下接|转第|转[0-9０-９A-Za-z]{1,3}版)[^()（）]{0,12}[)）]$`, 'u'),
  };
  cache.set(vocabulary, compiled);
  return compiled;
}

/**
 * A reader's question opening a pair of a reader column (市民热线, 民生回音): `市民陈女士反映:`,
 * `合肥市民何先生致电本报反映:…`, `网友X留言:`. The answer below it (`市城投公司答复:` / text) goes with it,
 * and the next question opens the next pair. A city before 市民 has two characters or more (`城市民生…` is no reader).
 */
const READER_QUESTION = new RegExp(`^(?:(?:[${HAN_ALL}]{2,4})?市民|网友|读者)[^:：,，。]{0,14}?(?:反映|咨询|投诉|询问|求助|提问|留言|来电|来信)[:：]`, 'u');
const READER_QUESTION_FIRST = codeUnitTable([...'网读']);

export function isReaderQuestion(text: string): boolean {
  // (lastIndexOf from 4 finds a 市民 that starts in the first five characters, reading no further: the labeller asks
  // this of every paragraph after a paragraph.)
  return (READER_QUESTION_FIRST[text.charCodeAt(0)] === 1 || text.lastIndexOf('市民', 4) >= 0) && READER_QUESTION.test(text);
}

/** Longest line read as a speaker's label. */
const MAX_SPEAKER_LABEL = 20;

/**
 * A short paragraph ending in a colon names who speaks (`市民王先生咨询:`, `市城投公司答复:`, `问:`): what follows
 * is a paragraph of its own, not the rest of a line a column break cut. (A cut falls anywhere in a long paragraph;
 * a short first line that stops exactly at a colon is a label.)
 */
export function isSpeakerLabel(text: string): boolean {
  return text.length <= MAX_SPEAKER_LABEL && endsWithColon(text);
}

/** `“`, `「`, `『`, or an ASCII `"`: a quotation opens. */
export function isOpeningQuote(code: number): boolean {
  return code === 0x201c /* “ */ || code === 0x300c /* 「 */ || code === 0x300e /* 『 */ || code === 0x22 /* " */;
}

/** `”`, `」`, `』`, or an ASCII `"`: a quotation closes. */
export function isClosingQuote(code: number): boolean {
  return code === 0x201d /* ” */ || code === 0x300d /* 」 */ || code === 0x300f /* 』 */ || code === 0x22 /* " */;
}

/** An ASCII or full-width colon stands somewhere in `text`. */
export function hasColon(text: string): boolean {
  return text.includes(':') || text.includes('：');
}

/** `…娓娓道来:`, `市民X反映:`: the line ends with a colon, ASCII or full-width. */
export function endsWithColon(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x3a /* : */ || last === 0xff1a /* ： */;
}

/**
 * A web editor's page-break mark, left in the text where the copy was cut into pages and the mark's tag was stripped:
 * TinyMCE's and CKEditor's `pagebreak`, UEditor's `_ueditor_page_break_tag_`, `[NextPage]`, `[page]`. Often glued to
 * the paragraph before it (`…新华社记者 周宁 摄pagebreak`). The site's, no word of the text.
 */
const PAGE_BREAK_MARK = /(?:pagebreak|_ueditor_page_break_tag_|\[NextPage\]|\[page\])$/iu;
/** Where a page-break mark ending `text` starts, or -1; read only where the text ends in the mark's last character. */
export function pageBreakMarkAt(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x6b /* k */ && last !== 0x4b /* K */ && last !== 0x5f /* _ */ && last !== 0x5d /* ] */) return -1;
  const mark = PAGE_BREAK_MARK.exec(text);
  return mark === null ? -1 : mark.index;
}

/** A column's head printed letter-spaced, a space between each of its characters: `今 日 上 虞`, `社 区 新 闻`. */
const LETTER_SPACED = new RegExp(`^[${HAN_ALL}](?:[ \u3000]+[${HAN_ALL}]){2,7}$`, 'u');
export function isLetterSpaced(text: string): boolean {
  return text.length >= 5 && isSpace(text.charCodeAt(1)) && LETTER_SPACED.test(text) && !FONT_SIZES.test(text);
}
/** A web copy's buttons for the size of its type, `大 中 小`, spaced as such a head is. */
const FONT_SIZES = /^[大中小默认\s]+$/u;
