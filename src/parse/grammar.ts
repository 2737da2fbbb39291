// What an item is, as a table a reader can follow: the labels a line can
// take, which label may follow which, and what each costs given the line's
// facts. label.ts finds the cheapest sequence for a block of lines.
//
//   [kicker] (header | [organisation] headline [headline] | organisation) [subtitle]* [meta]* [caption]* [byline-before]*
//   (or, without a head, a web-copy line naming the authors: meta)
//   body (body | subheading body | picture)* [byline]* [credit]* [continuation]
//   (a picture: a caption with its photo credit glued, printed inside the text, which goes on below it)
//
// or a headerless item: body-new (body)* [byline | credit]*. Between items:
// section, page, editor, directive and furniture lines, and unassigned text.

import type { LineFacts } from './features.js';
import type { CreditMatch, GluedTail } from './bylines.js';
import { COMMON_SURNAMES, isMediaName } from './people.js';
import { COLUMN_WORDS, isLetterSpaced, opensWithPictureNumber, HAN_CHARACTER, NEWS_TIME_WORDS, ORIGINAL_TITLE_LINE, SENTENCE_END, SENTENCE_FINAL_MARKS, SENTENCE_INSIDE, endsSentence, hasColon, hasSentenceMark, isReaderQuestion, isSpace, isButtonRow, namesAPicture, namesTheCopyAlone, describesScene, WEB_FIELD_OPENING, WRITTEN_BY } from './patterns.js';

export type Label =
  | 'section'
  | 'page'
  | 'editor'
  | 'directive'
  | 'furniture'
  | 'unassigned'
  | 'kicker'
  | 'organisation'
  | 'header'
  | 'headline'
  | 'subtitle'
  | 'meta'
  | 'byline-before'
  | 'caption'
  | 'body-new'
  | 'body'
  | 'subheading'
  | 'picture'
  | 'byline'
  | 'credit'
  | 'continuation';

export const LABELS: readonly Label[] = [
  'section', 'page', 'editor', 'directive', 'furniture', 'unassigned',
  'kicker', 'organisation', 'header', 'headline', 'subtitle', 'meta', 'byline-before', 'caption',
  'body-new', 'body', 'subheading', 'picture', 'byline', 'credit', 'continuation',
];

/** Labels outside any item. */
const OUTSIDE = new Set<Label>(['section', 'page', 'editor', 'directive', 'furniture', 'unassigned']);
/** Labels after which the open item may take no more body. */
const END = new Set<Label>(['byline', 'credit', 'continuation']);

export function isOutside(label: Label): boolean {
  return OUTSIDE.has(label);
}

/** The line is people's names alone, each opening with a common surname (`林小禾`, `曹蓉 彭晓`), no unit's name. */
function isWritersNameAlone(f: LineFacts): boolean {
  return f.signature !== null && f.organisation === null && f.signature.people.every((person) => person.name !== null && COMMON_SURNAMES.has(person.name[0]!));
}

/** Labels of an item's head, before its body; compared one by one, as the labeller asks millions of times. */
function isHead(label: Label | null): boolean {
  // (Null, the page's start, first: V8 compares a label with a word by reference, fast, only at a comparison that has
  // never seen a null, and the page's start is asked about too.)
  if (label === null) return false;
  switch (label) {
    case 'kicker': case 'organisation': case 'header': case 'headline': case 'subtitle': case 'meta': case 'byline-before': case 'caption':
      return true;
    default:
      return false;
  }
}

/** Where a new item may start: at the page's start, between items, after a body or after an item's end. */
function mayStartItem(previous: Label | null): boolean {
  return previous === null || STARTS_AFTER.has(previous);
}
/** Outside any item, after an item's end, or after a body: where mayStartItem() says yes. */
const STARTS_AFTER = new Set<Label>([...OUTSIDE, ...END, 'body', 'body-new']);

/** Does `label` after `previous` open a new item? */
export function opensItem(previous: Label | null, label: Label): boolean {
  switch (label) {
    case 'kicker':
    case 'organisation':
    case 'body-new':
      return true;
    case 'header':
      return previous !== 'kicker';
    case 'headline':
      return previous !== 'kicker' && previous !== 'organisation' && previous !== 'headline';
    case 'byline-before':
    case 'meta':
    case 'caption':
      return previous === null || !isHead(previous);
    default:
      return false;
  }
}

/**
 * Costs are written in the table as decimals and returned in tenths, whole
 * numbers: the labeller asks for costs millions of times, and V8 returns a
 * whole number without allocating, a fraction as a new heap object. The
 * reasons that make a cost go into `why` when one is given, so the hot path
 * allocates nothing (a reason built from the line's words is passed as
 * `why && \`…\``: built only when reasons are asked for). IMPOSSIBLE is a whole
 * number too, beyond any sum of costs.
 */
export const IMPOSSIBLE = 1 << 24;

function say(why: string[] | undefined, value: number, reason?: string): number {
  if (why !== undefined && reason !== undefined) why.push(reason);
  return Math.round(value * 10);
}

/** The kinds of place whose names a writer varies by a character from paragraph to paragraph. */
const VARIED_KINDS = ['社区', '街道', '村', '镇', '乡'];

/**
 * Whether `text` names the organisation `name`, as printed or varied by one character before its kind: `东塘社区` in the
 * paragraph before, `东塘街社区` in this one (or the other way round) are one community.
 */
function namedIn(text: string | undefined, name: string): boolean {
  if (text === undefined) return false;
  if (text.includes(name)) return true;
  const kind = VARIED_KINDS.find((k) => name.endsWith(k));
  if (kind === undefined) return false;
  const stem = name.slice(0, name.length - kind.length);
  if (stem.length < 2) return false;
  if (stem.length >= 3 && text.includes(stem.slice(0, -1) + kind)) return true;
  return namesWithOneMore(text, stem, kind);
}

/**
 * `stem`, one Han character of the basic block, then `kind`, anywhere in `text`: what the regex
 * `${stem}[\u4e00-\u9fff]${kind}` (u flag) finds, without building one each time the labeller asks (a paragraph after a
 * paragraph). (Under the u flag a match never starts between the halves of a surrogate pair: a stem that opens with a
 * low surrogate is not found right after a high one.)
 */
export function namesWithOneMore(text: string, stem: string, kind: string): boolean {
  const opensWithLowSurrogate = isLowSurrogate(stem.charCodeAt(0));
  for (let at = text.indexOf(stem); at !== -1; at = text.indexOf(stem, at + 1)) {
    if (opensWithLowSurrogate && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) continue;
    const between = text.charCodeAt(at + stem.length);
    if (between >= 0x4e00 && between <= 0x9fff && text.startsWith(kind, at + stem.length + 1)) return true;
  }
  return false;
}
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The heading of a web copy's tags, alone on its line: `相关标签`, `标签:`, `关键词`. */
const TAGS_HEADING = /^(?:相关)?(?:标签|关键词|关键字)[:：]?$/u;
/** The longest such heading, `相关关键词:`: a longer line above is none, without the regex (every line is asked). */
const MAX_TAGS_HEADING = 6;
/** Words of no more than eight characters, parted by spaces, no sentence's marks: a list of tags. */
const TAG_WORDS = /^[^\s。，,；;:：!！?？]{1,8}(?:[ \u3000]+[^\s。，,；;:：!！?？]{1,8})*$/u;

/** What the labeller knows of a line besides its facts. */
export interface LineContext {
  /** The line's content (a piece of a line, where a page lost its line breaks). */
  text: string;
  facts: LineFacts;
  /** No line before this one was text of an item (or unassigned): the page's first lines. */
  pageTop: boolean;
  /** A blank line stands between this line and the one before (not so for pieces of one line). */
  afterBlank?: boolean;
  /** The line before's content, where one was read. */
  previousText?: string;
  /** What the line costs alone under each label, noted by the labeller the first time it labels the line. */
  prices?: LinePrices | null;
  /** Only paragraphs stand between this line and a news lead above it: a story's, which goes on (no lead of its own). */
  inLeadStory?: boolean;
  /** The line opens with a day inside the range of days a paragraph above opened with, only paragraphs between. */
  inDayRange?: boolean;
  /** Below a head, the line opens with another unit than the paragraph below the head before it did. */
  opensAnotherPart?: boolean;
  /** The line opens with a day or a unit that the first paragraph below the head above named, only paragraphs between. */
  namedByReport?: boolean;
  /** The line opens with a day below an untitled text's opening paragraph that named none, only paragraphs between. */
  toldOfOpening?: boolean;
  /** How many short lines without their sentence's end stand in a row right above this one (BulletinParser.shortLineRun). */
  shortLinesAbove?: number;
}

/** emission() of a line under each label (IMPOSSIBLE where it cannot take it), and the labels it can take as bits. */
export interface LinePrices {
  costs: number[];
  labels: number;
}

/** A line in brackets is a note or a byline, never a headline: `(东坡小学四年级)`. */
const BRACKETED = /^[(（[【].*[)）\]】]$/u;
/** BRACKETED.test(text), the regex asked only of a line that opens with a bracket (few do; every short line is asked). */
function isBracketed(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 0x28 /* ( */ || first === 0xff08 /* （ */ || first === 0x5b /* [ */ || first === 0x3010 /* 【 */) && BRACKETED.test(text);
}

/** A colon or a bar, as a web copy's fields part their names from their values. */
export function holdsFieldMark(text: string): boolean {
  return hasColon(text) || text.includes('|') || text.includes('｜') || text.includes('丨');
}

/** What an e-paper calls itself at its top: no column. */
const EPAPER_WORDS = new Set(['数字报', '电子报', '数字版', '电子版']);
/** An outlet's app or cloud platform: `江城日报客户端`, `江北党媒云`. */
const OUTLET_APP = /^\p{Script=Han}{2,10}(?:客户端|党媒云|融媒云)$/u;

/** Longest column name a line at the page top is taken for: `社区动态`, `一周快报`, `教育短波`, `城事·社区动态`. */
const MAX_COLUMN_NAME = 10;

/** A line that may be only a column's name (`社区动态`, `学生新闻`): short, unpunctuated, ending in a column word. */
export function mayNameColumn(text: string, f: LineFacts): boolean {
  return f.titleLike && !f.punctuated && f.length <= MAX_COLUMN_NAME && COLUMN_WORDS.test(text);
}

/** Longest column name below another in a site's path printed a line a level (`学子风采` / `学生新闻`); a title is longer. */
const MAX_DEEPER_COLUMN = 6;

/** What a kicker never holds: a colon (it would be a header) or an @ (a handle). A loop over a short line, not a regex's call. */
function hasColonOrAt(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a /* : */ || code === 0xff1a /* ： */ || code === 0x40 /* @ */) return true;
  }
  return false;
}

/** Longest sub-heading. */
const MAX_SUBHEADING = 30;
/** Longest caption line: longer text above a lead is a paragraph. */
const MAX_CAPTION = 60;
/** Longest caption a byline may follow: a picture's sentence, not a paragraph. */
const MAX_CAPTION_ABOVE_BYLINE = 30;
/** Longest sentence of a picture's caption that says it is one, `图为…`, its credit glued, between a text's paragraphs. */
const MAX_PICTURE_SENTENCE = 80;
/** Longest caption that may stand above a paragraph that is no lead, and the shortest such paragraph. */
const MAX_SHORT_CAPTION = 15;
/** Longest caption, its full stop counted, too short for an item's text: fewer than the eight characters a body opens with. */
const MAX_TINY_CAPTION = 8;
const MIN_PARAGRAPH_BELOW_CAPTION = 40;
/**
 * Shortest finished paragraph that is some item's text wherever it stands, stray text only at a higher cost: a sentence
 * of forty characters (a text below a photo item's credit is an item of its own).
 */
const MIN_WHOLE_PARAGRAPH = 40;
/** A paragraph cut off this long, sentences inside, is text too: stray lines of a page are short. */
const MIN_CUT_PARAGRAPH = 80;
/** A news-only word of time opening a line, before its comma: `近日,…` (not `今天`, which opens a diary too). */
const NEWS_TIME_WORD = new RegExp(`^(?:${NEWS_TIME_WORDS.join('|')})[,，]`, 'u');
/**
 * A season's time opening a line, before its comma: `深秋时节,…`, `金秋十月,…` (a photo set's lead-in between its
 * captions opens with the season its pictures show, as a report's with `近日`).
 */
const SEASON_OPENING = /^(?:[\u4e00-\u9fff]{2}时节|[金深初盛仲隆寒早暮阳][秋夏冬春][一二三四五六七八九十]{1,2}月)[,，]/u;

/** Longest caption of one clause read as a picture's above the text (LineFacts.oneClause). */
const MAX_ONE_CLAUSE_CAPTION = 24;

/**
 * A caption of a few words closed by a full stop (`队员们合影留念。`), or of one clause without a comma
 * (`工作人员为居民拍下一张全家福。`) that opens as no news paragraph does (`柳岸社区近日举办邻里节。` is a brief's text):
 * the text may follow it without a lead. (A longer `图为…` is the text's first paragraph, as the conventions read it.)
 */
function isShortCaption(facts: LineFacts): boolean {
  return facts.endsWithFullStop && (facts.length <= MAX_SHORT_CAPTION || (facts.oneClause && !facts.opensLikeNews && !facts.photoCaption && facts.length <= MAX_ONE_CLAUSE_CAPTION));
}
/** Longest lines of a title broken over two: a subtitle is longer (`敦化路街道探索“1+1+2+N”模式,赋能基层治理`). */
const MAX_TITLE_FIRST_LINE = 16;
const MAX_TITLE_SECOND_LINE = 12;
/** Longest line without its sentence's end read as a title's, not a paragraph's, where a blank line parts it from the text. */
const MAX_TITLE_ABOVE_BLANK = 30;
/** Shortest line read as a whole paragraph set on one line below a short line: wider than a paper's column. */
const MIN_ONE_LINE_PARAGRAPH = 40;
/** Fewest short lines in a row that are labels or phrases, not a head (a head is a headline and its kicker at most). */
export const MIN_SHORT_LINE_RUN = 3;
/**
 * An opening quotation mark or bracket at a line's end, white space aside (`/[“‘「『(（《【[]\s*$/u`, read from the end: the
 * regex, anchored at the end only, would try every position of the line).
 */
function endsWithOpener(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const last = text.charCodeAt(i);
  return last === 0x201c /* “ */ || last === 0x2018 /* ‘ */ || last === 0x300c /* 「 */ || last === 0x300e /* 『 */ || last === 0x28 /* ( */ || last === 0xff08 /* （ */ || last === 0x300a /* 《 */ || last === 0x3010 /* 【 */ || last === 0x5b /* [ */;
}
/** Longest picture label (a caption without its full stop: `志愿者为老人服务`). */
const MAX_LABEL = 20;


/** A clause's mark: a quotation of clauses closed by a full stop inside its marks is speech (spokenQuote()). */
const CLAUSE_MARK = /[,，;；]/u;
/** A sentence's end inside a quotation line, before the marks that close it: the speech of someone, not a title. */
const SENTENCE_END_INSIDE_QUOTE = new RegExp(`[${SENTENCE_FINAL_MARKS}](?=.*[^${SENTENCE_FINAL_MARKS}”"」』])`, 'u');
/** Shortest line closed by a credit that is a caption for certain, not a stray line of a page's furniture. */
const MIN_CREDITED_CAPTION = 20;

/** What opens a paragraph that carries a text on (at the end of the event, afterwards, besides), never a text's first. */
const GOES_ON_OPENING = /^(?:活动(?:的)?最后|最后|随后|此外|另外|与此同时|同时)[,，]/u;

function spokenQuote(text: string): boolean {
  // (So is one of clauses closed by a full stop inside its marks, `“灭火要紧,命令你们…,扑火队马上赶到。”`: a headline's
  // quotation with a full stop says one thing, `“这条路终于不再坑坑洼洼了。”`.)
  return (text.charCodeAt(text.length - 2) === 0x3002 /* 。 */ && CLAUSE_MARK.test(text)) || SENTENCE_END_INSIDE_QUOTE.test(text.slice(1, -1));
}

/** A caption without its full stop, in Chinese: a picture's label (`志愿者为老人服务`), not its file's name (`图片1.png`). */
function isPictureLabel(line: LineContext): boolean {
  // (`受伤的狍鹿。图片由受访者提供`: a sentence and who supplied the picture, a caption's sentence still; `微信图片_1.jpg`
  // a picture's file, whatever its name.)
  return !line.facts.endsSentence && !line.facts.endsWithFullStop && HAN_CHARACTER.test(line.text) && !line.facts.pictureFile;
}

/** `▲`/`△`/`↑`/`↓` before a caption: the picture above, below or beside it. */
function isPictureMark(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 0x25b2 /* ▲ */ || first === 0x25b3 /* △ */ || first === 0x2191 /* ↑ */ || first === 0x2193 /* ↓ */;
}

/**
 * A picture's label marked as one, by `▲` or `△` (its bullet), by the picture's number (`图1志愿者在清扫街道`) or as the
 * scene's stock label (`活动现场`), without a glued credit (a credit line is no picture: emission() refuses it).
 */
function isMarkedByBullet(facts: LineFacts): boolean {
  return facts.bullet !== null && isPictureMark(facts.bullet);
}
function isMarkedLabel(facts: LineFacts): boolean {
  return ((facts.bullet !== null && isPictureMark(facts.bullet)) || facts.markedPicture || facts.printedTwice || facts.labelBelowText) && facts.glued === null;
}

/**
 * What a picture shows, said without a credit: `图为…`, or its label in brackets (`【…合影】`). Like a marked label, it may
 * stand below the text's last paragraph.
 */
function isCaptionWithoutCredit(facts: LineFacts): boolean {
  return (facts.photoCaption && facts.glued === null) || (facts.label !== null && namesAPicture(facts.label));
}

/** A label below a paragraph that closes its text: one outside any item but a section (which stands above items), or the next item's opening. */
function endsText(label: Label): boolean {
  return (isOutside(label) && label !== 'section') || opensItem('body', label);
}

/** A caption's words before its glued credit at `end`, without the white space around them or a `▲` before them. */
function captionBefore(text: string, end: number): string {
  return text.slice(isPictureMark(text) ? 1 : 0, end).trim();
}

/**
 * A caption with its credit glued, above the text, that is the text's picture: a label (`惠民市集`) or a sentence too
 * short for an item's text (`农民收获泡椒。`). A whole sentence of eight characters or more, `居民在书屋读报。`, credited,
 * is a photo item of its own.
 */
function isPictureOfText(caption: string): boolean {
  return caption.length <= MAX_SHORT_CAPTION && (caption.length < MAX_TINY_CAPTION || !endsSentence(caption));
}

/** A caption with its credit glued, too short for an item's text: `活动现场。柳岸社区供图`. */
function isTinyCaption(f: LineFacts): boolean {
  return f.glued !== null && f.glued.credit !== null && f.glued.at <= MAX_TINY_CAPTION;
}

/**
 * A caption with its credit glued that is the picture of a text, not a photo item: too short for an item's text, or
 * credited to no one by name (`居民舞龙表演。通讯员 供图`: a role with no name gives no photographer, and a photo item
 * without one is no picture set's; two sites print their stories' pictures so, between the paragraphs as above the lead).
 */
function isTextsPictureCaption(f: LineFacts): boolean {
  return isTinyCaption(f) || isCreditedToNoName(f);
}

/** Its glued credit names a role and no one by name: `…。通讯员 供图`. */
function isCreditedToNoName(f: LineFacts): boolean {
  return f.glued?.credit != null && f.glued.credit.match.people.every((person) => person.name === null);
}

/** A caption's sentence opens with `这是` (this is), a picture's label (`图为…`) or a dateline. */
function opensAsCaptionSentence(line: LineContext): boolean {
  return line.facts.opensWithDateline || line.facts.photoCaption || line.text.startsWith('这是');
}

/**
 * `text` up to `end` (a glued credit's start), white space and a `▲` before it aside, is one sentence of at most
 * MAX_CAPTION_ABOVE_BYLINE characters, closed by its mark, with no sentence's end inside (asked only of the few lines
 * with a glued credit).
 */
function isOneShortSentence(text: string, end: number): boolean {
  return isOneSentence(text, end, MAX_CAPTION_ABOVE_BYLINE);
}
/**
 * The sentence before a glued credit reads as a picture's caption: one short sentence, or one of up to
 * MAX_PICTURE_SENTENCE characters that opens `图为…` with the text going on below it (it says in words what it is, and
 * a news site's runs long).
 */
function isPictureSentence(f: LineFacts, text: string): boolean {
  return isOneShortSentence(text, f.glued!.at) || (f.textBelow && isOneSentence(text, f.glued!.at, MAX_PICTURE_SENTENCE));
}
/** isOneShortSentence() with the longest sentence given. */
function isOneSentence(text: string, end: number, longest: number): boolean {
  const caption = captionBefore(text, end);
  if (caption.length < 2 || caption.length > longest || !endsSentence(caption)) return false;
  const inside = caption.replace(SENTENCE_END, '');
  for (const mark of SENTENCE_FINAL_MARKS) if (inside.includes(mark)) return false;
  return true;
}

/**
 * A photo set's caption opening with its hour or date (LineFacts.timedCaption): right below another, or the first of two
 * or more in a row (LineFacts.opensCaptionRun).
 */
function isSetCaption(f: LineFacts, previousFacts: LineFacts): boolean {
  return f.opensCaptionRun || (f.timedCaption && previousFacts.timedCaption);
}

/** `——` (or `—`, `--`) closing a line. */
function endsInDash(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x2014 /* — */ || (last === 0x2d /* - */ && text.charCodeAt(text.length - 2) === 0x2d);
}

/** A label's bit in the masks the labeller keeps, by its place in LABELS. */
function bitOf(label: Label): number {
  return 1 << LABELS.indexOf(label);
}
const SECTION_BIT = bitOf('section');
const PAGE_BIT = bitOf('page');
const EDITOR_BIT = bitOf('editor');
const DIRECTIVE_BIT = bitOf('directive');
const FURNITURE_BIT = bitOf('furniture');
const KICKER_BIT = bitOf('kicker');
const ORGANISATION_BIT = bitOf('organisation');
const HEADER_BIT = bitOf('header');
const HEADLINE_BIT = bitOf('headline');
const SUBTITLE_BIT = bitOf('subtitle');
const META_BIT = bitOf('meta');
const BYLINE_BEFORE_BIT = bitOf('byline-before');
const CAPTION_BIT = bitOf('caption');
const BODY_NEW_BIT = bitOf('body-new');
const BODY_BIT = bitOf('body');
const SUBHEADING_BIT = bitOf('subheading');
const PICTURE_BIT = bitOf('picture');
const BYLINE_BIT = bitOf('byline');
const CREDIT_BIT = bitOf('credit');
const CONTINUATION_BIT = bitOf('continuation');

/**
 * The labels a line's facts rule out, as bits by LABELS's order: for each, facts on which emission() returns IMPOSSIBLE
 * whatever else the line holds (a page's label without a page, a credit's without a credit, a kicker's on a sentence).
 * Most lines take a few labels only: the labeller asks this once and leaves the others unpriced instead of asking
 * emission() of each in turn. Exact: a test holds emission() IMPOSSIBLE for every label ruled out here; a label not ruled
 * out is priced by emission() as before.
 */
export function labelsRuledOut(line: LineContext): number {
  const f = line.facts;
  let out = 0;
  if (!line.pageTop || f.page !== null) out |= SECTION_BIT;
  if (f.page === null) out |= PAGE_BIT;
  if (f.editor === null) out |= EDITOR_BIT;
  if (f.directive === null) out |= DIRECTIVE_BIT;
  // (A table's border is furniture of no words; a tag's line stands below a short heading, the previous line.)
  if (f.furniture === null && !f.label && (line.previousText === undefined || line.previousText.length > MAX_TAGS_HEADING)) out |= FURNITURE_BIT;
  const noTitle = !f.titleLike || f.sentenceInside || f.lead !== null || f.byline !== null || f.credit !== null;
  if (noTitle) out |= KICKER_BIT;
  if (f.organisation === null || f.furniture !== null) out |= ORGANISATION_BIT;
  if (f.header === null) out |= HEADER_BIT;
  // (A line in brackets is a headline priced so; a long line may be a web copy's title at the page's top.)
  if (!f.label && ((!f.titleLike && !line.pageTop) || f.sentenceInside || f.lead !== null || f.byline !== null || f.credit !== null || f.page !== null || f.editor !== null || f.pictureFile)) out |= HEADLINE_BIT;
  if (!f.subtitle && (noTitle || f.editor !== null)) out |= SUBTITLE_BIT;
  if (f.editor === null && f.furniture === null && f.page !== '') out |= META_BIT;
  // (A name alone signs a text; a credit alone may stand above it.)
  if (f.byline === null && f.signature === null) out |= f.credit === null ? BYLINE_BIT | BYLINE_BEFORE_BIT : BYLINE_BIT;
  // (Only a caption with its credit glued may hold a byline, a credit, a glued tail, a directive, furniture or many words.)
  if (f.lead !== null || f.header !== null || f.page !== null || f.editor !== null || (!f.glued?.credit && (f.byline !== null || f.credit !== null || f.glued !== null || f.directive !== null || f.furniture !== null || (f.length > MAX_CAPTION && !f.pictureFile)))) out |= CAPTION_BIT;
  if (f.page !== null || f.directive !== null || f.editor !== null) out |= BODY_NEW_BIT | BODY_BIT | SUBHEADING_BIT;
  if (f.furniture === 'no words' || !f.titleLike || f.sentenceInside || f.lead !== null || f.length > MAX_SUBHEADING || f.endsClause || f.byline !== null || f.photoCaption || f.pictureFile) out |= SUBHEADING_BIT;
  // (A picture is told by the title again, furniture, a file, a label, a mark, people at work, 图为 or a glued credit.)
  if (!f.repeatsTitle && f.furniture === null && !f.pictureFile && f.label === null && f.bullet === null && !f.markedPicture && !f.printedTwice && !f.labelBelowText && !f.peopleAtWork && !f.photoCaption && !f.glued?.credit) out |= PICTURE_BIT;
  if (f.credit === null) out |= CREDIT_BIT;
  if (!f.continuation) out |= CONTINUATION_BIT;
  return out;
}

/** `该街道` (the said sub-district), `此次`, `这次`, `本次` (this time): words that point back at what a text told of. */
const REFERS_BACK = /^(?:该(?:街道|社区|镇|乡|村|校|院|局|中心|公司|县|区|市)|此次|这次|本次)/u;
/**
 * `今天,少先队大队部又组织开展了…`: the day or the unit, then 又 (again) before what it did, in the opening clause: it did
 * so before, as the text above told.
 */
const DOES_AGAIN = /^(?:[^,，。!！?？]{1,8}[,，])?[^,，。!！?？]{0,20}?又(?:组织|开展|举办|举行|来到|走进|召开)/u;
/** DOES_AGAIN.test(text), without the regex where no 又 stands among the opening clause's characters. */
function doesAgain(text: string): boolean {
  const again = text.indexOf('又');
  return again !== -1 && again <= 29 && DOES_AGAIN.test(text);
}

/** How well a line fits a label, alone. */
export function emission(line: LineContext, label: Label, why?: string[]): number {
  const f = line.facts;
  // (A line of a text printed a clause a line is text: no head, label or line about the page, however short.)
  if (f.verse) {
    if (label !== 'body' && label !== 'body-new') return IMPOSSIBLE;
    say(why, 0, 'one of a text printed a clause a line');
  }
  switch (label) {
    case 'section':
      if (!line.pageTop) return IMPOSSIBLE;
      // `第5版 社区新闻` is a page line, whose name the page label keeps (`社区新闻`), not the whole line.
      if (f.page !== null) return IMPOSSIBLE;
      // `【资料图】`, `【示意图】` say what a picture is, not which column the page is (`【图片新闻】` is one).
      if (f.label) return namesAPicture(f.label) ? IMPOSSIBLE : say(why, 0, line.text.startsWith('【') ? 'a column label in brackets' : "a column's name and the issue's day");
      // (A photo credit names who took a picture, never a column: `本报记者 钟岳 摄` at the page top is some picture's.)
      if (!f.titleLike || f.punctuated || f.length > 16 || f.quote || f.header?.strong || f.credit || !HAN_CHARACTER.test(line.text)) return IMPOSSIBLE;
      // A reader's list of pages or titles names other pages' columns (`01版` / `要闻`), not this one's; a site's button
      // (`推荐新闻`) names none.
      if (f.furniture === 'table of contents' || f.furniture === 'page list' || f.furniture === 'navigation') return IMPOSSIBLE;
      // (Nor the outlet's name, the site's or the paper's own head: `人民网`, `江城融媒`, `数字报`.)
      if (isMediaName(line.text) || EPAPER_WORDS.has(line.text) || OUTLET_APP.test(line.text)) return IMPOSSIBLE;
      if (mayNameColumn(line.text, f)) return say(why, -0.8, 'first line, short, a column word');
      // (`今 日 上 虞`: a paper prints its column's head letter-spaced, as it prints no headline.)
      if (f.furniture === null && isLetterSpaced(line.text)) return say(why, -0.8, "first line, letter-spaced: a column's head");
      if (f.namesChannel) return say(why, -0.8, "first line, short: a channel's name above its title and date line, or above its English name");
      // `东湾县柳岸镇青石村舞龙闹元宵`: a unit's name and what it did is a headline; a column is named by no unit at work.
      if (f.opensWith !== null && f.organisation === null) return IMPOSSIBLE;
      return say(why, 2.2, 'first line, short, unpunctuated') + (f.couplet ? say(why, 1.0, "two matched halves: a headline's couplet") : 0);
    case 'page':
      return f.page !== null ? say(why, 0, 'a page line') : IMPOSSIBLE;
    case 'editor':
      return f.editor !== null ? say(why, 0, 'an editor line') : IMPOSSIBLE;
    case 'directive':
      return f.directive !== null ? say(why, 0, 'a directive') : IMPOSSIBLE;
    case 'furniture':
      if (f.furniture !== null && f.furniture !== 'no words') return say(why, 0.2, f.furniture);
      // `相关标签` / `王坤 志愿者 志愿服务`: the copy's tags, words apart, below their heading.
      if (line.previousText !== undefined && line.previousText.length <= MAX_TAGS_HEADING && TAGS_HEADING.test(line.previousText) && TAG_WORDS.test(line.text)) return say(why, 0.2, 'tags below their heading');
      if (f.label) return say(why, 0.5, 'a label in brackets');
      return IMPOSSIBLE;
    case 'unassigned':
      if (f.furniture === 'no words') return say(why, 0.3, 'no words');
      // A paragraph that opens with a news lead is an item's text: a run of stray lines around it does not take it in.
      if (f.lead) return say(why, 5.2, 'fits nothing better, yet opens with a news lead');
      // A whole paragraph of sentences is some item's text, even one that opens like no news item.
      if (f.endsSentence && f.length >= MIN_WHOLE_PARAGRAPH) return say(why, 5.0, 'fits nothing better, yet a whole paragraph');
      // So is a long paragraph of sentences cut off before its last one ended (a copy stored cut short).
      if (f.length >= MIN_CUT_PARAGRAPH && hasSentenceMark(line.text)) return say(why, 5.0, 'fits nothing better, yet a paragraph of sentences cut off');
      // So is a sentence that opens with a news dateline (`近日,各地举行…。`: a photo set's lead-in between its captions),
      // dearer than a news item that opens with a dateline only. (`今天天气很好。` opens as a diary does too.)
      // (Or with the season the pictures show: `深秋时节,田间一派忙碌。`.)
      if (f.endsSentence && (f.opensWithDate || NEWS_TIME_WORD.test(line.text) || SEASON_OPENING.test(line.text))) return say(why, 5.5, 'fits nothing better, yet a dated sentence');
      // So is a caption closed by its picture's credit (`9月23日,…作业。 新华社记者 X 摄`): a picture's, some item's.
      if (f.glued?.credit && f.length >= MIN_CREDITED_CAPTION) return say(why, 5.5, "fits nothing better, yet a caption with its picture's credit");
      return say(why, 3.2, 'fits nothing better');
    case 'kicker':
      if (!f.titleLike || f.sentenceInside || f.lead || f.byline || f.credit || hasColonOrAt(line.text)) return IMPOSSIBLE;
      // A line that ends in a dash leads into the title below it (`451户征迁户将得到过节物资——`): a kicker's typography.
      if (endsInDash(line.text)) return say(why, 0.5, 'ends in a dash, leading into the title');
      if (f.punctuated) return say(why, 3.0, 'short, no sentence end; punctuated');
      return say(why, 2.2, 'short, no sentence end') + (f.couplet ? say(why, 1.0, "two matched halves: a headline's couplet") : 0);
    case 'organisation':
      // (`欢迎光临XX政府网站`: a site's greeting names its owner, and is the site's furniture.)
      return f.organisation !== null && f.furniture === null ? say(why, 0.8, 'an organisation alone on its line') : IMPOSSIBLE;
    case 'header':
      if (!f.header) return IMPOSSIBLE;
      // `XX社区:` alone is as likely the organisation line above a title (`XX社区:` / `邻里节送温暖`): the line below decides.
      if (f.header.title === '') return say(why, 2.0, 'organisation and colon, no title');
      // `东湾区:林小雨 周宁 报道`: where a report comes from, then who filed it, is a byline, not a unit and its title.
      if (f.byline !== null) return say(why, 5, 'reads as a byline');
      return f.header.strong ? say(why, 0, 'organisation, colon, title') : say(why, 1.0, 'organisation, space, title');
    case 'headline': {
      // (`【资料图】`: a label in brackets that says what a picture is names no item, at the page's top as below a head.)
      if (f.label) return namesAPicture(f.label) ? IMPOSSIBLE : say(why, 3, 'a label in brackets');
      if (isBracketed(line.text)) return IMPOSSIBLE;
      // (`原标题:TITLE` names a title, and is none: the parser gives its words to the page's first item.)
      if (line.text.charCodeAt(0) === 0x539f /* 原 */ && ORIGINAL_TITLE_LINE.test(line.text)) return IMPOSSIBLE;
      // (An editor's line, `终审:赵六`, is no title, as it is no subtitle.)
      // (A web copy's title may run past a paper's length, at the page's top: `柳岸镇柳岸村关工委开展 “…”义务植树活动`.)
      const longTitleAtTop = !f.titleLike && line.pageTop && isLongTitle(line.text);
      if ((!f.titleLike && !longTitleAtTop) || f.sentenceInside || f.lead || f.byline || f.credit || f.page !== null || f.editor !== null || !HAN_CHARACTER.test(line.text) || f.pictureFile) return IMPOSSIBLE;
      // (A quotation that ends a sentence inside it is someone's speech, not a headline: `“您好!我们是普查员,请您配合!”`.)
      if (f.quote) return spokenQuote(line.text) ? IMPOSSIBLE : say(why, 0.6, 'a quotation alone on its line');
      // (The channel's name above its title and the copy's date line, or above its English name, heads no item.)
      // (Nor a web copy's fields, `发布时间 | 2025-05-26 责任编辑 | X`; a paper's name alone may stand where a title would.)
      if (f.namesChannel || namesTheCopyAlone(line.text) || (f.furniture === 'web copy line' && holdsFieldMark(line.text))) return IMPOSSIBLE;
      // `图为比赛场景`, `图①:…`: says what a picture shows, as no title does.
      if (f.photoCaption) return IMPOSSIBLE;
      // `时间:DATE 来源:SITE`: a web copy's fields are never its title, even with no title above the text.
      if (f.furniture === 'web copy line' && WEB_FIELD_OPENING.test(line.text)) return IMPOSSIBLE;
      // Nor its buttons and prompts (`扫描二维码 分享`, `设为首页`), whatever the line was read as first.
      if (f.furniture !== null && isButtonRow(line.text)) return IMPOSSIBLE;
      // A line that ends by opening a quotation or a bracket was cut off in the middle of a sentence: no title.
      if (endsWithOpener(line.text)) return IMPOSSIBLE;
      let value = longTitleAtTop ? say(why, 2.0, "long, no sentence end, at the page's top") : say(why, 1.0, 'short, no sentence end');
      if (endsInDash(line.text)) value += say(why, 1.5, 'ends in a dash: leads into a title');
      if (f.punctuated) value += say(why, 0.8, 'punctuated');
      if (f.length <= 3) value += say(why, 1.5, 'very short');
      if (f.furniture !== null) value += say(why, 2, f.furniture);
      // `社区动态`, `创城动态` at the top of a page name the column, not an item; a headline may end in such a word too
      // (`…展学子风采`), but a column's name is short.
      if (line.pageTop && f.length <= MAX_COLUMN_NAME && COLUMN_WORDS.test(line.text)) value += say(why, 2, 'at the page top, a column word');
      return value;
    }
    case 'subtitle':
      if (f.subtitle) return say(why, 0.2, 'opens with a dash');
      // (A count alone, `7556`, says how often the copy was read: no words of a title, as a headline needs them too.)
      return f.titleLike && !f.sentenceInside && !f.lead && !f.byline && !f.credit && f.editor === null && HAN_CHARACTER.test(line.text) ? say(why, 2.6, 'short, no sentence end') : IMPOSSIBLE;
    case 'meta':
      // A web copy prints its editor between the headline and the text (`编辑:赵华生`), with its date and buttons.
      if (f.editor !== null) return say(why, 0.2, 'an editor line');
      // A stray mark with no words below the head (a backslash, what a web copy left of a picture) is the copy's, not the text's.
      if (f.furniture === 'no words') return say(why, 0.3, 'no words');
      // (`版次:03 作者:DATE` below the headline: an e-paper copy's page number, naming no column, is the copy's line.)
      if (f.page === '') return say(why, 0.3, 'a page number without its column');
      return f.furniture !== null ? say(why, 0.2, f.furniture) : IMPOSSIBLE;
    case 'byline-before':
    case 'byline':
      // `□记者 孔越/文` / `林小雨/图`: the photographer's credit may stand with the byline above the text
      // (allowedTransition() keeps it below the head).
      if (!f.byline) {
        // `林小禾`, `曹蓉 彭晓` alone below a finished text: its writers' signature (allowedTransition() asks what stands above).
        if (label === 'byline' && f.signature) return say(why, 1.0, f.organisation !== null ? "a unit alone: the sender's signature" : f.signature.people.length > 1 ? "names alone: the writers' signature" : "a name alone: the writer's signature");
        // `TITLE` / `林小禾` / `DATE` / text: a web copy prints its writer's name alone below the head (allowedTransition()
        // keeps it there); a common surname first, as a label or a kicker of two or three characters seldom has.
        if (label === 'byline-before' && isWritersNameAlone(f)) return say(why, -0.5, 'a name alone below the head');
        return label === 'byline-before' && f.credit && !f.lead ? say(why, 0.5, why && `a credit above the text (${f.credit.verb})`) : IMPOSSIBLE;
      }
      // `本报记者 孔越 摄` reads as a byline too, but its people took the pictures: a credit, which stands after the caption.
      if (label === 'byline-before' && f.credit) return IMPOSSIBLE;
      return say(why, f.byline.form === 'brackets' ? 0 : f.byline.form === 'marker' ? 0.2 : 0.5, why && `a byline (${f.byline.form})`);
    case 'credit':
      return f.credit ? say(why, 0, why && `a credit (${f.credit.verb})`) : IMPOSSIBLE;
    case 'caption':
      // A photo's caption between the headline and the lead (`图为居民…`, `image.png`): never a lead, header, byline or credit itself,
      // and without a credit of its own (`…邻里联欢。 袁朗 摄` is a photo item), unless the caption is too short to be an item's
      // text: a label or a sentence of a few words (`农民采收茶叶。记者 范澄 摄`) is the picture of the text below
      // (isPictureOfText()), as is one credited to no name (`…。通讯员 供图`).
      if (f.glued?.credit && !f.lead && !f.header && f.page === null && f.editor === null && (isPictureOfText(captionBefore(line.text, f.glued.at)) || isCreditedToNoName(f))) {
        return say(why, 0.5, "a short caption, its credit glued: the text's picture");
      }
      // (A picture's file is as long as the caption a site made its name of: `3,山里的村医…入户检查.jpg`.)
      if (f.lead || f.header || f.byline || f.credit || f.glued || f.page !== null || f.editor !== null || f.directive !== null || (f.length > MAX_CAPTION && !f.pictureFile)) return IMPOSSIBLE;
      // A web copy's date, buttons and notices are its lines, not the picture's (`• 下一篇`, `29.01.2015 12:38`).
      if (f.furniture !== null) return IMPOSSIBLE;
      // `(资料图)`, `【资料图】` below the head: what the text's picture is.
      if (f.label !== null && namesAPicture(f.label)) return say(why, 0.2, "a picture's label in brackets");
      if (f.labelRun) return say(why, 0.2, "one of a run of short lines above a long paragraph: pictures' labels");
      // `1.图为…`, `图2 志愿者在清扫街道`, `活动现场`: marked as a picture's label by its number or words.
      if (f.markedPicture && !f.sentenceInside) return say(why, 0.2, "a picture's label, numbered or the scene's");
      // The page's title printed again above a picture, its number after it or not (`TITLE` / `TITLE(2)`): the picture's
      // label (allowedTransition() asks where it stands and what may follow; a picture's file, or `图片`, is priced below).
      if (f.repeatsTitle && f.titleLike && !f.pictureFile) return say(why, 1.0, "the title again: a picture's label");
      // A caption is a sentence, or the name of the picture's file (`image.png`, `微信图片_20210926112557.jpg`). A short line
      // without its full stop is a title, except as a picture's label below a web copy's lines (allowedTransition() asks
      // where it stands).
      if (f.pictureFile) return say(why, 0.5, "a picture's file");
      if (isPictureLabel(line)) {
        return f.titleLike && !f.punctuated && f.length <= MAX_LABEL ? say(why, 1.0, "short, no sentence end: a picture's label") : IMPOSSIBLE;
      }
      return say(why, 0.5, 'a sentence above the lead');
    case 'continuation':
      return f.continuation ? say(why, 0, 'a continuation marker') : IMPOSSIBLE;
    case 'picture':
      // A picture printed inside a story: its caption, the photo credit glued (`…讲解垃圾分类。记者方舟 摄`), the
      // story going on below it. `▲` (the picture above) is how papers mark such a caption.
      // Such a caption is one short sentence (`独“橘”匠心便民修车点。`); a longer text with a credit is a photo item's, which
      // ends its item (`…在欢声笑语中迎接自己的节日。 通讯员X摄`, the next picture's caption below).
      // The title printed again between two paragraphs stands where a picture was (its alt text, which a web copy keeps):
      // the text goes on below it.
      // (A byline or a credit printed again is that line: every caption of a photo page may close with the same `X 摄`.)
      if (f.repeatsTitle && !f.glued && !f.lead && !f.byline && !f.credit && f.page === null && f.editor === null) return say(why, 0.4, 'the title again, where a picture was');
      // `图2` between two paragraphs: the number of the picture printed there, which its caption below names again.
      if (f.furniture === 'picture number') return say(why, 0.2, "a picture's number");
      // `(青石村志愿者在村口合影留念)` between two paragraphs: a picture's caption in round brackets, as a web copy prints
      // it under the picture (a note after a byline, `(东坡小学四年级)`, is shorter; one with a field's colon,
      // `(摄影:UNIT NAME)`, is a credit or a source).
      if (f.furniture === 'note in brackets' && f.length >= MIN_BRACKETED_CAPTION && !hasColon(line.text)) return say(why, 0.4, "a picture's caption in brackets");
      // `image2.jpg` between two paragraphs: the file of the picture printed there.
      if (f.pictureFile) return say(why, 1.0, "a picture's file");
      // `【资料图】` between two paragraphs: the label of a file picture printed there.
      if (f.label !== null && namesAPicture(f.label)) return say(why, 0.2, "a picture's label in brackets");
      if (f.lead || f.header?.strong || f.byline || f.credit || f.page !== null || f.editor !== null || f.directive !== null) return IMPOSSIBLE;
      // `▲在楼道清扫的志愿者们`: a label marked as a picture's, without a credit, between the paragraphs or below the last:
      // the story's picture, not a sub-heading, a unit's name or the next item's title.
      // (Marked ▲, a label may hold a sentence before the name of what is shown, unfinished: `▲现场表演。舞蹈《春来了》`.)
      if (isMarkedLabel(f) && (!SENTENCE_INSIDE.test(line.text) || (isMarkedByBullet(f) && !f.endsSentence)) && f.length <= MAX_CAPTION) return say(why, 0.2, f.markedPicture ? "a picture's label, numbered or the scene's" : f.printedTwice ? "a picture's label printed twice" : f.labelBelowText ? "a label below the text's last paragraph, no text below it" : "a picture's label marked ▲");
      if (f.peopleAtWork && f.glued === null) return say(why, 0.2, "a picture's label: people at work");
      // `图为柳岸村村民清理河道` between the paragraphs or below the last, no credit: what the story's picture shows.
      if (f.photoCaption && f.glued === null && !SENTENCE_INSIDE.test(line.text) && f.length <= MAX_CAPTION) return say(why, 0.3, "a picture's caption (图为…), no credit");
      // `图为雪山下成熟的青稞 摄影:龙小凤`, `套圈比赛 摄影 焦汉平`: such a caption or label written as a phrase, its credit after
      // it and white space, is the text's picture still.
      if (f.glued?.credit && f.creditedLabel) return say(why, 0.3, "a picture's label, its credit after it");
      // (`图为…` says in words that it is a picture's, and may run to a long sentence: `图为参加…活动的…人士走进…苗村参访,感受…新风貌。骆云飞 摄`.)
      if (!f.glued?.credit || !isPictureSentence(f, line.text)) return IMPOSSIBLE;
      if (isPictureMark(line.text)) return say(why, 0.2, "a caption marked ▲, its credit glued");
      // (`图为…` says so in words, as ▲ does by its mark.)
      return f.photoCaption ? say(why, 0.4, "a caption opening 图为, its credit glued") : say(why, 1.0, 'a caption of one sentence, its credit glued');
    case 'body':
    case 'body-new':
    case 'subheading':
      return bodyEmission(line, label, why);
  }
}

/** A unit's name opens the line, its verb of holding an event right after it: `柳岸社区开展…`, `东坡小学举办…`. */
const HOLDING_VERB = /^(?:开展|举办|举行|组织|召开)/u;
const CREDIT_VERB_AT_END = /(?:供图|摄影?)$/u;
function opensWithUnitHolding(text: string, unit: string): boolean {
  // (Not a picture's label with its credit after it, read or not: `XX村组织慰问高龄老人 XX村 供图`.)
  if (CREDIT_VERB_AT_END.test(text)) return false;
  const at = text.indexOf(unit);
  return at >= 0 && at <= MAX_AREAS_BEFORE_UNIT && HOLDING_VERB.test(text.slice(at + unit.length, at + unit.length + 2));
}
/** Most characters of areas before the unit at a head's start (`东湾区柳岸街道`, `蒙城县城关街道`). */
const MAX_AREAS_BEFORE_UNIT = 8;

function bodyEmission(line: LineContext, label: 'body' | 'body-new' | 'subheading', why: string[] | undefined): number {
  const f = line.facts;
  if (f.page !== null || f.directive !== null || f.editor !== null) return IMPOSSIBLE;
  let value = 0;
  if (f.furniture === 'no words') {
    // A stray mark inside a paragraph (`�`, `*`) stays with its item; between items it is unassigned.
    if (label !== 'body') return IMPOSSIBLE;
    value += say(why, 1.0, 'no words');
  } else if (f.furniture !== null) {
    value += say(why, 3, f.furniture);
  } else if (f.label !== null) {
    value += say(why, 3, 'a label in brackets');
  }
  // (A caption a site made a picture's file name of, `3,山里的村医…入户检查.jpg`, is where the picture was, not text.)
  // (So are several files in a row, `微信图片_1.jpg 微信图片_2.jpg`, which the spaces keep from reading as a short line.)
  if (f.pictureFile && (f.length > MAX_CAPTION || !f.titleLike)) value += say(why, 2, f.length > MAX_CAPTION ? "a picture's file named by its caption" : "pictures' files");
  if (f.byline) { value += say(why, 2.5, 'reads as a byline'); }
  if (f.credit) { value += say(why, 3, 'reads as a credit'); }
  // `图3 队员们检查线路。`: one short sentence after a picture's number is what the picture printed there shows, not the
  // text going on, though it closes with a full stop.
  if (label === 'body' && f.markedPicture && f.glued === null && f.length <= MAX_CAPTION && !f.sentenceInside && opensWithPictureNumber(line.text)) value += say(why, 0.5, "a picture's number before one sentence");
  // (One of the captions below a text's byline that open with the same words, `在柳岸社区,…。`, is no paragraph of it.)
  if (f.sharesOpening) value += say(why, 1.0, "a caption opening as the others below the byline do");
  if (f.header?.strong) { value += say(why, 3, 'reads as a header'); }
  if (f.continuation) { value += say(why, 3, 'a continuation marker'); }
  if (label === 'subheading') {
    // `(李 莉)`: names in brackets alone on their line end an item; no sub-heading is printed so.
    // (`图为…` says what a picture shows: no sub-heading, as it is no headline.)
    if (!f.titleLike || f.sentenceInside || f.lead || f.length > MAX_SUBHEADING || f.endsClause || f.byline !== null || f.photoCaption || f.pictureFile) return IMPOSSIBLE;
    // (A quotation that ends a sentence inside it is someone's speech, as it is no headline: `“哎,他多热心呢!还不收钱。”`.)
    if (f.quote && spokenQuote(line.text)) return IMPOSSIBLE;
    // (One that closes its own sentence, `“祝警察叔叔节日快乐!”`, between paragraphs is more often said than a heading.)
    if (f.quote && endsSentence(line.text)) value += say(why, 1.0, 'a quotation closing its own sentence');
    // A roundup heads each of its briefs with the place's or column's tag (`【贵州】TITLE`): a head, not a sub-heading.
    if (f.taggedTitle) return value + say(why, 2.3, "short, no sentence end, a column's tag before it");
    // So does it with a head that names the unit and what it held (`XX社区开展…义诊活动`): a brief's headline, where a
    // feature's sub-headings say what was done (`搭建服务中心 打造幸福家园`).
    if (f.opensWith !== null && opensWithUnitHolding(line.text, f.opensWith)) return value + say(why, 1.5, 'short, no sentence end, a unit and what it held');
    return value + say(why, 0.8, 'short, no sentence end');
  }
  if (label === 'body-new') {
    // (The story an agency's caption goes on into opens nothing of its own, even printed again: captionStory.)
    if (f.captionStory) value += say(why, 2, "the story of the caption above, its credit below");
    // (`当天上午,…`: that day's morning, the day the paragraph above told of: its text goes on.)
    if (f.opensWithSameDay && !f.lead) value += say(why, 2, 'opens with 当天, the day told of above');
    // (`该街道…`, `此次活动…`: the unit or the event the text above named, pointed at again: its text goes on.)
    if (!f.lead && REFERS_BACK.test(line.text)) value += say(why, 2, 'opens by pointing back at what the text above named');
    if (!f.lead && doesAgain(line.text)) value += say(why, 1.5, 'opens with what was done again (又): the text above told of it');
    // (`本报讯 …` / `…` / `1月9日,柳岸街道…`: a paragraph of the story the lead opened, not a brief of its own.)
    // (Only a paragraph that opens as a brief does: a text below a photo set's captions is an item of its own.)
    if (line.inLeadStory && (f.opensWith !== null || f.opensWithDateline) && !f.photoCaption) value += say(why, 1, "in a lead's story");
    // (`3月3日-3月5日,…` / `3月4日上午,…`: a day of the days the report above said it covers, its text going on.)
    if (line.inDayRange) value += say(why, 1.5, 'opens with a day of the range the report above opened with');
    // (`近日,A街道与B街道相继开展…` / `1月15日,B街道组织…`: a day or a unit the report's first paragraph named, its text going on.)
    if (line.namedByReport) value += say(why, 1.5, "opens with a day or a unit the report's first paragraph named");
    // (`正值元宵节,东湾街道开展…。` / `2月18日,柳岸社区…`: the day the opening left out, its telling going on.)
    // (Not a photo set's first caption, the next opening with its day too: `当日,青石村…` / `12月7日,…。` / `12月7日,…。`.)
    if (line.toldOfOpening && !f.opensCaptionRun) value += say(why, 1.5, "opens with a day below a text's opening that named none");
    if (f.lead) say(why, 0, 'opens with a news lead');
    else if (f.openingByline) value += say(why, 0.3, 'opens with its byline in brackets');
    else if (f.editorsNote > 0) value += say(why, 0.3, "an editor's note");
    else if (f.repeatsText) value += say(why, 0.3, 'the text printed again');
    else if (f.bullet && !(f.titleLike && !f.punctuated)) { value += say(why, 0.3, 'opens with a list bullet'); }
    else if (isReaderQuestion(line.text)) value += say(why, 0.3, "opens with a reader's question");
    else if (f.picturedOn) value += say(why, 0.6, "a caption closed by its picture's day");
    else if (f.opensWith) value += f.opensWithDateline ? say(why, 0.6, why && `opens with an organisation (${f.opensWith}) and a dateline`) : say(why, 1.0, why && `opens with an organisation (${f.opensWith})`);
    else if (f.opensWithDate) { value += say(why, 1.4, 'opens with a date'); }
    else if (f.timedCaption) { value += say(why, 0.6, 'a caption opening with its hour'); }
    else if (f.glued && !f.glued.continuation) { value += say(why, 0.8, 'ends with its byline or credit'); }
    else if (f.photoCaption) { value += say(why, 0.6, 'opens as a photo caption'); }
    else if (f.namesEarly) { value += say(why, 1.5, why && `names an organisation early (${f.namesEarly})`); }
    else if (f.opensLikeNews) { value += say(why, 4.5, 'opens with a dateline only'); }
    else { value += say(why, 3.6, 'opens like no news item'); }
  } else if (f.lead) {
    say(why, 0, 'opens with a news lead');
  }
  return value;
}

/** Longest web copy's title read at a page's top (a paper's title is MAX_TITLE at most). */
const MAX_LONG_TITLE = 60;
/**
 * No sentence's end, no field's colon, no Latin letters or figures of a site's lines: only a title's words and quotes.
 * A figure with the word it counts, `100周年`, `2021年`, `32家`, is a title's.
 */
// (Nor a dash: a title and its subtitle are read as such, isTitleWithItsSubtitle(), each part a title's length. One
// dash alone joins a title's own words, `“废旧衣物我先捐”—“衣往情深”公益活动…`.)
const NOT_IN_LONG_TITLE = /[。！？!?；;:：A-Za-z]|——|[0-9](?![0-9]*[\u4e00-\u9fff])/u;
function isLongTitle(text: string): boolean {
  // (A subtitle's dashes before it, its title lost above: `——柳岸医院联合…开展义诊服务活动` is read as the title.)
  const words = text.startsWith('——') ? text.slice(2) : text;
  return words.length <= MAX_LONG_TITLE && !NOT_IN_LONG_TITLE.test(words);
}

/** A column's name comes before any item: at the page's start, or after lines about the page (a page line, an editor, a directive, furniture) or unassigned text. */
function mayPrecedeSection(previous: Label | null): boolean {
  // (A channel's path printed as lines of column names, `学子风采` / `学生新闻`: the deepest is the page's.)
  return previous === null || previous === 'section' || previous === 'page' || previous === 'editor' || previous === 'directive' || previous === 'furniture' || previous === 'unassigned';
}

/**
 * Whether `label` may follow `previous` at all, whatever the lines say: the
 * grammar's shape. transition() asks it first, and the labeller tries only the
 * pairs it allows, so the two cannot disagree.
 */
export function mayFollow(previous: Label | null, label: Label): boolean {
  if (previous === 'kicker') return label === 'headline' || label === 'header';
  if (previous === 'subheading') return label === 'body' || label === 'subheading';
  // Below a picture inside the text, the text goes on (or its byline ends it).
  // (After a label marked as a picture's, `▲…`, the item may end too: allowedTransition() asks.)
  if (previous === 'picture') return label === 'body' || label === 'subheading' || label === 'picture' || label === 'byline' || endsText(label);
  // Captions stand between a headline and the text: more captions or web-copy lines, then the text.
  if (previous === 'caption') return label === 'caption' || label === 'meta' || label === 'body' || label === 'byline-before' || label === 'subheading';
  const head = isHead(previous);
  switch (label) {
    case 'section':
      return mayPrecedeSection(previous);
    case 'kicker':
    case 'headline':
      // Below an organisation line, the title; below a headline, the title's second line.
      return head ? (previous === 'organisation' || previous === 'headline') && label === 'headline' : mayStartItem(previous);
    case 'organisation':
    case 'header':
      return head || mayStartItem(previous);
    case 'subtitle':
      // A web copy prints its page title, a date-and-source line, then the article's title again (`XX市…` / `全市…`).
      return previous === 'header' || previous === 'headline' || previous === 'subtitle' || previous === 'meta';
    case 'meta':
      // Outside an item, a web-copy line naming authors (`作者:张三 来源:…`) opens the item below it (allowedTransition).
      return head || mayStartItem(previous);
    case 'caption':
      // (Outside a head, only a run of pictures' labels above the text: allowedTransition() asks.)
      return head || mayStartItem(previous);
    case 'byline-before':
      return head || mayStartItem(previous);
    case 'body':
      return previous !== null && !OUTSIDE.has(previous) && !END.has(previous);
    case 'body-new':
      return mayStartItem(previous);
    case 'byline':
      return previous === 'byline' || previous === 'body' || previous === 'body-new' || previous === 'credit'; // or a picture, above
    case 'credit':
      return previous === 'credit' || previous === 'byline' || previous === 'body' || previous === 'body-new';
    case 'continuation':
      return previous === 'body' || previous === 'body-new';
    case 'subheading':
      return previous === 'body' || previous === 'body-new'; // or a sub-heading or a picture, above
    case 'picture':
      // (Below the item's byline or credit, only labels marked as pictures': allowedTransition() asks.)
      return previous === 'body' || previous === 'body-new' || previous === 'byline' || previous === 'credit'; // or a picture, above
    default:
      return true;
  }
}

/** Two credits of the same verb and the same people, however spaced. */
function sameCredit(a: CreditMatch, b: CreditMatch): boolean {
  return a.verb === b.verb && a.people.length === b.people.length && a.people.every((person, i) => person.name === b.people[i]!.name && person.role === b.people[i]!.role);
}

/** A web copy's source field alone on its line: `来源:江城日报`, `信息来源：江城县融媒体中心`. */
const SOURCE_LINE = /^(?:信息|稿件|新闻|文章)?来源\s*[:：]\s*[^\s:：]{2,30}$/u;

/** Shortest caption in round brackets, the brackets counted: eight characters inside. */
const MIN_BRACKETED_CAPTION = 10;
/** The cost of `label` on a line after `previous` on the line before (null: the page's start). */
export function transition(previous: Label | null, previousFacts: LineFacts | null, label: Label, line: LineContext, why?: string[]): number {
  return mayFollow(previous, label) ? allowedTransition(previous, previousFacts, label, line, why) : IMPOSSIBLE;
}

/**
 * A paragraph's glued tail that is only the copy's closing bracket (`…份。(来源:外国语学院)`, `(完)`): the text has
 * ended, but no one has signed it yet; the byline or credit lines below are its own (`撰稿:X` / `摄影:Y`).
 */
function closesWithTrailerOnly(tail: GluedTail): boolean {
  return tail.trailer && tail.byline === null && tail.credit === null;
}

/**
 * The title printed again above each picture of a photo page (or a picture's file, or `图片` where one was) opens the
 * picture's item as its label, not its headline: the title again below a finished text or one closed by its credit or
 * byline (a copy printed twice keeps its headline: the caption below must have its credit glued, the body asks); a
 * picture's file only below a text closed by its credit or byline (below a sentence, it is as often the picture of a
 * text below it). Asked only of lines that repeat a title or name a picture's file.
 */
function opensPictureItem(f: LineFacts, previous: Label, previousFacts: LineFacts, glued: boolean): boolean {
  if (f.repeatsTitle && f.titleLike) return glued || END.has(previous) || ((previous === 'body' || previous === 'body-new') && previousFacts.endsSentence);
  return f.pictureFile && (glued || END.has(previous));
}

/**
 * Below such a label (`caption` on a line that repeats a title or names a picture's file): the title again takes only
 * its picture's caption with the credit glued; a picture's file, or `图片`, a caption of one sentence, credited or not,
 * the text's lead, or a paragraph too long to be a caption below the page's first picture file: the text it stands above.
 */
function isPictureLabelsCaption(f: LineFacts, label: LineFacts): boolean {
  if (f.glued?.credit) return true;
  // (Not below a file printed again, or `图片` again and again: there each picture opens its own item.)
  const textBelowFile = f.length > MAX_CAPTION && !label.repeatsTitle;
  return label.pictureFile && (f.lead !== null || textBelowFile || (f.endsSentence && f.length <= MAX_CAPTION && !f.sentenceInside));
}

/**
 * transition() for a pair mayFollow() allows: the labeller tries only those, and asks this. What mayFollow() already
 * rules out is not asked again here; what is left is what the line's and the line before's facts decide.
 */
export function allowedTransition(previous: Label | null, previousFacts: LineFacts | null, label: Label, line: LineContext, why?: string[]): number {
  const f = line.facts;
  const unfinished = previousFacts !== null && (previous === 'body' || previous === 'body-new') && !previousFacts.endsSentence && !previousFacts.glued;
  const glued = previousFacts?.glued != null && (previous === 'body' || previous === 'body-new');
  // A picture inside the text is followed by more of it, except a row of labels marked as pictures' (`▲…`), which
  // may stand below the text's last paragraph.
  // (A picture's file is where a picture was, below the last paragraph as between two: `微信图片_2023….png`.)
  if (previous === 'picture' && endsText(label) && !isMarkedLabel(previousFacts!) && !previousFacts!.pictureFile && !isCaptionWithoutCredit(previousFacts!)) return IMPOSSIBLE;
  switch (label) {
    case 'section':
      // Below a column's name, only another column's name (`学子风采` / `学生新闻`): a path's line is no column's.
      return previous === 'section' && !(f.length <= MAX_DEEPER_COLUMN && mayNameColumn(line.text, f)) ? IMPOSSIBLE : say(why, 0);
    case 'page':
    case 'editor':
    case 'directive':
    case 'furniture':
    case 'unassigned':
      // A head followed by no text: an item of a headline alone, which a page seldom prints.
      if (label !== 'unassigned' && isHead(previous)) return say(why, 1.5, 'leaves a headline without text');
      // A web copy's date or source line below a line shaped as a title is that title's (`南星街道有块…` / `2013-11-18 17:37 杭州网`).
      if (label === 'furniture' && previous === 'body-new' && previousFacts!.titleLike && f.furniture === 'web copy line') return say(why, 1.5, "a web copy's line below a title-shaped text");
      if (label !== 'unassigned') return say(why, 0);
      // Unassigned text comes in runs: the run costs, not each of its lines. A stray mark (`··`) is no text to go on
      // with: after one at the page's top, the lines below are weighed as at the start.
      // (Captions opening with their hour or date, one below another, are a photo set's, not a run of stray text.)
      if (previous === 'unassigned' && previousFacts!.furniture !== 'no words' && !isSetCaption(f, previousFacts!)) return say(why, -2.0, 'goes on with unassigned text');
      return isHead(previous) ? say(why, 1) : say(why, 0);
    case 'kicker':
    case 'organisation':
    case 'header':
    case 'headline':
      if (previous === 'headline' && label === 'headline') {
        // A title broken over two lines: two short lines, the second no longer (`江城志愿服务大篷车` / `开进第300站!`).
        // A longer line below a title is its subtitle; a header or an organisation line, the next item's.
        // Nor does a blank line part a title's lines: below one, a short line is the next item's headline or the column's.
        // Below a shorter line, a title's line is the title and the line above its kicker (`春风拂面` / `东湖社区办起…`).
        // A couplet is a title whole: the line below it is its subtitle.
        // A line opening with `暨` goes on with the title above it, however long the two are.
        if (f.joinsTitle && line.afterBlank !== true) return say(why, -0.5, "the title's second line, joined by 暨");
        // A first line that ends in its verb (`柳岸社区举办`) holds no title alone: its object, however long, is the second,
        // a blank line between them or not (a copy that puts one below every line: `柳岸社区举办` / / `“邻里节”活动`).
        if (previousFacts!.endsInVerb && !f.header && f.organisation === null && f.titleLike && !f.endsSentence) return say(why, -0.5, "the title's second line: the object of the verb above");
        if (line.afterBlank === true || f.header || f.organisation !== null || previousFacts!.couplet || previousFacts!.length > MAX_TITLE_FIRST_LINE || f.length > MAX_TITLE_SECOND_LINE || f.length > previousFacts!.length) return IMPOSSIBLE;
        return say(why, 0, "the title's second line");
      }
      if (previous === 'kicker' || (previous === 'organisation' && label === 'headline')) {
        if (f.header && label === 'headline') return IMPOSSIBLE;
        return previous === 'kicker' && label === 'header' ? say(why, 1.0, 'below a kicker') : say(why, 0);
      }
      // A unit alone above a head is the organisation line of the item it opens, not the signature of the text above.
      if (previous === 'byline' && previousFacts!.byline === null && previousFacts!.organisation !== null) return say(why, 1.0, 'a unit above a head: its organisation line');
      // A head with nothing below it is an item still: the editor sees a headline (only a header or an organisation
      // line may open the next one, says mayFollow()).
      if (isHead(previous)) return previous === 'header' ? say(why, 0.5, 'after a header without text') : say(why, 2.5, 'after a head without text');
      // Below a caption opening with its hour or date, a line that opens so too is the next caption, not a headline; so is
      // the first of such captions in a row.
      if ((previous === 'body' || previous === 'body-new' || previous === 'unassigned') && isSetCaption(f, previousFacts!)) return say(why, 2.4, f.opensCaptionRun ? "a photo set's first caption, not a headline" : 'a caption below another, not a headline');
      // The title printed again after a lead-in (`TITLE` / `…走在采撷新闻的路上——` / `TITLE`) cuts nothing off.
      if (unfinished && !f.repeatsTitle) return say(why, 1.2, 'cuts a sentence off');
      // A unit's head printed again between paragraphs, as a page prints its title where each picture was (`XX社区:TITLE -
      // 天天要闻` below the first paragraph), is that picture's place, as a headline printed again is. (Heads one below
      // another, no text between, are each an item's.)
      if (label === 'header' && f.repeatsTitle && (previous === 'body' || previous === 'body-new')) return say(why, 1.3, 'the head again between paragraphs');
      return say(why, previous === 'body' || previous === 'body-new' ? 0.3 : 0);
    case 'subtitle':
      if (previous === 'meta') {
        // (The same title below the copy's buttons too: `TITLE` / its fields / `• 【字体:` / `TITLE`.)
        if (previousFacts?.furniture !== 'web copy line' && !(previousFacts?.furniture === 'navigation' && f.repeatsTitle)) return IMPOSSIBLE;
        // (The title printed word for word, not a subtitle: a web copy's page title, then the article's own.)
        return f.repeatsTitle ? say(why, -2.5, 'the same title again, below a web-copy line') : say(why, -1.5, 'the title again, below a web-copy line');
      }
      // A page that prints its title over and over (what a copy kept of each picture's alt text) holds one head still.
      // (Not a header's line, `柳岸社区: 义诊进社区`: each printing of it is an item's head, as a page of briefs has them.)
      if (previous === 'subtitle' && f.repeatsLastTitle && !f.header) return say(why, -2.5, 'the title printed once more');
      // (So does a headline printed again without its column's tag: `【北京】TITLE` / `TITLE`.)
      if (previous === 'headline' && f.repeatsLastTitle && !f.header && previousFacts!.taggedTitle) return say(why, -2.5, 'the title printed again without its tag');
      // (And right below itself, whole or its first part: `TITLE` / `TITLE`, `TITLE` / `FIRST PART` / `REST`.)
      if (previous === 'headline' && f.repeatsLastTitle && !f.header && !previousFacts!.header) return say(why, -2.5, 'the title printed again right below it');
      // Below a couplet, a title's line says plainly what the couplet says in verse: its subtitle.
      if (previous === 'headline' && previousFacts!.couplet) return say(why, -1.0, 'below a couplet');
      // Right below a title too long to be broken over two lines, a short line is its subtitle, as a couplet's is
      // (`第二批省级文明村镇名单公示` / `我县2镇4村入选`), not the text's first paragraph.
      if (previous === 'headline' && !line.afterBlank && previousFacts!.length > MAX_TITLE_FIRST_LINE && f.length <= MAX_TITLE_SECOND_LINE) return say(why, -1.6, 'a short line right below a long title');
      return say(why, 0);
    case 'meta':
      // `文/周小禾` / `东坡学院青年服务队供稿`: the unit that supplied the copy, named after the text's credits, closes the
      // text above; it is no line of a head that a byline opened.
      if (previous === 'byline-before' && f.furniture === 'supplied by') return IMPOSSIBLE;
      // An editor's line stands above the text with the copy's date and source, not below a sentence of a caption: below
      // paragraphs read as captions, it is the text's end (`…。` / `审核:周宁` / `撰稿:林小禾`).
      if (previous === 'caption' && f.editor !== null && previousFacts!.endsSentence) return IMPOSSIBLE;
      // So does the copy's source line alone (`…。` / `来源:江城日报` / `通讯员:X`): printed after the text, not between its
      // pictures' captions and its lead.
      if (previous === 'caption' && previousFacts!.endsSentence && f.furniture === 'web copy line' && SOURCE_LINE.test(line.text)) return IMPOSSIBLE;
      if (isHead(previous)) return say(why, 0);
      return f.webAuthors !== null ? say(why, 0, 'names the authors of the text below') : IMPOSSIBLE;
    case 'caption':
      // A short caption with its credit is the picture of the text below it: captions with credits one below another are a
      // page of photo items (`青石镇玉米即将收获。 苏明远 摄` / `…采摘猕猴桃。记者 叶知秋 摄`).
      // (Unless both are too short for an item's text, `居民包粽子。林小禾 摄` / `活动合影。林小禾 摄`: the pictures of the
      // text below.)
      if (previous === 'caption' && (f.glued?.credit || previousFacts!.glued?.credit) && !(isTextsPictureCaption(f) && isTextsPictureCaption(previousFacts!))) return IMPOSSIBLE;
      // So are they with each credit on a line of its own (`…晒麦。` / `林帆 摄` / `…扬场。` / `林帆 摄`): below a caption's
      // credit, the next caption is the next photo item's.
      if (previous === 'byline-before' && previousFacts!.credit && !previousFacts!.byline) return IMPOSSIBLE;
      // So are captions that open with their hour, date or number one below another (`1.柳岸镇…。` / `2.青石村…。`): a photo
      // set's items, not pictures above a lead.
      if (previous === 'caption' && f.timedCaption && previousFacts!.timedCaption) return IMPOSSIBLE;
      // Below the title printed again as a picture's label, that picture's caption, not another label.
      if (previous === 'caption' && previousFacts!.repeatsTitle && previousFacts!.titleLike) return IMPOSSIBLE;
      // Pictures' labels in a run above the text open its item at the page's top, below lines about the page or after an
      // item's end (a page of pictures and one text); below a headline, below each other, or below a caption too long to
      // be one of them, they are the item's. Below a paragraph, short lines are more of its text.
      if (f.labelRun && (previous === null || isHead(previous) || isOutside(previous) || END.has(previous))) {
        if (previous === 'caption' || isHead(previous)) return say(why, 0, "a picture's label");
        // Opening the item, the first is a sentence: short phrases at a page's top are its column, kicker and headline.
        // (Or a label that shows people at work or a scene, `小朋友们参观消防车`, as no column or headline is worded.)
        return f.endsWithFullStop || f.peopleAtWork || describesScene(line.text) ? say(why, 0, "pictures' labels open the item") : IMPOSSIBLE;
      }
      if ((f.repeatsTitle || f.pictureFile) && !f.glued && opensPictureItem(f, previous!, previousFacts!, glued)) return say(why, -2.0, 'the title again above a picture');
      // (At the page's very start, a caption of a few words with its credit glued, `活动精彩纷呈。X摄`, too short to be an
      // item's text: the picture of the text below, as below a headline.)
      if (previous === null && f.glued?.credit && !f.lead && !f.header && captionBefore(line.text, f.glued.at).length <= MAX_TINY_CAPTION) return say(why, 0.3, "a caption of a few words and its credit at the page's top: the text's picture");
      if (!isHead(previous)) return IMPOSSIBLE;
      // (With its credit, a label is a picture's wherever it stands below the head: `邻里夜市 临河晚报全媒体记者 唐宁 摄`.)
      if (f.glued?.credit) return say(why, 0, 'below the headline');
      // (`(资料图)`: a word that only a picture's label says, wherever it stands below the head.)
      if (f.label !== null && namesAPicture(f.label)) return say(why, 0, 'below the headline');
      // Pictures' labels stand in a web copy below its date and source line, and under each other (`志愿者为老人服务` /
      // `路口交通劝导`): right below a headline or a caption's sentence, a short line without its full stop is the
      // headline's second line, a subtitle or a sub-heading.
      if (isPictureLabel(line)) {
        if (previous === 'meta') return say(why, 0, "a picture's label below the web copy's lines");
        // (Below a caption without its full stop: a label, or a picture's file name.)
        return previous === 'caption' && !previousFacts!.endsSentence ? say(why, -0.4, "another picture's label") : IMPOSSIBLE;
      }
      return say(why, 0, 'below the headline');
    case 'byline-before':
      // A picture may stand between the headline and the byline, its caption a sentence (`6月17日,A(右)与B商量…。` /
      // `本报记者 X 文/图`); a caption's line without its full stop is a label, which stands above the text only.
      if (previous === 'caption') {
        if (previousFacts!.glued?.credit) return say(why, 0.5, "below a picture's caption and credit");
        return previousFacts!.endsSentence && previousFacts!.length <= MAX_CAPTION_ABOVE_BYLINE ? say(why, 0.5, "below a picture's caption") : IMPOSSIBLE;
      }
      // A name alone below a field's name (`责编:` / `林小雨`, `编辑:` / …) is that field's value, not the writer.
      if (f.byline === null && previousFacts !== null && (previousFacts.editor !== null || previousFacts.furniture === 'field name')) return IMPOSSIBLE;
      // A subtitle, then the byline: a paper's head over its text (`TITLE` / `SUBTITLE` / `本报记者 X 文/图` / `本报讯 …`).
      if (previous === 'subtitle' && f.byline !== null) return say(why, -0.8, 'below the subtitle');
      if (isHead(previous)) return say(why, 0, 'below the headline');
      // A credit after a paragraph is that paragraph's, never the next item's opening.
      if (!f.byline) return IMPOSSIBLE;
      // A name in brackets after a paragraph is that paragraph's byline (`…开张。` / `(李 莉)`); a byline line without
      // brackets (`本报记者 叶青`) opens the next item as often, where a page runs its items together.
      return f.byline?.form === 'brackets' ? say(why, 3.0, 'opens an item') : say(why, 2.0, 'opens an item');
    case 'body': {
      // A paragraph that ends with its byline or credit ends its item.
      if (glued) return IMPOSSIBLE;
      // Below a picture, a sentence with its credit glued is another picture, not the text going on: captions after a
      // text's last paragraph are a photo set's items, not its pictures (`…。新华社记者 X 摄` under each).
      if (previous === 'picture' && f.glued?.credit && isPictureSentence(f, line.text)) return IMPOSSIBLE;
      // A paragraph that opens as a caption does (`图为…`) and closes with its photo credit is that picture's, below a
      // paragraph as below a caption: the piece above has ended (`编者按:…。` / `图为…。(林溪摄)`). (Below another caption,
      // `左图:…。` / `右图:…。记者 林溪 摄`, one credit may close both.)
      // A news agency's caption, closed by the day its picture was taken (`…村外景(7月28日摄)。`), is an item of its own: it
      // goes on from no paragraph, and none goes on from it.
      // (Unless the paragraph is the picture's story, the caption's credit below it: `这是9月2日拍摄的…(无人机照片)。` /
      // `近日,…` / `新华社记者 X 摄`, captionStory.)
      if ((previous === 'body' || previous === 'body-new') && (f.picturedOn || (previousFacts!.picturedOn && !f.captionStory))) return IMPOSSIBLE;
      // (One short sentence so credited is the story's own picture, printed at its end: `图为小志愿者为老人捶背。记者 X 摄`.)
      if (f.photoCaption && f.glued?.credit && (previous === 'body' || previous === 'body-new') && previousFacts!.endsSentence && !previousFacts!.photoCaption && !isOneShortSentence(line.text, f.glued.at)) return IMPOSSIBLE;
      if (isHead(previous)) {
        // (`当天下午,…` below a short line: that day is one the text above told of, so the line is its sub-heading.)
        if (previous === 'headline' && f.opensWithSameDay && !f.lead) return say(why, 1.5, 'opens with 当天 below a headline: the day of a text above');
        // Below a picture's short caption and its credit, the text it is the picture of (not another credited caption).
        // (A short line without its sentence's end there is the next item's headline, not the text: the caption and its credit
        // were a photo item's.)
        // (A news lead below a caption too short to be an item's text, `活动现场。柳岸社区供图`, is that text's, as below an
        // uncredited caption: the caption is no photo item whose head the lead's text would leave.)
        if (previous === 'caption' && previousFacts!.glued?.credit) return f.glued || f.titleLike ? IMPOSSIBLE : f.lead && isTextsPictureCaption(previousFacts!) ? say(why, -1.3, "a news lead below its picture's caption, of a few words or credited to no name") : say(why, -0.3, "the text below its picture's caption and credit");
        // The long paragraph a run of pictures' labels stands above.
        if (previous === 'caption' && previousFacts!.labelRun) return f.labelRun ? IMPOSSIBLE : say(why, 0, "the text below its pictures' labels");
        if (previous === 'caption' && (previousFacts!.repeatsTitle || previousFacts!.pictureFile) && !isPictureLabelsCaption(f, previousFacts!)) return IMPOSSIBLE;
        // A caption's sentence stands above a lead (`图为…` / `本报讯…`): a sentence below a sentence is the text's first two
        // paragraphs. Pictures' labels or a picture's file stand above the text itself; above a lead, one short line is
        // more often the title again (a subtitle).
        if (previous === 'caption' && !previousFacts!.endsSentence) return f.lead ? say(why, 0, "a news lead below pictures' labels") : say(why, 0.3, "below pictures' labels");
        // Only a very short sentence closed by a full stop is a picture's caption above a paragraph (`远眺贵阳城区。`,
        // `冼村志愿者合影留念。`); a longer one is the text's first paragraph, and `开进第300站!` a title's line.
        if (previous === 'caption' && !f.lead) return isShortCaption(previousFacts!) && f.length >= MIN_PARAGRAPH_BELOW_CAPTION ? say(why, -0.6, "a paragraph below a picture's short caption") : IMPOSSIBLE;
        // One sentence between a headline and the lead is the picture's caption above the text, not an item of one
        // sentence whose headline it takes (`7月23日,市民在…享受义剪服务。` / `本报7月23日讯…`).
        if (previous === 'caption') return say(why, -1.3, "a news lead below a picture's caption");
        // A paragraph that names an organisation early (`三月，柳岸社区的志愿者…`) opens like news enough.
        if (previous === 'byline-before' && !f.lead && !f.opensLikeNews && f.namesEarly === null) return say(why, 1.5, 'below a byline, opens like no news item');
        if (f.lead) return say(why, -1.0, 'a news lead below a headline');
        if (f.openingByline) return say(why, -1.0, 'opens with its byline in brackets, below a headline');
        // (A caption with its photo credit glued to it is no title, however short: `…练习书法笔画。记者陆知遥摄`.)
        if (f.titleLike && !f.glued?.credit && !f.glued?.byline) return say(why, 1.2, 'short, no sentence end');
        if (f.opensWithDateline) return say(why, -0.6, 'below a headline, opens with a dateline');
        // `活动的最后,…`, `随后,…`: words that carry a text on, which no text opens with; the line above is the text's.
        if (GOES_ON_OPENING.test(line.text)) return say(why, 1.5, 'below a headline, opens as a text goes on');
        return f.opensWith ? say(why, -0.2, 'below a headline, opens with an organisation') : say(why, 0, 'below a headline');
      }
      // A news lead opens its own text: a column break does not leave one at a line's start (`又讯(记者 X)…`).
      if (f.lead) return say(why, 2.5, 'a news lead inside an item');
      // A photo set's captions, each one sentence opening with its hour or date (`9时许,…` / `11时许,…`; `3月12日…` /
      // `5月4日…`), finished or not (`上午8:10,渡口边,摆渡船载着村民过江` / `中午12:05,…`): the next picture's, not the text
      // going on.
      // (So is the first of them, though no caption stands above it: `…降下“甘露”` / `上午7:30,…` / `上午9:00,…`.)
      if (isSetCaption(f, previousFacts!)) return say(why, 2.4, f.opensCaptionRun ? "the first of a photo set's captions opening with their hour or date" : 'a caption opening with its hour or date, below another');
      // Below a photo set's captions, a paragraph that opens with no time is the set's text, or a picture's caption printed
      // without it: not the last caption's second paragraph.
      if (f.belowCaptions) return say(why, 3.0, "below a photo set's captions");
      if (unfinished && f.repeatsTitle) return say(why, 1.5, 'the title again');
      // A short line without its sentence's end, then a blank line and a paragraph: the short line was no paragraph but a
      // title's (`青石社区开办“四点半课堂”` / / `“作业写完了…”…`). (A line cut by a column break is a column wide; a quotation
      // alone on its line may open a text; a picture's file name stands between paragraphs. A text printed a clause a line
      // may put a blank line below each clause, `…迎来了又一个` / / `学雷锋纪念日`: the clause above was no title; nor was one of
      // three short lines or more below a paragraph, pictures' labels or a list, `为老人义剪` / / `打扫卫生` / / `拉家常`.)
      // (A title's line may stand above: short, its sentence unfinished, no quotation, no picture's file.)
      const titleLineAbove = unfinished && previousFacts!.titleLike && previousFacts!.length <= MAX_TITLE_ABOVE_BLANK && !previousFacts!.quote && !previousFacts!.pictureFile;
      if (titleLineAbove && line.afterBlank === true && !f.verse && !previousFacts!.phraseRun) return say(why, 1.6, 'a paragraph below a short line and a blank line');
      // Below short lines without their sentence's end (a text broken into phrases, as a phone's page prints it), a caption of
      // one sentence with its credit glued that opens as a picture's sentence does (`这是…`, `图为…`, a dateline): the next
      // picture's, not the phrases' sentence going on.
      if (unfinished && previousFacts!.titleLike && f.glued?.credit && opensAsCaptionSentence(line) && isOneShortSentence(line.text, f.glued.at)) return say(why, 2.4, "a picture's caption below the text's phrases");
      // (A cut sentence goes on with its words, never with a list's bullet or a picture's mark: `▲…`, `●…`.)
      if (unfinished && f.bullet && !f.byline) return say(why, 1.6, 'opens with a list bullet');
      if (unfinished && previousFacts!.titleLike && (f.opensWith !== null || f.opensWithDate) && f.endsSentence) return say(why, 2.0, f.opensWith !== null ? 'a paragraph of its own that opens with an organisation, below a short line' : 'a paragraph of its own that opens with a date, below a short line');
      // (So is one right above a paragraph set as one line, where the copy lost its blank lines: `青石社区开办“四点半课堂”` /
      // `…` of forty characters or more, wider than a column a text is cut into; the copy prints a paragraph a line. Not the
      // last of three or more short lines, pictures' labels or a text printed a phrase a line, nor a lead's line,
      // `青石新闻网讯` / `…`. Asked last, so that the dearer rules above keep their price.)
      // (Nor does a sentence go on into a picture's caption closed by its credit, however short: `邻里同心护家园` /
      // `志愿者清理楼道。 本报记者 林小禾 摄`.)
      if (titleLineAbove && !previousFacts!.lead && (f.length >= MIN_ONE_LINE_PARAGRAPH || f.glued?.credit) && (line.shortLinesAbove ?? 0) < MIN_SHORT_LINE_RUN) return say(why, 1.6, f.length >= MIN_ONE_LINE_PARAGRAPH ? 'a paragraph set as one line below a short line' : "a picture's caption and its credit below a short line");
      if (unfinished) return previousFacts!.titleLike ? say(why, 0.6, 'goes on after a short line') : say(why, -0.2, 'goes on with a cut sentence');
      // (The text's first paragraph printed again below it: the text printed twice, the copy another item.)
      if (f.repeatsText) return say(why, 2, 'the text printed again');
      // (A finished paragraph in a web table's cell, below a finished paragraph: the next picture's caption, `…的笑容。 |` /
      // `…收获大姜。 |`, not the text going on.)
      if (f.inCellRun && f.endsSentence && previousFacts!.endsSentence) return say(why, 2.4, previousFacts!.inCellRun ? 'the next cell of a table' : "a table's first cell");
      // (`…时节。新华网发(林帆 摄)`, closed by the credit the captions above closed with: the set's next caption, not the
      // text's last paragraph.)
      if (f.creditSeenBefore) return say(why, 2.5, "closed by the photo set's credit");
      // (A caption with its photo credit glued is no title-shaped line, however short: `右图:…整地。 记者 X 摄`; below a
      // sub-heading, it would end a part of a feature with a picture alone.)
      // (`图为…。 X 摄`, one short sentence below a finished paragraph, says it is the text's picture: rather that than text.)
      if (f.photoCaption && f.glued?.credit && previousFacts!.endsSentence && !previousFacts!.photoCaption && isOneShortSentence(line.text, f.glued.at)) return say(why, 0.6, "a picture's caption opening 图为, its credit glued, below the text");
      // (So does one without its credit: `图:一名群众收到棉被后露出笑容。` below the text's last paragraph.)
      if (f.photoCaption && f.glued === null && previousFacts!.endsSentence && !previousFacts!.photoCaption && isOneShortSentence(line.text, line.text.length)) return say(why, 0.6, "a picture's caption opening 图为, below the text");
      // (So does a caption closed by its full stop with no text below it, `志愿者与孩子们共读交流。`, as markLabelsBelowText()
      // reads it.)
      if (f.labelBelowText && f.endsWithFullStop) return say(why, 0.6, "a picture's caption below the text's last paragraph, no text below it");
      if (f.titleLike && f.glued?.credit) return previous === 'subheading' ? say(why, 1.2, "a picture's caption alone below a sub-heading") : say(why, 0.1, 'a paragraph after a paragraph');
      if (f.titleLike && !f.glued?.byline) return say(why, 1.2, 'short, no sentence end');
      // A reader column's pairs (`市民X反映:` / question / `YY答复:` / answer): each question opens the next item.
      if (isReaderQuestion(line.text)) return say(why, 2.0, "a reader's question opens the next pair");
      if (f.openingByline) return say(why, 2.5, 'opens with a byline in brackets inside an item');
      if (f.editorsNote > 0) return say(why, 2.5, "an editor's note opens an item of its own");
      // A list bullet, or an organisation with a dateline, opens a news item of its own (`☆XX社区近日…`).
      if (f.bullet && !f.byline) return say(why, 1.6, 'opens with a list bullet');
      // Headerless briefs or captions of one day: each opens with the same date (`9月28日,…` / `9月28日,…`).
      if (f.openingDate !== null && f.openingDate === previousFacts!.openingDate) return say(why, 2.4, 'opens with the date the paragraph before opened with');
      // A unit's name alone on its line, above a paragraph that opens with it, heads a roundup's next item, not a part of
      // the text: so too where running text reads no name in the paragraph (`市文化广播电视和旅游局` / `市文化广播电视和旅游局
      // 开展…`: 局 alone ends no name there), as `南城街道` / `南城街道组织…` opens with another organisation below.
      if (previous === 'subheading' && f.opensWith === null && previousFacts!.organisation !== null && line.text.startsWith(previousFacts!.organisation)) return say(why, 1.8, 'opens with the organisation named alone above it');
      // So does a unit's header with its title (`东湾区 志愿服务进社区` / `东湾区组织…`): a roundup's section, not a
      // sub-heading of the lead-in above it.
      const unitAbove = previousFacts!.header?.organisation;
      if (previous === 'subheading' && f.opensWith === null && unitAbove && line.text.startsWith(unitAbove)) return say(why, 1.8, 'opens with the unit whose header is above it');
      // (`拔河比赛` / `驻山润社区工作队开展…`, below `重温历史` / `驻红旗社区工作队组织…`: each head over another unit's doings is
      // a roundup's next brief, not a part of one story.)
      if (previous === 'subheading' && line.opensAnotherPart) return say(why, 1.8, "opens with another unit than the part above: a roundup's next brief");
      if (f.opensWith) {
        // `XX社区近日…` after a paragraph about `YY街道`: most likely the next brief of a column.
        // `…东城街道文华街社区举行…` then `文华街社区先后…`: named in the paragraph before, the same item goes on.
        // (A paragraph that opens with its purpose names its organisation a little later: `为加强…,4月17日,XX街道…`; below a
        // news lead's paragraph, a dateline goes on with that story as often as it opens another, which would have its lead.)
        const leadless = f.opensWithDateline && previousFacts!.lead === null;
        const before = (previousFacts!.datelineAfterPurpose && !leadless ? null : previousFacts!.opensWith) ?? (leadless ? previousFacts!.namesEarly : null);
        // (Named anywhere in the paragraph before, `…柳岸镇青石村党支部…` / `6月29日上午,青石村党支部…`, it is the same story's.)
        const another = before !== null && before !== f.opensWith && !previousFacts!.opening.includes(f.opensWith) && !(previous === 'body' || previous === 'body-new' ? namedIn(line.previousText, f.opensWith) : false);
        // (Below a text's opening that named no day, the unit acting on the day is the opening's telling: `青石村是…古村。` /
        // `9月24日,东坡中学…`.)
        if (another && !(line.toldOfOpening && !f.opensCaptionRun)) return say(why, f.opensWithDateline ? 2.2 : previous === 'body' ? 1.8 : 2.0, 'opens with another organisation than the paragraph before');
        // (Below a sub-heading a part of the text opens so as often as an item does: `情暖桑榆:…` / `10月6日,XX乡…`.)
        if (f.opensWithDateline && previous !== 'subheading') return say(why, 1.0, 'opens with an organisation and a dateline');
      }
      return say(why, 0.1, 'a paragraph after a paragraph');
    }
    case 'body-new':
      if ((previous === 'body' || previous === 'body-new') && !glued) {
        // (A caption is one sentence, finished or not: below another, it cuts nothing off.)
        if (isSetCaption(f, previousFacts!)) return say(why, 0.3, f.opensCaptionRun ? "the first of a photo set's captions opening with their hour or date" : 'a caption opening with its hour or date, below another');
        if (f.belowCaptions) return say(why, -1.0, "the text below a photo set's captions");
        // (A finished paragraph in a web table's cell, below a finished paragraph: the next picture's caption, whatever it
        // opens with.)
        if (f.inCellRun && f.endsSentence && previousFacts!.endsSentence) return say(why, -3.0, previousFacts!.inCellRun ? 'the next cell of a table' : "a table's first cell");
      }
      if (unfinished) return f.lead ? say(why, 0.5, 'a news lead after a sentence cut off') : say(why, 2, 'cuts a sentence off');
      // A list bullet or a caption's mark opens the next entry as a news lead does, more than a paragraph goes on after
      // another (`▲10月8日,…` below a page's text between its pictures).
      if ((previous === 'body' || previous === 'body-new') && !glued) return say(why, f.lead ? 0 : f.bullet ? 0.3 : 0.9, 'after a paragraph');
      // `上接01版` / the text: it goes on from another page, and opens as no news item does.
      if (previous === 'furniture' && previousFacts!.furniture === 'continued from') return say(why, -2.0, 'goes on from another page');
      return say(why, 0);
    case 'subheading':
      if (previous === 'subheading') return say(why, 0.5, 'the second line of a sub-heading');
      // A feature may open with its first sub-heading below the picture's short caption (`远眺贵阳城区。` / `基础设施不断完善`).
      if (previous === 'caption') return isShortCaption(previousFacts!) ? say(why, -0.6, "below a picture's short caption") : IMPOSSIBLE;
      if (unfinished || glued) return IMPOSSIBLE;
      // Right below a paragraph, a 街道's, a town's or a school's name alone heads the next brief of a roundup of units
      // (`长白新村街道`); below a part's number (`-01-`) it may be the part's heading still.
      return f.organisation !== null ? say(why, 2.0, "an organisation's name alone below a paragraph") : say(why, 0, 'between paragraphs');
    case 'picture':
      // A picture stands between whole paragraphs; after a paragraph whose byline or credit is glued, the item is over.
      // Below another picture's caption (`左图:…` / `右图:… 记者 X 摄`), the credit closes a photo item's captions.
      // (Below a caption that closed with its own credit, `图为…。 X 摄`, another picture of the text may stand.)
      // (Captions that say what the story's pictures show, none credited, one below another: `图为…` / `图为…`.)
      if (previous === 'picture' && previousFacts!.photoCaption && previousFacts!.glued === null && f.photoCaption && f.glued === null) return say(why, 0, "another picture's caption (图为…)");
      if (unfinished || (previousFacts!.photoCaption && !(previous === 'picture' && previousFacts!.glued?.credit))) return IMPOSSIBLE;
      // `…意识。(丹阳街道 X)` / `▲志愿者在清扫`: the text's pictures, marked, may stand below its byline.
      if (glued || previous === 'byline' || previous === 'credit') return isMarkedLabel(f) ? say(why, 0, "a picture's label below the text") : IMPOSSIBLE;
      // (`图片1.png` / `图片2.png`: the files of pictures printed one below another, not a title's two lines.)
      if (previous === 'picture' && f.pictureFile && previousFacts!.pictureFile) return say(why, -0.6, "a picture's file below another's");
      // (`图为…。李辉 摄` / `图为…。甘勇 摄`: credited captions one below another are a photo set's, each its item, more than a
      // text's pictures, which its paragraphs part.)
      if (previous === 'picture' && f.glued?.credit && previousFacts!.glued?.credit) return say(why, 1.0, "a credited caption below another");
      return say(why, 0, 'between paragraphs');
    // After a paragraph whose byline or credit is glued to its end, the item is over.
    case 'byline':
      // A name alone signs only a text whose last sentence is finished, right above it (a glued byline or credit
      // leaves it unfinished).
      if (f.byline === null) {
        // Units signing together, one a line (`…加油吧!` / `柳岸县职业教育中心` / `柳岸县技工学校` / DATE): the second
        // signs with the first.
        if (previous === 'byline' && f.organisation !== null && previousFacts!.byline === null && previousFacts!.organisation !== null) return say(why, -0.5, 'a second unit signing');
        return (previous === 'body' || previous === 'body-new') && previousFacts!.endsSentence ? say(why, 0) : IMPOSSIBLE;
      }
      if (previous === 'byline') return say(why, 0, 'a second byline line');
      if (glued && closesWithTrailerOnly(previousFacts!.glued!)) return say(why, 0, "below the copy's closing bracket");
      // `…一同担任志愿者。齐 夏 摄` / `文/周宁` / the essay: a writer's byline below a picture's credit is the text's
      // below it, a photo page's closing piece (the picture's item has its credit).
      if (previous === 'credit' && f.byline !== null && WRITTEN_BY.test(f.byline.inner)) return say(why, 2.5, "a writer's byline below a picture's credit");
      // `…交换图书。雷 洁摄` / `(李 莉)`: below a paragraph ending in its picture's credit, the byline in brackets is the
      // item's, as the credit below a glued byline is (the order of the two is the layout's). Left alone, it made an item
      // of its own.
      if (glued) return previousFacts!.glued!.credit !== null && !previousFacts!.glued!.trailer && f.byline?.form === 'brackets' ? say(why, 0.5, "the text's byline below its picture's credit") : IMPOSSIBLE;
      return say(why, 0);
    case 'credit':
      // `…开张。(李 莉)` / `雷 洁摄`: below a paragraph ending in its byline, the credit of the item's picture, printed
      // without its caption. (After a glued credit or continuation marker, the item is over.)
      if (glued && closesWithTrailerOnly(previousFacts!.glued!)) return say(why, 0, "below the copy's closing bracket");
      // (The same credit printed again below a caption closed by it, `…。摄影:X` / `摄影:X`: the credits of the set's
      // other pictures, whose captions the copy lost; no item of their own.)
      if (glued && f.credit !== null && previousFacts!.glued!.credit !== null && sameCredit(previousFacts!.glued!.credit.match, f.credit)) return say(why, 0.5, "the same credit again: a picture's without its caption");
      if (glued) return previousFacts!.glued!.byline !== null && !previousFacts!.glued!.trailer ? say(why, 0.5, "the picture's credit below the text's byline") : IMPOSSIBLE;
      return say(why, 0);
    case 'continuation':
      return glued ? IMPOSSIBLE : say(why, 0);
  }
}

/**
 * The cheapest transition() into each label, from any label and any facts: the negative costs above
 * (a run of unassigned text, a title printed again, a short line below a long title, a lead below a picture's caption, a
 * paragraph below a headline, a picture's label under another or the title again above a picture, a sub-heading below a
 * picture's short caption, a text going on from another page, a title's second line opened by 暨, a picture's file below
 * another's, a table's cell below a paragraph).
 * The labeller skips a path whose cost plus this cannot beat the best so far; a test checks it
 * against transition() on random lines, so a new negative cost must be written here too.
 */
export const LOWEST_TRANSITION: Readonly<Record<Label, number>> = Object.fromEntries(
  LABELS.map((label) => [label, label === 'unassigned' ? say(undefined, -2.0) : label === 'subtitle' ? say(undefined, -2.5) : label === 'body' ? say(undefined, -1.3) : label === 'caption' ? say(undefined, -2.0) : label === 'subheading' ? say(undefined, -0.6) : label === 'body-new' ? say(undefined, -3.0) : label === 'headline' ? say(undefined, -0.5) : label === 'picture' ? say(undefined, -0.6) : label === 'byline-before' ? say(undefined, -0.8) : 0]),
) as Record<Label, number>;

/** What it costs to stop after `label` on a line of `facts` (a block's or the page's last line). */
export function ending(label: Label, facts?: LineFacts): number {
  // (A picture is inside a text: one that ends the text is that text's last paragraph, its credit glued. A label marked
  // as a picture's may stand below the text's last paragraph, as allowedTransition() lets an item end below it; so may a
  // picture's file, `微信图片_2023….png`, or a label that shows people at work, `给老人们包馄饨`.)
  // (So may a caption that says in words what the picture shows, its credit glued: `图为邻里节现场。 X 摄` below the text.)
  if (label === 'picture' && facts !== undefined && (isMarkedLabel(facts) || facts.pictureFile || facts.peopleAtWork || (facts.photoCaption && facts.glued?.credit) || isCaptionWithoutCredit(facts))) return say(undefined, 0);
  // (A byline in brackets opens an item above its text: the page's last line, it opens none, `…。(A B)` / `(NAME)`.
  // Bylines after the editors' lines, `撰稿:X`, are the item's above them: build-item.ts reads them so.)
  return say(undefined, label === 'kicker' || label === 'subheading' || label === 'caption' ? 5 : label === 'picture' ? 2 : label === 'organisation' ? 1 : label === 'byline-before' && facts?.byline?.form === 'brackets' ? 3 : 0);
}

