// Selectors: command-line options → one predicate over items. Every option
// given must hold (AND). Pure: no I/O, throws only SelectorError for values
// it cannot use.

import type { Item, ItemKind } from '../model.js';
import { parseIsoDate } from './date.js';
import { compilePattern, isRegexLiteral, PatternError, type TextMatcher } from './pattern.js';

export interface SelectorOptions {
  /** Text or `/re/` tested against the item's community. */
  community?: string;
  /** A contributor's name, padding-insensitive (`李莉` matches `李 莉`), or `/re/` tested against the names. */
  author?: string;
  kind?: ItemKind;
  /** Text or `/re/` tested against the title and the body. */
  grep?: string;
  /** First day, inclusive (yyyy-mm-dd); items without a date never match a range. */
  from?: string;
  /** Last day, inclusive (yyyy-mm-dd). */
  to?: string;
  truncated?: boolean;
  minChars?: number;
}

export type Selector = (item: Item) => boolean;

export const ITEM_KINDS: readonly ItemKind[] = ['brief', 'feature', 'photo', 'other'];

/** A selector value that cannot be used; `option` is the key in SelectorOptions. */
export class SelectorError extends Error {
  override name = 'SelectorError';
  constructor(
    readonly option: keyof SelectorOptions,
    message: string,
  ) {
    super(message);
  }
}

/** Any white space, ideographic space (U+3000) included: names are padded to two or three characters. */
const PADDING = /\s+/gu;

/** True when at least one selector is set, so that "nothing matched" means something. */
export function hasSelectors(options: SelectorOptions): boolean {
  return Object.values(options).some((value) => value !== undefined);
}

/** Compiles the options into one predicate; throws SelectorError naming the first bad option. */
export function compileSelector(options: SelectorOptions): Selector {
  const tests: Selector[] = [];
  const { community, author, kind, grep, from, to, truncated, minChars } = options;

  if (community !== undefined) {
    const matches = pattern('community', community);
    tests.push((item) => item.community !== null && matches(item.community));
  }
  if (author !== undefined) {
    const matches = authorMatcher(author);
    tests.push((item) => item.authors.some((name) => matches(name)));
  }
  if (kind !== undefined) {
    if (!ITEM_KINDS.includes(kind)) {
      throw new SelectorError('kind', `Unexpected kind ${JSON.stringify(kind)}, expected one of ${ITEM_KINDS.join(', ')}`);
    }
    tests.push((item) => item.kind === kind);
  }
  if (grep !== undefined) {
    const matches = pattern('grep', grep);
    tests.push((item) => (item.title !== null && matches(item.title)) || item.blocks.some((block) => matches(block.text)));
  }
  if (from !== undefined || to !== undefined) {
    const first = from === undefined ? null : date('from', from);
    const last = to === undefined ? null : date('to', to);
    tests.push((item) => item.date !== null && (first === null || item.date >= first) && (last === null || item.date <= last));
  }
  if (truncated !== undefined) tests.push((item) => item.truncated === truncated);
  if (minChars !== undefined) {
    if (!Number.isInteger(minChars) || minChars < 0) {
      throw new SelectorError('minChars', `Unexpected ${minChars}, expected a whole number of characters, 0 or more`);
    }
    tests.push((item) => item.characters >= minChars);
  }

  return (item) => tests.every((test) => test(item));
}

/** A plain name matches a whole name once padding is removed on both sides; `/re/` is tested against the unpadded names. */
function authorMatcher(value: string): TextMatcher {
  const name = value.replace(PADDING, '');
  if (isRegexLiteral(value)) return pattern('author', value);
  if (name === '') throw new SelectorError('author', 'Unexpected empty name, expected a name such as 李莉');
  return (author) => author.replace(PADDING, '') === name;
}

function pattern(option: keyof SelectorOptions, value: string): TextMatcher {
  return rethrow(option, () => compilePattern(value));
}

function date(option: keyof SelectorOptions, value: string): string {
  return rethrow(option, () => parseIsoDate(value));
}

function rethrow<T>(option: keyof SelectorOptions, compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    if (error instanceof PatternError) throw new SelectorError(option, error.message);
    throw error;
  }
}
