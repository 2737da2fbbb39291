// Bylines, credits and news leads: the lines that name people. Their spaces
// separate roles from names and names from each other, so they are kept (one
// each); only the padding inside a two-character name follows the house style:
//   (李 莉)                     → （李　莉）          namePadding "ideographic"
//   □ 记者  陶 远                → □ 记者 陶　远
//   雷 洁摄                      → 雷　洁摄
//   (曹蓉 彭晓)                  → （曹　蓉 彭　晓）     two names, each padded
//   本报讯(记者 张三)            → 本报讯（记者 张三）   a lead: brackets only, no padding
// A name is padded only where it stands alone: after the start, a space, a
// bracket, a marker or a separator, and before the end, a space, a bracket, a
// separator or the credit's verb (`雷洁摄`; before a slashed one a space, `夏　沐 文/图`). `记者张帆` is left as it is.

import { widenPunctuation } from './punctuation.js';
import { paddingText, type FormatOptions } from './options.js';

const SPACE_RUN = /[ \t\u3000\u00a0]+/g;
const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/;

export interface NameLine {
  /** The two-character names to pad, padding removed (`李莉`). */
  names: readonly string[];
  /** The credit's verb (`摄`, `撰`, `文/图`), which may follow a name without a space. */
  verb: string | null;
}

/** A byline or credit line in the house style. */
export function formatNameLine(text: string, line: NameLine, options: FormatOptions): string {
  let out = options.punctuation === 'full-width' ? widenPunctuation(text) : text;
  out = collapseSpaces(out);
  const padding = paddingText(options.namePadding);
  for (const name of new Set(line.names)) {
    if (name.length !== 2 || !HAN.test(name[0]!) || !HAN.test(name[1]!)) continue;
    out = padName(out, name, padding, line.verb);
  }
  return out;
}

/** A news lead in the house style: its punctuation, its spaces collapsed; no padding. */
export function formatLead(text: string, options: FormatOptions): string {
  return collapseSpaces(options.punctuation === 'full-width' ? widenPunctuation(text) : text);
}

/** Each run of white space → one space (an ideographic one if the run held one); none at the ends. */
function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, (run) => (run.includes('\u3000') ? '\u3000' : ' ')).trim();
}

function padName(text: string, name: string, padding: string, verb: string | null): string {
  const [first, second] = [name[0]!, name[1]!];
  const pattern = new RegExp(`${first}[ \\t\\u3000\\u00a0]*${second}`, 'g');
  return text.replace(pattern, (match, at: number, whole: string) => {
    const left = whole[at - 1];
    const end = at + match.length;
    const right = whole[end];
    const leftFree = left === undefined || !HAN.test(left);
    const beforeVerb = verb !== null && whole.startsWith(verb, end);
    const rightFree = right === undefined || !HAN.test(right) || beforeVerb;
    if (!leftFree || !rightFree) return match;
    // `夏沐文/图`: a slashed work glued to a padded name would read as its third character (`夏　沐文`); a space parts
    // them, as `雷　洁摄` needs none.
    return first + padding + second + (beforeVerb && verb.includes('/') ? ' ' : '');
  });
}
