// The formatter's promise, checked on every piece it rewrites: the rewritten
// text holds the same characters as the source, in the same order, once white
// space is dropped and width, quotes, ellipses and dashes are folded. A piece
// that fails (a parser field that is not its source text, a rule that went
// wrong) is printed as it stands instead. The laws in test/formatter check the
// same fold over whole pages.

const WHITE = /[\s\u3000\u00a0\ufeff]+/g;
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
const DOUBLE_QUOTE = /[“”]/g;
const SINGLE_QUOTE = /[‘’]/g;
const ELLIPSIS = /(?:…|\.{3,}|。{3,})+/g;
const DASH = /(?:—|--)+/g;

/** The text as the promise compares it. */
export function fold(text: string): string {
  return text
    .replace(WHITE, '')
    .replace(FULL_WIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(DOUBLE_QUOTE, '"')
    .replace(SINGLE_QUOTE, "'")
    .replace(ELLIPSIS, '…')
    .replace(DASH, '—');
}

/** Whether `formatted` says what `source` says, character for character, modulo width and white space. */
export function saysTheSame(source: string, formatted: string): boolean {
  return source === formatted || fold(source) === fold(formatted);
}
