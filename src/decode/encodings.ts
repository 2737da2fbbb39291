// Encoding names: the canonical set the decoder supports and the aliases
// people type (`--encoding gbk`, `UTF8`, `cp950`).

/** Canonical names, `auto` first: for error messages that list the allowed values. */
export const SUPPORTED_ENCODINGS: readonly string[] = Object.freeze([
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
]);

/** A canonical encoding name other than `auto`. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

// GB2312 and GBK are subsets of GB18030, so every GB label decodes as GB18030.
// `big5` is decoded as iconv-lite's Big5-HKSCS, a superset of CP950.
const ALIASES: ReadonlyMap<string, Encoding | 'auto'> = new Map<string, Encoding | 'auto'>([
  ['auto', 'auto'],
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['utf-16le', 'utf-16le'],
  ['utf16le', 'utf-16le'],
  ['ucs-2', 'utf-16le'],
  ['ucs2', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
  ['utf16be', 'utf-16be'],
  ['gb18030', 'gb18030'],
  ['gbk', 'gb18030'],
  ['gb2312', 'gb18030'],
  ['cp936', 'gb18030'],
  ['windows-936', 'gb18030'],
  ['x-gbk', 'gb18030'],
  ['euc-cn', 'gb18030'],
  ['big5', 'big5'],
  ['big5-hkscs', 'big5'],
  ['big5hkscs', 'big5'],
  ['cp950', 'big5'],
  ['windows-950', 'big5'],
  ['x-x-big5', 'big5'],
]);

/**
 * The canonical name for an encoding label, case and `_`/`-` insensitive:
 * `GBK` → `gb18030`, `UTF8` → `utf-8`; `auto` stays `auto`; null when unknown.
 */
export function normalizeEncoding(name: string): string | null {
  const key = name.trim().toLowerCase().replace(/_/g, '-');
  return ALIASES.get(key) ?? null;
}

/** A byte-order mark: its bytes and the encoding it announces. */
export interface Bom {
  encoding: Encoding;
  bytes: readonly number[];
}

export const BOMS: readonly Bom[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** The byte-order mark that `bytes` starts with, if any. */
export function findBom(bytes: Uint8Array): Bom | null {
  return BOMS.find((bom) => bom.bytes.every((byte, i) => bytes[i] === byte)) ?? null;
}
