// The page as CommonMark, for reading and for pasting into a wiki:
//
//   # 社区动态
//
//   ## 苏村社区：开展主题党日活动
//
//   **本报讯** 6月24日,苏村社区党支部组织25名党员…
//
//   *（原文不完整）*
//
//   （李 莉）
//
// Text is escaped so that it renders as printed: a `*` or `#` in a bulletin is
// a character, never markup. Only items are written; meta lines, unassigned
// text and diagnostics are in the `json` format.

import type { BulletinDocument } from '../document.js';
import type { Block, Item } from '../model.js';
import type { Format, FormatContext } from './types.js';

/** Closes a truncated item: the last paragraph stops mid-sentence in the source. */
export const TRUNCATED_MARK = '（原文不完整）';
/** Stands for the title of a photo, whose caption has none. */
export const PHOTO_MARK = '（图片）';
/** Stands for the heading of an item with neither title nor organisation. */
export const UNTITLED = '（无标题）';

/** Markup anywhere in a line: emphasis, code, links, HTML, entities, GFM tables and strike-through. */
const INLINE_SPECIAL = /[\\`*_[\]<>&#|~]/g;
/** Markup at the start of a line: block quotes, lists, setext underlines, thematic breaks. */
const LINE_START_SPECIAL = /^([-+=])/;
/** `1.` or `1)` at the start of a line would open an ordered list. */
const ORDERED_LIST_START = /^(\d{1,9})([.)])/;
/** CommonMark's punctuation, which decides whether `**` may close. */
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

/** Escapes one line of text so that CommonMark renders it as it is. */
export function escapeMarkdown(line: string): string {
  return line
    .trim()
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(LINE_START_SPECIAL, '\\$1')
    .replace(ORDERED_LIST_START, '$1\\$2');
}

/** Escapes text that may hold line breaks, keeping it one block: blank lines would end it. */
function escapeBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdown)
    .filter((line) => line !== '')
    .join('\n');
}

/** A heading is one line. */
function escapeInline(text: string): string {
  return escapeMarkdown(text.replace(/\s+/gu, ' '));
}

export function itemHeading(item: Item): string {
  if (item.title) return item.community ? `${item.community}：${item.title}` : item.title;
  if (item.kind === 'photo') return `${item.community ?? ''}${PHOTO_MARK}`;
  return item.community ?? UNTITLED;
}

/**
 * The lead in bold, the rest of the paragraph after it. `**` closes after
 * punctuation only when whitespace or punctuation follows, so a lead like
 * `本报讯(记者 张三)` glued to its text gets a space.
 */
function leadParagraph(lead: string, text: string): string {
  const rest = text.slice(lead.length);
  const next = rest.at(0) ?? '';
  const spaced = WHITESPACE.test(next) || (PUNCTUATION.test(lead.at(-1) ?? '') && next !== '' && !PUNCTUATION.test(next));
  const body = escapeBlock(rest);
  return `**${escapeInline(lead)}**${spaced && body !== '' ? ' ' : ''}${body}`;
}

function blockMarkdown(block: Block, lead: string | null): string {
  if (block.type === 'subheading') return `### ${escapeInline(block.text)}`;
  if (lead && block.text.startsWith(lead)) return leadParagraph(lead, block.text);
  return escapeBlock(block.text);
}

export function itemMarkdown(item: Item): string {
  const parts = [`## ${escapeInline(itemHeading(item))}`];
  const firstParagraph = item.blocks.find((block) => block.type === 'paragraph');
  for (const block of item.blocks) {
    const markdown = blockMarkdown(block, block === firstParagraph ? item.lead : null);
    if (markdown !== '') parts.push(markdown);
  }
  if (item.truncated) parts.push(`*${TRUNCATED_MARK}*`);
  if (item.byline) parts.push(`（${escapeInline(item.byline)}）`);
  if (item.credit?.raw.trim()) parts.push(`*${escapeInline(item.credit.raw)}*`);
  return parts.join('\n\n');
}

/** An HTML comment naming the file; `-->` inside a name would end it early. */
function fileComment(file: string): string {
  return `<!-- file: ${file.replaceAll('--', '-\u200B-')} -->`;
}

function documentMarkdown(document: BulletinDocument, context: FormatContext): string[] {
  const parts: string[] = [];
  if (context.showFile && document.file !== null) parts.push(fileComment(document.file));
  const title = document.section ?? (context.showFile ? document.file : null);
  if (title) parts.push(`# ${escapeInline(title)}`);
  for (const item of document.items) parts.push(itemMarkdown(item));
  return parts;
}

export const markdown = {
  name: 'markdown',
  description: 'CommonMark: a heading per item, the lead in bold, sub-headings, byline and credit',
  format(documents, context) {
    const parts = documents.flatMap((document) => documentMarkdown(document, context));
    return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
  },
} satisfies Format;
