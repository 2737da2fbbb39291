// A paragraph, headline or caption in the house style: URLs and e-mail
// addresses masked, quotes curled, punctuation widened, spaces settled, in
// that order (the spaces rule needs the full-width marks in place).

import { mask } from './chars.js';
import type { FormatOptions } from './options.js';
import { widenPunctuation } from './punctuation.js';
import { curlQuotes } from './quotes.js';
import { normaliseSpaces } from './spaces.js';

/** `phrases`: a headline, kicker, subtitle or sub-heading, whose spaces between Han phrases are kept (one each). */
export function formatProse(text: string, options: FormatOptions, phrases = false): string {
  const masked = mask(text);
  return masked.restore(normaliseSpaces(marksOf(masked.text, options), { phrases, options }));
}

/** A line's punctuation and quotes in the house style, its spaces as they are: for an item whose spaces decide how it reads. */
export function tidyMarks(text: string, options: FormatOptions): string {
  const masked = mask(text);
  return masked.restore(marksOf(masked.text, options));
}

function marksOf(masked: string, options: FormatOptions): string {
  let out = masked;
  if (options.quotes === 'curly') out = curlQuotes(out);
  if (options.punctuation === 'full-width') out = widenPunctuation(out);
  return out;
}
