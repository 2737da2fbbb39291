// A finished draft (the lines the parser gave one item) → the Item every
// command reads. Here the body is cut into blocks: column breaks are joined,
// sub-headings found, the lead and dateline read, the people collected.

import type { Block, Credit, Diagnostic, Header, Item, ItemKind, Person, Position } from '../model.js';
import type { CreditMatch, HeaderMatch, LeadMatch } from './classify-line.js';
import { isTitle } from './classify-line.js';
import { placeIn, pointIn, spanOf, type SourceLine } from './lines.js';
import { namesOf, rolesOf } from './people.js';
import { CLAUSE_END, DATELINE, compilePatterns, countNonSpace, endsSentence, isSpace } from './patterns.js';
import type { Vocabulary } from './vocabulary.js';

export interface BodyLine {
  line: SourceLine;
  /** The part of `line.content` that is body text (a glued byline or credit cut off). */
  length: number;
  lead: LeadMatch | null;
}

export interface Draft {
  /** The header's line(s): one, or two for an organisation line followed by a title line. */
  headerLines: SourceLine[];
  header: HeaderMatch | null;
  markerByline: { line: SourceLine; inner: string; people: Person[] } | null;
  body: BodyLine[];
  byline: { inner: string; people: Person[]; line: SourceLine } | null;
  credit: { match: CreditMatch; line: SourceLine; from: number } | null;
  /** The latest `20xx年` in the text before this item. */
  yearBefore: number | null;
}

export function newDraft(yearBefore: number | null): Draft {
  return { headerLines: [], header: null, markerByline: null, body: [], byline: null, credit: null, yearBefore };
}

export interface BuildContext {
  index: number;
  year: number | null;
  file: string | null;
  vocabulary: Vocabulary;
  diagnostics: Diagnostic[];
}

/** A sub-heading is short: `畅通“一条路”,激活基层治理新动力`. */
const MAX_SUBHEADING = 30;

export function buildItem(draft: Draft, context: BuildContext): Item {
  const { vocabulary, diagnostics, file } = context;
  const { blocks, characters, firstParagraphHead } = buildBlocks(draft.body, context);
  const firstLead = draft.body[0]?.lead ?? null;
  const header = buildHeader(draft);

  const people: Person[] = [];
  if (firstLead) people.push(...firstLead.people);
  if (draft.markerByline) people.push(...draft.markerByline.people);
  if (draft.byline) people.push(...draft.byline.people);
  if (draft.credit) people.push(...draft.credit.match.people);

  const firstParagraph = blocks.find((block) => block.type === 'paragraph');
  const dateline = readDateline(firstParagraph, firstParagraphHead, firstLead, draft, context);
  const lastParagraph = blocks.findLast((block) => block.type === 'paragraph');

  const kind: ItemKind = firstLead
    ? 'brief'
    : draft.credit && !draft.byline && !draft.markerByline
      ? 'photo'
      : header
        ? 'feature'
        : 'other';

  const credit: Credit | null = draft.credit && {
    raw: draft.credit.match.raw,
    names: namesOf(draft.credit.match.people),
    roles: rolesOf(draft.credit.match.people),
    verb: draft.credit.match.verb,
    span: placeIn(draft.credit.line, draft.credit.from),
  };

  let community = header?.organisation ?? null;
  if (community === null && firstParagraph) community = firstOrganisation(firstParagraph.text, vocabulary);

  const item: Item = {
    index: context.index,
    kind,
    community,
    title: header ? header.title || null : null,
    header,
    lead: firstLead?.text ?? null,
    dateline: dateline.text,
    date: dateline.date,
    reporters: firstLead ? namesOf(firstLead.people) : [],
    byline: draft.byline?.inner ?? draft.markerByline?.inner ?? null,
    authors: namesOf(people),
    people,
    credit,
    blocks,
    truncated: lastParagraph !== undefined && !endsSentence(lastParagraph.text),
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

function buildHeader(draft: Draft): Header | null {
  const match = draft.header;
  const first = draft.headerLines[0];
  const last = draft.headerLines[draft.headerLines.length - 1];
  if (!match || !first || !last) return null;
  return {
    text: first === last ? first.content : draft.headerLines.map((line) => line.content).join('\n'),
    organisation: match.organisation,
    title: match.title,
    separator: match.separator,
    span: spanOf(first, last),
  };
}

/** From the first line the item has to its last: its lines are in document order. */
function itemSpan(draft: Draft): Position {
  const first = draft.headerLines[0] ?? draft.markerByline?.line ?? draft.body[0]?.line ?? draft.byline?.line ?? draft.credit!.line;
  const last = draft.credit?.line ?? draft.byline?.line ?? draft.body[draft.body.length - 1]?.line ?? draft.markerByline?.line ?? draft.headerLines[draft.headerLines.length - 1]!;
  return spanOf(first, last);
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
  for (let i = 0; i < body.length; i++) {
    const { line, length } = body[i]!;
    const text = line.content.slice(0, length);
    characters += countNonSpace(text);
    const last = blocks[blocks.length - 1];
    const hasNext = i + 1 < body.length;
    if (last && open) {
      context.diagnostics.push({
        ruleId: 'column-break',
        severity: 'info',
        message: `Joined line ${line.number} to the paragraph cut at the end of line ${last.span.end.line}`,
        place: { start: last.span.end, end: pointIn(line, 0) },
        file: context.file,
      });
      last.text += text;
      last.span = { start: last.span.start, end: pointIn(line, length) };
      // Read the end of the new piece, not of the joined text: reading a long
      // joined string flattens it, which made many joins quadratic.
      open = !endsSentence(text.length > 0 ? text : last.text);
      continue;
    }
    const finished = endsSentence(text);
    const isSubheading =
      hasNext &&
      !finished &&
      text.length <= MAX_SUBHEADING &&
      !CLAUSE_END.test(text) &&
      isTitle(text) &&
      (last === undefined || last.type === 'paragraph') &&
      body[i]!.lead === null;
    if (isSubheading) {
      blocks.push({ type: 'subheading', text, span: placeIn(line, 0, length) });
      open = false;
    } else {
      blocks.push({ type: 'paragraph', text, span: placeIn(line, 0, length) });
      firstParagraphHead ??= text;
      open = !finished;
    }
  }
  return { blocks, characters, firstParagraphHead };
}

interface DatelineReading {
  text: string | null;
  date: string | null;
  invalid: { text: string; place: Position } | null;
}

function readDateline(
  paragraph: Block | undefined,
  head: string | null,
  lead: LeadMatch | null,
  draft: Draft,
  context: BuildContext,
): DatelineReading {
  const none: DatelineReading = { text: null, date: null, invalid: null };
  if (!paragraph || head === null) return none;
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
    at = lead ? lead.text.length : 0;
    while (at < head.length && isDatelineGap(head.charCodeAt(at))) at++;
    // A dateline cut by a column break (`6月2` / `4日`) is read from the joined paragraph.
    const source = at + MAX_DATELINE <= head.length ? head : paragraph.text;
    while (at < source.length && isDatelineGap(source.charCodeAt(at))) at++;
    // Every dateline starts with a digit or one of 近日前昨今当: other paragraphs skip the regex.
    const match = DATELINE_START.has(source.charCodeAt(at)) ? DATELINE.exec(source.slice(at, at + MAX_DATELINE)) : null;
    if (!match) return none;
    text = match[0];
    if (match[2] === undefined || match[3] === undefined) return { text, date: null, invalid: null };
    year = match[1];
    month = match[2];
    day = match[3];
  }
  const m = digitsValue(month);
  const d = digitsValue(day);
  const knownYear = year !== undefined ? digitsValue(year) : (context.year ?? latestYear(draft));
  // Without a year, 2月29日 may exist; with one it must.
  const checkYear = knownYear ?? 2000;
  const exists = m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(checkYear, m);
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
const MAX_DATELINE = 11;
const DATELINE_START = new Set([...'0123456789０１２３４５６７８９近日前昨今当'].map((c) => c.charCodeAt(0)));

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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  // As Date.UTC reads a year: 0–99 are 1900–1999.
  const full = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = (full % 4 === 0 && full % 100 !== 0) || full % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The latest `20xx年` up to the end of this item: later years on the page do not date earlier items. */
function latestYear(draft: Draft): number | null {
  let latest = draft.yearBefore;
  const lines = [...draft.headerLines, ...draft.body.map((body) => body.line)];
  for (const line of lines) {
    if (line.year !== null && (latest === null || line.year > latest)) latest = line.year;
  }
  return latest;
}

/** Words that stand before an organisation without being part of it: `在蔡洼街道` → `蔡洼街道`. */
const LEADING_FUNCTION_WORDS = /^(?:近日|日前|近期|昨天|昨日|今天|今日|当天|日前|在|由|为|向|到|和|与|及|对|联合|走进|来到)+/;

/** The first organisation named in a caption: `近日,段北沟社区联合华阳…` → `段北沟社区`. */
export function firstOrganisation(text: string, vocabulary: Vocabulary): string | null {
  const pattern = compilePatterns(vocabulary).organisationInText;
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const name = match[1]!.replace(LEADING_FUNCTION_WORDS, '');
    if (name.length > 0) return name + match[0].slice(match[1]!.length);
  }
  return null;
}
