// The parse fixtures (fixtures/parse/<case>.json) state whole items: every field of every item, meta
// line, unassigned run and diagnostic, each place as `line:column-line:column`, written by reading the
// input. This file turns the expected file's places into full positions (the offsets counted here from
// the input, independently of the parser's own line table) and the parser's output into the expected
// file's shape. Only two things are shortened: a block's text (its first and last characters, since
// `blockTextIsWhatItCovers` pins the rest) and a diagnostic's message (prose; tests read ids and places).

import type { Bulletin, Diagnostic, Position } from '../../src/model.js';

/** The offset where each line starts; a line ends at CRLF, CR or LF. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (code === 0x0d || code === 0x0a) starts.push(i + 1);
  }
  return starts;
}

/** `3:1-7:30` (line:column, 1-based, end exclusive) → the Position it names in `text`, offsets included. */
export function positionOf(text: string, starts: readonly number[], place: string): Position {
  const match = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(place);
  if (!match) throw new Error(`fixture place "${place}" is not line:column-line:column`);
  const point = (line: number, column: number) => {
    const lineStart = starts[line - 1];
    if (lineStart === undefined) throw new Error(`fixture place "${place}": the input has no line ${line}`);
    // The line's text ends where its line break starts; a place may stand right after its last character.
    let lineEnd = line < starts.length ? starts[line]! - 1 : text.length;
    if (line < starts.length && text.charCodeAt(lineEnd) === 0x0a && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    if (column < 1 || lineStart + column - 1 > lineEnd) throw new Error(`fixture place "${place}": line ${line} has no column ${column}`);
    return { line, column, offset: lineStart + column - 1 };
  };
  return { start: point(Number(match[1]), Number(match[2])), end: point(Number(match[3]), Number(match[4])) };
}

const PLACE_KEYS = new Set(['span', 'place']);

/** The expected file with each `span` and `place` string replaced by its Position in `text`, and each item's index added. */
export function expandPlaces<T>(expected: T, text: string): T {
  const starts = lineStarts(text);
  const expand = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string' && key !== null && PLACE_KEYS.has(key)) return positionOf(text, starts, value);
    if (Array.isArray(value)) return value.map((element) => expand(element, null));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([name, element]) => [name, expand(element, name)]));
    }
    return value;
  };
  const expanded = expand(expected, null) as { items?: Record<string, unknown>[] };
  if (expanded.items) expanded.items = expanded.items.map((item, i) => ({ index: i + 1, ...item }));
  return expanded as T;
}

/**
 * What a block's span covers in `text`, less each line break and the white space around it: a paragraph
 * joined across a column break is its lines' text run together, and a piece of a run-on line keeps the
 * spaces it was cut at.
 */
export function coveredText(text: string, span: Position): string {
  return text.slice(span.start.offset, span.end.offset).replace(/\s*[\r\n]\s*/g, '');
}

export interface ExpectedBlock {
  starts: string;
  ends: string;
}

function projectDiagnostic(diagnostic: Diagnostic) {
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    place: diagnostic.place,
    ...(diagnostic.actual !== undefined ? { actual: diagnostic.actual } : {}),
    ...(diagnostic.expected !== undefined ? { expected: diagnostic.expected } : {}),
  };
}

/** The parsed bulletin in the expected file's shape; each block's text cut to the lengths the expected file gives. */
export function project(bulletin: Bulletin, expected: { items: { blocks: ExpectedBlock[] }[] }) {
  return {
    section: bulletin.section,
    meta: bulletin.meta.map(({ kind, text, value, span }) => ({ kind, text, value, span })),
    items: bulletin.items.map((item, i) => ({
      index: item.index,
      kind: item.kind,
      community: item.community,
      organisations: item.organisations,
      title: item.title,
      kicker: item.kicker,
      subtitle: item.subtitle,
      header: item.header && {
        text: item.header.text,
        organisation: item.header.organisation,
        title: item.header.title,
        separator: item.header.separator,
        span: item.header.span,
      },
      lead: item.lead,
      dateline: item.dateline,
      date: item.date,
      reporters: item.reporters,
      byline: item.byline,
      authors: item.authors,
      people: item.people.map(({ name, role, source }) => ({ name, role, source })),
      credit: item.credit && {
        raw: item.credit.raw,
        names: item.credit.names,
        roles: item.credit.roles,
        verb: item.credit.verb,
        span: item.credit.span,
      },
      truncated: item.truncated,
      characters: item.characters,
      span: item.span,
      blocks: item.blocks.map((block, j) => {
        // starts/ends are compared as prefix/suffix of the real text: cut the
        // real text to the expected lengths so toEqual shows a readable diff.
        const want = expected.items[i]?.blocks[j];
        const startLength = want ? [...want.starts].length : 6;
        const endLength = want ? [...want.ends].length : 6;
        const chars = [...block.text];
        return {
          type: block.type,
          span: block.span,
          starts: chars.slice(0, startLength).join(''),
          ends: chars.slice(Math.max(0, chars.length - endLength)).join(''),
        };
      }),
      asides: item.asides.map(({ kind, text, span }) => ({ kind, text, span })),
    })),
    unassigned: bulletin.unassigned.map(({ text, span }) => ({ text, span })),
    diagnostics: bulletin.diagnostics.map(projectDiagnostic),
  };
}
