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
import { diffArrays } from 'diff';
import { BulletinParser, type ParseOptions } from '../parse/index.js';
import { DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './options.js';
import { pageMeaning, sameMeaning } from './meaning.js';
import { coverRegion, itemPieces, metaPiece, type Piece } from './pieces.js';
import { renderLines, renderPiece, verbatim, wholeLines, type Rendered, type SourceText } from './render.js';

export interface FormatTextOptions extends ParseOptions {
  /** The house style; missing keys take their defaults. */
  style?: Partial<FormatOptions>;
  /**
   * Told of each item whose house-style layout would read otherwise, and so is
   * printed without column-break joins (`joins`), with its own lines (`lines`), with its own lines and spaces, only
   * its punctuation tidied (`marks`), or as it stands (`verbatim`); `item` is null when a whole part of the page is
   * printed as it stands; `part` when the item is in the house style but for a part of it that a rewrite would have
   * changed (a field that is not its source text), printed as it stands.
   */
  onKept?: (kept: { item: Item | null; level: KeptLevel }) => void;
}

const FIRST_BREAK = /\r\n?|\n/;

/**
 * Text a stream holds before it is formatted: a page up to this size is
 * formatted, and checked, whole; a larger input in parts of about this size,
 * each cut at the end of an item and checked on its own.
 */
const REGION_CHARACTERS = 1 << 18;

/** How an item is printed: in the house style, or as it stands (its style changed what the parser reads). */
type Level = 'style' | 'joins' | 'lines' | 'marks' | 'verbatim';

/** The levels below the full style, as onKept names them. */
export type KeptLevel = Exclude<Level, 'style'> | 'part';

/**
 * The next level down: the style without column-break joins, then the item's own lines, then its own lines with
 * their spaces (punctuation and quotes tidied alone), then the item as it stands.
 */
const FALLBACK: Readonly<Record<Level, Level>> = { style: 'joins', joins: 'lines', lines: 'marks', marks: 'verbatim', verbatim: 'verbatim' };
/** The next level up, FALLBACK's way back. */
const RAISE: Readonly<Record<Level, Level>> = { style: 'style', joins: 'style', lines: 'joins', marks: 'lines', verbatim: 'marks' };

/** Formats a page of text (decoded, without its byte-order mark). */
export function formatText(text: string, options: FormatTextOptions = {}): string {
  const formatter = new PageFormatter(options, Infinity);
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
  /**
   * How the pieces of the region being formatted render: every round and every window of settle() renders the
   * same pieces again. Rendering is pure, so a repeat is looked up; emptied with each region.
   */
  private readonly renderings = new Map<number, Array<{ kind: Piece['kind']; end: number; keepLines: boolean; rendered: Rendered }>>();
  private eol: string | null = null;
  private crAtEnd = false;
  /** The item of the last piece printed (null: outside items), or undefined before the first. */
  private last: Item | null | undefined = undefined;

  /** `regionCharacters`: how much text a stream holds before it formats what is complete (formatText: all of it). */
  constructor(
    options: FormatTextOptions = {},
    private readonly regionCharacters = REGION_CHARACTERS,
  ) {
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
    if (this.items.length === 0 || this.text.length < this.regionCharacters) return '';
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
    let keptWhole = false;
    // Each round settles the items that read otherwise on a lower level, tried on the item and its neighbours alone.
    for (let round = 0; round < 4; round++) {
      const wrong = this.differences(this.readAlone(region.out), expected);
      if (wrong.length === 0) break;
      if (round === 3 || items.length === 0) {
        region = { out: verbatim(this.text.slice(0, to - from)).join(this.lineBreak()), last: items[items.length - 1] ?? null };
        this.onKept?.({ item: null, level: 'verbatim' });
        keptWhole = true;
        break;
      }
      // An item that reads otherwise even as it stands is read so by its neighbours: they are settled too.
      const settle = new Set<number>();
      for (const index of wrong.map((i) => Math.min(i, items.length - 1))) {
        if (levels.get(items[index]!.index) !== 'verbatim') settle.add(index);
        else for (const near of [index - 1, index + 1]) if (near >= 0 && near < items.length) settle.add(near);
      }
      const queue = [...settle];
      const settled = new Set<number>();
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        if (settled.has(index)) continue;
        settled.add(index);
        queue.push(...this.settle(index, source, items, lines, levels));
      }
      region = this.renderRegion(source, from, to, items, lines, levels);
    }
    if (!keptWhole && levels.size > 0) region = this.raise(source, from, to, items, lines, levels, expected, region);
    if (!keptWhole) {
      for (const item of items) {
        const level = levels.get(item.index) ?? 'style';
        if (level !== 'style') this.onKept?.({ item, level });
        else if (region.partsAsTheyStand?.has(item)) this.onKept?.({ item, level: 'part' });
      }
    }
    let out = '';
    if (region.out !== '') {
      if (this.last !== undefined) out += this.lineBreak().repeat(1 + this.blankLinesBetween(this.last, region.first ?? null));
      out += region.out;
      this.last = region.last;
    }
    this.renderings.clear();
    this.text = this.text.slice(to - from);
    this.base = to;
    return out;
  }

  /**
   * Raises each lowered item a level at a time while it and its neighbours, formatted, read wholly as they did, and
   * keeps the raises if the region then reads as expected. An item settled while a neighbour still read otherwise may
   * have fallen further than it needs once the neighbour is settled: the output, formatted again, would settle it
   * higher, and formatting would not be idempotent. Tried on windows, as settle() tries a level, the raises cost a few
   * lines parsed for each lowered item and one reading of the region, however many items were lowered.
   */
  private raise(source: SourceText, from: number, to: number, items: readonly Item[], lines: ReadonlyArray<MetaLine | UnassignedBlock>, levels: Map<number, Level>, expected: Reading, region: Region): Region {
    const settled = new Map(levels);
    let raisedAny = false;
    for (let raised = true; raised; ) {
      raised = false;
      items.forEach((item, index) => {
        const level = levels.get(item.index);
        if (level === undefined || level === 'style') return;
        const higher = this.windowTrial(index, source, items, lines, levels).wrongWith(RAISE[level]).length === 0;
        levels.set(item.index, higher ? RAISE[level] : level);
        if (higher) raised = raisedAny = true;
      });
    }
    if (!raisedAny) return region;
    const trial = this.renderRegion(source, from, to, items, lines, levels);
    if (this.differences(this.readAlone(trial.out), expected).length === 0) return trial;
    // Raised window by window, the region reads otherwise as a whole: the raises are kept one item at a time, each only
    // where the region still reads as expected with it. (Dropping them all would leave an item lower than the output,
    // formatted again, settles it: the neighbour whose raise failed is low there already, and it raises alone.)
    const raised = new Map(levels);
    for (const [index, level] of settled) levels.set(index, level);
    let kept = region;
    for (const item of items) {
      const low = settled.get(item.index);
      const high = raised.get(item.index);
      if (low === undefined || high === undefined || high === low) continue;
      levels.set(item.index, high);
      const attempt = this.renderRegion(source, from, to, items, lines, levels);
      if (this.differences(this.readAlone(attempt.out), expected).length === 0) kept = attempt;
      else levels.set(item.index, low);
    }
    return kept;
  }

  /** The region's pieces in order, with the configured blank lines between them; the output starts with its first piece. */
  private renderRegion(source: SourceText, from: number, to: number, items: readonly Item[], lines: ReadonlyArray<MetaLine | UnassignedBlock>, levels: ReadonlyMap<number, Level>): Region {
    const pieces: Piece[] = lines.map((line) => this.metaLinePiece(line, source, from, to));
    // An item printed by its lines, or as it stands, takes its whole lines (and any other item on them: a run-on line).
    const byLines = new Map<number, { start: number; end: number; marksOnly: boolean }>();
    for (const item of items) {
      const level = levels.get(item.index) ?? 'style';
      if (level === 'style' || level === 'joins') {
        pieces.push(...itemPieces(item));
        continue;
      }
      const range = wholeLines(source, item.span.start.offset, item.span.end.offset, from);
      // Not past the region's end: a run-on line that goes on past it is the next region's (or the next window's).
      const end = Math.min(range.end, Math.max(to, item.span.end.offset));
      pieces.push({ kind: 'verbatim', start: range.start, end, item });
      if (level !== 'verbatim') byLines.set(range.start, { start: range.start, end, marksOnly: level === 'marks' });
    }
    const eol = this.lineBreak();
    let out = '';
    let first: Item | null | undefined;
    let last: Item | null | undefined;
    const partsAsTheyStand = new Set<Item>();
    for (const piece of coverRegion(source.text, source.base, from, to, pieces, items)) {
      const lined = piece.kind === 'verbatim' ? linedAt(byLines, piece) : undefined;
      let rendered: string[];
      if (lined !== undefined) rendered = renderLines(lined, this.piecesOnLines(lined, items, levels), source, this.style, lined.marksOnly);
      else if (piece.kind === 'verbatim') rendered = verbatim(source.text.slice(piece.start - source.base, piece.end - source.base));
      else {
        const { lines, asItStands } = this.renderPiece(piece, source, piece.kind === 'block' && levels.get(piece.item.index) === 'joins');
        if (asItStands) partsAsTheyStand.add(piece.item);
        rendered = lines;
      }
      if (rendered.length === 0) continue;
      if (last === undefined) first = piece.item;
      else out += eol.repeat(1 + this.blankLinesBetween(last, piece.item));
      out += rendered.join(eol);
      last = piece.item;
    }
    return { out, first, last: last ?? null, partsAsTheyStand };
  }

  /**
   * A page-level line as it stands. Where its line holds nothing else but a web table's cell borders (`| 发布日期:… |`),
   * the whole line: the borders printed on lines of their own would read as lines of their own.
   */
  private metaLinePiece(line: MetaLine | UnassignedBlock, source: SourceText, from: number, to: number): Piece {
    const piece = metaPiece(line);
    const range = wholeLines(source, piece.start, piece.end, from);
    if (range.end > to) return piece;
    const before = source.text.slice(range.start - source.base, piece.start - source.base);
    const after = source.text.slice(piece.end - source.base, range.end - source.base);
    if (!BORDERS_ONLY.test(before) || !BORDERS_ONLY.test(after) || !(hasBar(before) || hasBar(after))) return piece;
    // (From the first border to the last: the white space around them is the line's indent, which no line keeps.)
    const first = before.search(/[|｜]/u);
    const last = Math.max(after.lastIndexOf('|'), after.lastIndexOf('｜'));
    return { ...piece, start: first < 0 ? piece.start : range.start + first, end: last < 0 ? piece.end : piece.end + last + 1 };
  }

  /** A piece in the house style (render.ts), rendered once per region: the same piece is rendered in every round. */
  private renderPiece(piece: Piece, source: SourceText, keepLines: boolean): Rendered {
    // Pieces of one region that start at one offset differ by kind, end or keepLines.
    let atStart = this.renderings.get(piece.start);
    if (atStart === undefined) this.renderings.set(piece.start, (atStart = []));
    let rendering = atStart.find((r) => r.kind === piece.kind && r.end === piece.end && r.keepLines === keepLines);
    if (rendering === undefined) atStart.push((rendering = { kind: piece.kind, end: piece.end, keepLines, rendered: renderPiece(piece, source, this.style, keepLines) }));
    return rendering.rendered;
  }

  /** The pieces on a range of whole lines: of its item and of any other item on them (a run-on line) not kept as it stands. */
  private piecesOnLines(range: { start: number; end: number }, items: readonly Item[], levels: ReadonlyMap<number, Level>): Piece[] {
    return items
      .filter((item) => levels.get(item.index) !== 'verbatim' && item.span.start.offset < range.end && range.start < item.span.end.offset)
      .flatMap(itemPieces);
  }

  /**
   * Lowers an item's level until the item and its neighbours, formatted,
   * read as they did (each parsed on its own, the original likewise): a few
   * lines parsed again instead of the whole region. A neighbour that reads
   * otherwise even with the item as it stands is not the item's doing: it
   * does not hold the item down, and is returned (its index in `items`) to
   * be settled next.
   */
  private settle(index: number, source: SourceText, items: readonly Item[], lines: ReadonlyArray<MetaLine | UnassignedBlock>, levels: Map<number, Level>): number[] {
    const item = items[index]!;
    const { first, window, wrongWith } = this.windowTrial(index, source, items, lines, levels);
    let level = levels.get(item.index) ?? 'style';
    const notItsDoing = new Set(wrongWith('verbatim'));
    const neighbours = window.filter((near) => near !== item && levels.get(near.index) !== 'verbatim').map((near) => items.indexOf(near));
    if (notItsDoing.has(index - first) && neighbours.length > 0) {
      // The item reads otherwise even as it stands: its neighbours' style does it. They are settled first.
      levels.set(item.index, level);
      return neighbours;
    }
    do {
      level = FALLBACK[level];
      if (wrongWith(level).every((wrong) => wrong !== index - first && notItsDoing.has(wrong))) break;
    } while (level !== 'verbatim');
    levels.set(item.index, level);
    return [...notItsDoing].filter((wrong) => wrong !== index - first && wrong < window.length).map((wrong) => first + wrong);
  }

  /**
   * The item at `index` and its neighbours, and the differences their formatted text has from the text as it stands
   * when the item is printed at a level (`wrongWith` sets the level in `levels`), by index in the window (`first` is
   * the window's first index in `items`).
   */
  private windowTrial(index: number, source: SourceText, items: readonly Item[], lines: ReadonlyArray<MetaLine | UnassignedBlock>, levels: Map<number, Level>) {
    const item = items[index]!;
    const first = Math.max(0, index - 1);
    const window = items.slice(first, index + 2);
    const from = window[0]!.span.start.offset;
    const to = window[window.length - 1]!.span.end.offset;
    const inside = lines.filter((line) => line.span.start.offset >= from && line.span.end.offset <= to);
    const expected = this.readAlone(source.text.slice(from - source.base, to - source.base));
    // A level that changes nothing for this item renders the window as another did: it is read once.
    const readings = new Map<string, Reading>();
    const wrongWith = (level: Level): number[] => {
      levels.set(item.index, level);
      const out = this.renderRegion(source, from, to, window, inside, levels).out;
      let reading = readings.get(out);
      if (reading === undefined) readings.set(out, (reading = this.readAlone(out)));
      return this.differences(reading, expected);
    };
    return { first, window, wrongWith };
  }

  /**
   * The indexes (in the region's items) of the items where the output's reading (`again`) parts from the
   * expected one. The items of the two are paired in order by what they say (a longest common run), and each
   * run of items that do not pair counts once, at its first expected item (the item count past the end): an
   * item read as two, or two as one, is where they part; the items after it that read as they did are not
   * counted, as they would be paired by position. The item count when only the page-level lines differ.
   */
  private differences(again: Reading, expected: Reading): number[] {
    const wrong = new Set<number>();
    let at = 0;
    let paired = true;
    for (const change of diffArrays(expected.items, again.items, { comparator: sameMeaning })) {
      const pairs = !change.added && !change.removed;
      if (!pairs && paired) wrong.add(at);
      paired = pairs;
      if (!change.added) at += change.value.length;
    }
    if (wrong.size === 0 && again.page !== expected.page) wrong.add(expected.items.length);
    return [...wrong].sort((a, b) => a - b);
  }

  /** A text parsed on its own: its items and page-level lines. */
  private readAlone(text: string): Reading {
    const parser = new BulletinParser(this.parseOptions);
    const items = [...parser.push(text), ...parser.end()];
    return { items, page: pageMeaning(parser) };
  }

  private blankLinesBetween(before: Item | null, item: Item | null): number {
    if (before !== null && item !== null && before.index === item.index) return this.style.blankLinesBetweenBlocks;
    // A later item's piece before an earlier item's is a head above its text's picture: the picture reads under it.
    if (before !== null && item !== null && before.index === item.index + 1) return this.style.blankLinesBetweenBlocks;
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

/** The kept lines a verbatim piece prints: those that start with it, or whose start a page-level piece took (from where it ends). */
function linedAt(byLines: ReadonlyMap<number, { start: number; end: number; marksOnly: boolean }>, piece: Piece): { start: number; end: number; marksOnly: boolean } | undefined {
  const lined = byLines.get(piece.start);
  if (lined !== undefined || piece.item === null) return lined;
  for (const range of byLines.values()) if (range.start < piece.start && piece.end === range.end) return { ...range, start: piece.start };
  return undefined;
}

/** A text as the parser reads it: its items, and its page-level lines as pageMeaning() puts them. */
interface Reading {
  items: Item[];
  page: string;
}

interface Region {
  out: string;
  first?: Item | null;
  last: Item | null;
  /** The items in the house style with a piece printed as it stands (its rewrite failed the guard). */
  partsAsTheyStand?: ReadonlySet<Item>;
}

/** White space and a web table's cell borders: what may stand around a page-level line on its line. */
const BORDERS_ONLY = /^[\s\u3000|｜]*$/u;
const hasBar = (text: string): boolean => text.includes('|') || text.includes('｜');

function isMeta(line: MetaLine | UnassignedBlock): line is MetaLine {
  return 'kind' in line;
}
