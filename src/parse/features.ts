// One line → named facts: what the line could be, judged by the line alone.
// What it is in its place (a short line is a headline, a kicker, a sub-heading
// or a section name depending on its neighbours) is decided by label.ts.

import type { Person } from '../model.js';
import { authorFieldBylineOf, beforeEditorField, creditVerbAtEnd, findGluedTail, matchBylineLine, matchCredit, MAX_SHORT_LINE, nameAfterGluedUnit, namesAUnit, OUTLET_END, trailerAfterSentence, unitAndNameOf, type BylineMatch, type CreditMatch, type GluedTail } from './bylines.js';
import { COMMON_SURNAMES, isOneName, isUnit, isWorkWord, parsePeople, parseRunTogetherByline, splitGluedNames } from './people.js';
import {
  HAN_ALL,
  EDITOR_WORDS,
  hasColon,
  isDigit,
  isJiOfAName,
  WEB_FIELD_OPENING,
  PAPER_ENDING,
  NEWSROOM,
  BYLINE_MARKS,
  pageBreakMarkAt,
  isHanCodePoint,
  namesAPicture,
  SPACE,
  classOf,
  SENTENCE_FINAL_MARKS,
  SENTENCE_INSIDE,
  bulletOf,
  bylineLineOf,
  squareBracketedOf,
  markerBylineOf,
  CONTINUATION,
  datelineAt,
  purposeDatelineAt,
  isSiteFooter,
  DIRECTIVE,
  editorLineOf,
  LABEL_LINE,
  LONG_LABEL_LINE,
  LEAD,
  NAVIGATION,
  PAGE_LINE,
  SENTENCE_PUNCTUATION,
  isWebMeta,
  WEB_AUTHORS,
  WEB_DATE_AUTHORS,
  isWebNotice,
  isButtonRow,
  compilePatterns,
  endsClause,
  endsSentence,
  hasSentenceMark,
  isOrganisationWhole,
  isSpace,
  opensAsPhotoCaption,
  opensWithPictureNumber,
  describesScene,
  endsInVerbAwaitingObject,
  showsPeopleAtWork,
  isForumPostHeader,
  endsWithPictureNumber,
  isStockPictureLabel,
  isSuppliedByLine,
  isPageSourceNote,
  withoutTitleArrows,
  timeClauseEnd,
  isContentsLine,
  hasWord,
  isArchiveField,
  isPageNumber,
  isColumnIntro,
  editorsNoteLength,
  isContentsHeading,
  isPictureFile,
  isPictureNumber,
  PARTS_OF_DAY,
  isContactLine,
  isFieldLabel,
  isPageListEntry,
  isDatedButtonRow,
  isBreadcrumb,
  isBulletedDisclosureField,
  isDisclosureRow,
  isEmptyFieldsRow,
  opensAsSubtitle,
  isQuoteLine,
  isCouplet,
  codeUnitTable,
  COLUMN_AND_DAY,
  COLUMN_TAG,
  ENGLISH_NAME_LINE,
  isEnglishName,
  COLUMN_WORDS,
  HAN,
  HAN_CHARACTER,
  opensWithHour,
  pictureSentenceAt,
  holdsOneSentence,
  endsWithBracket,
} from './patterns.js';
import { isOrganisationName, openingOrganisations, organisationsIn } from './organisations.js';
import type { Vocabulary } from './vocabulary.js';

export interface LeadMatch {
  /** As printed: `本报讯(记者 张三)`. */
  text: string;
  /** `本报4月5日讯` carries its own dateline. */
  month: string | null;
  day: string | null;
  people: Person[];
  /** A unit's own 讯 in brackets (`(城中区静兰街道讯 …)`), not a paper's or a site's lead. */
  unit?: boolean;
}

export interface HeaderMatch {
  /** Null for a headline without an organisation before it. */
  organisation: string | null;
  title: string;
  separator: string;
  /** A colon or `>>` makes a header certain; a space alone is weak (it could be a sub-heading). */
  strong: boolean;
}

export interface LineFacts {
  length: number;
  endsSentence: boolean;
  /** Ends like a clause that goes on (`，`, `；`, `：`). */
  endsClause: boolean;
  /**
   * Ends with a full stop, `。`, perhaps before a note of who supplied the picture (`…。图片由受访者提供`): a picture's
   * caption does; a title's line (`开进第300站!`) or a quotation does not.
   */
  endsWithFullStop: boolean;
  /**
   * Closed by `。` with no other mark of a sentence or a clause before it, at most a title's length: one clause
   * (`志愿者为老人拍全家福。`), as a picture's caption is; a text's first sentence names its time or place before a comma.
   */
  oneClause: boolean;
  /** Has `，。；：！？、` anywhere. */
  punctuated: boolean;
  /** Short, unpunctuated at its end and holding a word: could be a title of some kind. */
  titleLike: boolean;
  /** A full stop or a byline or credit glued inside: the line is text, never a title of any kind. */
  sentenceInside: boolean;
  lead: LeadMatch | null;
  /** `组织：标题` (or with a space, or `>>`). */
  header: HeaderMatch | null;
  /** The line is an organisation name and nothing else: `大陆南小学`. */
  organisation: string | null;
  byline: BylineMatch | null;
  /**
   * A name alone on its line, no role (`林小禾`, `李 莉`): the writer's signature where it closes a finished text (a
   * letter, a reader's piece); anywhere else it is read as it reads (grammar.ts decides).
   */
  signature: BylineMatch | null;
  credit: CreditMatch | null;
  page: string | null;
  editor: string | null;
  directive: string | null;
  /** A line about the page or the web copy, never an item's text; the value says which. */
  furniture: string | null;
  /**
   * A byline or credit in brackets that opens the text, without a lead before it: `(通讯员 王宁)10月24日,…`,
   * `(记者 张三 李四摄影报道)3月11日,…`; `length` is where the text starts.
   */
  openingByline: OpeningByline | null;
  /** An editor's note run in before its text (`编者按:…`): where the text starts after the label; 0 where none. */
  editorsNote: number;
  /** The people of a web copy's `作者:` field on such a line (`… 作者:张三 李四 来源:…`), or null. */
  webAuthors: Person[] | null;
  /** Who a web copy's field line says took the pictures (`… 作者:张三 摄影:李四`, `作者:李四/摄 来源:…`), or null. */
  webPhotographers: Person[] | null;
  /** A column label: `【图片新闻】` (a column name on a line of its own is found by position in label.ts). */
  label: string | null;
  continuation: boolean;
  /** `——东关街道开办银龄学堂`. */
  subtitle: boolean;
  /** `“……”` alone on its line. */
  quote: boolean;
  /** A short line printed a few lines above already (set by the parser, which sees the lines before): the title again. */
  repeatsTitle: boolean;
  /** The last short line before it, word for word (set by the parser): a title printed over and over. */
  repeatsLastTitle: boolean;
  /**
   * One of three or more short lines in a row right above a long paragraph, each a sentence or a phrase with no dateline,
   * byline or credit (set by the parser, which sees the lines around): the labels of the pictures above a text.
   */
  labelRun: boolean;
  /**
   * One of four or more short lines in a row, none closing a sentence but the last, two of them at least opening as a
   * clause goes on (`也`, `是`, `至于`…) (set by the parser, which sees the lines around): a text printed a clause a line,
   * as phone pages print it (`腊八的到来` / `意味年味儿一天比一天浓` / `是最重要的“仪式”`), not heads or labels.
   */
  verse: boolean;
  /**
   * Set by the parser (markLabelsPrintedTwice): a short line printed twice in a row below the text's last paragraph, a
   * picture's label, as a marked one is.
   */
  printedTwice: boolean;
  /**
   * Set by the parser (markPhraseRuns): one of three short lines or more in a row below a finished paragraph, none closing
   * its sentence (`为老人义剪` / `打扫卫生` / `拉家常`): pictures' labels or a list, whatever blank lines part them; none
   * is a title above the line below it.
   */
  phraseRun: boolean;
  /**
   * Set by the parser (markLabelsBelowText): a short phrase, or a few in a row, below the text's last finished paragraph,
   * with no text below them (`…完成补植2.5万株。` / `张村镇种子站指导农民科学播种冬小麦`): pictures' labels or links to other
   * copies, not the text cut off.
   */
  labelBelowText: boolean;
  /**
   * A caption opening 图为, its credit glued, with a paragraph of text right below it that has no credit of its own (set
   * by the parser over a block): the text's picture printed between its paragraphs, not a photo set's next caption.
   */
  textBelow: boolean;
  /**
   * Set by the parser (markCaptionsSharingTheirOpening): one of three or more one-sentence lines in a row, right below a
   * text's byline, that open with the same words: a caption of the text's pictures (marked as a picture's too).
   */
  sharesOpening: boolean;
  /** Set by the parser: the line ended in a web table's cell border (`…的笑容。 |`), a cell of the table it was copied from. */
  endsCell: boolean;
  /** Set by the parser (markCellRuns): it ends in a cell border, and so does the line above or below it: a table's cell. */
  inCellRun: boolean;
  /** Its glued credit is one an earlier line closed with too (`…。新华网发(林帆 摄)`): a caption of a photo set's. */
  creditSeenBefore: boolean;
  /** It is the text's first paragraph printed again word for word: the text printed twice. */
  repeatsText: boolean;
  /**
   * Below two or more captions in a row that open with their hour or date (timedCaption), and no such caption itself (set
   * by the parser, which sees the lines around): what follows a photo set's captions, not the last caption going on.
   */
  belowCaptions: boolean;
  /**
   * A long paragraph between an agency's caption closed by its picture's day, with no credit of its own, and the credit
   * line below it (`这是9月2日拍摄的…。` / `近日,…` / `新华社记者 X 摄`): the picture's story, which the caption goes on into.
   * Marked over a block (parser.ts), as belowCaptions is.
   */
  captionStory: boolean;
  /**
   * A caption that opens with its hour or date (timedCaption) with another such caption right below it and none above
   * (set by the parser): the first picture's of a photo set, not the paragraph above going on.
   */
  opensCaptionRun: boolean;
  /**
   * A short line at the page's top above a longer title and the web copy's date or source line, or above its name in
   * English (set by the parser): the channel the copy is filed under (`看见长春` / `TITLE` / `2025-10-28 19:45 来源:`,
   * `医院文化` / `About Us`), not a headline over a subtitle.
   */
  namesChannel: boolean;
  /** A column's tag in lenticular brackets before a title: `【贵州】志愿者与老人共度中秋` (a roundup's place or column). */
  taggedTitle: boolean;
  /** Two matched halves, a headline's couplet: `校园书声起 入秋学子归`. */
  couplet: boolean;
  /** A short line that ends in a verb still waiting for its object (`柳岸社区举办`): a title broken after its verb. */
  endsInVerb: boolean;
  /**
   * A short line that opens with `暨` ("and also"), which joins two events' names and never opens a sentence or a
   * title: the second line of a title broken before it (`…宣传月` / `暨“…”志愿服务活动`). Not a name that opens with it
   * (`暨南大学`, `暨阳`).
   */
  joinsTitle: boolean;
  /** The name of a picture's file (`图片1.png`): short and unpunctuated, yet no title. */
  pictureFile: boolean;
  /** The line opens like a news paragraph: a dateline, an organisation, a list bullet. */
  opensLikeNews: boolean;
  /** The line opens with a dateline (after a lead or bullet): `6月24日,`, `近日,`. */
  opensWithDateline: boolean;
  /** It opens with `当天` (that day): the day a paragraph above told of, so it goes on from that paragraph. */
  opensWithSameDay: boolean;
  /** The dateline names a day (`6月24日`), not a time in words (`近日`, `今天`). */
  opensWithDate: boolean;
  /** The date it opens with, as printed (`9月28日`), or null: captions of one day each repeat it. */
  openingDate: string | null;
  /**
   * One sentence, finished or not, that opens with the hour of the day or a date (`9时许,…。`, `14:23,…`, `7月22日…`): a
   * photo set's caption (`图为…` after it, what the picture shows, counts as none). So is one that opens with the
   * picture's number and the place it shows (`3.柳岸镇青石村村民在晾晒玉米。`).
   */
  timedCaption: boolean;
  /** The organisation the line opens with, after a dateline or bullet: `近日,XX社区…`. */
  opensWith: string | null;
  /** Its dateline comes after a clause of purpose: `为倡导…,4月16日,XX街道…`. */
  datelineAfterPurpose: boolean;
  /** The first organisation named in the line's opening, at its start or not: `创城工作开展以来,XX镇…`. */
  namesEarly: string | null;
  /** Opens like a photo caption: `图①:`, `图为…`, `上图:`. */
  photoCaption: boolean;
  /** Closes with the day its picture was taken, or what kind of picture it is: `…村外景(7月28日摄)。`, `…(无人机照片)。`. */
  picturedOn: boolean;
  /**
   * Marked as a picture's label by its number (`图1志愿者在清扫街道`, `1.图为…`), a stock label alone that only a picture
   * has (`活动现场`, the scene of the event), or a scene going on (`居民正在包饺子`).
   */
  markedPicture: boolean;
  /** Shows people at work, as a picture's label between paragraphs does (showsPeopleAtWork): `志愿者为老人修理水管`. */
  peopleAtWork: boolean;
  /**
   * A picture's caption or label written as a phrase, its credit after it (`图为雪山下成熟的青稞 摄影:龙小凤`, `套圈比赛 摄影
   * 焦汉平`): the phrase has no sentence's mark, and is short.
   */
  creditedLabel: boolean;
  /** The first characters after the lead, bullet and dateline, where the organisations above are read. */
  opening: string;
  bullet: string | null;
  glued: GluedTail | null;
}

/** Characters every navigation word has one of (上一版, 返回目录, PDF版, 打印本页, 新闻搜索…): a scan for a class before the alternation. */
const NAVIGATION_GATE = /[上下返版标打关搜查]|PDF/;

/** A short note in brackets alone on its line, after a byline: `(东坡小学四年级)`. Bylines are read before this. */
const BRACKET_NOTE = /^[(（][^()（）。！？]{2,28}[)）]$/u;
/** The word in round brackets that says what a picture is (`(资料图)`, `（示意图）`), or null. */
function bracketedPictureWord(content: string): string | null {
  const last = content.charCodeAt(content.length - 1);
  if (last !== 0x29 /* ) */ && last !== 0xff09 /* ） */) return null;
  const inner = content.slice(1, -1).trim();
  return namesAPicture(inner) ? inner : null;
}

/** A caption in round brackets, alone on its line: `(图为:沉甸甸的稻谷)`, `（上图:…）`. */
function isBracketedCaption(content: string): boolean {
  return isBracketNote(content) && opensAsPhotoCaption(content.slice(1));
}

/** BRACKET_NOTE.test(content), without the regex where the line opens with no bracket. */
function isBracketNote(content: string): boolean {
  const first = content.charCodeAt(0);
  return (first === 0x28 /* ( */ || first === 0xff08) /* （ */ && BRACKET_NOTE.test(content);
}


/** A page code's letter: `A2:综合新闻`; an issue's number before the page: `2046 期 / 第6版`. */
const ASCII_LETTER = /[A-Za-z]/;
/** A line opening with a digit is a page line only with the issue's number before its 版 (dates and counts open so too). */
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
/** A page's number in words opens the line: `二版:综合新闻`. */
const PAGE_WORD_FIRST = codeUnitTable([...'一二三四五六七八九十']);

/** Longest title. */
export const MAX_TITLE = 40;
const MAX_ORGANISATION = 20;
/** A title never ends like a sentence or a clause (`！`/`？` are allowed: headlines use them). */
const TITLE_BAD_END = new Set([...'。，,；;、：:…'].map((c) => c.charCodeAt(0)));

export function readLine(content: string, vocabulary: Vocabulary): LineFacts {
  const length = content.length;
  const first = content.charCodeAt(0);
  const short = length <= MAX_SHORT_LINE + 2;
  const finished = endsSentence(content);
  const unspacedField = unspacedFieldOf(content);
  const facts: LineFacts = {
    length,
    endsSentence: finished,
    endsClause: endsClause(content),
    endsWithFullStop: endsWithFullStop(content),
    punctuated: isPunctuated(content),
    oneClause: false,
    titleLike: isTitle(content) || isTitleDated(content),
    sentenceInside: false,
    lead: matchLead(content, vocabulary),
    header: null,
    organisation: null,
    byline: null,
    signature: null,
    credit: null,
    page: null,
    editor: null,
    directive: null,
    furniture: null,
    webAuthors: null,
    webPhotographers: null,
    openingByline: null,
    editorsNote: 0,
    label: null,
    continuation: false,
    subtitle: false,
    quote: false,
    couplet: false,
    endsInVerb: false,
    joinsTitle: false,
    pictureFile: false,
    repeatsTitle: false,
    repeatsLastTitle: false,
    labelRun: false,
    verse: false,
    printedTwice: false,
    phraseRun: false,
    labelBelowText: false,
    textBelow: false,
    sharesOpening: false,
    endsCell: false,
    inCellRun: false,
    creditSeenBefore: false,
    repeatsText: false,
    belowCaptions: false,
    captionStory: false,
    opensCaptionRun: false,
    namesChannel: false,
    taggedTitle: false,
    opensLikeNews: false,
    opensWithDateline: false,
    opensWithSameDay: false,
    opensWithDate: false,
    openingDate: null,
    timedCaption: false,
    opensWith: null,
    datelineAfterPurpose: false,
    namesEarly: null,
    photoCaption: false,
    picturedOn: false,
    markedPicture: false,
    peopleAtWork: false,
    creditedLabel: false,
    opening: '',
    bullet: null,
    glued: null,
  };
  const bullet = bulletOf(content);
  // `○本报讯 记者 X …`: a list's mark before the lead; the lead's text keeps the mark, where the line starts.
  if (facts.lead === null && bullet !== null) {
    const lead = matchLead(content.slice(bullet[0].length), vocabulary);
    if (lead !== null) facts.lead = { ...lead, text: bullet[0] + lead.text };
  }
  // The length of a column's tag in lenticular brackets opening the line (`【走基层】`), 0 for none.
  let tagLength = 0;
  if (short) {
    if (first === 0x7b2c /* 第 */ || first === 0x5f53 /* 当 */ || first === 0x7248 /* 版 */ || PAGE_WORD_FIRST[first] === 1 || (first < 0x80 && ASCII_LETTER.test(content[0]!)) || (isDigit(first) && (content.includes('版') || first === 0x30 /* 0 */ || content.includes('总第')))) {
      const page = PAGE_LINE.exec(content);
      if (page) facts.page = pageColumnOf(page);
    } else if (first === 0x8fd4 /* 返 */ && BACK_BEFORE_PAGE.test(content)) {
      // `返回 A2:综合新闻`: an e-paper's link back before the page line.
      const page = PAGE_LINE.exec(content.replace(BACK_BEFORE_PAGE, ''));
      if (page) facts.page = pageColumnOf(page);
    } else if (content.indexOf('版') > 2) {
      // `今日吕巷第三版:社区·资讯`: a small paper's name before its page line, the page's colon printed.
      const afterPaper = PAPER_BEFORE_PAGE.exec(content);
      const page = afterPaper === null ? null : PAGE_LINE.exec(afterPaper[1]!);
      if (page) facts.page = pageColumnOf(page);
    }
    if (first === 0x3c /* < */) {
      const directive = DIRECTIVE.exec(content);
      if (directive) facts.directive = directive[1]!.trim();
    }
    // `(责任编辑:王芳)`: an editor line in brackets is an editor line still.
    // `◆编辑:周宁`: after a byline's marker too, or a list's bullet (`• 编辑:admin`); `[编辑:林小雨]`: in a web template's
    // square brackets.
    const editor =
      editorLineOf(content) ??
      editorLineOf(bylineLineOf(content)?.[1]?.trim() ?? '') ??
      editorLineOf(markerBylineOf(content)?.[1] ?? '') ??
      editorLineOf(bullet ? content.slice(bullet[0].length) : '') ??
      editorLineOf(squareBracketedOf(content) ?? '') ??
      // (`返回栏目[责任编辑:X]`: the page's button before the field's brackets.)
      editorLineOf(squareBracketedOf(afterButtons(content)) ?? '') ??
      // (`编 辑:X`, `审 核:X`: a template spaces a two-character field's name to the width of a longer one's.)
      (unspacedField === null ? null : editorLineOf(unspacedField));
    if (editor) {
      const people = parsePeople(editor[2]!, 'byline', vocabulary);
      facts.editor = people?.map((p) => p.name ?? '').join(' ').trim() || editor[2]!.trim();
    }
    if ((first === 0x28 || first === 0xff08) && CONTINUATION.test(content)) facts.continuation = true;
    // `(下转三版)` says where the item goes on; read as a byline, its words would be taken for a name.
    if (!facts.continuation) facts.byline = matchBylineLine(content, vocabulary) ?? authorFieldBylineOf(content, vocabulary) ?? lenticularBylineOf(content, vocabulary) ?? outletBarBylineOf(content, vocabulary);
    // `编辑:A 通讯员:B`: the editor first, then the writer's field: the line is the writer's byline (the editor wrote
    // nothing, and is left out of its people).
    const writersAfter = facts.editor !== null && facts.byline === null ? EDITOR_THEN_WRITERS.exec(content) : null;
    if (writersAfter !== null) {
      const byline = matchBylineLine(writersAfter[1]!, vocabulary);
      if (byline !== null && byline.people.some((person) => person.name !== null)) {
        facts.byline = byline;
        facts.editor = null;
      }
    }
    facts.credit = matchCredit(content, vocabulary);
    // `●丽都社区`, `●丽都社区：举办邻里节`: a list bullet before an organisation line or a header is the layout's, not the name's.
    // `【记者走基层】柳岸镇:TITLE`: a column's tag in brackets before a header is no part of the organisation's name.
    const tag = bullet === null && first === 0x3010 /* 【 */ ? COLUMN_TAG.exec(content) : null;
    if (tag !== null) tagLength = tag[0].length;
    const nameFrom = bullet ? bullet[0].length : tag ? tag[0].length : 0;
    // `值班编委:周宁`: an editor's field, though its word ends as a committee's name does, is no header.
    if (!facts.lead && facts.editor === null) facts.header = matchHeader(nameFrom > 0 ? content.slice(nameFrom) : content, vocabulary);
    const label = first === 0x3010 /* 【 */ ? LABEL_LINE.exec(content) : null;
    if (label) facts.label = label[1]!.trim();
    // (A longer one is a label only where it says what a picture shows: `【活动结束后与村干部合影】`.)
    const longLabel = label === null && first === 0x3010 /* 【 */ ? LONG_LABEL_LINE.exec(content) : null;
    if (longLabel && namesAPicture(longLabel[1]!.trim())) facts.label = longLabel[1]!.trim();
    // `(资料图)`: a picture's label in round brackets, as `【资料图】` is one in square ones.
    const pictureWord = (first === 0x28 /* ( */ || first === 0xff08) /* （ */ && length <= 8 ? bracketedPictureWord(content) : null;
    if (pictureWord !== null) facts.label = pictureWord;
    // A column's name printed with the issue's day (`简讯 2021年05月12日`) labels the column as a bracket does.
    const columnAndDay = label === null && content.includes('日') ? COLUMN_AND_DAY.exec(content) : null;
    const columnName = columnAndDay ? (columnAndDay[1] ?? columnAndDay[2]!) : null;
    if (columnName !== null && COLUMN_WORDS.test(columnName)) facts.label = columnName;
    if (length - nameFrom <= MAX_ORGANISATION && length > nameFrom) {
      const name = content.slice(nameFrom);
      if (isOrganisationName(name, vocabulary)) facts.organisation = name;
    }
    // `XX社区:` alone: an organisation line whose colon points at the title below it, or a header whose text has no title.
    if (facts.header !== null && facts.header.title === '') facts.organisation ??= facts.header.organisation;
    facts.subtitle = opensAsSubtitle(content) && !finished;
    facts.quote = isQuoteLine(content);
    facts.couplet = facts.titleLike && isCouplet(content);
    facts.endsInVerb = facts.titleLike && endsInVerbAwaitingObject(content);
    facts.joinsTitle = first === 0x66a8 /* 暨 */ && facts.titleLike && !isJiOfAName(content, 0);
  } else if (content.includes('来源')) {
    // `文/记者 张三 来源:江城网 https://…`: a byline made long by the copy's source field and address after it.
    facts.byline = matchBylineLine(content, vocabulary);
  }
  // (`(城中区静兰街道讯 通讯员 X 报道)` alone: a unit's lead on a line of its own, its text below it, is no note.)
  facts.furniture = facts.byline || facts.credit || facts.lead?.text.length === length ? null : (furnitureOf(content) ?? (unspacedField === null ? null : furnitureOf(unspacedField)));
  // `柳岸镇文化站   2020-06-26`: the unit that filed the copy and its day, as a site's name and day are (SITE_AND_DAY).
  if (facts.furniture === null && length <= MAX_UNIT_AND_DAY && isUnitAndDay(content, vocabulary)) facts.furniture = 'web copy line';
  // `主办:XX县政府办公室 版权所有:XX县政府`: a site's footer fields read like a unit, a colon and a title; they are the site's.
  if (facts.furniture === 'site footer') facts.header = null;
  // (`【标题】= …`, an archive's field, is no column's tag.)
  facts.taggedTitle = tagLength > 0 && length > tagLength && facts.furniture === null;
  // `【版次】第08版:社会广场`: an archive record's page field names the column, as the page line it copies does.
  if (facts.furniture === 'archive field' && facts.page === null) facts.page = archivedPageOf(content);
  // (A list's bullet before the name is the page's: `• 雨中出诊 (2).jpg`.)
  facts.pictureFile = isPictureFile(bullet === null ? content : content.slice(bullet[0].length));
  // (`图片` alone is where a picture was, not a person called so.)
  if (length <= MAX_SIGNATURES && facts.byline === null && facts.credit === null && facts.organisation === null && facts.furniture === null && facts.header === null && !facts.pictureFile) {
    facts.signature = signatureOf(content, vocabulary);
  }
  // `柳岸县青石乡党委` alone below a finished text: the unit that sent it signs it, as a writer signs with a name.
  // (So does a county's media centre by its short name, `柳岸融媒` for 柳岸县融媒体中心, whose 融媒 ends no name in running text.)
  if (facts.signature === null && (facts.organisation === content || isMediaCentreShortName(content)) && facts.byline === null && facts.credit === null && facts.furniture === null && facts.header === null) {
    facts.signature = { inner: content, people: [{ name: content, role: null, source: 'byline' }], form: 'bare' };
  }
  if (!facts.lead && (first === 0x28 || first === 0xff08 || first === 0x3010 || first === 0x5b)) facts.openingByline = openingBylineOf(content, vocabulary);
  else if (!facts.lead && content.length > MAX_TITLE) facts.openingByline = compiledBySiteOf(content);
  facts.editorsNote = editorsNoteLength(content);
  // (`[作者:X]`: the field in a web template's square brackets, as its editor's is.)
  if (facts.furniture !== null) facts.webAuthors = webAuthorsOf(content, vocabulary) ?? (first === 0x5b /* [ */ || first === 0x3010 /* 【 */ ? webAuthorsOfBracketed(content, vocabulary) : null);
  if (facts.furniture !== null && (content.includes('摄') || content.includes('图片作者'))) facts.webPhotographers = webPhotographersOf(content, vocabulary);
  if (bullet) facts.bullet = bullet[0];
  const opensWithTime = readOpening(facts, content, bullet ? bullet[0].length : 0, vocabulary);
  // (`(图为:将稻谷装袋子)`: a caption in round brackets between a text's paragraphs is one too.)
  facts.photoCaption = opensAsPhotoCaption(content) || isBracketedCaption(content);
  facts.picturedOn = length <= MAX_PICTURED_ON && closesWithPictureNote(content);
  facts.markedPicture = !facts.photoCaption && (opensWithPictureNumber(content) || endsWithPictureNumber(content) || isStockPictureLabel(content) || describesScene(content));
  facts.peopleAtWork = facts.titleLike && !facts.markedPicture && showsPeopleAtWork(content);
  // (`…。 (林帆)?`: the question mark after a bracket is a character the encoding lost; findGluedTail() reads past it.)
  if (!facts.byline && !facts.credit) facts.glued = finished && !endsWithLostMark(content) ? trailerAfterSentence(content, vocabulary) : findGluedTail(content, vocabulary);
  if (facts.glued?.credit) facts.creditedLabel = isShortPhrase(content, facts.glued.at);
  if (facts.endsWithFullStop && length <= MAX_TITLE) facts.oneClause = isOneClause(content);
  if (opensWithTime) facts.timedCaption = isTimedCaption(content, facts.glued);
  else if (isDigit(first) && length <= MAX_NUMBERED_CAPTION) facts.timedCaption = isNumberedCaption(content, vocabulary);
  // A quotation headline may hold whole sentences: `“我找不到家了,你们帮帮我吧。…”`.
  facts.sentenceInside = facts.glued !== null || (facts.titleLike && !facts.quote && (SENTENCE_INSIDE.test(content) || isReportedSpeech(content)));
  return facts;
}

/**
 * The line holds a mark of a sentence or clause outside quotation marks: a short line's quoted slogan has its own
 * (`举办“世界水日,中国水周”宣传活动` is an unpunctuated headline). Marks inside quotes are looked past only on a line
 * as short as a title.
 */
function isPunctuated(content: string): boolean {
  if (!SENTENCE_PUNCTUATION.test(content)) return false;
  if (content.length > MAX_TITLE || !content.includes('“')) return true;
  return SENTENCE_PUNCTUATION.test(content.replace(QUOTED, ''));
}
/** A quotation closed on its line. */
const QUOTED = /“[^“”]*”/gu;

/** `柳岸融媒`, `江城县融媒`: a media centre's short name alone. */
const MEDIA_CENTRE_SHORT_NAME = new RegExp(`^[${HAN}]{2,8}融媒$`, 'u');
function isMediaCentreShortName(content: string): boolean {
  return content.endsWith('融媒') && MEDIA_CENTRE_SHORT_NAME.test(content);
}

/**
 * `江城日报客户端 | 记者 林小雨`: the outlet, a bar, then the byline's role and names, as an app's copy prints its head
 * (read as if a space stood for the bar; printed as it stands).
 */
function outletBarBylineOf(content: string, vocabulary: Vocabulary): BylineMatch | null {
  const bar = content.includes('|') || content.includes('｜') || content.includes('丨') ? OUTLET_BAR.exec(content) : null;
  if (bar === null) return null;
  const byline = matchBylineLine(`${bar[1]} ${content.slice(bar[0].length)}`, vocabulary);
  return byline === null || !byline.people.some((person) => person.role !== null && person.name !== null) ? null : { ...byline, inner: content };
}
const OUTLET_BAR = new RegExp(`^(${NEWSROOM}(?:客户端)?)\\s*[|｜丨]\\s*(?=(?:本报|全媒体|融媒体|特约|见习|实习)?(?:记者|通讯员))`, 'u');

/** `text` after the page's buttons it opens with, glued to what follows them (`返回栏目[…]`), or '' where it opens with none. */
function afterButtons(text: string): string {
  const bracket = text.endsWith(']') || text.endsWith('］') ? Math.max(text.lastIndexOf('['), text.lastIndexOf('［')) : -1;
  return bracket > 0 && isButtonRow(text.slice(0, bracket).trim()) ? text.slice(bracket) : '';
}

/** Longest line read as a name alone: three characters, or two padded with a space (`李 莉`). */
const MAX_SIGNATURE = 3;
const SIGNATURE = new RegExp(`^[${HAN}](?:[${HAN}]{1,2}|[ \u3000][${HAN}])$`, 'u');
/** Longest line read as names alone: three names of three characters and the spaces between them. */
const MAX_SIGNATURES = 11;
/** Two or three names of two or three characters (a two-character one padded, `李 莉`), spaced apart: `曹蓉 彭晓`. */
const SIGNATURES = new RegExp(`^(?:[${HAN}]{2,3}|[${HAN}][ \u3000][${HAN}])(?:[ \u3000]+(?:[${HAN}]{2,3}|[${HAN}][ \u3000][${HAN}])){1,2}$`, 'u');

/**
 * `林小禾`, `李 莉`, `曹蓉 彭晓`: a person's name, or two or three, and nothing else, as writers sign a letter or a brief;
 * not a column's word (`简讯`).
 */
function signatureOf(content: string, vocabulary: Vocabulary): BylineMatch | null {
  const alone = content.length <= MAX_SIGNATURE;
  if (!(alone ? SIGNATURE.test(content) : SIGNATURES.test(content)) || COLUMN_WORDS.test(content)) return null;
  // The names' reader joins a padded two-character name (`李 莉`) as it does in a byline.
  const people = parsePeople(content, 'byline', vocabulary);
  // `本报 李四`: the paper's word before the name is no second signer.
  if (people === null || people.some((person) => person.name === null || person.role !== null || NOT_A_PERSON.test(person.name))) return null;
  return (alone ? people.length === 1 : people.length >= 2) ? { inner: content, people, form: 'bare' } : null;
}

/** Who supplied a picture, after its caption's full stop: `图片由受访者提供`, `受访者供图`, `资料图片`. */
const PICTURE_SUPPLIED = /。(?:图片由[^。，,]{1,12}提供|[^。，,]{1,10}供图|资料图片?)$/u;

/** What a supplier's note ends with (提供, 供图, 资料图, 资料图片): a table read before the regex, as most lines end otherwise. */
const PICTURE_SUPPLIED_ENDS = codeUnitTable([...'供图片']);

function endsWithFullStop(content: string): boolean {
  const last = content.charCodeAt(content.length - 1);
  return last === 0x3002 /* 。 */ || (PICTURE_SUPPLIED_ENDS[last] === 1 && PICTURE_SUPPLIED.test(content));
}

/** `content`, closed by `。`, has no other mark of a sentence or clause: its first mark is that last one (no slice copied). */
function isOneClause(content: string): boolean {
  return content.charCodeAt(content.length - 1) === 0x3002 /* 。 */ && content.search(SENTENCE_PUNCTUATION) === content.length - 1;
}

/**
 * Someone's words reported whole, a finished sentence in quotes after who said them (`她说:“…种子。”`): a sentence of
 * the text, never a title (a title quotes without the verb: `张书记:“…”`).
 */
const REPORTED_SPEECH = new RegExp(`^[${HAN_ALL}]{1,8}?(?:说|表示|介绍|坦言|感慨|笑着说|告诉记者)[:：]“.*[${classOf(SENTENCE_FINAL_MARKS)}]”$`, 'u');
function isReportedSpeech(content: string): boolean {
  return (content.includes(':“') || content.includes('：“')) && (REPORTED_SPEECH.test(content) || SPEAKER_AND_WORDS.test(content));
}
/**
 * Who speaks, a colon, then words of more than one clause closed by a full stop inside the quotes (`村民林大伯:“路修好了,
 * 出门方便多了。”`): a speaker's words in the text, as a title quotes one clause, or no full stop (`张书记:“一定把路修好”`).
 */
const SPEAKER_AND_WORDS = new RegExp(`^[${HAN_ALL}]{2,16}[:：]“[^“”]*[,，][^“”]*。”$`, 'u');

/** A paper's name run into its page line, the page's colon printed: `今日吕巷第三版:社区·资讯` (group 1: the page line). */
const PAPER_BEFORE_PAGE = /^[\u4e00-\u9fff]{2,8}?(第\s*(?:[A-Za-z]?[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[:：].*)$/u;

/** An e-paper's link back, a space, then what may be a page line: `返回 A2:综合新闻`. */
const BACK_BEFORE_PAGE = /^返回[ \u3000]+(?=[A-Za-z0-9０-９第])/u;

/** A question mark right after a closing bracket, the line's last character: `…。 (林帆)?`. */
function endsWithLostMark(content: string): boolean {
  const before = content.charCodeAt(content.length - 2);
  return content.charCodeAt(content.length - 1) === 0x3f /* ? */ && (before === 0x29 /* ) */ || before === 0xff09 /* ） */);
}

/**
 * The day a web copy or an e-paper prints after its title, and the site it came from before the day:
 * `TITLE 2024年09月04日`, `TITLE 临河在线 2023-06-22`. The copy's, not the title's.
 */
const DAY_AFTER_TITLE = new RegExp(`(?<=\\S)[ \\u3000]+(?:${NEWSROOM}[ \\u3000]+)?(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})$`, 'u');
/**
 * Or its writer's name before the day, as a site's list of copies prints it (`TITLE 蔡汉以 2017-10-28`): a name of two or
 * three characters that opens with a common surname (group 1), else the title's own last word.
 */
const NAME_AND_DAY_AFTER_TITLE = new RegExp(`(?<=\\S)[ \\u3000]+([${HAN_ALL}]{2,3})[ \\u3000]+(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})$`, 'u');
export function withoutDayAfterTitle(title: string): string {
  // (The day ends the line with its 日 or a figure: other titles, nearly all, skip the regex, which would try every position.)
  const last = title.charCodeAt(title.length - 1);
  if (last !== 0x65e5 /* 日 */ && !isDigit(last)) return title;
  const named = NAME_AND_DAY_AFTER_TITLE.exec(title);
  if (named !== null && COMMON_SURNAMES.has(named[1]![0]!)) return title.slice(0, named.index);
  return title.replace(DAY_AFTER_TITLE, '');
}
/** A title too long with that day after it, short enough without (`…开展端午志愿活动 临河在线 2023-06-22`): measured without. */
function isTitleDated(content: string): boolean {
  if (content.length <= MAX_TITLE) return false;
  const title = withoutDayAfterTitle(content);
  return title.length < content.length && isTitle(title);
}

/** A line short enough and unfinished enough to be a title. */
export function isTitle(text: string, allowEmpty = false): boolean {
  if (text.length === 0) return allowEmpty;
  return (text.length <= MAX_TITLE || isTitleWithItsSubtitle(text)) && !TITLE_BAD_END.has(text.charCodeAt(text.length - 1)) && hasWord(text);
}

/**
 * A title and its subtitle printed on one line, joined by a dash (`了解居民所需 守护居民健康——医院聘请…为健康联络员`):
 * each part as long as a title may be.
 */
function isTitleWithItsSubtitle(text: string): boolean {
  if (text.length > MAX_TITLE * 2) return false;
  const dash = text.indexOf('——', 4);
  return dash !== -1 && dash <= MAX_TITLE && text.length - dash - 2 <= MAX_TITLE;
}

/** A site's or a media centre's name right before a bracket, or a site's and a colon: `江城网(记者 X)`, `江城网:(X)`, the lead without 讯 (LEAD). */
const SITE_BEFORE_BRACKET = /(?:网[:：]?|融媒体中心)[(（]/u;

export function matchLead(content: string, vocabulary: Vocabulary): LeadMatch | null {
  const first = content.charCodeAt(0);
  if (first === 0x28 /* ( */ || first === 0xff08 /* （ */ || first === 0x3010 /* 【 */) {
    const unitLead = unitLeadOf(content, vocabulary);
    if (unitLead !== null) return unitLead;
  }
  // Cheap gate: every lead starts with 本, 【 or [, or has 讯, 电, 消息 or 报道 near the start, or a site's (or its
  // media centre's) name right before a bracket.
  if (first !== 0x672c /* 本 */ && first !== 0x3010 /* 【 */ && first !== 0x5b /* [ */) {
    const head = content.slice(0, 24);
    if (!head.includes('讯') && !head.includes('电') && !head.includes('消息') && !head.includes('报道') && !SITE_BEFORE_BRACKET.test(head)) return null;
  }
  const match = LEAD.exec(content);
  if (!match) return null;
  const inner = match[7];
  let text = match[0];
  let people: Person[] | null = null;
  const unclosed = inner === undefined ? unclosedBracketOf(content, text.length, vocabulary) : null;
  // (Read once: the names in the lead's bracket are its people, and a bracket that names none may be followed by them.)
  const bracketPeople = inner === undefined ? null : bracketPeopleOf(inner, vocabulary);
  if (unclosed !== null) {
    text = unclosed.text;
    people = unclosed.people;
  } else if (bracketPeople === null || bracketPeople.length === 0) {
    // `XX网讯 通讯员谭越 贺岚 秋高气爽…`: the lead's people without brackets, up to the space before the text.
    // (So after a bracket that names no one, the paper a site's copy came from: `XX网讯(江城晚报)记者 林帆 报道:…`.)
    const { leadByline } = compilePatterns(vocabulary);
    leadByline.lastIndex = text.length;
    const byline = leadByline.exec(content);
    people = byline ? parsePeople(byline[1]!, 'lead', vocabulary) : null;
    // `本报讯 记者 通讯员 近日,…`: roles printed without their names are the lead's, as in brackets; the text opens after them.
    if (people !== null) text = content.slice(0, leadByline.lastIndex);
  }
  // `(江城在线讯 林帆报道)`: the lead in round brackets with its byline inside them, what it reported said after the names.
  if ((first === 0x28 /* ( */ || first === 0xff08) /* （ */ && people === null && bracketPeople === null) {
    const inside = text.slice(text.indexOf('讯') + 1, -1).trim();
    if (inside.length > 0) people = parsePeople(inside.endsWith('报道') ? inside.slice(0, -2) : inside, 'lead', vocabulary);
  }
  return {
    text,
    month: match[1] ?? match[3] ?? match[5] ?? null,
    day: match[2] ?? match[4] ?? match[6] ?? null,
    people: people ?? bracketPeople ?? [],
  };
}

/**
 * A unit's own lead in brackets opening its text, its writers inside after its 讯 or before it:
 * `(城中区静兰街道讯 通讯员 林小雨 报道)`, `【江城大学新闻中心讯 团委】`, `(江城大学青年志愿者协会 林小雨 周宁讯)`.
 * The unit must be an organisation's whole name (a site's own, `(本网讯)`, `(江城在线讯 X报道)`, is LEAD's).
 */
const UNIT_LEAD = new RegExp(`^[(（【]([${HAN_ALL}]{2,20}?)((?:${SPACE}+[${HAN_ALL}]{2,3}){0,4})${SPACE}?讯(?:${SPACE}+([^()（）【】]{1,24}?))?${SPACE}*[)）】]`, 'u');
function unitLeadOf(content: string, vocabulary: Vocabulary): LeadMatch | null {
  const match = UNIT_LEAD.exec(content);
  if (match === null || (content.charCodeAt(0) === 0x3010 /* 【 */) !== (match[0].endsWith('】')) || !isOrganisationName(match[1]!, vocabulary)) return null;
  const before = match[2]!.trim();
  const after = match[3]?.trim().replace(/报道$/u, '').trim() ?? '';
  const people = before === '' ? [] : (parsePeople(before, 'lead', vocabulary) ?? []);
  if (after !== '') people.push(...bracketPeopleOf(after, vocabulary));
  return { text: match[0], month: null, day: null, people, unit: true };
}

/**
 * A unit alone where a lead's bracket names its writers (`本报讯(柳岸融媒)`, `【…讯 团委】`): the unit wrote it, as a unit's
 * credit alone at a text's end does (a byline's unit, namesAUnit(), or a media centre's short name).
 */
function isUnitAlone(text: string, vocabulary: Vocabulary): boolean {
  return namesAUnit(text, vocabulary) || isMediaCentreShortName(text);
}

/** What a byline in a bracket holds none of: a closing bracket, a sentence's or a clause's mark. */
const BRACKET_STOPS = codeUnitTable(')）,，。;；!！?？');

/** How far a lead's bracket that is never closed is looked into for the dateline its names run into. */
const MAX_UNCLOSED_BRACKET = 40;

/**
 * A lead's bracket never closed, its last name run into the dateline: `XX网讯(记者 A 通讯员 B C近日,…`. The bracket
 * ends before the dateline when what stands before it is a byline with a role; any closing bracket or sentence mark
 * first, and it is no such bracket.
 */
function unclosedBracketOf(content: string, at: number, vocabulary: Vocabulary): { text: string; people: Person[] } | null {
  let open = at;
  while (open < content.length && isSpace(content.charCodeAt(open))) open++;
  const bracket = content.charCodeAt(open);
  if (bracket !== 0x28 /* ( */ && bracket !== 0xff08 /* （ */) return null;
  const last = Math.min(content.length, open + 1 + MAX_UNCLOSED_BRACKET);
  for (let end = open + 3; end < last; end++) {
    if (BRACKET_STOPS[content.charCodeAt(end - 1)] === 1) return null;
    if (datelineAt(content, end) === null) continue;
    const people = parsePeople(beforeEditorField(content.slice(open + 1, end)), 'lead', vocabulary);
    if (people === null || !people.some((person) => person.role !== null) || people.some((person) => person.name === null)) return null;
    return { text: content.slice(0, end), people };
  }
  return null;
}

/**
 * The people of a lead's bracket: a byline's, or a photo credit's whose verb is glued to the name (`特约通讯员/X摄影报道`);
 * not the editor's who may close it (`(记者 张三 审核 李四)`).
 */
function bracketPeopleOf(bracket: string, vocabulary: Vocabulary): Person[] {
  // (`XX网讯(柳岸乡:林小雨)`: the writer's unit, its colon, then the writer: the unit is where the writer works.)
  const unit = UNIT_AND_COLON.exec(bracket);
  const inner = beforeEditorField(unit !== null && isOrganisationName(unit[1]!, vocabulary) ? bracket.slice(unit[0].length) : bracket);
  const people = parsePeople(inner, 'lead', vocabulary) ?? parseRunTogetherByline(inner, 'lead', vocabulary);
  // `记者 张三 通讯员/李四摄影报道`: a role the names' reader leaves without a name may have it glued to the credit's verb;
  // `记者张三 李四 王五摄影报道`: so may the last name, which the names' reader passes over and the credit's reader keeps.
  const credit = creditPeopleOf(inner, vocabulary);
  // (With as many in either reading, the credit's is the better where the names' last one kept the verb: `李四摄`.)
  const verbOnLastName = credit !== null && people !== null && people.length > 0 && creditVerbAtEnd(people[people.length - 1]!.name ?? '', vocabulary) !== null;
  if (people !== null && people.every((person) => person.name !== null) && (credit === null || credit.length < people.length || (credit.length === people.length && !verbOnLastName))) return people;
  const found = credit ?? people ?? [];
  return found.length === 0 && isUnitAlone(inner, vocabulary) ? [{ name: inner, role: null, source: 'lead' }] : found;
}

/** A unit's name and a colon opening a lead's bracket, the writers after it: `柳岸乡:林小雨`. */
const UNIT_AND_COLON = new RegExp(`^([${HAN_ALL}]{2,16})[:：]${SPACE}*(?=[${HAN_ALL}])`, 'u');

/** The people of a lead's bracket that is a photo credit, its verb glued to the name: `(特约通讯员/X摄影报道)`. */
function creditPeopleOf(inner: string, vocabulary: Vocabulary): Person[] | null {
  const credit = matchCredit(inner, vocabulary);
  return credit === null || credit.people.length === 0 ? null : credit.people.map((person) => ({ ...person, source: 'lead' as const }));
}

/** Every round bracket `text` opens it closes, and it closes none it did not open. */
function closesItsBrackets(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28 /* ( */ || code === 0xff08 /* （ */) depth++;
    else if (code === 0x29 /* ) */ || code === 0xff09 /* ） */) if (--depth < 0) return false;
  }
  return depth === 0;
}

/** An organisation, a bar with a space on either side, the title: `柳岸社区 | 邻里同熬腊八粥`. */
const HEADER_WITH_BAR = /^([^\s|｜]{2,16})[ \u3000]+[|｜][ \u3000]+([^|｜]+)$/u;

export function matchHeader(content: string, vocabulary: Vocabulary): HeaderMatch | null {
  const patterns = compilePatterns(vocabulary);
  const withoutArrows = withoutTitleArrows(content);
  const arrows = withoutArrows.length < content.length;
  // A colon further on belongs to the title: such a line is read as a header without a colon.
  const colon = firstColon(withoutArrows, MAX_ORGANISATION + 2);
  if (colon >= 0) {
    const org = afterSeriesTag(withoutArrows.slice(0, colon)).trim();
    const title = withoutArrows.slice(colon + 1).trim();
    // (`编辑中心:38166822`: a desk's telephone number is no title; a title has words.)
    if (isOrganisationName(org, vocabulary) && isTitle(title, true) && !endsSentence(title) && (title === '' || HAN_CHARACTER.test(title))) {
      return { organisation: org, title, separator: withoutArrows[colon]!, strong: true };
    }
    return null;
  }
  // `柳岸社区 | 邻里同熬腊八粥`: a bar for the colon, spaced, as a web template prints a unit before its copy's title.
  const bar = withoutArrows.includes('|') || withoutArrows.includes('｜') ? HEADER_WITH_BAR.exec(withoutArrows) : null;
  if (bar && isOrganisationName(bar[1]!, vocabulary) && isTitle(bar[2]!, true) && !endsSentence(bar[2]!)) {
    return { organisation: bar[1]!, title: bar[2]!, separator: '|', strong: true };
  }
  const space = hasHeaderSpace(withoutArrows) ? HEADER_WITH_SPACE.exec(withoutArrows) : null;
  // `江城市农委     2008-07-02`: a unit and a date under a web copy's title; a title is words.
  // (`…喊搬家(柳岸镇 供图)`: a caption's credit in brackets, parted at its space, is no organisation and title.)
  if (space && isOrganisationName(space[1]!, vocabulary) && isTitle(space[2]!, false) && !SENTENCE_PUNCTUATION.test(space[2]!) && HAN_CHARACTER.test(space[2]!) && closesItsBrackets(space[1]!) && closesItsBrackets(space[2]!)) {
    return { organisation: space[1]!, title: space[2]!, separator: ' ', strong: arrows };
  }
  return null;
}

/**
 * The organisation of a header after the series' tag a site sets before it with a bar: `宝藏小城丨柳岸乡:TITLE` is
 * 柳岸乡's (丨, U+4E28, is the bar Chinese sites print; `|` and `｜` too).
 */
function afterSeriesTag(org: string): string {
  for (let i = org.length - 1; i > 0; i--) {
    const code = org.charCodeAt(i);
    if (code === 0x4e28 /* 丨 */ || code === 0x7c /* | */ || code === 0xff5c /* ｜ */) return org.slice(i + 1);
  }
  return org;
}

/** An organisation, a space and a title: `苏村社区 开展主题党日活动` (group 1 the organisation, 2 the title). */
const HEADER_WITH_SPACE = /^(\S{2,20})[ \u3000\u00a0]+(\S.*)$/;

/** A space (ASCII, ideographic or NBSP) after the first two characters: the gate before the header-with-a-space pattern. */
function hasHeaderSpace(text: string): boolean {
  const end = Math.min(text.length, 24);
  for (let i = 2; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x3000 || code === 0xa0) return true;
  }
  return false;
}

/** Index of the first `:` or `：` among the first `within` characters, or -1. */
function firstColon(text: string, within: number): number {
  const end = Math.min(text.length, within);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a /* : */ || code === 0xff1a /* ： */) return i;
  }
  return -1;
}

/** An archive record's page field and the page line it holds: `【版次】第08版:社会广场`. */
const ARCHIVED_PAGE = /^【版次】\s*[=＝:：]?\s*(\S.*)$/u;
function archivedPageOf(content: string): string | null {
  const field = ARCHIVED_PAGE.exec(content);
  const page = field === null ? null : PAGE_LINE.exec(field[1]!);
  return page ? pageColumnOf(page) || null : null;
}

/** The column a PAGE_LINE match names: whichever of its alternatives matched, cleaned. */
function pageColumnOf(page: RegExpExecArray): string {
  return cleanPageValue(page[1] ?? page[2] ?? page[3] ?? page[4] ?? page[5] ?? page[6] ?? '');
}

function cleanPageValue(value: string): string {
  // `街巷新闻 上一版 下一版`: navigation words after the section name are not part of it; nor are a web copy's
  // fields after the page number (`版次:03 作者:…`).
  // nor the day of the issue (`版次:A01  2024年01月16日`: a page code and a date name no column).
  const name = value.replace(NAVIGATION, '').replace(WEB_FIELD_AFTER_PAGE, '').replace(ISSUE_AFTER_PAGE, '').replace(DATE_AFTER_PAGE, '').trim();
  // A reader may set the column's name in square brackets: `第A01版:[封面新闻]`.
  return SQUARE_BRACKETED_NAME.exec(name)?.[1] ?? name;
}
/** A column's name set whole in square brackets, and the name inside. */
const SQUARE_BRACKETED_NAME = /^[\[【［]([^\[\]【】［］]+)[\]】］]$/u;
/** The issue's day after the page, and what follows it (`2024年01月16日 星期二`), at the value's start or after a space. */
const DATE_AFTER_PAGE = /(?:^|\s)[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}.*$/u;
/** The issue's running number after the column's name, and what follows it: `综合新闻总第880期 >2011-12-23编印`. */
const ISSUE_AFTER_PAGE = /总第[0-9０-９]+期.*$/u;
const WEB_FIELD_AFTER_PAGE = /(?:^|\s)(?:作者|来源|日期|发布时间|编辑|责任编辑)[:：].*$/u;

/**
 * `作者:本通` (本报通讯员), `作者:江城网`, `2024年5月20日 星期一`, a signature's `本报`: the paper itself or the day, no person;
 * nor a unit (`居委会 李四`, `物业 李四`: where the signer works) or an editor's word (`编辑 李四`: the page's editor);
 * nor a count, where a text cut off ends at its number (`二十余`, `三百多`), nor a count's words whose figure the
 * template left out (`2025/7/9 11:14 次浏览`), nor a page of the paper after its day (`2015年8月6日 三版`).
 */
// (`作者:原创`, `作者:转载`: the copy's kind, original or reprinted, in the writer's field; `作者:匿名`, no one.)
const NOT_A_PERSON = /^本|^星期|^(?:编辑|责编|主编|审核|校对|物业|佚名|未知|匿名|原创|转载|管理员)$|(?:网|报|社|台|站|中心|部|办|室|局|委|委会|工会|处|队)$|^[一二三四五六七八九十百千万两几]+[余多]$|^[一二三四五六七八九十]+版$|^次|(?:浏览|阅读|点击|访问)$/u;

/**
 * An author field naming one unit, up to the next field or the line's end; in a template's brackets too (`作者:[柳岸镇]`);
 * glued to the fields around it, as WEB_AUTHORS reads names (`…2023-03-07作者:柳岸镇政府办公室浏览次数:10`).
 */
const UNIT_AUTHOR = new RegExp(`(?:^|${SPACE}|(?<=[0-9]))(?:文章)?作者${SPACE}*[:：]${SPACE}*(?:\\[(?=[^\\]]*\\]))?([${HAN_ALL}]{3,16}?)\\]?(?=${SPACE}|$|(?:发布时间|发布日期|点击|浏览)(?:次数)?[:：]|(?:责任编辑|责编)[:：])`, 'u');

/** A name of two or three characters after the unit of an author field, alone to the next space or the line's end. */
const NAME_AFTER_UNIT = new RegExp(`^${SPACE}+([${HAN_ALL}]{2,3})(?=${SPACE}|$)`, 'u');

/** What stands between the names of a web copy's author field. */
const NAME_SEPARATORS = /[\s,，、;；]+/u;

/** `(…)`: the whole line in one pair of round brackets, half- or full-width. */
function isInRoundBrackets(content: string): boolean {
  const first = content.charCodeAt(0);
  return (first === 0x28 || first === 0xff08) && endsWithBracket(content) && !content.includes('(', 1) && !content.includes('（', 1);
}

/** The people a web copy's line names as its authors: in a `作者:` field, or after the date of a date line. */
export function webAuthorsOf(content: string, vocabulary: Vocabulary): Person[] | null {
  // `作者:柳岸街道办事处`, `文章作者:青石镇`: a unit that wrote the copy is its author, as a unit alone in brackets is;
  // so is an office or a college named with a conjunction inside (`作者:外事与合作处`, `作者:县血液管理办公室`), which
  // a byline reads as a unit.
  // (The field in round brackets after the text, `(作者:柳岸社区 林小雨)`, as WEB_AUTHORS reads names alone there.)
  const field = isInRoundBrackets(content) ? content.slice(1, -1) : content;
  const unit = content.includes('作者') ? UNIT_AUTHOR.exec(field) : null;
  if (unit !== null && !OUTLET_END.test(unit[1]!) && (isOrganisationName(unit[1]!, vocabulary) || (unit[1]!.length >= 4 && isUnit(unit[1]!)))) {
    // (`作者:柳岸社区 林小雨`: the writer's unit, then the writer's name after a space: the person is the author.)
    const after = NAME_AFTER_UNIT.exec(field.slice(unit.index + unit[0].length));
    if (after !== null && COMMON_SURNAMES.has(after[1]![0]!) && isOneName(after[1]!, vocabulary)) return [{ name: after[1]!, role: null, source: 'byline' }];
    return [{ name: unit[1]!, role: null, source: 'byline' }];
  }
  // `作者:柳岸农场林小雨`: the writer's unit glued before the name; the name is the author, the unit where the writer works.
  const glued = unit !== null ? nameAfterGluedUnit(unit[1]!, vocabulary) : null;
  if (glued !== null) return [{ name: glued, role: null, source: 'byline' }];
  const match = content.includes('作者') || content.includes('撰稿人') ? WEB_AUTHORS.exec(content) : ((content.includes('记者') ? WEB_AUTHORS.exec(content) : null) ?? WEB_DATE_AUTHORS.exec(content));
  if (!match) return sourcePeopleOf(content, vocabulary);
  // `晚报唐晓`: a paper's two-character short name (新报, 晚报) glued before the name is the outlet, not the person (as in bylines).
  const names = match[1]!.split(NAME_SEPARATORS).filter((name) => name !== '记者' && name !== '通讯员').map((name) => (name.length === 4 && name.charCodeAt(1) === 0x62a5 /* 报 */ ? name.slice(2) : name));
  if (names.length === 0 || names.some((name) => NOT_A_PERSON.test(name) || !isOneName(name, vocabulary))) return null;
  return names.map((name) => ({ name, role: null, source: 'byline' as const }));
}

/**
 * The person a web copy's field line names for the pictures, as its `作者:` field names the writer: a picture field
 * among the others (`作者:林小雨 点击: 摄影:周宁`, `文字作者:林小雨,图片作者:周宁`), or the author field closed by the
 * picture's verb (`作者:周宁/摄 来源:`). One name, up to the next field.
 */
function webPhotographersOf(content: string, vocabulary: Vocabulary): Person[] | null {
  const field = WEB_PICTURE_FIELD.exec(content) ?? WEB_AUTHOR_WHO_TOOK.exec(content);
  return field !== null && isOneName(field[1]!, vocabulary) ? [{ name: field[1]!, role: null, source: 'credit' }] : null;
}
const WEB_PICTURE_FIELD = new RegExp(`(?:^|${SPACE}|[,，;；])(?:摄影|拍摄|图片作者)${SPACE}*[:：]${SPACE}*([${HAN_ALL}]{2,4})(?=${SPACE}|[,，;；]|$)`, 'u');
const WEB_AUTHOR_WHO_TOOK = new RegExp(`(?:^|${SPACE})作者${SPACE}*[:：]${SPACE}*([${HAN_ALL}]{2,4})${SPACE}*[/／]${SPACE}*摄影?(?=${SPACE}|$)`, 'u');

/**
 * `【记者 林小雨】`: a reporter's byline in lenticular brackets, its role first, as a web copy prints it below the text
 * (a label in such brackets names no one: `【活动现场】`).
 */
function lenticularBylineOf(content: string, vocabulary: Vocabulary): BylineMatch | null {
  if (content.charCodeAt(0) !== 0x3010 /* 【 */) return null;
  const inner = squareBracketedOf(content);
  const byline = inner === null ? null : matchBylineLine(inner, vocabulary);
  return byline !== null && byline.people.length > 0 && byline.people.every((person) => person.role !== null && person.name !== null) ? { ...byline, form: 'brackets' } : null;
}

function webAuthorsOfBracketed(content: string, vocabulary: Vocabulary): Person[] | null {
  // (A bracket a field, `【作者:A】 【编辑:B】`: read as the fields in a row.)
  const inner = squareBracketedOf(content)?.replace(BRACKETS_BETWEEN_FIELDS, ' ');
  return inner === undefined ? null : webAuthorsOf(inner, vocabulary);
}
const BRACKETS_BETWEEN_FIELDS = /[】\]］]\s*[【\[［]/gu;

/**
 * A field's name of two characters spaced to a longer one's width, then its colon: `来 源:`, `校 对:`; by as many
 * spaces as the longest name needs (`编  辑:`, `监  制:` under `责任编辑:`).
 */
const SPACED_FIELD_NAME = new RegExp(`^([${HAN_ALL}])([ \u3000]{1,4})[${HAN_ALL}][:：]`, 'u');
/** The line with its field's name closed up (`来源:X` for `来 源:X`), or null where it opens with no spaced field name. */
function unspacedFieldOf(content: string): string | null {
  const spaced = SPACED_FIELD_NAME.exec(content);
  return spaced === null ? null : spaced[1]! + content.slice(spaced[1]!.length + spaced[2]!.length);
}

/** The people of a source field that names them by a role of the vocabulary (`来源:通讯员 张三`): a byline's people, each named. */
function sourcePeopleOf(content: string, vocabulary: Vocabulary): Person[] | null {
  // `来源:柳岸乡党政办:林小禾`: the office that sent the copy, then its writer after a second colon.
  const unitAndName = content.includes('源') ? SOURCE_UNIT_AND_NAME.exec(content) : null;
  if (unitAndName !== null && COMMON_SURNAMES.has(unitAndName[2]![0]!) && isOrganisationName(unitAndName[1]!, vocabulary)) return [{ name: unitAndName[2]!, role: null, source: 'byline' }];
  const match = content.includes('源') ? compilePatterns(vocabulary).sourcePeople.exec(content) : null;
  const people = match ? parsePeople(match[1]!, 'byline', vocabulary) : null;
  if (people !== null && people.every((person) => person.name !== null)) return people;
  // `来源:江城日报 林小雨 周宁`: the paper, then its writers after a space each, to the line's end.
  const afterOutlet = content.includes('源') ? SOURCE_OUTLET_THEN_NAMES.exec(content) : null;
  if (afterOutlet === null) return null;
  const names = afterOutlet[1]!.trim().split(NAME_SEPARATORS);
  return names.every((name) => COMMON_SURNAMES.has(name[0]!) && isOneName(name, vocabulary)) ? names.map((name) => ({ name, role: null, source: 'byline' as const })) : null;
}

// (`来源:本站  林小雨  2017-10-27 阅读:268`: the site itself, or the office that posted it, then the writers, joined by 、
// or not, before the day and the copy's other fields.)
const SOURCE_OUTLET_THEN_NAMES = new RegExp(
  `(?:^|${SPACE})(?:信息|稿件|文章)?来源${SPACE}*[:：]${SPACE}*[${HAN_ALL}]{2,10}?(?:${PAPER_ENDING}|报|网|台|融媒|客户端|站)?((?:${SPACE}+[${HAN_ALL}]{2,3}(?:、[${HAN_ALL}]{2,3})*)+)(?=${SPACE}*$|${SPACE}+[0-9]{4}[-/.年])`,
  'u',
);

const SOURCE_UNIT_AND_NAME = new RegExp(`^(?:信息|稿件|文章)?来源${SPACE}*[:：]${SPACE}*([^:：\\s]{2,20})[:：]${SPACE}*([${HAN_ALL}]{2,3})$`, 'u');

/** An editor's field, then a writer's after a space: `编辑:梁云 通讯员:林小雨` (group 1: the writer's field on). */
const EDITOR_THEN_WRITERS = new RegExp(`^(?:责任编辑|编辑|责编)${SPACE}*[:：]${SPACE}*[^${SPACE}:：]{1,12}${SPACE}+((?:记者|通讯员|作者)${SPACE}*[:：].+)$`, 'u');

export interface OpeningByline {
  /** Where the bracket ends, and where the text after it starts. */
  bracketEnd: number;
  length: number;
  byline: BylineMatch | null;
  credit: CreditMatch | null;
}

/**
 * A bracket that opens a paragraph, closed within 40 characters, and the space before the text after it; round, or
 * lenticular as a web template prints the byline it opens the text with (`【通讯员 王宁】10月24日,…`), or square around
 * a credit (`[NAME摄影报道]`).
 */
const OPENING_BRACKET = /^(?:[(（]([^()（）]{2,40})[)）]|【([^【】]{2,40})】|\[([^[\]]{2,40})\])\s*(?=\S)/u;

/**
 * A site's or a paper's note that it compiled the piece, opening the text before a comma or a space: `江城网综合报道,…`,
 * `江城健康网综合报道 …`. It names no one and is no lead (no 讯 or 电), but neither is it the text: an opening
 * byline's aside naming no one, as `(《江城》综合报道)` in brackets would be.
 */
const COMPILED_BY_SITE = new RegExp(`^([${HAN_ALL}]{2,12}(?:网|报|台|社|客户端|APP)综合报道)(?:[,，:：]\\s*|\\s+)(?=\\S)`, 'u');
function compiledBySiteOf(content: string): OpeningByline | null {
  // (Read back from the sixteenth character: a paragraph's line is long, and the note stands at its start.)
  const at = content.lastIndexOf('综合报道', 16);
  if (at < 3) return null;
  const compiled = COMPILED_BY_SITE.exec(content);
  return compiled === null ? null : { bracketEnd: compiled[1]!.length, length: compiled[0].length, byline: { inner: compiled[1]!, people: [], form: 'brackets' }, credit: null };
}

/** A byline's mark (BYLINE_MARKS) and the space after it, opening a bracket: `□ `, `■`. */
const BYLINE_MARK_OPENING = new RegExp(`^[${BYLINE_MARKS}][ \u3000]*`, 'u');

/** `(通讯员:王宁)10月24日,…`: the bracket names a role and someone (`(右)`, `(图为…)` do not); or it is a credit. */
export function openingBylineOf(content: string, vocabulary: Vocabulary): OpeningByline | null {
  const bracket = OPENING_BRACKET.exec(content);
  if (!bracket) return null;
  const words = bracket[1] ?? bracket[2] ?? bracket[3]!;
  // (`(□ 张文华 孙荪)“以前…`: a byline's mark may open the bracket, as it opens a byline's line, `□记者 X`.)
  const inner = words.trim().replace(BYLINE_MARK_OPENING, '');
  const bracketEnd = words.length + 2;
  // (`[刘明摄影报道]今天是…`: a web template's square brackets hold only a credit, read as in round ones.)
  const credit = matchCredit(bracket[3] === undefined ? content.slice(0, bracketEnd) : `(${words})`, vocabulary);
  if (credit) return { bracketEnd, length: bracket[0].length, byline: null, credit };
  if (bracket[3] !== undefined) return null;
  // `(江城实验学校 林晓)近日,…`: the writer's school or office, then the writer, a common surname first, open the text.
  const unitAndName = bracket[1] !== undefined ? unitAndNameOf(inner, vocabulary) : null;
  if (unitAndName !== null && COMMON_SURNAMES.has(unitAndName.people[0]!.name![0]!)) {
    return { bracketEnd, length: bracket[0].length, byline: { ...unitAndName, form: 'brackets' }, credit: null };
  }
  const people = parsePeople(inner, 'byline', vocabulary) ?? parseRunTogetherByline(inner, 'byline', vocabulary);
  if (people === null || !people.some((person) => person.role !== null && person.name !== null)) {
    // `(邓云东 文/图)4月29日,…`: names and the word for their work, no role, as a byline on a line of its own may be.
    if (people !== null && people.length > 0 && people.every((person) => person.name !== null) && namesTheirWork(inner)) {
      return { bracketEnd, length: bracket[0].length, byline: { inner, people, form: 'brackets' }, credit: null };
    }
    const names = bracket[1] !== undefined && content.length - bracket[0].length >= MIN_TEXT_AFTER_NAMES ? namesAlone(inner, vocabulary) : null;
    if (names === null) return null;
    return { bracketEnd, length: bracket[0].length, byline: { inner, people: names.map((name) => ({ name, role: null, source: 'byline' })), form: 'brackets' }, credit: null };
  }
  // In lenticular brackets a column's tag reads like a role and a name (`【记者走基层】`): there only names that open
  // with a common surname make a byline.
  if (bracket[2] !== undefined && !people.every((person) => person.name === null || COMMON_SURNAMES.has(person.name[0]!))) return null;
  return { bracketEnd, length: bracket[0].length, byline: { inner, people, form: 'brackets' }, credit: null };
}

/**
 * The word for the work before or after the names, parted by white space: `邓云东 文/图`, `文/图 邓云东`, `林小雨 文`;
 * `芦珊 报道` (reported by).
 */
const WORK_BESIDE_NAMES = /^(?:[文图摄](?:[/／][文图摄])?\s+\S.*|.*\S\s+(?:[文图摄](?:[/／][文图摄])?|报道))$/u;

/** Whether a bracket's words name their work beside the names (WORK_BESIDE_NAMES). */
export function namesTheirWork(inner: string): boolean {
  return WORK_BESIDE_NAMES.test(inner);
}

/** The words' and pictures' field, its colon and a name, ending a line after white space: ` 文/摄:林小雨`, ` 图文:周宁`. */
const WORKS_FIELD_AT_END = /\s(?:文\s*[/／]\s*[图摄]|图\s*[/／]\s*文|图文)\s*[:：]\s*\S{2,4}$/u;

/** How much text must follow a bracket of names alone for it to be the byline opening a paragraph, not a note. */
const MIN_TEXT_AFTER_NAMES = 12;

/**
 * `(孙立言、古丽娜尔)为…`, `(孙立言林晓晴)在…`: a round bracket of names alone, no role, opening a paragraph, is the
 * byline the text opens with. Names run together are split as a byline's are; the first name (and each glued one) opens
 * with a common surname, so a bracket of words (`(活动现场)`, `(一)`) is no byline. Null when it is not names alone.
 */
function namesAlone(inner: string, vocabulary: Vocabulary): string[] | null {
  // (`(钱　明 孙　丽)`: a two-character name padded with a space is one name, as in a byline of its own.)
  const tokens = inner.replace(PADDED_NAME, '$1$2').split(/[、,，\s]+/u);
  if (tokens.length > 4) return null;
  const names = tokens.length === 1 && tokens[0]!.length >= 4 ? splitGluedNames(tokens[0]!) : tokens;
  if (names === null || names.length === 0) return null;
  // (`(林小雨 摄影 周宁)`: a word for the work between the names makes them no bare names.)
  for (const name of names) if (!PERSON_NAME.test(name) || isWorkWord(name) || isOrganisationName(name, vocabulary)) return null;
  const surnamed = tokens.length === 1 ? names : names.slice(0, 1);
  return surnamed.every((name) => COMMON_SURNAMES.has(name[0]!)) ? names : null;
}
const PERSON_NAME = new RegExp(`^[${HAN_ALL}]{2,4}$`, 'u');
/** Two single characters parted by one space, each standing alone between separators: one padded name. */
const PADDED_NAME = new RegExp(`(?<=^|[、,，\\s])([${HAN_ALL}])[ \\u3000]([${HAN_ALL}])(?=$|[、,，\\s])`, 'gu');

/** The dash or bullet of a web page's list, kept where the page was copied as text: `- 发布日期:2016-05-31`, `• 浏览次数:`. */
const LIST_DASH = /^[-*•][ \u3000]+/;

/**
 * `◆素材来源:江城日报`, `- 浏览次数:746`: a line about the copy after a byline's marker or a list's dash; or its fields
 * each in lenticular brackets, `【作者:佚名】 【责任编辑:李四】`, or square ones, the font-size buttons first
 * (`[字号:大 中 小] 2016-06-10 阅读次数:299`).
 */
function isMarkedWebMeta(content: string): boolean {
  const first = content.charCodeAt(0);
  if (first === 0x3010 /* 【 */ && isWebMeta(content.slice(1))) return true;
  // (A square bracket opens a field's name only: `[2024-03-02]` before a related link's title is the list's.)
  if (first === 0x5b /* [ */ && isHanCodePoint(content.charCodeAt(1)) && isWebMeta(content.slice(1))) return true;
  const marker = markerBylineOf(content);
  if (marker !== null) return isWebMeta(marker[1]!);
  const dash = first === 0x2d /* - */ || first === 0x2a /* * */ || first === 0x2022 /* • */ ? LIST_DASH.exec(content) : null;
  return dash !== null && isWebMeta(content.slice(dash[0].length));
}

/**
 * `上接01版`, `接上版`: the text below goes on from another page. A line about the page, not a title (in brackets it
 * is a note, as the marker at a text's end, `(下转第六版)`, is the item's continuation).
 */
const CONTINUED_FROM = /^(?:上接|接上)第?[0-9０-９A-Za-z一二三四五六七八九十]{0,4}版$/u;
const MAX_CONTINUED_FROM = 12;

/**
 * An e-paper reader's list of the page's titles, each entry closed or opened by `~~~` (`青石社区开办“四点半课堂”~~~`,
 * `~~~——记志愿者某某`): the reader's, never the text's; the articles follow the list.
 */
const TITLE_LIST_MARK = '~~~';
const MAX_TITLE_LIST_ENTRY = MAX_TITLE + TITLE_LIST_MARK.length * 2;
function isTitleListEntry(content: string): boolean {
  return content.length <= MAX_TITLE_LIST_ENTRY && (content.endsWith(TITLE_LIST_MARK) || content.startsWith(TITLE_LIST_MARK));
}

const COUNT_ALONE = /^[0-9]{4,8}$/;
function isCountAlone(content: string): boolean {
  return content.length >= 4 && content.length <= 8 && COUNT_ALONE.test(content);
}

/** `新华社照片,北京,2024年9月22日`, `新华社照片 , 上海 , 2020年10月25日`: the agency's photo wire's place and day. */
const AGENCY_PHOTO_DATELINE = /^新华社照片\s*[,，]\s*[\u4e00-\u9fff]{2,10}\s*[,，]\s*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$/u;

/** Longest line of a copy's fields; in brackets, a reviewer's field among them (`审核/X`, `编审:Y`, `一审:Z`). */
const MAX_BRACKETED_FIELDS = 100;
// (The reviewers of EDITOR_WORDS only: an editor's bracket alone, `(编辑:X)`, is a note, or a byline's tail.)
const REVIEWER_FIELD = /(?:审核|编审|责编|校对|初审|复审|终审|[一二三]审)\s*[:：/／|｜]/u;
const BRACKETED_FIELDS = /^[(（][^()（）。！？]{4,98}[)）]$/u;
/** Unbracketed, any editor's field with its colon (EDITOR_WORDS), beside a writer's. */
const EDITOR_FIELD_COLON = new RegExp(`(?:${EDITOR_WORDS})\\s*[:：]`, 'u');
const WRITER_FIELD_COLON = /(?:撰稿人?|供稿人?|文字作者|图片作者)\s*[:：]/u;

function furnitureOf(content: string): string | null {
  // (`pagebreak`: a web editor's mark where the copy was cut into pages.)
  if (pageBreakMarkAt(content) === 0) return 'page break';
  // (`~~~` alone is an entry's mark of the list, words or none.)
  if (isTitleListEntry(content)) return 'table of contents';
  if (!hasWord(content)) return 'no words';
  // (`(编辑:X) 来源:UNIT …`: the editor's bracket, then the copy's fields: the copy's line, as each alone is.)
  if ((content.charCodeAt(0) === 0x28 /* ( */ || content.charCodeAt(0) === 0xff08 /* （ */) && isEditorBracketThenFields(content)) return 'web copy line';
  if (isEnglishName(content)) return ENGLISH_NAME_LINE;
  // (`(文图/UNIT  编辑/X  审核/Y)`, `(来源:记者 X/文 X/| 审核: Y | 编审: Z)`: the copy's fields in brackets below the text, its
  // reviewers among them; a unit that wrote it or a source before them makes no byline of the line.)
  if (content.length <= MAX_BRACKETED_FIELDS && BRACKETED_FIELDS.test(content) && REVIEWER_FIELD.test(content)) return 'web copy line';
  // (Unbracketed too, a writer's field beside the reviewer's: `撰稿人:A、B 编辑:UNIT`, `UNIT 文字作者:A,图片作者:B,审核人:C DATE`.)
  if (content.length <= MAX_BRACKETED_FIELDS && hasColon(content) && !endsSentence(content) && EDITOR_FIELD_COLON.test(content) && WRITER_FIELD_COLON.test(content)) return 'web copy line';
  if (content.length <= 30 && isBracketNote(content) && bracketedPictureWord(content) === null && !isBracketedCaption(content)) return 'note in brackets';
  if (isArchiveField(content)) return 'archive field';
  if (isPageNumber(content)) return 'page number';
  // A longer number alone: how often a web copy was read (`7556`), printed under its fields.
  if (isCountAlone(content)) return 'web copy line';
  // The news agency's photo dateline above each picture it releases: `新华社照片,北京,2024年9月22日`.
  if (content.startsWith('新华社照片') && AGENCY_PHOTO_DATELINE.test(content)) return 'web copy line';
  if (isPictureNumber(content)) return 'picture number';
  if (content.length <= MAX_CONTINUED_FROM && CONTINUED_FROM.test(content)) return 'continued from';
  // A breadcrumb's `>`s would read as a list of contents: `XX网 > 您当前的位置 : 工作传真 > 区县系统`.
  if (isBreadcrumb(content)) return 'navigation';
  // (A web copy's fields spaced apart, `发布时间:… 发布者:… 阅读 : 71608`, are no titles of a list: its line, however long.)
  // (Nor a caption set as a poem, its phrases spaced apart, signed by who wrote it and took the picture: `… 文/摄:X`.)
  if (isContentsLine(content) && !WORKS_FIELD_AT_END.test(content)) return WEB_FIELD_OPENING.test(content) || isWebMeta(content) ? 'web copy line' : 'table of contents';
  if (isColumnIntro(content)) return 'column intro';
  if (isContactLine(content)) return 'contact line';
  if (isFieldLabel(content)) return 'field name';
  // `临河县人民政府` alone: the government whose site printed the copy, as its header or before its fields.
  if (content.length <= MAX_SITE_OWNER && SITE_OWNER.test(content)) return 'site name';
  if (isPageListEntry(content)) return 'page list';
  if (isDatedButtonRow(content)) return 'navigation';
  if (isSiteFooter(content)) return 'site footer';
  // `©原创   张文博`, `©原创 2023-11-09 XX融媒体中心`: a content system's mark of its own copy, with its author or day.
  if (content.charCodeAt(0) === 0xa9 /* © */ && content.length <= MAX_SHORT_LINE) return 'web copy line';
  if (isWebNotice(content)) return 'web copy line';
  if (isSuppliedByLine(content)) return 'supplied by';
  if (isPageSourceNote(content)) return 'web copy line';
  if (content.length <= 80 && (isWebMeta(content) || isEmptyFieldsRow(content) || isMarkedWebMeta(content) || isForumPostHeader(content))) return 'web copy line';
  // (A date, then its authors after a wide space and a role: `2018-06-12      本刊记者 林小禾`.)
  if (content.length <= 80 && isDigit(content.charCodeAt(0)) && WEB_DATE_AUTHORS.test(content)) return 'web copy line';
  // (The site, then the day it posted the copy: `西西新闻 @2024-02-02`, `江城网 2024-02-02 10:20`.)
  if (content.length <= MAX_SITE_AND_DAY && isDigit(content.charCodeAt(content.length - 1)) && SITE_AND_DAY.test(content)) return 'web copy line';
  // (A government site's disclosure fields may fill a long line: index number, office, dates, kinds, keywords.)
  if (content.length <= MAX_DISCLOSURE_ROW && (isDisclosureRow(content) || isBulletedDisclosureField(content))) return 'web copy line';
  // (A copy's link field, however long its address: `原文链接:https://…`.)
  if (LINK_FIELD.test(content)) return 'web copy line';
  if (content.length <= 40 && isButtonRow(content)) return 'navigation';
  if (content.length <= 80 && NAVIGATION_GATE.test(content) && NAVIGATION.test(content) && !endsSentence(content)) return 'navigation';
  if (isMenuBar(content)) return 'navigation';
  if (isPagination(content)) return 'navigation';
  if (isSocialLink(content)) return 'navigation';
  // The heading of a reader's list of the page's titles (`本版列表新闻`), where no button reads it first.
  if (isContentsHeading(content)) return 'table of contents';
  // What a web page's code left in the copy: a picture's address alone, the data of its share button (`{"appId":…}`).
  if (content.charCodeAt(0) === 0x68 /* h */ && PICTURE_ADDRESS.test(content)) return 'picture address';
  if (content.charCodeAt(0) === 0x7b /* { */ && SCRIPT_DATA.test(content)) return 'script data';
  // A forum's number of the poster, above or below each post: `UID:297`.
  if (content.charCodeAt(0) === 0x55 /* U */ && FORUM_USER_ID.test(content)) return 'web copy line';
  return null;
}

const MAX_DISCLOSURE_ROW = 240;

/** A site's or a paper's name alone, then the day (and the time) it posted the copy, a mark or a bar between them or not. */
const SITE_AND_DAY = new RegExp(`^[${HAN_ALL}]{2,10}?(?:新闻|网|报|台|融媒|在线|客户端|发布)${SPACE}*[@＠|｜丨]?${SPACE}*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:${SPACE}+[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?$`, 'u');
const MAX_SITE_AND_DAY = 40;

/**
 * A unit's name alone, then the day, a space between them (`东湾区科协 2020-06-26`, `柳岸镇农委     2008-07-02`): the
 * unit that filed the copy and its day, a source line above or below the text. A title is never a unit's name alone;
 * one with the day after it names what happened (`柳岸社区开展义诊 2024-05-01`).
 */
const UNIT_AND_DAY = new RegExp(`^([${HAN_ALL}()（）]{2,20})${SPACE}+(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})$`, 'u');
const MAX_UNIT_AND_DAY = 40;
function isUnitAndDay(content: string, vocabulary: Vocabulary): boolean {
  // (The day ends the line with its 日 or a figure: other lines skip the regex.)
  const last = content.charCodeAt(content.length - 1);
  if (last !== 0x65e5 /* 日 */ && !isDigit(last)) return false;
  const unit = UNIT_AND_DAY.exec(content)?.[1];
  return unit !== undefined && isOrganisationName(unit, vocabulary);
}

const FORUM_USER_ID = /^UID\s*[:：]\s*[0-9]+$/u;

/**
 * A news agency's caption closes with the day its picture was taken or the kind of picture, in brackets before the
 * full stop: `…村外景(7月28日摄)。`, `…(无人机照片)。`, `…(资料照片)`. No paragraph of a story closes so.
 */
const PICTURE_NOTE_AT_END = /[(（](?:(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:拍)?摄|无人机照片|资料照片|无人机拍摄)[)）][。.]?$/u;
const MAX_PICTURED_ON = 200;
export function closesWithPictureNote(content: string): boolean {
  const last = content.charCodeAt(content.length - 1);
  return (last === 0x3002 /* 。 */ || last === 0x2e /* . */ || last === 0x29 /* ) */ || last === 0xff09 /* ） */) && PICTURE_NOTE_AT_END.test(content);
}

/** The address of a picture, alone on its line: `https://img.example.cn/a/202601/325c78.jpeg`. */
const PICTURE_ADDRESS = /^https?:\/\/\S+\.(?:jpe?g|png|gif|webp|bmp)(?:[?#]\S*)?$/iu;
/** `(编辑:林小雨) 来源:柳岸镇 …`: an editor's field in brackets, then a web copy's fields. */
const EDITOR_BRACKET_OPENING = /^[(（]\s*(?:责任)?编辑\s*[:：][^()（）]{1,20}[)）]\s*/u;
function isEditorBracketThenFields(content: string): boolean {
  const bracket = EDITOR_BRACKET_OPENING.exec(content);
  if (bracket === null) return false;
  const rest = content.slice(bracket[0].length);
  return rest !== '' && WEB_FIELD_OPENING.test(rest);
}
/** An object of a script's data, opened by its first key: `{"appId":"wx…","nonceStr":…}`. */
const SCRIPT_DATA = /^\{\s*"[A-Za-z_$][\w$]*"\s*:/u;

/**
 * A web copy's links to the pages it is split over: `本新闻共2页,当前在第01页  0102`, `共3页 上一页 1 2 3 下一页`,
 * `第1页 共2页`, `当前第1页/共2页`, a forum's `页: [1] 2` (its `页:` alone too, the numbers on the line below): the count of
 * pages, then only page numbers and the words that step through them.
 */
const PAGINATION = new RegExp(
  `^(?:(?:本(?:新闻|文|篇|条|稿)?)?共${SPACE}*[0-9]{1,3}${SPACE}*页|[0-9]{1,5}${SPACE}*条记录${SPACE}+(?=[0-9])|(?:当前(?:在|为)?)?第${SPACE}*[0-9]{1,3}${SPACE}*页|页${SPACE}*[:：](?=${SPACE}*\\[?[0-9]|${SPACE}*$))` +
    `(?:[${SPACE},，:：/／|｜\\[\\]【】0-9]|当前(?:在|为)?|第|页|共|上一页|下一页|首页|尾页|末页)*$`,
  'u',
);
function isPagination(content: string): boolean {
  return content.length <= 60 && content.includes('页') && PAGINATION.test(content);
}

/**
 * A link to the site's or paper's accounts, alone on its line, as headers and footers print them: `官方微博`,
 * `微信公众号`, `江城日报微信`, `新浪官方微博`, `群众新闻APP`, `关注江城网微信公众号`.
 */
// (The account's owner, if named, is a paper, site, station or platform: `社区开通微信公众号` is a headline.)
const SOCIAL_LINK = /^(?:关注)?(?:[\u4e00-\u9fffA-Za-z]{0,10}?(?:报|网|台|新闻|发布|融媒|传媒|新浪|腾讯))?(?:官方)?(?:微博|微信|微信公众号|公众号|微信号|APP|App|app|抖音号?|视频号)$/u;
const SOCIAL_LINK_ENDS = codeUnitTable([...'博信号Pp音']);
function isSocialLink(content: string): boolean {
  return content.length <= 16 && SOCIAL_LINK_ENDS[content.charCodeAt(content.length - 1)] === 1 && SOCIAL_LINK.test(content);
}

/** A government's full name alone: `江城县人民政府`. */
const SITE_OWNER = new RegExp(`^[${HAN_ALL}]{2,12}人民政府$`, 'u');
const MAX_SITE_OWNER = 16;

/** A field that gives the copy's address, the address alone after it. */
const LINK_FIELD = /^(?:原文链接|本文链接|原文地址|本文地址|网址)[:：]\s*https?:\/\/\S+\s*$/u;

/** A site's menu bar: short links parted by two bars or more, no sentence (`校史馆 | 讲坛 | 风光 | 高级检索`, `江城网|网站地图|`). */
const MAX_MENU_BAR = 60;
const MAX_MENU_LINK = 12;
function isMenuBar(content: string): boolean {
  if (content.length > MAX_MENU_BAR) return false;
  let bars = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (code === 0x7c /* | */ || code === 0xff5c /* ｜ */) bars++;
  }
  if (bars < 2) return false;
  const links = content.split(/[|｜]/u).map((link) => link.trim()).filter((link) => link !== '');
  return links.length >= 2 && links.every((link) => link.length >= 2 && link.length <= MAX_MENU_LINK && !hasSentenceMark(link) && !link.includes(',') && !link.includes('，'));
}

/**
 * How a line opens: a lead, a dateline, a bullet, an organisation (`近日,XX社区…`, `XX街道XX社区近日…`); into `facts`.
 * True when it opens with its hour or a date, as a photo set's captions do (opensWithTime(), with the dateline read here).
 */
function readOpening(facts: LineFacts, content: string, from: number, vocabulary: Vocabulary): boolean {
  let at = facts.lead ? facts.lead.text.length : from;
  while (at < content.length && (isSpace(content.charCodeAt(at)) || content.charCodeAt(at) === 0xff0c || content.charCodeAt(at) === 0x2c)) at++;
  const datelineFirst = datelineAt(content, at);
  // `为倡导…,4月16日,XX街道…`: a clause of purpose may put the dateline off, and the organisation after it.
  const dateline = datelineFirst ?? purposeDatelineAt(content, at);
  let orgFrom = at;
  let timeClause = false;
  if (dateline) {
    facts.datelineAfterPurpose = dateline !== datelineFirst;
    orgFrom = dateline.index + dateline[0].length;
    DATELINE_TAIL.lastIndex = orgFrom;
    if (DATELINE_TAIL.test(content)) orgFrom = DATELINE_TAIL.lastIndex;
  } else {
    const clauseEnd = timeClauseEnd(content, at);
    if (clauseEnd >= 0) {
      timeClause = true;
      orgFrom = clauseEnd;
    }
  }
  facts.opening = content.slice(orgFrom, orgFrom + 40);
  let named = openingOrganisations(facts.opening, vocabulary);
  // A clause of time counts only before a name (`今年以来,南岭镇…`): `一直以来,三个小区…` is a paragraph's opening.
  if (timeClause && named.atStart === null) {
    timeClause = false;
    orgFrom = at;
    facts.opening = content.slice(orgFrom, orgFrom + 40);
    named = openingOrganisations(facts.opening, vocabulary);
  }
  let organisation = named.atStart;
  facts.namesEarly = named.first;
  // `苏村社区:…`, `…社区居民王大妈:`: a name before a colon introduces a header or a quote, not a news item.
  if (named.first !== null) {
    const at = content.indexOf(named.first, orgFrom);
    if (at >= 0 && colonWithin(content, at + named.first.length, 13)) facts.namesEarly = null;
  }
  // Where the name ends: after the areas it was printed with (`江北省临河市东湾区柳岸社区`, named `柳岸社区`).
  const organisationEnd = organisation === null ? -1 : content.indexOf(organisation, orgFrom) + organisation.length;
  // `XX街道XX社区近日…`: the dateline may follow the organisation.
  const datelineAfter = dateline === null && organisation !== null ? datelineAt(content, organisationEnd) : null;
  // `…社区居民王大妈:`, `苏村社区:`: a name before a colon introduces a quote or a header, not a news paragraph.
  if (organisation !== null && colonWithin(content, organisationEnd, 13)) organisation = null;
  facts.opensWith = organisation;
  facts.opensLikeNews = facts.lead !== null || dateline !== null || organisation !== null || from > 0;
  facts.opensWithDateline = dateline !== null || datelineAfter !== null || timeClause;
  facts.opensWithSameDay = datelineFirst !== null && content.startsWith('当天', datelineFirst.index);
  facts.opensWithDate = (dateline ?? datelineAfter)?.[3] !== undefined;
  facts.openingDate = facts.opensWithDate ? (dateline ?? datelineAfter)![0] : null;
  return datelineFirst === null ? opensWithHour(content, at) : datelineFirst[3] !== undefined;
}

/**
 * A caption of a photo set: one sentence after its hour or date. A sentence then `图为…` (what the picture shows) is one
 * caption; so is a sentence then its credit (`7月18日,…出门戴口罩,不扎堆。记者 张万德 摄`).
 */
/** Longest caption read as a picture's, opening with its number. */
const MAX_NUMBERED_CAPTION = 80;
/** A picture's number before its caption: `3.`, `10、`. */
const PICTURE_NUMBER = /^[0-9]{1,2}[.．、]/u;

/**
 * `3.柳岸镇青石村村民在晾晒玉米。`: a picture's number, then one sentence that opens with the place it shows (a photo
 * page's numbered captions). A plan's numbered points open with what to do (`1.加强组织领导。`), not with a place.
 */
function isNumberedCaption(content: string, vocabulary: Vocabulary): boolean {
  const number = PICTURE_NUMBER.exec(content);
  if (number === null) return false;
  const text = content.slice(number[0].length);
  if (!holdsOneSentence(text) || !endsSentence(text)) return false;
  const first = organisationsIn(text.slice(0, MAX_OPENING_PLACE), vocabulary)[0];
  return first !== undefined && first.at === 0;
}
/** How far into a numbered caption its place is looked for. */
const MAX_OPENING_PLACE = 24;

function isTimedCaption(content: string, glued: GluedTail | null): boolean {
  // (`4月19日下午,XX卫生院将在YY村开展义诊;`: a semicolon closes a list's entry, each dated, not a picture's caption.)
  const last = content.charCodeAt(content.length - 1);
  if (last === 0xff1b /* ； */ || last === 0x3b /* ; */) return false;
  const text = glued?.credit ? content.slice(0, glued.at) : content;
  const picture = pictureSentenceAt(text);
  return holdsOneSentence(picture < 0 ? text : text.slice(0, picture + 1));
}

/** What may follow a dateline before the organisation: `6月24日上午,` (words, not their characters: `近日,下站社区`). */
const DATELINE_TAIL = new RegExp(`(?:[,，\\s]|${PARTS_OF_DAY.join('|')})+`, 'y');

/** A colon among the `within` characters from `from`, before any comma, full stop or semicolon (`^[^，,。；;]{0,12}[:：]`). */
function colonWithin(text: string, from: number, within: number): boolean {
  const end = Math.min(text.length, from + within);
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a /* : */ || code === 0xff1a /* ： */) return true;
    if (code === 0xff0c || code === 0x2c || code === 0x3002 || code === 0xff1b || code === 0x3b) return false;
  }
  return false;
}

/** The longest phrase read as a picture's label before its credit (a caption's sentence may be longer). */
const MAX_CREDITED_LABEL = 30;

/** The words before a credit at `end` are a phrase, no sentence's mark in them, short enough for a picture's label. */
function isShortPhrase(text: string, end: number): boolean {
  const first = text.charCodeAt(0);
  // (A mark for the picture above, `▲`, is no part of the phrase.)
  const caption = text.slice(first === 0x25b2 || first === 0x25b3 ? 1 : 0, end).trim();
  if (caption.length < 2 || caption.length > MAX_CREDITED_LABEL) return false;
  for (const mark of SENTENCE_FINAL_MARKS) if (caption.includes(mark)) return false;
  return true;
}
