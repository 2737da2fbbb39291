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

/** The text as the promise compares it: no white space; `，` → `,`, `“”` → `"`, `……` and `...` → `…`, `——` and `--` → `—`. */
export function fold(text: string): string {
  return text
    .replace(WHITE, '')
    .replace(FULL_WIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(DOUBLE_QUOTE, '"')
    .replace(SINGLE_QUOTE, "'")
    .replace(ELLIPSIS, '…')
    .replace(DASH, '—');
}

/** Whether `formatted` says what `source` says, character for character, modulo width and white space: fold(a) = fold(b), without building either. */
export function saysTheSame(source: string, formatted: string): boolean {
  if (source === formatted) return true;
  const a = new Folded(source);
  const b = new Folded(formatted);
  for (;;) {
    const x = a.next();
    // (The stream reads a dash or an ellipsis split by white space, `— —`, as two runs, where fold() drops the space
    // first and reads one: where the streams part, fold() decides.)
    if (x !== b.next()) return fold(source) === fold(formatted);
    if (x === END) return true;
  }
}

const END = -1;
const ELLIPSIS_TOKEN = -2;
const DASH_TOKEN = -3;

/** fold() as a stream of character codes, one token per ellipsis or dash run. */
class Folded {
  private at = 0;
  constructor(private readonly text: string) {}

  next(): number {
    const { text } = this;
    while (this.at < text.length && isWhite(text.charCodeAt(this.at))) this.at++;
    if (this.at >= text.length) return END;
    if (this.ellipsisAt(this.at) > 0) {
      // A run of ellipses, `...` and `。。。`, folds to one: `……` = `...` = `......`.
      let length: number;
      while ((length = this.ellipsisAt(this.at)) > 0) this.at += length;
      return ELLIPSIS_TOKEN;
    }
    if (this.dashAt(this.at) > 0) {
      let length: number;
      while ((length = this.dashAt(this.at)) > 0) this.at += length;
      return DASH_TOKEN;
    }
    const code = narrow(text.charCodeAt(this.at++));
    if (code === 0x201c || code === 0x201d) return 0x22;
    if (code === 0x2018 || code === 0x2019) return 0x27;
    return code;
  }

  /** The length of the ellipsis at `at` (`…`, three or more `.`, `．` or `。`), or 0. */
  private ellipsisAt(at: number): number {
    const { text } = this;
    const code = text.charCodeAt(at);
    if (code === 0x2026) return 1;
    const base = narrow(code);
    if (base !== 0x2e && base !== 0x3002) return 0;
    let end = at;
    while (end < text.length && narrow(text.charCodeAt(end)) === base) end++;
    return end - at >= 3 ? end - at : 0;
  }

  /** The length of the dash at `at` (`—`, or two hyphens, `--` or `－－`), or 0. */
  private dashAt(at: number): number {
    const code = this.text.charCodeAt(at);
    if (code === 0x2014) return 1;
    return narrow(code) === 0x2d && narrow(this.text.charCodeAt(at + 1)) === 0x2d ? 2 : 0;
  }
}

/** A full-width ASCII form (`，`, `．`, `－`) as its ASCII character's code. */
function narrow(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

function isWhite(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 0x85 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}
