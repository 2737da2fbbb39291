// What a page says, as the parser reads it: the formatter's output must read
// the same (page.ts checks it; the laws in test/formatter check it again).

import type { Bulletin, Item } from '../model.js';
import { fold } from './guard.js';

const nullable = (text: string | null) => (text === null ? null : fold(text));

/** One item's meaning as a string: kind, community, head, lead, dateline, people, byline, credit, truncation, text. */
export function itemMeaning(item: Item): string {
  return JSON.stringify([
    item.kind,
    item.community,
    nullable(item.title),
    nullable(item.kicker),
    nullable(item.subtitle),
    nullable(item.lead),
    nullable(item.dateline),
    item.people.map((person) => [person.name, nullable(person.role), person.source]),
    nullable(item.byline),
    item.credit === null ? null : fold(item.credit.raw),
    item.truncated,
    fold(item.blocks.map((block) => block.text).join('')),
  ]);
}

/** The page-level lines (meta, unassigned), folded, in order. */
export function pageMeaning(bulletin: Pick<Bulletin, 'meta' | 'unassigned'>): string {
  const lines = [...bulletin.meta.map((meta) => ({ at: meta.span.start.offset, text: `${meta.kind}:${fold(meta.text)}` })), ...bulletin.unassigned.map((block) => ({ at: block.span.start.offset, text: `unassigned:${fold(block.text)}` }))];
  return lines
    .sort((a, b) => a.at - b.at)
    .map((line) => line.text)
    .join('\n');
}
