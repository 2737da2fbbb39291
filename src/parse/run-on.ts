// Pages whose line breaks were lost: the whole page on one line, items, titles
// and bylines parted only by spaces:
//   校园快讯 小小志愿者送温暖 近日,东坡小学…久久不愿松开。 □韩小梅 图书漂流进课堂 3月8日,…
// Such a line is cut at its spaces into pieces, each a line of its own for the
// labeller, with its exact place; pieces that belong together (a lead and its
// paragraph, a sentence cut by a space, the names of one byline) are put back.

import { matchBylineLine, matchCredit, WORDS_AND_PICTURES_OPENING } from './bylines.js';
import { matchLead, namesTheirWork, openingBylineOf } from './features.js';
import { isOrganisationName, organisationsIn } from './organisations.js';
import type { SourceLine } from './lines.js';
import { codeUnitTable, compilePatterns, DEVICE_PICTURE_STEM, endsSentence, HAN_ALL, isButtonRow, isSpace, OPENING_TIME_WORDS, PARTS_OF_DAY, PHOTO_CAPTION_START, SUMMARY_LABEL, isWebMeta, pageBreakMarkAt } from './patterns.js';
import type { Vocabulary } from './vocabulary.js';

/** A line shorter than this is an ordinary line, whatever spaces it holds, unless it holds two news leads (below). */
const MIN_RUN_ON = 150;
/** Spaces after a finished sentence that make a long line a page without line breaks (a paragraph has one at most). */
const MIN_SENTENCE_GAPS = 2;
/**
 * Shortest line read as briefs run together when a second news lead follows a finished sentence: two briefs of a
 * column, each with its header, `本报讯` and byline, are shorter than a page (`柳岸社区:… 本报讯 …。(周 宁) 东湖社区:… 本报讯 …`),
 * and one item's text never opens twice.
 */
const MIN_LEADS_RUN_ON = 60;
/** A piece longer than this that does not end its sentence goes on in the next piece: the space was inside a paragraph. */
const MAX_CUT_PIECE = 24;

/** Longest piece a byline takes in: a role, a name, a name with its card number `林小雨(证号12345)`. */
const MAX_BYLINE_PIECE = 12;
/** A pupil reporter's name with a card number of any length: `鲁小品(证号1507122)`. */
const CARD_NUMBERED_NAME = new RegExp(`^[${HAN_ALL}]{2,4}[(（]证号[0-9]{1,10}[)）]$`, 'u');

/** Whether the piece may go on a byline: short, or a name with its card number, and not an organisation alone (the next item's header). */
function mayExtendByline(piece: string, vocabulary: Vocabulary): boolean {
  return (piece.length <= MAX_BYLINE_PIECE || CARD_NUMBERED_NAME.test(piece)) && !isOrganisationName(piece, vocabulary);
}

interface Piece {
  from: number;
  to: number;
}

/** Whether `text` may be a page that lost its line breaks: long, with spaces. Most lines are not, and need no splitting. */
export function mayRunOn(text: string): boolean {
  return text.length >= MIN_LEADS_RUN_ON && hasSpaces(text, MIN_SENTENCE_GAPS + 1);
}

export function splitRunOnLine(line: SourceLine, vocabulary: Vocabulary): SourceLine[] {
  const text = line.content;
  if (!mayRunOn(text)) return [line];
  // (`摘要:…`: a summary's pieces are the summary's, one notice, whatever it repeats.)
  if (SUMMARY_LABEL.test(text)) return [line];
  const pieces = keepBracketsWhole(text, creditVerbsApart(text, piecesOf(text)));
  if (pieces.length < 4) return [line];
  let sentenceGaps = 0;
  // (A credit's verb after its names ends a caption as a full stop ends a sentence: `…起居。记者 林帆 摄 3月13日,…`.)
  for (let i = 0; i + 1 < pieces.length; i++) {
    const piece = text.slice(pieces[i]!.from, pieces[i]!.to);
    if (endsItsText(piece) || (i > 0 && vocabulary.creditVerbs.includes(piece))) sentenceGaps++;
  }
  const long = text.length >= MIN_RUN_ON;
  if (sentenceGaps < (long ? MIN_SENTENCE_GAPS : 1)) return [line];
  const merged = mergePieces(text, pieces, vocabulary);
  // (A photo set's credited captions run together are as sure a sign: `…装车。 林帆 摄 …晒麦。 林帆 摄`.)
  if (!long && countLeads(text, merged, vocabulary) < 2 && countCredits(text, merged, vocabulary) < 2) return [line];
  return merged.map((piece, i, all) => ({
    number: line.number,
    offset: line.offset,
    content: text.slice(piece.from, piece.to),
    indent: line.indent + piece.from,
    year: null,
    ...(i > 0 ? { gapBefore: text.slice(all[i - 1]!.to, piece.from) } : {}),
  }));
}

/** How many of the pieces open with a news lead (`本报讯`). */
function countLeads(text: string, pieces: readonly Piece[], vocabulary: Vocabulary): number {
  let leads = 0;
  for (const piece of pieces) if (matchLead(text.slice(piece.from, piece.to), vocabulary) !== null) leads++;
  return leads;
}

/** How many of the pieces are a picture's credit (`林帆 摄`). */
function countCredits(text: string, pieces: readonly Piece[], vocabulary: Vocabulary): number {
  let credits = 0;
  for (const piece of pieces) if (matchCredit(text.slice(piece.from, piece.to), vocabulary) !== null) credits++;
  return credits;
}

/** Longest byline in brackets glued after a piece's last sentence: `（记者 孔越 通讯员 林舟）`. */
const MAX_GLUED_BRACKET = 24;

/** The piece ends its sentence, perhaps before its byline in brackets: `…开幕。（孔越）`, as a brief's last paragraph does. */
function endsItsText(piece: string): boolean {
  if (endsSentence(piece)) return true;
  const last = piece.charCodeAt(piece.length - 1);
  if (last !== 0x29 /* ) */ && last !== 0xff09 /* ） */) return false;
  const open = Math.max(piece.lastIndexOf('('), piece.lastIndexOf('（'));
  return open > 0 && piece.length - open <= MAX_GLUED_BRACKET && endsSentence(piece.slice(0, open).trimEnd());
}

/** At least `count` white-space characters in `text`, the ones piecesOf() cuts at: the cheap test before cutting it. */
function hasSpaces(text: string, count: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i)) && ++found >= count) return true;
  return false;
}

/** The runs of text between white space. */
function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (space && start >= 0) {
      pieces.push({ from: start, to: i });
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return pieces;
}

/**
 * A credit's verb glued to the next caption's opening is a piece of its own: `吕明 摄图为游灯队伍。` → `吕明` / `摄` /
 * `图为游灯队伍。`, so that the name and its verb make the credit (mergePieces()) and the caption opens its picture.
 */
function creditVerbsApart(text: string, pieces: readonly Piece[]): Piece[] {
  if (!text.includes('摄图')) return [...pieces];
  const apart: Piece[] = [];
  for (const piece of pieces) {
    if (text.charCodeAt(piece.from) === 0x6444 /* 摄 */ && piece.to - piece.from > 3 && PHOTO_CAPTION_START.test(text.slice(piece.from + 1, piece.to))) {
      apart.push({ from: piece.from, to: piece.from + 1 }, { from: piece.from + 1, to: piece.to });
    } else apart.push(piece);
  }
  return apart;
}

/** Longest bracket kept whole across spaces: a lead's or a byline's `(记者 王 五 通讯员 李四 文/图)`. */
const MAX_BRACKET = 60;

/**
 * Pieces cut inside a bracket are one: the spaces of `(记者 朱 明 文/图)` part names, not items; so are those of a bracket
 * that opens after a long paragraph's last sentence (`…问题。”(林小雨 周宁 孔越)`).
 */
function keepBracketsWhole(text: string, pieces: readonly Piece[]): Piece[] {
  const kept: Piece[] = [];
  let open: Piece | null = null;
  let depth = 0;
  // Where the outermost bracket still open opened.
  let bracketFrom = -1;
  for (const piece of pieces) {
    if (open !== null) {
      open.to = piece.to;
    } else {
      open = { ...piece };
      depth = 0;
      bracketFrom = -1;
    }
    for (let i = piece.from; i < piece.to; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x28 || code === 0xff08) {
        if (depth === 0) bracketFrom = i;
        depth++;
      } else if ((code === 0x29 || code === 0xff09) && depth > 0) depth--;
    }
    // An unclosed bracket waits for its end, but only so far: a stray `(` does not swallow the page. (Counted from the
    // bracket itself where it opens after a finished sentence, a byline's place; else from the piece's start.)
    const from = bracketFrom > open.from && endsSentence(text.slice(open.from, bracketFrom)) ? bracketFrom : open.from;
    if (depth === 0 || open.to - from > MAX_BRACKET) {
      kept.push(open);
      open = null;
    }
  }
  if (open !== null) kept.push(open);
  return kept;
}

function mergePieces(text: string, pieces: readonly Piece[], vocabulary: Vocabulary): Piece[] {
  const merged: Piece[] = [];
  // The last merged piece ends with a credit's verb that joined it: a caption with its credit (`…起居。记者 林帆 摄`) is
  // finished, as a sentence is, and the next long piece opens the next caption.
  let endsWithCredit = false;
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i]!;
    // The names of one byline: `东坡小学 小记者 指导老师 张 红` stays whole where it reads as one.
    for (let j = i + 1; j < pieces.length && j <= i + 6 && mayExtendByline(text.slice(pieces[j]!.from, pieces[j]!.to), vocabulary); j++) {
      const wider = { from: piece.from, to: pieces[j]!.to };
      // (Or one credit's fields, who wrote and who took the pictures: `作者:A B 摄影:C D 指导老师:E`.)
      const words = text.slice(wider.from, wider.to);
      if (!matchBylineLine(words, vocabulary) && !(matchCredit(words, vocabulary)?.writers?.length ?? 0)) continue;
      piece = wider;
      i = j;
    }
    const content = text.slice(piece.from, piece.to);
    const last = merged[merged.length - 1];
    const lastText = last && text.slice(last.from, last.to);
    // A lead alone (`本报讯`) goes with its paragraph; so does a long piece cut mid-sentence; a credit's verb alone
    // (`…知识。吴敏 摄`) goes with the names before it.
    const creditVerb = vocabulary.creditVerbs.includes(content);
    // (The line's last piece, the words' and pictures' field after a finished text, `…的氛围。 文/摄:X`, signs that text,
    // glued to it: cut off, it would open the next line's text. A bracket, `(李 莉)`, closes its item either way.)
    const signsLast = i === pieces.length - 1 && last !== undefined && endsItsText(lastText!) && WORDS_AND_PICTURES_OPENING.test(content) && matchBylineLine(content, vocabulary) !== null;
    const joins: boolean =
      last !== undefined &&
      ((matchLead(lastText!, vocabulary)?.text.length === lastText!.length) ||
        creditVerb ||
        signsLast ||
        (lastText!.length > MAX_CUT_PIECE &&
          !endsItsText(lastText!) &&
          !endsWithCredit &&
          !matchBylineLine(content, vocabulary) &&
          // A long byline (`XX市XX镇中心小学401班 小记者 A 指导老师 B`) ends where it ends: the next piece is a title.
          !matchBylineLine(lastText!, vocabulary)));
    if (joins) last!.to = piece.to;
    else merged.push({ ...piece });
    endsWithCredit = joins && creditVerb;
  }
  return merged;
}

/** Shortest headline read off the front of a line, and the longest. */
const MIN_GLUED_HEAD = 6;
const MAX_GLUED_HEAD = 40;
/** Shortest text left after the headline: the rest of a sentence at least. */
const MIN_TEXT_AFTER_HEAD = 20;

/**
 * What opens a news text with a comma after it, glued to the headline before it: a time word (OPENING_TIME_WORDS,
 * `近日,`, `日前,`; a span up to now, `近年来,`), a date with its part of the day (PARTS_OF_DAY, `2024年3月5日上午,`,
 * the day alone `6日上午,`), perhaps with one character more (`近日来,`); not the eve of a day nor the days around it
 * (`世界读书日前夕,`, `安全日前后,`: 日前 there is the day's 日 and the 前 of 前夕 or 前后).
 */
const TIME_OPENING_AT_END = new RegExp(
  `(?:${OPENING_TIME_WORDS.join('|')}|近年来|今年以来|(?:(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:${PARTS_OF_DAY.join('|')})?)(?![夕后])[${HAN_ALL}]?[,，]$`,
  'u',
);

/**
 * What a glued headline never holds: a clause's end (a line whose first clause ends in a time word is a sentence), a
 * bracket (`(记者 孔 越)近日,…` is a byline opening the text), or a colon (the fields of a web copy glued after it).
 * A table by code unit: the scan reads every character of a line's first clause.
 */
const NOT_IN_GLUED_HEAD = codeUnitTable([...',，。！？!?；;()（）:：']);

/**
 * The name of a web copy's first field, glued after its title (headEnd()): the date or source of the copy; `来源` only
 * after white space (`TITLE 来源:本站`), as a title's own words may end in it.
 */
const FIELD_AFTER_HEAD = /(?:发布时间|发布日期|更新时间|信息来源|文章来源|稿件来源|(?<=\s)来源)$/u;

/** White space that parts a headline from its text without the organisation after the time word. */
const MIN_PARTING_SPACES = 2;

/** Longest organisation's name read at the start of the text's first clause. */
const MAX_OPENING_NAME = 24;

/**
 * What leaves its time word inside its own clause: a word (`于近日,`: a subject before it, not a headline), or a range's
 * dash or mark (`9月10日-11日,`, `3日、4日,`).
 */
const BEFORE_TIME_IN_CLAUSE = new Set([...'于在自从至到及和与-－—~～、']);
/**
 * A line that opens with a date is a text, not a headline run into one: `9月10日-11日,…`. (After a header's colon a date
 * opens its title: `柳岸社区:10月楼道评比揭晓`.)
 */
const OPENS_WITH_DATE = /^[0-9０-９]{1,4}[年月日]/u;

/**
 * A headline run into the first sentence of its text, the line break between them lost (two papers print it):
 *   柳岸小学开展读书节活动近日,柳岸小学… → `柳岸小学开展读书节活动` / `近日,柳岸小学…`
 *   柳岸社区:旧物换新颜 邻里共分享柳岸社区组织… → `柳岸社区:旧物换新颜 邻里共分享` / `柳岸社区组织…`
 *   柳岸镇开展重阳节活动发布时间:2023-10-23 12:51 → `柳岸镇开展重阳节活动` / `发布时间:2023-10-23 12:51` (its web copy's fields)
 * The text opens with a time word, its comma and an organisation, or with the header's organisation written again. The two pieces
 * are lines of their own for the labeller, with their exact places, as a run-on page's are; null where the line is not cut
 * (most lines: nothing is allocated for them).
 */
export function splitHeadRunIntoText(line: SourceLine, vocabulary: Vocabulary): [SourceLine, SourceLine] | null {
  const text = line.content;
  if (text.length < MIN_GLUED_HEAD + MIN_TEXT_AFTER_HEAD) return null;
  const bylineAt = bylineBracketAfterHead(text, vocabulary);
  if (bylineAt > 0) return cutLine(line, endBeforeSpaces(text, 0, bylineAt), bylineAt);
  const at = headEnd(text, vocabulary);
  if (at < 0) return unitColonBeforeText(line, vocabulary);
  const headTo = endBeforeSpaces(text, 0, at);
  const head = text.slice(0, headTo);
  // A lead or a byline before the time word opens the text itself: `本报3月5日讯 3月5日上午,…`, `【通讯员 王宁】3月5日,…`.
  if (matchLead(head, vocabulary) !== null || matchBylineLine(head, vocabulary) !== null || openingBylineOf(text, vocabulary) !== null) return null;
  return cutLine(line, headTo, at);
}

/**
 * `line` as two pieces, `[0, end)` and `[at, …)`, each with its exact place; what parts the two (if anything) is the gap
 * before the second.
 */
function cutLine(line: SourceLine, end: number, at: number): [SourceLine, SourceLine] {
  const text = line.content;
  return [
    { ...line, content: text.slice(0, end), year: null },
    { ...line, content: text.slice(at), indent: line.indent + at, year: null, gapBefore: text.slice(end, at) },
  ];
}

/**
 * The first clause of a text, after the white space that parts it from a web copy's fields: a time word or a day and its
 * comma (`昨日,`, `3月9日上午,`).
 */
const TIME_OPENING_AT_START = new RegExp(
  `^(?:${OPENING_TIME_WORDS.join('|')}|近年来|今年以来|(?:(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:${PARTS_OF_DAY.join('|')})?)[${HAN_ALL}]?[,，]`,
  'u',
);
/**
 * A clause that opens with its day and runs on to its comma or full stop, no space in it (`2024年5月18日是全国助残日,`):
 * after a web copy's fields, the text's first words, as a field's value is no clause.
 */
const DATED_CLAUSE_AT_START = /^(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[^\s,，。:：]{1,30}?[,，。]/u;
/** What a web copy's fields never hold: a clause's or a sentence's end. */
const NOT_IN_FIELDS = /[,，。！？!?；;]/u;

/**
 * A web copy's fields run into the first sentence of its text, the line break between them lost:
 *   发稿时间:2024-05-23 10:10 来源:柳岸网 编辑:林帆 昨日,柳岸镇… → `发稿时间:… 编辑:林帆` / `昨日,柳岸镇…`
 * The fields are a line of the copy's (WEB_META) with no clause's end, the text opens after white space with a time word
 * and its comma, or with its news lead; null where the line is not cut.
 */
export function splitFieldsRunIntoText(line: SourceLine, vocabulary: Vocabulary): [SourceLine, SourceLine] | null {
  const text = line.content;
  if (text.length < MIN_GLUED_HEAD + MIN_TEXT_AFTER_HEAD || !isWebMeta(text)) return null;
  for (let i = 1; i < text.length - MIN_TEXT_AFTER_HEAD; i++) {
    if (!isSpace(text.charCodeAt(i)) || isSpace(text.charCodeAt(i - 1))) continue;
    let at = i;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    const head = text.slice(0, i);
    // (A clause's end in the fields means the text began before this space: no cut.)
    if (NOT_IN_FIELDS.test(head)) return null;
    if (text.length - at < MIN_TEXT_AFTER_HEAD) continue;
    // (Or its news lead: `作者:A 来源:江城日报 江城日报讯(记者 A)…`.)
    const rest = text.slice(at);
    if (!(TIME_OPENING_AT_START.test(rest) || DATED_CLAUSE_AT_START.test(rest) || matchLead(rest, vocabulary) !== null)) continue;
    return cutLine(line, i, at);
  }
  return null;
}

/**
 * A phone's or a chat app's picture files, named as the device names them, run into the text after them, the pictures
 * lost: `微信图片_20240226162951.jpgIMG_20240226_162942.jpg“大姐,…` (the names, then the text).
 */
const PICTURE_FILES_AT_START = new RegExp(`^(?:${DEVICE_PICTURE_STEM}\\.(?:jpe?g|png|gif|webp)\\s*)+`, 'iu');
export function splitPictureFilesRunIntoText(line: SourceLine): [SourceLine, SourceLine] | null {
  const text = line.content;
  const files = PICTURE_FILES_AT_START.exec(text);
  if (files === null || text.length - files[0].length < MIN_TEXT_AFTER_HEAD) return null;
  return cutLine(line, files[0].trimEnd().length, files[0].length);
}

/**
 * A web editor's page-break mark glued to the end of a paragraph (`…新华社记者 周宁 摄pagebreak`): the paragraph and the
 * mark as two pieces, the mark the site's; null where the line ends in no mark or is the mark alone.
 */
export function splitPageBreakOff(line: SourceLine): [SourceLine, SourceLine] | null {
  const at = pageBreakMarkAt(line.content);
  if (at <= 0) return null;
  return cutLine(line, line.content.slice(0, at).trimEnd().length, at);
}

/** Longest byline read before the text on its line: a role, names, what they did (`记者 林 帆 通讯员 周宁 文/摄`). */
const MAX_OPENING_BYLINE = 30;

/**
 * A byline run into the text it stands above, the line break between them lost:
 *   记者 林帆 文/摄 入夏以来,柳岸街道… → `记者 林帆 文/摄` / `入夏以来,柳岸街道…`
 * The byline opens with a role, names someone, and ends at white space; the text after it is a paragraph's length and
 * the line ends a sentence. The longest such byline is taken (`记者 林帆 通讯员 周宁`: the names go on after a space);
 * null where the line is not cut.
 */
export function splitBylineRunIntoText(line: SourceLine, vocabulary: Vocabulary): [SourceLine, SourceLine] | null {
  const text = line.content;
  if (text.length < MIN_TEXT_AFTER_HEAD + 4 || compilePatterns(vocabulary).roleStarts[text.charCodeAt(0)] !== 1 || !endsSentence(text)) return null;
  // (`本报讯 记者 林帆 …`: a lead's byline is the lead's, read with it.)
  if (matchLead(text, vocabulary) !== null) return null;
  let cut: [number, number] | null = null;
  for (let i = 2; i < Math.min(text.length, MAX_OPENING_BYLINE); i++) {
    if (!isSpace(text.charCodeAt(i)) || isSpace(text.charCodeAt(i - 1))) continue;
    let at = i;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (text.length - at < MIN_TEXT_AFTER_HEAD) continue;
    const byline = matchBylineLine(text.slice(0, i), vocabulary);
    if (byline !== null && byline.people.some((person) => person.name !== null)) cut = [i, at];
  }
  if (cut === null) {
    // `记者 林帆日前,柳岸街道…`: the last name run into the text's time word, no white space between. (The role stands
    // apart from the names by a space, and no clause's mark comes before the time word: `记者了解到,近期,…` is a sentence.)
    for (let j = 4; j < Math.min(text.length, MAX_OPENING_BYLINE); j++) {
      if (text.length - j < MIN_TEXT_AFTER_HEAD || !TIME_OPENING_AT_START.test(text.slice(j, j + 16))) continue;
      const head = text.slice(0, j);
      if (NOT_IN_FIELDS.test(head) || !/\s/u.test(head)) break;
      const byline = matchBylineLine(head, vocabulary);
      if (byline !== null && byline.people.some((person) => person.name !== null && person.role !== null)) return cutLine(line, j, j);
    }
  }
  return cut === null ? null : cutLine(line, cut[0], cut[1]);
}

/** Longest word of a row of buttons read by its shape (`收藏 分享 发给好友`): four characters. */
const MAX_BUTTON_WORD = 4;
/** A row of the copy's buttons: the known words (isButtonRow()), or three short words or more parted by spaces. */
function isRowOfButtons(text: string): boolean {
  if (isButtonRow(text.trim())) return true;
  const words = text.trim().split(/\s+/u);
  return words.length >= 3 && words.every((word) => word.length <= MAX_BUTTON_WORD);
}

/** `text` ends at `end` with an ellipsis, `……` or typed `...`. */
function endsWithEllipsis(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 0x2026 /* … */ || (end >= 3 && text.startsWith('...', end - 3));
}

/** Where the text starts after a headline glued before it, or -1. */
function headEnd(text: string, vocabulary: Vocabulary): number {
  const colon = headerColon(text, vocabulary);
  const titleFrom = colon < 0 ? 0 : colon + 1;
  let clauseEnd = -1;
  // (The headline's forty characters are asked of what stands before the time word, however long the word: the date
  // with its year and part of the day, `2024年12月12日上午,`, or the spaces before it.)
  // (A comma inside the headline's quotation marks is the quotation's: `举办“世界水日,中国水周”宣传活动 3月22日,…`.)
  let quoted = false;
  for (let i = titleFrom; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // (A quotation that opens the line is the text's own opening words: `“李白的月光,凝结千年的霜……”5月31日,…`.)
    if (code === 0x201c /* “ */ || code === 0x201d /* ” */) quoted = code === 0x201c && i > titleFrom;
    else if (quoted && (code === 0x2c || code === 0xff0c) && i - titleFrom < MAX_GLUED_HEAD) continue;
    if (NOT_IN_GLUED_HEAD[code] === 1) {
      clauseEnd = i;
      break;
    }
  }
  if (colon >= 0) {
    // The header's organisation written again opens the text.
    const name = text.slice(0, colon);
    const again = text.indexOf(name, titleFrom + MIN_GLUED_HEAD);
    if (again > 0 && again - titleFrom <= MAX_GLUED_HEAD && (clauseEnd < 0 || again < clauseEnd) && text.length - again >= MIN_TEXT_AFTER_HEAD) return again;
  }
  // (A clause ended by a colon is no time word's: the pattern wants its comma.)
  if (clauseEnd < 0) return -1;
  // `TITLE发布时间:DATE 信息来源:UNIT`: a web copy's fields glued after its title, the line break between them lost.
  if (text.charCodeAt(clauseEnd) === 0x3a /* : */ || text.charCodeAt(clauseEnd) === 0xff1a /* ： */) {
    const field = FIELD_AFTER_HEAD.exec(text.slice(titleFrom, clauseEnd));
    const at = field === null ? -1 : titleFrom + field.index;
    const headLength = at - titleFrom;
    // (`排行榜 收藏 打印 来源:…`: a row of the copy's buttons before its fields is no headline.)
    return field !== null && headLength >= MIN_GLUED_HEAD && headLength <= MAX_GLUED_HEAD && isWebMeta(text.slice(at)) && !isRowOfButtons(text.slice(titleFrom, at)) ? at : -1;
  }
  const opening = TIME_OPENING_AT_END.exec(text.slice(titleFrom, clauseEnd + 1));
  if (opening === null) return purposeOpeningAt(text, titleFrom, clauseEnd);
  const at = titleFrom + opening.index;
  const headLength = endBeforeSpaces(text, titleFrom, at) - titleFrom;
  if (headLength < MIN_GLUED_HEAD || headLength > MAX_GLUED_HEAD || text.length - at < MIN_TEXT_AFTER_HEAD) return -1;
  if (BEFORE_TIME_IN_CLAUSE.has(text[titleFrom + headLength - 1]!) || OPENS_WITH_DATE.test(text)) return -1;
  // (`包汤圆、吃汤圆、猜灯谜……2月10日,…`: words that trail off into an ellipsis set the scene of the text's first
  // sentence; a headline says its thing whole.)
  if (endsWithEllipsis(text, titleFrom + headLength)) return -1;
  // Two spaces or more before the time word part a headline from its text as a line break would.
  if (at - (titleFrom + headLength) >= MIN_PARTING_SPACES) return at;
  // The text's first clause names who did it (`近日,东坡小学举办…`); a subject before the time word leaves a verb
  // there (`党支部书记王明近日,带领…`: one sentence).
  // (A unit's own paper names it after the word for itself: `3月22日,我校青年志愿者协会举办…`.)
  const from = clauseEnd + 1 + (SELF_REFERENCE.exec(text.slice(clauseEnd + 1, clauseEnd + 4))?.[0].length ?? 0);
  const opened = organisationsIn(text.slice(from, clauseEnd + 1 + MAX_OPENING_NAME), vocabulary);
  return opened.length > 0 && opened[0]!.at === 0 ? at : -1;
}
/**
 * A unit speaking of itself (`我校`, `我院`, `本局`), which may stand before the name of its part that did it, after 由
 * where the part hosted it (`由我校财政学院主办的…`).
 */
const SELF_REFERENCE = /^由?[我本][校院局所站队司委办市县区镇乡村]/u;

/**
 * The text's first clause a purpose (`为…,`, `为了…,`: in order to…), after white space that parts it from a headline
 * with no clause's end (`柳岸村开展“清洁家园”活动 为调动村民的积极性,…`): where the text starts, or -1. The clause
 * holds no white space (`情暖重阳 为老人送温暖` is a headline's two halves), and the headline ends in no word of its own
 * clause.
 */
function purposeOpeningAt(text: string, titleFrom: number, clauseEnd: number): number {
  const purpose = text.lastIndexOf('为', clauseEnd);
  // (Glued to the headline, only a purpose no headline holds: `…主题宣传为贯彻落实…`, `…活动为进一步…`.)
  if (purpose <= titleFrom || !(isSpace(text.charCodeAt(purpose - 1)) || GLUED_PURPOSE.test(text.slice(purpose, purpose + 5)))) return -1;
  for (let i = purpose + 1; i < clauseEnd; i++) if (isSpace(text.charCodeAt(i))) return -1;
  const headEnd = endBeforeSpaces(text, titleFrom, purpose);
  const headLength = headEnd - titleFrom;
  if (headLength < MIN_GLUED_HEAD || headLength > MAX_GLUED_HEAD || clauseEnd - purpose < MIN_PURPOSE_CLAUSE || text.length - purpose < MIN_TEXT_AFTER_HEAD) return -1;
  // (`2026年1月26日电 为…`: a dateline before the text, no headline.)
  return BEFORE_TIME_IN_CLAUSE.has(text[headEnd - 1]!) || OPENS_WITH_DATE.test(text) ? -1 : purpose;
}
/** The purposes that open a report's first sentence, never a headline's words: read glued to the headline too. */
const GLUED_PURPOSE = /^为(?:贯彻落实|进一步|深入贯彻|深入推进|切实)/u;
/** Shortest purpose clause read as a text's opening: 为, a verb and its object (`为丰富居民生活`). */
const MIN_PURPOSE_CLAUSE = 6;

/** What a headline glued before a byline's bracket never holds: a sentence's end, a bracket of its own. */
const NOT_IN_HEAD_BEFORE_BYLINE = /[。！？!?；;()（）【】\[\]]/u;

/** An outlet's name or its word for a report before the bracket: a lead (`云上江城报道(记者 X)`, `江城融媒体中心(记者 X)`). */
const OUTLET_BEFORE_BYLINE = /(?:讯|报道|消息|网|台|报|社|中心|融媒|客户端)\s*$/u;

/**
 * A headline run into its byline's bracket and the text after it (`关爱儿童 快乐成长(记者 林小雨 通讯员 周宁)儿童是…`):
 * where the bracket opens, or -1. The bracket names a role and its names, as a byline opening a text does; the words
 * before it are no lead (`江城网讯(记者 X)…`) and end no sentence.
 */
function bylineBracketAfterHead(text: string, vocabulary: Vocabulary): number {
  let open = -1;
  for (let i = MIN_GLUED_HEAD; i <= MAX_GLUED_HEAD && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28 /* ( */ || code === 0xff08 /* （ */) {
      open = i;
      break;
    }
  }
  if (open < 0) return -1;
  const head = text.slice(0, endBeforeSpaces(text, 0, open));
  if (head.length < MIN_GLUED_HEAD || NOT_IN_HEAD_BEFORE_BYLINE.test(head) || OUTLET_BEFORE_BYLINE.test(head) || matchLead(text, vocabulary) !== null) return -1;
  const opening = openingBylineOf(text.slice(open), vocabulary);
  // (A role and a name, or names beside the word for their work: `(邓云东 文/图)`.)
  if (opening === null || opening.byline === null) return -1;
  if (!opening.byline.people.some((person) => person.role !== null && person.name !== null) && !namesTheirWork(opening.byline.inner)) return -1;
  return text.length - open - opening.length >= MIN_TEXT_AFTER_HEAD ? open : -1;
}

/** Shortest text after a unit's colon read as the unit's paragraph, not a title. */
const MIN_TEXT_AFTER_UNIT = 40;

/**
 * A roundup's entry: the unit and its colon glued to the head of its paragraph, `张渚镇:端午近,粽飘香。6月7日,…`, cut
 * into the unit's header and the text. The text after the colon is long, its first clause ends within forty characters
 * and before any white space (a title would run on without a mark, or part from its text by a space), and it holds a full
 * stop; null where the line is not cut.
 */
function unitColonBeforeText(line: SourceLine, vocabulary: Vocabulary): [SourceLine, SourceLine] | null {
  const text = line.content;
  if (text.length < MIN_TEXT_AFTER_UNIT + 3) return null;
  // (headerColon() reads only the first characters, and asks for a name only where it finds a colon.)
  const colon = headerColon(text, vocabulary);
  // (A place's: a roundup's entries are its towns' and communities'. An office before its colon opens what it said, a reply
  // below a reader's letter: `XX社区工作站:此小区…`, the letter's item's text.)
  if (colon < 0 || !PLACE_UNIT_END.test(text.slice(0, colon))) return null;
  let at = colon + 1;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (text.length - at < MIN_TEXT_AFTER_UNIT || !text.includes('。', at)) return null;
  // (The first clause ends within a title's length: a run of forty characters and more without a mark is a title's.)
  for (let i = at; i < text.length && i < at + MAX_GLUED_HEAD; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) return null;
    if (CLAUSE_MARKS[code] === 1) return matchLead(text.slice(at), vocabulary) === null ? cutLine(line, colon + 1, at) : null;
  }
  return null;
}
const CLAUSE_MARKS = codeUnitTable([...',，。！？!?；;']);
/** A place's unit, ending its name: a town, township, street, village, community. */
const PLACE_UNIT_END = /(?:镇|乡|街道|村|社区)$/u;

/** Where `text[from, to)` ends without the white space at its end. */
function endBeforeSpaces(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Where a header's colon is (`柳岸社区:`, `江城市第1中学:`: a name may hold a digit, as the header's reader takes it), the
 * name before it an organisation's, or -1.
 */
function headerColon(text: string, vocabulary: Vocabulary): number {
  for (let i = 2; i <= 16 && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a /* : */ || code === 0xff1a /* ： */) return isOrganisationName(text.slice(0, i), vocabulary) ? i : -1;
  }
  return -1;
}
