// Bylines and credits: who wrote an item and who took its pictures, alone on
// a line (`(李 莉)`, `□记者 张三 通讯员 李四`, `雷 洁摄`) or glued to the end of
// its last paragraph (`…更高效。” (赵 璐)`, `…互融互动。雷 洁摄`).

import type { Person } from '../model.js';
import { endsAsOffice, isOrganisationName } from './organisations.js';
import { COMMON_SURNAMES, isOfficeLevel, isOneName, isUnit, parsePeople, parseRunTogetherByline, splitGluedNames } from './people.js';
import {
  AFTER_SENTENCE,
  AGENCY_RELEASE,
  BYLINE_STOPS,
  CREDIT_NOTE,
  EDITOR_FIELD,
  EDITOR_WORDS,
  EDITOR_LINE,
  isWebMeta,
  hasColon,
  HAN_ALL,
  NEWSROOM,
  PAPER_ENDING,
  SPACE,
  bylineLineOf,
  classOf,
  compilePatterns,
  creditLeadingVerbOf,
  CREDIT_LEADING_GLUED,
  endsSentence,
  endsWithBracket,
  hasSentenceMark,
  isSpace,
  markerBylineOf,
  markedBylineGluedOf,
  namesAPicture,
  WRITER_WORD,
  WRITTEN_BY,
  SENTENCE_FINAL_MARKS,
  squareBracketedOf,
  opensAsPhotoCaption,
  PAGE_SOURCE_NOTE,
  isHanCodePoint,
} from './patterns.js';
import { DEPARTMENT_OFFICES, type Vocabulary } from './vocabulary.js';

export interface CreditMatch {
  raw: string;
  verb: string;
  people: Person[];
  /** `李山 文 刘东 摄`: who wrote the text, named in the credit before `文`; they took no picture. */
  writers?: Person[];
}

export interface BylineMatch {
  /** The byline as printed, without its brackets or marker. */
  inner: string;
  people: Person[];
  /** `(李 莉)` in brackets, `□`/`■` marker, or bare (`记者 张三`). */
  form: 'brackets' | 'marker' | 'bare';
  /** The bracket is never closed: the copy was cut inside it (`(供稿:林小雨 审稿:周`), and the item with it. */
  cut?: boolean;
  /** The bracket closes here without opening: the second line of one a line break cut in two (`(记者 A` / `通讯员 B)`). */
  closesBracket?: boolean;
}

/** A byline, credit or continuation marker glued to the end of a paragraph. */
export interface GluedTail {
  /** Where the tail starts in the line's content; the body text ends there. */
  at: number;
  byline: BylineMatch | null;
  credit: { match: CreditMatch; from: number } | null;
  continuation: boolean;
  /** It is, or ends with, what a web copy or a wire story prints after the last sentence: `(责任编辑:王芳)`, `(完)`. */
  trailer: boolean;
}

/** Longest line that can still be a header, a credit or a byline. */
export const MAX_SHORT_LINE = 60;

/** A byline's place of filing at its end, or 报道 alone after the names: `谷雨田 青岛报道`, `谷雨田 林泉 报道`. */
// (After a name's note in brackets too, no place between: `何培化(实习)报道`.)
const FILED_FROM_END = new RegExp(`(?:\\s[${HAN_ALL}]{0,6}|[)）])报道$`, 'u');

/**
 * The editor's bracket or a wire story's end mark, glued after the text: `(责任编辑:王芳)`, `(编辑：周宁 )`, `(完)`; an
 * agency's release of a picture that names no one (`(新华社发)`); the source a web copy names (`(来源:XX区新闻中心)`, `(稿件来源:…)`,
 * a reprint's citation without a colon, `(文章来源XX报DATE第N版)`, `(原载《XX报》DATE)`, a repost's `(转自XX)`),
 * or the government account or news site it was taken from, named alone (`(江城发布)`: such accounts are called `…发布`;
 * `(江城新闻网)`) or the paper it was reprinted from (`(江城都市报)`, as 708's alone on its line); a site's
 * disclaimer (`(本文不代表本站观点…)`), which closes a reposted text; an empty bracket, `()`, a template's byline left
 * blank. A space may pad the bracket inside: `( 责任编辑:X )`; a space may stand for the editor's colon: `(编辑 X)`.
 */
const TRAILER = new RegExp(
  `${SPACE}*[(（]${SPACE}*(?:(?:${EDITOR_WORDS})(?:${SPACE}*[:：]|${SPACE}+)[^()（）]{1,20}|(?:稿件|信息|新闻)?来源${SPACE}*[:：][^()（）]{1,24}|(?:文章|稿件)来源[^()（）:：]{2,40}|原载[^()（）]{2,40}|转自[^()（）]{2,40}|完|${AGENCY_RELEASE}` +
    `|[${HAN_ALL}]{2,10}发布|[${HAN_ALL}]{2,10}新闻网|[${HAN_ALL}]{2,8}(?:日报|晚报|都市报|早报|晨报|商报|时报)|[^()（）]{0,20}不代表本(?:网站|网|站|平台|报|刊)[^()（）]{0,80})[)）]$` +
    // (Not a picture's mark in a copy's markup, `![]()`, whose brackets are empty too.)
    `|(?<!\\])${SPACE}*[(（]${SPACE}*[)）]$`,
  'u',
);

/** A picture agency's name in brackets right after a credit's verb: `摄(人民图片网)`, `摄(视觉中国)`. */
const AGENCY_AFTER_CREDIT = new RegExp(`(?<=摄|摄影|供图)${SPACE}*[(（][${HAN_ALL}A-Za-z]{2,10}[)）]$`, 'u');

/** The video's editor and the name after, in a byline line among the writers: ` 剪辑 A`, ` 视频剪辑:A`. */
const VIDEO_EDITOR = new RegExp(`${SPACE}+(?:视频)?剪辑${SPACE}*[:：]?${SPACE}*[${HAN_ALL}]{2,4}(?=${SPACE}|$)`, 'gu');

/** A web copy's source field after a byline's names, to the line's end: ` 来源:江城网 https://…` (not in brackets). */
const SOURCE_AFTER_NAMES = new RegExp(`(?<=[^${SPACE}(（])${SPACE}+来源${SPACE}*[:：][^()（）]*$`, 'u');

/** A source field before a bracket's names, its value a word: `来源:东湖街道办事处 ` of `(来源:东湖街道办事处 通讯员:周小禾)`. */
const SOURCE_BEFORE_NAMES = new RegExp(`^(?:来源|出处)${SPACE}*[:：]${SPACE}*[^${SPACE}()（）]{2,24}${SPACE}+(?=\\S)`, 'u');

/**
 * A bracket's text without the source field a county platform prints before the writers (`来源:X 通讯员:周小禾`), or a
 * paper's reprint before its reporters (`出处:江城日报 本报记者 X/摄 Y/文`).
 */
function withoutSourceFirst(inner: string): string {
  const first = inner.charCodeAt(0);
  const source = first === 0x6765 /* 来 */ || first === 0x51fa /* 出 */ ? SOURCE_BEFORE_NAMES.exec(inner) : null;
  return source ? inner.slice(source[0].length) : inner;
}

/** The author's field name and its colon: `作者:` of `(来源:江城网 作者:林小禾)`. */
const AUTHOR_FIELD_NAME = new RegExp(`^作者${SPACE}*[:：]${SPACE}*`, 'u');

/** A newsroom, its colon, then names alone: `江城融媒:林小雨`, `江城日报:林小雨 周宁`. Group 1 is the names. */
const NEWSROOM_COLON_NAMES = new RegExp(`^${NEWSROOM}${SPACE}*[:：]${SPACE}*([${HAN_ALL}]{2,3}(?:[${SPACE}、,，][${HAN_ALL}]{2,3}){0,3})$`, 'u');

/** A unit's name, a colon, then one name of two or three characters: `江城公益传播中心:何磊`. */
const UNIT_COLON_NAME = new RegExp(`^([${HAN_ALL}]{4,20})${SPACE}*[:：]${SPACE}*([${HAN_ALL}]{2,3})$`, 'u');

/** A review clause closing a byline's bracket after a comma: `,已经团委副书记X审核)`, `，经X审定）`. */
const REVIEW_IN_BRACKET = new RegExp(`[,，]${SPACE}*(?:已经|已|经)?[^,，()（）。]{0,16}?审(?:核|定|阅|签)${SPACE}*[)）]$`, 'u');

/** A reporter's role and its colon opening a byline: `通讯员:`, `本报记者：`. */
export const ROLE_COLON = new RegExp(`^((?:本报)?(?:通讯员|记者))${SPACE}*[:：]${SPACE}*`, 'u');

/** The gate before ROLE_COLON, which is anchored at the start: the line opens with 本, 通 or 记, as each of its roles does. */
export function opensAsRoleColon(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 0x672c /* 本 */ || first === 0x901a /* 通 */ || first === 0x8bb0 /* 记 */;
}

/** A unit's name, then names in brackets, alone on the line: `柳岸镇林业服务中心(林小雨)`. */
const UNIT_THEN_BRACKETED_NAMES = new RegExp(`^([^()（）\\s]{3,24})${SPACE}*[(（]([${HAN_ALL}]{2,3}(?:[${SPACE}、,，][${HAN_ALL}]{2,3}){0,3})[)）]$`, 'u');

/** Longest glued byline or credit, with the sentence end before it: `。” (本报记者 张三 通讯员 李四)`. */
const GLUED_TAIL_WINDOW = 80;

/** A line that opens a round bracket and never closes it, a few characters at least: `(供稿:林小雨 审稿:周`. */
function isCutBracket(content: string): boolean {
  const first = content.charCodeAt(0);
  if (first !== 0x28 /* ( */ && first !== 0xff08 /* （ */) return false;
  return content.length >= MIN_CUT_BRACKET && !content.includes(')') && !content.includes('）') && !content.includes('(', 1) && !content.includes('（', 1);
}
const MIN_CUT_BRACKET = 4;

/**
 * `通讯员 林小雨文/图)`: the second line of a byline's bracket that a line break cut in two (`(记者 周宁` above it), its
 * closing bracket without an opening one.
 */
function isBracketsSecondLine(content: string): boolean {
  if (!endsWithBracket(content)) return false;
  return content.length >= MIN_CUT_BRACKET && !content.includes('(') && !content.includes('（') && !content.slice(0, -1).includes(')') && !content.slice(0, -1).includes('）');
}

/** The day, and perhaps the time, a web copy was posted, after white space at a line's end: `2024-08-12 18:03` (`18：03`). */
const POSTED_AT_END = /\s+[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?$/u;
function endsWithDigit(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code >= 0x30 && code <= 0x39;
}

/** A byline alone on its line: `(李 莉)`, `□记者 张三 通讯员 李四`, `记者 范若琳`, `张三 记者 李四`. */
export function matchBylineLine(line: string, vocabulary: Vocabulary): BylineMatch | null {
  // `文/记者 张三 来源:江城网 https://…`: a web copy's source field (and its address) after the names is the copy's, not theirs.
  const source = line.includes('来源') ? SOURCE_AFTER_NAMES.exec(line) : null;
  const sourceless = source ? line.slice(0, source.index) : line;
  // `记者 A B 报道 剪辑 C 通讯员 D`: who cut the video among the writers is no writer; the byline is read without them.
  const content = sourceless.includes('剪辑') ? sourceless.replace(VIDEO_EDITOR, '') : sourceless;
  if (content.length > MAX_SHORT_LINE + 2) return null;
  // `江城在线 通讯员:林小雨 2024-08-12 18:03`: a web copy stamps the byline with the time it was posted.
  const stamp = endsWithDigit(content) ? POSTED_AT_END.exec(content) : null;
  if (stamp !== null) return matchBylineLine(content.slice(0, stamp.index), vocabulary);
  // `(供稿:林小雨 审稿:周`: a byline's bracket never closed, the copy cut inside it; closed, it is read as any.
  if (isCutBracket(content)) {
    const whole = matchBylineLine(`${content.trimEnd()}${content.charCodeAt(0) === 0x28 ? ')' : '）'}`, vocabulary);
    return whole?.form === 'brackets' ? { ...whole, cut: true } : null;
  }
  if (isBracketsSecondLine(content)) {
    const whole = matchBylineLine(`${content.charCodeAt(content.length - 1) === 0x29 ? '(' : '（'}${content}`, vocabulary);
    return whole?.form === 'brackets' ? { ...whole, closesBracket: true } : null;
  }
  // `文/张三 图/李四`, `(摄影:李四 文字:张三)`: who wrote and who took the pictures, a credit (matchCredit()).
  const bracket = bylineLineOf(content);
  if (creditFieldsOf(content, vocabulary, bracket) !== null) return null;
  if (bracket) {
    const whole = bracket[1]!.trim();
    const afterSource = withoutSourceFirst(whole);
    // `(来源:江城网 作者:林小禾)`: after a source field, the author's field names the writer (alone, `(作者:X)` is a web
    // copy's field, read as such).
    const authorField = afterSource.length < whole.length ? AUTHOR_FIELD_NAME.exec(afterSource) : null;
    const inner = authorField ? afterSource.slice(authorField[0].length) : afterSource;
    // `(记者 林溪 摄)`: a photo credit in brackets, not a byline (but `(记者 林溪 文/摄)` is one, as `文/图` says);
    // `(责任编辑:王芳)`: the page's editor; `(来源:XX晚报)`: where a repost was copied from.
    // (`(摄影:林溪)`: led by its verb.)
    const photoCredit = (endsWithCreditVerb(inner, vocabulary) && !endsWithWordsAndPhotos(inner)) || creditLeadingVerbOf(inner) !== null;
    // `(资料图)`: what the picture above is (a file photo), not who wrote.
    if (photoCredit || EDITOR_LINE.test(inner) || isWebMeta(inner) || namesAPicture(inner)) return null;
    const names = beforeEditorField(inner);
    const people =
      bracketedPeople(names, vocabulary) ??
      // `(东坡小学四(2)班 林小雨)`: a pupil's school and class, then the name.
      unitByline(UNIT_BYLINE_LINE.exec(names), vocabulary)?.people;
    return people ? { inner: names, people, form: 'brackets' } : null;
  }
  const marker = markerBylineOf(content);
  if (marker) {
    const inner = marker[1]!.trim();
    // `◆编辑:周宁`, `◆素材来源:江城日报`: the page's editor or a line about the copy, after the marker.
    if (EDITOR_LINE.test(inner) || isWebMeta(inner)) return null;
    const people = parsePeople(inner, 'byline', vocabulary) ?? parseRunTogetherByline(inner, 'byline', vocabulary) ?? nameAfterUnit(inner);
    return people ? { inner, people, form: 'marker' } : null;
  }
  // `江城融媒:林小雨`: the newsroom, its colon, the writers, on a line of their own below the copy's fields.
  const newsroomNames = hasColon(content) ? NEWSROOM_COLON_NAMES.exec(content) : null;
  if (newsroomNames) {
    const people = parsePeople(newsroomNames[1]!, 'byline', vocabulary);
    if (people && people.every((person) => person.name !== null)) return { inner: content, people, form: 'bare' };
  }
  // `江城公益传播中心:何磊`: a unit, its colon, one writer's name, as a newsroom's is signed (a header's title is no name).
  const unitName = hasColon(content) ? UNIT_COLON_NAME.exec(content) : null;
  if (unitName !== null && COMMON_SURNAMES.has(unitName[2]![0]!) && isOrganisationName(unitName[1]!, vocabulary) && isOneName(unitName[2]!, vocabulary)) {
    return { inner: content, people: [{ name: unitName[2]!, role: null, source: 'byline' }], form: 'bare' };
  }
  // `供稿:校团委`: the unit that supplied the text, on its own line as in brackets.
  const supplied = suppliedBy(content, vocabulary);
  if (supplied) return { inner: content, people: supplied, form: 'bare' };
  // `文/图乔语桐`: who wrote the text and took its pictures, glued to the names as `文/郑小戈` is.
  // (The page's editor may follow the names: `图文:柳岸社区 林小雨 编辑:周宁`.)
  // (WORDS_AND_PICTURES_BY, WORDS_BY and their openings are anchored at the line's start, on 文, 图 or 撰: most lines open
  // with none, and skip the four regexes.)
  const opensWithWorkWord = opensAsWorksBy(content);
  const wordsAndPicturesBy = !opensWithWorkWord
    ? null
    : (WORDS_AND_PICTURES_BY.exec(content) ?? (WORDS_AND_PICTURES_OPENING.test(content) ? WORDS_AND_PICTURES_BY.exec(beforeEditorField(content)) : null));
  if (wordsAndPicturesBy) {
    // (`图/文:校团委`: a unit wrote the text and took the pictures, when no person did.)
    const people = parsePeople(wordsAndPicturesBy[1]!, 'byline', vocabulary) ?? unitAlone(wordsAndPicturesBy[1]!, vocabulary);
    // `文/图记者` names a role and no one, a byline as `本报记者` alone is: not `文/` before a person called 图记者.
    return people ? { inner: content, people, form: 'bare' } : null;
  }
  // `文/郑小戈`, `撰文:记者 张三`: who wrote the text, said before the names; the page's editor may follow them
  // (`文/林小雨 周宁 责任编辑:陈平`).
  const wordsBy = !opensWithWorkWord ? null : (WORDS_BY.exec(content) ?? (WRITTEN_BY.test(content) ? WORDS_BY.exec(beforeEditorField(content)) : null));
  if (wordsBy) {
    const people = parsePeople(wordsBy[1]!, 'byline', vocabulary);
    return people ? { inner: content, people, form: 'bare' } : null;
  }
  // `林小雨/编撰`, `周宁/文`: the writers, then what they did to the text after a slash (as `林小雨/图` credits a picture).
  const slashedWriting = endsWithSlashedWriting(content) ? NAMES_SLASH_WRITING.exec(content) : null;
  if (slashedWriting) {
    const people = parsePeople(slashedWriting[1]!, 'byline', vocabulary);
    // `本报记者/编撰`: a role and no one named (not a person called 编撰).
    if (people) return { inner: content, people, form: 'bare' };
  }
  // `通讯员:柳岸镇社区网格员 林小雨`: a role and its colon, then the writer's unit and post before the name.
  const roleThenUnit = opensAsRoleColon(content) ? ROLE_COLON.exec(content) : null;
  if (roleThenUnit && spaceBeforeName(content)) {
    const unitAndName = unitByline(UNIT_BYLINE_LINE.exec(content.slice(roleThenUnit[0].length)), vocabulary);
    if (unitAndName) return { ...unitAndName, people: unitAndName.people.map((person) => ({ ...person, role: roleThenUnit[1]! })) };
  }
  // `柳岸镇林业服务中心(林小雨)`: the writer's unit, then the writer's name in brackets.
  const unitThenBracket = endsWithBracket(content) ? UNIT_THEN_BRACKETED_NAMES.exec(content) : null;
  if (unitThenBracket && isOrganisationName(unitThenBracket[1]!, vocabulary)) {
    const people = parsePeople(unitThenBracket[2]!, 'byline', vocabulary);
    if (people?.every((person) => person.name !== null && person.role === null)) return { inner: content, people, form: 'bare' };
  }
  // `林泉 (江城日报)`: a reprint names its writer's paper in brackets after the name.
  const paper = endsWithBracket(content) ? PAPER_AFTER_NAMES.exec(content) : null;
  if (paper) {
    const people = parsePeople(paper[1]!, 'byline', vocabulary);
    if (people?.some((person) => person.name !== null)) return { inner: content, people, form: 'bare' };
  }
  // A bare byline must name a role (`记者 范若琳`, `动力 记者 张三`) or where it was filed from (`谷雨田 青岛报道`):
  // names alone could be anything. The names are the line's first words (before an editor's field): where the whole
  // line holds no role and no 报道 (nearly every line), they hold none, and the editor's field is not looked for.
  const { roleAnywhere } = compilePatterns(vocabulary);
  // `林小雨 文/图`, `林小雨 周宁 文/摄`: names alone, then the words for the text and the pictures after a space, as after a
  // role (`记者 林小雨 文/图`): a byline whose people took the pictures too.
  const namesThenWorks = endsWithWordsAndPictures(content) ? NAMES_THEN_WORDS_AND_PICTURES.exec(content) : null;
  if (namesThenWorks !== null) {
    const people = parsePeople(namesThenWorks[1]!, 'byline', vocabulary);
    if (people !== null && people.every((person) => person.role === null && person.name !== null && isOneName(person.name, vocabulary))) return { inner: content, people, form: 'bare' };
  }
  if (!content.includes('报道') && !roleAnywhere.test(content) && !hasSpacedRole(content, vocabulary)) return unitBylineLine(content, vocabulary);
  const names = beforeEditorField(content);
  const filed = names.endsWith('报道') && FILED_FROM_END.test(names);
  if (!filed && !roleAnywhere.test(names) && !hasSpacedRole(names, vocabulary)) return unitBylineLine(content, vocabulary);
  const people = parsePeople(names, 'byline', vocabulary) ?? parseRunTogetherByline(names, 'byline', vocabulary);
  if (!people || !(filed || people.some((p) => p.role !== null))) return null;
  // `东湾区:林小雨 周宁 报道`: where the report comes from, before the names, is no one.
  const reporters = filed ? people.filter((person) => person.name === null || !isOrganisationName(person.name, vocabulary)) : people;
  if (reporters.length === 0) return null;
  return { inner: names, people: reporters, form: 'bare' };
}

/** Names of two or three characters (or two padded), a space between each, then after a space `文/图` or `文/摄` ending the line. */
const NAMES_THEN_WORDS_AND_PICTURES = new RegExp(`^((?:[${HAN_ALL}]{2,3}|[${HAN_ALL}]${SPACE}[${HAN_ALL}])(?:${SPACE}+(?:[${HAN_ALL}]{2,3}|[${HAN_ALL}]${SPACE}[${HAN_ALL}])){0,3})${SPACE}+文${SPACE}*[/／]${SPACE}*[图摄]$`, 'u');
function endsWithWordsAndPictures(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x56fe /* 图 */ || last === 0x6444 /* 摄 */) && text.length >= 6;
}

/** A line naming no role read as a unit's byline: `柳岸镇青石村 林小雨`, or `柳岸镇林小雨`, the unit glued before the name, as in brackets. */
function unitBylineLine(content: string, vocabulary: Vocabulary): BylineMatch | null {
  return spaceBeforeName(content) ? unitByline(UNIT_BYLINE_LINE.exec(content), vocabulary) : content.length <= MAX_GLUED_UNIT_BYLINE ? unitThenNameByline(content, vocabulary) : null;
}

/**
 * `记 者 贺清扬`, `张 三 记 者 李四`, `记 者：李四`: a two-character role padded with a space to the width of a
 * three-character one (通讯员), as a name is: two characters a space apart that make a role. Whether each stands alone
 * (between spaces or a name's separators, `：`, `、`, `/`) is parsePeople's to read, as it reads the role.
 */
function hasSpacedRole(content: string, vocabulary: Vocabulary): boolean {
  return compilePatterns(vocabulary).spacedRoles?.test(content) ?? false;
}

/** Names, then the paper they write for in brackets: `林泉 (江城日报)`, `李 莉（新华社）`. */
const PAPER_AFTER_NAMES = new RegExp(`^([^()（）]{2,16}?)${SPACE}*[(（][${HAN_ALL}]{2,8}(?:报|社|网|台)[)）]$`, 'u');

/**
 * `文/图乔语桐`, `图/文:李明`, `图/文 李明`, `图文:李明`: the writers, who took the pictures too, glued to the words, after a
 * space or a colon (after `图文` a colon always: `图文推荐` heads a list of links).
 */
// (The slash may stand spaced: `文 / 图  林小雨`.)
export const WORDS_AND_PICTURES_BY = new RegExp(`^(?:(?:文(?:${SPACE}*[/／]${SPACE}*|、)?图|文${SPACE}*[/／]${SPACE}*摄|图${SPACE}*[/／]${SPACE}*文)${SPACE}*[:：]?|图文${SPACE}*[:：/／])${SPACE}*([^\\s/／:：][^/／:：]{1,29})$`, 'u');

/**
 * The word for the pictures first, then the text's: `图/文`, `图文:` (a mark after `图文` always). The text's word first
 * (`文/图`) is WRITER_WORD's `文/` where a glued byline is looked for.
 */
const PICTURES_AND_WORDS = `图${SPACE}*[/／]${SPACE}*文|图文${SPACE}*[:：/／]`;

/** WORDS_AND_PICTURES_BY's opening: the words for the text and the pictures. */
export const WORDS_AND_PICTURES_OPENING = new RegExp(`^(?:文(?:${SPACE}*[/／]${SPACE}*|、)?图|文${SPACE}*[/／]${SPACE}*摄|${PICTURES_AND_WORDS})`, 'u');

/** An author's field of a web copy, its value opening with the words for the text and the pictures: `新闻作者:文 / 图  X`. */
const AUTHOR_FIELD_OF_WORDS_AND_PICTURES = new RegExp(`^(?:新闻|文章)?作者${SPACE}*[:：]${SPACE}*(?=(?:文(?:${SPACE}*[/／]${SPACE}*|、)?图|${PICTURES_AND_WORDS}))`, 'u');

/**
 * `新闻作者:文 / 图  林小雨`: the byline in an author's field whose value names who wrote the text and took its pictures, read
 * as that byline (its people the item's credit too); null for any other line.
 */
export function authorFieldBylineOf(content: string, vocabulary: Vocabulary): BylineMatch | null {
  const field = content.includes('作者') ? AUTHOR_FIELD_OF_WORDS_AND_PICTURES.exec(content) : null;
  return field === null ? null : matchBylineLine(content.slice(field[0].length), vocabulary);
}

/**
 * The gate before WORDS_AND_PICTURES_BY, WORDS_AND_PICTURES_OPENING, WORDS_BY and WRITTEN_BY, all anchored at the start:
 * the line opens with 文 or 撰 (WRITER_WORD's words) or 图, as each of their alternatives does.
 */
export function opensAsWorksBy(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 0x6587 /* 文 */ || first === 0x56fe /* 图 */ || first === 0x64b0 /* 撰 */;
}

/** `文/郑小戈`, `文字:张三 李四`, `撰文/记者 王五`: the writers, after the word for the text. */
// (A vertical stroke parts them too, as web copies print their fields: `文丨郑小戈`.)
export const WORDS_BY = new RegExp(`^${WRITER_WORD}[/／:：丨｜]\\s*([^/／:：丨｜]{2,30})$`, 'u');
/**
 * A phrase caption's credit after a space, a name alone (two or three characters, or two padded) before 摄:
 * `…检修线路 周宁 摄`. Group 2 is the name.
 */
// (Its slash too, as a credit line alone prints it: `…稻穗 苏巧将/摄`.)
const BARE_NAME_CREDIT_AFTER_SPACE = new RegExp(`(?<=[${HAN_ALL}”"])(${SPACE}+)([${HAN_ALL}](?:${SPACE}[${HAN_ALL}]|[${HAN_ALL}]{1,2}))${SPACE}*(?:[/／]${SPACE}*)?摄$`, 'u');

/** Fewest characters of the label a name runs on from (a name alone before 摄 is a credit line of its own). */
const MIN_RUN_ON_LABEL = 4;

/** Han characters only from `from` to `to`: a name, and the label's last character before it. */
function isHanRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHanCodePoint(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A name run straight on from a picture's label before its 摄, no space between: three characters if the first is a
 * common surname (`现场关雪松摄`), else the last two if theirs is (`纪念馆陈鹏摄`); none where neither opens with one, as
 * after a verb (`无人机航拍摄`).
 */
function runOnCredit(text: string, skip: number, vocabulary: Vocabulary): GluedTail | null {
  if (text.charCodeAt(text.length - 1) !== 0x6444 /* 摄 */) return null;
  for (const length of [3, 2]) {
    const at = text.length - 1 - length;
    const name = text.slice(at, -1);
    if (at < MIN_RUN_ON_LABEL || !COMMON_SURNAMES.has(name[0]!) || !isHanRun(text, at - 1, text.length - 1) || !isOneName(name, vocabulary)) continue;
    const match = matchCredit(text.slice(at), vocabulary);
    if (match !== null) return { at: skip + at, byline: null, credit: { match, from: skip + at }, continuation: false, trailer: false };
  }
  return null;
}

/**
 * Role fields glued to the last sentence, a colon after each role: `…已经开张。 融媒体中心记者:A 通讯员:B 责任编辑:C`;
 * group 2 is the byline (matchBylineLine()).
 */
const ROLE_FIELDS_GLUED = new RegExp(`${AFTER_SENTENCE}(${SPACE}*)([${HAN_ALL}]{0,8}?(?:记者|通讯员)${SPACE}*[:：][^${classOf(SENTENCE_FINAL_MARKS)}]{2,60})$`, 'u');

/**
 * WORDS_BY's opening glued to the last sentence: `…时光。文/林小雨 周宁`, and the words and pictures' (`… 图文:柳岸社区 林小雨`,
 * `图/文 林小雨`, as WORDS_AND_PICTURES_BY reads them); group 2 is the byline (matchBylineLine()).
 */
const WRITTEN_BY_GLUED = new RegExp(`${AFTER_SENTENCE}(${SPACE}*)((?:${WRITER_WORD}[/／:：]|${PICTURES_AND_WORDS})[^${classOf(SENTENCE_FINAL_MARKS)}]{2,40})$`, 'u');
/** A role alone and a credit's verb after a phrase and white space: `…上的“跳蚤市场” 通讯员 供图`, `… 记者 摄`. */
const ROLE_CREDIT_AFTER_PHRASE = new RegExp(`(?<=[${HAN_ALL}”"])(${SPACE}+)((?:本报)?(?:记者|通讯员|特约通讯员|摄影记者)${SPACE}*(?:供图|摄影|摄))$`, 'u');

/**
 * A credit led by its verb after a phrase and white space: `图为雪山下成熟的青稞 摄影:龙小凤`, `套圈比赛 摄影 焦汉平`. The
 * white space keeps the verb apart from the phrase's own words (`…参加摄影比赛`).
 */
const CREDIT_LEADING_AFTER_PHRASE = new RegExp(`(?<=[${HAN_ALL}”"》])(${SPACE}+)((?:特约摄影|摄影)${SPACE}*[:：]?${SPACE}*[^${classOf(BYLINE_STOPS)}]{2,16})$`, 'u');

/** A picture's source field after a phrase and white space: `活动现场 图片来源:柳岸社区` (matchCredit() reads the field). */
const PICTURE_SOURCE_AFTER_PHRASE = new RegExp(`(?<=[${HAN_ALL}”"》])(${SPACE}+)((?:照片|图片)来源${SPACE}*[:：]${SPACE}*[${HAN_ALL}]{2,16})$`, 'u');

/**
 * `…传递着似“家”的温暖 文/摄:瞿小敏`: a caption written as a phrase, white space, then who wrote it and took the picture,
 * the words' field and its colon and one name: as sure a byline after a phrase as WRITTEN_BY_GLUED's after a sentence.
 */
const WORKS_FIELD_AFTER_PHRASE = new RegExp(`(?<=[${HAN_ALL}”"])(${SPACE}+)((?:文${SPACE}*[/／]${SPACE}*[图摄]|图${SPACE}*[/／]${SPACE}*文|图文)${SPACE}*[:：]${SPACE}*[${HAN_ALL}]{2,4})$`, 'u');
/** Where WRITTEN_BY_GLUED could match at all: the word for the text and its mark, anywhere. */
const WRITTEN_BY_ANYWHERE = new RegExp(`文[/／:：]|${PICTURES_AND_WORDS}`, 'u');

/** A first word of three characters or more before white space: a unit's name may stand there, not a two-character person's. */
const UNIT_FIRST_WORD = /^\S{3,}\s/u;

/** A writer's post in the unit named before it: a village's instructor or secretary, a grid's worker. */
const UNIT_POST = '(?:驻村)?(?:第一书记|指导员|网格员|联络员|书记|主任|社工(?:助理)?|干事)';

/**
 * A school or unit, its class, then one name: `东坡小学 林小雨`, `东坡小学四(2)班 林小雨` (a pupil's piece),
 * alone on its line or after the last sentence; or a unit and the writer's post there (`柳岸镇青石村指导员 林小雨`, the
 * instructor the town sent to the village). Group 1 is the unit, 3 the name.
 */
const UNIT_BEFORE_NAME = `([^\\s${classOf(BYLINE_STOPS)}]{2,20}?)((?:[一二三四五六七八九十0-9０-９()（）]{1,6}(?:班|年级))*|${UNIT_POST})${SPACE}+`;
const UNIT_AND_NAME = `${UNIT_BEFORE_NAME}([${HAN_ALL}]{2,3})`;
const UNIT_BYLINE_LINE = new RegExp(`^${UNIT_AND_NAME}$`, 'u');
/**
 * In a bracket, a two-character name may be padded to three with a space, as a paper sets it (`(民权办事处 胡 俊)`);
 * alone on a line two single characters after a unit could be anything (`柳溪中学 王 五` needs its role).
 */
const UNIT_BYLINE_PADDED = new RegExp(`^${UNIT_BEFORE_NAME}([${HAN_ALL}]{2,3}|[${HAN_ALL}] [${HAN_ALL}])$`, 'u');

/** A unit and one name opening a text in brackets, `(东坡小学 林小雨)近日,…`: the byline (openingBylineOf()), when the unit is an organisation's whole name. */
export function unitAndNameOf(inner: string, vocabulary: Vocabulary, inBrackets = false): BylineMatch | null {
  return spaceBeforeName(inner) ? unitByline((inBrackets ? UNIT_BYLINE_PADDED : UNIT_BYLINE_LINE).exec(inner), vocabulary) : null;
}
const UNIT_BYLINE_GLUED = new RegExp(`${AFTER_SENTENCE}${SPACE}+${UNIT_AND_NAME}$`, 'u');

/**
 * The gate before UNIT_BYLINE_LINE: its name (two or three Han characters, two to six code units) ends the
 * line after white space, so one of the code units 3 to 7 from the end is white space.
 */
function spaceBeforeName(content: string): boolean {
  for (let i = Math.max(0, content.length - 7); i <= content.length - 3; i++) if (isSpace(content.charCodeAt(i))) return true;
  return false;
}

/** `东坡小学 林小雨`: the unit must be an organisation's whole name. */
function unitByline(match: RegExpExecArray | null, vocabulary: Vocabulary): BylineMatch | null {
  // (`XX街道办事处 乡级`: a disclosure's publisher and the office's level, no one's name.)
  if (match === null || !isOrganisationName(match[1]!, vocabulary) || isOfficeLevel(match[3]!)) return null;
  return { inner: match[0].trim(), people: [{ name: match[3]!.replace(' ', ''), role: null, source: 'byline' }], form: 'bare' };
}

/**
 * The page's editor may follow the names on their line or in their bracket (`记者 张三 编辑:李四`,
 * `通讯员:程渝审稿:汤若溪`, `(柳岸社区 审稿人:王芳 发稿人:周宁)`): the byline ends where the editor's field begins.
 * A text that opens with the field (`审核:记者 王芳`) is the editor's, and names no writer: nothing is left.
 */
export function beforeEditorField(text: string): string {
  // (`(通讯员:A,照片来源:UNIT)`: who supplied the pictures is no writer either; build-item.ts reads the field as the credit.)
  const pictureSource = text.includes('来源') ? PICTURE_SOURCE_FIELD.exec(text) : null;
  if (pictureSource !== null) return beforeEditorField(text.slice(0, pictureSource.index));
  // (`(林小雨 文 周 宁 编辑 2010.6.11)`: the editor's word after the editor's name, and the day, close the bracket.)
  const editorAfterName = EDITOR_AFTER_NAME.exec(text);
  if (editorAfterName !== null) return text.slice(0, editorAfterName.index).trimEnd();
  const editorField = EDITOR_FIELD.exec(text);
  if (editorField === null) return text;
  // A government site's reviewer of the sending unit (`单位审核:`, `部门审核:`): 单位 is no writer's name.
  const at = editorField.index;
  const sendingUnit = at >= 2 && SENDING_UNIT.has(text.slice(at - 2, at));
  return text.slice(0, sendingUnit ? at - 2 : at).trimEnd();
}

/** A name (padded or not), then an editor's word and perhaps the day, at the end after white space: `周 宁 编辑 2010.6.11`. */
const EDITOR_AFTER_NAME = new RegExp(`(?<=${SPACE})(?:[${HAN_ALL}]{2,3}|[${HAN_ALL}]${SPACE}[${HAN_ALL}])${SPACE}+(?:${EDITOR_WORDS})(?:${SPACE}+[0-9.\\-/年月日]{4,12})?$`, 'u');

/**
 * A picture's source field alone, in brackets or not: `(图片来源:UNIT)`, the news's too (`图片、消息来源:UNIT`) (group 1:
 * the unit). (After a picture's label,
 * `合影 图片来源:UNIT`, it is that picture's, inside the text: not read so.)
 */
const PICTURE_SOURCE_CREDIT = new RegExp(`^(?:(?:消息|文字|信息|新闻)[、/／])?(?:照片|图片)(?:[、/／](?:消息|文字|信息|新闻))?来源${SPACE}*[:：]${SPACE}*([${HAN_ALL}]{2,16})${SPACE}*$`, 'u');

function isPictureSource(text: string): boolean {
  return text.includes('来源') && PICTURE_SOURCE_CREDIT.test(text.trim());
}

/** A field naming who supplied the pictures, after the writers in a byline: `,照片来源:区文化站` (group 1: the supplier). */
export const PICTURE_SOURCE_FIELD = new RegExp(`[,，;；${SPACE}]*(?:照片|图片)来源${SPACE}*[:：]${SPACE}*([${HAN_ALL}]{2,16})${SPACE}*$`, 'u');

/** The words before an editor's field that make it the sending unit's: `单位审核:`. */
const SENDING_UNIT = new Set(['单位', '部门']);

/**
 * The people of a byline in brackets, alone on its line or glued to the last sentence: `(林小雨 供稿)` by its own rule
 * first (else 供稿 is read as a second name), then names with or without roles, run together or not, or a unit alone.
 */
function bracketedPeople(inner: string, vocabulary: Vocabulary): Person[] | null {
  return (
    suppliedBy(inner, vocabulary) ??
    contributedBy(inner, vocabulary) ??
    // (`(花园镇 林小禾)`: a unit whose name ends as a town's, village's or township's is read as a unit before any name;
    // of three characters or more, as `王镇` may be a person's.)
    (UNIT_FIRST_WORD.test(inner) ? (unitAndNameOf(inner, vocabulary, true)?.people ?? unitThenPeople(inner, vocabulary)) : undefined) ??
    parsePeople(inner, 'byline', vocabulary) ??
    parseRunTogetherByline(inner, 'byline', vocabulary) ??
    gluedNames(inner) ??
    // (`(柳岸镇林小雨)`: the writer's unit glued before the name.)
    unitThenName(inner, vocabulary) ??
    unitAlone(inner, vocabulary)
  );
}

/**
 * `(临河市科协 林小雨 周宁)`: the writers' unit, then two names or more after white space; the unit must be an
 * organisation's whole name, and the rest names only.
 */
function unitThenPeople(inner: string, vocabulary: Vocabulary): Person[] | null {
  const space = inner.search(/\s/u);
  if (!isOrganisationName(inner.slice(0, space), vocabulary)) return null;
  const people = parsePeople(inner.slice(space).trim(), 'byline', vocabulary);
  return people !== null && people.length >= 2 && people.every((person) => person.role === null) ? people : null;
}

/**
 * `(林小雨周宁)`, `(孔令瑶林小禾)`: two names glued with nothing between, four to six characters, split as a run-together
 * byline's are; each must open with a common surname, as a unit's name seldom does at both places.
 */
function gluedNames(inner: string): Person[] | null {
  if (inner.length < 4 || inner.length > 6 || !GLUED_NAMES.test(inner)) return null;
  const names = splitGluedNames(inner);
  if (names === null || names.length !== 2 || !names.every((name) => COMMON_SURNAMES.has(name[0]!))) return null;
  return names.map((name) => ({ name, role: null, source: 'byline' as const }));
}
const GLUED_NAMES = /^[\u4e00-\u9fff]+$/u;

/** A paper's, a site's or a station's name: the outlet, never the author (`作者:江城网`), nor a writer's unit (`江城网林小雨`). */
export const OUTLET_END = /(?:网|报|社|台|客户端|融媒体中心|新闻中心)$/u;
/** A state farm, forest or ranch, as the units of a production corps are named (`柳岸农场`): a unit where a writer works. */
const FARM_END = /[\u4e00-\u9fff]{2,8}(?:农场|林场|牧场)$/u;

/** The name of `value` = a unit's whole name, then a name of two or three characters opening with a common surname; or null. */
export function nameAfterGluedUnit(value: string, vocabulary: Vocabulary): string | null {
  for (const length of GLUED_NAME_LENGTHS_LONGEST_FIRST) {
    const at = value.length - length;
    // (The surname first, read in place: most short lines end in none, and the organisations' reading is asked of the others only.)
    if (at < 2 || !COMMON_SURNAMES.has(value[at]!)) continue;
    const unit = value.slice(0, at);
    if (OUTLET_END.test(unit)) continue;
    // (A department's office alone too, as a county's Youth League committee signs: `团县委王夏辉`.)
    if (!isOrganisationName(unit, vocabulary) && !FARM_END.test(unit) && !OFFICES_ALONE.has(unit)) continue;
    // (`柳岸镇李家村`: a unit's name whole is no unit and a name, though 李家村 opens with a surname.)
    return isOrganisationName(value, vocabulary) ? null : value.slice(at);
  }
  return null;
}
const GLUED_NAME_LENGTHS_LONGEST_FIRST = [3, 2] as const;
/** After the last sentence's end, names and `文/图` (group 2, what matchBylineLine() reads). */
const NAMES_THEN_WORKS_GLUED = new RegExp(`(?<=[。！？!?”])(${SPACE}*)([${HAN_ALL}][^。！？!?”，,]{1,24}${SPACE}文${SPACE}*[/／]${SPACE}*[图摄])$`, 'u');
const OFFICES_ALONE = new Set(DEPARTMENT_OFFICES);

/** Longest line read as a unit glued before a name: a unit of up to fifteen characters (`江城市民间文化艺术研究会`) and a name of three. */
const MAX_GLUED_UNIT_BYLINE = 18;

function unitThenNameByline(content: string, vocabulary: Vocabulary): BylineMatch | null {
  const people = unitThenName(content, vocabulary);
  return people === null ? null : { inner: content, people, form: 'bare' };
}

function unitThenName(inner: string, vocabulary: Vocabulary): Person[] | null {
  const name = nameAfterGluedUnit(inner, vocabulary);
  return name === null ? null : [{ name, role: null, source: 'byline' }];
}

/**
 * `…活动。(东湾街道柳岸社区)`: a unit alone in brackets after the last sentence sent the piece, and writes it when no
 * person is named.
 */
function unitAlone(inner: string, vocabulary: Vocabulary): Person[] | null {
  return namesAUnit(inner, vocabulary) ? [{ name: inner, role: null, source: 'byline' }] : null;
}

/** `words` name a unit, not a person: an organisation, a body of the sending unit's own, or a unit's press group. */
export function namesAUnit(words: string, vocabulary: Vocabulary): boolean {
  return isOrganisationName(words, vocabulary) || isBodyAlone(words, vocabulary) || isPressGroup(words, vocabulary);
}

/** `柳岸小学通讯组`, `县卫生局宣传科`: a unit's press group or publicity section, named after its unit; it sends the piece. */
function isPressGroup(words: string, vocabulary: Vocabulary): boolean {
  const group = PRESS_GROUP.exec(words);
  return group !== null && group.index >= 2 && isOrganisationName(words.slice(0, group.index), vocabulary);
}
const PRESS_GROUP = /(?:通讯组|报道组|宣传组|新闻组|通讯站|宣传科|宣传股|宣传办)$/u;

/** The word for a body of the sending unit's own, named alone (`团委`, `工会`, `社区`): the unit, as written. */
function isBodyAlone(words: string, vocabulary: Vocabulary): boolean {
  return words.length >= 2 && vocabulary.organisationSuffixes.includes(words);
}

/**
 * `(柳岸镇中小 周小禾 供稿)`, `(柳岸社区供稿)`, `(柳岸中学团委撰稿)`: who contributed the piece, said after the names.
 * The person after the unit writes it; a unit alone does when it is an organisation's name. 供稿 (or 撰稿) says it is a
 * byline, so the unit before the name may be any words (`白岭镇中小`, a school's short name).
 */
function contributedBy(inner: string, vocabulary: Vocabulary): Person[] | null {
  // (`(柳岸中学团委撰稿)`: who wrote it, said after the names as 供稿 says who supplied it.)
  if (!inner.endsWith('供稿') && !inner.endsWith('撰稿')) return null;
  const names = inner.slice(0, -2).trim();
  // `记者 林小雨供稿`: a role before the name is no unit.
  const withRoles = parsePeople(names, 'byline', vocabulary);
  if (withRoles?.some((person) => person.role !== null)) return withRoles;
  // `(林小雨老师供稿)`: a school's copy names its teacher so; the name is before the word for a teacher.
  const teacher = TEACHER_CONTRIBUTOR.exec(names);
  if (teacher) return [{ name: teacher[1]!, role: null, source: 'byline' }];
  const unitAndName = UNIT_THEN_CONTRIBUTOR.exec(names);
  // (The name read as any byline's: `林 海` is one padded name.)
  if (unitAndName) return parsePeople(unitAndName[1]!, 'byline', vocabulary);
  return parsePeople(names, 'byline', vocabulary) ?? unitAlone(names, vocabulary);
}
/** A unit, white space, then one name of two or three Han characters, or two padded with a space (`林 海`). */
const UNIT_THEN_CONTRIBUTOR = new RegExp(`^[^\\s()（）]{2,20}${SPACE}+([${HAN_ALL}]${SPACE}[${HAN_ALL}]|[${HAN_ALL}]{2,3})$`, 'u');

/** A name of two or three Han characters and the word for a teacher, a space between or not: `林小雨老师`, `周宁 老师`. */
const TEACHER_CONTRIBUTOR = new RegExp(`^([${HAN_ALL}]{2,3})${SPACE}*(?:老师|教师)$`, 'u');

/** `□东坡小学小记者站林小雨`: a school's reporters' station, then the reporter, run together after a marker. */
const UNIT_THEN_NAME = new RegExp(`^[${HAN_ALL}0-9]{2,14}(?:记者站|记者团|站|班)([${HAN_ALL}]{2,3})$`, 'u');

function nameAfterUnit(inner: string): Person[] | null {
  const match = UNIT_THEN_NAME.exec(inner);
  return match ? [{ name: match[1]!, role: null, source: 'byline' }] : null;
}

/** `text` ends with a credit verb: `…摄`, `…摄影`. */
function endsWithCreditVerb(text: string, vocabulary: Vocabulary): boolean {
  return creditVerbAtEnd(text, vocabulary) !== null;
}

/** The credit verb `text` ends with (the longest: the vocabulary lists longer words first), or null. */
export function creditVerbAtEnd(text: string, vocabulary: Vocabulary): string | null {
  // Most texts end in no verb's last character, which one table read tells: the verbs are tried for the others only.
  const verbEnds = compilePatterns(vocabulary).creditVerbEnds;
  if (verbEnds !== null && verbEnds[text.charCodeAt(text.length - 1)] !== 1) return null;
  for (const verb of vocabulary.creditVerbs) if (text.endsWith(verb)) return verb;
  return null;
}

/** `文/摄` at a line's end: who wrote the text and took its pictures, as `文/图`. (Read from the end: a `$`-anchored regex would scan the whole line.) */
function endsWithWordsAndPhotos(text: string): boolean {
  return text.endsWith('文/摄') || text.endsWith('文／摄');
}

/**
 * A field of a credit that says what each did: `文字:`, `文/`, `撰稿:`, `供稿:` for the text (a college site's `新闻:` too,
 * beside its `摄影:`; `作者:` after another field, `供稿:X 作者:Y`), `摄影:`, `拍摄:`, `配图:`, `图/`, `图片:` for the pictures.
 */
// (Who supplied the text, `供稿:`, beside who supplied its pictures, `配图:`, as a village's or a school's post prints them.)
// (A student's teacher, `指导老师:`, is among the writers, as the conventions count a 指导老师.)
const WORK_FIELD = new RegExp(`(?:^|${SPACE}+|[;；]${SPACE}*)(${WRITER_WORD}|作者|供稿|新闻|指导老师|指导教师|摄影|拍摄|配图|图片|图)${SPACE}*[:：/／丨｜]${SPACE}*`, 'gu');
const PICTURE_FIELDS = new Set(['摄影', '拍摄', '配图', '图片', '图']);

/** Who wrote the text and who took the pictures, as a credit's fields name them (workFieldsOf(), worksAfterNamesOf()). */
interface CreditFields {
  verb: string;
  writers: Person[];
  photographers: Person[];
}

/** The last line creditFieldsOf() found no fields in, with its vocabulary: one line, not a cache of lines. */
let lastLineWithoutFields: string | null = null;
let lastVocabularyWithoutFields: Vocabulary | null = null;

/**
 * workFieldsOf(content) ?? worksAfterNamesOf(content), `bracket` being bylineLineOf(content). readLine asks
 * matchBylineLine() and then matchCredit() of the same line, and both ask this first: the last line that names no such
 * fields (nearly every line) is remembered, so the second asks nothing. (Only a null is remembered: a result is built
 * afresh, and no two callers share its arrays.)
 */
function creditFieldsOf(content: string, vocabulary: Vocabulary, bracket: RegExpExecArray | null): CreditFields | null {
  if (content === lastLineWithoutFields && vocabulary === lastVocabularyWithoutFields) return null;
  const fields = workFieldsOf(content, vocabulary, bracket) ?? worksAfterNamesOf(content, vocabulary, bracket) ?? bylineThenSupplierOf(content, vocabulary);
  if (fields === null) {
    lastLineWithoutFields = content;
    lastVocabularyWithoutFields = vocabulary;
  }
  return fields;
}

/**
 * `摄影:李四 文字:张三`, `文/张三 图/李四`, in brackets or not: fields that name who wrote the text and who took its
 * pictures, one field of each at least; every field names someone. Null for anything else (`文/图 张三` is one field).
 */
function workFieldsOf(content: string, vocabulary: Vocabulary, bracket = bylineLineOf(content)): CreditFields | null {
  // (In a web template's square brackets too: `[文:林小雨 图:周宁]`.)
  const inner = bracket?.[1]!.trim() ?? squareBracketedOf(content) ?? content;
  const first = inner.charCodeAt(0);
  // Every field opens with 文, 撰, 供, 新, 摄, 拍, 配 or 图, or 作 of `作者:` (`作者:A B 摄影:C`), and its word is followed by
  // a colon or a slash.
  // (Or a unit and 供稿 come first: `柳岸小学供稿 撰稿:A 摄影:B`.)
  if (first !== 0x6587 && first !== 0x64b0 && first !== 0x4f9b && first !== 0x65b0 && first !== 0x6444 && first !== 0x62cd && first !== 0x914d && first !== 0x56fe && first !== 0x4f5c && !inner.includes('供稿')) return null;
  if (!hasColon(inner) && !hasSlash(inner)) return null;
  // The page's editors may follow the fields (`(文:林小雨 图:周宁 审核:陈平)`): they wrote and took nothing.
  const text = beforeEditorField(inner);
  const fields = [...text.matchAll(WORK_FIELD)];
  if (fields.length === 0) return null;
  const writers: Person[] = [];
  const suppliers: Person[] = [];
  // (`(柳岸小学供稿 撰稿:A 摄影:B)`, `(柳岸小学供稿 摄影:B)`: the unit that supplied the copy, said before the fields by
  // 供稿 after its name, as a field of its own.)
  if (fields[0]!.index !== 0) {
    const supplier = SUPPLIER_BEFORE_FIELDS.exec(text.slice(0, fields[0]!.index));
    if (supplier === null || !isOrganisationName(supplier[1]!, vocabulary)) return null;
    suppliers.push({ name: supplier[1]!, role: null, source: 'byline' });
  }
  if (fields.length + suppliers.length < 2) return null;
  const photographers: Person[] = [];
  let verb: string | null = null;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    // (Fields may be parted by semicolons: `(文/A;图/B、C;一审/D)`.)
    const value = text.slice(field.index + field[0].length, fields[i + 1]?.index ?? text.length).replace(FIELD_SEPARATOR_AT_END, '');
    const picture = PICTURE_FIELDS.has(field[1]!);
    const people = parsePeople(value, picture ? 'credit' : 'byline', vocabulary);
    if (people === null || people.some((person) => person.name === null)) return null;
    if (picture) {
      verb ??= field[1]!;
      photographers.push(...people);
    } else if (field[1] === '供稿') suppliers.push(...people);
    else if (field[1] === '指导老师' || field[1] === '指导教师') for (const person of people) writers.push({ ...person, role: person.role ?? field[1] });
    else writers.push(...people);
  }
  // Who supplied the text (`供稿:宣传科`) writes it when no one else is named as its writer; beside a named writer
  // (`供稿:宣传科 作者:NAME`) the supplier is where the copy came from, as a unit beside a name in a byline is.
  if (writers.length === 0) writers.push(...suppliers);
  return verb !== null && writers.length > 0 ? { verb, writers, photographers } : null;
}

const FIELD_SEPARATOR_AT_END = /[;；\s]+$/u;
/** A unit and 供稿 before a credit's fields (group 1: the unit). */
const SUPPLIER_BEFORE_FIELDS = new RegExp(`^([${HAN_ALL}]{2,16})供稿${SPACE}*$`, 'u');

/** A unit that supplied the pictures after a byline's names, ending the line: ` 柳岸街道供图` (group 1: the unit). */
const SUPPLIER_AFTER_BYLINE = new RegExp(`${SPACE}+([${HAN_ALL}]{2,16})供图$`, 'u');

/**
 * `记者 林小雨 通讯员 周宁 柳岸街道供图`: a byline whose roles name each writer, then after a space the unit that
 * supplied the pictures: the writers wrote the text, the unit supplied its pictures, one line for both.
 */
function bylineThenSupplierOf(content: string, vocabulary: Vocabulary): CreditFields | null {
  if (!content.endsWith('供图')) return null;
  const supplier = SUPPLIER_AFTER_BYLINE.exec(content);
  if (supplier === null || !(isOrganisationName(supplier[1]!, vocabulary) || isUnit(supplier[1]!) || endsAsOffice(supplier[1]!))) return null;
  const byline = matchBylineLine(content.slice(0, supplier.index), vocabulary);
  if (byline === null || byline.people.length === 0 || !byline.people.every((person) => person.name !== null && person.role !== null)) return null;
  return { verb: '供图', writers: byline.people, photographers: [{ name: supplier[1]!, role: null, source: 'credit' }] };
}

/** An ASCII or full-width slash stands somewhere in `text`. */
function hasSlash(text: string): boolean {
  return text.includes('/') || text.includes('／');
}

/** Editors named as the groups are, a slash and their work after their names, ending the line: ` 周宁/审核`. */
// (`周宁/审`: the reviewer's one character.)
const EDITORS_AFTER_NAMES = new RegExp(`(?:${SPACE}+[^${SPACE}/／]{2,8}[/／](?:${EDITOR_WORDS}|审))+$`, 'u');
/** A slash and the work after names (`林小雨/文`, `周宁/摄`), ending the names' group at a space or the end. */
// (Groups may be parted by `、` too: `林小雨/文、周宁/摄`; a space may follow the slash, `周宁/ 图`; `/影` is 摄影 cut short.)
const WORK_AFTER_NAMES = new RegExp(`${SPACE}*[/／]${SPACE}?(${WRITER_WORD}|摄影|摄|图|影)(?=${SPACE}|[、,，]|$)`, 'gu');
const PICTURE_WORKS = new Set(['摄影', '摄', '图', '影']);
/** Some group of names followed by `/摄`, `/摄影`, `/图` or `/影` before a space or the end: worksAfterNamesOf() may read a credit. */
const PICTURE_AFTER_NAMES = new RegExp(`[/／]${SPACE}?(?:摄影|摄|图|影)(?=${SPACE}|$)`, 'u');

/**
 * `林小雨/文 周宁/摄`, `校团委/文 宣传部 周宁/摄`, `本报记者 周宁/摄 林小雨/文`: names, each group followed by a slash
 * and its work, one group for the text and one for the pictures at least. A unit before a person is where the person
 * works (not a name of the credit); a unit alone wrote the text when no person did. Null for anything else.
 */
function worksAfterNamesOf(content: string, vocabulary: Vocabulary, bracket: RegExpExecArray | null): CreditFields | null {
  // Each group's work follows a slash: a line without one (nearly every line) is no such credit.
  if (!hasSlash(content)) return null;
  // (`A/文 B/图 C/审核`: the reviewer after the groups is the page's editor, no writer.)
  const text = withoutSourceFirst(bracket?.[1]!.trim() ?? content).replace(EDITORS_AFTER_NAMES, '');
  // (No group for the pictures, no such credit: most bylines and credits have none, and skip the groups' reading.)
  if (!PICTURE_AFTER_NAMES.test(text)) return null;
  const fields = [...text.matchAll(WORK_AFTER_NAMES)];
  const last = fields.at(-1);
  if (fields.length < 2 || last!.index + last![0].length !== text.length) return null;
  const writers: Person[] = [];
  const photographers: Person[] = [];
  let verb: string | null = null;
  let from = 0;
  for (const field of fields) {
    const value = text.slice(from, field.index).trim();
    from = field.index + field[0].length;
    const picture = PICTURE_WORKS.has(field[1]!);
    const source = picture ? ('credit' as const) : ('byline' as const);
    // The people named: not a role without its name (`本报记者 通讯员 周宁/摄`: the reporter unnamed), nor the unit a person
    // works in before the name (`宣传部 周宁`); the last name always (`宣传部/摄`: the department took them).
    const read = parsePeople(value, source, vocabulary) ?? [];
    const people = read.filter((person, i) => person.name !== null && (i === read.length - 1 || !(isOrganisationName(person.name, vocabulary) || endsAsOffice(person.name))));
    const named = people.length > 0 ? people : isOrganisationName(value, vocabulary) ? [{ name: value, role: null, source }] : null;
    if (named === null) return null;
    if (picture) {
      verb ??= field[1]!;
      photographers.push(...named);
    } else writers.push(...named);
  }
  return verb !== null && writers.length > 0 ? { verb, writers, photographers } : null;
}

/** An agency's release opening a credit, before its bracket: `新华社发(`. */
export const AGENCY_RELEASE_FIRST = new RegExp(`^${AGENCY_RELEASE}${SPACE}*(?=[(（])`, 'u');

/** The gate before AGENCY_RELEASE_FIRST, anchored at the start: the line opens with 新 or 中, as each agency's name does. */
export function opensAsAgency(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 0x65b0 /* 新 */ || first === 0x4e2d /* 中 */;
}

export function matchCredit(content: string, vocabulary: Vocabulary): CreditMatch | null {
  // `新华社发(姜文澜摄)`: the agency released the picture; the credit after it names who took it.
  const release = endsWithBracket(content) && opensAsAgency(content) ? AGENCY_RELEASE_FIRST.exec(content) : null;
  if (release) {
    const inner = matchCredit(content.slice(release[0].length), vocabulary);
    return inner && { ...inner, raw: content };
  }
  const bracketed = bylineLineOf(content);
  const fields = creditFieldsOf(content, vocabulary, bracketed);
  if (fields !== null) return { raw: content, verb: fields.verb, people: fields.photographers, writers: fields.writers };
  // `(图片来源:柳岸消防救援大队)`: the unit the pictures came from is their credit, as `柳岸社区供图` is.
  const source = content.includes('来源') ? PICTURE_SOURCE_CREDIT.exec(bracketed?.[1]!.trim() ?? content) : null;
  if (source !== null && isOrganisationName(source[1]!, vocabulary)) return { raw: content, verb: '供图', people: [{ name: source[1]!, role: null, source: 'credit' }] };
  // `(记者 林溪 摄)`, `(摄影:林溪)`: a credit in brackets is read inside them.
  const within = bracketed ? withoutAgencyAfterVerb(bracketed[1]!.trim(), vocabulary) : '';
  if (bracketed && (endsWithCreditVerb(within, vocabulary) || creditLeadingVerbOf(within) !== null)) {
    const inner = matchCredit(within, vocabulary);
    return inner && { ...inner, raw: content };
  }
  const last = content.charCodeAt(content.length - 1);
  const note = last === 0x29 /* ) */ || last === 0xff09 /* ） */ ? CREDIT_NOTE.exec(content) : null;
  let body = note ? content.slice(0, note.index) : content;
  // `■ 摄影 记者 X`: the marker is not part of the credit.
  const marker = markerBylineOf(body);
  if (marker) body = marker[1]!;
  // `图 林溪摄`: a closing verb too; the names end before it, which the tail pattern below reads.
  const leading = creditLeadingVerbOf(body);
  if (leading && !endsWithCreditVerb(leading[2]!, vocabulary)) {
    // `特约摄影 姜禾/视觉江城`: the agency that distributes the picture, after a slash, is no one's name.
    const names = leading[2]!.replace(AFTER_SLASH_AGENCY, '');
    const people = parsePeople(names, 'credit', vocabulary) ?? parseRunTogetherByline(names, 'credit', vocabulary);
    if (people) return { raw: content, verb: leading[1]!, people };
  }
  // `本报记者 X 文/摄`: the words and the pictures, as `文/图` says; a byline (its people credited too), not a photo credit.
  if (endsWithWordsAndPhotos(body)) return null;
  // The tail pattern only where the line ends in a credit verb: most lines are no credit.
  const tail = endsWithCreditVerb(body, vocabulary) ? compilePatterns(vocabulary).creditTail.exec(body) : null;
  if (tail) {
    // (The word for the text is 文: a credit without it, nearly every one, skips the regex.)
    const split = tail[1]!.includes('文') ? WRITERS_THEN_PHOTOGRAPHERS.exec(tail[1]!) : null;
    if (split) {
      const writers = parsePeople(split[1]!, 'byline', vocabulary);
      const people = parsePeople(split[2]!, 'credit', vocabulary);
      if (writers && people) return { raw: content, verb: tail[2]!, people, writers };
    }
    const people = parsePeople(tail[1]!, 'credit', vocabulary) ?? parseRunTogetherByline(tail[1]!, 'credit', vocabulary);
    if (people) return { raw: content, verb: tail[2]!, people };
    // `人民网徐成龙摄影报道`: the site's or paper's name glued before the name, as it stands before a role elsewhere.
    const afterOutlet = OUTLET_THEN_NAME.exec(tail[1]!.trim());
    if (afterOutlet !== null && COMMON_SURNAMES.has(afterOutlet[1]![0]!)) return { raw: content, verb: tail[2]!, people: [{ name: afterOutlet[1]!, role: null, source: 'credit' }] };
    // `柳岸社区供图`: a unit supplied the picture; its name is the credit's (names of people are three characters or fewer).
    // So does a unit named by its kind alone (`社区供图`, the community's; `受访者供图`, the interviewee's), as written.
    const supplier = tail[1]!.trim();
    if (tail[2] === '供图' && (isOrganisationName(supplier, vocabulary) || SUPPLIER_BY_KIND.has(supplier) || SERVICE_BY_ITS_PLACE.test(supplier))) return { raw: content, verb: tail[2], people: [{ name: supplier, role: null, source: 'credit' }] };
  }
  // `林小雨/图`, `记者 周宁/摄`: the work word after the names and a slash, as `孔越/文` says who wrote.
  const slashed = endsWithSlashedPicture(body) ? NAMES_SLASH_PICTURE.exec(body) : null;
  if (slashed) {
    const people = parsePeople(slashed[1]!, 'credit', vocabulary);
    if (people?.some((person) => person.name !== null)) return { raw: content, verb: slashed[2]!, people };
  }
  return null;
}

/** An outlet's name (a site, a paper, an agency, a station) and a name of two or three characters glued after it. */
const OUTLET_THEN_NAME = /^[\u4e00-\u9fff]{1,8}(?:网|报|社|台)([\u4e00-\u9fff]{2,3})$/u;

/** A picture agency after the names and a slash (`/视觉江城`, `/视觉中国`): Han words, not the work word (`/摄影`). */
const AFTER_SLASH_AGENCY = new RegExp(`\\s*[/／]\\s*(?!(?:摄影|图片)$)[${HAN_ALL}]{2,8}$`, 'u');

/**
 * A credit's words without the agency that distributes the picture, after a slash behind the verb:
 * `林溪摄/光明图片` → `林溪摄`. Any other text is returned as it is.
 */
function withoutAgencyAfterVerb(text: string, vocabulary: Vocabulary): string {
  const agency = text.includes('/') || text.includes('／') ? AFTER_SLASH_AGENCY.exec(text) : null;
  if (agency === null) return text;
  const before = text.slice(0, agency.index);
  return endsWithCreditVerb(before, vocabulary) ? before : text;
}

/** Names, a slash, then the word for the pictures: `林小雨/图`. Not `文/图`, which is the names' other work word. */
const NAMES_SLASH_PICTURE = /^([^/／]{1,30}?[^文/／\s])\s*[/／]\s*(图|摄|摄影)$/u;

/** The gate before NAMES_SLASH_PICTURE: the line ends in `/图`, `/摄` or `/摄影`. */
function endsWithSlashedPicture(text: string): boolean {
  // (The last character first: a `$`-anchored regex scans the whole line, and most lines end in none of 图, 摄, 影.)
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x56fe /* 图 */ || last === 0x6444 /* 摄 */ || last === 0x5f71 /* 影 */) && SLASHED_PICTURE_END.test(text);
}
const SLASHED_PICTURE_END = /[/／]\s*(?:图|摄|摄影)$/u;

/** Who supplies a picture, named by kind: a unit (`社区供图`, `学校供图`) or the person the story is about (`受访者供图`). */
const SUPPLIER_BY_KIND = new Set(['社区', '街道', '学校', '医院', '单位', '村委', '受访者', '受访单位', '主办方', '校方', '院方', '警方']);
/** A public service named by its place, as its own accounts name it (`江城公安`, `临河交警`, `东湖消防`): a supplier of pictures. */
const SERVICE_BY_ITS_PLACE = new RegExp(`^[${HAN_ALL}]{2,8}(?:公安|交警|消防|供电|税务|检察|法院)$`, 'u');

/**
 * `供稿:UNIT`, `供稿/供图:UNIT`: a unit supplied the text (and its pictures), a writer as written (as `UNIT供稿` is);
 * `供稿` is no one's name.
 */
// (A content system's field may end in a bar as in a colon: `供稿|UNIT`, `供稿丨UNIT`.)
const SUPPLIED_BY = /^(?:供稿|供稿[/／、]供图|供图[/／、]供稿)\s*[:：|丨｜]\s*([^\s:：|丨｜]{2,30}|[^\s:：|丨｜] [^\s:：|丨｜])$/u;

/**
 * The unit of SUPPLIED_BY, padded to a name's width or not (`供稿:团 委`): an organisation's whole name, or the word for a
 * body of the sending unit's own alone (`团委`, `工会`: the school's, as written).
 */
function suppliedBy(inner: string, vocabulary: Vocabulary): Person[] | null {
  const supplied = inner.charCodeAt(0) === 0x4f9b /* 供 */ ? SUPPLIED_BY.exec(inner) : null;
  if (supplied === null) return null;
  const unit = supplied[1]!.replace(' ', '');
  if (isOrganisationName(unit, vocabulary) || isBodyAlone(unit, vocabulary)) return [{ name: unit, role: null, source: 'byline' }];
  // `供稿:姬小文、黄小林`: the people who supplied it, named as a byline names them.
  const people = parsePeople(supplied[1]!, 'byline', vocabulary);
  if (people !== null && people.length > 0 && people.every((person) => person.name !== null && person.role === null)) return people;
  // `供稿:柳岸街道公卫委、计生协`: units that supplied it together, each as written. 供稿 says they are its writers, so a
  // unit after the first organisation may be a short name the suffixes do not know (计生协, the family-planning association).
  const units = unit.split('、');
  if (units.length < 2 || !units.every((part) => part.length >= 2 && part.length <= 16 && !PUNCTUATION_OR_DIGIT.test(part)) || !(isOrganisationName(units[0]!, vocabulary) || isBodyAlone(units[0]!, vocabulary))) return null;
  return units.map((name) => ({ name, role: null, source: 'byline' as const }));
}

const PUNCTUATION_OR_DIGIT = /[\p{P}\d]/u;

/** Names, a slash, then the word for writing the text: `周宁/文`, `林小雨/编撰` (compiled), `孔越/整理`. */
const NAMES_SLASH_WRITING = /^([^/／]{1,30}?[^/／\s])\s*[/／]\s*(?:文|文字|撰文|撰稿|编撰|整理)$/u;

/** The gate before NAMES_SLASH_WRITING: the line ends in one of its words. */
function endsWithSlashedWriting(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x6587 /* 文 */ || last === 0x64b0 /* 撰 */ || last === 0x7a3f /* 稿 */ || last === 0x7406 /* 理 */) && /[/／]/u.test(text);
}

/** `李山 文 刘东`, before a credit's verb: the writers, the word for the text alone between spaces, the photographers. */
export const WRITERS_THEN_PHOTOGRAPHERS = /^(.+?)\s+文\s+(.+)$/u;

/** How many white-space code units stand right before `at`. */
function leadingSpace(text: string, at: number): number {
  let count = 0;
  while (at - count > 0 && isSpace(text.charCodeAt(at - count - 1))) count++;
  return count;
}

/**
 * A picture's label (`套圈比赛 摄影 林小禾`) closed by its photographer's credit, led by the verb after white space and
 * naming one person (a common surname first): the credit, from where its verb starts. findGluedTail() leaves such a
 * line alone (it may be a work's listing, or a photo set's item); a line already read as a picture's label is neither,
 * and its credit names who took the picture.
 */
export function labelCreditOf(label: string, vocabulary: Vocabulary): { from: number; match: CreditMatch } | null {
  if (!label.includes('摄影') || hasSentenceMark(label)) return null;
  const led = CREDIT_LEADING_AFTER_PHRASE.exec(label);
  const name = led === null ? null : NAME_AFTER_LEADING_VERB.exec(led[2]!);
  if (name === null || !COMMON_SURNAMES.has(name[1]![0]!) || !isOneName(name[1]!, vocabulary)) return null;
  const from = led!.index + led![1]!.length;
  const match = matchCredit(label.slice(from), vocabulary);
  return match === null ? null : { from, match };
}
/** `摄影 林小禾`: the credit's verb, white space, and one name of two or three characters (group 1). */
const NAME_AFTER_LEADING_VERB = new RegExp(`^(?:特约摄影|摄影)${SPACE}+([${HAN_ALL}]{2,3})$`, 'u');

/** The credit a glued-tail match holds after its white space (group 1), read from `text`, a window `skip` into its line. */
function gluedCredit(found: RegExpExecArray, text: string, skip: number, vocabulary: Vocabulary): GluedTail | null {
  const from = found.index + found[1]!.length;
  const match = matchCredit(text.slice(from), vocabulary);
  return match ? { at: skip + found.index, byline: null, credit: { match, from: skip + from }, continuation: false, trailer: false } : null;
}

/**
 * A code after a sentence's end or a closing bracket, ending the line: a circled figure, and up to three figures after it
 * (`。②22`, `) ②`). Figures alone may be the next sentence's first, cut off by a column break (`…活动。20` / `余名…`).
 */
const CODE_AFTER_TEXT = /(?<=[。！？!?”)）])\s*[\u2460-\u2473][0-9０-９]{0,3}$/u;

/** The gate before CODE_AFTER_TEXT: the line ends in a figure or a circled figure. */
function endsWithCodeCharacter(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last >= 0x30 && last <= 0x39) || (last >= 0xff10 && last <= 0xff19) || (last >= 0x2460 && last <= 0x2473);
}

/** Names in square brackets after the last sentence: `…良好氛围。[林小雨]`. */
const SQUARE_BYLINE_GLUED = new RegExp(`${AFTER_SENTENCE}(${SPACE}*)[\\[［]([^\\[\\]［］]{2,30})[\\]］]$`, 'u');
function endsWithSquareBracket(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x5d /* ] */ || last === 0xff3d /* ］ */;
}

/**
 * The glued tail of a line that ends a sentence: only a trailer, whose bracket may hold sentences of its own
 * (`…凝聚力。”(林小雨) (本文不代表本站观点…。)`); every other tail stands after the text's last sentence, not in it.
 */
export function trailerAfterSentence(content: string, vocabulary: Vocabulary): GluedTail | null {
  if (!endsWithBracket(content)) return null;
  const tail = findGluedTail(content, vocabulary);
  return tail?.trailer === true ? tail : null;
}

/**
 * A byline, credit or continuation marker glued to the last sentence:
 *   …更高效。” (赵 璐)      …互融互动。雷 洁摄      …服务。记者 王五      …发展。(下转第六版)
 */
export function findGluedTail(content: string, vocabulary: Vocabulary): GluedTail | null {
  // `…的特点。 (林帆)?`: a question mark after the closing bracket is a character the copy's encoding lost, not the
  // text's; the byline before it is read as if it were not there.
  if (content.charCodeAt(content.length - 1) === 0x3f /* ? */ && endsWithBracket(content.slice(0, -1))) {
    const inner = findGluedTail(content.slice(0, -1), vocabulary);
    if (inner) return inner;
  }
  // `…乡村建设。②22`, `…(A B 文/图) ②`: the page's or the editor's code after the text's end, which the layout prints
  // there; the text has ended, and a byline or credit may stand before it, as before a trailer.
  const code = endsWithCodeCharacter(content) ? CODE_AFTER_TEXT.exec(content) : null;
  if (code) {
    const before = content.slice(0, code.index);
    if (endsSentence(before)) return { at: code.index, byline: null, credit: null, continuation: false, trailer: true };
    const inner = findGluedTail(before, vocabulary);
    if (inner) return { ...inner, trailer: true };
    // (After a bracket that is no byline, `本报讯(记者 X) ①`, the text goes on.)
  }
  // `…作用。(UNIT供稿,已经团委书记X审核)`: the review the copy passed, after a comma in the byline's bracket,
  // names the reviewer, no writer: the bracket is read without it.
  const review = endsWithBracket(content) && content.includes('审') ? REVIEW_IN_BRACKET.exec(content) : null;
  if (review) {
    const inner = findGluedTail(`${content.slice(0, review.index)}${content.slice(-1)}`, vocabulary);
    if (inner) return inner;
  }
  // `…销往各地市场。陈小青摄(人民图片网)`: the picture agency that distributed it, in brackets after the credit's verb, is
  // the credit's too (as `新华社发(X摄)` is).
  const agency = endsWithBracket(content) ? AGENCY_AFTER_CREDIT.exec(content) : null;
  if (agency) {
    const inner = findGluedTail(content.slice(0, agency.index), vocabulary);
    if (inner?.credit) return { ...inner, credit: { ...inner.credit, match: { ...inner.credit.match, raw: inner.credit.match.raw + content.slice(agency.index) } } };
  }
  // `…负责人介绍。(韦思远 乔楠) (责任编辑:孟听澜)`, `…作贡献。(完)`: after the trailer, the text has ended; a byline or
  // credit may stand before it.
  const trailer = endsWithBracket(content) ? TRAILER.exec(content) : null;
  if (trailer) {
    // `…环境。(来源:东湖街道办事处 通讯员:周小禾)`: a source that names the writers after it is their byline.
    const sourceAndNames = matchBylineLine(content.slice(trailer.index).trim(), vocabulary);
    if (sourceAndNames !== null) return { at: trailer.index, byline: sourceAndNames, credit: null, continuation: false, trailer: false };
    const before = content.slice(0, trailer.index);
    const inner = endsSentence(before) ? null : findGluedTail(before, vocabulary);
    return inner ? { ...inner, trailer: true } : { at: trailer.index, byline: null, credit: null, continuation: false, trailer: true };
  }
  const skip = Math.max(0, content.length - GLUED_TAIL_WINDOW);
  const text = skip === 0 ? content : content.slice(skip);
  const { bylineTail, creditGlued, bylineGlued, continuationTail } = compilePatterns(vocabulary);
  const bracketed = endsWithBracket(text);
  const continuation = bracketed ? continuationTail.exec(text) : null;
  if (continuation) return { at: skip + continuation.index, byline: null, credit: null, continuation: true, trailer: false };
  // A photo's caption may be a phrase without its full stop, its credit after a space: `…年景好 特约通讯员 袁晓川 摄`.
  const creditVerbEnds = endsWithCreditVerb(text, vocabulary);
  const afterSpace = creditVerbEnds ? compilePatterns(vocabulary).creditAfterSpace.exec(text) : null;
  // (Or a name alone before 摄, opening with a common surname: `…检修线路 周宁 摄`.)
  const bareName = afterSpace === null && creditVerbEnds && !hasSentenceMark(text) ? BARE_NAME_CREDIT_AFTER_SPACE.exec(text) : null;
  if (bareName && COMMON_SURNAMES.has(bareName[2]![0]!)) {
    const tail = gluedCredit(bareName, text, skip, vocabulary);
    if (tail) return tail;
  }
  // (Or run straight on from a label, no space between: `▲青石村文化礼堂陈鹏摄`, `图为柳岸村收割现场关雪松摄`.)
  const runOn = bareName === null && afterSpace === null && creditVerbEnds && !hasSentenceMark(text) ? runOnCredit(text, skip, vocabulary) : null;
  if (runOn !== null) return runOn;
  if (afterSpace && !hasSentenceMark(text.slice(afterSpace.index))) {
    // After the caption's full stop, a credit of two roles is one credit, not its last role after a space
    // (`…欢度节日。本报记者 林泉 通讯员 周小禾 摄`).
    const whole = hasSentenceMark(text) ? creditGlued.exec(text) : null;
    const tail = (whole !== null && whole.index < afterSpace.index ? gluedCredit(whole, text, skip, vocabulary) : null) ?? gluedCredit(afterSpace, text, skip, vocabulary);
    if (tail) return tail;
  }
  const bracket = bracketed ? bylineTail.exec(text) : null;
  // The rest stand after a sentence end, but for a credit in brackets, which closes a caption written as a phrase as
  // it closes a sentence (`村民表演苗族歌鼟 (林溪 摄)`): its verb says what it is.
  if (!hasSentenceMark(text)) {
    const phrase = bracketed ? CREDIT_AFTER_PHRASE.exec(text) : null;
    // (Or its verb leads it with a colon: `▲ 工作人员大合照 (摄影:林溪)`.)
    if (phrase !== null && (endsWithCreditVerb(phrase[2]!.trim(), vocabulary) || creditLeadingVerbOf(phrase[2]!.trim()) !== null)) {
      const tail = gluedCredit(phrase, text, skip, vocabulary);
      if (tail !== null) return tail;
    }
    // (So does a credit after white space that names a role alone, `…上的“跳蚤市场” 通讯员 供图`, as a name alone does.)
    const roleCredit = creditVerbEnds ? ROLE_CREDIT_AFTER_PHRASE.exec(text) : null;
    if (roleCredit !== null) {
      const tail = gluedCredit(roleCredit, text, skip, vocabulary);
      if (tail !== null && tail.credit!.match.people.every((person) => person.name === null && person.role !== null)) return tail;
    }
    // (So does a credit led by its verb and its colon, or after a caption that says it is one: `…成熟的青稞 摄影:龙小凤`,
    // `图为…青稞 摄影 龙小凤`. It names someone, not a role alone. A label and `摄影 X` alone, `“坝坝宴” 摄影 李景录`, may
    // be a work's listing, or a photo set's item: left as it is.)
    const led = text.includes('摄影') ? CREDIT_LEADING_AFTER_PHRASE.exec(text) : null;
    const ledTail = led !== null && (hasColon(led[2]!) || opensAsPhotoCaption(text)) ? gluedCredit(led, text, skip, vocabulary) : null;
    if (ledTail !== null && ledTail.credit!.match.people.some((person) => person.name !== null)) return ledTail;
    // (So does the picture's source field, `活动现场 图片来源:柳岸社区`, which names the unit that supplied it.)
    const source = text.includes('来源') ? PICTURE_SOURCE_AFTER_PHRASE.exec(text) : null;
    const sourceTail = source !== null ? gluedCredit(source, text, skip, vocabulary) : null;
    if (sourceTail !== null) return sourceTail;
    // (So does the words' and pictures' field with its colon: `…似“家”的温暖 文/摄:瞿小敏`.)
    const works = WRITTEN_BY_ANYWHERE.test(text) ? WORKS_FIELD_AFTER_PHRASE.exec(text) : null;
    const byline = works !== null ? matchBylineLine(works[2]!, vocabulary) : null;
    return byline?.form === 'bare' ? { at: skip + works!.index, byline, credit: null, continuation: false, trailer: false } : null;
  }
  // (`…。(林小雨/文 周宁/摄)`, `(本报记者 周宁/摄 林小雨/文)`: the groups' works after their names, a credit of both; so
  // are fields before them, `(文/林小雨 图/周宁)`, whose last word is a name.)
  if (bracket && (endsWithCreditVerb(withoutAgencyAfterVerb(bracket[2]!.trim(), vocabulary), vocabulary) || PICTURE_AFTER_NAMES.test(bracket[2]!) || workFieldsOf(bracket[2]!.trim(), vocabulary) !== null || creditLeadingVerbOf(bracket[2]!.trim()) !== null || isPictureSource(bracket[2]!))) {
    // `…商议事务。(记者 林溪 摄)`: the caption's credit, in brackets.
    const tail = gluedCredit(bracket, text, skip, vocabulary);
    if (tail) return tail;
  }
  if (bracket) {
    const inner = beforeEditorField(withoutSourceFirst(bracket[2]!.trim()));
    const people = bracketedPeople(inner, vocabulary);
    if (people) return { at: skip + bracket.index, byline: { inner, people, form: 'brackets' }, credit: null, continuation: false, trailer: false };
  }
  // `…良好氛围。[林小雨]`: a web template's square brackets round the writers' names, as round ones do.
  const square = endsWithSquareBracket(text) ? SQUARE_BYLINE_GLUED.exec(text) : null;
  if (square && !namesAPicture(square[2]!.trim())) {
    const inner = square[2]!.trim();
    // (`[通讯员 A B 摄影报道]`: a credit, as in round brackets; read so, printed as it stands.)
    const credit = endsWithCreditVerb(inner, vocabulary) ? matchCredit(`(${inner})`, vocabulary) : null;
    if (credit !== null) {
      const from = skip + square.index + square[1]!.length;
      return { at: skip + square.index, byline: null, credit: { match: { ...credit, raw: content.slice(from) }, from }, continuation: false, trailer: false };
    }
    const people = bracketedPeople(inner, vocabulary);
    if (people?.some((person) => person.name !== null)) return { at: skip + square.index, byline: { inner, people, form: 'brackets' }, credit: null, continuation: false, trailer: false };
  }
  // `…主任介绍。(记者林溪 通讯员周小禾报道`: a byline's bracket that the copy never closed, to the paragraph's end; it
  // must name a role, as its words are not closed off.
  const unclosed = bracketed || !(text.includes('(') || text.includes('（')) ? null : UNCLOSED_BYLINE.exec(text);
  if (unclosed) {
    const inner = beforeEditorField(unclosed[1]!.trim());
    const people = bracketedPeople(inner, vocabulary);
    // (Names of two or three characters only: `(记者们都来了` is the text's, cut off.)
    if (people?.some((person) => person.role !== null && person.name !== null) && people.every((person) => person.name === null || (person.name.length >= 2 && person.name.length <= 3))) return { at: skip + unclosed.index, byline: { inner, people, form: 'brackets' }, credit: null, continuation: false, trailer: false };
  }
  // `…祥和年。盛寒晴 文/图`: names and the words for the text and the pictures, glued to the last sentence.
  const namesThenWorks = endsWithWordsAndPictures(text) ? NAMES_THEN_WORKS_GLUED.exec(text) : null;
  if (namesThenWorks !== null) {
    const byline = matchBylineLine(namesThenWorks[2]!, vocabulary);
    if (byline !== null) return { at: skip + namesThenWorks.index, byline, credit: null, continuation: false, trailer: false };
  }
  // `…日子越过越红火。☉林 舟 文/图`: a byline line after its mark (`□ 记者 张三`), glued to the last sentence.
  const marked = markedBylineGluedOf(text);
  if (marked) {
    const byline = matchBylineLine(marked[1]!, vocabulary);
    if (byline?.form === 'marker') return { at: skip + marked.index, byline, credit: null, continuation: false, trailer: false };
  }
  const credit = creditVerbEnds ? creditGlued.exec(text) : null;
  if (credit) {
    const tail = gluedCredit(credit, text, skip, vocabulary);
    if (tail) return tail;
  }
  // `…快乐时光。文/林小雨 周宁`: who wrote the text, glued to its last sentence.
  const written = WRITTEN_BY_ANYWHERE.test(text) ? (WRITTEN_BY_GLUED.exec(text) ?? WORKS_FIELD_AFTER_PHRASE.exec(text)) : null;
  if (written) {
    const byline = matchBylineLine(written[2]!, vocabulary);
    if (byline?.form === 'bare') return { at: skip + written.index, byline, credit: null, continuation: false, trailer: false };
  }
  const fields = hasColon(text) ? ROLE_FIELDS_GLUED.exec(text) : null;
  if (fields) {
    const byline = matchBylineLine(fields[2]!, vocabulary);
    if (byline !== null && byline.people.some((person) => person.name !== null)) return { at: skip + fields.index, byline, credit: null, continuation: false, trailer: false };
  }
  const leading = text.includes('摄影') ? CREDIT_LEADING_GLUED.exec(text) : null;
  if (leading) {
    const tail = gluedCredit(leading, text, skip, vocabulary);
    if (tail) return tail;
  }
  const unit = unitByline(UNIT_BYLINE_GLUED.exec(text), vocabulary);
  if (unit) return { at: skip + text.length - unit.inner.length - leadingSpace(text, text.length - unit.inner.length), byline: unit, credit: null, continuation: false, trailer: false };
  const byline = bylineGlued.exec(text);
  if (byline) {
    const inner = byline[2]!.trim();
    const people = parsePeople(inner, 'byline', vocabulary) ?? parseRunTogetherByline(inner, 'byline', vocabulary);
    if (people && people.some((person) => person.name !== null)) {
      return { at: skip + byline.index, byline: { inner, people, form: 'bare' }, credit: null, continuation: false, trailer: false };
    }
  }
  // `…的幸福感。江城晚报`: the paper the copy came from, glued after its last sentence; `…集中整治。 来源:江城融媒
  // 编辑:admin`, the copy's source and editor fields after a space or glued (`…解决。来源:江城日报`). The text has ended.
  const paper = PAPER_GLUED.exec(text) ?? (hasColon(text) ? FIELDS_AFTER_TEXT.exec(text) : text.includes('来源') ? SOURCE_GLUED_BARE.exec(text) : null);
  if (paper !== null) return { at: skip + paper.index, byline: null, credit: null, continuation: false, trailer: true };
  const glued = bareNamesGluedOf(text);
  if (glued !== null) {
    // (As printed: the slash may be a full-width one, the padded name keeps its space.)
    // (From the white space before them: the text ends at its sentence's mark, not after the spaces, or it reads cut off.)
    const { names, inner, at } = glued;
    return { at: skip + at, byline: { inner, people: names.map((name) => ({ name, role: null, source: 'byline' as const })), form: 'bare' }, credit: null, continuation: false, trailer: false };
  }
  const unitSigned = unitGluedOf(text, vocabulary);
  if (unitSigned !== null) return { at: skip + text.length - unitSigned.inner.length, byline: unitSigned, credit: null, continuation: false, trailer: false };
  return null;
}

/**
 * A unit's name, or a unit's and a writer's, glued after the last sentence, the line's last words. (Not after a closing
 * quotation mark: `…风韵。”新华街社居委` opens the quote's speaker, `…社居委主任说`, cut off.)
 */
const UNIT_GLUED = /(?<=[。！？!?])[\u4e00-\u9fff]{4,24}$/u;

/**
 * `…关灯节水。公共管理学院`, `…的积极参与。求真学院实践服务团胡亦靖`: a school's or a unit's copy signed by the unit, or
 * by the unit and the writer, glued after its last sentence as a name alone is (bareNamesGluedOf()). The unit's whole
 * name, or a whole name and a name opening with a common surname; not a paper or a site (PAPER_GLUED's), whose copy it is.
 */
function unitGluedOf(text: string, vocabulary: Vocabulary): BylineMatch | null {
  const found = UNIT_GLUED.exec(text);
  if (found === null) return null;
  const inner = found[0];
  const name = nameAfterGluedUnit(inner, vocabulary) ?? (isOrganisationName(inner, vocabulary) && !OUTLET_END.test(inner) ? inner : null);
  return name === null ? null : { inner, people: [{ name, role: null, source: 'byline' }], form: 'bare' };
}

/** A bracket closing a caption written as a phrase, after its last word: `村民表演苗族歌鼟 (林溪 摄)`. */
const CREDIT_AFTER_PHRASE = new RegExp(`(?<=[${HAN_ALL}》”])(${SPACE}*)[(（]([^()（）]{2,30})[)）]$`, 'u');

/** An opening bracket after the last sentence, a role first, and no closing one: `。(记者 A 通讯员 B报道`. */
const UNCLOSED_BYLINE = /(?<=[。！？!?”])[(（]((?:本报)?(?:全媒体|融媒体|见习|特约|实习)?(?:记者|通讯员)[^()（）。，,！？!?]{2,30})$/u;

/**
 * A paper's name glued after the last sentence, the line's last words; or the page's note of where its copy came from
 * (`…。 本版图文均据新华社电`, `本版图片由柳岸社区提供`), printed after the last item's text.
 */
// (Or the news agency, or a picture agency's brand in capitals, whose copy it is: `…(8月30日摄)。新华社`, `…采茶。CICP`.)
const PAPER_GLUED = new RegExp(`(?<=[。！？!?])(?:[${HAN_ALL}]{2,8}(?:${PAPER_ENDING})|${SPACE}*${PAGE_SOURCE_NOTE}|(?:新华社|中新社)|[A-Z]{2,6})$`, 'u');
/** A web copy's source and editor fields after the last sentence, a space between or not, to the line's end (its CMS user's name too). */
const FIELDS_AFTER_TEXT = new RegExp(
  `(?<=[。！？!?”])${SPACE}*(?:(?:来源|责任编辑|编辑|责编|审核|校对|初审|复审|终审)${SPACE}*[:：]${SPACE}*[^${SPACE}:：。，,]{1,20}(?:${SPACE}+|$))+$`,
  'u',
);
/** The source field glued after the last sentence without its colon, to the line's end: `…安全度汛。来源江城发布`. */
const SOURCE_GLUED_BARE = new RegExp(`(?<=[。！？!?”])${SPACE}*来源${SPACE}*[${HAN_ALL}]{2,12}$`, 'u');
/**
 * A name glued bare after the last sentence: two or three Han characters after its end, the line's last; or two or three
 * parted by a slash or by white space (`。  王小瑶  贾乐`); or a two-character name padded with a space, after a space or
 * not (`。 晓 晖`).
 */
const BARE_NAME_GLUED = /(?<=[。！？!?])[ \u3000]*(?:([\u4e00-\u9fff]{2,3})((?:(?:[/／]|[ \u3000]+)[\u4e00-\u9fff]{2,3}){0,2})|([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff]))$/u;
const NAMES_PARTED = /[/／ \u3000]+/u;
/** What a name does not end in, though it opens with a surname: how people are addressed (`王大妈`, `李师傅`). */
const FORMS_OF_ADDRESS = /(?:大妈|大爷|大姐|大哥|大娘|阿姨|师傅|老师|书记|主任|同志|先生|女士|奶奶|爷爷)$|^.(?:老|总)$/u;

/**
 * `…的充分肯定。吴小刚`: a county site prints its writer's name glued after the last sentence, with no bracket or
 * role; two names parted by a slash. Only names opening with one of the commonest surnames, not forms of address: the
 * first words of a next sentence cut off at the line's end are anything else.
 */
function bareNamesGluedOf(text: string): { names: string[]; inner: string; at: number } | null {
  const found = BARE_NAME_GLUED.exec(text);
  if (found === null) return null;
  const inner = found[0].trim();
  const at = found.index;
  // `…礼物和祝福。 晓 晖`: a two-character name padded to a byline's width is a signature, whatever its first character (a
  // sentence's first words, cut off, are not printed so).
  if (found[3] !== undefined) return { names: [found[3] + found[4]!], inner, at };
  // `…服务社区群众。林小禾/周宁`: two writers, parted by a slash as a web copy parts its fields, or by spaces as a county
  // paper parts them (`。  王小瑶  贾乐`).
  const names = [found[1]!, ...found[2]!.split(NAMES_PARTED).filter((name) => name !== '')];
  return names.every((name) => COMMON_SURNAMES.has(name[0]!) && !FORMS_OF_ADDRESS.test(name)) ? { names, inner, at } : null;
}
