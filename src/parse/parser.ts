// The incremental parser: text goes in chunk by chunk, each item comes out as
// soon as it is complete (at its byline or credit, or when the next item
// starts). It keeps only the item being read, so a gigabyte archive parses in
// the memory of one item.
//
// How a page reads, line by line:
//   社区动态                               section title (first line, short, no punctuation)
//   近日,东山社区开展…                      header-less text: waits for a credit…
//   本报通讯员撰                            …which makes it a photo item
//   苏村社区: 开展主题党日活动               header: starts an item
//   本报讯 6月24日,苏村社区…                lead: the item is a brief
//   (李 莉)                               byline: ends the item

import type { Bulletin, Diagnostic, Item, MetaLine, UnassignedBlock } from '../model.js';
import { buildItem, newDraft, type Draft } from './build-item.js';
import { classifyLine, isTitle, matchCredit, type LeadMatch, type LineClass } from './classify-line.js';
import { LineSplitter, placeIn, spanOf, type SourceLine } from './lines.js';
import { parsePeople } from './people.js';
import { BYLINE_TAIL, HAS_WORD, SENTENCE_PUNCTUATION, compilePatterns, endsSentence, isSpace, lastSentenceEnd, latestYearIn } from './patterns.js';
import { DEFAULT_VOCABULARY, extendVocabulary, type Vocabulary, type VocabularyExtension } from './vocabulary.js';

export interface ParseOptions {
  /** Named in every diagnostic. */
  file?: string | null;
  /** The year of the page, for datelines without one; else the latest `20xx年` in the text so far. */
  year?: number | null;
  /** Words to add to the default header, role and credit vocabulary. */
  vocabulary?: VocabularyExtension;
}

/** Longest byline glued without brackets, role included: `记者 欧阳 明明 通讯员 张三`. */
const GLUED_BYLINE_TAIL = 40;

/** Longest glued byline or credit, with the sentence end before it: `。” (本报记者 张三 通讯员 李四)`. */
const GLUED_TAIL_WINDOW = 80;

/** A section title is short and unpunctuated: `社区动态`. */
const MAX_SECTION_TITLE = 16;

export class BulletinParser {
  readonly file: string | null;
  section: string | null = null;
  readonly meta: MetaLine[] = [];
  readonly unassigned: UnassignedBlock[] = [];
  readonly diagnostics: Diagnostic[] = [];

  private readonly vocabulary: Vocabulary;
  private readonly year: number | null;
  private readonly splitter = new LineSplitter();
  private itemCount = 0;
  private ready: Item[] = [];
  /** The item being read; null between items. */
  private current: Draft | null = null;
  /** Header-less text waiting for what follows: a credit makes it a photo, a byline an item, a header unassigned. */
  private pending: SourceLine[] = [];
  private pendingYear: number | null = null;
  /** An organisation alone on its line: the first half of a two-line header, or just text. */
  private held: { line: SourceLine; organisation: string } | null = null;
  private sawContent = false;
  private latestYear: number | null = null;

  constructor(options: ParseOptions = {}) {
    this.file = options.file ?? null;
    this.year = options.year ?? null;
    this.vocabulary = options.vocabulary ? extendVocabulary(options.vocabulary) : DEFAULT_VOCABULARY;
  }

  /** Reads a chunk of text; returns the items it completed. */
  push(chunk: string): Item[] {
    this.splitter.push(chunk, this.read);
    return this.take();
  }

  /** Reads what is left; returns the last items. */
  end(): Item[] {
    this.splitter.end(this.read);
    this.releaseHeld();
    this.closeItem();
    this.flushPending();
    return this.take();
  }

  /** The page-level results, for callers that consumed the items as they came. */
  summary(): Omit<Bulletin, 'items'> {
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
    // Most lines of a page are blank, and a blank line only matters to a held organisation line.
    if (line.content.length === 0 && this.held === null) return;
    line.year = latestYearIn(line.content);
    const cls = classifyLine(line.content, this.vocabulary);
    if (this.held) {
      const held = this.held;
      this.held = null;
      if (cls.kind === 'text' && cls.lead === null && isTitle(line.content) && !SENTENCE_PUNCTUATION.test(line.content)) {
        this.startItem([held.line, line], { organisation: held.organisation, title: line.content, separator: '\n', strong: false });
        this.noteYear(line);
        this.sawContent = true;
        return;
      }
      this.readAsText(held.line);
      this.sawContent = true;
    }
    this.dispatch(line, cls);
    this.noteYear(line);
    // A held line is not placed yet: it may still be the section title; so may a line after the page line.
    if (cls.kind !== 'blank' && cls.kind !== 'page' && !this.held) this.sawContent = true;
  };

  private dispatch(line: SourceLine, cls: LineClass): void {
    switch (cls.kind) {
      case 'blank':
        return;
      case 'directive':
        // A directive stands between items and speaks about the next one, so it closes the open item.
        this.closeItem();
        this.flushPending();
        this.meta.push({ kind: 'directive', text: line.content, value: cls.value, span: placeIn(line) });
        return;
      case 'page':
      case 'editor': {
        this.closeItem();
        this.flushPending();
        const value = cls.value;
        this.meta.push({ kind: cls.kind, text: line.content, value, span: placeIn(line) });
        if (cls.kind === 'page' && this.section === null && value) this.section = value;
        return;
      }
      case 'header':
        // A header without a colon could be a sub-heading inside the open item.
        if (!cls.header.strong && this.current) return this.readAsText(line);
        this.startItem([line], cls.header);
        return;
      case 'organisation':
        if (this.current) return this.readAsText(line);
        this.held = { line, organisation: cls.organisation };
        return;
      case 'byline':
        return this.endWith(line, (draft) => (draft.byline = { inner: cls.inner, people: cls.people, line }));
      case 'credit':
        return this.endWith(line, (draft) => (draft.credit = { match: cls.credit, line, from: 0 }));
      case 'marker-byline':
        if (this.current && this.current.body.length === 0 && !this.current.markerByline) {
          this.current.markerByline = { line, inner: cls.inner, people: cls.people };
          return;
        }
        return this.readAsText(line);
      case 'text':
        return this.readAsText(line, cls.lead);
    }
  }

  private readAsText(line: SourceLine, lead: LeadMatch | null = null): void {
    if (!this.sawContent && lead === null && this.isSectionTitle(line.content)) {
      this.section = line.content; // more precise than the page line's section name
      this.meta.push({ kind: 'section', text: line.content, value: line.content, span: placeIn(line) });
      return;
    }
    if (lead) {
      // 本报讯 opens an item: the body of a header just read, or a new item without header.
      if (!(this.current && this.current.header && this.current.body.length === 0)) {
        this.closeItem();
        this.flushPending();
        this.current = newDraft(this.latestYear);
      }
      this.current!.body.push({ line, length: line.content.length, lead });
      this.endIfGlued(this.current!);
      return;
    }
    if (this.current) {
      this.current.body.push({ line, length: line.content.length, lead: null });
      this.endIfGlued(this.current);
      return;
    }
    if (this.pending.length === 0) this.pendingYear = this.latestYear;
    this.pending.push(line);
    // Header-less text that ends in a glued credit or byline is an item of its own.
    const tail = this.findGluedTail(line);
    if (tail) {
      const draft = this.draftFromPending();
      this.pending = [];
      tail(draft);
      this.emit(draft);
    }
  }

  /** Closes the open item with `line` (a byline or credit), or makes an item of header-less text. */
  private endWith(line: SourceLine, attach: (draft: Draft) => void): void {
    let draft = this.current;
    if (!draft && this.pending.length > 0) {
      draft = this.draftFromPending();
      this.pending = [];
    }
    if (!draft) {
      this.addUnassigned([line]);
      return;
    }
    attach(draft);
    this.current = null;
    this.emit(draft);
  }

  private draftFromPending(): Draft {
    const draft = newDraft(this.pendingYear);
    draft.body = this.pending.map((line) => ({ line, length: line.content.length, lead: null }));
    return draft;
  }

  private endIfGlued(draft: Draft): void {
    const last = draft.body[draft.body.length - 1];
    const tail = last && this.findGluedTail(last.line);
    if (tail) {
      tail(draft);
      this.current = null;
      this.emit(draft);
    }
  }

  /**
   * A byline or credit glued to the last sentence ends the item:
   *   …让社区治理和服务更高效。” (赵 璐)      …互融互动。雷 洁摄      …服务。记者 王五
   * Returns what cuts it off the draft's last body line and attaches it, or null.
   */
  private findGluedTail(line: SourceLine): ((draft: Draft) => void) | null {
    // Most paragraphs end their sentence: nothing is glued to them.
    if (endsSentence(line.content)) return null;
    // Only the end of a line can hold a glued tail; reading just that keeps long paragraphs cheap.
    const skip = Math.max(0, line.content.length - GLUED_TAIL_WINDOW);
    const text = skip === 0 ? line.content : line.content.slice(skip);
    const cut = (draft: Draft, length: number) => {
      draft.body[draft.body.length - 1]!.length = skip + length;
    };
    const lastCode = text.charCodeAt(text.length - 1);
    const bracket = lastCode === 0x29 /* ) */ || lastCode === 0xff09 /* ） */ ? BYLINE_TAIL.exec(text) : null;
    if (bracket) {
      const people = parsePeople(bracket[2]!, 'byline', this.vocabulary);
      if (people) {
        return (draft) => {
          cut(draft, bracket.index);
          draft.byline = { inner: bracket[2]!.trim(), people, line };
        };
      }
    }
    const { creditGlued, bylineGlued } = compilePatterns(this.vocabulary);
    const credit = this.vocabulary.creditVerbs.some((verb) => text.endsWith(verb)) ? creditGlued.exec(text) : null;
    if (credit) {
      const from = credit.index + credit[1]!.length;
      const match = matchCredit(text.slice(from), this.vocabulary);
      if (match) {
        return (draft) => {
          cut(draft, credit.index);
          draft.credit = { match, line, from: skip + from };
        };
      }
    }
    const byline = this.mayEndWithRoleByline(text) ? bylineGlued.exec(text) : null;
    if (byline) {
      const people = parsePeople(byline[2]!, 'byline', this.vocabulary);
      if (people && people.some((person) => person.name !== null)) {
        return (draft) => {
          cut(draft, byline.index);
          draft.byline = { inner: byline[2]!.trim(), people, line };
        };
      }
    }
    return null;
  }

  /** A cheap test before bylineGlued: after the last sentence end comes a role (`…服务。记者 王五`). */
  private mayEndWithRoleByline(text: string): boolean {
    const sentenceEnd = lastSentenceEnd(text, GLUED_BYLINE_TAIL);
    if (sentenceEnd < 0) return false;
    let start = sentenceEnd + 1;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    return this.vocabulary.roles.some((role) => text.startsWith(role, start));
  }

  private startItem(headerLines: SourceLine[], header: Draft['header']): void {
    this.closeItem();
    this.flushPending();
    const draft = newDraft(this.latestYear);
    draft.headerLines = headerLines;
    draft.header = header;
    this.current = draft;
  }

  private closeItem(): void {
    if (!this.current) return;
    const draft = this.current;
    this.current = null;
    this.emit(draft);
  }

  private emit(draft: Draft): void {
    // A header with nothing after it is still an item: the editor sees a headline.
    this.itemCount++;
    this.ready.push(
      buildItem(draft, {
        index: this.itemCount,
        year: this.year,
        file: this.file,
        vocabulary: this.vocabulary,
        diagnostics: this.diagnostics,
      }),
    );
  }

  private releaseHeld(): void {
    if (!this.held) return;
    const held = this.held;
    this.held = null;
    this.readAsText(held.line);
    this.sawContent = true;
  }

  private flushPending(): void {
    if (this.pending.length === 0) return;
    this.addUnassigned(this.pending);
    this.pending = [];
  }

  private addUnassigned(lines: readonly SourceLine[]): void {
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    const span = spanOf(first, last);
    this.unassigned.push({ text: lines.map((line) => line.content).join('\n'), span });
    this.diagnostics.push({
      ruleId: 'unassigned-text',
      severity: 'warning',
      message:
        first === last
          ? `Unexpected text on line ${first.number} outside any item, expected a header, lead, byline or credit`
          : `Unexpected text on lines ${first.number}-${last.number} outside any item, expected a header, lead, byline or credit`,
      place: span,
      file: this.file,
    });
  }

  private isSectionTitle(content: string): boolean {
    return content.length <= MAX_SECTION_TITLE && !SENTENCE_PUNCTUATION.test(content) && HAS_WORD.test(content) && !/[“”"()（）]/.test(content);
  }

  /** Counts the line's year as seen; after the line is placed, so that a year in a header dates its own item, not the one it closes. */
  private noteYear(line: SourceLine): void {
    if (line.year !== null && (this.latestYear === null || line.year > this.latestYear)) this.latestYear = line.year;
  }
}

/** Parses a whole text. */
export function parse(text: string, options: ParseOptions = {}): Bulletin {
  const parser = new BulletinParser(options);
  const items = parser.push(text);
  items.push(...parser.end());
  return { ...parser.summary(), items };
}
