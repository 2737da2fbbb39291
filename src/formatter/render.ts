// One piece → its lines in the house style. Every rewritten piece passes the
// guard (guard.ts) or is printed as it stands.

import type { Item } from '../model.js';
import { fold, saysTheSame } from './guard.js';
import { formatLead, formatNameLine } from './names.js';
import { paddingText, type FormatOptions } from './options.js';
import type { Piece } from './pieces.js';
import { formatProse, tidyMarks } from './prose.js';
import { isFullWidthPunctuation } from './chars.js';
import { COLUMN_TAG, bulletOf, endsSentence } from '../parse/patterns.js';

const LINE_BREAK = /\r\n?|\n/;
const BLANK = /^[\s\u3000\u00a0\ufeff]*$/;
const TRAILING_SPACE = /[\s\u3000\u00a0\ufeff]+$/;
/** What may stand between an organisation and its title on one line. */
const SEPARATOR = /^[ \t\u3000\u00a0]*[:：]?[ \t\u3000\u00a0]*/;

/** The source of a piece, for the guard and for printing it as it stands. */
export interface SourceText {
  text: string;
  /** The offset of text[0] in the whole page. */
  base: number;
}

/** A piece's lines, and whether its rewrite failed the guard, so that it is printed as it stands. */
export interface Rendered {
  lines: string[];
  asItStands: boolean;
}

/** `keepLines`: a piece over several lines keeps them (a column-break join the parser made is not made here). */
export function renderPiece(piece: Piece, source: SourceText, options: FormatOptions, keepLines = false): Rendered {
  const original = source.text.slice(piece.start - source.base, piece.end - source.base);
  if (keepLines && LINE_BREAK.test(original)) return { lines: pieceLines(piece, original, options), asItStands: false };
  const formatted = rewrite(piece, original, options);
  if (formatted === null) return { lines: verbatim(original), asItStands: false };
  if (saysTheSame(original, formatted.guard ?? formatted.lines.join(''))) return { lines: formatted.lines, asItStands: false };
  return { lines: verbatim(original), asItStands: true };
}

/** The lines as they stand: trailing white space removed, blank lines at either end dropped. */
export function verbatim(original: string): string[] {
  const lines = original.split(LINE_BREAK).map((line) => line.replace(TRAILING_SPACE, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface Rewritten {
  lines: string[];
  /** The text the guard compares with the source, when it is not the lines (a separator the source did not have). */
  guard?: string;
}

function rewrite(piece: Piece, original: string, options: FormatOptions): Rewritten | null {
  switch (piece.kind) {
    case 'verbatim':
      return null;
    case 'header':
      return rewriteHeader(piece.item, original, options);
    case 'block': {
      const { block, item } = piece;
      if (block.type === 'subheading') return { lines: [formatProse(block.text, options, true)] };
      // A trailer glued after the text (`(完)`) stays after it as it stands.
      const trailer = piece.trailer === undefined ? '' : piece.trailer.gap + piece.trailer.text;
      if (piece.opening !== undefined) {
        // `(通讯员 王宁)近日,…`: the byline or credit that opens the text stays at its start, styled as a byline line; a
        // note's label (`编者按:`) as prose.
        const head = piece.openingLabel ? formatProse(piece.opening, options) : nameLine(piece.opening, item, options);
        return { lines: [paragraph(head + block.text, head, options) + trailer] };
      }
      return { lines: [paragraph(block.text, piece.first ? item.lead : null, options) + trailer] };
    }
    case 'aside': {
      const { aside, item } = piece;
      if (aside.kind === 'byline' || aside.kind === 'credit') return { lines: [nameLine(aside.text, item, options)] };
      // (A picture's credit stays glued to its caption, as the parser reads a picture of the text; after a label without
      // its full stop, one space parts them: `花园一角 江城日报记者 林　泉 摄`.)
      if (aside.kind === 'caption') {
        const caption = formatProse(aside.text, options);
        if (piece.credit === undefined) return { lines: [caption] };
        return { lines: [caption + (endsSentence(caption) ? '' : ' ') + nameLine(piece.credit, item, options)] };
      }
      return null;
    }
    case 'credit':
      return { lines: [nameLine(piece.item.credit!.raw, piece.item, options)] };
  }
}

function nameLine(text: string, item: Item, options: FormatOptions): string {
  return formatNameLine(text, { names: item.authors, verb: item.credit?.verb ?? null }, options);
}

/**
 * A paragraph: its lead (the first of an item) with the configured separator, then the text. Indented only at a
 * line's start: a paragraph further along a run-on line keeps the space it was cut at, and an indent added there
 * would be read back as more of that space (and added again by the next formatting).
 */
function paragraph(text: string, lead: string | null, options: FormatOptions, atLineStart = true): string {
  const indent = options.indent === 'ideographic' && atLineStart ? '\u3000\u3000' : '';
  const body = text.trimStart();
  if (lead === null || lead === '' || !body.startsWith(lead)) return indent + formatProse(body, options);
  const head = formatLead(lead, options);
  const rest = formatProse(body.slice(lead.length), options);
  // (No separator after a lead closed by its bracket or by the colon after its names: `…摄影报道：12月2日`.)
  const closed = /[)）:：]$/.test(head) || rest === '' || isFullWidthPunctuation(rest[0]);
  return indent + head + (closed ? '' : paddingText(options.leadSeparator)) + rest;
}

/**
 * The head: kicker, `组织：标题` (or the headline alone), subtitle lines. With
 * `header: "colon"`, an organisation on its own line, or before the title
 * with a space, takes the colon.
 */
function rewriteHeader(item: Item, original: string, options: FormatOptions): Rewritten {
  const header = item.header!;
  const lines = original
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => !BLANK.test(line));
  const out: string[] = [];
  const guard: string[] = [];
  const organisation = header.organisation;
  const colon = options.punctuation === 'full-width' ? '：' : ':';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // 河西社区⏎邻里菜园结出“连心果” → 河西社区：邻里菜园结出“连心果”; a list bullet before the organisation stays
    // (●丽都社区⏎… → ●丽都社区：…), as the parser reads a bulleted header as a header.
    // A title broken over lines below the organisation (`河西社区⏎邻里菜园结出⏎“连心果”`) is joined after the colon too.
    // (So does one before `组织 标题` on one line: `●桃园社区 举办集市` → `●桃园社区：举办集市`.)
    // (A column's tag in lenticular brackets stays before the organisation as a bullet does: `【江城】柳岸社区⏎…`.)
    const bullet = organisation !== null ? (bulletOf(line)?.[0] ?? columnTagBefore(line)) : '';
    const afterBullet = line.slice(bullet.length);
    const titleLines = organisation !== null && afterBullet === organisation && options.header === 'colon' && header.separator === '\n' ? linesOfTitle(lines, i + 1, header.title) : 0;
    if (titleLines > 0) {
      const titleText = lines.slice(i + 1, i + 1 + titleLines).join('');
      out.push(bullet.trim() + organisation + colon + formatProse(titleText, options, true));
      guard.push(bullet + organisation + titleText);
      i += titleLines;
      continue;
    }
    // (`青石社区 | TITLE`: a bar the house style has no place for; the line is tidied as it stands, the bar kept.)
    if (organisation !== null && header.separator !== '|' && afterBullet.startsWith(organisation) && afterBullet.length > organisation.length) {
      const rest = afterBullet.slice(organisation.length);
      const separator = SEPARATOR.exec(rest)![0];
      const titleText = rest.slice(separator.length);
      // (A line break the parser saw where the page has a space: a page run together on one line, cut into lines at its
      // spaces. The line is `组织 标题` as the next pass reads it; a line that merely opens with the name is not.)
      const cutAtSpace = header.separator !== '\n' || fold(titleText) === fold(header.title);
      if (separator !== '' && titleText !== '' && cutAtSpace) {
        const title = formatProse(titleText, options, true);
        const hasColon = /[:：]/.test(separator);
        const joint = options.header === 'colon' || hasColon ? colon : separator.includes('\u3000') ? '\u3000' : ' ';
        out.push(bullet.trim() + organisation + joint + title);
        guard.push(bullet + organisation + (hasColon ? ':' : '') + title);
        continue;
      }
    }
    const formatted = formatProse(line, options, true);
    out.push(formatted);
    guard.push(formatted);
  }
  return { lines: out, guard: guard.join('') };
}

/**
 * How many lines from `from` hold the title (the first that holds it whole, or the run that spells it), or 0. Compared
 * folded, as the guard compares: the parser joins a title's lines with a space.
 */
function linesOfTitle(lines: readonly string[], from: number, title: string): number {
  const wanted = fold(title);
  let joined = '';
  for (let at = from; at < lines.length; at++) {
    joined += fold(lines[at]!);
    if (joined.includes(wanted)) return at - from + 1;
    if (!wanted.startsWith(joined)) return 0;
  }
  return 0;
}


/**
 * An item whose house-style layout reads otherwise (a join the parser made
 * across lines, say): its lines (`range`, whole lines) as they stand, blank
 * lines included, each line rewritten in place as its piece would be; a line
 * that holds several pieces (a run-on line: a paragraph and its byline) has
 * each part rewritten as its own piece, the text between them as it stands.
 * `marksOnly`: the lines keep their spaces too, only punctuation and quotes tidied.
 */
export function renderLines(range: { start: number; end: number }, pieces: readonly Piece[], source: SourceText, options: FormatOptions, marksOnly = false): string[] {
  const { start } = range;
  const original = source.text.slice(start - source.base, range.end - source.base);
  const out: string[] = [];
  let at = start;
  for (const line of original.split(/(\r\n?|\n)/)) {
    const from = at;
    at += line.length;
    if (line === '\r\n' || line === '\r' || line === '\n') continue;
    const trimmed = line.replace(TRAILING_SPACE, '');
    if (trimmed === '') {
      out.push('');
      continue;
    }
    const to = from + trimmed.length;
    const piece = pieces.find((p) => p.start <= from + (trimmed.length - trimmed.trimStart().length) && to <= p.end);
    if (piece === undefined) {
      out.push(rewriteParts(trimmed, from, pieces, options, marksOnly));
      continue;
    }
    // The piece's first line: it starts on the line, maybe after an indent (an ideographic indent printed by the last pass).
    const formatted = rewriteLine(piece, trimmed, piece.start >= from || trimmed.trimStart() === trimmed, options, marksOnly);
    out.push(formatted !== null && saysTheSame(trimmed, formatted) ? formatted : trimmed);
  }
  while (out.length > 0 && out[0] === '') out.shift();
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** A line (from offset `from`) that no one piece holds: each piece's part of it rewritten as that piece, the rest as it stands. */
function rewriteParts(line: string, from: number, pieces: readonly Piece[], options: FormatOptions, marksOnly: boolean): string {
  const to = from + line.length;
  const parts = pieces.filter((p) => p.start < to && from < p.end).sort((a, b) => a.start - b.start);
  let out = '';
  let at = from;
  for (const piece of parts) {
    const partStart = Math.max(piece.start, at);
    const partEnd = Math.min(piece.end, to);
    if (partEnd <= partStart) continue;
    const gap = line.slice(at - from, partStart - from);
    const part = line.slice(partStart - from, partEnd - from);
    const formatted = rewriteLine(piece, part, partStart === piece.start, options, marksOnly, at === from);
    const rewritten = formatted !== null && saysTheSame(part, formatted);
    // The line's indent is the first part's to set, as for a line of one piece (a paragraph's `indent`).
    out += rewritten && at === from && !marksOnly ? gap.trimStart() : gap;
    out += rewritten ? formatted : part;
    at = partEnd;
  }
  return out + line.slice(at - from);
}

/** One line of a piece, in the piece's style, its line structure left alone (`marksOnly`: its spaces too). */
function rewriteLine(piece: Piece, line: string, firstOfPiece: boolean, options: FormatOptions, marksOnly = false, atLineStart = true): string | null {
  if (marksOnly) return piece.kind === 'verbatim' ? null : tidyMarks(line, options);
  switch (piece.kind) {
    case 'verbatim':
      return null;
    case 'header':
      return formatProse(line, options, true);
    case 'block':
      if (piece.block.type === 'subheading') return formatProse(line, options, true);
      if (firstOfPiece && piece.opening !== undefined && line.trimStart().startsWith(piece.opening)) {
        // The byline that opens the line keeps its spaces, as rewrite() keeps them: `(曹蓉 彭晓)` names two people,
        // and prose would join them into one.
        const head = piece.openingLabel ? formatProse(piece.opening, options) : nameLine(piece.opening, piece.item, options);
        return paragraph(head + line.trimStart().slice(piece.opening.length), head, options, atLineStart);
      }
      return paragraph(line, piece.first && firstOfPiece ? piece.item.lead : null, options, atLineStart);
    case 'aside':
      if (piece.aside.kind === 'byline' || piece.aside.kind === 'credit') return nameLine(line.trim(), piece.item, options);
      // (A caption with its credit on the line is left as it stands line by line: the line holds two styles.)
      return piece.aside.kind === 'caption' && piece.credit === undefined ? formatProse(line, options) : null;
    case 'credit':
      return nameLine(line.trim(), piece.item, options);
  }
}

/** A piece's own lines, blank ones included, each rewritten in the piece's style. */
function pieceLines(piece: Piece, original: string, options: FormatOptions): string[] {
  const lines = verbatim(original);
  return lines.map((line, index) => {
    if (line === '') return line;
    const formatted = rewriteLine(piece, line, index === 0, options);
    return formatted !== null && saysTheSame(line, formatted) ? formatted : line;
  });
}

/** The whole lines around `start`..`end` of the source, not before `floor`: an item that shares a line with another (a run-on line) keeps it. */
export function wholeLines(source: SourceText, start: number, end: number, floor: number): { start: number; end: number } {
  const { text, base } = source;
  let from = start - base;
  while (from > floor - base && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  let to = end - base;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  return { start: from + base, end: to + base };
}

/** A column's or place's tag in lenticular brackets opening `line` (`【江城】`), as the parser reads one before a head; or ''. */
function columnTagBefore(line: string): string {
  return line.charCodeAt(0) === 0x3010 /* 【 */ ? (COLUMN_TAG.exec(line)?.[0] ?? '') : '';
}
