// What one line is, judged by the line alone. What it means in its place
// (a header line inside an open feature, say) is decided by the parser.

import type { Person } from '../model.js';
import { parsePeople } from './people.js';
import {
  BYLINE_LINE,
  CREDIT_LEADING_VERB,
  CREDIT_NOTE,
  DIRECTIVE,
  EDITOR_LINE,
  LEAD,
  MARKER_BYLINE,
  PAGE_LINE,
  SENTENCE_PUNCTUATION,
  HAS_WORD,
  TITLE_ARROWS,
  compilePatterns,
  isSpace,
} from './patterns.js';
import type { Vocabulary } from './vocabulary.js';

export interface LeadMatch {
  /** As printed: `本报讯(记者 张三)`. */
  text: string;
  /** `本报4月5日讯` carries its own dateline. */
  month: string | null;
  day: string | null;
  people: Person[];
}

export interface HeaderMatch {
  organisation: string;
  title: string;
  separator: string;
  /** A colon or `>>` makes a header certain; a space alone is weak (it could be a sub-heading). */
  strong: boolean;
}

export interface CreditMatch {
  raw: string;
  verb: string;
  people: Person[];
}

export type LineClass =
  | { kind: 'blank' }
  | { kind: 'page'; value: string }
  | { kind: 'editor'; value: string }
  | { kind: 'directive'; value: string }
  | { kind: 'byline'; inner: string; people: Person[] }
  | { kind: 'marker-byline'; inner: string; people: Person[] }
  | { kind: 'credit'; credit: CreditMatch }
  | { kind: 'header'; header: HeaderMatch }
  | { kind: 'organisation'; organisation: string }
  | { kind: 'text'; lead: LeadMatch | null };

const BLANK: LineClass = { kind: 'blank' };
const PLAIN_TEXT: LineClass = { kind: 'text', lead: null };

/** Longest line that can still be a header, a credit or a byline. */
const MAX_SHORT_LINE = 60;
const MAX_TITLE = 40;
const MAX_ORGANISATION = 15;
/** A title never ends like a sentence or a clause (`！`/`？` are allowed: headlines use them). */
const TITLE_BAD_END = new Set([...'。，,；;、：:…'].map((c) => c.charCodeAt(0)));
/** The first characters of EDITOR_LINE's words: other lines skip the regex. */
const EDITOR_FIRST = new Set([...'责编校美'].map((c) => c.charCodeAt(0)));
/** The white space that may part an organisation from its title in a header without a colon. */
const HEADER_SPACES = new Set([0x20, 0x3000, 0xa0]);

export function classifyLine(content: string, vocabulary: Vocabulary): LineClass {
  if (content.length === 0) return BLANK;
  const first = content.charCodeAt(0);
  if (content.length <= MAX_SHORT_LINE + 2) {
    if (first === 0x28 /* ( */ || first === 0xff08 /* （ */) {
      const byline = BYLINE_LINE.exec(content);
      const people = byline && parsePeople(byline[1]!, 'byline', vocabulary);
      if (people) return { kind: 'byline', inner: byline![1]!.trim(), people };
    }
    if (first === 0x25a1 /* □ */ || first === 0x25a0 /* ■ */) {
      const marker = MARKER_BYLINE.exec(content);
      const people = marker && parsePeople(marker[1]!, 'byline', vocabulary);
      if (people) return { kind: 'marker-byline', inner: marker![1]!.trim(), people };
    }
    if (first === 0x7b2c /* 第 */) {
      const page = PAGE_LINE.exec(content);
      if (page) return { kind: 'page', value: (page[1] ?? '').trim() };
    }
    if (first === 0x3c /* < */) {
      const directive = DIRECTIVE.exec(content);
      if (directive) return { kind: 'directive', value: directive[1]!.trim() };
    }
    const editor = EDITOR_FIRST.has(first) ? EDITOR_LINE.exec(content) : null;
    if (editor) {
      const people = parsePeople(editor[2]!, 'byline', vocabulary);
      return { kind: 'editor', value: people?.map((p) => p.name ?? '').join(' ').trim() || editor[2]!.trim() };
    }
  }
  const lead = matchLead(content, vocabulary);
  if (lead) return { kind: 'text', lead };
  if (content.length > MAX_SHORT_LINE) return PLAIN_TEXT;

  const header = matchHeader(content, vocabulary);
  if (header) return { kind: 'header', header };
  const credit = matchCredit(content, vocabulary);
  if (credit) return { kind: 'credit', credit };
  if (content.length <= MAX_ORGANISATION && compilePatterns(vocabulary).organisation.test(content)) {
    return { kind: 'organisation', organisation: content };
  }
  return PLAIN_TEXT;
}

export function matchLead(content: string, vocabulary: Vocabulary): LeadMatch | null {
  const first = content.charCodeAt(0);
  // Cheap gate: every lead starts with 本, 【 or has 网讯 near the start.
  if (first !== 0x672c /* 本 */ && first !== 0x3010 /* 【 */ && !content.slice(0, 14).includes('网讯')) return null;
  const match = LEAD.exec(content);
  if (!match) return null;
  const inner = match[3];
  return {
    text: match[0],
    month: match[1] ?? null,
    day: match[2] ?? null,
    people: (inner !== undefined && parsePeople(inner, 'lead', vocabulary)) || [],
  };
}

export function matchHeader(content: string, vocabulary: Vocabulary): HeaderMatch | null {
  const { organisation } = compilePatterns(vocabulary);
  const lastCode = content.charCodeAt(content.length - 1);
  const mayHaveArrows = lastCode === 0x3e /* > */ || lastCode === 0x300b /* 》 */ || lastCode === 0xff1e; /* ＞ */
  const withoutArrows = mayHaveArrows ? content.replace(TITLE_ARROWS, '') : content;
  const arrows = withoutArrows.length < content.length;
  // A colon further on belongs to the title: such a line is read as a header without a colon.
  const colon = firstColon(withoutArrows, MAX_ORGANISATION + 2);
  if (colon >= 0) {
    const org = withoutArrows.slice(0, colon).trim();
    const title = withoutArrows.slice(colon + 1).trim();
    if (organisation.test(org) && isTitle(title, true)) {
      return { organisation: org, title, separator: withoutArrows[colon]!, strong: true };
    }
    return null;
  }
  const space = mayPartWithSpace(withoutArrows) ? /^(\S{2,15})[ \u3000\u00a0]+(\S.*)$/.exec(withoutArrows) : null;
  if (space && organisation.test(space[1]!) && isTitle(space[2]!, false) && !SENTENCE_PUNCTUATION.test(space[2]!)) {
    return { organisation: space[1]!, title: space[2]!, separator: ' ', strong: arrows };
  }
  return null;
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

/** The test before the space-header regex: its first white space comes after 2–15 characters and is a space, U+3000 or NBSP. */
function mayPartWithSpace(text: string): boolean {
  let i = 0;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i >= 2 && i <= MAX_ORGANISATION && HEADER_SPACES.has(text.charCodeAt(i));
}

/** A line short enough and unfinished enough to be a title. */
export function isTitle(text: string, allowEmpty = false): boolean {
  if (text.length === 0) return allowEmpty;
  return text.length <= MAX_TITLE && !TITLE_BAD_END.has(text.charCodeAt(text.length - 1)) && HAS_WORD.test(text);
}

export function matchCredit(content: string, vocabulary: Vocabulary): CreditMatch | null {
  // Each pattern is tried only when the line's first or last character allows it: most lines are no credit.
  const last = content.charCodeAt(content.length - 1);
  const note = last === 0x29 /* ) */ || last === 0xff09 /* ） */ ? CREDIT_NOTE.exec(content) : null;
  const body = note ? content.slice(0, note.index) : content;
  const first = body.charCodeAt(0);
  const leading = first === 0x6444 /* 摄 */ || first === 0x56fe /* 图 */ ? CREDIT_LEADING_VERB.exec(body) : null;
  if (leading) {
    const people = parsePeople(leading[2]!, 'credit', vocabulary);
    if (people) return { raw: content, verb: leading[1]!, people };
  }
  const tail = vocabulary.creditVerbs.some((verb) => body.endsWith(verb)) ? compilePatterns(vocabulary).creditTail.exec(body) : null;
  if (tail) {
    const people = parsePeople(tail[1]!, 'credit', vocabulary);
    if (people) return { raw: content, verb: tail[2]!, people };
  }
  return null;
}
