// Punctuation width in Chinese text, on text whose URLs and e-mail addresses
// are masked (chars.ts):
//   近日,东山社区开展…         → 近日，东山社区开展…
//   华阳(集团)公司             → 华阳（集团）公司
//   等等...  好好学习。。。     → 等等……  好好学习……
//   --东关街道开办银龄学堂      → ——东关街道开办银龄学堂
// Left as they are: a mark right after an ASCII letter or digit (9:30, 3,000,
// 1...10, 2020--2021, Hello, world!一课), a mark with no Chinese text on
// either side, brackets around no Han character ((1), (English)).

import { FULL_WIDTH_MARK, HAN_CHAR } from '../check/text.js';
import { INLINE_SPACE, isChinese, isWordChar } from './chars.js';

/** A run of half-width sentence punctuation: `,` or `?!`. */
const MARK_RUN = /[,:;?!]+/g;
/** Three dots or more, or three 。 or more. */
const ELLIPSIS = /\.{3,}|。{3,}/g;
/** Two hyphens, not part of a longer run nor of an HTML comment (`<!--`, `-->`). */
const DASH = /(?<![-<!])--(?![->])/g;
/**
 * A bracket pair on one line with no half-width bracket inside: `(集团)`, `(1)`, `(（李莉）)` once its inner
 * pair is full-width; also half a pair that closes a full-width one.
 */
const BRACKET_PAIR = /[(（]([^()\n]*)[)）]/g;

/** The character before `at`, past white space within the line. */
function before(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && INLINE_SPACE.test(text[i]!)) i--;
  return i >= 0 ? text[i]! : '';
}

/** The character at or after `at`, past white space within the line. */
function after(text: string, at: number): string {
  let i = at;
  while (i < text.length && INLINE_SPACE.test(text[i]!)) i++;
  return i < text.length ? text[i]! : '';
}

/**
 * Whether a mark between `left` and `right` stands in Chinese text: a mark
 * right after a Latin letter or a digit belongs to that word or number
 * (`Hello, world!`, `3,000`, `9:30`, `共100,`), as check's rule has it.
 */
function inChineseText(left: string, right: string): boolean {
  if (isWordChar(left)) return false;
  return isChinese(left) || isChinese(right);
}

/** Half-width punctuation in Chinese text made full-width; `...` and `。。。` → `……`; `--` → `——`. */
export function widenPunctuation(text: string): string {
  let out = text;
  if (out.includes('(') || out.includes(')')) out = widenBrackets(out);
  if (out.includes('..') || out.includes('。。')) {
    out = out.replace(ELLIPSIS, (run, at: number, whole: string) =>
      run[0] === '。' || inChineseText(before(whole, at), after(whole, at + run.length)) ? '……' : run,
    );
  }
  if (out.includes('--')) {
    out = out.replace(DASH, (run, at: number, whole: string) => (inChineseText(before(whole, at), after(whole, at + run.length)) ? '——' : run));
  }
  // Again while marks change: a mark made full-width makes its neighbour's context Chinese (`苏村社区: ,`).
  for (let pass = 0; pass < 4 && /[,:;?!]/.test(out); pass++) {
    const widened = out.replace(MARK_RUN, (run, at: number, whole: string) => {
      if (!inChineseText(before(whole, at), after(whole, at + run.length))) return run;
      let marks = '';
      for (const mark of run) marks += FULL_WIDTH_MARK[mark]!;
      return marks;
    });
    if (widened === out) break;
    out = widened;
  }
  return out;
}

/** `(集团)` → `（集团）`: a pair around Han text, or half-width half of a full-width pair; nested pairs from the inside out. */
function widenBrackets(text: string): string {
  let out = text;
  for (let pass = 0; pass < 4; pass++) {
    const widened = out.replace(BRACKET_PAIR, (pair, inside: string) => {
      const open = pair[0]!;
      const close = pair[pair.length - 1]!;
      const fullWidth = open === '（' || close === '）' || HAN_CHAR.test(inside);
      return fullWidth ? `（${inside}）` : pair;
    });
    if (widened === out) break;
    out = widened;
  }
  return out;
}
