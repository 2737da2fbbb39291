// The "format" section of the configuration: defaults, choices, and one clear
// error for anything else.

import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, normaliseConfig } from '../../src/check/config.js';
import { DEFAULT_FORMAT_OPTIONS, normaliseFormatOptions } from '../../src/formatter/index.js';

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
