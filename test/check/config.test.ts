import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, findConfig, loadConfig, normaliseConfig } from '../../src/check/config.js';

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

  it.each([
    [{ rules: { foo: 'error' } }, /^Cannot read config c\.json: unknown rule "foo"; known rules: header-format, /],
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

  it('calls malformed JSON malformed, naming the file', () => {
    expect(() => loadConfig({ cwd: '/bad', read })).toThrow(/^Cannot read config \/bad\/bulletin\.config\.json: malformed JSON/);
  });
});
