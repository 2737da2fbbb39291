// The parts of a page in the order they stand, each with its source span and
// what it is: the unit the formatter rewrites. Built from the model alone
// (src/model.ts), never from the parser's internals.

import type { Aside, Block, Item, MetaLine, UnassignedBlock } from '../model.js';

export type Piece =
  | { kind: 'header'; start: number; end: number; item: Item }
  | { kind: 'block'; start: number; end: number; item: Item; block: Block; first: boolean }
  | { kind: 'aside'; start: number; end: number; item: Item; aside: Aside }
  | { kind: 'credit'; start: number; end: number; item: Item }
  /** Kept as it stands: a meta line, text that belongs to no item, or text no field holds. */
  | { kind: 'verbatim'; start: number; end: number; item: Item | null };

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
  item.blocks.forEach((block, index) => {
    pieces.push({ kind: 'block', start: block.span.start.offset, end: block.span.end.offset, item, block, first: index === 0 });
  });
  for (const aside of item.asides) pieces.push({ kind: 'aside', start: aside.span.start.offset, end: aside.span.end.offset, item, aside });
  if (item.credit !== null) pieces.push({ kind: 'credit', start: item.credit.span.start.offset, end: item.credit.span.end.offset, item });
  return pieces;
}

export function metaPiece(meta: MetaLine | UnassignedBlock): Piece {
  return { kind: 'verbatim', start: meta.span.start.offset, end: meta.span.end.offset, item: null };
}

/**
 * The pieces of the text from `from` to `to`, sorted, without overlaps, with
 * any text no piece covers added as a verbatim piece: nothing is dropped.
 * `items` are the items in the region (a gap inside one belongs to it).
 */
export function coverRegion(text: string, base: number, from: number, to: number, pieces: Piece[], items: readonly Item[]): Piece[] {
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const covered: Piece[] = [];
  let at = from;
  const gap = (start: number, end: number) => {
    if (end <= start || /^[\s\u3000\u00a0\ufeff]*$/.test(text.slice(start - base, end - base))) return;
    const owner = items.find((item) => item.span.start.offset <= start && end <= item.span.end.offset) ?? null;
    covered.push({ kind: 'verbatim', start, end, item: owner });
  };
  for (const piece of pieces) {
    if (piece.end <= at) continue;
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
