// The character classes the formatter decides by, and the masking of the
// spans it must never touch (URLs, e-mail addresses). "Chinese text" is what
// `check`'s punctuation-width rule calls it (CJK_CONTEXT), so that formatted
// output is what that rule accepts.

import { CJK_CONTEXT } from '../check/text.js';

export { CJK_CONTEXT };

/** A character that makes its neighbourhood Chinese text (Han, CJK and full-width punctuation, curly quotes). */
export function isChinese(char: string | undefined): boolean {
  return char !== undefined && char !== '' && CJK_CONTEXT.test(char);
}

/**
 * ASCII letters and digits, and a masked span (a URL is a word; its placeholder
 * is a private-use character): `9:30`, `3,000`, `a,b` keep their marks.
 */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined || char === '') return false;
  const code = char.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xe000 && code <= 0xf8ff);
}

/** White space within a line: ASCII space and tab, ideographic space, NBSP. */
export const INLINE_SPACE = /[ \t\u3000\u00a0]/;

/** Full-width punctuation: no space goes next to it. */
const FULL_WIDTH_PUNCTUATION = /[，。、；：？！（）“”‘’《》〈〉【】「」『』…—～·]/;

export function isFullWidthPunctuation(char: string | undefined): boolean {
  return char !== undefined && char !== '' && FULL_WIDTH_PUNCTUATION.test(char);
}

/** URLs and e-mail addresses: half-width punctuation belongs there. */
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** Marks that end a sentence after a URL rather than belong to it. */
const URL_TAIL = /[.,;:!?'\]]+$/;

export interface Masked {
  text: string;
  /** Puts the masked spans back, in order. */
  restore(text: string): string;
}

/** Replaces each URL and e-mail address by one placeholder character, which no rule changes. */
export function mask(text: string): Masked {
  if (!text.includes('@') && !text.includes('www.') && !text.includes('://')) return { text, restore: (t) => t };
  const spans: Array<[number, number]> = [];
  for (const pattern of [URL, EMAIL]) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].replace(URL_TAIL, '').length;
      if (end > match.index && !spans.some(([from, to]) => match.index < to && end > from)) spans.push([match.index, end]);
    }
  }
  if (spans.length === 0) return { text, restore: (t) => t };
  spans.sort((a, b) => a[0] - b[0]);
  // A placeholder the text does not hold already, so that restoring cannot mistake a character of the page for it.
  let code = 0xe000;
  while (text.includes(String.fromCharCode(code))) code++;
  const mark = String.fromCharCode(code);
  let out = '';
  let at = 0;
  const saved: string[] = [];
  for (const [from, to] of spans) {
    out += text.slice(at, from) + mark;
    saved.push(text.slice(from, to));
    at = to;
  }
  out += text.slice(at);
  return {
    text: out,
    restore: (formatted) => {
      let index = 0;
      return formatted.replace(new RegExp(mark, 'g'), () => saved[index++] ?? mark);
    },
  };
}
