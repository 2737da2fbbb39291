// Text selectors: plain text matches as a substring, `/re/flags` as a
// regular expression (`/苏村|东山/`, `/^西/i`). One parser for every option
// that takes text, so `--community` and `--grep` read the same way.

/** Tests one string; never stateful (no `g` or `y` flag survives). */
export type TextMatcher = (text: string) => boolean;

/** A selector value the query cannot use; `message` names the value and why. */
export class PatternError extends Error {
  override name = 'PatternError';
}

/** `/body/flags`: the whole value, body non-empty; flags are checked by RegExp itself. */
const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;

/** Flags that make `test()` depend on the previous call: dropped, a selector tests each item afresh. */
const STATEFUL_FLAGS = /[gy]/g;

/** True when the value is written as `/re/flags`. */
export function isRegexLiteral(value: string): boolean {
  return REGEX_LITERAL.test(value);
}

/** Compiles `text` or `/re/flags` into a matcher; throws PatternError on a bad expression. */
export function compilePattern(value: string): TextMatcher {
  const literal = REGEX_LITERAL.exec(value);
  if (literal === null) {
    if (value === '') throw new PatternError('Unexpected empty text, expected some text or a /regular expression/');
    return (text) => text.includes(value);
  }
  const [, body = '', flags = ''] = literal;
  let regex: RegExp;
  try {
    regex = new RegExp(body, flags.replace(STATEFUL_FLAGS, ''));
  } catch (error) {
    throw new PatternError(`Invalid regular expression ${value}: ${reasonOf(error)}`);
  }
  return (text) => regex.test(text);
}

/** V8 says `Invalid regular expression: /(/: Unterminated group`; keep the reason only. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Invalid (regular expression|flags supplied to RegExp constructor)[^:]*:\s*(\/.*\/[a-z]*:\s*)?/s, '') || message;
}
