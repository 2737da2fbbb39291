// Documents for the format tests: the real sample, parsed, and items built by
// hand to hold what the sample does not (quotes, commas, markup, line breaks).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BulletinDocument } from '../../src/document.js';
import type { FormatContext } from '../../src/format/types.js';
import type { Item, Position } from '../../src/model.js';
import { parse } from '../../src/parse/index.js';

export const SAMPLE_FILE = 'community-news.txt';
export const SAMPLE_TEXT = readFileSync(join(import.meta.dirname, '../../fixtures/community-news.txt'), 'utf8');

/** Parsed text as the decoder would hand it on for a valid UTF-8 file. */
export function documentOf(text: string, file: string | null = SAMPLE_FILE): BulletinDocument {
  return { ...parse(text, { file }), encoding: 'utf-8', detectedBy: 'valid-utf8', binary: false };
}

export function sampleDocument(file: string | null = SAMPLE_FILE): BulletinDocument {
  return documentOf(SAMPLE_TEXT, file);
}

/** A document holding just these items. */
export function documentWith(items: Item[], file: string | null = 'made.txt'): BulletinDocument {
  return {
    file,
    section: null,
    meta: [],
    items,
    unassigned: [],
    diagnostics: [],
    encoding: 'utf-8',
    detectedBy: 'valid-utf8',
    binary: false,
  };
}

const SPAN: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 5, offset: 40 } };

/** A brief with every field set; override what the test is about. */
export function makeItem(overrides: Partial<Item> = {}): Item {
  return {
    index: 1,
    kind: 'brief',
    community: '苏村社区',
    title: '开展主题党日活动',
    organisations: [],
    kicker: null,
    subtitle: null,
    header: null,
    lead: '本报讯',
    dateline: '6月24日',
    date: '2022-06-24',
    reporters: [],
    byline: '李 莉',
    authors: ['李莉'],
    people: [{ name: '李莉', role: null, source: 'byline' }],
    credit: null,
    asides: [],
    blocks: [{ type: 'paragraph', text: '本报讯 6月24日,苏村社区党支部组织25名党员开展了主题党日活动。', span: SPAN }],
    truncated: false,
    characters: 30,
    span: SPAN,
    ...overrides,
  };
}

export const CONTEXT: FormatContext = { color: false, columns: null, showFile: false, bom: false };

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { ...CONTEXT, ...overrides };
}

/** Text as a terminal shows it: colour codes removed. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
