// Splitting a byline, a lead's brackets or a credit into people.
//
//   李 莉             → 李莉                 (a two-character name padded with a space)
//   曹蓉 彭晓          → 曹蓉, 彭晓
//   记者 张三 通讯员 李四 王五 → 张三 (记者), 李四 (通讯员), 王五 (通讯员)
//   本报通讯员         → the role alone, no name

import type { Person, PersonSource } from '../model.js';
import { DATELINE_WORDS, HAN_ALL, NEWSROOM, PAPER_ENDING, PROVINCE_NAMES, codeUnitTable, compilePatterns, isHanCodePoint, isSpace } from './patterns.js';
import type { Vocabulary } from './vocabulary.js';

/** Words that say what was made, not who made it: `文/图`, `摄`; and a told story's `口述:A 整理:记者 B` (told by, written up by). */
const WORK_WORDS = new Set(['文/图', '图/文', '文图', '文', '图', '摄', '撰', '摄影', '文字', '报道', '摄影报道', '文/摄', '图文', '口述', '整理', '供稿']);
/** A word for the work done (`摄影`, `报道`, `供稿`): no one's name, though two characters long. */
export function isWorkWord(token: string): boolean {
  return WORK_WORDS.has(token);
}

/**
 * The label of a web copy's field before the names: `(来源:江城融媒 张三)`; the writer's office's (`(单位:XX办 撰稿:张三)`);
 * a college site's correspondents', 通讯员 cut short (`(通讯:A B)`).
 */
const FIELD_WORDS = new Set(['来源', '作者', '文章来源', '稿源', '单位', '通讯']);
/**
 * A reporter of a beat or a desk: `社区记者`, `政法记者` (two characters before 记者; `小记者`, `本报记者` are roles of
 * their own), a campus paper's student reporter (`大学生记者`).
 */
const BEAT = `(?:[${HAN_ALL}]{2}|大学生|中学生|小学生)记者`;
const BEAT_REPORTER = new RegExp(`^${BEAT}$`, 'u');
/** Such a reporter with the name run into the role: `大学生记者王健`. */
const BEAT_REPORTER_GLUED = new RegExp(`^(${BEAT})[${HAN_ALL}]{2,3}$`, 'u');
/** A press group's or an app's brand in Latin letters, run into the role after it: `YMG全媒体记者`, `江城新闻Knews记者`, `i记者`. */
const LATIN_BRAND = new RegExp(`^[${HAN_ALL}]{0,6}[A-Za-z]{1,8}(?=[${HAN_ALL}])`, 'u');
/** A paper's short name before its newsroom's reporter, as a beat before 记者: `江城全媒体记者` is a 全媒体记者. */
const SHORT_NAME_NEWSROOM_REPORTER = new RegExp(`^[${HAN_ALL}]{2}((?:全媒体|融媒体)记者)$`, 'u');
/** The same, the name run into the role: `江报融媒体记者林小雨` (the short name is read off, the rest as any role and name). */
const SHORT_NAME_BEFORE_GLUED_NAME = new RegExp(`^[${HAN_ALL}]{2}(?=(?:全媒体|融媒体)记者[${HAN_ALL}]{2,3}$)`, 'u');
/** A picture agency's brand in Latin letters, as credits print it before a slash and the name: `CFP`, `VCG`, `ICphoto`. */
export const LATIN_AGENCY = /^[A-Z][A-Za-z]{1,15}$/;
/** LATIN_AGENCY.test(token), without the regex where the token opens with no capital letter (nearly every token: names). */
export function isLatinAgency(token: string): boolean {
  const first = token.charCodeAt(0);
  return first >= 0x41 && first <= 0x5a && LATIN_AGENCY.test(token);
}
/** A news app's reporter, the outlet named X新闻 as new media name themselves: `大河新闻记者` is a 记者. */
const NEWS_APP_REPORTER = new RegExp(`^[${HAN_ALL}]{2,4}新闻(记者)$`, 'u');

/** A news lead before the names, as a layout may print it on the byline's line: `本报讯 记者 张三`, `江城网讯`. No one's name. */
const LEAD_WORD = new RegExp(`^(?:本报|[${HAN_ALL}]{1,8}(?:网|报|台|融媒))讯$`, 'u');
function isLeadWord(token: string): boolean {
  return token.endsWith('讯') && LEAD_WORD.test(token);
}

/** The words of time a dateline may be (`近日`, `日前`, `今天`, `当天`): no one's name. */
const TIME_WORDS = new Set(DATELINE_WORDS);

/** What a reporter writes, named after the role in a sub-heading or a column's name: `记者手记`, `小记者感言`. No one's name. */
const PIECE_WORDS = new Set(['手记', '感言', '心得', '感悟', '随笔', '札记', '日记', '笔记', '观察', '调查', '点评', '短评', '来信']);

/** Where a report was filed from, after the names: `张三 青岛报道`. */
const FILED_FROM = new RegExp(`^[${HAN_ALL}]{1,6}报道$`, 'u');
function isFiledFrom(token: string): boolean {
  return token.endsWith('报道') && FILED_FROM.test(token);
}

/**
 * The unit a contributor writes for, before the name: `(区文化馆 钱 程)`, `(东湾冶金集团 周 宁 林 安 文/图)`; a unit, not
 * a person.
 */
// (A company group's, a hospital's or a college's name has two characters or more before its suffix: `周大学` may be a
// person's.)
// (A unit's press group too, `县委报道组`, `柳岸小学通讯组`: it signs beside the paper's reporters, as a Zhejiang paper's
// `记者 X 县委报道组 Y` does.)
const UNIT_SUFFIXES = ['局', '委', '办', '办公室', '处', '所', '站', '队', '馆', '支部', '社区', '街道', '中心', '学校', '小学', '中学', '政府', '公司', '报道组', '通讯组', '宣传组', '新闻组', '宣传科', '宣传股'];
const LONGER_UNIT_SUFFIXES = ['集团', '医院', '学院', '大学', '幼儿园'];
const UNIT = new RegExp(`^(?:[${HAN_ALL}]{1,14}(?:${UNIT_SUFFIXES.join('|')})|[${HAN_ALL}]{2,8}(?:${LONGER_UNIT_SUFFIXES.join('|')}))$`, 'u');
/** The suffixes' last characters: a token ending in none (a name, most tokens) is no unit, without the regex. */
const UNIT_ENDS = codeUnitTable([...UNIT_SUFFIXES, ...LONGER_UNIT_SUFFIXES].map((suffix) => suffix.at(-1)!));
export function isUnit(token: string): boolean {
  return UNIT_ENDS[token.charCodeAt(token.length - 1)] === 1 && (UNIT.test(token) || DISCIPLINE_COLLEGE.test(token));
}
/**
 * A university's college named by its discipline in one character (`文学院`, `理学院`, `法学院`, `医学院`): a unit, as a
 * college of a longer name is, though one character before 学院 is a name's too (`周学院`).
 */
const DISCIPLINE_COLLEGE = /^[文理工法商医农药哲史艺体美音]学院$/u;

/** An office's level: `乡级`, `县级`, `国家级`. */
const OFFICE_LEVEL = /^(?:国家|省|市|县|区|乡|镇|村)级$/u;
export function isOfficeLevel(token: string): boolean {
  return OFFICE_LEVEL.test(token);
}

/** A town's, a township's or a village's name's end. */
const TOWN_END = /[镇乡村]$/u;

/** A note in brackets after a name: `小记者 张三(证号0123)`. */
const NAME_NOTE = /[(（][^()（）]{0,20}[)）]/g;

/** A paper, a middle dot and its app's brand, before a role: `齐鲁晚报·齐鲁壹点` of `齐鲁晚报·齐鲁壹点记者`. */
const DOTTED_NEWSROOM = new RegExp(`^[${HAN_ALL}]{1,8}?(?:${PAPER_ENDING}|报|报社|网|台)·[${HAN_ALL}]{2,8}?(?=(?:全媒体|融媒体)?(?:首席)?(?:记者|通讯员|见习记者|实习生))`, 'u');
/** The paper or station a role is of, run into it: `兰州日报社全媒体首席记者` → `全媒体首席记者`. */
const MEDIA_PREFIX = new RegExp(`^${NEWSROOM}(?=[${HAN_ALL}])`, 'u');
/**
 * A desk or an app of the newsroom between it and 记者, the whole word: `江城日报云新闻记者`, `江城日报海外版记者`,
 * `江城日报社融合创新全媒体记者` (a newsroom's name for its media desk, ending as 全媒体 does).
 */
const DESK_REPORTER = new RegExp(`^(?:[${HAN_ALL}]{1,5}|[${HAN_ALL}]{1,6}(?:全媒体|融媒体))(记者)$`, 'u');
/** A rank between the newsroom and the role: `全媒体首席记者` is a 记者. */
const RANK = /^(?:全媒体|融媒体)?首席/u;
/** A newsroom named alone is no person: `江城日报、江城晚报全媒体记者 李青`; nor is a kind of paper (`日报`) without its name. */
export const MEDIA_NAME = new RegExp(`^(?:${NEWSROOM}|${PAPER_ENDING}|报社)$`, 'u');
/**
 * The last characters of MEDIA_NAME's words: 报, 社 (the papers', 报社, the agencies'), 台, 心 (融媒体中心), 媒 (融媒), 团, 业
 * (报业, 传媒集团), 线 (在线), 端 (客户端), 发 (an agency's release), 网, 道 (a site's 频道), 国 (学习强国; its 平台 ends as a
 * station does).
 */
const MEDIA_NAME_ENDS = codeUnitTable('报社台心媒团业线端发网道国');
/** MEDIA_NAME.test(token), without the regex where the token ends as no newsroom's name does (nearly every token: names). */
export function isMediaName(token: string): boolean {
  return MEDIA_NAME_ENDS[token.charCodeAt(token.length - 1)] === 1 && MEDIA_NAME.test(token);
}

/** `raw` with each NAME_NOTE as a space; most bylines have no bracket, and need no regex. */
function withoutNameNotes(raw: string): string {
  const noted = raw.includes('(') || raw.includes('（') ? raw.replace(NAME_NOTE, ' ') : raw;
  // (`江城晚报/爱江城记者 林小雨`: a paper and its app, joined by a slash, before the role: the role's newsroom, no names.)
  return withoutOutletsBeforeRole(noted);
}
/** A paper or site, a slash and its app or site, run into the role after them: `江城晚报/爱江城记者`, `江城日报/江城网通讯员`. */
export const OUTLETS_BEFORE_ROLE = new RegExp(`${NEWSROOM}[/／][${HAN_ALL}]{1,8}?(?=(?:全媒体|融媒体)?(?:记者|通讯员))`, 'gu');

/**
 * `text` without OUTLETS_BEFORE_ROLE, whose unanchored newsroom is costly to look for at every character: asked only where
 * 记者 or 通讯员 stands after a slash, as in each of its matches (`文/图 记者 张三` has none: the role is before).
 */
export function withoutOutletsBeforeRole(text: string): string {
  const slash = firstSlashIn(text);
  if (slash < 0 || (text.indexOf('记者', slash + 1) < 0 && text.indexOf('通讯员', slash + 1) < 0)) return text;
  return text.replace(OUTLETS_BEFORE_ROLE, '');
}

/** Where the first slash, ASCII or full-width, stands in `text`; -1 without one. */
function firstSlashIn(text: string): number {
  const ascii = text.indexOf('/');
  const fullWidth = text.indexOf('／');
  return ascii < 0 ? fullWidth : fullWidth < 0 ? ascii : Math.min(ascii, fullWidth);
}

/**
 * `文/摄`, `文/图` run into the name before them, as layouts that drop a byline's spaces print it: `记者林晓文/摄` is
 * 林晓 who wrote and took the pictures. Read only after a role, with the slash (`记者 林晓文 摄` is 林晓文's picture).
 */
const WORK_WORDS_GLUED_TO_NAME = new RegExp(`[${HAN_ALL}]文[/／][图摄]$`, 'u');

/** A name run into `文/摄` with its 文: three or four characters, the name two or three. */
const GLUED_NAME_LENGTHS = new Set([3, 4]);

/** The work word that is also a surname (文, "text by"; 文 a family's name): `文 川` padded is a name. */
const SURNAME_WORK_WORD = '文';

/** Between names: white space, `、`, `，`, `,`, `;`, `；`, `/` and `:` after a role (`记者/邵川`, `指导老师:钟瑾瑜`; `文/图` is two work words). */
const SEPARATORS = new Set([0x3001, 0xff0c, 0x2c, 0x3b, 0xff1b, 0x2f, 0xff0f, 0x3a, 0xff1a]);
/** White space or a separator, as a table by code unit, built once: splitTokens() reads it for every character of every byline. */
const TOKEN_BREAKS = Uint8Array.from({ length: 0x10000 }, (_, code) => (isSpace(code) || SEPARATORS.has(code) ? 1 : 0));
/** A dash alone between spaces: `-`, `—`, `－`, `--`. */
export const DASH_ALONE = /^[-—－]{1,2}$/u;
/** DASH_ALONE.test(token), without the regex where the token opens with no dash (nearly every token). */
export function isDashAlone(token: string): boolean {
  const first = token.charCodeAt(0);
  return (first === 0x2d /* - */ || first === 0x2014 /* — */ || first === 0xff0d /* － */) && DASH_ALONE.test(token);
}
/** A Chinese name of two to four characters, or a transcribed one with a middle dot: `阿依古丽·买买提`. */
const NAME = new RegExp(`^(?:[${HAN_ALL}]{2,4}|[${HAN_ALL}]{1,8}·[${HAN_ALL}·]{1,12})$`, 'u');

/**
 * The people named in `raw`, or null when `raw` does not read as a list of
 * names and roles (then it is not a byline: `(图为活动现场)`).
 */
export function parsePeople(raw: string, source: PersonSource, vocabulary: Vocabulary): Person[] | null {
  const { rolePrefix, roleAnywhere, bareSuffixes } = compilePatterns(vocabulary);
  const tokens = splitTokens(withoutNameNotes(raw));
  const people: Person[] = [];
  let role: string | null = null;
  let roleNamed = true;
  // `记者 林小雨 摄影 周宁`: 摄影 between a role's names and a name names who took the pictures, no writer.
  let pictures = false;
  const closeRole = () => {
    if (role !== null && !roleNamed) people.push({ name: null, role, source });
    // (A role after the photographer's name names writers again: `记者 A 摄影 B 通讯员 C`.)
    pictures = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    // `记者  文  川`: 文 is a surname too; padded, with one character after it and no second padded name after that (a
    // work word may follow: `文 川 摄`), it is the name's.
    const third = tokens[i + 2] ?? '';
    if (token === SURNAME_WORK_WORD && isSingleHan(tokens[i + 1] ?? '') && !WORK_WORDS.has(tokens[i + 1]!) && (!isSingleHan(third) || WORK_WORDS.has(third))) {
      token += tokens[i + 1]!;
      i++;
    }
    // `通讯员 周宁报道`: after a role still without its name, a name and 报道 are the reporter's, no place filed from.
    if (role !== null && !roleNamed && token.length >= 4 && token.length <= 5 && token.endsWith('报道') && COMMON_SURNAMES.has(token[0]!)) token = token.slice(0, -2);
    // (A newsroom's own credit verbs too: the defaults are all work words.) `小学`, `社区` alone: a kind of body, no one.
    // (`通讯员周宁报道`: a role, a name and 报道 run together is a reporter's, no place a report was filed from.)
    // (A province, where the copy was filed from, `(内蒙古 NAME)`: no one's name; a picture agency's brand in Latin letters
    // before a slash, `CFP/NAME 摄`, neither.)
    if (isLatinAgency(token)) continue;
    // (A town's or a village's name before a role is the writer's unit: `(双浦镇 通讯员 NAME)`; alone, `陈镇` may be a name.)
    if (token.length >= 3 && TOWN_END.test(token) && rolePrefix.test(tokens[i + 1] ?? '')) continue;
    // (A unit after a named role's people sends those after it: `记者 X 县委报道组 Y`, Y is no 记者.)
    if (isUnit(token)) {
      if (roleNamed) role = null;
      continue;
    }
    if (token === '摄影' && role !== null && i < tokens.length - 1) pictures = true;
    // (`乡级`, `县级`: the level of an office, as a disclosure's publisher field names it after the office, no one.)
    if (WORK_WORDS.has(token) || vocabulary.creditVerbs.includes(token) || FIELD_WORDS.has(token) || isLeadWord(token) || (isFiledFrom(token) && !rolePrefix.test(token)) || bareSuffixes.has(token) || isMediaName(token) || PROVINCE_NAMES.has(token) || isOfficeLevel(token)) continue;
    // `通讯员 - 严小梅`: a dash between spaces parts the role from the name, as a colon does.
    if (isDashAlone(token)) continue;
    // `(江城医院供稿 林帆 文/图)`: the unit that supplied the copy, before its writer's name.
    if (token.endsWith('供稿') && isUnit(token.slice(0, -2))) continue;
    // `社区记者`, `政法记者`: a beat's reporter, alone before the names.
    if (token.endsWith('记者') && BEAT_REPORTER.test(token)) {
      closeRole();
      role = token;
      roleNamed = false;
      continue;
    }
    // Every reading of a role below finds one of the vocabulary's roles, or 记者, in the token: a name (most tokens) holds
    // neither, and is read by one regex instead of a dozen.
    const holdsRole = token.includes('记者') || roleAnywhere.test(token);
    let roleMatch = holdsRole ? rolePrefix.exec(token) : null;
    // `YMG全媒体记者`, `江城新闻Knews记者`: a press group's or an app's brand in Latin letters before the role, as a paper's
    // name stands there.
    const brand = holdsRole && roleMatch === null ? LATIN_BRAND.exec(token) : null;
    if (brand !== null) {
      roleMatch = rolePrefix.exec(token.slice(brand[0].length));
      if (roleMatch !== null) token = token.slice(brand[0].length);
    }
    // `齐鲁晚报·齐鲁壹点记者`, `大河报·豫视频记者`: a paper and its app's brand after a middle dot, then the role (the dot
    // is no transcribed name's).
    const dotted = holdsRole && roleMatch === null && token.includes('·') ? DOTTED_NEWSROOM.exec(token) : null;
    if (dotted !== null) {
      roleMatch = rolePrefix.exec(token.slice(dotted[0].length));
      if (roleMatch !== null) token = token.slice(dotted[0].length);
    }
    if (holdsRole && !roleMatch) {
      // `兰州日报社全媒体首席记者`: the newsroom and a rank before the role.
      const media = MEDIA_PREFIX.exec(token);
      const rest = media ? token.slice(media[0].length) : token;
      const rank = RANK.exec(rest);
      const role = rank ? rolePrefix.exec(rest.slice(rank[0].length)) : media ? rolePrefix.exec(rest) : null;
      if (role) {
        token = rest.slice(rank ? rank[0].length : 0);
        roleMatch = role;
      } else if (SHORT_NAME_BEFORE_GLUED_NAME.test(token)) {
        // `江报融媒体记者林小雨`: the paper's short name, its newsroom's role, the name run into it.
        token = token.slice(2);
        roleMatch = rolePrefix.exec(token);
      } else {
        const reporter = SHORT_NAME_NEWSROOM_REPORTER.exec(token) ?? NEWS_APP_REPORTER.exec(token) ?? (media ? DESK_REPORTER.exec(rest) : null);
        if (reporter) {
          token = reporter[1]!;
          roleMatch = reporter;
        } else roleMatch = BEAT_REPORTER_GLUED.exec(token);
      }
    }
    if (roleMatch) {
      closeRole();
      role = roleMatch[1]!;
      roleNamed = false;
      token = token.slice(role.length);
      // `本报记者组`: the paper's team of reporters, who sign together and name no one.
      // (`记者报道`: the role and what it did, no one named.)
      if (token.length === 0 || token === '组' || token === '报道') continue;
      // `通讯员周宁报道`: what the reporter did, run into the name.
      if (token.endsWith('报道') && token.length >= 4 && token.length <= 5) token = token.slice(0, -2);
    }
    // `记者林晓文/摄`: the last name, run into the 文 of `文/摄` (the token before the last ends in it, as the pattern
    // says), is two or three characters without it. The pattern is asked last, of that one token: not of every byline.
    if (role !== null && i === tokens.length - 2 && GLUED_NAME_LENGTHS.has([...token].length) && WORK_WORDS_GLUED_TO_NAME.test(raw.trimEnd())) token = token.slice(0, -1);
    if (isSingleHan(token)) {
      // Two single characters in a row are one padded name: 李 莉.
      const next = tokens[i + 1];
      if (next === undefined || !isSingleHan(next)) return null;
      token += next;
      i++;
      // `记 者 贺清扬`: a two-character role padded to the width of a three-character one (通讯员), as a name is.
      if (rolePrefix.exec(token)?.[1] === token) {
        closeRole();
        role = token;
        roleNamed = false;
        continue;
      }
    }
    // `记者走进山村`: after a role too, four characters that say what a reporter does are a title's words, no name.
    // `近日`, `日前`: a word of time (the text's opening after a lead's roles) is no one's name.
    if (!NAME.test(token) || PIECE_WORDS.has(token) || TIME_WORDS.has(token) || (role === null && isPhraseNotName(token)) || (token.length >= 4 && REPORTING_WORDS.test(token))) return null;
    people.push(pictures ? { name: token, role: '摄影', source: 'credit' } : { name: token, role, source });
    roleNamed = true;
  }
  closeRole();
  return people.length > 0 ? people : null;
}

/**
 * Compound surnames: a Chinese name of four characters is one of them and a given name of two (`欧阳晓明`).
 * Other runs of four with no role before them are words, not a name (`■乌海供电 守护光明` is a headline).
 */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '司徒', '夏侯', '慕容', '尉迟', '长孙', '宇文', '公孙', '轩辕', '端木',
  '独孤', '南宫', '西门', '呼延', '赫连', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '钟离', '闻人', '万俟',
  '司空', '百里', '东郭', '左丘', '仲孙', '第五', '拓跋', '完颜',
]);

/** Four Han characters, bare, that no compound surname opens (counted in code points: `𠀀` is one character). */
function isPhraseNotName(token: string): boolean {
  return token.length >= 4 && [...token].length === 4 && !token.includes('·') && !COMPOUND_SURNAMES.has(token.slice(0, 2));
}

/** `name` reads as one person's name, as a byline's names are read: not `网络整理` (compiled from the web), nor a role. */
export function isOneName(name: string, vocabulary: Vocabulary): boolean {
  const people = parsePeople(name, 'byline', vocabulary);
  return people !== null && people.length === 1 && people[0]!.name === name && people[0]!.role === null;
}

/** The non-empty pieces between separators. */
function splitTokens(raw: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < raw.length; i++) {
    if (TOKEN_BREAKS[raw.charCodeAt(i)] === 1) {
      if (start >= 0) tokens.push(raw.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) tokens.push(raw.slice(start));
  return tokens;
}

/** One Han character, in the BMP or a supplementary plane (`𠀀` is two code units). */
function isSingleHan(token: string): boolean {
  const code = token.codePointAt(0)!;
  return token.length === (code > 0xffff ? 2 : 1) && isHanCodePoint(code);
}

/** What may stand before the first role of a run-together byline and name no one: `XX日报`, `XX视频`, `东坡小学505班`. */
const BYLINE_PREFIX = new RegExp(
  `^(?:[${HAN_ALL}A-Za-z0-9]{0,18}(?:日报|晚报|都市报|报社|报|新闻网|网|融媒体中心|电视台|新华社|通讯社|视频|客户端|班|学校|小学|中学))?(?:全媒体|融媒体|特约)?$`,
  'u',
);
/**
 * What BYLINE_PREFIX, BARE_NAME and the separators between them are made of, as a table by code unit: Han characters
 * (a surrogate, half of one beyond the BMP), Latin letters and figures, white space, `、`, `，`, `,`.
 */
const PREFIX_UNITS = Uint8Array.from({ length: 0x10000 }, (_, code) =>
  isHanCodePoint(code) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || isSpace(code) || code === 0x3001 || code === 0xff0c || code === 0x2c ? 1 : 0,
);
/** What parts the outlets of a byline's prefix, and its words. */
const OUTLET_SEPARATOR = /[、，,]/u;
const WHITE_SPACE_RUN = /\s+/u;

/** A name printed bare before the outlets of a run-together byline: `魏书言 XX晨报、XX视频首席记者江一帆`. */
const BARE_NAME = new RegExp(`^[${HAN_ALL}]{2,3}$`, 'u');

/**
 * The people named bare at the start of a byline's prefix, when the rest of the prefix names outlets only
 * (`魏书言 XX晨报、XX视频` → 魏书言), or null when the prefix is anything else.
 */
function bareNamesBefore(prefix: string, source: PersonSource): Person[] | null {
  // (A prefix that holds anything else, `5月23日,在东湾区…水果。`, is a sentence before a role, and the patterns are not asked.)
  for (let i = 0; i < prefix.length; i++) if (PREFIX_UNITS[prefix.charCodeAt(i)] !== 1) return null;
  const parts = prefix.split(OUTLET_SEPARATOR).map((part) => part.trim());
  if (parts.every((part) => BYLINE_PREFIX.test(part))) return [];
  const words = parts[0]!.split(WHITE_SPACE_RUN);
  const names = words.slice(0, -1);
  if (names.length === 0 || !names.every((word) => BARE_NAME.test(word))) return null;
  // (A stray `、` before the role leaves an empty part, which BYLINE_PREFIX takes, as it does without a name before.)
  if (![words[words.length - 1]!, ...parts.slice(1)].every((part) => BYLINE_PREFIX.test(part))) return null;
  return names.map((name) => ({ name, role: null, source }));
}

/**
 * A byline whose roles and names run together, as layout systems print them:
 *   XX日报全媒体记者张三通讯员李四王五 → 张三 (全媒体记者), 李四, 王五 (通讯员)
 * Names glued to each other are split by length (4 → 2 + 2, 6 → 3 + 3): a guess,
 * but one that real bylines bear out far more often than not.
 */
export function parseRunTogetherByline(raw: string, source: PersonSource, vocabulary: Vocabulary): Person[] | null {
  const { roleSplit } = compilePatterns(vocabulary);
  const text = withoutNameNotes(raw);
  const pieces = text.split(roleSplit);
  if (pieces.length < 3) return null;
  // `江城日报、江城晚报全媒体记者…`: one paper or several, perhaps after a name printed bare.
  const prefix = pieces[0]!.trim();
  const bare = prefix.length > 0 ? bareNamesBefore(prefix, source) : [];
  if (bare === null) return null;
  const people: Person[] = [...bare];
  for (let i = 1; i < pieces.length; i += 2) {
    const role = pieces[i]!;
    const names: string[] = [];
    const tokens = splitTokens(pieces[i + 1] ?? '');
    for (let t = 0; t < tokens.length; t++) {
      let token = tokens[t]!;
      if (WORK_WORDS.has(token) || isFiledFrom(token) || isUnit(token)) continue;
      // Two single characters in a row are one padded name: 指导老师 王 芳.
      if (isSingleHan(token) && t + 1 < tokens.length && isSingleHan(tokens[t + 1]!)) token += tokens[++t]!;
      const split = PIECE_WORDS.has(token) ? null : splitGluedNames(token);
      if (!split) return null;
      names.push(...split);
    }
    if (names.length === 0) people.push({ name: null, role, source });
    for (const name of names) people.push({ name, role, source });
  }
  return people.some((person) => person.name !== null) ? people : null;
}

/**
 * The hundred commonest surnames. Five characters glued are two names, 2 + 3 or 3 + 2: the second name starts with a
 * surname, so where only one of the two places holds a common one, it decides (`温子衿汤屿` → 温子衿 + 汤屿).
 * (Past the hundred, a few that the real pages' writers bear: 瞿 鲁 骆 傅 包 祁 蒲 寇 娄 郎; 包 opens words too, `包括`,
 * as 关, 方 and 石 of the hundred do.)
 */
export const COMMON_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤乔赖庞樊殷施翟颜倪温俞葛伍聂焦邢岳祝耿詹关苗凌靳童甄裴鲍霍翁隋阮柯闵瞿鲁骆傅包祁蒲寇娄郎',
]);

/**
 * What a reporter does, which a title after the role says (`记者走进山村采访`, `本报小记者采访邻里节`): a run holding one of
 * these words is no names.
 */
const REPORTING_WORDS = /走进|走访|探访|采访|来到|蹲点|直击|体验|调查|看到|发现|手记/u;

export function splitGluedNames(token: string): string[] | null {
  if (token.length >= 4 && REPORTING_WORDS.test(token)) return null;
  const chars = [...token];
  if (!chars.every((c) => isSingleHan(c))) return NAME.test(token) ? [token] : null;
  if (chars.length <= 3) return chars.length >= 2 ? [token] : null;
  if (chars.length === 4) return [chars.slice(0, 2).join(''), chars.slice(2).join('')];
  if (chars.length === 5) {
    const secondAtFourth = COMMON_SURNAMES.has(chars[3]!) && !COMMON_SURNAMES.has(chars[2]!);
    const cut = secondAtFourth ? 3 : 2;
    return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
  }
  if (chars.length === 6) return [chars.slice(0, 3).join(''), chars.slice(3).join('')];
  return chars.length <= 9 ? threeNamesBySurnames(chars) : null;
}

/**
 * Three names of two or three characters glued (`王京京张力董立新`), where one way of cutting them only opens each
 * name with a common surname; null where none does, or more than one.
 */
function threeNamesBySurnames(chars: readonly string[]): string[] | null {
  let found: string[] | null = null;
  for (const first of [2, 3]) {
    for (const second of [2, 3]) {
      const third = chars.length - first - second;
      if (third < 2 || third > 3) continue;
      const starts = [0, first, first + second];
      if (!starts.every((at) => COMMON_SURNAMES.has(chars[at]!))) continue;
      if (found !== null) return null;
      found = [chars.slice(0, first).join(''), chars.slice(first, first + second).join(''), chars.slice(first + second).join('')];
    }
  }
  return found;
}

/** Names only, in order, without repeats. */
export function namesOf(people: readonly Person[]): string[] {
  const names: string[] = [];
  for (const person of people) {
    if (person.name !== null && !names.includes(person.name)) names.push(person.name);
  }
  return names;
}

/** Roles only, in order, without repeats. */
export function rolesOf(people: readonly Person[]): string[] {
  const roles: string[] = [];
  for (const person of people) {
    if (person.role !== null && !roles.includes(person.role)) roles.push(person.role);
  }
  return roles;
}
