// The incremental parser: text goes in chunk by chunk, items come out as soon
// as they are complete. Lines are read into a block; a block is labelled as a
// whole (label.ts), because a line's meaning depends on its neighbours:
//
//   社区动态                               section (first line, short, a column word)
//   近日,东山社区开展…                      body-new: a headerless caption…
//   本报通讯员撰                            credit: …which makes it a photo item
//   苏村社区: 开展主题党日活动               header: starts an item
//   本报讯 6月24日,苏村社区…                body, with a news lead
//   (李 莉)                               byline: ends the item
//   科学育儿进社区                          headline: a short line above a lead
//
// A block is decided when it reaches BLOCK_LINES lines (all but its last
// BLOCK_LOOKAHEAD lines, which wait for what follows) or at the end of the
// text, so memory stays at one block plus one item whatever the input's size.

import type { Bulletin, Diagnostic, Item, MetaLine, Person, Position, UnassignedBlock } from '../model.js';
import { labelCreditOf, type BylineMatch, type CreditMatch } from './bylines.js';
import { buildItem, newDraft, type Draft } from './build-item.js';
import { closesWithPictureNote, isTitle, MAX_TITLE, readLine, webAuthorsOf, withoutDayAfterTitle, type LineFacts } from './features.js';
import { holdsFieldMark, isOutside, MIN_SHORT_LINE_RUN, mayNameColumn, opensItem, type Label, type LineContext } from './grammar.js';
import { labelBlock } from './label.js';
import { isTableBorder, LineSplitter, placeIn, spanOf, type SourceLine } from './lines.js';
import { codeUnitTable, COLUMN_FIELD, columnOfCrumbLines, COLUMN_TAG, ENGLISH_NAME_LINE, isEnglishName, pictureSetHeadOf, channelBeforeFields, crumbTitleOf, isLetterSpaced, ORIGINAL_TITLE_LINE, SUBTITLE, TITLE_LABEL, breadcrumbColumn, breadcrumbCrumbs, namesAChannel, isButtonRow, bulletOf, columnTagName, tagNamesAPlace, tagNumbersAnIssue, WRITTEN_BY, isBarePageLine, isContentsHeading, isDisclosureFieldAlone, isDisclosureRow, SUMMARY_LABEL_ALONE, describesScene, showsPeopleAtWork, endsSentence, isHanCodePoint, isSpace, latestYearIn, namesAPicture, withoutTitleArrows, DATELINE_WORDS } from './patterns.js';
import { firstOrganisation, isOrganisationName } from './organisations.js';
import { isMediaName } from './people.js';
import { mayRunOn, splitBylineRunIntoText, splitFieldsRunIntoText, splitHeadRunIntoText, splitPageBreakOff, splitPictureFilesRunIntoText, splitRunOnLine } from './run-on.js';
import { DEFAULT_VOCABULARY, extendVocabulary, type Vocabulary, type VocabularyExtension } from './vocabulary.js';

export interface ParseOptions {
  /** Named in every diagnostic. */
  file?: string | null;
  /** The year of the page, for datelines without one; else the latest year (`20xx年`, `20xx-MM-DD`) in the text so far. */
  year?: number | null;
  /** Words to add to the default header, role and credit vocabulary. */
  vocabulary?: VocabularyExtension;
  /**
   * Receives every line's label and reasons as the parser decides it: what `bulletin explain` prints. Mostly in the page's
   * order; a web table's border alone on its line is told when it is read, before the lines of the block around it.
   */
  onDecision?: (decision: LineDecision) => void;
}

const NO_REASONS: readonly string[] = [];

/** Lines labelled together: more would label fewer lookahead lines twice, but hold a stream's first items back longer. */
const BLOCK_LINES = 32;
/** Lines at a block's end that wait for the next block: their labels depend on what follows. */
const BLOCK_LOOKAHEAD = 8;
/** Characters that decide a block early: a page of few, enormous lines. */
const BLOCK_CHARACTERS = 1 << 20;
/** Longest value of a web copy's field on the line below its name. */
const MAX_FIELD_VALUE = 30;
/** Shortest part of a title printed again over two lines. */
const MIN_TITLE_PART = 4;
/**
 * `part` opens `title` and leaves words of it for the next line: the title printed again, broken over two lines. (Not
 * where a dash or a bar parts the rest, `TITLE-江城网`: that title was the page's, its site's name after it.)
 */
function isTitlesFirstPart(part: string, title: string): boolean {
  return part.length >= MIN_TITLE_PART && title.length - part.length >= MIN_TITLE_PART && title.startsWith(part) && isHanCodePoint(title.charCodeAt(part.length));
}
/** A field whose value below it names the writers: `作者:`, `文:`, `撰文:`. */
const WRITER_FIELD_NAME = /^(?:作 ?者|文|文字|撰文)[:：]?$/u;
/** A notice's label alone on its line: `声明:`, `免责声明：`. */
const NOTICE_LABEL_ALONE = /^(?:特别|免责|版权)?声明\s*[:：]?$/u;
function isNoticeLabelAlone(content: string): boolean {
  // (The label opens with 特, 免, 版 or 声: nearly every line opens otherwise, and skips the regex.)
  const first = content.charCodeAt(0);
  return (first === 0x7279 /* 特 */ || first === 0x514d /* 免 */ || first === 0x7248 /* 版 */ || first === 0x58f0 /* 声 */) && NOTICE_LABEL_ALONE.test(content);
}
/** A government page's index fields after a value and a space: `柳岸镇 生成时间 DATE 公开方式 主动公开`. */
const DISCLOSURE_FIELDS_AFTER_VALUE = /^\S{2,20}\s+(?:生成时间|生成日期|发布日期|成文日期|公开方式|公开时限|公开范围|索\s*引\s*号|文\s*号)(?:\s|[:：])/u;
/** Longest line read as one field of a government page's index table below a row of it. */
const MAX_DISCLOSURE_FIELD = 60;
/** A list's entry by its number: `1、…`, `2.…`. */
const NUMBERED_ENTRY = /^[0-9]{1,2}\s*[、.．]/u;
/** A field that names a date or a time (`发布日期:`, `时间:`): its value is written in figures. */
const TIME_FIELD = /(?:日期|时间)[:：]?\s*$/u;
function namesATime(fieldName: string): boolean {
  return TIME_FIELD.test(fieldName);
}
function hasFigure(text: string): boolean {
  return /[0-9０-９]/u.test(text);
}
/** How many of the last title-like lines a repeated title is looked for among. */
const RECENT_TITLES = 8;
/** A web copy's heading of its links to other copies, alone on its line: `相关新闻`, `>相关新闻`, `推荐阅读:`. */
const RELATED_LINKS_HEADING = /^[>》•·\s]*(?:相关新闻|相关阅读|相关推荐|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|推荐新闻)[\s:：>》]*$/u;
function isRelatedLinksHeading(content: string): boolean {
  return content.length <= 12 && RELATED_LINKS_HEADING.test(content);
}

/** Shortest line read as a paragraph printed again: a title or a caption printed twice is shorter. */
const MIN_REPEATED_PARAGRAPH = 40;
/** Shortest sentence above the first long paragraph that makes that paragraph no text's first (a caption's). */
const MIN_SENTENCE_BEFORE_TEXT = 15;
/** How many lines closed by a glued credit are remembered: a photo set's captions follow one another. */
const RECENT_CREDITS = 4;
/** Longest caption before its credit, read as a photo set's however often it is printed: a longer text is a paragraph. */
const MAX_SET_CAPTION = 60;
/** Longest title of an e-paper reader's list of titles (`标题导航` / …). */
const MAX_CONTENTS_TITLE = 40;

/** One line with the label the parser gave it and why: what `bulletin explain` prints. */
export interface LineDecision {
  line: SourceLine;
  label: Label;
  reasons: readonly string[];
  /** The item the line went to (its index), or null. */
  item: number | null;
}

/** What explain says of a web table's border alone on its line, which no block holds. */
const TABLE_BORDER_REASON = "a web table's border, alone on its line: the page's, or its item's inside the item";

/** Fewest short lines in a row that are pictures' labels, and the longest such line; the shortest paragraph below them. */
const MIN_LABEL_RUN = 3;
const MAX_LABEL_RUN_LINE = 45;
const MIN_PARAGRAPH_BELOW_LABELS = 60;
/** Fewest lines in a row, each showing people at work or a scene, that are pictures' labels without a sentence among them. */
const MIN_SCENE_RUN = 2;

/** The line shows people at work or a scene, as a picture's label does (`志愿者摆放电动车`, `志愿者合影`). */
function showsScene(context: LineContext): boolean {
  return context.facts.peopleAtWork || describesScene(context.text);
}

/**
 * A line that could be a picture's label in a run of them: short, one sentence closed by its full stop or a phrase with
 * no mark at all, no dateline, nothing that makes it a line of another kind (a lead, a header, a byline or credit, a line
 * about the page).
 */
function mayBeRunLabel(context: LineContext): boolean {
  const f = context.facts;
  if (f.length > MAX_LABEL_RUN_LINE || f.lead || f.header?.strong || f.byline || f.credit || f.glued || f.page !== null || f.editor !== null) return false;
  if (f.directive !== null || f.furniture !== null || f.label !== null || f.bullet !== null || f.opensWithDateline || f.continuation || f.quote) return false;
  // (A label that ends in a bracket names who supplied the picture, `…【进学街道供图】`: a picture inside the text.)
  return f.endsWithFullStop ? !f.sentenceInside : !f.punctuated && isHanCodePoint(context.text.charCodeAt(context.text.length - 1));
}

/**
 * Marks the lines of `contexts` that are one of a run of pictures' labels above a long paragraph (LineFacts.labelRun).
 * A run that reaches the block's end is no run yet: the parser labels a block's last lines again with the next block,
 * which holds the lines below them. A line whose mark changes is priced again.
 */
function markLabelRuns(contexts: readonly LineContext[]): void {
  let runStart = 0;
  // Short phrases alone in a row are a head (a column, a kicker, an organisation, a headline): a run holds a sentence.
  let sentences = 0;
  // (Or every line of it shows people at work or a scene, `小朋友们参观消防车` / `志愿者合影`: two are a run.)
  let scenes = 0;
  for (let i = 0; i <= contexts.length; i++) {
    if (i < contexts.length && mayBeRunLabel(contexts[i]!)) {
      if (contexts[i]!.facts.endsWithFullStop) sentences++;
      if (showsScene(contexts[i]!)) scenes++;
      continue;
    }
    const below = contexts[i];
    // (The text's byline may stand between the labels and its first paragraph: `●林小禾` / `金秋十月,…`.)
    const text = below !== undefined && below.facts.byline !== null && below.facts.length <= MAX_LABEL_RUN_LINE ? contexts[i + 1] : below;
    const isRun = ((i - runStart >= MIN_LABEL_RUN && sentences > 0) || (i - runStart >= MIN_SCENE_RUN && scenes === i - runStart)) && text !== undefined && text.facts.length >= MIN_PARAGRAPH_BELOW_LABELS;
    sentences = 0;
    scenes = 0;
    for (let j = runStart; j < i; j++) setLabelRun(contexts[j]!, isRun);
    if (below !== undefined) setLabelRun(below, false);
    runStart = i + 1;
  }
}

/** Fewest lines of a text printed a clause a line (LineFacts.verse), and the fewest of them that show it is one. */
const MIN_VERSE_RUN = 4;
const MIN_VERSE_EVIDENCE = 2;
/** Longest line of such a text: a clause or two. */
const MAX_VERSE_LINE = 30;
/** Longest line counted in a run of short lines (LineContext.shortLinesAbove): a title's, as grammar.ts reads one above a paragraph. */
const MAX_SHORT_RUN_LINE = 30;
/** Words a clause that goes on from the line above opens with, which no headline or label opens with so often. */
const VERSE_OPENERS = ['也', '是', '在', '与', '让', '像', '这', '那', '并', '而', '但', '还', '又', '就', '才', '都', '将', '被', '把', '使', '如', '成为', '至于', '寓意', '意味', '同时', '随后', '不仅'];
const VERSE_OPENER_ONE = codeUnitTable(VERSE_OPENERS.filter((word) => word.length === 1));
const VERSE_OPENER_TWO = new Set(VERSE_OPENERS.filter((word) => word.length === 2));

/** A line that could be one of a text printed a clause a line: short, no line of another kind. */
function mayBeVerse(context: LineContext): boolean {
  const f = context.facts;
  if (f.length < 4 || f.length > MAX_VERSE_LINE || f.lead || f.header !== null || f.organisation !== null || f.byline || f.credit || f.glued || f.page !== null || f.editor !== null) return false;
  return f.directive === null && f.furniture === null && f.label === null && f.bullet === null && !f.pictureFile && !f.continuation && !holdsFieldMark(context.text) && !DATE_STAMP.test(context.text);
}
/** A day in figures, or a template's mark: a copy's date line (`#年01月10日#`), not a clause of its text. */
const DATE_STAMP = /[0-9][年月日]|#/u;

/** The line opens as a clause that goes on from the line above (a title's two clauses hold a comma as a text's do: no sign). */
function showsVerse(text: string): boolean {
  return VERSE_OPENER_ONE[text.charCodeAt(0)] === 1 || VERSE_OPENER_TWO.has(text.slice(0, 2));
}

/**
 * Marks the lines of `contexts` that are one of a text printed a clause a line (LineFacts.verse): MIN_VERSE_RUN lines or
 * more in a row that may be such lines, none closing its sentence but the last, MIN_VERSE_EVIDENCE of them showing it.
 * A line whose mark changes is priced again.
 */
function markVerseRuns(contexts: readonly LineContext[]): void {
  const marks = contexts.map(() => false);
  let start = 0;
  while (start < contexts.length) {
    let end = start;
    while (end < contexts.length && mayBeVerse(contexts[end]!) && !contexts[end]!.facts.endsSentence) end++;
    // (The last line may close the sentence the run goes on with.)
    if (end > start && end < contexts.length && mayBeVerse(contexts[end]!)) end++;
    if (end - start >= MIN_VERSE_RUN) {
      let evidence = 0;
      for (let i = start; i < end; i++) if (showsVerse(contexts[i]!.text)) evidence++;
      if (evidence >= MIN_VERSE_EVIDENCE) for (let i = start; i < end; i++) marks[i] = true;
    }
    start = Math.max(end, start + 1);
  }
  contexts.forEach((context, i) => {
    if (context.facts.verse === marks[i]) return;
    context.facts.verse = marks[i]!;
    context.prices = null;
  });
}

/**
 * Marks a short line printed twice in a row below the text's last paragraph, with no text below the two
 * (`…环保意识。` / `清洁乡村` / `清洁乡村`): a picture's label, printed once as the picture's text and once as its caption,
 * not a sub-heading and the start of another item. Above a paragraph the pair is a title printed twice, and is left.
 */
function markLabelsPrintedTwice(contexts: readonly LineContext[]): void {
  const marks = contexts.map(() => false);
  for (let i = 2; i < contexts.length; i++) {
    const first = contexts[i - 1]!;
    const second = contexts[i]!;
    if (second.text !== first.text || !isLoneLabel(first.facts) || !isLoneLabel(second.facts)) continue;
    const above = contexts[i - 2]!.facts;
    const below = contexts[i + 1]?.facts;
    if (!above.endsSentence || above.length <= MAX_LABEL_RUN_LINE) continue;
    if (below !== undefined && below.furniture === null && below.editor === null && below.page === null) continue;
    marks[i - 1] = marks[i] = true;
  }
  // (A block's last lines are read again with the next block, which may hold text below them: a mark is undone.)
  contexts.forEach((context, i) => {
    if (context.facts.printedTwice === marks[i]) return;
    context.facts.printedTwice = marks[i]!;
    context.prices = null;
  });
}

/** A short line without its sentence's end that could be one of a run of labels: no line of another kind. */
function mayBePhrase(facts: LineFacts): boolean {
  return facts.titleLike && !facts.endsSentence && facts.furniture === null && facts.header === null && facts.organisation === null && facts.byline === null && facts.credit === null && facts.glued === null && facts.page === null && facts.editor === null;
}

/**
 * Marks three short lines or more in a row right below a finished paragraph, none closing its sentence (LineFacts.phraseRun):
 * pictures' labels or a list (`为老人义剪` / `打扫卫生` / `拉家常`), not a title above the next line, whatever blank lines
 * part them (a copy may put one below every line). A line whose mark changes is priced again.
 */
function markPhraseRuns(contexts: readonly LineContext[]): void {
  const marks = contexts.map(() => false);
  for (let start = 1; start < contexts.length; start++) {
    const above = contexts[start - 1]!.facts;
    if (!above.endsSentence || above.titleLike || !mayBePhrase(contexts[start]!.facts)) continue;
    let end = start;
    while (end < contexts.length && mayBePhrase(contexts[end]!.facts)) end++;
    if (end - start >= MIN_SHORT_LINE_RUN) for (let i = start; i < end; i++) marks[i] = true;
    start = end - 1;
  }
  contexts.forEach((context, i) => {
    if (context.facts.phraseRun === marks[i]) return;
    context.facts.phraseRun = marks[i]!;
    context.prices = null;
  });
}

/** Most labels read below the text's last paragraph (a photo story may label a dozen pictures there). */
const MAX_LABELS_BELOW_TEXT = 16;

/**
 * Marks short phrases below the text's last finished paragraph with no text below them, only lines about the page or
 * the block's end (LineFacts.labelBelowText): the labels of the pictures printed after the text, or links to other copies
 * (`…完成补植2.5万株。` / `张村镇种子站指导农民科学播种冬小麦`), not the text cut off. A block's last lines are read
 * again with the next block, which may hold text below them: a mark is undone. A line whose mark changes is priced again.
 */
function markLabelsBelowText(contexts: readonly LineContext[]): void {
  const marks = contexts.map(() => false);
  let end = contexts.length;
  while (end > 0 && isAboutThePage(contexts[end - 1]!.facts)) end--;
  let start = end;
  while (start > 0 && end - start < MAX_LABELS_BELOW_TEXT && mayBeLabelBelowText(contexts[start - 1]!)) start--;
  // A name that signs the text stands right below it or last, and a text cut off leaves its word last: the guards
  // against them hold at the run's ends. Above the last label, a short phrase is one more (`挑担的妇女` / `舒心` / `忙碌` /
  // `村口的老樟树`), whatever its length, and between two labels a word like a name (`舒心`) is no signature.
  if (start < end && (contexts[start]!.facts.signature !== null || !isFullLabelBelowText(contexts[end - 1]!))) start = end;
  const above = contexts[start - 1]?.facts;
  // (Below a finished paragraph, not below a short line: labels stand under the text, not under a head. The paragraph
  // may close with its byline or its editor glued, `…教育意义。(文/X 图/Y)`: the text ends there all the same.)
  if (start < end && above !== undefined && (above.endsSentence || above.glued !== null) && above.length > MAX_LABEL_RUN_LINE) for (let i = start; i < end; i++) marks[i] = true;
  contexts.forEach((context, i) => {
    if (context.facts.labelBelowText === marks[i]) return;
    context.facts.labelBelowText = marks[i]!;
    context.prices = null;
  });
}
/**
 * A short phrase alone that may label a picture below the text: no quotation (`“心齐了…”`, a sub-heading's), nothing a
 * text cut off would leave (an open quote). At the run's ends, no name that signs the text either (`何承志`, `滕州融媒`),
 * nor a word's first characters (isFullLabelBelowText()).
 */
function mayBeLabelBelowText(context: LineContext): boolean {
  const f = context.facts;
  const text = context.text;
  if (!(isLoneLabel(f) || isCaptionBelowText(context)) || f.quote) return false;
  return text.indexOf('“') === -1 && text.indexOf('"') === -1;
}
const CLAUSE_COMMA = /[,，]/u;
const TELLS_RESPONSE = /纷纷|表示|感到|称赞|点赞|好评/u;
/** Longest caption closed by its full stop read below the text (a text's closing sentence names more). */
const MAX_CAPTION_BELOW_TEXT = 24;
/**
 * A picture's caption closed by its full stop, no credit, below the text's last paragraph: people at work in one clause
 * (`志愿者与孩子们共读交流。`) or a scene going on (`护林员正在巡护森林,筑牢防火屏障。`), opening as no news paragraph does
 * (`柳岸社区近日举办邻里节。` is a brief's). A closing sentence of the text names no such scene (`副县长X出席开幕式。`).
 */
function isCaptionBelowText(context: LineContext): boolean {
  const f = context.facts;
  if (!f.endsWithFullStop || f.length > MAX_CAPTION_BELOW_TEXT || f.opensLikeNews || f.photoCaption) return false;
  if (f.lead || f.header || f.byline || f.credit || f.glued || f.page !== null || f.editor !== null || f.furniture !== null || f.organisation !== null) return false;
  // (How people took it is the text's telling, not a picture's: `居民们纷纷点赞。`, `村民们表示满意。`.)
  if (f.oneClause) return describesScene(context.text.slice(0, -1)) || (showsPeopleAtWork(context.text.slice(0, -1)) && !TELLS_RESPONSE.test(context.text));
  // (A scene going on may say in a second clause what it is for, `…正在巡护森林,筑牢防火屏障。`; people at work so, `居民们
  // 投壶、套粽子,玩得不亦乐乎。`, is as often the text's closing sentence.)
  const comma = context.text.search(CLAUSE_COMMA);
  return comma > 0 && describesScene(context.text.slice(0, comma));
}
/**
 * A label below the text that may close its run: no name that signs the text, no word cut off (shorter), unless it names
 * the shot as no word cut off does (`活动现场`, `志愿者合影`).
 */
function isFullLabelBelowText(context: LineContext): boolean {
  return context.facts.signature === null && (context.facts.length >= MIN_LABEL_BELOW_TEXT || describesScene(context.text));
}
/** Shortest label read below the text: a name or a word cut off is shorter. */
const MIN_LABEL_BELOW_TEXT = 7;

/** A line about the page or the copy, not its text: a page line, an editor, a directive, furniture. */
function isAboutThePage(f: LineFacts): boolean {
  return f.page !== null || f.editor !== null || f.directive !== null || (f.furniture !== null && f.furniture !== 'no words');
}

/**
 * Marks each caption opening 图为, its credit glued, that has a paragraph of text right below it with no credit of its
 * own (LineFacts.textBelow): the text's picture printed between its paragraphs (`图为…参访。骆云飞 摄` / `梁大姐一家是…`),
 * not a photo set's next caption (`图为…。(林小禾摄)` / `图为…。(周宁摄)`). A block's last line has nothing below it yet,
 * and is read again with the next block. A line whose mark changes is priced again.
 */
function markTextBelowCaptions(contexts: readonly LineContext[]): void {
  contexts.forEach((context, i) => {
    const f = context.facts;
    const below = contexts[i + 1]?.facts;
    const mark = f.photoCaption && f.glued?.credit !== undefined && below !== undefined && below.glued === null && below.length > MAX_TITLE && !below.photoCaption && below.lead === null && below.byline === null && below.credit === null;
    if (f.textBelow === mark) return;
    f.textBelow = mark;
    context.prices = null;
  });
}

/** Fewest characters of a text's opening paragraph read as its setting (undatedOpening()): a sentence, not a label. */
const MIN_UNDATED_OPENING = 30;
/** Any day or word of time a text names: `2月18日`, `18日`, `近日`, `当天`, `当日` (undatedOpening() asks for none). */
const NAMES_A_DAY = new RegExp(`[0-9０-９] ?日|当日|${DATELINE_WORDS.join('|')}`, 'u');

/**
 * A paragraph at a text's top that names no day: no lead, no byline or credit, a finished sentence of some length, its
 * words naming no date nor time (`正值元宵节,东湾街道开展以…为主题的活动。`).
 */
function undatedOpening(text: string, f: LineFacts): boolean {
  return f.lead === null && !f.titleLike && f.header === null && f.byline === null && f.credit === null && f.glued === null && f.furniture === null && f.endsSentence && f.length >= MIN_UNDATED_OPENING && !f.photoCaption && !f.picturedOn && !NAMES_A_DAY.test(text);
}

/**
 * A line that may be a picture's caption, no report's paragraph: one sentence opening with a time (a photo set's), one
 * opening 图为, one closed by its picture's day (`…老樟树(5月6日摄)。`), or one no longer than a title.
 */
function isCaptionLike(f: LineFacts): boolean {
  return f.timedCaption || f.photoCaption || f.picturedOn || f.length <= MAX_TITLE;
}

/**
 * Marks short lines alone that end in the same words, three or more in a block (`东村群众大会` / `西村群众大会` /
 * `南村群众大会` between and below the paragraphs): the labels of a set of pictures, one a place, not the parts of a
 * feature (whose sub-headings say different things) nor the next items' titles.
 */
function markLabelsSharingTheirEnd(contexts: readonly LineContext[]): void {
  const byEnd = new Map<string, number[]>();
  contexts.forEach((context, i) => {
    if (context.text.length < SHARED_LABEL_END + 2 || !isLoneLabel(context.facts)) return;
    const end = context.text.slice(-SHARED_LABEL_END);
    const lines = byEnd.get(end);
    if (lines === undefined) byEnd.set(end, [i]);
    else lines.push(i);
  });
  for (const lines of byEnd.values()) {
    if (lines.length < MIN_SHARED_LABELS) continue;
    for (const i of lines) {
      const context = contexts[i]!;
      if (context.facts.markedPicture) continue;
      context.facts.markedPicture = true;
      context.prices = null;
    }
  }
}
/**
 * Marks three or more one-sentence lines in a row that open with the same words (`在柳岸社区,消防员…。` / `在柳岸社区,居民…。`
 * / `在柳岸社区,志愿者…。`) right below a text's byline: the captions of its pictures, each saying where it was taken,
 * not paragraphs of another text, which do not repeat their opening. (Elsewhere such captions may be a photo set's
 * items, each its own.) A line whose mark changes is priced again.
 */
function markCaptionsSharingTheirOpening(contexts: readonly LineContext[]): void {
  const isCaption = (context: LineContext): boolean => {
    const f = context.facts;
    return f.endsSentence && f.length <= MAX_SET_CAPTION && f.length > SHARED_CAPTION_OPENING && !f.lead && !f.byline && !f.credit && !f.glued && f.page === null && f.editor === null && f.furniture === null;
  };
  let start = 0;
  for (let i = 0; i <= contexts.length; i++) {
    const same = i < contexts.length && isCaption(contexts[i]!) && i > start && contexts[i]!.text.slice(0, SHARED_CAPTION_OPENING) === contexts[start]!.text.slice(0, SHARED_CAPTION_OPENING);
    if (same) continue;
    if (i - start >= MIN_SHARED_LABELS && start > 0 && contexts[start - 1]!.facts.byline !== null) {
      for (let k = start; k < i; k++) {
        const context = contexts[k]!;
        if (context.facts.sharesOpening) continue;
        context.facts.sharesOpening = context.facts.markedPicture = true;
        context.prices = null;
      }
    }
    start = i < contexts.length && isCaption(contexts[i]!) ? i : i + 1;
  }
}
/**
 * Marks the lines of a run of two or more that each end in a web table's cell border (`…的笑容。 |` / `…收获大姜。 |`):
 * the cells of a table of pictures, each its picture's caption. A line whose mark changes is priced again.
 */
function markCellRuns(contexts: readonly LineContext[]): void {
  for (let i = 0; i < contexts.length; i++) {
    const f = contexts[i]!.facts;
    const mark = f.endsCell && ((contexts[i - 1]?.facts.endsCell ?? false) || (contexts[i + 1]?.facts.endsCell ?? false));
    if (f.inCellRun === mark) continue;
    f.inCellRun = mark;
    contexts[i]!.prices = null;
  }
}

/** The words a set's captions share at their start (markCaptionsSharingTheirOpening()). */
const SHARED_CAPTION_OPENING = 10;

/** The words a set's labels share at their end, and how many labels make a set. */
const SHARED_LABEL_END = 4;
const MIN_SHARED_LABELS = 3;

/**
 * Marks short lines alone between paragraphs as pictures' labels where another line between paragraphs of the block is
 * one for sure (`活动现场`, `志愿者给老人剪发`, a picture's file): a text whose pictures are labelled labels them all
 * (`…落座。` / `志愿者在门口引导` / `游园会…`), one or two in a row, and a feature's sub-headings are not printed among them.
 */
function markLabelsAmongPictures(contexts: readonly LineContext[]): void {
  const isParagraph = (f: LineFacts | undefined, above: boolean): boolean => f !== undefined && f.length >= MIN_PARAGRAPH_AROUND_LABEL && !f.titleLike && (!above || f.endsSentence);
  const isPicture = (f: LineFacts): boolean => f.markedPicture || f.peopleAtWork || f.pictureFile;
  // The runs of short lines between two paragraphs, and whether one of them is a picture's for sure.
  const runs: [number, number][] = [];
  let sure = false;
  for (let i = 1; i < contexts.length; i++) {
    if (!isParagraph(contexts[i - 1]!.facts, true)) continue;
    let j = i;
    while (j < contexts.length && j - i < MAX_LABELS_IN_A_ROW && (isLoneLabel(contexts[j]!.facts) || isPicture(contexts[j]!.facts))) j++;
    if (j === i || !isParagraph(contexts[j]?.facts, false)) continue;
    runs.push([i, j]);
    for (let k = i; k < j; k++) if (isPicture(contexts[k]!.facts)) sure = true;
  }
  if (!sure) return;
  for (const [from, to] of runs) {
    for (let k = from; k < to; k++) {
      const context = contexts[k]!;
      if (isPicture(context.facts) || !isLoneLabel(context.facts)) continue;
      context.facts.markedPicture = true;
      context.prices = null;
    }
  }
}
/** Most labels read in a row between two paragraphs (a picture's label, then its caption's). */
const MAX_LABELS_IN_A_ROW = 2;
/** Shortest paragraph read around a picture's label between paragraphs. */
const MIN_PARAGRAPH_AROUND_LABEL = 30;

/** A short phrase alone, nothing else that line could be: a picture's label, or a title. */
function isLoneLabel(f: LineFacts): boolean {
  return f.titleLike && !f.punctuated && f.length <= MAX_LABEL_RUN_LINE && !f.lead && !f.header && !f.byline && !f.credit && !f.glued && f.page === null && f.editor === null && f.furniture === null && f.organisation === null;
}

/**
 * Marks the lines around a run of two or more captions that open with their hour or date: the run's first caption
 * (LineFacts.opensCaptionRun), which opens its item as the captions below it do, and the line below the run
 * (LineFacts.belowCaptions): the photo set's text, or a caption printed without its time (`…而此时…` below `18时许,…`),
 * is no caption's second paragraph. A line whose mark changes is priced again.
 * A caption's credit on the line below it (`10月2日,…` / `记者 林帆 摄` / `10月3日,…`) does not part the run.
 */
function markCaptionRuns(contexts: readonly LineContext[]): void {
  for (let i = 0; i < contexts.length; i++) {
    const facts = contexts[i]!.facts;
    // (A credit line's own neighbours are the lines next to it.)
    const pastCredits = facts.credit === null;
    const up = pastCredits ? captionAbove(contexts, i) : i - 1;
    const above = isTimedCaption(contexts[up]);
    const below = up >= 1 && !facts.timedCaption && above && isTimedCaption(contexts[pastCredits ? captionAbove(contexts, up) : up - 1]);
    const down = pastCredits ? captionBelow(contexts, i) : i + 1;
    const opens = (facts.timedCaption && !above && contexts[down]?.facts.timedCaption === true) || opensCreditedRun(contexts, i);
    if (facts.belowCaptions === below && facts.opensCaptionRun === opens) continue;
    facts.belowCaptions = below;
    facts.opensCaptionRun = opens;
    contexts[i]!.prices = null;
  }
}

/** A caption that opens with its hour or date; a copy's date line (`2024年08月31日 NAME`, furniture) is none. */
function isTimedCaption(context: LineContext | undefined): boolean {
  return context !== undefined && context.facts.timedCaption && context.facts.furniture === null;
}

/** Shortest paragraph read as the story an agency's uncredited caption goes on into (captionStory). */
const MIN_CAPTION_STORY = 60;

/**
 * Marks the paragraphs that tell an agency's caption's story: below a caption closed by its picture's day and without a
 * credit of its own, a long paragraph with the credit line right below it (LineFacts.captionStory). The credit must be
 * in the block: the block's last lines are labelled again with the next block.
 */
function markCaptionStories(contexts: readonly LineContext[]): void {
  for (let i = 1; i + 1 < contexts.length; i++) {
    const facts = contexts[i]!.facts;
    const caption = contexts[i - 1]!.facts;
    const story = caption.picturedOn && caption.glued === null && caption.credit === null && !facts.picturedOn && facts.length >= MIN_CAPTION_STORY && isCaptionOrText(contexts[i]) && contexts[i + 1]!.facts.credit !== null && contexts[i + 1]!.facts.glued === null;
    if (facts.captionStory === story) continue;
    facts.captionStory = story;
    contexts[i]!.prices = null;
  }
}

/** A paragraph of text, neither a title nor a credit, byline or line about the page. */
function isCaptionOrText(context: LineContext | undefined): boolean {
  const f = context?.facts;
  return f !== undefined && !f.titleLike && f.credit === null && f.byline === null && f.furniture === null && f.page === null && f.editor === null && f.glued === null;
}

/**
 * `LEAD-IN` / `CAPTION` / `记者 X 摄` / `CAPTION` / `通讯员 Y 摄`: below a paragraph, the first of two or more captions each
 * credited on the line below it opens a photo set's run, as a run of captions opening with their hour does: it is no
 * second paragraph of the lead-in above it.
 */
function opensCreditedRun(contexts: readonly LineContext[], i: number): boolean {
  return (
    (isCaptionOrText(contexts[i]) &&
      contexts[i + 1]?.facts.credit != null &&
      isCaptionOrText(contexts[i + 2]) &&
      contexts[i + 3]?.facts.credit != null &&
      isCaptionOrText(contexts[i - 1])) ||
    opensGluedCreditRun(contexts, i) ||
    opensLabelledCaptions(contexts, i)
  );
}

/**
 * `LEAD-IN` / `CAPTION。记者 X 摄` / `CAPTION。(摄影:Y)`: so does the first of two captions in a row each closed by its
 * credit glued to it, below a finished paragraph without one (the set's lead-in), whatever the caption opens with: the
 * lead-in's text ends above it, when it tells the scene in clauses (`青石村村口,志愿者…。记者 X 摄`). (Not below a caption
 * of its own, `8月27日,…。` / `近年来,…。 新华社记者 X 摄`: the set's lead-in may go on from caption 1 to its credit. Not a
 * label and its credit, `农机服务在田间 X 摄`, nor a few words, `讲解消防知识。X摄`: a story's pictures, printed in a row.)
 */
function opensGluedCreditRun(contexts: readonly LineContext[], i: number): boolean {
  const above = contexts[i - 1]?.facts;
  if (above === undefined || !above.endsSentence || above.timedCaption || !isCaptionOrText(contexts[i - 1])) return false;
  const caption = creditedSentence(contexts[i]!);
  if (caption === null || !CLAUSE_MARK.test(caption) || creditedSentence(contexts[i + 1]) === null) return false;
  // (The captions run to the text's end: below them, a sub-heading or a paragraph would be the story's going on, the
  // captions its pictures.)
  let end = i + 2;
  while (creditedSentence(contexts[end]) !== null) end++;
  const below = contexts[end]?.facts;
  return below === undefined || below.furniture !== null || below.editor !== null || below.page !== null || below.byline !== null || below.credit !== null;
}

/** The sentence a credit is glued to (`…合影留念。记者 林帆 摄`), or null. */
function creditedSentence(context: LineContext | undefined): string | null {
  const glued = context?.facts.glued;
  if (glued == null || glued.credit === null) return null;
  const sentence = context!.text.slice(0, glued.at).trim();
  return endsSentence(sentence) ? sentence : null;
}

/**
 * `LEAD-IN` / `右图 CAPTION` / `下图 CAPTION。本报记者 X摄`: below a finished paragraph, two or more captions in a row that
 * open with their picture's place or number (`左图:`, `右图 `, `图①:`), the last closed by the credit glued to it or on
 * the line below, are a photo item of their own: the first opens it, no paragraph of the text above.
 */
function opensLabelledCaptions(contexts: readonly LineContext[], i: number): boolean {
  const above = contexts[i - 1]?.facts;
  if (!contexts[i]!.facts.photoCaption || above === undefined || !above.endsSentence || above.photoCaption || above.glued !== null || !isCaptionOrText(contexts[i - 1])) return false;
  let last = i;
  while (last + 1 < contexts.length && contexts[last + 1]!.facts.photoCaption && contexts[last]!.facts.glued === null) last++;
  if (last === i) return false;
  const closing = contexts[last]!.facts;
  return closing.glued?.credit != null || (closing.glued === null && contexts[last + 1]?.facts.credit != null);
}

/** The line above line `i`, past a credit line: the caption it credits. */
function captionAbove(contexts: readonly LineContext[], i: number): number {
  return contexts[i - 1]?.facts.credit != null ? i - 2 : i - 1;
}

/** The line below line `i`, past the credit line of line `i`'s caption. */
function captionBelow(contexts: readonly LineContext[], i: number): number {
  return contexts[i + 1]?.facts.credit != null ? i + 2 : i + 1;
}

/** Fewest titles in a page's list of its pieces. */
const MIN_CONTENTS_RUN = 3;

/** A line of an e-paper page's list of its pieces: a title (no lead, byline, credit or sentence), or a code without words. */
function mayBeContentsLine(context: LineContext): 'title' | 'code' | null {
  const f = context.facts;
  if (f.furniture === 'no words') return 'code';
  if (!f.titleLike || f.furniture !== null || f.lead || f.byline || f.credit || f.glued || f.page !== null || f.editor !== null || f.length > MAX_CONTENTS_TITLE) return null;
  return 'title';
}

/**
 * An e-paper prints the list of its page's pieces at the top, then its navigation (`上一篇 下一篇`, `版面导航`): three or
 * more titles in a row right above a navigation line are that list, furniture, not a headline and its text (the piece
 * itself, and its title again, come below). Marked before a block is labelled, as markLabelRuns() marks.
 */
function markContentsRuns(contexts: readonly LineContext[]): void {
  let runStart = 0;
  let titles = 0;
  for (let i = 0; i < contexts.length; i++) {
    const kind = mayBeContentsLine(contexts[i]!);
    if (kind !== null) {
      // (A title printed again in the run is no other piece's: the copy's own title, printed twice around the site's
      // counts, `TITLE` / `条评论立即评论` / `TITLE` / `分享`.)
      if (kind === 'title' && !contexts[i]!.facts.repeatsTitle) titles++;
      continue;
    }
    if (titles >= MIN_CONTENTS_RUN && contexts[i]!.facts.furniture === 'navigation') {
      for (let j = runStart; j < i; j++) {
        const context = contexts[j]!;
        if (context.facts.furniture !== null) continue;
        context.facts.furniture = 'table of contents';
        // (A title of the list that reads as a header, `江海区两所小学 获省级奖项`, or as an organisation's name,
        // `西坡村入选文明村`, is a title of the list all the same.)
        context.facts.header = null;
        context.facts.organisation = null;
        context.prices = null;
      }
    }
    runStart = i + 1;
    titles = 0;
  }
}

/**
 * A reader lists its pages one below another (`01版:要闻` / `02版:综合` / …): page lines in a row are that list,
 * furniture, and name no column of this page.
 */
function markPageLists(contexts: readonly LineContext[]): void {
  for (let i = 0; i + 1 < contexts.length; i++) {
    let end = i;
    // `第01版` / `要闻` / `第02版` / `社区`: each page's number alone, its column's name below it, as the reader
    // software prints its list of pages with or without the `版面导航` above it.
    if (isPageListPair(contexts, i) && isPageListPair(contexts, i + 2)) {
      while (isPageListPair(contexts, end)) end += 2;
    } else if (contexts[i]!.facts.page !== null && contexts[i + 1]!.facts.page !== null && !isPageListPair(contexts, i + 1)) {
      while (end < contexts.length && contexts[end]!.facts.page !== null) end++;
    } else {
      continue;
    }
    for (let j = i; j < end; j++) markPageListEntry(contexts[j]!);
    i = end - 1;
  }
}

/** The line at `at` is a page's number alone, and the line below it a short name (its column's). */
function isPageListPair(contexts: readonly LineContext[], at: number): boolean {
  const page = contexts[at];
  const name = contexts[at + 1];
  if (page === undefined || name === undefined || page.facts.page === null || !isBarePageLine(page.text)) return false;
  // (The name may read as a page line itself: `头版`.)
  return !isBarePageLine(name.text) && name.facts.titleLike && name.facts.length <= MAX_PAGE_NAME;
}

/** `text` without its white space, to compare two printings of one title. */
function withoutSpaces(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Longest column name in a reader's list of pages: `综合新闻`, `城事·社区`. */
const MAX_PAGE_NAME = 8;

function markPageListEntry(context: LineContext): void {
  context.facts.page = null;
  context.facts.furniture = 'page list';
  context.prices = null;
}

/** Shortest summary above a lead that repeats its first words (markSummariesAboveLeads). */
const MIN_SUMMARY_OF_LEAD = 15;

/**
 * Marks a paragraph that the lead below it repeats word for word after its lead (`11月6日,…活动。` / `江城新闻网讯(记者
 * X)11月6日,…活动。…`), or that the paragraph below opens with, cut with an ellipsis (isCutSummaryOf()): the site's
 * summary of the copy printed above it, as `摘要:…` is, not a text of its own.
 */
function markSummariesAboveLeads(contexts: readonly LineContext[]): void {
  for (let i = 0; i + 1 < contexts.length; i++) {
    const summary = contexts[i]!;
    const below = contexts[i + 1]!;
    const lead = below.facts.lead;
    const f = summary.facts;
    if (f.furniture !== null || f.length < MIN_SUMMARY_OF_LEAD) continue;
    const repeated =
      isCutSummaryOf(summary.text, below.text) ||
      (lead !== null && f.lead === null && f.endsSentence && widthless(below.text.slice(lead.text.length)).startsWith(widthless(summary.text)));
    if (!repeated) continue;
    f.furniture = 'web copy line';
    summary.prices = null;
  }
}

/** An ellipsis a site's summary is cut with: `...`, `…`, `。。。`. */
const CUT_MARK = /(?:\.{3,}|…+|。{3,})$/u;

/**
 * `XX讯(记者 X) 爷爷奶奶,请爱护卫生…。12月7日,…向过往群众发放《争做文明...` above `XX讯(记者 X)“爷爷奶奶,…`: the
 * site's summary of the copy, its opening printed again and cut with an ellipsis; its words, the quotation marks it may
 * drop aside, open the paragraph below.
 */
function isCutSummaryOf(summary: string, text: string): boolean {
  // (The last character first: a `$`-anchored regex scans the whole line, and most lines end in no ellipsis.)
  const last = summary.charCodeAt(summary.length - 1);
  if (last !== 0x2e /* . */ && last !== 0x2026 /* … */ && last !== 0x3002 /* 。 */) return false;
  const cut = CUT_MARK.exec(summary);
  if (cut === null) return false;
  const words = withoutQuotes(widthless(summary.slice(0, cut.index)));
  return words.length >= MIN_SUMMARY_OF_LEAD && withoutQuotes(widthless(text)).startsWith(words);
}

function withoutQuotes(text: string): string {
  return text.replace(/["']/gu, '');
}

/** Where a line's (or a piece's) content ends in the whole text. */
function endOf(line: SourceLine): number {
  return line.offset + line.indent + line.content.length;
}

/**
 * `text` without white space, its full-width ASCII forms half-width and its curly quotation marks straight: what two
 * printings of the same words share, whichever width of punctuation each was set in (the formatter widens a text's and
 * may leave a summary's as printed).
 */
function widthless(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x201c || code === 0x201d) out += '"';
    else if (code === 0x2018 || code === 0x2019) out += "'";
    else out += text[i];
  }
  return out;
}

/** How many lines below a breadcrumb a channel of its path may be printed again (noteCrumbPrintedAgain()). */
const MAX_LINES_BELOW_PATH = 3;
/** Longest channel of a path read as printed again below it: a copy's title is longer. */
const MAX_CHANNEL_CRUMB = 8;

/** Longest channel name a web copy prints above its title: `看见长春`, `团学工作`, `乡镇传真`. */
const MAX_CHANNEL = 6;

/**
 * Marks the page's first line when it names the web copy's channel (LineFacts.namesChannel): short, with a longer
 * title below it and the copy's date or source line below that. A line whose mark changes is priced again.
 */
function markChannel(contexts: readonly LineContext[]): void {
  const first = contexts[0];
  if (first === undefined || !first.pageTop) return;
  const [title, fields] = [contexts[1], contexts[2]];
  const short = first.facts.titleLike && !first.facts.punctuated && first.facts.length <= MAX_CHANNEL;
  const names =
    short &&
    ((title !== undefined && title.facts.titleLike && title.facts.length > first.facts.length && fields !== undefined && fields.facts.furniture === 'web copy line') ||
      // (Or its name in English right below it, or below the page's own head: `医院文化` / `About Us`, `家乡新貌` / `家乡新貌` /
      // `New look at home`, as an institution's bilingual site heads its channels.)
      namedInEnglishBelow(contexts) ||
      // (Or the breadcrumb right below it names it among its channels: `志愿服务` / `当前位置: 首页 > 志愿服务 > 正文`.)
      (title !== undefined && title.facts.furniture === 'navigation' && (breadcrumbCrumbs(title.text)?.includes(first.text) ?? false)));
  if (first.facts.namesChannel === names) return;
  first.facts.namesChannel = names;
  first.prices = null;
}

/** The line below the first, or below the page's own head after it (the site's crumbs passed over), is an English name. */
function namedInEnglishBelow(contexts: readonly LineContext[]): boolean {
  const [below, next] = contexts.slice(1, 5).filter((context) => context.facts.furniture === null || context.facts.furniture === ENGLISH_NAME_LINE);
  if (below === undefined) return false;
  return isEnglishName(below.text) || (below.facts.titleLike && below.facts.length <= MAX_CHANNEL && next !== undefined && isEnglishName(next.text));
}

/** A head that opens with its part's number: `1、`, `二、`, `(三)`, `3.`. */
const NUMBERED_HEAD = /^(?:[0-9０-９]{1,2}[、.．]|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十0-9]{1,3}[)）])/u;

/** A range of days in one month or across two: from `month`/`from` to `toMonth`/`to`. */
interface DayRange {
  month: number;
  from: number;
  toMonth: number;
  to: number;
}

/** `3月3日-3月5日`, `3月3日至5日`, `3月3日—5日` opening a paragraph: the days it covers. */
const DAY_RANGE_OPENING = /^([0-9]{1,2})月([0-9]{1,2})日(?:上午|下午|晚上?)?\s*[-－—~～至到]+\s*(?:([0-9]{1,2})月)?([0-9]{1,2})日/u;
function dayRangeOpening(text: string): DayRange | null {
  const range = DAY_RANGE_OPENING.exec(text);
  if (range === null) return null;
  const month = Number(range[1]);
  const toMonth = range[3] === undefined ? month : Number(range[3]);
  const from = Number(range[2]);
  const to = Number(range[4]);
  return toMonth * 100 + to > month * 100 + from ? { month, from, toMonth, to } : null;
}

const MONTH_AND_DAY = /([0-9]{1,2})月([0-9]{1,2})日/u;
/** Whether the day a paragraph opens with (`3月4日上午`) lies inside `range`. */
function dayWithin(opening: string | null, range: DayRange): boolean {
  const day = opening === null ? null : MONTH_AND_DAY.exec(opening);
  if (day === null) return false;
  const at = Number(day[1]) * 100 + Number(day[2]);
  return at >= range.month * 100 + range.from && at <= range.toMonth * 100 + range.to;
}

/** Removes the first `count` elements of `array` in place: a block keeps its lookahead lines without a spliced-out copy. */
function dropFirst<T>(array: T[], count: number): void {
  for (let i = count; i < array.length; i++) array[i - count] = array[i]!;
  array.length -= count;
}

function setLabelRun(context: LineContext, value: boolean): void {
  if (context.facts.labelRun === value) return;
  context.facts.labelRun = value;
  context.prices = null;
}

export class BulletinParser {
  readonly file: string | null;
  section: string | null = null;
  /** The section is the column a breadcrumb named (breadcrumbColumn()). */
  private sectionFromPath = false;
  /** The first line of a paragraph's length, as printed (LineFacts.repeatsText). */
  private firstLongLine: string | null = null;
  /** A line of a sentence's length, closed by its end, came before the first long line (firstLongLine). */
  private sentenceSeen = false;
  /** The piece read right above the first long line, when a sentence came before it (else null). */
  private pieceAboveFirstLong: string | null = null;
  /** The last piece read, as printed. */
  private previousPiece = '';
  /** Where the text of the line being read ends when a web table's cell border follows it (LineFacts.endsCell), else -1. */
  private cellEnd = -1;
  /** The last few credits glued after a sentence, as printed, with their lines (LineFacts.creditSeenBefore). */
  private readonly gluedCredits: { credit: string; line: string }[] = [];
  /** The lines read since the last news lead are paragraphs (LineContext.inLeadStory). */
  private inLeadStory = false;
  /** The days a report's first paragraph said it covers, while its paragraphs go on (LineContext.inDayRange). */
  private dayRange: DayRange | null = null;
  /** The unit the paragraph below the last head opened with, and whether the line read last was a head (LineContext.opensAnotherPart). */
  private partOpener: string | null = null;
  private belowHead = false;
  /** How many short lines without their sentence's end the last lines read were, in a row (LineContext.shortLinesAbove). */
  private shortLineRun = 0;
  /** A head stood above, only the copy's lines since: the next paragraph is the report's first (reportOpening). */
  private headAboveReport = false;
  /** The first paragraph of the report below a head, while its paragraphs go on (LineContext.namedByReport). */
  private reportOpening: string | null = null;
  /** The text opened, at the page's top and below no head, on a paragraph naming no day, while its paragraphs go on (undatedOpening()). */
  private undatedOpening = false;
  readonly meta: MetaLine[] = [];
  /**
   * Web tables' cell borders after a line's text, not yet known to lie outside the spans of the items and stray text
   * around them: a border inside an item's or a run's span is that owner's (its line is inside), one after its owner's
   * last line is the page's furniture (settleBorders()).
   */
  private pendingBorders: MetaLine[] = [];
  readonly unassigned: UnassignedBlock[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly onDecision: ((decision: LineDecision) => void) | null;
  /** The labels of the page's first item's lines, held until the item closes (a hollow head's lines are outside any item). */
  private firstItemDecisions: LineDecision[] = [];

  private readonly vocabulary: Vocabulary;
  private readonly year: number | null;
  // Blank lines tell the labeller nothing (a page's spacing is its layout system's): they are passed over unmade.
  private readonly splitter = new LineSplitter(() => {});
  private itemCount = 0;
  private ready: Item[] = [];
  private current: Draft | null = null;
  /**
   * A photo item with a head and the photo items below it, kept until the next item shows whether the head is the
   * text's below the pictures: empty, or a run of at most MAX_HELD_PICTURES.
   */
  private held: { draft: Draft; built: BuiltItem }[] = [];
  /**
   * A headed item that ends in a byline after its first paragraphs, kept until the next item shows whether those were
   * the lead-in of a longer piece whose body goes on under sub-headings (continuesLeadIn()).
   */
  private leadIn: Draft | null = null;
  /**
   * The last item closed, when it names no author: a web copy prints its `作者:` field below the text as often as above
   * it, so the item waits until the next item opens (its diagnostics do not wait).
   */
  private awaitingAuthors: { draft: Draft; item: Item } | null = null;
  /** A web copy's `作者:` field above the page's first item, for that item when it names no author. */
  private authorsAbove: Person[] | null = null;
  /** `原标题:TITLE` above the page's first item: its title, where the copy prints no other (the first item's draft takes it). */
  private originalTitle: string | null = null;
  /** The last line of a hollow head just dropped, when it reads as a title: the web copy's, if its fields open the next item. */
  private hollowTitle: SourceLine | null = null;
  /** A hollow head's headline with the copy's date line right below it: the title of the item that opens next. */
  private hollowHeadline: SourceLine | null = null;
  /** The page's first draft, a hollow head whose last line reads as a title, kept open across the copy's lines below it. */
  private hollowHeadOverCopyLines = false;
  /** The hollow title just dropped stood above the copy's lines only: the title of the text that opens below them. */
  private hollowTitleOverCopyLines = false;
  /** The block's lines, and what the labeller knows of each (two arrays, so the labeller takes the second as it is). */
  private blockLines: SourceLine[] = [];
  private blockContexts: LineContext[] = [];
  private blockCharacters = 0;
  private sawText = false;
  /** The number of the last line read (0: none yet), to tell a blank line between two. */
  private lastLineNumber = 0;
  /** The last line's content, handed to the next line's context (LineContext.previousText). */
  private lastContent: string | undefined = undefined;
  /** Below a notice's label alone (`声明:`) and its numbered terms so far. */
  private inNoticeList = false;
  /** The line above was a row of a government page's index table (isDisclosureRow()), or a field of it below one. */
  private inDisclosureTable = false;
  /** The line of a summary's label alone (`摘要` / its summary), until the next line is read; then the summary's line. */
  private summaryLabelLine: number | null = null;
  private summaryLine: number | null = null;
  /** The line before was a web copy's field name alone (`来源`, `作者:`): this one is its value. */
  private belowFieldName: string | null = null;
  /** The crumbs of the breadcrumb read last, while the lines right below it are read (MAX_LINES_BELOW_PATH). */
  private crumbsAbove: string[] | null = null;
  private linesBelowPath = 0;
  /** Below an e-paper reader's `标题导航` or a page of its list of pages (`01版` / `要闻`): its titles, up to a line about the page. */
  private inContents = false;
  /** Only the contents' heading and page lines read since it: the list of pages a reader may print above the titles. */
  private pagesBelowContentsHeading = false;
  /** Below a web copy's heading of links to other copies (`相关新闻`), up to a line of text. */
  private inRelatedLinks = false;
  /** The last few short, title-like lines: a page may print its title again (`TITLE` / lead-in / `TITLE` / caption…). */
  private recentTitles: string[] = [];
  /** The last lines that were a news lead alone, as printed: one printed again below its text is the copy's. */
  private recentLeadLines: string[] = [];
  /** The label and facts of the last line applied: the labeller's start for the next block. */
  private beforeLabel: Label | null = null;
  private beforeFacts: LineFacts | null = null;
  private unassignedRun: SourceLine[] = [];
  private latestYear: number | null = null;

  constructor(options: ParseOptions = {}) {
    this.file = options.file ?? null;
    this.year = options.year ?? null;
    this.vocabulary = options.vocabulary ? extendVocabulary(options.vocabulary) : DEFAULT_VOCABULARY;
    this.onDecision = options.onDecision ?? null;
  }

  /** Reads a chunk of text; returns the items it completed. */
  push(chunk: string): Item[] {
    this.splitter.push(chunk, this.read);
    return this.take();
  }

  /** Reads what is left; returns the last items. */
  end(): Item[] {
    this.splitter.end(this.read);
    this.decide(true);
    this.closeItem();
    this.releaseLeadIn();
    this.releaseHeld();
    this.releaseAwaiting();
    this.closeUnassigned();
    return this.take();
  }

  /** The page-level results, for callers that consumed the items as they came. */
  summary(): Omit<Bulletin, 'items'> {
    // (A cell border's furniture is noted when its line is read, before the line's own, which waits for its block; a
    // stable sort of the lines in order, the usual case, is one pass.) The borders no owner's span took are the page's.
    this.meta.push(...this.pendingBorders);
    this.pendingBorders = [];
    this.meta.sort((a, b) => a.span.start.offset - b.span.start.offset);
    return {
      file: this.file,
      section: this.section,
      meta: this.meta,
      unassigned: this.unassigned,
      diagnostics: this.diagnostics,
    };
  }

  private take(): Item[] {
    const items = this.ready;
    this.ready = [];
    return items;
  }

  private readonly read = (line: SourceLine): void => {
    // A blank line that came in pieces (a chunk ended inside it) reaches here; the splitter passes over the others.
    if (line.content.length === 0) return;
    // A web table's cell border after the text is the page's, as its other furniture is: nothing of the line is lost.
    this.cellEnd = line.cellBorder === undefined ? -1 : endOf(line);
    // (So is one before it: `| 发布日期:2024-03-02`.)
    if (line.cellBorderBefore !== undefined) {
      this.pendingBorders.push({ kind: 'furniture', text: '|', value: 'cell border', span: placeIn(line, line.cellBorderBefore, line.cellBorderBefore + 1) });
      line.cellBorderBefore = undefined;
    }
    if (line.cellBorder !== undefined) {
      this.pendingBorders.push({ kind: 'furniture', text: '|', value: 'cell border', span: placeIn(line, line.cellBorder, line.cellBorder + 1) });
      line.cellBorder = undefined;
    }
    // A border alone on its line (`|`) is read as one glued to a line is, left out of the blocks and settled by the spans
    // around it: inside an item's its own, else the page's. Labelled, it took an item's head as meta that the same
    // border glued to the line above left outside (the formatter's output read otherwise on a second pass).
    if (isTableBorder(line.content)) {
      this.pendingBorders.push({ kind: 'furniture', text: line.content, value: 'cell border', span: placeIn(line) });
      // (Told now, before the lines of the block it stands in: a listener that keeps the page's order sorts by place.)
      this.onDecision?.({ line, label: 'furniture', reasons: [TABLE_BORDER_REASON], item: null });
      return;
    }
    // (`…新华社记者 周宁 摄pagebreak`: a web editor's page-break mark glued to the paragraph is the site's.)
    const pageBreak = splitPageBreakOff(line);
    if (pageBreak === null) return this.readText(line);
    this.readText(pageBreak[0]);
    this.readPiece(pageBreak[1]);
  };

  private readText(line: SourceLine): void {
    if (!mayRunOn(line.content)) this.readCuttingHead(line);
    else for (const piece of splitRunOnLine(line, this.vocabulary)) this.readCuttingHead(piece);
  }

  /** Reads a line, or the headline and the text it ran into as two (splitHeadRunIntoText()). */
  private readCuttingHead(line: SourceLine): void {
    const parts = splitHeadRunIntoText(line, this.vocabulary);
    if (parts === null) return this.readCuttingFields(line);
    this.readPiece(parts[0]);
    // (`TITLE发布日期:DATE 1月9日,…`: the fields after the headline may run into the text too.)
    this.readCuttingFields(parts[1]);
  }

  /** Reads a line, or a web copy's fields and the text they ran into as two (splitFieldsRunIntoText()). */
  private readCuttingFields(line: SourceLine): void {
    const parts = splitFieldsRunIntoText(line, this.vocabulary) ?? splitBylineRunIntoText(line, this.vocabulary) ?? splitPictureFilesRunIntoText(line);
    if (parts === null) return this.readPiece(line);
    this.readPiece(parts[0]);
    this.readPiece(parts[1]);
  }

  private readPiece(line: SourceLine): void {
    line.year = latestYearIn(line.content);
    const facts = readLine(line.content, this.vocabulary);
    // (Of a line cut into pieces, only the last ends in the cell's border.)
    facts.endsCell = endOf(line) === this.cellEnd;
    // `来源` / `临河市教育局办公室`: the value of a field copied a cell a line is the field's, not text (nor an organisation's line).
    // (A date's or a time's field holds figures: below an empty `发布日期:`, a headline is the page's text.)
    // (A government page's index runs its next fields on after the value: `发布单位` / `柳岸镇 生成时间 DATE 公开方式 主动公开`.)
    if (this.belowFieldName !== null && facts.furniture === null && facts.lead === null && (facts.length <= MAX_FIELD_VALUE || DISCLOSURE_FIELDS_AFTER_VALUE.test(line.content)) && !facts.endsSentence && (!namesATime(this.belowFieldName) || hasFigure(line.content))) {
      facts.furniture = 'field value';
      // `作者:` / `解广军`: the field's names, as on one line (`文:` / NAME too, the writer's field).
      if (WRITER_FIELD_NAME.test(this.belowFieldName)) facts.webAuthors = webAuthorsOf(`作者:${line.content}`, this.vocabulary);
    }
    this.belowFieldName = facts.furniture === 'field name' ? line.content : null;
    this.noteCrumbPrintedAgain(line, facts);
    // `声明:` alone, then its terms numbered a line each (`1、本栏目…`, `2、…`): the site's notice, not text.
    // `摘要` / its summary, which repeats the text: the copy's notice, as `摘要:…` on one line is (all the pieces of its line).
    if (this.summaryLabelLine !== null && line.number !== this.summaryLabelLine) {
      this.summaryLine = line.number;
      this.summaryLabelLine = null;
    }
    if (line.number === this.summaryLine) facts.furniture = 'web copy line';
    else if (SUMMARY_LABEL_ALONE.test(line.content)) {
      facts.furniture = 'web copy line';
      this.summaryLabelLine = line.number;
    }
    // `索引号:X 分类:` / `名称: TITLE` / `文号 :`: below a row of a government page's index table, its other fields one a line.
    if (this.inDisclosureTable && facts.furniture === null && facts.length <= MAX_DISCLOSURE_FIELD && isDisclosureFieldAlone(line.content)) facts.furniture = 'web copy line';
    this.inDisclosureTable = (facts.furniture !== null && (isDisclosureRow(line.content) || this.inDisclosureTable)) && facts.furniture !== 'navigation';
    if (this.inNoticeList && NUMBERED_ENTRY.test(line.content)) facts.furniture = 'web copy line';
    else this.inNoticeList = isNoticeLabelAlone(line.content);
    // (`A01版` too, which readLine reads as no page line: in the list it is a page's number as `第A01版` is.)
    if (this.inContents && isBarePageLine(line.content)) {
      facts.page = null;
      facts.furniture = 'page list';
    }
    if (this.inContents && facts.furniture === null && facts.lead === null && facts.page === null && facts.editor === null && facts.length <= MAX_CONTENTS_TITLE && !facts.endsSentence) facts.furniture = 'table of contents';
    // The links below a heading of related copies (`相关新闻` / `• TITLE` / `[2026-02-12] -` / `TITLE`): titles and their
    // days, no sentence's end, one to a line (blank lines between them or not, as the formatter prints them).
    // (Below a row of the site's buttons, `推荐新闻` / `推荐图片`, the heading was one more button.)
    this.inRelatedLinks = this.inRelatedLinks && facts.furniture !== 'navigation' && facts.lead === null && facts.page === null && facts.editor === null && facts.length <= MAX_CONTENTS_TITLE && !facts.endsSentence;
    // (A dash alone between them, `-`, is one more mark of the list.)
    if (this.inRelatedLinks && (facts.furniture === null || facts.furniture === 'no words')) facts.furniture = 'navigation';
    if (facts.furniture === 'navigation' && isRelatedLinksHeading(line.content)) this.inRelatedLinks = true;
    if (facts.titleLike) {
      // (Spaced as it may be: `TITLE A  TITLE B` repeats `TITLE A TITLE B`; numbered as a photo page numbers it above each
      // picture, `TITLE(2)` repeats `TITLE(1)`.)
      // (Its column's tag before it, or not: `【北京】TITLE` is repeated by `TITLE`.)
      const tag = line.content.charCodeAt(0) === 0x3010 /* 【 */ ? COLUMN_TAG.exec(line.content) : null;
      const title = withoutPictureNumber(withoutSpaces(tag ? line.content.slice(tag[0].length) : line.content));
      // (`TITLE - 天天要闻`: the title as the page's own title prints it, the site's name after a dash or a bar.)
      facts.repeatsTitle = this.recentTitles.includes(title) || repeatsWithSiteName(title, this.recentTitles);
      // (Or broken over two lines this time, `TITLE` / `FIRST PART` / `REST`: each part is the last title again.)
      const last = this.recentTitles[this.recentTitles.length - 1];
      facts.repeatsLastTitle = last === title || (last !== undefined && isTitlesFirstPart(title, last)) || this.recentTitles[this.recentTitles.length - 2] === `${last}${title}`;
      this.recentTitles.push(title);
      if (this.recentTitles.length > RECENT_TITLES) this.recentTitles.shift();
    }
    // (`(城中区静兰街道讯 通讯员 X 报道)` alone again below the text it opened: the copy's lead printed twice, no item's. A
    // paper's `本报讯` alone on its line opens each brief of a column, the same words every time: not so.)
    if (facts.lead !== null && facts.lead.unit === true && facts.lead.text.length === line.content.length) {
      if (this.recentLeadLines.includes(line.content)) {
        facts.lead = null;
        facts.furniture = 'lead again';
      } else if (this.recentLeadLines.push(line.content) > RECENT_TITLES) this.recentLeadLines.shift();
    }
    // A reader may print its list of pages between the heading and the titles (`标题导航` / `第01版:要闻` / … / TITLE):
    // right below the heading, page lines keep the list open; below a title of it, a page line is the page's own and ends it.
    const heading = isContentsHeading(line.content);
    const pagesBelowHeading = this.pagesBelowContentsHeading && facts.page !== null;
    this.inContents = heading || facts.furniture === 'page list' || pagesBelowHeading || (this.inContents && (facts.furniture === 'table of contents' || facts.furniture === 'no words'));
    this.pagesBelowContentsHeading = heading || pagesBelowHeading;
    // `…。新华网发(林帆 摄)` on line after line: the captions of one photo set, each closed by the set's credit. (A
    // paragraph printed twice, its credit with it, is the text printed again; a caption printed again is one still.)
    if (facts.glued?.credit) {
      const credit = line.content.slice(facts.glued.at).trim();
      const captionLength = facts.glued.at <= MAX_SET_CAPTION;
      facts.creditSeenBefore = this.gluedCredits.some((seen) => seen.credit === credit && (captionLength || seen.line !== line.content));
      this.gluedCredits.push({ credit, line: line.content });
      if (this.gluedCredits.length > RECENT_CREDITS) this.gluedCredits.shift();
    }
    // The text printed twice (a site's template repeating it): the text's first paragraph word for word again. (Another
    // paragraph printed again, a photo set's text under each picture, goes on where it stands.)
    // (Below a sentence of its own, a caption's, the first long paragraph may be a photo set's text, which each caption
    // repeats below it: the text printed twice repeats that sentence above it too.)
    if (facts.length >= MIN_REPEATED_PARAGRAPH) {
      if (this.firstLongLine === null) {
        this.firstLongLine = line.content;
        this.pieceAboveFirstLong = this.sentenceSeen ? this.previousPiece : null;
      } else facts.repeatsText = line.content === this.firstLongLine && (this.pieceAboveFirstLong === null || this.pieceAboveFirstLong === this.previousPiece);
    } else if (facts.endsSentence && facts.length >= MIN_SENTENCE_BEFORE_TEXT && this.firstLongLine === null) this.sentenceSeen = true;
    this.previousPiece = line.content;
    // A story that opened with a news lead goes on through its paragraphs until a head, a byline or a credit, a page line
    // or another lead: its later paragraphs may open with a day and an organisation, as a brief does.
    const inLeadStory = this.inLeadStory && facts.lead === null;
    if (facts.lead !== null) this.inLeadStory = true;
    else if (facts.titleLike || facts.byline !== null || facts.credit !== null || facts.glued !== null || facts.page !== null || facts.header !== null) this.inLeadStory = false;
    // A report that opens with the days it covers (`3月3日-3月5日,…`) goes on through a paragraph for each day (`3月4日上午,…`),
    // each opening with its day and whoever acted, as a brief does: a day inside the range is the report's.
    const inDayRange = this.dayRange !== null && facts.lead === null && dayWithin(facts.openingDate, this.dayRange);
    // What ends a report: a lead, a byline or a credit, a glued tail, a page line, a header; a head below opens another.
    // (A picture's note in brackets between the paragraphs, `(志愿者在河边净滩)`, is no head: the report goes on below it.)
    const endsReport = facts.lead !== null || facts.byline !== null || facts.credit !== null || facts.glued !== null || facts.page !== null || facts.header !== null;
    // (A picture's file between the paragraphs, `2.png`, is where a picture stood: no head, the report goes on below it.)
    const opensReport = facts.titleLike && facts.furniture === null && !facts.pictureFile;
    if (endsReport || opensReport) this.dayRange = null;
    else if (facts.opensWithDate && !facts.titleLike) this.dayRange = dayRangeOpening(line.content) ?? (inDayRange ? this.dayRange : null);
    // A report's first paragraph below its head may name the day and the units its later paragraphs tell of, each opening
    // with its day and unit as a brief does (`6月22日,我市各地开展…` / … / `6月22日,万盛街道北二社区开展…`; `近日,三河市泃阳
    // 西街道与鼎盛东街道相继开展…` / … / `1月15日,鼎盛东街道组织…`): the report's, going on.
    // (Not a photo set's captions, each one sentence opening with the set's day: `1月31日,在…,艺人在舞龙。` / `1月31日,…`.)
    // (Nor the first paragraph printed again, a copy of its own.)
    // (A picture's caption is neither: `东湾村村口的老樟树(5月6日摄)。` / `东湾村新修的村道(5月6日摄)。` are a photo set's.)
    const namedByReport = this.reportOpening !== null && this.reportOpening !== line.content && facts.lead === null && !isCaptionLike(facts) && ((facts.openingDate !== null && this.reportOpening.includes(facts.openingDate)) || (facts.opensWith !== null && this.reportOpening.includes(facts.opensWith)));
    // An untitled text may open on a paragraph that names no day, the setting or the occasion (`正值元宵节,东湾街道开展…`,
    // `青石村是湖边的一个古村…`): the paragraphs below it that open with a day (`2月18日,柳岸社区…`) tell of it, no brief's.
    const toldOfOpening = this.undatedOpening && facts.opensWithDate && facts.lead === null && !facts.photoCaption && !facts.picturedOn && facts.length > MAX_TITLE;
    if (endsReport || opensReport) this.undatedOpening = false;
    else if (!this.sawText) this.undatedOpening = undatedOpening(line.content, facts);
    if (endsReport || opensReport) {
      this.reportOpening = null;
      this.headAboveReport = !endsReport;
    } else if (this.headAboveReport && facts.furniture === null && facts.editor === null && !facts.titleLike) {
      this.reportOpening = isCaptionLike(facts) ? null : line.content;
      this.headAboveReport = false;
    }
    // A roundup of units under topic heads (`重温历史` / `驻红旗社区工作队组织…`, `拔河比赛` / `驻山润社区工作队开展…`): the
    // paragraph below a head opens with another unit than the one below the head before it.
    let opensAnotherPart = false;
    if (facts.lead !== null || facts.header !== null || facts.byline !== null || facts.credit !== null || facts.glued !== null || facts.page !== null) this.partOpener = null;
    else if (this.belowHead && facts.opensWith !== null) {
      opensAnotherPart = this.partOpener !== null && facts.opensWith !== this.partOpener;
      this.partOpener = facts.opensWith;
    }
    // (A numbered head, `1、文化礼堂用处多多`, is a feature's part: its parts may open with the place's units in turn.)
    this.belowHead = facts.titleLike && facts.furniture === null && facts.opensWith === null && !NUMBERED_HEAD.test(line.content);
    const context: LineContext = { text: line.content, facts, pageTop: !this.sawText, afterBlank: this.lastLineNumber > 0 && line.number > this.lastLineNumber + 1, prices: null, previousText: this.lastContent, inLeadStory, inDayRange, opensAnotherPart, namedByReport, toldOfOpening, shortLinesAbove: this.shortLineRun };
    // (A page's furniture, a contents line or a date, is no label: `柳岸镇举办职工乒乓球赛` in the page's contents.)
    if (facts.furniture !== null || facts.page !== null) this.shortLineRun = 0;
    else this.shortLineRun = facts.titleLike && !facts.endsSentence && facts.length <= MAX_SHORT_RUN_LINE ? this.shortLineRun + 1 : 0;
    this.lastLineNumber = line.number;
    this.lastContent = line.content;
    // A site may print its channel's path as lines of column names (`学子风采` / `学生新闻`): the page's top goes on below them.
    if (facts.page === null && facts.furniture === null && facts.editor === null && facts.directive === null && !(context.pageTop && mayNameColumn(line.content, facts))) this.sawText = true;
    this.blockLines.push(line);
    this.blockContexts.push(context);
    this.blockCharacters += line.content.length;
    if (this.blockLines.length >= BLOCK_LINES || this.blockCharacters >= BLOCK_CHARACTERS) this.decide(false);
  }

  /** Labels the block and applies the labels of its lines, all of them at the end, else all but the lookahead. */
  private decide(final: boolean): void {
    const lines = this.blockLines;
    const contexts = this.blockContexts;
    if (lines.length === 0) return;
    const before = this.beforeLabel === null ? null : { label: this.beforeLabel, facts: this.beforeFacts! };
    markLabelRuns(contexts);
    markVerseRuns(contexts);
    markLabelsPrintedTwice(contexts);
    markPhraseRuns(contexts);
    markLabelsBelowText(contexts);
    markTextBelowCaptions(contexts);
    markLabelsSharingTheirEnd(contexts);
    markCaptionsSharingTheirOpening(contexts);
    markCellRuns(contexts);
    markLabelsAmongPictures(contexts);
    markCaptionRuns(contexts);
    markCaptionStories(contexts);
    markContentsRuns(contexts);
    markPageLists(contexts);
    markChannel(contexts);
    markSummariesAboveLeads(contexts);
    const { labels, reasons } = labelBlock(contexts, before, this.onDecision !== null);
    const keep = final || this.blockCharacters >= BLOCK_CHARACTERS ? 0 : Math.min(BLOCK_LOOKAHEAD, lines.length - 1);
    const commit = lines.length - keep;
    for (let i = 0; i < commit; i++) this.apply(lines[i]!, contexts[i]!.facts, labels[i]!, reasons?.[i] ?? NO_REASONS);
    dropFirst(lines, commit);
    dropFirst(contexts, commit);
    let characters = 0;
    for (const line of lines) characters += line.content.length;
    this.blockCharacters = characters;
  }

  /** `所属栏目: 政务公开`, `专栏:乡镇动态` among the fields: the copy's own field names its column. */
  private noteColumnField(line: SourceLine, facts: LineFacts): void {
    if (this.section === null && facts.furniture === 'web copy line' && line.content.includes('栏')) this.section = COLUMN_FIELD.exec(line.content)?.[1] ?? null;
    // (`信息 | DATE | 来源:…`, `镇区   来源:…`: the channel the copy's fields open with is its column, as a breadcrumb's last.)
    // (`江西日报 | DATE`: a paper's or a site's name there is the copy's source, no channel.)
    if (this.section === null && facts.furniture === 'web copy line') {
      const channel = channelBeforeFields(line.content);
      if (channel !== null && !isMediaName(channel)) this.section = channel;
    }
  }

  /**
   * `当前位置: 首页 -> 党群工作 -> 党建动态 -> 正文` / `党群工作`: a channel of the path, printed again alone right below it, is
   * the site's heading, not the copy's headline.
   */
  private noteCrumbPrintedAgain(line: SourceLine, facts: LineFacts): void {
    if (facts.furniture === 'navigation') {
      const crumbs = breadcrumbCrumbs(line.content);
      if (crumbs !== null) {
        this.crumbsAbove = crumbs;
        this.linesBelowPath = MAX_LINES_BELOW_PATH;
        return;
      }
    }
    if (this.crumbsAbove === null) return;
    // (Not the copy's title as the path's last crumb, which the page prints again as its headline: a channel's name is short.)
    if (facts.furniture === null && facts.titleLike && !facts.punctuated && facts.length <= MAX_CHANNEL_CRUMB && namesAChannel(line.content) && this.crumbsAbove.includes(line.content)) facts.furniture = 'navigation';
    if (--this.linesBelowPath <= 0) this.crumbsAbove = null;
  }

  /** A web page's breadcrumb ends with the column the copy is filed under: `当前位置:首页 > XX网 > 乡镇快讯 >`. */
  private noteBreadcrumbColumn(line: SourceLine, facts: LineFacts): void {
    // (`>相关新闻` heads the links to other copies, no path to this one.)
    if (facts.furniture === 'navigation' && this.section === null && !isRelatedLinksHeading(line.content)) {
      this.section = breadcrumbColumn(line.content);
      this.sectionFromPath = this.section !== null;
    }
  }

  private apply(line: SourceLine, facts: LineFacts, label: Label, reasons: readonly string[]): void {
    const previous = this.beforeLabel;
    this.beforeLabel = label;
    this.beforeFacts = facts;
    if (opensItem(previous, label)) {
      this.closeItem(true);
      // (A byline opening an item may be the writers of the item that waits for them: closeItem() decides.)
      if (label !== 'byline-before') this.releaseAwaiting();
      this.closeUnassigned();
      this.current = newDraft(this.latestYear);
      if (this.authorsAbove !== null) {
        this.current.fieldAuthors = this.authorsAbove;
        this.current.fieldAuthorsAbove = true;
        this.authorsAbove = null;
      }
      if (this.originalTitle !== null) {
        this.current.originalTitle = this.originalTitle;
        this.originalTitle = null;
      }
      // `学生活动` / `TITLE` / `作者:X 时间:…` / text: the copy's fields stand between its title and its text, so the title
      // read as a hollow head above them is the item's (the site's lines above it are not).
      const { hollowTitle, hollowHeadline } = this;
      this.hollowTitle = null;
      this.hollowHeadline = null;
      const overCopyLines = this.hollowTitleOverCopyLines;
      this.hollowTitleOverCopyLines = false;
      if (hollowTitle !== null && ((label === 'meta' && facts.webAuthors !== null && line.number <= hollowTitle.number + 2) || overCopyLines)) this.current.originalTitle ??= hollowTitle.content;
      // (So is a headline with the copy's date and source right below it, `TITLE` / `2016-08-18 00:00:00 来源:` / `A- A+`.)
      if (hollowHeadline !== null) this.current.originalTitle ??= hollowHeadline.content;
    }
    if (isOutside(label)) {
      // (`…寄托对来年的祝愿` / `责编:X` / `来源:Y`: the copy's closing lines below its last paragraph.)
      const copyLine = label === 'editor' || (label === 'furniture' && facts.furniture === 'web copy line');
      if (this.current !== null && previous === 'body' && copyLine) {
        this.current.closedByCopyLines = true;
        this.current.closedByCopyField = label === 'furniture';
      }
      // `TITLE` / `来源:X` / `DATE` / `责编:Y` / text: the page's first head, with no sentence below it, stands above the
      // copy's lines, which stand between a web copy's title and its text: the head waits for what opens below them.
      if (copyLine && this.holdsHollowHead()) this.hollowHeadOverCopyLines = true;
      else this.closeItem();
      // A line about the page parts held pictures from any text below; stray text between them does not (a lone
      // credit whose caption is missing, between two captions of a photo page).
      if (label !== 'unassigned') {
        this.releaseLeadIn();
        this.releaseHeld();
        this.closeUnassigned();
      }
    }
    const signed = label === 'unassigned' && previous === 'furniture' ? this.signsAwaiting(line, facts) : null;
    if (signed !== null) {
      this.noteYear(line);
      this.onDecision?.({ line, label: 'byline', reasons: ["a byline below the copy's source field: the writers of the item above, which names none"], item: signed });
      return;
    }
    this.placeLine(line, facts, label);
    this.noteYear(line);
    if (this.onDecision === null) return;
    const decision: LineDecision = { line, label, reasons, item: isOutside(label) ? null : this.itemCount + 1 };
    // (The page's first item may yet prove a head with no text, the site's: its lines' labels wait for closeItem().)
    // (So do the copy's lines below it while it waits for what opens below them: the lines' order is kept.)
    if (this.itemCount === 0 && this.current !== null && (!isOutside(label) || this.hollowHeadOverCopyLines)) this.firstItemDecisions.push(decision);
    else this.onDecision(decision);
  }

  private placeLine(line: SourceLine, facts: LineFacts, label: Label): void {
    const draft = this.current;
    switch (label) {
      case 'section': {
        // `【暑期实践】走进社区`: the tag names the column, the words after it the page's series.
        const tag = facts.label === null && line.content.charCodeAt(0) === 0x3010 /* 【 */ ? COLUMN_TAG.exec(line.content) : null;
        // (`今 日 上 虞`: a letter-spaced head is its characters, the spaces the layout's.)
        const value = facts.label ?? (tag !== null ? columnTagName(tag) : isLetterSpaced(line.content) ? line.content.replace(/\s+/gu, '') : deepestChannel(line.content, this.vocabulary));
        // More precise than the page line's section name; the breadcrumb's column, the site's own filing, stays.
        if (!this.sectionFromPath) this.section = value;
        this.meta.push({ kind: 'section', text: line.content, value, span: placeIn(line) });
        return;
      }
      case 'page':
        // A page line starts another page (or copy): an author field below it is not the last item's.
        this.releaseAwaiting();
        this.meta.push({ kind: 'page', text: line.content, value: facts.page!, span: placeIn(line) });
        if (this.section === null && facts.page) this.section = facts.page;
        return;
      case 'editor':
        this.meta.push({ kind: 'editor', text: line.content, value: facts.editor!, span: placeIn(line) });
        return;
      case 'directive':
        this.meta.push({ kind: 'directive', text: line.content, value: facts.directive!, span: placeIn(line) });
        return;
      case 'furniture': {
        const value = facts.label ?? facts.furniture ?? '';
        this.meta.push({ kind: 'furniture', text: line.content, value, span: placeIn(line) });
        // (`【打印正文】`: a button in brackets names no column.)
        if (facts.label && this.section === null && !namesAPicture(facts.label) && !isButtonRow(line.content)) this.section = facts.label;
        this.noteColumnField(line, facts);
        this.noteBreadcrumbColumn(line, facts);
        if (facts.webAuthors) this.noteAuthorsOutside(facts.webAuthors, facts.webPhotographers === null ? undefined : { people: facts.webPhotographers, line });
        if (this.itemCount === 0) this.noteOriginalTitle(line.content);
        return;
      }
      case 'unassigned':
        this.unassignedRun.push(line);
        return;
    }
    if (draft === null) throw new Error(`label ${label} outside an item`); // the grammar opens an item first
    switch (label) {
      case 'kicker':
        draft.kicker = line;
        draft.headLines.push(line);
        return;
      case 'organisation':
        draft.headLines.push(line);
        // `XX社区:` keeps its colon as the separator, whether a title follows on the next line or none does.
        draft.header = facts.header ?? { organisation: facts.organisation, title: '', separator: '', strong: false };
        return;
      case 'header': {
        draft.headLines.push(line);
        draft.header = facts.header;
        // `【记者走基层】柳岸镇:TITLE`, `视点|柳岸镇:TITLE`: the tag before the header names the page's column.
        const tagged = line.content.charCodeAt(0) === 0x3010 /* 【 */ || (facts.header?.organisation != null && !line.content.startsWith(facts.header.organisation));
        const tag = tagged ? COLUMN_TAG.exec(line.content) : null;
        const tagName = tag === null ? null : columnTagName(tag);
        if (tagName !== null && namesAColumn(tagName)) this.section ??= tagName;
        return;
      }
      case 'headline': {
        draft.headLines.push(line);
        // `图文:大水利助发展`: the label before the colon says what the item is, not what it is called.
        // `●东湖社区举办亲子阅读会`: a list's bullet before a headline is the layout's, as before a header.
        const printed = facts.bullet === null ? line.content : line.content.slice(facts.bullet.length).trimStart();
        // (`TITLE 2024年09月04日`, `TITLE 临河在线 2023-06-22`: the e-paper's or the site's day after a space, the copy's, not the title's.)
        let title = facts.label ?? withoutDayAfterTitle(withoutTitleArrows(printed).replace(TITLE_LABEL, ''));
        // `(新春走基层)(1)TITLE`: the photo set's column and the picture's number before the title.
        const setHead = facts.label === null ? pictureSetHeadOf(title) : null;
        if (setHead !== null) {
          this.section ??= setHead[1]!;
          title = title.slice(setHead[0].length);
        }
        // `——柳岸镇金秋丰收掠影` heading the item: a subtitle whose title the page printed as a picture; its dash is no
        // part of the words.
        if (draft.header === null && facts.subtitle) title = title.replace(SUBTITLE, '');
        // `视点|留京过年…`: the column's tag names the page's column, not the item; `【汝河小区】TITLE`: an organisation in
        // the tag's place is the item's, as before a header's colon.
        const tag = facts.label === null ? COLUMN_TAG.exec(title) : null;
        let tagOrganisation: string | null = null;
        if (tag !== null) {
          title = title.slice(tag[0].length);
          const name = columnTagName(tag);
          if (isOrganisationName(name, this.vocabulary)) tagOrganisation = name;
          // (`【贵州】TITLE`: where a wire copy was filed, no column.)
          else if (namesAColumn(name)) this.section ??= name;
        }
        // Below an organisation line, the title; below a headline or a title already read, the title's second line
        // (`江城志愿服务大篷车` / `开进第300站!`, `河西社区` / `邻里菜园结出` / `“连心果”`), joined with a space as an editor reads the two.
        const secondLine = draft.header !== null && draft.header.title !== '';
        draft.header = draft.header
          ? secondLine ? { ...draft.header, title: `${draft.header.title} ${title}` } : { ...draft.header, title, separator: draft.header.separator || '\n' }
          : { organisation: tagOrganisation, title, separator: '', strong: false };
        if (tagOrganisation !== null && draft.header.organisation === tagOrganisation) draft.taggedOrganisation = true;
        return;
      }
      case 'subtitle':
        draft.headLines.push(line);
        draft.subtitles.push(line);
        return;
      case 'caption':
        // A short caption with its credit glued (`农民采收茶叶。记者 范澄 摄`): the text's picture, as one inside the text.
        if (facts.glued?.credit) {
          this.addPicture(draft, line, facts);
          return;
        }
      // falls through
      case 'meta':
        draft.asides.push({ kind: label, line, from: 0, byline: null, webAuthors: facts.webAuthors, webPhotographers: facts.webPhotographers });
        // A web copy's page line below its headline (`版面:第6版:社区 上一篇`) still names the column; so do its breadcrumb
        // and its column field.
        if (facts.page && this.section === null) this.section = facts.page;
        this.noteColumnField(line, facts);
        this.noteBreadcrumbColumn(line, facts);
        return;
      case 'byline-before':
      case 'byline': {
        // `林小雨/图` among the bylines above the text: a credit, whose people took the pictures.
        const byline = facts.byline ?? facts.signature;
        if (byline === null) {
          this.addCredit(draft, line, facts);
          return;
        }
        if (label === 'byline' && this.bylineGoesOnCredit(draft, line, byline)) {
          // `■摄影 记者 王 蓉` / `通讯员 寿勤英`: the credit's list of names goes on below its verb.
          draft.credit!.people.push(...byline.people.map((person) => ({ ...person, source: 'credit' as const })));
          draft.asides.push({ kind: 'credit', line, from: 0, byline: null });
          return;
        }
        // (`(记者 A` / `通讯员 B)`: the bracket was only broken over two lines, and the item is whole.)
        if (byline.closesBracket && draft.asides.at(-1)?.byline?.cut) draft.truncatedElsewhere = false;
        draft.asides.push({ kind: 'byline', line, from: 0, byline });
        // (A bracket cut at the text's end cuts the item; above the text, it only lost its closing mark.)
        if (byline.cut && label === 'byline') draft.truncatedElsewhere = true;
        return;
      }
      case 'credit':
        this.addCredit(draft, line, facts);
        return;
      case 'continuation':
        draft.asides.push({ kind: 'continuation', line, from: 0, byline: null });
        draft.truncatedElsewhere = true;
        return;
      case 'body':
      case 'body-new':
      case 'subheading':
        this.addBody(draft, line, facts, label === 'subheading');
        return;
      case 'picture':
        this.addPicture(draft, line, facts);
        return;
    }
  }

  /**
   * A picture of the text, above it or inside it, its caption's credit glued: the caption an aside, the credit the item's
   * (a later picture's people join it, as a second credit line's do). The item is a text with pictures, no photo item.
   * The title printed again where a picture was has no credit: its line is the aside alone.
   */
  private addPicture(draft: Draft, line: SourceLine, facts: LineFacts): void {
    const glued = facts.glued;
    if (glued === null) {
      // (`套圈比赛 摄影 林小禾`: a label closed by its photographer's credit; the credit is the item's, the label no text.)
      const credit = labelCreditOf(line.content, this.vocabulary);
      draft.asides.push({ kind: 'caption', line, from: 0, to: credit?.from, byline: null });
      if (credit !== null) takeCredit(draft, line, credit.from, credit.match, credit.match.people);
      return;
    }
    const credit = glued.credit!;
    draft.pictures = true;
    draft.asides.push({ kind: 'caption', line, from: 0, to: glued.at, byline: null });
    takeCredit(draft, line, credit.from, credit.match, credit.match.people);
  }

  private addBody(draft: Draft, line: SourceLine, facts: LineFacts, subheading: boolean): void {
    const glued = facts.glued;
    // `江城网10月8日讯` / `(记者 X 文/图)近日,…`: a bracket below a lead alone on its line is the lead's, read with it.
    const before = draft.body.at(-1);
    const leadAbove = before !== undefined && before.lead !== null && before.lead.text.length >= before.length;
    const opening = leadAbove ? null : facts.openingByline;
    // `(通讯员 王宁)10月24日,…`: the bracket is the item's byline or credit, the text starts after it.
    if (opening?.credit) draft.credit ??= { match: opening.credit, line, from: 0, to: opening.bracketEnd, people: opening.credit.people };
    else if (opening?.byline) draft.asides.push({ kind: 'byline', line, from: 0, to: opening.bracketEnd, byline: opening.byline });
    // (`编者按:为推动…`: the note's label is no text of it; it stays the item's, as a line of the copy does.)
    const textFrom = opening?.length ?? facts.editorsNote;
    if (!opening && facts.editorsNote > 0) {
      let labelEnd = facts.editorsNote;
      while (labelEnd > 0 && isSpace(line.content.charCodeAt(labelEnd - 1))) labelEnd--;
      draft.asides.push({ kind: 'meta', line, from: 0, to: labelEnd, byline: null });
    }
    draft.body.push({ line, from: textFrom, length: glued ? glued.at : line.content.length, lead: facts.lead, subheading, verse: facts.verse });
    if (!glued) return;
    if (glued.credit) {
      // (Below a credit line above the text, `雷 洁摄` / text / `…。孔越 摄`, the credit glued to the last paragraph joins
      // it, as a second credit line does: the first keeps its line, and nothing of either is lost.)
      takeCredit(draft, line, glued.credit.from, glued.credit.match, glued.credit.match.people);
      return;
    }
    let from = glued.at;
    while (from < line.content.length && isSpace(line.content.charCodeAt(from))) from++;
    if (glued.continuation) {
      draft.asides.push({ kind: 'continuation', line, from, byline: null });
      draft.truncatedElsewhere = true;
    } else if (glued.byline) {
      draft.asides.push({ kind: 'byline', line, from, byline: glued.byline });
    } else {
      // The editor's bracket or `(完)` alone after the text: a line of the copy, not of the item's text.
      draft.asides.push({ kind: 'meta', line, from, byline: null });
    }
  }

  /** A credit; a byline line right above it is part of it: `…特约记者 岑 远` / `通讯员 齐 夏 摄`. */
  private addCredit(draft: Draft, line: SourceLine, facts: LineFacts): void {
    const match = facts.credit!;
    const people = [...match.people];
    const above = draft.asides.at(-1);
    if (this.creditJoinsByline(draft, above, match)) {
      people.unshift(...above!.byline!.people.map((person) => ({ ...person, source: 'credit' as const })));
      // Its line is the credit's first line now: an aside of the credit, no longer a byline.
      above!.byline = null;
      above!.kind = 'credit';
    }
    takeCredit(draft, line, 0, match, people);
  }

  /**
   * A bare line of roles and names right below a credit that opens with its verb (`■摄影 记者 王 蓉` / `通讯员 寿勤英`):
   * the credit's names go on over the line. (A credit that ends in its verb, `记者 王 蓉 摄`, has said all its names.)
   */
  private bylineGoesOnCredit(draft: Draft, line: SourceLine, byline: BylineMatch): boolean {
    const credit = draft.credit;
    if (credit === null || credit.line.number !== line.number - 1) return false;
    if (byline.form !== 'bare' || WRITTEN_BY.test(byline.inner) || !byline.people.every((person) => person.role !== null && person.name !== null)) return false;
    return credit.line.content.startsWith(credit.match.verb, bulletOf(credit.line.content)?.[0].length ?? 0);
  }

  private creditJoinsByline(draft: Draft, above: Draft['asides'][number] | undefined, credit: CreditMatch): boolean {
    if (!above || above.kind !== 'byline' || above.byline === null || above.byline.form === 'brackets') return false;
    // (`林小禾` / `江城日报记者 周宁 摄影报道`: a credit that names its photographer with a role of its own opens its names
    // there; the name above is the writer's signature.)
    if ((credit.people[0]?.role ?? null) !== null && above.byline.people.every((person) => person.role === null)) return false;
    // `文/X` says who wrote the text: a byline of its own above the pictures' credit (`文/X` / `摄影/X`), whoever took them.
    if (WRITTEN_BY.test(above.byline.inner)) return false;
    const lastBody = draft.body.at(-1);
    return lastBody !== undefined && above.line.offset > lastBody.line.offset;
  }

  private closeItem(opening = false): void {
    const draft = this.current;
    this.current = null;
    if (draft === null) return;
    this.settleTaggedOrganisation(draft);
    const overCopyLines = this.hollowHeadOverCopyLines;
    this.hollowHeadOverCopyLines = false;
    // (Before the first item is placed, no picture is held and no item awaits its authors; a lead-in may be held.)
    const hollow = opening && this.itemCount === 0 && this.leadIn === null && isHollowHead(draft);
    this.flushFirstItemDecisions(hollow);
    if (hollow) {
      this.dropHollowHead(draft, overCopyLines);
      return;
    }
    // `撰稿:X` / `图片:Y` below the editors of an item that names no one: its writers, printed after its editor lines,
    // not an item of bylines alone.
    const awaiting = this.awaitingAuthors;
    if (awaiting !== null && this.leadIn === null && this.held.length === 0 && isBylinesOnly(draft)) {
      awaiting.draft.asides.push(...draft.asides);
      awaiting.draft.credit ??= draft.credit;
      awaiting.item = this.build(awaiting.draft, awaiting.item.index).item;
      this.releaseAwaiting();
      return;
    }
    const leadIn = this.leadIn;
    this.leadIn = null;
    if (leadIn !== null && continuesLeadIn(draft)) {
      // The item below the byline has no lead, byline or credit of its own: its head is the piece's sub-heading.
      continueLeadIn(leadIn, draft);
      this.placeClosed(leadIn);
      return;
    }
    if (leadIn !== null) this.placeClosed(leadIn);
    if (mayBeLeadIn(draft)) this.leadIn = draft;
    else this.placeClosed(draft);
  }

  /**
   * A column tag that reads as an organisation's name (`【活力社区】TITLE`, `新时代少先队|TITLE`) is the item's only where its
   * text names it again (`【柳岸社区】…` / `…柳岸社区志愿者…`) or names no organisation (`【汝河小区】…` / `…小区的…`); one the
   * text passes over for organisations of its own is the page's column, a name for a kind of news, and the text's first
   * organisation is the item's.
   */
  private settleTaggedOrganisation(draft: Draft): void {
    const name = draft.taggedOrganisation ? draft.header?.organisation : null;
    if (name == null || draft.body.length === 0 || draft.body.some((body) => body.line.content.includes(name))) return;
    if (!draft.body.some((body) => firstOrganisation(body.line.content, this.vocabulary) !== null)) return;
    draft.header = { ...draft.header!, organisation: null };
    if (namesAColumn(name)) this.section ??= name;
  }

  /** The open draft is the page's first, a hollow head whose last line may title the copy below the copy's lines. */
  private holdsHollowHead(): boolean {
    const draft = this.current;
    if (draft === null || this.itemCount !== 0 || this.leadIn !== null || !isHollowHead(draft)) return false;
    const last = draft.body.at(-1)?.line;
    return last !== undefined && readsAsCopyTitle(last.content) && draft.asides.every((aside) => aside.line.offset < last.offset);
  }

  /** Passes on the labels of the page's first item's lines, held until it closed: text outside any item if it was a hollow head. */
  private flushFirstItemDecisions(hollow: boolean): void {
    const decisions = this.firstItemDecisions;
    if (decisions.length === 0) return;
    this.firstItemDecisions = [];
    for (const decision of decisions) {
      this.onDecision!(hollow && decision.item !== null ? { line: decision.line, label: 'unassigned', reasons: [HOLLOW_HEAD_REASON], item: null } : decision);
    }
  }

  /**
   * The page's first "item" was a head, or a few stray words, with no sentence, lead, byline or credit, right above
   * another item: most often the site's or the e-paper's own head and links (`中新网` / `中新网首页|安徽|北京|…`,
   * `环球文化网`, `PDF 版`), no piece of news. Its lines are text outside any item, which `check` reports, so that a
   * correspondent's first brief that lost its punctuation is not passed over; an author field among them names the
   * first item's authors.
   */
  private dropHollowHead(draft: Draft, overCopyLines: boolean): void {
    const lines = [...draft.headLines, ...draft.body.map((body) => body.line), ...draft.asides.map((aside) => aside.line)].sort((a, b) => a.offset - b.offset);
    for (const aside of draft.asides) if (aside.webAuthors) this.authorsAbove ??= aside.webAuthors;
    const last = lines.at(-1);
    this.hollowTitle = last !== undefined && draft.body.some((body) => body.line === last) && readsAsCopyTitle(last.content) ? last : null;
    this.hollowTitleOverCopyLines = this.hollowTitle !== null && overCopyLines;
    const head = draft.headLines[0];
    const datedBelow = draft.asides.some((aside) => aside.kind === 'meta' && aside.line === lines[1]);
    this.hollowHeadline = head !== undefined && head === lines[0] && datedBelow && readsAsCopyTitle(head.content) ? head : null;
    // (A path printed a crumb a line among them names the page's column, as a breadcrumb's line does.)
    if (this.section === null) this.section = columnOfCrumbLines(lines.map((line) => line.content));
    this.unassignedRun.push(...lines);
    this.closeUnassigned();
  }

  /** Releases the item of a lead-in held, as it stands. */
  private releaseLeadIn(): void {
    const leadIn = this.leadIn;
    this.leadIn = null;
    if (leadIn !== null) this.placeClosed(leadIn);
  }

  /** Numbers and builds a closed item, and holds or releases it (and the pictures held before it). */
  private placeClosed(draft: Draft): void {
    const built = this.build(draft, ++this.itemCount);
    const held = this.held;
    if (held.length > 0 && held.length < MAX_HELD_PICTURES && followsHeldPicture(built.item)) {
      held.push({ draft, built });
      return;
    }
    this.held = [];
    if (held.length > 0 && takesHeadAbovePicture(built.item)) {
      // The head above the pictures is the text's: they illustrate the text, which has no head of its own.
      const first = held[0]!;
      lendHead(first.draft, draft);
      this.release(first.draft, this.build(first.draft, first.built.item.index));
      for (const picture of held.slice(1)) this.release(picture.draft, picture.built);
      this.release(draft, this.build(draft, built.item.index));
      return;
    }
    for (const picture of held) this.release(picture.draft, picture.built);
    if (mayLendHead(built.item)) this.held = [{ draft, built }];
    else this.release(draft, built);
  }

  private releaseHeld(): void {
    for (const picture of this.held) this.release(picture.draft, picture.built);
    this.held = [];
  }

  /**
   * A web copy's `作者:` field outside any item: the authors of the item closed right above it, if that names none and
   * no item opened since, else of the page's first item below it.
   */
  private noteAuthorsOutside(authors: Person[], pictures?: Draft['fieldPictures']): void {
    const awaiting = this.awaitingAuthors;
    if (awaiting !== null) {
      // An item that waits names no writer, so no field above it gave it any.
      awaiting.draft.fieldAuthors = authors;
      // (`文字作者:A,图片作者:B`: the line's picture field names who took its pictures, as its author field the writer.)
      awaiting.draft.fieldPictures ??= pictures;
      awaiting.item = this.build(awaiting.draft, awaiting.item.index).item;
      this.releaseAwaiting();
    } else if (this.itemCount === 0) {
      this.authorsAbove = authors;
    }
  }

  private noteOriginalTitle(content: string): void {
    const original = ORIGINAL_TITLE_LINE.exec(content);
    if (original !== null) this.originalTitle = original[1]!.trim();
    // `当前位置:首页 > 看资讯 > 民生新闻 > 北山街道第十六届“邻居节”开幕`: a path's last crumb too long for a channel's
    // name is the copy's title, for a copy that prints it nowhere else (a head read below takes its place).
    else if (this.originalTitle === null) this.originalTitle = crumbTitleOf(content);
  }

  /**
   * `来源:X` / `通讯员:Y`: a web copy's byline below its source field, alone, where the item above closed at the field and
   * names no writer (it waits for them, as for a `作者:` field): the item's. A byline that names a role, nothing between
   * but the copy's fields. The item's number, or null where the line is not taken.
   */
  private signsAwaiting(line: SourceLine, facts: LineFacts): number | null {
    const awaiting = this.awaitingAuthors;
    const byline = facts.byline;
    if (awaiting === null || this.current !== null || this.unassignedRun.length > 0 || byline === null) return null;
    if (!byline.people.some((person) => person.role !== null && person.name !== null)) return null;
    awaiting.draft.asides.push({ kind: 'byline', line, from: 0, byline });
    awaiting.item = this.build(awaiting.draft, awaiting.item.index).item;
    const index = awaiting.item.index;
    this.releaseAwaiting();
    return index;
  }

  private releaseAwaiting(): void {
    const awaiting = this.awaitingAuthors;
    this.awaitingAuthors = null;
    if (awaiting !== null) this.ready.push(awaiting.item);
  }

  /** Builds an item; its diagnostics wait in the result, as a held item may be built again. */
  private build(draft: Draft, index: number): BuiltItem {
    const diagnostics: Diagnostic[] = [];
    const item = buildItem(draft, { index, year: this.year, file: this.file, vocabulary: this.vocabulary, diagnostics });
    // (No border waits on most pages: the spans are gathered only for one that does.)
    if (this.pendingBorders.length > 0) this.settleBorders(item.header ? [item.span, item.header.span] : [item.span]);
    return { item, diagnostics };
  }

  /**
   * Drops the pending cell borders inside `spans` (an owner's, just closed: its lines hold them), and moves those before
   * the spans, which no owner closed since holds, to the page's furniture. Owners close in the page's order.
   */
  private settleBorders(spans: readonly Position[]): void {
    if (this.pendingBorders.length === 0) return;
    const from = Math.min(...spans.map((span) => span.start.offset));
    const kept: MetaLine[] = [];
    for (const border of this.pendingBorders) {
      const at = border.span.start.offset;
      if (spans.some((span) => span.start.offset <= at && at < span.end.offset)) continue;
      if (at < from) this.meta.push(border);
      else kept.push(border);
    }
    this.pendingBorders = kept;
  }

  private release(draft: Draft, built: BuiltItem): void {
    this.releaseAwaiting();
    this.diagnostics.push(...built.diagnostics);
    // (A picture's credit names who took it: an item whose only people are its photographers waits for its writers too;
    // so does one closed by the copy's source field, whose author field may follow it: `来源:X` / `作者:A B` / `编辑:C`. One
    // closed by its editor's line is handed on at once.)
    if (built.item.people.every((person) => person.source === 'credit') || draft.closedByCopyField) this.awaitingAuthors = { draft, item: built.item };
    else this.ready.push(built.item);
  }

  private closeUnassigned(): void {
    const lines = this.unassignedRun;
    if (lines.length === 0) return;
    this.unassignedRun = [];
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    const span = spanOf(first, last);
    this.unassigned.push({ text: lines.map((line) => line.content).join('\n'), span });
    this.settleBorders([span]);
    this.diagnostics.push({
      ruleId: 'unassigned-text',
      severity: 'warning',
      message:
        first.number === last.number
          ? `Unexpected text on line ${first.number} outside any item, expected a header, lead, byline or credit`
          : `Unexpected text on lines ${first.number}-${last.number} outside any item, expected a header, lead, byline or credit`,
      place: span,
      file: this.file,
    });
  }

  /** Counts the line's year as seen; after the line is placed, so that a year in a header dates its own item, not the one it closes. */
  private noteYear(line: SourceLine): void {
    if (line.year !== null && (this.latestYear === null || line.year > this.latestYear)) this.latestYear = line.year;
  }
}

interface BuiltItem {
  item: Item;
  diagnostics: Diagnostic[];
}

/** Fewest characters of a hollow head's last line read as the title of the copy below it (a column's name is shorter). */
const MIN_HOLLOW_TITLE = 8;
/** A path's or a menu's marks: a line holding one is the site's, not a title. */
const NAVIGATION_MARK = /[>＞|｜•»]/u;
/** A hollow head's line that may be the title of the copy below it: a title's form and length, none of a site's marks. */
function readsAsCopyTitle(text: string): boolean {
  return text.length >= MIN_HOLLOW_TITLE && isTitle(text) && !NAVIGATION_MARK.test(text);
}
const HOLLOW_HEAD_REASON = "the page's first head has no text below it before the next item: a site's head, or a brief that lost its punctuation";
/** Most characters of text a hollow head may hold: a site's row of links, a slogan, an e-paper's buttons. */
const MAX_HOLLOW_CHARACTERS = 200;
/** Any sentence's mark: a line that holds one says something. */
const SENTENCE_MARK = /[。！？!?]/u;
/** A paragraph's clauses, in a line this long: prose, though it ends on a dash with no full stop (`…一路走一路看——`). */
const CLAUSE_MARK = /[，,；;]/u;
const MIN_CLAUSED_PARAGRAPH = 30;

/**
 * A draft with no sentence anywhere, no lead, byline or credit, no picture, and little text: a head (or a few words)
 * that no text follows.
 */
function isHollowHead(draft: Draft): boolean {
  // (`柳岸社区: 居民议事会` alone is an item's head by its form, an organisation and its colon, whose text is missing;
  // with stray words below it and no sentence, it is a site's title, `TITLE_罗田新闻网` / `新闻 广告热线:…`.)
  if (draft.credit !== null || draft.pictures || draft.truncatedElsewhere || (draft.header?.organisation != null && draft.body.length === 0)) return false;
  let characters = 0;
  for (const body of draft.body) {
    // (Whole lines only: a line shared with a byline or a credit is an item's.)
    // (Nor a text printed a clause a line, its sentences' marks left out: LineFacts.verse.)
    if (body.lead !== null || body.from !== 0 || body.length !== body.line.content.length || body.verse) return false;
    const text = body.line.content;
    if (SENTENCE_MARK.test(text) || (text.length >= MIN_CLAUSED_PARAGRAPH && CLAUSE_MARK.test(text))) return false;
    characters += text.length;
  }
  for (const aside of draft.asides) {
    if ((aside.kind !== 'meta' && aside.kind !== 'caption') || aside.from !== 0 || aside.to !== undefined) return false;
    if (aside.kind === 'caption' && SENTENCE_MARK.test(aside.line.content)) return false;
  }
  return characters <= MAX_HOLLOW_CHARACTERS;
}

/**
 * A photo item under a headline (`标题` / `居民在会上发言。(记者 X 摄)`) may be the picture of the text below it, which
 * then owns the headline: a web copy or an e-paper's story prints its picture between its head and its text.
 */
function mayLendHead(item: Item): boolean {
  // One caption: a story told in pictures and paragraphs under its credit is an item of its own, head and all.
  return (item.kind === 'photo' || isPicturedOnCaption(item)) && item.title !== null && item.blocks.length === 1;
}

/** An agency's caption without a credit, closed by the day its picture was taken: `…测量血压(2023年12月6日摄)。`. */
function isPicturedOnCaption(item: Item): boolean {
  return item.kind === 'brief' && item.blocks.length === 1 && closesWithPictureNote(item.blocks[0]!.text);
}

/**
 * More pictures below a held one: a photo page's captions one below another under the page's head (`标题` / five
 * captions with their credits / the text), each of one caption and no head of its own.
 */
function followsHeldPicture(next: Item): boolean {
  return (next.kind === 'photo' || isPicturedOnCaption(next)) && next.header === null && next.blocks.length === 1;
}

/** A site's name after a title, as a page's own title prints it: `TITLE - 天天要闻`, `TITLE_江城网`, `TITLE|江城新闻网` (spaces taken out). */
const SITE_AFTER_TITLE = /[-_|｜–—][^-_|｜–—]{2,12}$/u;
/**
 * A tag before a title that names the page's column: not a place (`【贵州】`, where a wire copy was filed), the issue's
 * number (`第29期|`) or the outlet (`【新华社|TITLE】`, whose copy it is).
 */
function namesAColumn(tag: string): boolean {
  return !tagNamesAPlace(tag) && !tagNumbersAnIssue(tag) && !isMediaName(tag);
}

/** Shortest title read before a site's name: a button's word before a dash (`分享到-微信`) is none. */
const MIN_TITLE_BEFORE_SITE = 6;
function repeatsWithSiteName(title: string, recentTitles: readonly string[]): boolean {
  const site = SITE_AFTER_TITLE.exec(title);
  return site !== null && site.index >= MIN_TITLE_BEFORE_SITE && recentTitles.includes(title.slice(0, site.index));
}

/** The pictures a head may stand above before its text: a photo page's run; more, and the head stays the first picture's. */
const MAX_HELD_PICTURES = 24;

/**
 * The item right below held pictures is a text without a head of its own: the head above the pictures is its. (One
 * below a picture's label or file of its own, `• 3.jpg`, is one more of the pictures, its credit lost.)
 */
function takesHeadAbovePicture(next: Item): boolean {
  if (next.header === null && (next.kind === 'brief' || next.kind === 'feature')) {
    // (A label between the text's paragraphs, `…开场。` / `歌舞演出点燃现场` / `…`, is the text's own picture's: only one
    // above the text's first paragraph makes the item a further picture.)
    const textStart = next.blocks[0]?.span.start.offset ?? Infinity;
    return !next.asides.some((aside) => aside.kind === 'caption' && aside.span.start.offset < textStart);
  }
  return false;
}

/** Longest lead-in: paragraphs above the byline of a piece that goes on below it. */
const MAX_LEAD_IN_PARAGRAPHS = 3;

/**
 * An item that may be a longer piece's lead-in: a head, at most three paragraphs with no sub-heading, then its reporters'
 * byline (`标题` / `春节将至,…。记者 周宁`, or `江城日报记者/X 通讯员/Y` on its own line), and no credit.
 */
function mayBeLeadIn(draft: Draft): boolean {
  if (draft.header === null || draft.credit !== null || draft.body.length === 0 || draft.body.length > MAX_LEAD_IN_PARAGRAPHS) return false;
  if (draft.body.some((line) => line.subheading)) return false;
  const firstBody = draft.body[0]!.line.offset;
  // A reporter's byline without brackets, roles named: `(李 莉)` after a brief's last sentence closes the brief.
  return draft.asides.some(
    (aside) => aside.kind === 'byline' && aside.line.offset >= firstBody && aside.byline !== null && aside.byline.form !== 'brackets' && aside.byline.people.some((person) => person.role !== null),
  );
}

/**
 * The item below a lead-in's byline is the rest of the piece: a head without an organisation (`关爱独居老人，送上一桌年夜饭`,
 * `老楼换新颜` / `居民笑开颜`), then two paragraphs or more with no lead, byline or credit of their own. The byline
 * after the lead-in said who wrote all of it.
 */
function continuesLeadIn(next: Draft): boolean {
  if (next.header === null || next.header.organisation !== null || next.credit !== null || next.body.length === 0 || next.pictures) return false;
  if (next.body[0]!.lead !== null || next.asides.some((aside) => aside.kind === 'byline')) return false;
  // More than one paragraph: a page's last brief, cut off before its byline, is one.
  return next.body.length >= 2;
}

/** Joins the rest of the piece to its lead-in: its head's lines are the piece's sub-headings, its paragraphs the piece's. */
function continueLeadIn(leadIn: Draft, rest: Draft): void {
  for (const line of rest.headLines) leadIn.body.push({ line, from: 0, length: line.content.length, lead: null, subheading: true });
  leadIn.body.push(...rest.body);
  leadIn.asides.push(...rest.asides);
  leadIn.truncatedElsewhere ||= rest.truncatedElsewhere;
}

/**
 * The item's credit from `line` (from `from`), or a second credit joining the first (`雷 洁摄` / `本报通讯员撰`, a caption's
 * or the last paragraph's glued one): its people join the first's, its words stay an aside of kind credit. The people
 * are copied: the line's facts keep their own list.
 */
function takeCredit(draft: Draft, line: SourceLine, from: number, match: CreditMatch, people: readonly Person[]): void {
  if (draft.credit === null) {
    draft.credit = { match, line, from, people: [...people] };
    return;
  }
  draft.credit.people.push(...people);
  draft.asides.push({ kind: 'credit', line, from, byline: null });
}

/** Moves the picture's head (kicker, headline, subtitles) to the text below it; the picture keeps its organisation. */
function lendHead(picture: Draft, text: Draft): void {
  picture.lentHeader = picture.header;
  // (The copy's lines below the head and above the picture, `来源:X | 作者:Y`, are the text's, as the head is.)
  const firstBody = picture.body[0]?.line.offset ?? Infinity;
  const copyLines = picture.asides.filter((aside) => aside.kind === 'meta' && aside.line.offset < firstBody);
  if (copyLines.length > 0) {
    picture.asides = picture.asides.filter((aside) => !copyLines.includes(aside));
    text.asides = [...copyLines, ...text.asides];
  }
  text.headLines = picture.headLines;
  text.header = picture.header;
  text.kicker = picture.kicker;
  text.subtitles = picture.subtitles;
  text.headAbove = true;
  picture.headLines = [];
  picture.header = null;
  picture.kicker = null;
  picture.subtitles = [];
}

/** Parses a whole text. */
export function parse(text: string, options: ParseOptions = {}): Bulletin {
  const parser = new BulletinParser(options);
  const items = parser.push(text);
  items.push(...parser.end());
  return { ...parser.summary(), items };
}

/** `TITLE(2)` → `TITLE`: the number a photo page prints after its title above each picture. */
const PICTURE_NUMBER_AFTER = /[(（][0-9０-９]{1,2}[)）]$/u;
function withoutPictureNumber(title: string): string {
  const last = title.charCodeAt(title.length - 1);
  return last === 0x29 || last === 0xff09 ? title.replace(PICTURE_NUMBER_AFTER, '') : title;
}

/** A draft of byline lines alone (and the copy's lines among them): no head, no text. */
function isBylinesOnly(draft: Draft): boolean {
  return draft.headLines.length === 0 && draft.body.length === 0 && draft.asides.some((aside) => aside.kind === 'byline') && draft.asides.every((aside) => aside.kind === 'byline' || aside.kind === 'meta');
}

/**
 * `镇区 东湖街道`: a channel's path on one line, a unit's channel last, as a portal prints it above a copy: the deepest
 * is the page's column. Other spaced column names are read whole.
 */
function deepestChannel(content: string, vocabulary: Vocabulary): string {
  const space = content.lastIndexOf(' ');
  if (space < 2 || content.length - space - 1 < 3) return content;
  const last = content.slice(space + 1);
  return isOrganisationName(last, vocabulary) ? last : content;
}

