// Offsets ↔ points in a decoded text, the character classes rules share, and what rules ask of an item.

import type { Item, Point } from '../model.js';
import { LineSplitter, type SourceLine } from '../parse/lines.js';
import { HAN } from '../parse/patterns.js';

/**
 * A function from UTF-16 offset to point (line and column 1-based), by binary search over line starts. The starts are
 * the parser's own lines (LineSplitter: CRLF, CR and LF are one break each), so a finding's point and an item's
 * place always agree.
 */
export function createPointAt(text: string): (offset: number) => Point {
  const starts: number[] = [];
  const note = (line: SourceLine): void => {
    starts.push(line.offset);
  };
  const splitter = new LineSplitter();
  splitter.push(text, note);
  splitter.end(note);
  // The line after a final break (and the one line of an empty text) has no characters, so the splitter hands none.
  const last = text.charCodeAt(text.length - 1);
  if (starts.length === 0 || last === 0x0a || last === 0x0d) starts.push(text.length);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1, offset };
  };
}

/** One Han character. */
export const HAN_CHAR = new RegExp(`[${HAN}]`);

/**
 * Characters that make their neighbourhood Chinese text: Han, CJK symbols and
 * punctuation (、。「」《》【】), full-width punctuation (，：（）), and the curly
 * quotes Chinese text uses (“”‘’). Full-width digits and letters are not:
 * `１０:３０` is a time, whatever its width.
 */
export const CJK_CONTEXT = new RegExp(
  `[${HAN}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018\\u2019\\u201c\\u201d]`,
);

/** The full-width mark Chinese text takes for each half-width one: what punctuation-width asks for and the formatter writes. */
export const FULL_WIDTH_MARK: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/**
 * The item goes on on another page (`(下转第四版)`): it stops there on purpose, mid-sentence or not, and its
 * byline is at its real end. Rules about an item's end judge it there, not here.
 */
export function continuesElsewhere(item: Item): boolean {
  return item.asides.some((aside) => aside.kind === 'continuation');
}
