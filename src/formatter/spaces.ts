// White space within a line of Chinese text:
//   近日， 东山社区        → 近日，东山社区          none next to full-width punctuation
//   苏村社区 党支部        → 苏村社区党支部           none between Han characters…
//   “关注房颤 预防卒中”     → as it is                …but a phrase break inside quotes (spaceInQuotes)
//   科学育儿进社区  亲子共沐 → 科学育儿进社区 亲子共沐   …and in a headline or sub-heading, collapsed to one,
//   搭建“五方平台” 打造“红心家园”  → as it is                 quoted phrases of a headline included
//   使用 App 预约          → as it is                Latin text and its neighbours (spaceAroundLatin)
//   Hello   world          → Hello world
// Spaces at either end go. The padding of names is not decided here (names.ts).

import { isChinese, isFullWidthPunctuation, isWordChar } from './chars.js';
import type { FormatOptions } from './options.js';

const SPACE_RUN = /[ \t\u3000\u00a0]+/g;
/** Quotes and brackets that close, and that open, a phrase. */
const CLOSER = /[”’）》」』】]/;
const OPENER = /[“‘（《「『【]/;
const HAS_SPACE = /[ \t\u3000\u00a0]/;

export interface SpaceContext {
  /** A headline, kicker, subtitle or sub-heading: a space between Han phrases is a phrase break, kept as one. */
  phrases: boolean;
  options: Pick<FormatOptions, 'spaceInQuotes' | 'spaceAroundLatin'>;
}

export function normaliseSpaces(text: string, context: SpaceContext): string {
  if (!HAS_SPACE.test(text)) return text;
  const { phrases, options } = context;
  let depth = 0;
  let counted = 0;
  const result = text.replace(SPACE_RUN, (run, at: number, whole: string) => {
    const left = whole[at - 1];
    const right = whole[at + run.length];
    if (left === undefined || right === undefined) return '';
    const collapsed = run.includes('\u3000') ? '\u3000' : ' ';
    // A headline's phrases may be quoted: 搭建“五方平台” 打造“红心家园” keeps its break.
    if (phrases && isPhraseBreak(left, right)) return collapsed;
    if (isFullWidthPunctuation(left) || isFullWidthPunctuation(right)) return '';
    if (isChinese(left) && isChinese(right)) {
      if (phrases) return collapsed;
      if (options.spaceInQuotes === 'keep') {
        for (; counted < at; counted++) {
          const char = whole[counted];
          if (char === '“' || char === '「') depth++;
          else if ((char === '”' || char === '」') && depth > 0) depth--;
        }
        if (depth > 0) return collapsed;
      }
      return '';
    }
    if ((isChinese(left) && isWordChar(right)) || (isWordChar(left) && isChinese(right))) {
      return options.spaceAroundLatin === 'keep' ? ' ' : '';
    }
    return ' ';
  });
  return result;
}

/** Between a closing quote and a phrase, or a phrase and an opening quote (or the two quotes): not next to a comma or a stop. */
function isPhraseBreak(left: string, right: string): boolean {
  const closes = CLOSER.test(left);
  const opens = OPENER.test(right);
  if (closes && opens) return true;
  if (closes) return isChinese(right) && !isFullWidthPunctuation(right);
  if (opens) return isChinese(left) && !isFullWidthPunctuation(left);
  return false;
}
