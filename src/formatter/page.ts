// bulletin format's core: a page of text → the same page in the house style.
// Pure and streaming: text goes in chunk by chunk, formatted text comes out as
// soon as the items before it are complete (the parser's own streaming), so
// a page of any size is formatted in the memory of one item. formatText() is
// the same engine fed at once.
//
//   pieces.ts   the page's parts in source order, from the model
//   render.ts   each part in the house style, checked by guard.ts
//   here        the parts in order, with the configured blank lines between

import type { Item, MetaLine, UnassignedBlock } from '../model.js';
import { BulletinParser, type ParseOptions } from '../parse/index.js';
import { DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './options.js';
import { itemMeaning, pageMeaning } from './meaning.js';
import { coverRegion, itemPieces, metaPiece, type Piece } from './pieces.js';
import { renderLines, renderPiece, verbatim, type SourceText } from './render.js';

export interface FormatTextOptions extends ParseOptions {
  /** The house style; missing keys take their defaults. */
  style?: Partial<FormatOptions>;
  /**
   * Told of each item whose house-style layout would read otherwise, and so is
   * printed without column-break joins (`joins`), with its own lines (`lines`) or as it stands (`verbatim`); `item`
   * is null when a whole part of the page is printed as it stands.
   */
  onKept?: (kept: { item: Item | null; level: Exclude<Level, 'style'> }) => void;
}

const FIRST_BREAK = /\r\n?|\n/;

/**
 * Text held before it is formatted: a page up to this size is formatted, and
 * checked, whole; a larger input in parts of about this size, each cut at the
 * end of an item.
 */
const REGION_CHARACTERS = 1 << 20;

/** How an item is printed: in the house style, or as it stands (its style changed what the parser reads). */
type Level = 'style' | 'joins' | 'lines' | 'verbatim';

/** The next level down: the style without column-break joins, then the item's own lines, then the item as it stands. */
const FALLBACK: Readonly<Record<Level, Level>> = { style: 'joins', joins: 'lines', lines: 'verbatim', verbatim: 'verbatim' };

/** Formats a page of text (decoded, without its byte-order mark). */
export function formatText(text: string, options: FormatTextOptions = {}): string {
  const formatter = new PageFormatter(options);
  return formatter.push(text) + formatter.end();
}

export class PageFormatter {
  private readonly style: FormatOptions;
  private readonly parseOptions: ParseOptions;
  private readonly parser: BulletinParser;
  private readonly onKept: FormatTextOptions['onKept'] | null;
  /** The text not yet formatted, from `base` on. */
  private text = '';
  private base = 0;
  private items: Item[] = [];
  private pending: Array<MetaLine | UnassignedBlock> = [];
  private eol: string | null = null;
  private crAtEnd = false;
  /** The item of the last piece printed (null: outside items), or undefined before the first. */
  private last: Item | null | undefined = undefined;

  constructor(options: FormatTextOptions = {}) {
    const { style, onKept, onDecision: _onDecision, ...parse } = options;
    this.onKept = onKept ?? null;
    this.style = { ...DEFAULT_FORMAT_OPTIONS, ...style };
    this.parseOptions = parse;
    this.parser = new BulletinParser(parse);
    if (this.style.endOfLine !== 'auto') this.eol = { lf: '\n', crlf: '\r\n', cr: '\r' }[this.style.endOfLine];
  }

  /** Reads a chunk of text; returns the formatted text it completed. */
  push(chunk: string): string {
    if (chunk.length === 0) return '';
    if (this.eol === null) this.findLineBreak(chunk);
    this.text += chunk;
    this.items.push(...this.parser.push(chunk));
    if (this.items.length === 0 || this.text.length < REGION_CHARACTERS) return '';
    return this.flush(this.items[this.items.length - 1]!.span.end.offset, false);
  }

  /** Reads what is left; returns the rest of the formatted page, ending in a line break (nothing for a blank page). */
  end(): string {
    this.items.push(...this.parser.end());
    const out = this.flush(this.base + this.text.length, true);
    return this.last === undefined ? out : out + this.lineBreak();
  }

  /**
   * Formats the text up to `cut`: the complete items, and the page-level lines
   * before their end. The result is parsed again; an item that no longer reads
   * as it did is printed as it stands, and if the page still reads otherwise,
   * the whole region is.
   */
  private flush(cut: number, final: boolean): string {
    const { parser } = this;
    if (parser.meta.length > 0) this.pending.push(...parser.meta.splice(0));
    if (parser.unassigned.length > 0) this.pending.push(...parser.unassigned.splice(0));
    const lines: Array<MetaLine | UnassignedBlock> = [];
    let to = cut;
    this.pending = this.pending.filter((line) => {
      if (line.span.start.offset >= cut) return true;
      lines.push(line);
      to = Math.max(to, line.span.end.offset);
      return false;
    });
    const from = this.base;
    const items = this.items;
    this.items = [];
    const source: SourceText = { text: this.text, base: from };
    const whole = final && from === 0;
    // What the region says: the parser's items, or (a part of a larger input) the part read on its own, as the output will be.
    const expected = whole ? { items, page: pageMeaning({ meta: lines.filter(isMeta), unassigned: lines.filter((line) => !isMeta(line)) }) } : this.readAlone(this.text.slice(0, to - from));
    const levels = new Map<number, Level>();
    let region = this.renderRegion(source, from, to, items, lines, levels);
    for (let round = 0; round <= 3 * items.length; round++) {
      const wrong = this.firstDifference(region.out, expected);
      if (wrong === null) break;
      const item = items[Math.min(wrong, items.length - 1)];
      const level: Level = item === undefined ? 'verbatim' : (levels.get(item.index) ?? 'style');
      if (item === undefined || level === 'verbatim') {
        region = { out: verbatim(this.text.slice(0, to - from)).join(this.lineBreak()), last: items[items.length - 1] ?? null };
        this.onKept?.({ item: null, level: 'verbatim' });
        break;
      }
      const next = FALLBACK[level] as Exclude<Level, 'style'>;
      levels.set(item.index, next);
      this.onKept?.({ item, level: next });
      region = this.renderRegion(source, from, to, items, lines, levels);
    }
    let out = '';
    if (region.out !== '') {
      if (this.last !== undefined) out += this.lineBreak().repeat(1 + this.blankLinesBetween(this.last, region.first ?? null));
      out += region.out;
      this.last = region.last;
    }
    this.text = this.text.slice(to - from);
    this.base = to;
    return out;
  }

  /** The region's pieces in order, with the configured blank lines between them; the output starts with its first piece. */
  private renderRegion(source: SourceText, from: number, to: number, items: readonly Item[], lines: ReadonlyArray<MetaLine | UnassignedBlock>, levels: ReadonlyMap<number, Level>): Region {
    const pieces: Piece[] = lines.map(metaPiece);
    const byLines = new Map<number, Item>();
    for (const item of items) {
      const level = levels.get(item.index) ?? 'style';
      if (level === 'style' || level === 'joins') pieces.push(...itemPieces(item));
      else pieces.push({ kind: 'verbatim', start: item.span.start.offset, end: item.span.end.offset, item });
      if (level === 'lines') byLines.set(item.index, item);
    }
    const eol = this.lineBreak();
    let out = '';
    let first: Item | null | undefined;
    let last: Item | null | undefined;
    for (const piece of coverRegion(source.text, source.base, from, to, pieces, items)) {
      const lined = piece.item === null ? undefined : byLines.get(piece.item.index);
      const rendered =
        lined !== undefined && piece.start === lined.span.start.offset
          ? renderLines(lined, itemPieces(lined), source, this.style)
          : piece.kind === 'verbatim'
            ? verbatim(source.text.slice(piece.start - source.base, piece.end - source.base))
            : renderPiece(piece, source, this.style, piece.kind === 'block' && levels.get(piece.item.index) === 'joins');
      if (rendered.length === 0) continue;
      if (last === undefined) first = piece.item;
      else out += eol.repeat(1 + this.blankLinesBetween(last, piece.item));
      out += rendered.join(eol);
      last = piece.item;
    }
    return { out, first, last: last ?? null };
  }

  /** The index (in the region's items) of the first item the output reads differently, the item count when the page-level lines differ, or null. */
  private firstDifference(out: string, expected: { items: readonly Item[]; page: string }): number | null {
    const again = this.readAlone(out);
    const count = Math.max(again.items.length, expected.items.length);
    for (let i = 0; i < count; i++) {
      const a = expected.items[i];
      const b = again.items[i];
      if (a === undefined || b === undefined || itemMeaning(a) !== itemMeaning(b)) return i;
    }
    return again.page === expected.page ? null : expected.items.length;
  }

  /** A text parsed on its own: its items and page-level lines. */
  private readAlone(text: string): { items: Item[]; page: string } {
    const parser = new BulletinParser(this.parseOptions);
    const items = [...parser.push(text), ...parser.end()];
    return { items, page: pageMeaning(parser) };
  }

  private blankLinesBetween(before: Item | null, item: Item | null): number {
    if (before !== null && item !== null && before.index === item.index) return this.style.blankLinesBetweenBlocks;
    if (before === null && item === null) return this.style.blankLinesBetweenBlocks;
    return this.style.blankLinesBetweenItems;
  }

  /** The page's first line break decides the output's (`endOfLine: "auto"`); a CR at a chunk's end waits for the next chunk. */
  private findLineBreak(chunk: string): void {
    const text = (this.crAtEnd ? '\r' : '') + chunk;
    const found = FIRST_BREAK.exec(text);
    if (found === null) return;
    this.crAtEnd = found[0] === '\r' && found.index === text.length - 1;
    if (!this.crAtEnd) this.eol = found[0];
  }

  private lineBreak(): string {
    // No break in the whole page (or one CR at its very end): LF, or that CR.
    return (this.eol ??= this.crAtEnd ? '\r' : '\n');
  }
}

interface Region {
  out: string;
  first?: Item | null;
  last: Item | null;
}

function isMeta(line: MetaLine | UnassignedBlock): line is MetaLine {
  return 'kind' in line;
}
