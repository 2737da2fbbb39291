// File names as the file system has them, and as messages show them.
//
// A name is text when its bytes are UTF-8, and stays bytes when they are not
// (GBK names unpacked from a ZIP made on Chinese Windows): Node would turn
// those bytes into U+FFFD, and the file could no longer be opened by name.
// Shown, a name never breaks a line: a newline in it is printed `\n`, a byte
// that is not UTF-8 `\xC9`, so that every message and diagnostic stays one line.

import path from 'node:path';

/** A path or a file name: text when its bytes are UTF-8, else the bytes. */
export type RawName = string | Buffer;

/** A name read as bytes (readdir with encoding 'buffer'): text when it is UTF-8. */
export function nameFromBytes(bytes: Buffer): RawName {
  const text = bytes.toString('utf8');
  // U+FFFD is either in the name or what Node put for bytes that are not UTF-8.
  if (!text.includes('\uFFFD') || Buffer.from(text).equals(bytes)) return text;
  return bytes;
}

/** `directory/name`, without the normalising of path.join (it costs per file, and bytes cannot take it). */
export function joinName(directory: RawName, name: RawName): RawName {
  if (typeof directory === 'string' && typeof name === 'string') {
    if (directory === '' || directory === '.') return name;
    return directory.endsWith(path.sep) ? directory + name : directory + path.sep + name;
  }
  if (directory.length === 0 || (typeof directory === 'string' && directory === '.')) return name;
  const head = Buffer.from(directory);
  const separator = head[head.length - 1] === path.sep.charCodeAt(0) ? [] : [Buffer.from(path.sep)];
  return Buffer.concat([head, ...separator, Buffer.from(name)]);
}

/** A name as text for matching against a pattern: bytes that are not UTF-8 become U+FFFD. */
export function nameText(name: RawName): string {
  return typeof name === 'string' ? name : name.toString('utf8');
}

/** Characters that would break a line or hide in a terminal: C0 and C1 controls, DEL, line and paragraph separators. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A name for messages and records: one line, every byte accounted for.
 * `a\nb.txt` (a real newline) is shown `a\nb.txt`; a part of a path that is
 * not UTF-8 (GBK 生态.txt, bytes C9 FA CC AC) is shown byte for byte, `\xC9\xFA\xCC\xAC.txt`:
 * read as UTF-8 its last two bytes would pass for a combining mark.
 */
export function displayName(name: RawName): string {
  if (typeof name === 'string') return name.replace(UNPRINTABLE, escapeCharacter);
  const parts: string[] = [];
  for (let start = 0; start <= name.length; ) {
    let end = name.indexOf(SEPARATOR, start);
    if (end === -1) end = name.length;
    const part = nameFromBytes(name.subarray(start, end));
    parts.push(typeof part === 'string' ? part.replace(UNPRINTABLE, escapeCharacter) : escapeBytes(part));
    start = end + 1;
  }
  return parts.join(path.sep);
}

const SEPARATOR = path.sep.charCodeAt(0);

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  // Below 0x80 the character is its byte; above, \u keeps it apart from a byte that is not UTF-8.
  return NAMED[character] ?? (code < 0x80 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

/** Printable ASCII as it is, every other byte as \xHH. */
function escapeBytes(bytes: Uint8Array): string {
  let shown = '';
  for (const byte of bytes) shown += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${hex(byte, 2)}`;
  return shown;
}

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, '0');
}

/**
 * Names in code-point order, as docs/cli.md says: `<` compares UTF-16 code
 * units, which puts a character above U+FFFF (a surrogate pair, D800–DFFF)
 * before U+E000–U+FFFF (full-width forms such as `，`).
 */
export function compareNames(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      const xSurrogate = x <= 0xdfff;
      const ySurrogate = y <= 0xdfff;
      if (xSurrogate !== ySurrogate) return xSurrogate ? 1 : -1;
    }
    return x - y;
  }
  return a.length - b.length;
}
