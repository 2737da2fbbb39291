// Configuration: one function (normaliseConfig) turns what a file says into
// `{ rules, vocabulary }`; findConfig walks up from a directory to the file.
// No file is read here: the CLI passes a `read` function.
//
//   bulletin.config.json                       package.json
//   {                                          { "name": "…",
//     "rules": {                                 "bulletin": { "rules": { "lead-missing": "off" } } }
//       "title-length": ["warn", { "max": 20 }],
//       "lead-missing": "off"
//     },
//     "vocabulary": { "organisationSuffixes": ["合作社"] },
//     "format": { "namePadding": "space" }         the house style of bulletin format (src/formatter/options.ts)
//   }

import { dirname, join, resolve } from 'node:path';
import { DEFAULT_FORMAT_OPTIONS, normaliseFormatOptions } from '../formatter/options.js';
import { RULES, RULE_IDS, findRule } from './registry.js';
import { onlyKeys } from './rules/options.js';
import type { CheckConfig, RuleLevel, RuleSetting } from './types.js';

export const CONFIG_FILE = 'bulletin.config.json';
const PACKAGE_KEY = 'bulletin';

/** Severity names as configuration spells them; `warn` and `warning` are one. */
const LEVELS: Readonly<Record<string, RuleLevel>> = {
  off: 'off',
  info: 'info',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
};

const VOCABULARY_KEYS = ['organisationSuffixes', 'roles', 'creditVerbs'] as const;

/** A configuration that cannot be used: the CLI prints the message and exits 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Every rule at its default level and options. */
export function defaultConfig(): CheckConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) rules[rule.id] = { severity: rule.defaultSeverity, options: rule.options?.defaults ?? {} };
  return { rules, vocabulary: {}, format: { ...DEFAULT_FORMAT_OPTIONS }, source: null };
}

/** Checks and normalises a parsed configuration; `source` names it in errors. */
export function normaliseConfig(raw: unknown, source: string | null): CheckConfig {
  const fail = (reason: string): never => {
    throw new ConfigError(`Cannot read config ${source ?? '(inline)'}: ${reason}`);
  };
  const config = defaultConfig();
  config.source = source;
  // Before anything recurses into the value (JSON.stringify, a rule's option reader).
  const deep = findTooDeep(raw);
  if (deep !== null) fail(`a value nested more than ${MAX_DEPTH} levels deep at ${deep}; a configuration is a few levels deep`);
  if (!isObject(raw)) return fail(`expected a JSON object, found ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (key !== 'rules' && key !== 'vocabulary' && key !== 'format' && key !== '$schema') {
      fail(`unknown key ${describe(key)}; expected "rules", "vocabulary" and "format"`);
    }
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) return fail(`"rules" is ${describe(raw.rules)}, expected an object of rule ids`);
    for (const [id, value] of Object.entries(raw.rules)) {
      const rule = findRule(id);
      if (!rule) fail(`unknown rule ${describe(id)}; known rules: ${RULE_IDS.join(', ')}`);
      const [level, options = {}] = Array.isArray(value) ? value : [value];
      if (Array.isArray(value) && (value.length === 0 || value.length > 2)) {
        fail(`rule "${id}" is ${describe(value)}, expected "off" | "info" | "warn" | "error" or [severity, { options }]`);
      }
      // Own keys only: `constructor` or `toString` is no severity, though every object has one.
      const severity = typeof level === 'string' && Object.hasOwn(LEVELS, level) ? LEVELS[level] : undefined;
      if (severity === undefined) fail(`rule "${id}" has severity ${describe(level)}, expected off, info, warn or error`);
      if (!isObject(options)) return fail(`rule "${id}" has options ${describe(options)}, expected an object`);
      let parsed: unknown = {};
      try {
        onlyKeys(options, Object.keys(rule!.options?.defaults ?? {}));
        parsed = rule!.options ? rule!.options.parse(options) : {};
      } catch (error) {
        // A rule's reader may echo the value whole: the line stays short.
        fail(`rule "${id}": ${clip((error as Error).message, MAX_REASON)}`);
      }
      config.rules[id] = { severity: severity!, options: parsed };
    }
  }
  if (raw.vocabulary !== undefined) {
    if (!isObject(raw.vocabulary)) return fail(`"vocabulary" is ${describe(raw.vocabulary)}, expected an object`);
    for (const [key, words] of Object.entries(raw.vocabulary)) {
      if (!(VOCABULARY_KEYS as readonly string[]).includes(key)) {
        fail(`unknown vocabulary ${describe(key)}; expected ${VOCABULARY_KEYS.join(', ')}`);
      }
      if (!Array.isArray(words) || !words.every((word) => typeof word === 'string' && word.trim() !== '')) {
        fail(`vocabulary "${key}" is ${describe(words)}, expected an array of non-empty strings`);
      }
      config.vocabulary[key as (typeof VOCABULARY_KEYS)[number]] = (words as string[]).map((word) => word.trim());
    }
  }
  if (raw.format !== undefined) {
    try {
      config.format = normaliseFormatOptions(raw.format);
    } catch (error) {
      fail(clip((error as Error).message, MAX_REASON));
    }
  }
  return config;
}

/** Reads a file's text, or null when it does not exist. */
export type ReadText = (path: string) => string | null;

/**
 * The configuration for a run: `--config <path>` when given, else the first
 * bulletin.config.json, or package.json with a "bulletin" key, walking up
 * from `cwd`; else the defaults.
 */
export function loadConfig(options: { cwd: string; configPath?: string | null; read: ReadText }): CheckConfig {
  const { cwd, configPath, read } = options;
  if (configPath) {
    const path = resolve(cwd, configPath);
    const text = read(path);
    if (text === null) throw new ConfigError(`Cannot read config ${configPath}: no such file; check the --config path`);
    const parsed = parseJson(text, configPath);
    const isPackage = path.endsWith('package.json');
    if (isPackage && !(isObject(parsed) && PACKAGE_KEY in parsed)) {
      throw new ConfigError(`Cannot read config ${configPath}: no "${PACKAGE_KEY}" key; add one or point --config at ${CONFIG_FILE}`);
    }
    return normaliseConfig(isPackage ? (parsed as Record<string, unknown>)[PACKAGE_KEY] : parsed, configPath);
  }
  const found = findConfig(cwd, read);
  return found ? normaliseConfig(found.raw, found.source) : defaultConfig();
}

/** The nearest configuration at or above `cwd`, with its path. */
export function findConfig(cwd: string, read: ReadText): { source: string; raw: unknown } | null {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    const text = read(file);
    if (text !== null) return { source: file, raw: parseJson(text, file) };
    const pkgFile = join(dir, 'package.json');
    const pkg = read(pkgFile);
    if (pkg !== null) {
      const parsed = parseJson(pkg, pkgFile);
      if (isObject(parsed) && PACKAGE_KEY in parsed) return { source: `${pkgFile} ("${PACKAGE_KEY}" key)`, raw: parsed[PACKAGE_KEY] };
    }
    if (dirname(dir) === dir) return null;
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ConfigError(`Cannot read config ${source}: malformed JSON (${clip((error as Error).message, MAX_REASON)}); fix the file or pass --config`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deeper than this is not a configuration (ours is 5 levels at most), and would overflow the stack of whatever recurses into it. */
const MAX_DEPTH = 64;
/** Characters of a value echoed in an error line: a 5 MB string is not printed whole. */
const MAX_ECHO = 60;
const MAX_REASON = 200;
/** Steps of the path to a too-deep value that the message names. */
const SHOWN_STEPS = 4;

/**
 * Where `value` first nests deeper than MAX_DEPTH, by its first steps
 * (`rules.title-length[1].max…`), else null. A loop with its own stack, not
 * recursion: it must not overflow on the input it is there to catch.
 */
function findTooDeep(value: unknown): string | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value: node, depth, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_DEPTH) return `${path}…`;
    const entries = Array.isArray(node) ? node.map((item, i) => [`[${i}]`, item] as const) : Object.entries(node).map(([key, item]) => [key, item] as const);
    for (const [step, item] of entries) {
      const named = step.startsWith('[') || path === '' ? clip(step, 20) : `.${clip(step, 20)}`;
      stack.push({ value: item, depth: depth + 1, path: depth < SHOWN_STEPS ? path + named : path });
    }
  }
  return null;
}

/** A value as JSON for an error line, cut to MAX_ECHO characters with its length: `"xxxx…" (5000000 characters)`. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  return clip(JSON.stringify(value), MAX_ECHO);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // not half a character
  return `${text.slice(0, end)}… (${text.length} characters)`;
}
