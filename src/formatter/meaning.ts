// What a page says, as the parser reads it: the formatter's output must read
// the same (page.ts checks it; the laws in test/formatter check it again).

import type { Bulletin, Item } from '../model.js';
import { fold } from './guard.js';

/**
 * Whether two items say the same: kind, community, head, lead, dateline,
 * people, byline, credit, truncation, text, sub-headings and captions, each compared
 * folded (width, quotes, white space). Field by field, the cheap ones first,
 * stopping at the first that differs; an item's folded text is worked out once.
 */
export function sameMeaning(a: Item, b: Item): boolean {
  if (a.kind !== b.kind || a.community !== b.community || a.truncated !== b.truncated) return false;
  if (!sameFolded(a.title, b.title) || !sameFolded(a.kicker, b.kicker) || !sameFolded(a.subtitle, b.subtitle)) return false;
  if (!sameFolded(a.lead, b.lead) || !sameFolded(a.dateline, b.dateline) || !sameFolded(a.byline, b.byline)) return false;
  if (!sameFolded(a.credit?.raw ?? null, b.credit?.raw ?? null)) return false;
  if (a.people.length !== b.people.length) return false;
  for (let i = 0; i < a.people.length; i++) {
    const [x, y] = [a.people[i]!, b.people[i]!];
    if (x.name !== y.name || x.source !== y.source || !sameFolded(x.role, y.role)) return false;
  }
  return foldedText(a) === foldedText(b) && foldedSubheadings(a) === foldedSubheadings(b) && foldedCaptions(a) === foldedCaptions(b);
}

/**
 * An item's pictures' captions, folded: a caption read with the item above it instead of the one below (a `图片` line
 * between two texts, the blank lines around it changed) is another item's picture, though no text moved.
 */
function foldedCaptions(item: Item): string {
  let captions = '';
  for (const aside of item.asides) if (aside.kind === 'caption') captions += `${fold(aside.text)}\n`;
  return captions;
}

/**
 * An item's sub-headings, folded: a sub-heading read as the start of the paragraph below it says the same words but
 * not the same thing (a blank line may be what sets it apart; the style may print none).
 */
function foldedSubheadings(item: Item): string {
  let headings = '';
  for (const block of item.blocks) if (block.type === 'subheading') headings += `${fold(block.text)}\n`;
  return headings;
}

function sameFolded(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && fold(a) === fold(b));
}

const texts = new WeakMap<Item, string>();

/**
 * An item's text, its blocks folded, a line break between two: compared in every round, so kept. (A paragraph read as
 * two, `XX社区：` / the text, says the same words but not the same thing: the output, formatted again, would print them
 * apart.)
 */
function foldedText(item: Item): string {
  let text = texts.get(item);
  if (text === undefined) texts.set(item, (text = item.blocks.map((block) => fold(block.text)).join('\n')));
  return text;
}

/** The page-level lines (meta, unassigned), folded, in order. */
export function pageMeaning(bulletin: Pick<Bulletin, 'meta' | 'unassigned'>): string {
  const lines = [...bulletin.meta.map((meta) => ({ at: meta.span.start.offset, text: `${meta.kind}:${fold(meta.text)}` })), ...bulletin.unassigned.map((block) => ({ at: block.span.start.offset, text: `unassigned:${fold(block.text)}` }))];
  return lines
    .sort((a, b) => a.at - b.at)
    .map((line) => line.text)
    .join('\n');
}
