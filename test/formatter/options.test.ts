// The "format" section of the configuration: defaults, choices, and one clear
// error for anything else; the guard every rewritten piece passes (purity: purity.test.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, normaliseConfig } from '../../src/check/config.js';
import { DEFAULT_FORMAT_OPTIONS, fold, normaliseFormatOptions, saysTheSame } from '../../src/formatter/index.js';

describe('format options', () => {
  it('defaults to the newspaper style', () => {
    expect(defaultConfig().format).toEqual({
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
  });

  it('takes the keys it knows, the others keeping their defaults', () => {
    expect(normaliseConfig({ format: { namePadding: 'none', blankLinesBetweenItems: 1 } }, 'c').format).toEqual({
      ...DEFAULT_FORMAT_OPTIONS,
      namePadding: 'none',
      blankLinesBetweenItems: 1,
    });
  });

  it.each([
    [{ namePadding: 'fullwidth' }, /"format.namePadding" is "fullwidth", expected "ideographic", "space", "none"/],
    [{ blankLinesBetweenItems: 0 }, /"format.blankLinesBetweenItems" is 0, expected a whole number from 1 to 4/],
    [{ blankLinesBetweenBlocks: 1.5 }, /from 0 to 3/],
    [{ indnet: 'none' }, /unknown format option "indnet"; expected namePadding, /],
  ])('refuses %j', (format, message) => {
    expect(() => normaliseFormatOptions(format)).toThrow(message);
    expect(() => normaliseConfig({ format }, 'bulletin.config.json')).toThrow(ConfigError);
    expect(() => normaliseConfig({ format }, 'bulletin.config.json')).toThrow(/^Cannot read config bulletin.config.json: /);
  });

  it('refuses a section that is not an object', () => {
    expect(() => normaliseConfig({ format: ['none'] }, 'c')).toThrow(/"format" is \["none"\], expected an object/);
  });
});

describe('the guard', () => {
  it.each([
    ['近日,东山社区', '近日，东山社区', true],
    ['等等...好', '等等……好', true],
    ['等等。。。好', '等等……好', true],
    ['--东关', '——东关', true],
    ['"好"', '“好”', true],
    ['(李 莉)', '（李　莉）', true],
    ['苏村社区 开展', '苏村社区开展', true],
    ['苏村社区 开展', '苏村社区：开展', false],
    ['李莉', '李丽', false],
    ['等等..好', '等等……好', false],
    ['-东关', '——东关', false],
    // A dash or an ellipsis split by a space is one run to fold, which drops the space first.
    ['一路看— —', '一路看——', true],
    ['等等… …好', '等等……好', true],
  ])('saysTheSame(%j, %j) is %s, as fold compares them', (a, b, same) => {
    expect(saysTheSame(a, b)).toBe(same);
    expect(fold(a) === fold(b)).toBe(same);
  });

  it('agrees with fold on any pair of short strings from the characters it folds', () => {
    const chars = fc.constantFrom('.', '。', '．', '…', '-', '－', '—', ',', '，', '"', '“', '”', ' ', '\u3000', '李', 'a');
    const text = fc.array(chars, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        // The guard may be stricter than fold (white space inside a run of dots), never laxer.
        if (saysTheSame(a, b)) expect(fold(a)).toBe(fold(b));
      }),
      { numRuns: 2000 },
    );
  });
});
