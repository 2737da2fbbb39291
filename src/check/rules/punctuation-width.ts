// Chinese text takes full-width punctuation. A half-width , : ; ? ! between
// Chinese characters, or half-width brackets around Chinese text, is a typing
// slip the fix can safely mend:
//   近日,东山社区开展…          → 近日，东山社区开展…
//   梁爱莲说:“能在第一时间…      → 梁爱莲说：“能在第一时间…
//   华阳(集团)公司              → 华阳（集团）公司
// Left alone, because they are not Chinese text or are house style:
//   3.5  10:30  (1)  http://www.yqnews.com.cn  yqrbsq@163.com   numbers, lists, addresses
//   苏村社区: 开展主题党日活动      the header's separator (header-format owns it)
//   本报讯(记者 张三)  (李 莉)  雷 洁摄   the lead, bylines and credits, as the house prints them
// Checked: titles and the body blocks of items, the lead excepted. A line
// break inside a paragraph (a column break) does not end the Chinese text.

import type { Item } from '../../model.js';
import { CJK_CONTEXT, FULL_WIDTH_MARK, HAN_CHAR } from '../text.js';
import type { DocumentContext, DocumentRule } from '../types.js';

/** A run of half-width sentence punctuation: `,` or `?!`. */
const PUNCTUATION_RUN = /[,:;?!]+/g;
/** A bracket pair on one line with nothing bracketed inside: `(集团)`, `(1)`. */
const BRACKET_PAIR = /\(([^()\r\n]*)\)/g;
/** Addresses where half-width punctuation belongs: URLs and e-mail addresses. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s，。；！？“”（）]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const INLINE_SPACE = /[ \t]/;
const ANY_SPACE = /\s/;

export const punctuationWidth: DocumentRule = {
  id: 'punctuation-width',
  scope: 'document',
  description: 'Chinese text uses full-width punctuation (，：；？！（）), not half-width',
  defaultSeverity: 'warning',
  url: 'docs/rules/punctuation-width.md',
  fixable: true,
  check(context) {
    for (const item of context.document.items) {
      for (const [start, end] of regionsOf(item, context)) checkRegion(context, start, end);
    }
  },
};

/** The ranges of text to check in an item: its title, and its blocks without the lead. */
function regionsOf(item: Item, context: DocumentContext<unknown>): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  const header = item.header;
  if (header && header.title !== '') {
    const at = context.text.slice(header.span.start.offset, header.span.end.offset).lastIndexOf(header.title);
    if (at >= 0) regions.push([header.span.start.offset + at, header.span.start.offset + at + header.title.length]);
  }
  item.blocks.forEach((block, index) => {
    const skip = index === 0 && item.lead !== null ? item.lead.length : 0;
    regions.push([block.span.start.offset + skip, block.span.end.offset]);
  });
  return regions;
}

function checkRegion(context: DocumentContext<unknown>, start: number, end: number): void {
  const text = context.text.slice(start, end);
  const addresses = [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
  const inAddress = (at: number) => addresses.some(([from, to]) => at >= from && at < to);
  const findings: Array<{ at: number; length: number; char: string }> = [];

  for (const run of text.matchAll(PUNCTUATION_RUN)) {
    const from = run.index;
    const to = from + run[0].length;
    if (inAddress(from) || from === 0 || !CJK_CONTEXT.test(text[from - 1]!)) continue;
    let next = to;
    while (next < text.length && INLINE_SPACE.test(text[next]!)) next++;
    const sameLine = next < text.length && !ANY_SPACE.test(text[next]!);
    while (next < text.length && ANY_SPACE.test(text[next]!)) next++;
    if (next >= text.length || !CJK_CONTEXT.test(text[next]!)) continue;
    for (let i = from; i < to; i++) {
      // The spaces typed after the last mark go with it: full-width marks carry their own space.
      const length = i === to - 1 && sameLine ? next - i : 1;
      findings.push({ at: i, length, char: text[i]! });
    }
  }
  for (const pair of text.matchAll(BRACKET_PAIR)) {
    if (inAddress(pair.index) || !HAN_CHAR.test(pair[1]!)) continue;
    findings.push({ at: pair.index, length: 1, char: '(' });
    findings.push({ at: pair.index + pair[0].length - 1, length: 1, char: ')' });
  }

  findings.sort((a, b) => a.at - b.at);
  for (const { at, length, char } of findings) {
    const expected = FULL_WIDTH_MARK[char]!;
    const from = start + at;
    context.report({
      message: `Unexpected half-width \`${char}\` in Chinese text, expected full-width \`${expected}\``,
      place: { start: context.pointAt(from), end: context.pointAt(from + length) },
      actual: context.text.slice(from, from + length),
      expected,
      fix: { range: [from, from + length], text: expected },
    });
  }
}
