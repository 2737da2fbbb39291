// The parser's laws (issue 6): parse never throws; every non-blank line of
// the input has exactly one place; an item's fields hold its source text;
// positions point at the text; chunked and whole parsing agree; items are
// numbered in order.

import fc from 'fast-check';
import { expect } from 'vitest';
import type { Bulletin, Item, Position } from '../../src/model.js';
import { BulletinParser, parse } from '../../src/parse/index.js';
import { isTableBorder, LineSplitter, type SourceLine } from '../../src/parse/lines.js';
import { anyText, chunksOf } from '../parse/arbitraries.js';
import { law, type Law } from './law.js';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

function linesOf(text: string): string[] {
  return text.split(/\r\n?|\n/);
}

const BLANK = /^[\s\u3000\u00a0\ufeff]*$/;

/** Every place a line can belong to, with its kind, for the nothing-lost law. */
function places(bulletin: Bulletin): { owner: string; span: Position }[] {
  return [
    ...bulletin.meta.map((meta) => ({ owner: `meta ${meta.kind}`, span: meta.span })),
    ...bulletin.items.map((item) => ({ owner: `item ${item.index}`, span: item.span })),
    // A head printed above its text's picture is the text's, outside the text's span.
    ...bulletin.items.filter(hasHeadAbove).map((item) => ({ owner: `item ${item.index} head`, span: item.header!.span })),
    // (So are the copy's lines lent with that head, printed below it: they stand above the span too, as the item-text law
    // reads them.)
    ...bulletin.items.filter(hasHeadAbove).flatMap((item) => item.asides.filter((aside) => aside.span.end.offset <= item.span.start.offset).map((aside) => ({ owner: `item ${item.index} head's ${aside.kind}`, span: aside.span }))),
    ...bulletin.unassigned.map((block, i) => ({ owner: `unassigned ${i}`, span: block.span })),
  ];
}

/** The item's head stands above the picture of it, before the item's span (the picture's item between them). */
export function hasHeadAbove(item: Item): boolean {
  return item.header !== null && item.header.span.end.offset <= item.span.start.offset;
}

/**
 * Checks the nothing-lost law; returns the lines that break it (empty when it holds).
 * Counted by character, not by line: a page that lost its line breaks holds several
 * items on one line, and each character still has exactly one owner.
 */
export function unaccounted(text: string, bulletin: Bulletin): string[] {
  const problems: string[] = [];
  const all = places(bulletin);
  const starts = lineStarts(text);
  linesOf(text).forEach((line, i) => {
    if (BLANK.test(line)) return;
    for (let column = 0; column < line.length; column++) {
      if (/[\s\u3000\u00a0\ufeff]/.test(line[column]!)) continue;
      const offset = starts[i]! + column;
      const owners = all.filter(({ span }) => span.start.offset <= offset && offset < span.end.offset).map((p) => p.owner);
      if (owners.length !== 1) {
        problems.push(`line ${i + 1} column ${column + 1} ${JSON.stringify(line.slice(column, column + 20))}: ${owners.length} owners ${owners.join(', ')}`);
        return;
      }
    }
  });
  return problems;
}

/**
 * Where the text holds a web table's cell border, as the line reader finds it (`…的笑容。 |`, `| 发布日期:…`): outside
 * every line's content, the page's furniture, or its owner's where an item's span holds it (BulletinParser's
 * settleBorders()): in no text field either way.
 */
function cellBorderOffsets(text: string): Set<number> {
  const offsets = new Set<number>();
  // (Split as the parser splits, at LF, CR and CRLF alike.)
  const splitter = new LineSplitter();
  const note = (line: SourceLine) => {
    const contentStart = line.offset + line.indent;
    if (line.cellBorder !== undefined) offsets.add(contentStart + line.cellBorder);
    if (line.cellBorderBefore !== undefined) offsets.add(contentStart + line.cellBorderBefore);
    // (A border alone on its line is read as a glued one is.)
    if (isTableBorder(line.content)) for (let at = 0; at < line.content.length; at++) offsets.add(contentStart + at);
  };
  splitter.push(text, note);
  splitter.end(note);
  return offsets;
}

/** `text[from, to)` with the characters at `offsets` as spaces: white space to the law, every later offset in its place. */
function withoutOffsets(text: string, from: number, to: number, offsets: ReadonlySet<number>): string {
  let out = '';
  for (let at = from; at < to; at++) out += offsets.has(at) ? ' ' : text[at];
  return out;
}

/** White space and the brackets/markers the model keeps outside its text fields. */
const NOT_CONTENT = /[\s\u3000\u00a0\ufeff()（）□■]/g;

/**
 * The law of issue 6: an item's parts (head, asides, blocks, credit), read in
 * the order they stand in, hold exactly its source span, less white space.
 * (An aside inside a block, a byline opening the line a paragraph goes on in after a column break, stands where it is
 * printed and is read there: the block's text runs on around it.)
 */
export function itemTextMismatches(text: string, bulletin: Bulletin): string[] {
  const problems: string[] = [];
  const borders = cellBorderOffsets(text);
  for (const item of bulletin.items) {
    const inside = item.asides.filter((aside) => item.blocks.some((block) => block.span.start.offset < aside.span.start.offset && aside.span.end.offset <= block.span.end.offset));
    // (A head lent from above, the page's first, brings the copy's lines printed below it: they stand above the span too.)
    const above = hasHeadAbove(item) ? item.asides.filter((aside) => aside.span.end.offset <= item.span.start.offset) : [];
    for (const aside of above) {
      const printed = withoutOffsets(text, aside.span.start.offset, aside.span.end.offset, borders).replace(NOT_CONTENT, '');
      if (printed !== aside.text.replace(NOT_CONTENT, '')) problems.push(`item ${item.index}: aside ${JSON.stringify(aside.text)} above its span`);
    }
    let spanText = withoutOffsets(text, item.span.start.offset, item.span.end.offset, borders);
    for (const aside of [...inside].sort((a, b) => b.span.start.offset - a.span.start.offset)) {
      const from = aside.span.start.offset - item.span.start.offset;
      const to = aside.span.end.offset - item.span.start.offset;
      if (spanText.slice(from, to).replace(NOT_CONTENT, '') !== aside.text.replace(NOT_CONTENT, '')) problems.push(`item ${item.index}: aside ${JSON.stringify(aside.text)} at its span`);
      spanText = spanText.slice(0, from) + spanText.slice(to);
    }
    const source = spanText.replace(NOT_CONTENT, '');
    const parts = [
      ...(item.header && !hasHeadAbove(item) ? [{ text: item.header.text, at: item.header.span.start.offset }] : []),
      ...item.asides.filter((aside) => !inside.includes(aside) && !above.includes(aside)).map((aside) => ({ text: aside.text, at: aside.span.start.offset })),
      ...item.blocks.map((block) => ({ text: block.text, at: block.span.start.offset })),
      // A 文/图 byline is also the credit: one part, read once.
      ...(item.credit && !item.asides.some((aside) => aside.span.start.offset === item.credit!.span.start.offset)
        ? [{ text: item.credit.raw, at: item.credit.span.start.offset }]
        : []),
    ].sort((a, b) => a.at - b.at);
    const fields = parts.map((part) => part.text).join('').replace(NOT_CONTENT, '');
    if (source !== fields) problems.push(`item ${item.index}: source ${JSON.stringify(source)} fields ${JSON.stringify(fields)}`);
    if (item.header && hasHeadAbove(item)) {
      const head = withoutOffsets(text, item.header.span.start.offset, item.header.span.end.offset, borders).replace(NOT_CONTENT, '');
      if (head !== item.header.text.replace(NOT_CONTENT, '')) problems.push(`item ${item.index}: head ${JSON.stringify(head)} header ${JSON.stringify(item.header.text)}`);
    }
  }
  return problems;
}

const RUNS = 300;

export const PARSE_LAWS: readonly Law[] = [
  law('never throws, and every character outside white space has exactly one place', RUNS, () =>
    fc.property(anyText, (text) => {
      const bulletin = parse(text);
      expect(unaccounted(text, bulletin)).toEqual([]);
    }),
  ),

  law('an item holds exactly the text of its span, less white space', RUNS, () =>
    fc.property(anyText, (text) => {
      expect(itemTextMismatches(text, parse(text))).toEqual([]);
    }),
  ),

  law('positions point at the text they describe', RUNS, () =>
    fc.property(anyText, (text) => {
      const starts = lineStarts(text);
      const bulletin = parse(text);
      const spans = [
        ...places(bulletin).map((p) => p.span),
        ...bulletin.items.flatMap((item) => item.blocks.map((b) => b.span)),
        ...bulletin.diagnostics.map((d) => d.place),
      ];
      for (const span of spans) {
        for (const point of [span.start, span.end]) {
          expect(point.offset).toBe(starts[point.line - 1]! + point.column - 1);
        }
        expect(span.end.offset).toBeGreaterThanOrEqual(span.start.offset);
      }
      for (const item of bulletin.items) {
        for (const block of item.blocks) {
          // A block without joins is its source text exactly.
          const source = text.slice(block.span.start.offset, block.span.end.offset);
          if (block.span.start.line === block.span.end.line) expect(source).toBe(block.text);
        }
      }
    }),
  ),

  law('parsing in chunks gives the same result as parsing the whole text', RUNS, () =>
    fc.property(anyText, fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
      const parser = new BulletinParser();
      const items = chunksOf(text, cuts).flatMap((chunk) => parser.push(chunk));
      items.push(...parser.end());
      expect({ ...parser.summary(), items }).toEqual(parse(text));
    }),
  ),

  law('a column break inside the lead paragraph does not change its dateline', RUNS, () =>
    fc.property(
      // The lead and where its match ends: a break must come after it, or the lead itself changes.
      fc.constantFrom(['本报讯 ', 3], ['本报讯(记者 张三) ', 10], ['本报讯　，', 3], ['本报6月5日讯 ', 8]),
      fc.constantFrom('6月24日', '２０２２年６月３１日', '2023年2月29日', '12月1日', '日前', '近日'),
      fc.nat(),
      ([lead, leadEnd], dateline, at) => {
        const paragraph = `${lead}${dateline},苏村社区开展主题党日活动,党员们参观学习`;
        let cut = leadEnd + (at % (paragraph.length - leadEnd));
        // Years are found line by line: one cut inside its `2023年` is not seen at all, and dates nothing.
        const year = paragraph.search(/[0-9０-９]{4}[年]/);
        if (year >= 0 && cut > year && cut <= year + 4) cut = year;
        const page = (body: string) => `苏村社区: 开展活动\n${body}。\n(李 莉)\n`;
        const whole = parse(page(paragraph)).items[0]!;
        const broken = parse(page(`${paragraph.slice(0, cut)}\n${paragraph.slice(cut)}`)).items[0]!;
        const texts = (item: typeof whole) => item.blocks.map((block) => block.text.replace(/[\s\u3000]/g, ''));
        expect(texts(broken)).toEqual(texts(whole));
        expect({ dateline: broken.dateline, date: broken.date }).toEqual({ dateline: whole.dateline, date: whole.date });
      },
    ),
  ),

  law('items are numbered 1..n in document order', RUNS, () =>
    fc.property(anyText, (text) => {
      const { items } = parse(text);
      items.forEach((item, i) => {
        expect(item.index).toBe(i + 1);
        if (i > 0) expect(item.span.start.offset).toBeGreaterThan(items[i - 1]!.span.end.offset - 1);
        // A head above the text's pictures: right above a run of photo items, each of one caption, that ends right
        // above the text; after the item before the run.
        if (hasHeadAbove(item)) {
          expect(i).toBeGreaterThan(0);
          const firstPicture = items.findIndex((other) => other.span.start.offset >= item.header!.span.end.offset);
          expect(firstPicture).toBeGreaterThanOrEqual(0);
          expect(firstPicture).toBeLessThan(i);
          for (const picture of items.slice(firstPicture, i)) {
            expect(picture.kind).toBe('photo');
            expect(picture.blocks).toHaveLength(1);
          }
          if (firstPicture > 0) expect(item.header!.span.start.offset).toBeGreaterThanOrEqual(items[firstPicture - 1]!.span.end.offset);
        }
      });
    }),
  ),
];
