// The house style of `bulletin format`: every choice, its default (the
// newspaper's common practice), and the one function that reads the
// `"format"` section of bulletin.config.json into it.
//
//   "format": {
//     "namePadding": "ideographic",     （李　莉）  | "space" （李 莉） | "none" （李莉）
//     "leadSeparator": "ideographic",   本报讯　6月24日 | "space" | "none"
//     "header": "colon",                苏村社区：开展… (a space or a line break becomes the colon) | "keep"
//     "indent": "none",                 paragraphs flush left | "ideographic": two U+3000
//     "blankLinesBetweenBlocks": 1,
//     "blankLinesBetweenItems": 2,
//     "punctuation": "full-width",      , : ; ? ! ( ) → ，：；？！（）, ... → ……, -- → —— | "keep"
//     "quotes": "curly",                "…" → “…”, '…' → ‘…’ by pairing | "keep"
//     "spaceInQuotes": "keep",          “关注房颤 预防卒中” keeps its phrase space | "remove"
//     "spaceAroundLatin": "keep",       使用 App 预约 keeps its spaces | "remove": 使用App预约
//     "endOfLine": "auto"               as the input's first line break | "lf" | "crlf" | "cr"
//   }

export type Padding = 'ideographic' | 'space' | 'none';

export interface FormatOptions {
  /** The padding inside a two-character name in a byline or credit: `李　莉`, `李 莉`, `李莉`. */
  namePadding: Padding;
  /** What stands between the news lead and the text: `本报讯　6月24日`. */
  leadSeparator: Padding;
  /** `colon`: `组织：标题` on one line, whatever separated them; `keep`: as printed (its punctuation still full-width). */
  header: 'colon' | 'keep';
  /** A paragraph's first line: flush left, or two ideographic spaces. */
  indent: 'none' | 'ideographic';
  /** Blank lines between the blocks of an item (head, lead paragraph, sub-headings, byline). */
  blankLinesBetweenBlocks: number;
  /** Blank lines between items, and around page lines and text that belongs to no item. */
  blankLinesBetweenItems: number;
  /** `full-width`: half-width punctuation in Chinese text made full-width; `...` → `……`; `--` → `——`. */
  punctuation: 'full-width' | 'keep';
  /** `curly`: straight quotes paired into `“”` and `‘’`. */
  quotes: 'curly' | 'keep';
  /** A space between Han characters inside quotation marks: a slogan's phrase break (`“关注房颤 预防卒中”`). */
  spaceInQuotes: 'keep' | 'remove';
  /** A space between Han text and Latin letters or digits (`使用 App 预约`). */
  spaceAroundLatin: 'keep' | 'remove';
  /** Line breaks of the output: `auto` takes the input's first one (LF when it has none). */
  endOfLine: 'auto' | 'lf' | 'crlf' | 'cr';
}

export const DEFAULT_FORMAT_OPTIONS: Readonly<FormatOptions> = Object.freeze({
  namePadding: 'ideographic',
  leadSeparator: 'ideographic',
  header: 'colon',
  indent: 'none',
  blankLinesBetweenBlocks: 1,
  blankLinesBetweenItems: 2,
  punctuation: 'full-width',
  quotes: 'curly',
  spaceInQuotes: 'keep',
  spaceAroundLatin: 'keep',
  endOfLine: 'auto',
});

/** The values each string option takes, first the default. */
const CHOICES: { readonly [K in keyof FormatOptions]?: readonly string[] } = {
  namePadding: ['ideographic', 'space', 'none'],
  leadSeparator: ['ideographic', 'space', 'none'],
  header: ['colon', 'keep'],
  indent: ['none', 'ideographic'],
  punctuation: ['full-width', 'keep'],
  quotes: ['curly', 'keep'],
  spaceInQuotes: ['keep', 'remove'],
  spaceAroundLatin: ['keep', 'remove'],
  endOfLine: ['auto', 'lf', 'crlf', 'cr'],
};

/** The counts and their bounds: more blank lines than this is no style. */
const COUNTS: { readonly [K in keyof FormatOptions]?: readonly [number, number] } = {
  blankLinesBetweenBlocks: [0, 3],
  blankLinesBetweenItems: [1, 4],
};

export const FORMAT_OPTION_KEYS = Object.keys(DEFAULT_FORMAT_OPTIONS) as ReadonlyArray<keyof FormatOptions>;

/** The padding characters a style stands for. */
export function paddingText(padding: Padding): string {
  return padding === 'ideographic' ? '\u3000' : padding === 'space' ? ' ' : '';
}

/**
 * Reads a `"format"` section: unknown keys and values outside the choices
 * throw an Error whose message says what was expected (the config loader
 * prefixes the file).
 */
export function normaliseFormatOptions(raw: unknown): FormatOptions {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`"format" is ${describe(raw)}, expected an object`);
  const options: FormatOptions = { ...DEFAULT_FORMAT_OPTIONS };
  for (const [key, value] of Object.entries(raw)) {
    const choices = CHOICES[key as keyof FormatOptions];
    const bounds = COUNTS[key as keyof FormatOptions];
    if (choices !== undefined) {
      if (typeof value !== 'string' || !choices.includes(value)) {
        throw new Error(`"format.${key}" is ${describe(value)}, expected ${choices.map((choice) => `"${choice}"`).join(', ')}`);
      }
      (options as unknown as Record<string, unknown>)[key] = value;
    } else if (bounds !== undefined) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds[0] || value > bounds[1]) {
        throw new Error(`"format.${key}" is ${describe(value)}, expected a whole number from ${bounds[0]} to ${bounds[1]}`);
      }
      (options as unknown as Record<string, unknown>)[key] = value;
    } else {
      throw new Error(`unknown format option ${describe(key)}; expected ${FORMAT_OPTION_KEYS.join(', ')}`);
    }
  }
  return options;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
