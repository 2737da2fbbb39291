// User regular expressions run on RE2 (linear time): issue 14, defect 7, a
// `--grep '/(a+)+b/'` on a line of 40 `a`s ran for ever and not even Ctrl-C
// could stop it. What changes for the user is held here: the same answers as
// JavaScript's RegExp where RE2 can run the expression, one clear error where
// it cannot.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, PatternError } from '../../src/query/index.js';

describe('compilePattern: /re/ on RE2', () => {
  it('runs an expression that backtracks catastrophically in V8 in linear time', () => {
    // In V8 each of these takes 2^n steps: 40 `a`s would take days, 100,000 for ever.
    expect(compilePattern('/(a+)+b/')('a'.repeat(40))).toBe(false);
    expect(compilePattern('/(a+)+b/')(`${'a'.repeat(100_000)}c`)).toBe(false);
    expect(compilePattern('/^(\\w+\\s?)*$/')(`${'word '.repeat(20_000)}!`)).toBe(false);
    expect(compilePattern('/(a+)+b/')(`${'a'.repeat(40)}b`)).toBe(true);
  });

  it('keeps JavaScript syntax: \\u escapes, named groups, \\p{Han} with u, lookbehind, flags', () => {
    expect(compilePattern('/[\\u4e00-\\u9fff]{2}社区/')('苏村社区')).toBe(true);
    expect(compilePattern('/(?<place>苏村)社区/')('苏村社区')).toBe(true);
    expect(compilePattern('/^\\p{Script=Han}+$/u')('𡋾村')).toBe(true);
    expect(compilePattern('/\\u{212FE}村/u')('𡋾村')).toBe(true);
    expect(compilePattern('/^\\p{sc=Han}\\P{gc=Lu}$/u')('村a')).toBe(true);
    expect(compilePattern('/(?<=苏)村/')('苏村')).toBe(true);
    expect(compilePattern('/(?<=东)村/')('苏村')).toBe(false);
    expect(compilePattern('/^西/m')('东\n西')).toBe(true);
    expect(compilePattern('/^西/')('东\n西')).toBe(false);
    expect(compilePattern('/A.C/i')('abc')).toBe(true);
    expect(compilePattern('/a.c/s')('a\nc')).toBe(true);
  });

  it('\\s is JavaScript white space (U+3000 too), . stops at \\r as in JavaScript', () => {
    expect(compilePattern('/党员\\s活动/')('党员\u3000活动')).toBe(true);
    expect(compilePattern('/党员[\\s，]活动/')('党员\u3000活动')).toBe(true);
    expect(compilePattern('/党员\\S活动/')('党员\u3000活动')).toBe(false);
    expect(compilePattern('/a.c/')('a\rc')).toBe(false);
  });

  it('lookahead and backreferences: one line naming the expression and why', () => {
    expect(() => compilePattern('/a(?=b)/')).toThrow(PatternError);
    expect(() => compilePattern('/a(?=b)/')).toThrow(/^Unsupported regular expression \/a\(\?=b\)\/: .*\(\?=.*linear time \(RE2\), without lookahead or backreferences$/);
    expect(() => compilePattern('/(a)\\1/')).toThrow(/^Unsupported regular expression \/\(a\)\\1\/: invalid escape sequence/);
    // V8's syntax errors still come first, in V8's words.
    expect(() => compilePattern('/(/')).toThrow(/\/\(\/: Unterminated group/);
  });

  // A law: where RE2 runs the expression, it answers as V8 does (by character, as with the u flag).
  it('answers as RegExp#test does, for expressions built from common pieces', () => {
    const atom = fc.constantFrom('社', '区', 'a', 'B', ' ', '\u3000', '\\s', '\\S', '.', '\\d', '\\w', '[^社]', '[a社\\s]', '(社|区)', '\\u793e', '\\n');
    const quantifier = fc.constantFrom('', '', '*', '+', '?', '{1,2}', '*?');
    const expression = fc
      .tuple(fc.boolean(), fc.array(fc.tuple(atom, quantifier), { minLength: 1, maxLength: 5 }), fc.boolean())
      .map(([start, parts, end]) => `${start ? '^' : ''}${parts.map(([a, q]) => a + q).join('')}${end ? '$' : ''}`);
    const flags = fc.subarray(['i', 'm', 's', 'u']).map((list) => list.join(''));
    const text = fc.array(fc.constantFrom('社', '区', 'a', 'b', 'A', '1', ' ', '\u3000', '\n', '\r', '\u00a0', '_', '𡋾'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(expression, flags, fc.array(text, { minLength: 1, maxLength: 5 }), (body, flag, texts) => {
        const matches = compilePattern(`/${body}/${flag}`);
        // RE2 reads by character, as RegExp does with the u flag: without it, V8 reads 𡋾 as two halves.
        const reference = new RegExp(body, flag.includes('u') ? flag : `${flag}u`);
        // One difference, documented: with m, ^ and $ meet line ends at \n only, not at a lone \r.
        const lines = flag.includes('m') ? texts.map((t) => t.replace(/\r/g, '\n')) : texts;
        for (const sample of lines) expect(matches(sample), `/${body}/${flag} on ${JSON.stringify(sample)}`).toBe(reference.test(sample));
      }),
      { numRuns: 2000 },
    );
  });
});
