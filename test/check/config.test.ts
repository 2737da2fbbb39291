import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, findConfig, loadConfig, normaliseConfig } from '../../src/check/config.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../src/formatter/options.js';

describe('normaliseConfig', () => {
  it('reads severities (warn = warning) and rule options', () => {
    const config = normaliseConfig({ rules: { 'lead-missing': 'off', 'encoding': 'warn', 'title-length': ['error', { max: 20 }] } }, 'c.json');
    expect(config.rules['lead-missing']).toEqual({ severity: 'off', options: { maxCharacters: 600 } });
    expect(config.rules['encoding']!.severity).toBe('warning');
    expect(config.rules['title-length']).toEqual({ severity: 'error', options: { max: 20 } });
    expect(config.rules['truncated-body']!.severity).toBe('error');
  });

  it('reads vocabulary', () => {
    expect(normaliseConfig({ vocabulary: { roles: ['特约撰稿人'] } }, 'c').vocabulary).toEqual({ roles: ['特约撰稿人'] });
  });

  it('takes every severity name, and trims the vocabulary\'s words', () => {
    const levels = ['off', 'info', 'warn', 'warning', 'error'].map(
      (level) => normaliseConfig({ rules: { 'title-length': level } }, 'c').rules['title-length']!.severity,
    );
    expect(levels).toEqual(['off', 'info', 'warning', 'warning', 'error']);
    expect(normaliseConfig({ vocabulary: { roles: [' 特约撰稿人 ', '\u3000编辑'] } }, 'c').vocabulary).toEqual({ roles: ['特约撰稿人', '编辑'] });
  });

  it('takes the house style of bulletin format and a $schema, and starts from the formatter\'s defaults', () => {
    expect(defaultConfig().format).toEqual(DEFAULT_FORMAT_OPTIONS);
    const config = normaliseConfig({ $schema: './schema.json', format: { namePadding: 'space' } }, 'c');
    expect(config.format).toEqual({ ...DEFAULT_FORMAT_OPTIONS, namePadding: 'space' });
    expect(config.source).toBe('c');
    expect(() => normaliseConfig({ format: { namePadding: 'tab' } }, 'c.json')).toThrow(/^Cannot read config c\.json: "format\.namePadding" is "tab", expected /);
  });

  it('throws a ConfigError by that name, which the CLI reports in one line', () => {
    expect(() => normaliseConfig([], 'c')).toThrow(expect.objectContaining({ name: 'ConfigError' }));
  });

  it('names an inline configuration as such', () => {
    expect(() => normaliseConfig({ rules: 1 }, null)).toThrow('Cannot read config (inline): "rules" is 1, expected an object of rule ids');
  });

  it.each([
    [{ rules: { foo: 'error' } }, /^Cannot read config c\.json: unknown rule "foo"; known rules: header-format, /],
    // Every object has a `constructor`: it is no severity.
    [{ rules: { 'title-length': 'constructor' } }, /rule "title-length" has severity "constructor", expected off, info, warn or error$/],
    [{ rules: { 'title-length': [['warn']] } }, /rule "title-length" has severity \["warn"\], expected off/],
    [{ rules: { 'title-length': undefined } }, /rule "title-length" has severity missing, expected off/],
    [{ rules: { 'title-length': null } }, /rule "title-length" has severity null, expected off/],
    [{ rules: { 'title-length': [] } }, /rule "title-length" is \[\], expected "off" \| "info" \| "warn" \| "error" or \[severity, \{ options \}\]$/],
    [{ rules: { 'title-length': ['warn', {}, 1] } }, /rule "title-length" is \["warn",\{\},1\], expected "off"/],
    [{ rules: { 'title-length': ['warn', 'max'] } }, /rule "title-length" has options "max", expected an object$/],
    [{ rules: { 'title-length': ['warn', null] } }, /rule "title-length" has options null, expected an object$/],
    [{ rules: [] }, /"rules" is \[\], expected an object of rule ids$/],
    [{ rules: null }, /"rules" is null, expected an object of rule ids$/],
    [null, /expected a JSON object, found null$/],
    [{ vocabulary: ['roles'] }, /"vocabulary" is \["roles"\], expected an object$/],
    [{ vocabulary: { words: ['x'] } }, /unknown vocabulary "words"; expected organisationSuffixes, roles, creditVerbs$/],
    [{ vocabulary: { roles: ['特约撰稿人', 1] } }, /vocabulary "roles" is \["特约撰稿人",1\], expected an array of non-empty strings$/],
    [{ vocabulary: { roles: ['特约撰稿人', ' '] } }, /vocabulary "roles" is \["特约撰稿人"," "\], expected an array/],
    [{ rules: { 'title-length': 'fatal' } }, /rule "title-length" has severity "fatal", expected off, info, warn or error/],
    [{ rules: { 'title-length': ['warn', { max: 0 }] } }, /rule "title-length": option "max" is 0, expected a positive integer/],
    [{ rules: { 'title-length': ['warn', { maximum: 5 }] } }, /unknown option "maximum", expected "max"/],
    [{ rules: { 'truncated-body': ['warn', { max: 5 }] } }, /unknown option "max", expected no options/],
    [{ rule: {} }, /unknown key "rule"/],
    [[], /expected a JSON object/],
    [{ vocabulary: { roles: 'x' } }, /vocabulary "roles" is "x", expected an array/],
  ])('rejects %j with a clear message', (raw, message) => {
    expect(() => normaliseConfig(raw, 'c.json')).toThrow(ConfigError);
    expect(() => normaliseConfig(raw, 'c.json')).toThrow(message);
  });
});

// Issue 14, defect 8: a value nested 5,000 levels deep overflowed the stack
// (`internal error: RangeError` with a stack), and a 5 MB string was echoed
// whole in the error line. One short line instead.
describe('normaliseConfig: values too deep or too long', () => {
  const nest = (levels: number, inner: unknown = 1): unknown => {
    let value = inner;
    for (let i = 0; i < levels; i++) value = [value];
    return value;
  };
  const big = 'x'.repeat(5_000_000);

  it.each([
    ['the whole config', nest(5000), /at \[0\]\[0\]\[0\]\[0\]…;/],
    ['"rules"', { rules: nest(5000) }, /at rules\[0\]\[0\]\[0\]…;/],
    ['a severity', { rules: { 'title-length': nest(5000) } }, /at rules\.title-length\[0\]\[0\]…;/],
    ['a rule option', { rules: { 'title-length': ['warn', { max: nest(5000) }] } }, /at rules\.title-length\[1\]\.max…;/],
    ['a vocabulary', { vocabulary: { roles: nest(5000) } }, /at vocabulary\.roles\[0\]\[0\]…;/],
  ])('5,000 levels in %s: one ConfigError naming where', (_, raw, where) => {
    expect(() => normaliseConfig(raw, 'c.json')).toThrow(ConfigError);
    expect(() => normaliseConfig(raw, 'c.json')).toThrow(/^Cannot read config c\.json: a value nested more than 64 levels deep at /);
    expect(() => normaliseConfig(raw, 'c.json')).toThrow(where);
  });

  it('keeps a deep object as one line too', () => {
    let value: unknown = 1;
    for (let i = 0; i < 5000; i++) value = { a: value };
    expect(() => normaliseConfig({ rules: { 'title-length': ['warn', { max: value }] } }, 'c.json')).toThrow(/at rules\.title-length\[1\]\.max…; a configuration is a few levels deep$/);
  });

  it.each([
    ['a severity', { rules: { 'title-length': big } }, /has severity "x{59}… \(5000002 characters\), expected off/],
    ['a rule option', { rules: { 'title-length': ['warn', { max: big }] } }, /option "max" is "x+… \(\d+ characters\)/],
    ['a vocabulary', { vocabulary: { roles: big } }, /vocabulary "roles" is "x{59}… \(5000002 characters\), expected an array/],
    ['a key', { [big]: 1 }, /unknown key "x{59}… \(5000002 characters\); expected "rules"/],
    ['a rule id', { rules: { [big]: 'warn' } }, /unknown rule "x{59}… \(5000002 characters\); known rules/],
  ])('a 5 MB string in %s: echoed cut short, the line under 400 characters', (_, raw, message) => {
    let error: unknown;
    try {
      normaliseConfig(raw, 'c.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.length).toBeLessThan(400);
    expect((error as Error).message).not.toContain('\n');
  });

  it('allows 64 levels, not 65', () => {
    // nest(64): arrays 0 to 63 levels deep around a number; nest(65) has an array at level 64.
    expect(() => normaliseConfig(nest(64), 'c.json')).toThrow(/expected a JSON object, found \[\[\[/);
    expect(() => normaliseConfig(nest(65), 'c.json')).toThrow(/nested more than 64 levels deep at \[0\]\[0\]\[0\]\[0\]…;/);
  });

  it('echoes a value of 60 characters whole, and cuts a longer one between characters, not inside one', () => {
    // JSON of 58 x's is 60 characters with its quotes.
    expect(() => normaliseConfig({ rules: { 'title-length': 'x'.repeat(58) } }, 'c')).toThrow(`has severity "${'x'.repeat(58)}", expected off`);
    // The cut at 60 falls after 59 characters and the first unit of a pair: it moves before the pair.
    // U+10000 and U+10FC00 open with the first and the last high surrogate, \ud800 and \udbff.
    const severityMessage = (severity: string) => {
      try {
        normaliseConfig({ rules: { 'title-length': severity } }, 'c');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    const x58 = 'x'.repeat(58);
    expect(severityMessage(`${x58}\u{10000}y`)).toContain(`has severity "${x58}… (63 characters), expected off`);
    expect(severityMessage(`${x58}\u{10fc00}y`)).toContain(`has severity "${x58}… (63 characters), expected off`);
    // A character of one unit above the surrogates (，U+FF0C) stays whole before the cut.
    expect(severityMessage(`${x58}，y`)).toContain(`has severity "${x58}，… (62 characters), expected off`);
  });

  it('the depth limit leaves real configurations alone', () => {
    expect(normaliseConfig({ rules: { 'title-length': ['warn', { max: 20 }] }, vocabulary: { roles: ['特约撰稿人'] } }, 'c').rules['title-length']!.options).toEqual({ max: 20 });
  });
});

describe('finding the configuration', () => {
  const files: Record<string, string> = {
    '/repo/package.json': JSON.stringify({ name: 'x', bulletin: { rules: { 'lead-missing': 'off' } } }),
    '/repo/pages/bulletin.config.json': JSON.stringify({ rules: { 'lead-missing': 'error' } }),
    '/other/package.json': JSON.stringify({ name: 'y' }),
    '/bad/bulletin.config.json': '{ "rules": ',
  };
  const read = (path: string) => files[path] ?? null;

  it('walks up to the nearest bulletin.config.json or package.json "bulletin" key', () => {
    expect(findConfig('/repo/pages/2024', read)?.source).toBe('/repo/pages/bulletin.config.json');
    expect(findConfig('/repo/src', read)?.source).toBe('/repo/package.json ("bulletin" key)');
    expect(findConfig('/other/x', read)).toBeNull();
    expect(loadConfig({ cwd: '/other', read })).toEqual(defaultConfig());
  });

  it('prefers --config, relative to the working directory', () => {
    expect(loadConfig({ cwd: '/repo/src', configPath: '../pages/bulletin.config.json', read }).rules['lead-missing']!.severity).toBe('error');
    expect(() => loadConfig({ cwd: '/repo', configPath: 'nope.json', read })).toThrow('Cannot read config nope.json: no such file');
    expect(() => loadConfig({ cwd: '/other', configPath: 'package.json', read })).toThrow(/no "bulletin" key/);
  });

  it('reads --config package.json by its "bulletin" key', () => {
    expect(loadConfig({ cwd: '/repo', configPath: 'package.json', read }).rules['lead-missing']!.severity).toBe('off');
    expect(loadConfig({ cwd: '/repo', configPath: 'package.json', read }).source).toBe('package.json');
  });

  it('reads a file that opens with a byte-order mark, and keeps one inside a value', () => {
    const withBom: Record<string, string> = { '/b/bulletin.config.json': '\ufeff{ "vocabulary": { "roles": ["特约\ufeff撰稿人"] } }' };
    expect(loadConfig({ cwd: '/b', read: (path) => withBom[path] ?? null }).vocabulary).toEqual({ roles: ['特约\ufeff撰稿人'] });
    const bomInside: Record<string, string> = { '/b/bulletin.config.json': '{ "vocabulary": { "roles": ["特约\ufeff撰稿人"] } }' };
    expect(loadConfig({ cwd: '/b', read: (path) => bomInside[path] ?? null }).vocabulary).toEqual({ roles: ['特约\ufeff撰稿人'] });
  });

  it('calls malformed JSON malformed, naming the file', () => {
    expect(() => loadConfig({ cwd: '/bad', read })).toThrow(/^Cannot read config \/bad\/bulletin\.config\.json: malformed JSON/);
  });
});
