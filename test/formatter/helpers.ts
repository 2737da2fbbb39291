// What the formatter's laws compare: a page's meaning as the parser reads it,
// and its characters folded (width, quotes, ellipses, dashes, white space).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../src/decode/index.js';
import { fold } from '../../src/formatter/index.js';
import type { Bulletin } from '../../src/model.js';

const ROOT = join(import.meta.dirname, '../..');

/** What an item says, as the law of issue 12 lists it: kind, community, title, lead, people, dateline, truncation, text. */
export function meaning(bulletin: Bulletin): unknown[] {
  return bulletin.items.map((item) => ({
    kind: item.kind,
    community: item.community,
    title: item.title === null ? null : fold(item.title),
    lead: item.lead === null ? null : fold(item.lead),
    dateline: item.dateline === null ? null : fold(item.dateline),
    people: item.people.map((person) => ({ name: person.name, role: person.role === null ? null : fold(person.role), source: person.source })),
    truncated: item.truncated,
    text: fold(item.blocks.map((block) => block.text).join('')),
  }));
}

/** Whether every character of `part` appears in `whole`, in order (the header's colon may be new). */
export function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of part) {
    at = whole.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

/** Every text fixture of the repository (the sample, parse, check, decode and html fixtures), decoded, as [name, text]. */
export function textFixtures(): Array<[string, string]> {
  const names = [join(ROOT, 'fixtures/community-news.txt'), ...['parse', 'check', 'decode', 'html'].flatMap((folder) => walk(join(ROOT, 'fixtures', folder)))];
  return names.filter((name) => name.endsWith('.txt')).map((name) => [name.slice(ROOT.length + 1), decode(readFileSync(name)).text]);
}

function walk(directory: string): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) names.push(...walk(path));
    else names.push(path);
  }
  return names.sort();
}
