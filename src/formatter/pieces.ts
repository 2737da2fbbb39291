// The parts of a page in the order they stand, each with its source span and
// what it is: the unit the formatter rewrites. Built from the model
// (src/model.ts), never from the parser's state; where a part's own words
// decide how it is printed (a sentence's end, a byline's work words), the
// parser's patterns for them are asked, so that both read the words alike.

import type { Aside, Block, Item, MetaLine, Position, UnassignedBlock } from '../model.js';
import { endsSentence } from '../parse/patterns.js';
import { WORDS_AND_PICTURES_OPENING } from '../parse/bylines.js';

export type Piece =
  | { kind: 'header'; start: number; end: number; item: Item }
  /**
   * `opening`: a byline or credit in brackets that opens the first paragraph on its line (`(通讯员 王宁)近日,…`), or an
   * editor's note's label (`编者按:`, `openingLabel`), printed with it.
   */
  /** `trailer`: what a wire story or a web copy prints glued after the text (`(完)`, `(新华社发)`), printed with it as it stands, after `gap` (a space where the source had white space). */
  | { kind: 'block'; start: number; end: number; item: Item; block: Block; first: boolean; opening?: string; openingLabel?: boolean; trailer?: { gap: string; text: string } }
  /** `credit`: the photo credit glued to a picture's caption inside the text (`…读书。记者 温川 摄`), printed with it. */
  | { kind: 'aside'; start: number; end: number; item: Item; aside: Aside; credit?: string }
  | { kind: 'credit'; start: number; end: number; item: Item }
  /** Kept as it stands: a meta line, text that belongs to no item, or text no field holds. */
  | { kind: 'verbatim'; start: number; end: number; item: Item | null };

/** A letter or a figure of any script: a line of marks and bars holds none. */
const HOLDS_A_WORD = /[\p{L}\p{N}]/u;

const piecesOf = new WeakMap<Item, readonly Piece[]>();

/** An item's parts, in source order (worked out once per item: every round and window of page.ts asks again). */
export function itemPieces(item: Item): readonly Piece[] {
  let pieces = piecesOf.get(item);
  if (pieces === undefined) piecesOf.set(item, (pieces = findPieces(item)));
  return pieces;
}

function findPieces(item: Item): Piece[] {
  const pieces: Piece[] = [];
  if (item.header !== null) pieces.push({ kind: 'header', start: item.header.span.start.offset, end: item.header.span.end.offset, item });
  const firstBlock = item.blocks[0];
  // What stands before the first paragraph on its line, as the item's byline or credit, opens it.
  const opensText = (span: Position) =>
    firstBlock !== undefined && span.start.line === firstBlock.span.start.line && span.end.offset <= firstBlock.span.start.offset;
  // (A line of the copy that holds no word, a bar left between a column's tag and the text, `TAG | TEXT`, opens
  // nothing: printed before the text on its line it would join it, and the text formatted again would part them.)
  const openingAsides = item.asides.filter((aside) => (aside.kind === 'byline' || (aside.kind === 'meta' && HOLDS_A_WORD.test(aside.text))) && opensText(aside.span));
  const openingAside = openingAsides[0];
  // (Several of its kind open the text as one, `来源:` / `焦作日报`: the text's piece starts at the first and holds them
  // all. Printed with the first alone, the others' words fell out of the text's piece, which the guard then refused.)
  const openingRun = openingAsides.filter((aside) => aside.kind === openingAside?.kind);
  const openingText = openingRun.length > 1 ? openingRun.map((aside) => aside.text).join(' ') : openingAside?.text;
  // (Not a credit glued to a picture's caption before the text on that line, `花园一角 X 摄6月14日,…`: the caption's piece
  // holds it, and the text's piece, starting at it too, was dropped as overlapping, the text printed as it stands.)
  const gluedToCaption = item.credit !== null && item.asides.some((aside) => aside.kind === 'caption' && creditAfter(item, aside)?.span === item.credit!.span);
  const openingCredit = item.credit !== null && opensText(item.credit.span) && !gluedToCaption ? item.credit : null;
  const opening = openingAside?.span ?? openingCredit?.span ?? null;
  // A trailer glued after the text stays on its line: on a line of its own, `(完)` would be read as something else.
  const glued = new Set<Position>();
  item.blocks.forEach((block, index) => {
    const start = index === 0 && opening !== null ? opening.start.offset : block.span.start.offset;
    const text = index === 0 ? (openingText ?? openingCredit?.raw) : undefined;
    // (So does a byline after a paragraph that ends no sentence, `…传递着家的温暖 文/摄:X`: on a line of its own below it,
    // the phrase would read as a headline; and the words' and pictures' field, `…暖意。 文/摄:X`, which on a line of its
    // own opens the text below it.)
    const trailer = item.asides.find(
      (aside) =>
        (aside.kind === 'meta' || keepsBylineGlued(item, aside) || (aside.kind === 'byline' && (!endsSentence(block.text) || WORDS_AND_PICTURES_OPENING.test(aside.text)))) &&
        aside.span.start.line === block.span.end.line &&
        aside.span.start.offset >= block.span.end.offset &&
        // (The block right before it: on a run-on line the blocks before that one end on its line too.)
        !(item.blocks[index + 1] !== undefined && item.blocks[index + 1]!.span.start.offset < aside.span.start.offset),
    );
    if (trailer !== undefined) glued.add(trailer.span);
    pieces.push({
      kind: 'block',
      start,
      end: (trailer ?? block).span.end.offset,
      item,
      block,
      first: index === 0,
      ...(text !== undefined ? { opening: text } : {}),
      ...(text !== undefined && openingAside?.kind === 'meta' ? { openingLabel: true } : {}),
      ...(trailer !== undefined ? { trailer: { gap: trailer.span.start.offset > block.span.end.offset ? ' ' : '', text: trailer.text } } : {}),
    });
  });
  // A picture inside the text keeps its credit on its caption's line: on a line of its own, the credit would end the item.
  for (const aside of item.asides) {
    if (openingRun.includes(aside) || glued.has(aside.span)) continue;
    const credit = aside.kind === 'caption' ? creditAfter(item, aside) : null;
    if (credit !== null) glued.add(credit.span);
    pieces.push({ kind: 'aside', start: aside.span.start.offset, end: (credit?.span ?? aside.span).end.offset, item, aside, ...(credit !== null ? { credit: credit.text } : {}) });
  }
  if (item.credit !== null && openingCredit === null && !glued.has(item.credit.span)) {
    pieces.push({ kind: 'credit', start: item.credit.span.start.offset, end: item.credit.span.end.offset, item });
  }
  return pieces;
}

/**
 * A byline glued after the text with the picture's credit on a line below (`…交换图书。（李 莉）` / `雷 洁摄`) stays
 * glued, as it stands: on a line of its own above a credit it would be read as a caption's, the item a photo item.
 */
function keepsBylineGlued(item: Item, aside: Aside): boolean {
  return aside.kind === 'byline' && item.credit !== null && item.credit.span.start.line > aside.span.end.line;
}

/** The credit that follows a caption on its line, as the parser reads a picture inside the text: the item's credit, or a later picture's. */
function creditAfter(item: Item, caption: Aside): { text: string; span: Position } | null {
  const glued = (span: Position) => span.start.line === caption.span.end.line && span.start.offset >= caption.span.end.offset;
  if (item.credit !== null && glued(item.credit.span)) return { text: item.credit.raw, span: item.credit.span };
  const aside = item.asides.find((candidate) => candidate.kind === 'credit' && glued(candidate.span));
  return aside === undefined ? null : { text: aside.text, span: aside.span };
}

export function metaPiece(meta: MetaLine | UnassignedBlock): Piece {
  return { kind: 'verbatim', start: meta.span.start.offset, end: meta.span.end.offset, item: null };
}

/**
 * The pieces of the text from `from` to `to`, sorted, without overlaps, with
 * any text no piece covers added as a verbatim piece: nothing is dropped.
 * `items` are the items in the region (a gap inside one belongs to it).
 */
const LINE_END = /[\r\n]/u;
const SPACE_IN_LINE = /[ \t\u3000\u00a0\ufeff]/u;

export function coverRegion(text: string, base: number, from: number, to: number, pieces: Piece[], items: readonly Item[]): Piece[] {
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const covered: Piece[] = [];
  let at = from;
  const gap = (start: number, end: number): void => {
    // (Mid-line, the white space after the piece before parts the two: no indent of the gap's own. Kept, it printed
    // `TITLE` / ` |` for a cell border after a title, which the next pass printed `|`.)
    if (start > base && !LINE_END.test(text[start - base - 1]!)) while (start < end && SPACE_IN_LINE.test(text[start - base]!)) start++;
    // Nor before a gap's last line when a piece follows on it (`  | 责任编辑`): printed on a line of its own, the next
    // pass reads that line alone, from its first character.
    if (end - base < text.length && !LINE_END.test(text[end - base]!) && !LINE_END.test(text[end - base - 1]!)) {
      let lineStart = end;
      while (lineStart > start && !LINE_END.test(text[lineStart - base - 1]!)) lineStart--;
      if (lineStart > start) {
        gap(start, lineStart);
        start = lineStart;
      }
      while (start < end && SPACE_IN_LINE.test(text[start - base]!)) start++;
    }
    if (end <= start || /^[\s\u3000\u00a0\ufeff]*$/.test(text.slice(start - base, end - base))) return;
    const owner = items.find((item) => item.span.start.offset <= start && end <= item.span.end.offset) ?? null;
    covered.push({ kind: 'verbatim', start, end, item: owner });
  };
  for (const piece of pieces) {
    if (piece.end <= at) continue;
    if (piece.start < at && piece.kind === 'verbatim' && piece.item !== null) {
      // An item's whole lines, kept, on a line that a page-level piece opens (`园快讯 小小志愿者…`): the rest of its lines is
      // still the item's, printed at the item's level.
      covered.push({ ...piece, start: at });
      at = piece.end;
      continue;
    }
    if (piece.start < at) {
      // Overlaps what is already out (a 文/图 byline that is also the credit): its rest as it stands.
      gap(at, piece.end);
      at = piece.end;
      continue;
    }
    gap(at, piece.start);
    covered.push(piece);
    at = piece.end;
  }
  gap(at, to);
  return covered;
}
