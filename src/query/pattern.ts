// Text selectors: plain text matches as a substring, `/re/flags` as a
// regular expression (`/苏村|东山/`, `/^西/i`). One parser for every option
// that takes text, so `--community` and `--grep` read the same way.
//
// A user's expression runs on RE2 (re2js, pure JavaScript), which matches in
// time linear in the text: V8's backtracking engine can take forever on
// `/(a+)+b/` against a line of 40 `a`s, and a regex running in V8 cannot be
// interrupted, not even by Ctrl-C. The price: no lookahead and no
// backreferences (RE2 has no linear-time way to run them); lookbehind is
// supported. The syntax is JavaScript's; see docs/cli.md.

import { createRequire } from 'node:module';

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

/** Compiles `text` or `/re/flags` into a matcher; throws PatternError on a bad or unsupported expression. */
export function compilePattern(value: string): TextMatcher {
  const literal = REGEX_LITERAL.exec(value);
  if (literal === null) {
    if (value === '') throw new PatternError('Unexpected empty text, expected some text or a /regular expression/');
    return (text) => text.includes(value);
  }
  const [, body = '', given = ''] = literal;
  const flags = given.replace(STATEFUL_FLAGS, '');
  // V8 checks the syntax and the flags first: its messages are the ones people know.
  try {
    new RegExp(body, flags);
  } catch (error) {
    throw new PatternError(`Invalid regular expression ${value}: ${reasonOf(error)}`);
  }
  const { RE2JS } = re2js();
  let regex: InstanceType<Re2js['RE2JS']>;
  try {
    const options = (flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) | (flags.includes('m') ? RE2JS.MULTILINE : 0) | (flags.includes('s') ? RE2JS.DOTALL : 0);
    regex = RE2JS.compile(asJavaScriptClasses(RE2JS.translateRegExp(body), flags.includes('s')), options | RE2JS.LOOKBEHINDS);
  } catch (error) {
    throw new PatternError(
      `Unsupported regular expression ${value}: ${re2Reason(error)}; ` +
        'expressions run in linear time (RE2), without lookahead or backreferences',
    );
  }
  return (text) => regex.test(text);
}

type Re2js = typeof import('re2js');

let loaded: Re2js | null = null;

/** Loaded the first time a `/re/` is given: plain runs and `--version` never pay its ~15 ms. */
function re2js(): Re2js {
  loaded ??= createRequire(import.meta.url)('re2js') as Re2js;
  return loaded;
}

/** JavaScript's white space (`\s`): RE2's is ASCII only, and Chinese text is full of U+3000. */
const JS_SPACE = '\\t\\n\\x0b\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
/** What JavaScript's `.` matches without the `s` flag: RE2's stops at `\n` only. */
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

/** `{Script=Han}`, `{sc=Han}`, `{gc=Lu}`: RE2 knows scripts and categories by their bare names, `\p{Han}`. */
const UNICODE_PROPERTY = /^\{(?:Script|sc|General_Category|gc)=([A-Za-z_]+)\}/;

/**
 * Gives an RE2 expression JavaScript's meaning of `\s`, `\S`, `.` and `\p{Script=…}`:
 * `\s` → `[\t\n…\x{3000}…]` (its members, inside a class), `\S` → the
 * negated class outside a class (inside one it keeps RE2's ASCII meaning).
 */
function asJavaScriptClasses(expression: string, dotAll: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i]!;
    if (char === '\\' && i + 1 < expression.length) {
      const next = expression[++i]!;
      const property = next === 'p' || next === 'P' ? UNICODE_PROPERTY.exec(expression.slice(i + 1)) : null;
      if (property !== null) {
        out += `\\${next}{${property[1]}}`;
        i += property[0].length;
      } else if (next === 's') out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      else if (next === 'S' && !inClass) out += `[^${JS_SPACE}]`;
      else out += char + next;
    } else if (char === '[' && !inClass) {
      // No `]` or `^]` right after the bracket to tell from the end: translateRegExp has rewritten JavaScript's `[]`
      // and `[^]` into ranges already.
      inClass = true;
      out += char;
    } else if (char === ']' && inClass) {
      inClass = false;
      out += char;
    } else if (char === '.' && !inClass && !dotAll) {
      out += JS_DOT;
    } else {
      out += char;
    }
  }
  return out;
}

/** re2js says `error parsing regexp: invalid or unsupported Perl syntax: \`(?=\``; keep what follows the colon. */
function re2Reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^error parsing regexp:\s*/, '');
}

/** V8 says `Invalid regular expression: /(/: Unterminated group`; keep the reason only. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Invalid (regular expression|flags supplied to RegExp constructor)[^:]*:\s*(\/.*\/[a-z]*:\s*)?/s, '') || message;
}
