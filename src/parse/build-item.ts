// A finished draft (the labelled lines the parser gave one item) → the Item
// every command reads. Here the body is cut into blocks: column breaks are
// joined, the lead and dateline read, the people collected.

import { isCalendarDay } from '../calendar.js';
import type { Aside, Block, Credit, Diagnostic, Header, Item, ItemKind, Person, Point, Position } from '../model.js';
import { PICTURE_SOURCE_FIELD, creditVerbAtEnd, matchCredit, namesAUnit, type BylineMatch, type CreditMatch } from './bylines.js';
import { matchLead, type HeaderMatch, type LeadMatch } from './features.js';
import { placeIn, pointIn, spanOf, type SourceLine } from './lines.js';
import { actorOfHeadline, firstAdministrativeArea, firstOrganisationOf, isOrganisationName, organisationsIn, sameOrganisationKey, tailNamedAlone, type OrganisationMention } from './organisations.js';
import { isOneName, isUnit, namesOf, rolesOf } from './people.js';
import { HAN_ALL, PROVINCE_NAMES, SENTENCE_PUNCTUATION, SUBTITLE, isWebMeta, WRITTEN_BY, bulletOf, countNonSpace, datelineAt, endsSentence, endsWithBracket, endsWithColon, hasColon, hasSentenceMark, hasWord, isOpeningQuote, isPictureFile, isSpace, isSpeakerLabel, opensWithTime, photoCaptionLabelLength, pictureSentenceAt } from './patterns.js';
import type { Vocabulary } from './vocabulary.js';

export interface BodyLine {
  line: SourceLine;
  /** Where the body text starts in `line.content` (after a byline in brackets that opens it), and where it ends (a glued byline or credit cut off). */
  from: number;
  length: number;
  lead: LeadMatch | null;
  /** The labeller read the line as a sub-heading. */
  subheading: boolean;
  /** One of a text printed a clause a line (LineFacts.verse). */
  verse?: boolean;
}

/** A line (or the tail of one) of the item that is neither head, body nor credit. */
export interface DraftAside {
  kind: Aside['kind'];
  line: SourceLine;
  /** Where in `line.content` it starts (a glued byline starts mid-line), and ends when text follows it (a byline opening the text). */
  from: number;
  to?: number;
  byline: BylineMatch | null;
  /** A web-copy line's `作者:` names, or those after its date: the item's authors when no lead or byline names any. */
  webAuthors?: Person[] | null;
  /** A web-copy line's picture field (`摄影:周宁`, `作者:周宁/摄`): the item's credit when nothing else credits its pictures. */
  webPhotographers?: Person[] | null;
}

export interface Draft {
  /** The head's lines in order: kicker, organisation and headline (or header), subtitles. */
  headLines: SourceLine[];
  header: HeaderMatch | null;
  kicker: SourceLine | null;
  subtitles: SourceLine[];
  asides: DraftAside[];
  body: BodyLine[];
  credit: { match: CreditMatch; line: SourceLine; from: number; to?: number; people: Person[] } | null;
  truncatedElsewhere: boolean;
  /**
   * The copy's closing lines (an editor's field, its source, its notice) follow the last paragraph: the text ended there,
   * though a site dropped its last full stop.
   */
  closedByCopyLines: boolean;
  /** Its text was closed by a web copy's line such as its source field (not an editor's line): its author field may follow. */
  closedByCopyField: boolean;
  /** A picture of the text stands above or inside it (a short caption with its credit glued, the text below): a story with pictures, no photo item. */
  pictures: boolean;
  /** The latest year (`20xx年`, `20xx-MM-DD`) in the text before this item. */
  yearBefore: number | null;
  /** The head stands above a picture of the text (a photo item between head and text): the item's span starts below it. */
  headAbove?: boolean;
  /** A picture's head lent to the text below it: what the picture is about when its caption names no organisation. */
  lentHeader?: HeaderMatch | null;
  /** A web copy's `作者:` field outside the item, above its head (the page's first item) or right below its end. */
  fieldAuthors?: Person[];
  /** fieldAuthors stood above the item's head, not below its end. */
  fieldAuthorsAbove?: boolean;
  /** The picture field on that line (`文字作者:A,图片作者:B`), with the line: who took the item's pictures. */
  fieldPictures?: { people: Person[]; line: SourceLine };
  /** The title a web copy gives only as the one its story was retitled from (`原标题:TITLE`), above the page's first item. */
  originalTitle?: string;
  /** The header's organisation is a column tag's before the title (`【柳岸社区】TITLE`, `柳岸社区|TITLE`). */
  taggedOrganisation?: boolean;
}

export function newDraft(yearBefore: number | null): Draft {
  return { headLines: [], header: null, kicker: null, subtitles: [], asides: [], body: [], credit: null, truncatedElsewhere: false, closedByCopyLines: false, closedByCopyField: false, pictures: false, yearBefore };
}

export interface BuildContext {
  index: number;
  year: number | null;
  file: string | null;
  vocabulary: Vocabulary;
  diagnostics: Diagnostic[];
}

/** Credit verbs that make a caption a photo item. */
const PHOTO_VERBS = new Set(['摄', '摄影', '摄影报道', '特约摄影', '供图', '撰', '图']);

/** Longest caption written as a phrase, without a sentence's marks: `东溪镇大安村,花生飘香秋韵浓`. */
const MAX_PHRASE_CAPTION = 40;

/** A photo's caption that is a phrase, as photo pages print them: it ends without a full stop, and is whole. */
function isPhraseCaption(text: string): boolean {
  return text.length <= MAX_PHRASE_CAPTION && !hasSentenceMark(text);
}

/**
 * A paragraph signed on its line by who wrote it and took its picture (`…传递着家的温暖 文/摄:林小雨`): a caption written
 * as phrases, whole without its full stop, as a photo item's is; the signature says the text ended there.
 */
function signedAfterPhrase(draft: Draft, paragraph: Block): boolean {
  const line = draft.body.at(-1)?.line;
  return line !== undefined && paragraph.span.end.line === line.number && draft.asides.some((aside) => aside.kind === 'byline' && aside.line === line && aside.from > 0 && aside.byline !== null && WORDS_AND_PICTURES.test(aside.byline.inner));
}

/**
 * A paragraph closed by a dash leads into what the page shows next (`…一直在采撷新闻的路上——`, above the pictures or
 * the next piece): it ends where it means to, as a colon-less `……` does, and is no cut.
 */
function endsWithLeadInDash(text: string): boolean {
  const end = text.length;
  return end >= 2 && text.charCodeAt(end - 1) === 0x2014 && text.charCodeAt(end - 2) === 0x2014;
}

/** `…。图为一位老人走出家门,回家过年`: a caption's last sentence, on what the picture shows, printed without its full stop. */
function endsWithPictureSentence(text: string): boolean {
  const at = pictureSentenceAt(text);
  return at >= 0 && !hasSentenceMark(text.slice(at + 1));
}

/**
 * The organisations of each text of one item, found once: the title, the opening and the paragraphs are asked about
 * more than once. An item has a few such texts: two short arrays searched in order cost less than a Map per item.
 */
class OrganisationScans {
  private readonly texts: string[] = [];
  private readonly mentions: OrganisationMention[][] = [];
  constructor(private readonly vocabulary: Vocabulary) {}

  in(text: string): OrganisationMention[] {
    const at = this.texts.indexOf(text);
    if (at >= 0) return this.mentions[at]!;
    const mentions = organisationsIn(text, this.vocabulary);
    this.texts.push(text);
    this.mentions.push(mentions);
    return mentions;
  }

  first(text: string): string | null {
    return firstOrganisationOf(this.in(text));
  }

  firstBesidesCompounds(text: string): string | null {
    return firstOrganisationOf(this.in(text), true);
  }
}

export function buildItem(draft: Draft, context: BuildContext): Item {
  const { vocabulary, diagnostics, file } = context;
  const scans = new OrganisationScans(vocabulary);
  const { blocks, characters, firstParagraphHead } = buildBlocks(draft.body, context);
  const firstLead = leadOf(draft.body, blocks, vocabulary);
  const headerAsPrinted = buildHeader(draft);
  const header = withPlaceBeforeColon(headerAsPrinted, blocks);
  // (A place's short name before the headline's colon, `黔江:TITLE`, says where; where the text's opening names a unit of
  // that place, `黔江区阿蓬江镇`, the item is about the unit.)
  const placeHead = header !== headerAsPrinted ? header!.organisation : null;

  const people: Person[] = [];
  if (firstLead) people.push(...firstLead.people);
  const bylines: DraftAside[] = [];
  for (const aside of draft.asides) if (aside.byline !== null) bylines.push(aside);
  const fieldPeople = firstWebAuthors(draft.asides) ?? draft.fieldAuthors ?? [];
  // (A person in the copy's author field names someone, as a byline would: a unit's bracket below the text then sends it.)
  if (bylines.length > 0) addBylinePeople(people, bylines, vocabulary, namesAPerson(fieldPeople, vocabulary));
  // A web copy's author field writes the item when no lead or byline names anyone (a photo credit names who took the picture);
  // above the text, beside a byline, the field's writer is one more author (`作者:A | 时间:…` / the text / `(记者 B)`), named
  // first as printed first. (Below the text, the field is the copy's: the byline's names are the text's.)
  if (people.length === 0) people.push(...fieldPeople);
  else {
    const above = firstWebAuthorsAbove(draft.asides, draft.body[0] ? startOf(draft.body[0].line) : Infinity) ?? (draft.fieldAuthorsAbove ? draft.fieldAuthors : null) ?? [];
    for (const person of above) if (person.name !== null && !people.some((other) => other.name === person.name) && !namesAUnit(person.name, vocabulary)) people.unshift(person);
  }
  if (draft.credit) {
    const writers = draft.credit.match.writers ?? [];
    // (`作者:柳岸镇团委` in the copy's fields, `(林小禾/文 周宁/图)` after the text: the unit sent what the credit's writer
    // wrote, as beside a byline.)
    if (writers.length > 0 && people.length > 0 && people.every((person) => fieldPeople.includes(person) && person.name !== null && (namesAUnit(person.name, vocabulary) || (person.name.length >= 4 && isUnit(person.name))))) people.length = 0;
    people.push(...writers, ...draft.credit.people);
  }

  let firstParagraph: Block | undefined;
  let lastParagraph: Block | undefined;
  let subheadings = 0;
  for (const block of blocks) {
    if (block.type === 'subheading') subheadings++;
    else if (block.type === 'paragraph') {
      firstParagraph ??= block;
      lastParagraph = block;
    }
  }
  const dateline = readDateline(firstParagraph, firstParagraphHead, firstLead, draft, context);

  // A feature is told in parts under sub-headings, two or more: a single short line between a piece's paragraphs is
  // more often a picture's label or a stray line than a part's head (the real pages' readers call such pieces briefs).
  const toldInParts = subheadings >= MIN_FEATURE_SUBHEADINGS;
  // `文/周小梅` / `图/陈 东` above the text: a written story with its pictures, not a caption.
  // So is a text whose writer a `文/X` byline names, above or below it, with its pictures' credit.
  const creditWithByline =
    draft.credit !== null &&
    bylines.length > 0 &&
    draft.body.length > 0 &&
    (startOf(draft.credit.line) < startOf(draft.body[0]!.line) ||
      // A byline above the text (`记者 X 通讯员 Y` / the text / `图为…。记者 X 摄`), opening it (`(记者 X)10月11日,…`), or glued
      // after it (`…。(李 莉)` / `雷 洁摄`): the reporters wrote it; the credit is its picture's.
      bylines.some((aside) => startOf(aside.line) < startOf(draft.body[0]!.line) || aside.to !== undefined || aside.from > 0 || WRITTEN_BY.test(aside.byline!.inner)));
  // (`林小雨/文 周宁/图`: a credit that names the text's writer too is a written story's with its pictures, over paragraphs.)
  const writtenAndPictured = (draft.credit?.match.writers?.length ?? 0) > 0 && draft.body.length > 1;
  const photo = draft.credit !== null && PHOTO_VERBS.has(draft.credit.match.verb) && firstLead === null && !toldInParts && !creditWithByline && !writtenAndPictured && !draft.pictures;
  // A photo set's caption opening with its hour or date is an item of one paragraph, credited or not.
  const timedCaption = blocks.length === 1 && lastParagraph !== undefined && opensWithTime(lastParagraph.text);
  const truncated =
    draft.truncatedElsewhere ||
    (lastParagraph !== undefined &&
      // (A caption is whole without its full stop: `15:30,…在浅滩上捉鱼`, `3月12日,…种下一排柳树。图为志愿者为树苗培土`.)
      !((photo || timedCaption) && isPhraseCaption(lastParagraph.text)) &&
      !signedAfterPhrase(draft, lastParagraph) &&
      !(timedCaption && endsWithPictureSentence(lastParagraph.text)) &&
      !isListEntry(lastParagraph.text, vocabulary) &&
      ((!endsSentence(lastParagraph.text) && !endsWithLeadInDash(lastParagraph.text) && !draft.closedByCopyLines) || opensUnclosedQuote(lastParagraph.text)));
  // (A piece cut off below its one sub-heading and that part's paragraphs is a feature whose other parts were lost.)
  const kind: ItemKind = blocks.length === 0 ? 'other' : photo ? 'photo' : toldInParts || (truncated && cutInItsSecondPart(blocks)) ? 'feature' : 'brief';

  const supplierCredit = draft.credit ? null : pictureSourceCredit(draft.asides);
  const credit: Credit | null = draft.credit
    ? {
        raw: draft.credit.match.raw,
        names: namesOf(draft.credit.people),
        roles: rolesOf(draft.credit.people),
        verb: draft.credit.match.verb,
        span: placeIn(draft.credit.line, draft.credit.from, draft.credit.to),
      }
    : (wordAndPictureCredit(draft.asides) ?? leadCredit(firstLead, draft.body, vocabulary) ?? webPictureCredit(draft.asides, draft.fieldPictures) ?? supplierCredit);
  // (A picture's supplier named in the byline's bracket is one of the item's people, as a credit line's are.)
  if (supplierCredit !== null && credit === supplierCredit) people.push({ name: supplierCredit.names[0]!, role: null, source: 'credit' });
  // `贺兰舟摄影报道`: the photographer reported the story too, so is an author as well (as for 文/图).
  if (draft.credit?.match.verb === '摄影报道') people.push(...draft.credit.people.map((person) => ({ ...person, source: 'byline' as const })));

  const kicker = draft.kicker?.content ?? null;
  // A subtitle with no title above it (an organisation's line, a web copy's date line, then the head) is the title;
  // one marked as a subtitle by its dash (`——柳岸社区办起长者食堂`) stays one, its title lost.
  const untitled = (header === null || header.title === '') && draft.subtitles.length > 0 && !SUBTITLE.test(draft.subtitles[0]!.content);
  const subtitles = untitled ? draft.subtitles.slice(1) : draft.subtitles;
  const subtitle = subtitles.length > 0 ? subtitles.map((line) => line.content).join('\n') : null;
  const title = header && header.title !== '' ? header.title : untitled ? draft.subtitles[0]!.content : (editorsNoteTitle(draft) ?? (draft.headLines.length === 0 ? (draft.originalTitle ?? null) : null));
  const opening = firstParagraph ? firstParagraph.text.slice(0, 200) : '';
  // The item is about the header's organisation, else the one its headline names, else the unit a byline
  // or school line before the body writes for (`□东坡小学小记者站 林小雨`, `(东坡小学四年级)`), else the
  // first the body opens with, else the unit of a byline after it, of a later paragraph, or the area, or a body of
  // the school's own (`我校团委`).
  const bodyStart = draft.body[0] ? startOf(draft.body[0].line) : Infinity;
  const organisations = namedOrganisations(header, kicker, title, subtitle, draft.asides, bodyStart, blocks, scans);
  const communityNamed =
    // (A place tag whose headline names a unit, `江城:东湾区柳岸街道开展…`, `东江江城:…`, leaves the item to that unit.)
    ((placeHead !== null || isProvinceTag(header)) && title !== null && scans.first(title) !== null
      ? null
      : placeHead === null
        ? header?.organisation
        : (unitOfPlace(placeHead, scans.in(opening)) ?? placeHead)) ??
    namedIn(opening, title && scans.first(title)) ??
    namedIn(opening, subtitle && scans.first(subtitle)) ??
    unitOfAsides(draft.asides, bodyStart, true, scans) ??
    // A headline whose subject is a unit that held the event (`柳岸社区开展…`) names the community before the text does.
    (title ? actorOfHeadline(scans.in(title), title) : null) ??
    // The text's compound (`在桃园小区广场上`) is where it happened; a 街道 or 社区 named anywhere after it runs it.
    // (Past its lead: the newsroom a lead names, `XX新闻网-XX融媒体中心(记者 X)`, is the copy's source.)
    (opening ? scans.firstBesidesCompounds(pastDirective(afterLead(opening, firstLead))) : null) ??
    (title && scans.first(title)) ??
    (subtitle && scans.first(subtitle)) ??
    unitOfAsides(draft.asides, bodyStart, false, scans) ??
    firstParagraphOrganisation(blocks, scans, true) ??
    firstParagraphOrganisation(blocks, scans, false) ??
    lentHeadOrganisation(draft.lentHeader, scans) ??
    (title && firstAdministrativeArea(title)) ??
    (opening ? firstAdministrativeArea(opening) : null) ??
    (opening ? ownBodyOf(opening) : null);
  // (A header's organisation stays as written; a name read from the text loses a prefix the text drops elsewhere.)
  const community =
    communityNamed === null || communityNamed === header?.organisation
      ? communityNamed
      : tailNamedAlone(communityNamed, [title ?? '', subtitle ?? '', ...blocks.map((block) => block.text)], vocabulary);

  const item: Item = {
    index: context.index,
    kind,
    community,
    organisations,
    title,
    kicker,
    subtitle,
    header,
    lead: firstLead?.text ?? leadAboveText(draft.asides, bodyStart, vocabulary),
    dateline: dateline.text,
    date: dateline.date,
    reporters: firstLead ? namesOf(firstLead.people) : [],
    byline: bylinesText(bylines),
    authors: namesOf(people),
    people,
    credit,
    blocks,
    asides: itemAsides(draft.asides),
    truncated,
    characters,
    span: itemSpan(draft),
  };
  if (dateline.invalid) {
    diagnostics.push({
      ruleId: 'dateline-invalid',
      severity: 'warning',
      message: `Unexpected date ${dateline.invalid.text}, expected a day that exists`,
      place: dateline.invalid.place,
      file,
      actual: dateline.invalid.text,
    });
  }
  return item;
}

/**
 * Adds the people of the item's bylines. A byline naming only a unit (`(县卫生局宣传科)`) sent the piece: it writes it
 * only where no one else is named.
 */
function addBylinePeople(people: Person[], bylines: readonly DraftAside[], vocabulary: Vocabulary, namedElsewhere: boolean): void {
  const unitOnly: boolean[] = [];
  let anyoneNamed = people.length > 0 || namedElsewhere;
  for (const aside of bylines) {
    const unit = namesOnlyAUnit(aside.byline!, vocabulary);
    unitOnly.push(unit);
    if (!unit) anyoneNamed = true;
  }
  for (let i = 0; i < bylines.length; i++) if (!anyoneNamed || !unitOnly[i]) people.push(...bylines[i]!.byline!.people);
}

/** Whether `people` names a person: someone by name who is no unit. */
function namesAPerson(people: readonly Person[], vocabulary: Vocabulary): boolean {
  for (const person of people) if (person.name !== null && !namesAUnit(person.name, vocabulary)) return true;
  return false;
}

function namesOnlyAUnit(byline: BylineMatch, vocabulary: Vocabulary): boolean {
  for (const person of byline.people) if (person.role !== null || person.name === null || !namesAUnit(person.name, vocabulary)) return false;
  return true;
}

/** The words of the item's bylines, a space between two: most items have one byline or none, and need no array joined. */
function bylinesText(bylines: readonly DraftAside[]): string | null {
  if (bylines.length === 0) return null;
  let text = bylines[0]!.byline!.inner;
  for (let i = 1; i < bylines.length; i++) text += ` ${bylines[i]!.byline!.inner}`;
  return text;
}

/** The `作者:` names of the first web-copy line above the text that gives any. */
function firstWebAuthorsAbove(asides: readonly DraftAside[], bodyStart: number): Person[] | null {
  for (const aside of asides) if (aside.webAuthors != null && startOf(aside.line) < bodyStart) return aside.webAuthors;
  return null;
}

/** The `作者:` names of the first web-copy line that gives any. */
function firstWebAuthors(asides: readonly DraftAside[]): Person[] | null {
  for (const aside of asides) if (aside.webAuthors != null) return aside.webAuthors;
  return null;
}

/** A byline in brackets opening the text's first line (`(东坡小学通讯员 林小雨)周末,…`) stands before the text, as one above it does. */
function isBeforeBody(aside: DraftAside, bodyStart: number): boolean {
  const start = startOf(aside.line);
  return start < bodyStart || (start === bodyStart && aside.to !== undefined);
}

/** A name in the headline counts where the body names it too: `老旧小区`, `钟小` (a school's short name) in a headline are no organisations. */
function namedIn(opening: string, name: string | null): string | null {
  return name !== null && opening.includes(name) ? name : null;
}

/**
 * The unit the first aside that speaks for the item names: among the asides before the body, or among the bylines
 * after it.
 */
function unitOfAsides(asides: readonly DraftAside[], bodyStart: number, beforeBody: boolean, scans: OrganisationScans): string | null {
  for (const aside of asides) {
    if (beforeBody ? !isBeforeBody(aside, bodyStart) : isBeforeBody(aside, bodyStart) || aside.kind !== 'byline') continue;
    if (!speaksForItem(aside)) continue;
    const unit = scans.first(aside.line.content.slice(aside.from, aside.to));
    if (unit !== null) return unit;
  }
  return null;
}

/** The first organisation of the first paragraph that names one (past the compounds, or any). */
function firstParagraphOrganisation(blocks: readonly Block[], scans: OrganisationScans, besidesCompounds: boolean): string | null {
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const name = besidesCompounds ? scans.firstBesidesCompounds(block.text) : scans.first(block.text);
    if (name !== null) return name;
  }
  return null;
}

function itemAsides(asides: readonly DraftAside[]): Aside[] {
  const items: Aside[] = [];
  for (const aside of asides) items.push({ kind: aside.kind, text: aside.line.content.slice(aside.from, aside.to), span: placeIn(aside.line, aside.from, aside.to) });
  return items;
}

/**
 * The lead of the first paragraph. A lead alone on its line (`XX网2023年10月8日讯`) is read again on the
 * joined paragraph, whose next line opens with the lead's bracket: `(记者 X 通讯员 Y 文/图)近日,…`.
 */
function leadOf(body: readonly BodyLine[], blocks: readonly Block[], vocabulary: Vocabulary): LeadMatch | null {
  const lead = body[0]?.lead ?? null;
  if (lead === null || lead.text.length < body[0]!.length || body.length < 2) return lead;
  const paragraph = blocks.find((block) => block.type === 'paragraph');
  return paragraph ? (matchLead(paragraph.text.slice(0, lead.text.length + 80), vocabulary) ?? lead) : lead;
}

/**
 * `本报讯 记者 X` on a line of its own above the text: the lead printed with the byline, before the first paragraph (the
 * byline line the labeller read it as). The last such line before the body, as printed.
 */
function leadAboveText(asides: readonly DraftAside[], bodyStart: number, vocabulary: Vocabulary): string | null {
  let lead: string | null = null;
  for (const aside of asides) {
    if (aside.kind !== 'byline' || aside.from !== 0 || !isBeforeBody(aside, bodyStart)) continue;
    lead = matchLead(aside.line.content, vocabulary)?.text.trim() ?? lead;
  }
  return lead;
}

/**
 * `文/图` in the lead's bracket: its people took the pictures too, so they are the item's credit. So with a credit verb
 * closing the bracket (`本报讯(记者 X 摄影报道)`): who reported took the pictures.
 */
function leadCredit(lead: LeadMatch | null, body: readonly BodyLine[], vocabulary: Vocabulary): Credit | null {
  const first = body[0];
  if (lead === null || first === undefined || lead.people.length === 0) return null;
  const closed = BRACKET_CLOSE_AT_END.exec(lead.text) ?? COLON_AT_END.exec(lead.text);
  const verb = WORDS_AND_PICTURES.test(lead.text) ? '文/图' : closed ? creditVerbAtEnd(lead.text.slice(0, closed.index), vocabulary) : null;
  if (verb === null) return leadPictureCredit(lead, first.line, body, vocabulary);
  return { raw: lead.text, names: namesOf(lead.people), roles: rolesOf(lead.people), verb, span: { start: pointIn(first.line, 0), end: pointInFirstParagraph(body, lead.text.length) } };
}

/**
 * The pictures' work in the lead's bracket after the names or as a field (`本网讯(林小禾 /图)`, `(文/林小禾 图/周宁)`):
 * those it names took the pictures, the credit's reader says who.
 */
function leadPictureCredit(lead: LeadMatch, line: SourceLine, body: readonly BodyLine[], vocabulary: Vocabulary): Credit | null {
  const bracket = lead.text.includes('图') || lead.text.includes('摄') ? LEAD_BRACKET.exec(lead.text) : null;
  const inner = bracket === null ? '' : bracket[1]!.trim();
  const credit = bracket === null ? null : matchCredit(inner, vocabulary);
  // (`(文/柳岸小学 图/周宁)`: a unit writing leaves the fields to no credit's reader; the picture field closing it names one.)
  const field = credit === null ? PICTURE_FIELD_LAST.exec(inner) : null;
  const people = field !== null && isOneName(field[1]!, vocabulary) ? [{ name: field[1]!, role: null, source: 'credit' as const }] : credit !== null && PICTURE_WORKS_IN_LEAD.has(credit.verb) ? credit.people : [];
  if (people.length === 0) return null;
  return { raw: lead.text, names: namesOf(people), roles: rolesOf(people), verb: credit?.verb ?? '图', span: { start: pointIn(line, 0), end: pointInFirstParagraph(body, lead.text.length) } };
}
/** The lead's closing bracket's words (group 1): `(林小禾 /图)` of `本网讯(林小禾 /图)`. */
const LEAD_BRACKET = /[(（]([^()（）]+)[)）]\s*$/u;
const PICTURE_WORKS_IN_LEAD = new Set(['图', '摄', '摄影']);
/** A picture field closing the bracket after the words' field, one name (group 1): `图/周宁` of `文/柳岸小学 图/周宁`. */
const PICTURE_FIELD_LAST = new RegExp(`^文\\s*[/／][^/／]+\\s(?:图|摄影)\\s*[/／:：]\\s*([${HAN_ALL}]{2,4})$`, 'u');

/** The bracket that closes a lead, and the white space before it: `…摄影报道 )`. */
const BRACKET_CLOSE_AT_END = /\s*[)）】\]]$/u;
/** The colon after a lead's names without brackets: `XX网讯 通讯员A、B摄影报道:`. */
const COLON_AT_END = /\s*[:：]$/u;

/**
 * The point `at` code units into the first paragraph's text, which may run over several body lines: a lead alone on
 * its line goes on in the bracket of the next (`江城网2024年5月11日讯` / `(记者 孔 越 文/图)近日,…`). Joined as
 * buildBlocks() joins them: a new line right after the last, a piece of the same line after its gap.
 */
function pointInFirstParagraph(body: readonly BodyLine[], at: number): Point {
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const { line, length } = body[i]!;
    const gap = i > 0 && line.gapBefore !== undefined && body[i - 1]!.line.number === line.number ? line.gapBefore.length : 0;
    start += gap;
    if (at <= start + length || i === body.length - 1) return pointIn(line, Math.min(Math.max(at - start, 0), length));
    start += length;
  }
  throw new Error('a lead without a body line'); // leadCredit() asks only when the body has a first line
}

/**
 * `文/图` in a byline: its people wrote the text and took the pictures, so the byline is the item's credit too; so does
 * a unit that supplied both (`供稿/供图:UNIT`).
 */
const WORDS_AND_PICTURES = /文(?:\s*[/／]\s*|、)?图|图(?:\s*[/／]\s*)?文|文[/／]摄|供稿[/／、]供图|供图[/／、]供稿/u;

function wordAndPictureCredit(asides: readonly DraftAside[]): Credit | null {
  const at = asides.findIndex((candidate) => candidate.byline !== null && WORDS_AND_PICTURES.test(candidate.byline.inner));
  if (at < 0) return null;
  const aside = asides[at]!;
  // (`(记者 A` / `通讯员 B文/图)`: a bracket broken over two lines is one byline, and both lines' people are the credit.)
  const above = aside.byline!.closesBracket && asides[at - 1]?.byline?.cut ? asides[at - 1]! : null;
  const people = above ? [...above.byline!.people, ...aside.byline!.people] : aside.byline!.people;
  const raw = aside.line.content.slice(aside.from, aside.to);
  if (above === null) return { raw, names: namesOf(people), roles: rolesOf(people), verb: '文/图', span: placeIn(aside.line, aside.from, aside.to) };
  const span = { start: pointIn(above.line, above.from), end: pointIn(aside.line, aside.to ?? aside.line.content.length) };
  return { raw: `${above.line.content.slice(above.from, above.to)}\n${raw}`, names: namesOf(people), roles: rolesOf(people), verb: '文/图', span };
}

/**
 * `(通讯员:A,照片来源:UNIT)`: the byline names who supplied the pictures after its writers; the supplier is the
 * item's credit, the byline's bracket its place.
 */
function pictureSourceCredit(asides: readonly DraftAside[]): Credit | null {
  for (const aside of asides) {
    if (aside.byline === null) continue;
    const text = aside.line.content.slice(aside.from, aside.to);
    const inner = text.replace(CLOSING_BRACKET_AT_END, '');
    const field = inner.includes('来源') ? PICTURE_SOURCE_FIELD.exec(inner) : null;
    if (field === null) continue;
    return { raw: text, names: [field[1]!], roles: [], verb: PICTURE_SUPPLIED, span: placeIn(aside.line, aside.from, aside.to) };
  }
  return null;
}
const CLOSING_BRACKET_AT_END = /[)）]\s*$/u;

/** The picture field of a web copy's line (`… 作者:林小雨 摄影:周宁`): who took the pictures, named beside the writer. */
function webPictureCredit(asides: readonly DraftAside[], outside: Draft['fieldPictures']): Credit | null {
  const aside = asides.find((candidate) => candidate.webPhotographers != null);
  const field = aside === undefined ? (outside ?? null) : { people: aside.webPhotographers!, line: aside.line };
  return field === null ? null : { raw: field.line.content, names: namesOf(field.people), roles: rolesOf(field.people), verb: '摄影', span: placeIn(field.line) };
}
/** The verb of a credit read from a picture's supplier field: `供图`, as `UNIT供图` says it. */
const PICTURE_SUPPLIED = '供图';

/** The organisation of a head the item lent to the text below it (its picture's): the header's, else the headline's. */
function lentHeadOrganisation(header: HeaderMatch | null | undefined, scans: OrganisationScans): string | null {
  if (header === null || header === undefined) return null;
  return header.organisation ?? (header.title === '' ? null : scans.first(header.title));
}

/** Bylines and school lines name a unit; a caption, a continuation marker or the copy's trailer does not speak for the item. */
function speaksForItem(aside: DraftAside): boolean {
  // A web copy's field line (`来源:XX区新闻中心`, `作者:… 来源:…`) names who published the copy, not whom it is about; so
  // does the trailer glued after the text, the only meta aside that starts mid-line (`…。(来源:XX区新闻中心)`, `(责任编辑:…)`).
  return aside.kind === 'byline' || (aside.kind === 'meta' && aside.from === 0 && !isWebMeta(aside.line.content));
}

/**
 * Every organisation the item names, once each, in the order of the page: the head, the bylines and school lines
 * before the body, the paragraphs, the bylines after them (`东坡小学四(2)班 林小雨`). A name printed again with its
 * city or district (`临河市东湖区东坡小学` after `东坡小学`) is the same organisation, listed as first printed.
 */
function namedOrganisations(
  header: Header | null,
  kicker: string | null,
  title: string | null,
  subtitle: string | null,
  asides: readonly DraftAside[],
  bodyStart: number,
  blocks: readonly Block[],
  scans: OrganisationScans,
): string[] {
  const names: string[] = [];
  // Each name's key: the name without its areas. An item names a few organisations: arrays searched in order,
  // not a map per item.
  const keys: string[] = [];
  if (header?.organisation) addOrganisation(names, keys, header.organisation);
  if (kicker) addMentions(names, keys, scans.in(kicker));
  if (title) addMentions(names, keys, scans.in(title));
  if (subtitle) addMentions(names, keys, scans.in(subtitle));
  for (const aside of asides) if (speaksForItem(aside) && isBeforeBody(aside, bodyStart)) addMentions(names, keys, scans.in(aside.line.content.slice(aside.from, aside.to)));
  for (const block of blocks) if (block.type === 'paragraph') addMentions(names, keys, scans.in(block.text));
  for (const aside of asides) if (speaksForItem(aside) && !isBeforeBody(aside, bodyStart)) addMentions(names, keys, scans.in(aside.line.content.slice(aside.from, aside.to)));
  return names;
}

/**
 * An editor's note without a head is titled by its label (`编者按:为推动…` → `编者按`): what a reader of a list or a
 * Markdown export calls it. The parser keeps the label as a line of the copy before the note's text, on its line.
 */
function editorsNoteTitle(draft: Draft): string | null {
  const first = draft.body[0];
  if (draft.header !== null || first === undefined || first.from === 0) return null;
  const label = draft.asides.find((aside) => aside.kind === 'meta' && aside.line === first.line && aside.from === 0 && aside.to !== undefined);
  return label ? first.line.content.slice(0, label.to).replace(NOTE_LABEL_COLON, '') : null;
}
const NOTE_LABEL_COLON = /[:：]$/u;

function addMentions(names: string[], keys: string[], mentions: readonly OrganisationMention[]): void {
  for (const mention of mentions) addOrganisation(names, keys, mention.name);
}

/**
 * Adds `name` unless printed already, as it is or with areas around the same name. Two names with different areas
 * before them (`甲市实验小学`, `乙市实验小学`) are two schools; a name and the same with areas are one.
 */
function addOrganisation(names: string[], keys: string[], name: string): void {
  // Most mentions repeat a name as printed (苏村社区 in every paragraph): no key needed for them.
  if (names.includes(name)) return;
  const key = sameOrganisationKey(name);
  let sameKey = false;
  let bare = false;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== key) continue;
    sameKey = true;
    if (names[i] === key) bare = true;
  }
  if (sameKey && (name === key || bare)) return;
  names.push(name);
  keys.push(key);
}

/**
 * The first town, street or village `mentions` name inside `place` (`黔江区阿蓬江镇` in 黔江), without its areas: `阿蓬江镇`.
 * (A bureau of the place, `江城市交警大队`, is the place's own: the place stays.)
 */
function unitOfPlace(place: string, mentions: readonly OrganisationMention[]): string | null {
  for (const mention of mentions) {
    if (mention.name.length <= place.length + 1 || !mention.name.includes(place)) continue;
    const unit = firstOrganisationOf([mention]);
    if (unit !== null && PLACE_UNIT_ENDINGS.some((ending) => unit.endsWith(ending))) return unit;
  }
  return null;
}
/** The units below a county that a place's headline may be about: `阿蓬江镇`, `柳岸乡`, `东门街道`, `柳岸社区`, `青石村`. */
const PLACE_UNIT_ENDINGS = ['镇', '乡', '街道', '社区', '村', '苏木', '嘎查'];

/**
 * A header before a colon that opens with a province's name without its 省 and ends in a unit of the map (`江西景德镇:`,
 * `浙江江城市:`): a place tag (the province and its city, the way web copies file a dispatch), not a unit that acts.
 * (`浙江大学:`, a body named for its province, acts.)
 */
function isProvinceTag(header: Header | null): boolean {
  const name = header?.organisation;
  if (name == null || (header!.separator !== ':' && header!.separator !== '：') || !MAP_UNIT_LAST.has(name[name.length - 1]!)) return false;
  for (const province of PROVINCE_NAMES) if (name.length > province.length && name.startsWith(province) && name[province.length] !== '省') return true;
  return false;
}

/** The last characters of the units of the map: a city, a county, a district, a prefecture, a banner, a town. */
const MAP_UNIT_LAST = new Set([...'市县区州旗盟镇乡']);

/** A place's short name and a colon opening a headline: `江城:老街换新颜`, `江南东湾:邻里节开幕`. */
const PLACE_BEFORE_COLON = new RegExp(`^([${HAN_ALL}]{2,6})[:：](?=[^\\s:：])`, 'u');
/** How far into the text the place is looked for with its 市, 县, 区 or 旗: its opening paragraphs' first 300 characters. */
const PLACE_OPENING = 300;
const AREA_AFTER_PLACE = new Set([...'市县区旗']);

/**
 * A headline that opens with a place's short name and a colon, the place the text names with its 市, 县, 区 or 旗
 * in its opening (`江城:TITLE` above `…江城市的交警们…`): the place is the header's organisation, as a unit's name before a
 * colon is, and the title is what follows. (A name that ends in no suffix is read as a place only so: `重阳节:TITLE`
 * stays one title.)
 */
function withPlaceBeforeColon(header: Header | null, blocks: readonly Block[]): Header | null {
  if (header === null || header.organisation !== null || header.text.includes('\n')) return header;
  const place = PLACE_BEFORE_COLON.exec(header.title);
  if (place === null) return header;
  const name = place[1]!;
  let opening = '';
  for (const block of blocks) {
    if (opening.length >= PLACE_OPENING) break;
    if (block.type === 'paragraph') opening += block.text;
  }
  opening = opening.slice(0, PLACE_OPENING);
  for (let at = opening.indexOf(name); at >= 0; at = opening.indexOf(name, at + 1)) {
    if (AREA_AFTER_PLACE.has(opening[at + name.length]!)) {
      return { ...header, organisation: name, title: header.title.slice(place[0].length).trim(), separator: place[0].slice(-1) };
    }
  }
  return header;
}

function buildHeader(draft: Draft): Header | null {
  const match = draft.header;
  const first = draft.headLines[0];
  const last = draft.headLines[draft.headLines.length - 1];
  if (!first || !last) return null;
  return {
    text: first === last ? first.content : draft.headLines.map((line) => line.content).join('\n'),
    organisation: match?.organisation ?? null,
    title: match?.title ?? '',
    separator: match?.separator ?? '',
    span: spanOf(first, last),
  };
}

/** Where a line's text starts: the pieces of a page that lost its line breaks share their line's offset, each after its indent. */
function startOf(line: SourceLine): number {
  return line.offset + line.indent;
}

/** Fewest sub-headings that make a piece a feature. */
const MIN_FEATURE_SUBHEADINGS = 2;

/** Fewest paragraphs below a cut piece's one sub-heading that make it a part of the piece: a feature's second part. */
const MIN_PARAGRAPHS_OF_PART = 2;

/**
 * A piece cut off (the copy stored short, `…(下转第六版)`) inside its second part: one sub-heading, paragraphs above it and
 * two or more below, as a feature's part runs (`…引言。` / `老街变新颜` / `…。` / `…。` / `…走`). The parts after it are lost, so
 * the one sub-heading stored is the feature's. (Whole, a piece with one short line between paragraphs is a brief.)
 * Not a line in round brackets, which is a picture's caption (`(青石村党员合影留念)`), nor a `PLACE:TITLE` line, which in
 * a round-up heads the next place's item as often as a part.
 */
function cutInItsSecondPart(blocks: Block[]): boolean {
  let at = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.type !== 'subheading') continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at <= 0 || blocks.length - at - 1 < MIN_PARAGRAPHS_OF_PART) return false;
  const text = blocks[at]!.text;
  return !isWrappedInRoundBrackets(text) && !hasColon(text);
}

/** `(…)` or `（…）` around the whole line, whatever brackets stand inside (features.ts's isInRoundBrackets() wants none). */
function isWrappedInRoundBrackets(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 0x28 /* ( */ || first === 0xff08) /* （ */ && endsWithBracket(text);
}

/** From the first line the item has to its last: its lines are in document order. */
function itemSpan(draft: Draft): Position {
  let first: SourceLine | null = null;
  let last: SourceLine | null = null;
  if (draft.headAbove !== true) {
    first = earlierLine(first, draft.headLines[0]);
    first = earlierLine(first, draft.headLines[draft.headLines.length - 1]);
    last = laterLine(last, draft.headLines[0]);
    last = laterLine(last, draft.headLines[draft.headLines.length - 1]);
  }
  // (The copy's lines that came with a head lent from above a picture lie before the text, as that head does.)
  const textFrom = draft.headAbove === true ? (draft.body[0]?.line.offset ?? -1) : -1;
  const asides = textFrom < 0 ? draft.asides : draft.asides.filter((aside) => aside.kind !== 'meta' || aside.line.offset >= textFrom);
  first = earlierLine(first, asides[0]?.line);
  first = earlierLine(first, asides[asides.length - 1]?.line);
  first = earlierLine(first, draft.body[0]?.line);
  first = earlierLine(first, draft.body[draft.body.length - 1]?.line);
  first = earlierLine(first, draft.credit?.line);
  last = laterLine(last, asides[0]?.line);
  last = laterLine(last, asides[asides.length - 1]?.line);
  last = laterLine(last, draft.body[0]?.line);
  last = laterLine(last, draft.body[draft.body.length - 1]?.line);
  last = laterLine(last, draft.credit?.line);
  if (first === null || last === null) throw new Error('an item without lines'); // the parser opens an item with a line
  return { start: pointIn(first, 0), end: pointIn(last, last.content.length) };
}

/** `line` where it starts before `first` (or there is none yet), else `first`: of two lines that start together, the one seen first. */
function earlierLine(first: SourceLine | null, line: SourceLine | undefined): SourceLine | null {
  if (line === undefined) return first;
  return first === null || startOf(line) < startOf(first) ? line : first;
}

/** `line` where it starts after `last` (or there is none yet), else `last`. */
function laterLine(last: SourceLine | null, line: SourceLine | undefined): SourceLine | null {
  if (line === undefined) return last;
  return last === null || startOf(line) > startOf(last) ? line : last;
}

/**
 * Body lines → blocks. A paragraph that stops without finishing its sentence
 * and is followed by more text was cut by a column break:
 *   …按照“社区党组织—网格党小组—党员中心户—党员志
 *   愿者”“四位一体”的党组织架构模式，…
 * is one paragraph. A short unfinished line after a finished paragraph and
 * before more text is a sub-heading: `念好“五字诀”,赋予基层治理新能力`.
 */
interface BuiltBlocks {
  blocks: Block[];
  /** Non-space characters of all blocks, counted line by line. */
  characters: number;
  /** The first line of the first paragraph, where its dateline is. */
  firstParagraphHead: string | null;
}

// A joined paragraph is a concatenation of its lines; reading it (a regex, charCodeAt) makes V8 copy it
// flat. The counts and the dateline read the lines instead, so the library never copies a paragraph.
function buildBlocks(body: readonly BodyLine[], context: BuildContext): BuiltBlocks {
  const blocks: Block[] = [];
  let characters = 0;
  let firstParagraphHead: string | null = null;
  let open = false; // the last block is a paragraph whose sentence goes on
  let colon = false; // the last line ends with a colon
  for (let i = 0; i < body.length; i++) {
    const { line, from, length } = body[i]!;
    const text = line.content.slice(from, length);
    characters += countNonSpace(text);
    const last = blocks[blocks.length - 1];
    // (`…讲解员娓娓道来:` / `“这条老街…`: a paragraph that ends by introducing the quotation below, which opens a paragraph.)
    // (A cut sentence goes on with its words, not with a list's bullet or a picture's mark: `▲…` opens a paragraph.)
    if (last && open && !body[i]!.subheading && !isListEntry(text, context.vocabulary) && !(colon && isOpeningQuote(text.charCodeAt(0))) && bulletOf(text) === null) {
      // A piece of the same line (a page that lost its line breaks) goes on after its space; a new line after a column break.
      const samePhysicalLine = line.gapBefore !== undefined && last.span.end.line === line.number;
      if (!samePhysicalLine) {
        context.diagnostics.push({
          ruleId: 'column-break',
          severity: 'info',
          message: `Joined line ${line.number} to the paragraph cut at the end of line ${last.span.end.line}`,
          place: { start: last.span.end, end: pointIn(line, from) },
          file: context.file,
        });
      }
      last.text += samePhysicalLine ? line.gapBefore! + text : text;
      last.span = { start: last.span.start, end: pointIn(line, length) };
      // Read the end of the new piece, not of the joined text: reading a long
      // joined string flattens it, which made many joins quadratic.
      open = !endsSentence(text.length > 0 ? text : last.text);
      colon = endsWithColon(text);
      continue;
    }
    colon = endsWithColon(text);
    const finished = endsSentence(text);
    const isSubheading = body[i]!.subheading;
    if (isSubheading) {
      blocks.push({ type: 'subheading', text, span: placeIn(line, from, length) });
      open = false;
    } else {
      blocks.push({ type: 'paragraph', text, span: placeIn(line, from, length) });
      firstParagraphHead ??= text;
      // `图片1.png` between two paragraphs stands for the picture, `市民X反映:` for who speaks: the text below is no piece of either.
      open = !finished && !isPictureFile(text) && !isSpeakerLabel(text) && !isListEntry(text, context.vocabulary);
    }
  }
  return { blocks, characters, firstParagraphHead };
}

interface DatelineReading {
  text: string | null;
  date: string | null;
  invalid: { text: string; place: Position } | null;
}

const NO_DATELINE: DatelineReading = Object.freeze({ text: null, date: null, invalid: null });

/** Longest quotation a paragraph opens with before its dateline. */
const MAX_OPENING_QUOTE = 80;

/** Where the text goes on after a quotation that opens at `at` (`“楼道里的灯亮了!”`), or `at` where none does. */
function afterOpeningQuote(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x201c /* “ */) return at;
  const close = text.indexOf('”', at + 1);
  return close > at && close - at <= MAX_OPENING_QUOTE ? close + 1 : at;
}

function readDateline(
  paragraph: Block | undefined,
  head: string | null,
  lead: LeadMatch | null,
  draft: Draft,
  context: BuildContext,
): DatelineReading {
  if (!paragraph || head === null) return NO_DATELINE;
  let text: string;
  let year: string | undefined;
  let month: string;
  let day: string;
  let at: number;
  if (lead?.month && lead.day) {
    text = `${lead.month}月${lead.day}日`;
    month = lead.month;
    day = lead.day;
    // The head is where the paragraph starts, so the first place in it is the first in the paragraph.
    at = head.indexOf(text);
    if (at < 0 && head !== paragraph.text) at = paragraph.text.indexOf(text);
  } else {
    // (`图一:10月12日,…`: a picture's caption opens with its label, the dateline after it.)
    at = lead ? lead.text.length : (bulletOf(head)?.[0].length ?? photoCaptionLabelLength(head));
    while (at < head.length && isDatelineGap(head.charCodeAt(at))) at++;
    // A dateline cut by a column break (`6月2` / `4日`) is read from the joined paragraph.
    const source = at + MAX_DATELINE <= head.length ? head : paragraph.text;
    while (at < source.length && isDatelineGap(source.charCodeAt(at))) at++;
    // Every dateline starts with a digit or one of 近日前昨今当: other paragraphs skip the regex.
    // A lead may open with a resident's words, the date after them: `本报讯 “灯亮了!”11月6日,…`.
    const match = datelineAt(source, at) ?? datelineAt(source, afterOpeningQuote(source, at));
    if (!match) return NO_DATELINE;
    text = match[0];
    if (match[2] === undefined || match[3] === undefined) return { text, date: null, invalid: null };
    year = match[1];
    month = match[2];
    day = match[3];
  }
  const m = digitsValue(month);
  const d = digitsValue(day);
  const knownYear = year !== undefined ? digitsValue(year) : (context.year ?? latestYear(draft));
  // Without a year, 2月29日 may exist (2000 is a leap year); with one it must.
  const exists = isCalendarDay(knownYear ?? 2000, m, d);
  if (!exists) {
    const start = paragraph.span.start;
    const place = {
      start: { line: start.line, column: start.column + at, offset: start.offset + at },
      end: { line: start.line, column: start.column + at + text.length, offset: start.offset + at + text.length },
    };
    return { text, date: null, invalid: { text, place } };
  }
  const date =
    knownYear === null ? null : `${String(knownYear).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { text, date, invalid: null };
}

/** The longest dateline DATELINE matches: `２０２３年１２月３１日`. */
const MAX_DATELINE = 16;

/** What may stand between the lead and the dateline: white space and commas (`本报讯 ，6月24日`). */
function isDatelineGap(code: number): boolean {
  return isSpace(code) || code === 0xff0c /* ， */ || code === 0x2c /* , */;
}

/** The number written in ASCII or full-width digits: `２４` → 24. */
function digitsValue(digits: string): number {
  let value = 0;
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    value = value * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30);
  }
  return value;
}

/** The latest year (`20xx年`, `20xx-MM-DD`) up to the end of this item: later years on the page do not date earlier items. */
function latestYear(draft: Draft): number | null {
  let latest = draft.yearBefore;
  const see = (line: SourceLine): void => {
    if (line.year !== null && (latest === null || line.year > latest)) latest = line.year;
  };
  for (const line of draft.headLines) see(line);
  for (const aside of draft.asides) see(aside.line);
  for (const body of draft.body) see(body.line);
  return latest;
}

/** Longest line read as an entry of a list of names. */
const MAX_LIST_ENTRY = 30;

/**
 * An organisation's name alone on its line, an entry of a list (`“十佳社区”名单` / `邗江区双桥街道虹桥社区` / …): a
 * paragraph of its own, which no column break cut, and a text that ends with it ends there. The line need not read
 * as one name (`东湖-西山风景名胜区柳岸街道东湾社区`, `个园社区`): unpunctuated, it ends in an organisation's suffix.
 */
function isListEntry(text: string, vocabulary: Vocabulary): boolean {
  if (text.length > MAX_LIST_ENTRY || SENTENCE_PUNCTUATION.test(text)) return false;
  return isOrganisationName(text, vocabulary) || vocabulary.organisationSuffixes.some((suffix) => text.endsWith(suffix));
}

/**
 * The last quotation is never closed (`…“这下方便多了。`): the text was cut off inside it. An opening mark with only the
 * sentence's end after it opens nothing: it closes a quotation typed the wrong way round (`…居民的”认同感“。`).
 */
function opensUnclosedQuote(text: string): boolean {
  const open = text.lastIndexOf('“');
  if (open < 0 || text.indexOf('”', open) >= 0) return false;
  const after = text.slice(open + 1);
  return !(endsSentence(after) && !hasWord(after));
}

/** The text's opening past its lead (`本报讯(记者 X)`), where the lead opens it. */
function afterLead(opening: string, lead: LeadMatch | null): string {
  return lead !== null && opening.startsWith(lead.text) ? opening.slice(lead.text.length) : opening;
}

/** An opening's directive, `根据` or `按照` within its first characters (after a date: `近日,按照…`). */
const DIRECTIVE = /^[^。]{0,16}?(?=根据|按照)/u;
/** Most characters a directive runs to its comma: the bodies and the document it cites. */
const MAX_DIRECTIVE = 90;

/**
 * The opening without a directive near its start (`根据市民政局《关于…的通知》精神,柳岸社区…`, `近日,按照区委统一部署,…`):
 * the body named there sent the order, the one after its comma acts. The opening as it is when none opens it, or no
 * comma ends it.
 */
function pastDirective(opening: string): string {
  const directive = DIRECTIVE.exec(opening);
  if (directive === null) return opening;
  const from = directive[0].length;
  const comma = opening.slice(from, from + MAX_DIRECTIVE).search(/[,，]/u);
  return comma < 0 ? opening : opening.slice(0, from) + opening.slice(from + comma + 1);
}

/**
 * `我校团委组织…`, `我院学生会…`: a body of the school's or college's own, named after the words for "our school" and no
 * other name: the body that held the event, as the conventions write it (`团委`). The last resort for community.
 */
function ownBodyOf(text: string): string | null {
  return OWN_BODY.exec(text)?.[1] ?? null;
}
const OWN_BODY = /(?:我校|我院|本校|本院)(团委|学生会|工会|党委)/u;
