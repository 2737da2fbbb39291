// Projects a parsed Bulletin onto the shape of fixtures/parse/<case>.json, so that
// expected files stay short enough to be written by reading the input.

import type { Bulletin } from '../../src/model.js';

export interface ExpectedBlock {
  type: string;
  lines: [number, number];
  starts: string;
  ends: string;
}

/** Rule ids the fixtures speak about; other diagnostics are tested elsewhere. */
export const FIXTURE_RULES = new Set(['column-break', 'unassigned-text', 'dateline-invalid']);

export function project(bulletin: Bulletin, expected: { items: { blocks: ExpectedBlock[]; kicker?: string | null; subtitle?: string | null }[] }) {
  return {
    section: bulletin.section,
    meta: bulletin.meta.map((meta) => ({ kind: meta.kind, value: meta.value, line: meta.span.start.line })),
    items: bulletin.items.map((item, i) => ({
      kind: item.kind,
      community: item.community,
      title: item.title,
      // The head's other lines, where the expected file speaks of them.
      ...(expected.items[i] && 'kicker' in expected.items[i]! ? { kicker: item.kicker } : {}),
      ...(expected.items[i] && 'subtitle' in expected.items[i]! ? { subtitle: item.subtitle } : {}),
      lead: item.lead,
      dateline: item.dateline,
      date: item.date,
      reporters: item.reporters,
      byline: item.byline,
      authors: item.authors,
      roles: [...new Set(item.people.flatMap((person) => (person.role === null ? [] : [person.role])))],
      credit: item.credit && {
        raw: item.credit.raw,
        names: item.credit.names,
        roles: item.credit.roles,
        verb: item.credit.verb,
      },
      truncated: item.truncated,
      lines: [item.span.start.line, item.span.end.line],
      blocks: item.blocks.map((block, j) => {
        // starts/ends are compared as prefix/suffix of the real text: cut the
        // real text to the expected lengths so toEqual shows a readable diff.
        const want = expected.items[i]?.blocks[j];
        const startLength = want ? [...want.starts].length : 6;
        const endLength = want ? [...want.ends].length : 6;
        const chars = [...block.text];
        return {
          type: block.type,
          lines: [block.span.start.line, block.span.end.line],
          starts: chars.slice(0, startLength).join(''),
          ends: chars.slice(Math.max(0, chars.length - endLength)).join(''),
        };
      }),
    })),
    unassigned: bulletin.unassigned.map((block) => ({ lines: [block.span.start.line, block.span.end.line] })),
    diagnostics: bulletin.diagnostics
      .filter((d) => FIXTURE_RULES.has(d.ruleId))
      .map((d) => ({ ruleId: d.ruleId, line: d.place.start.line })),
  };
}
