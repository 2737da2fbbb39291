// --fix: apply the safe rewrites rules attached to their findings, and give the
// file back its bytes as it came: same encoding (GB18030 and Big5 re-encoded
// with iconv-lite), same byte-order mark, same line endings (no fix touches a
// line break). Pure: the CLI writes the bytes (temp file + rename) or prints
// the diff.
//
// A file whose decoded text does not encode back to exactly its bytes (invalid
// bytes that became U+FFFD, say) is not fixed: writing it would change more
// than the fixes.

import iconv from 'iconv-lite';
import type { CheckDiagnostic, Fix } from './types.js';

const BOM_BYTES: Readonly<Record<string, readonly number[]>> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

/** Applies the fixes that do not overlap, first come first served; returns the text and the fixes applied. */
export function applyFixes(text: string, diagnostics: readonly CheckDiagnostic[]): { text: string; applied: Fix[] } {
  const fixes = diagnostics
    .map((d) => d.fix)
    .filter((fix): fix is Fix => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let out = '';
  let at = 0;
  for (const fix of fixes) {
    if (fix.range[0] < at) continue;
    out += text.slice(at, fix.range[0]) + fix.text;
    at = fix.range[1];
    applied.push(fix);
  }
  return { text: out + text.slice(at), applied };
}

/** Text → bytes in `encoding` (a canonical name from the decoder), with a byte-order mark when `bom`. */
export function encodeText(text: string, options: { encoding: string; bom: boolean }): Uint8Array {
  const { encoding, bom } = options;
  if (!iconv.encodingExists(encoding)) throw new Error(`encodeText: unknown encoding ${encoding}`);
  const body = iconv.encode(text, encoding);
  const mark = bom ? (BOM_BYTES[encoding] ?? []) : [];
  const bytes = new Uint8Array(mark.length + body.length);
  bytes.set(mark, 0);
  bytes.set(body, mark.length);
  return bytes;
}

export type FixOutcome =
  | { kind: 'fixed'; text: string; bytes: Uint8Array; applied: number }
  | { kind: 'unchanged' }
  | { kind: 'refused'; reason: string };

/**
 * The fixed bytes of a file, or why there are none. `original` is the file's
 * bytes; `text`, `encoding` and `bom` what the decoder made of them.
 */
export function fixFile(
  original: Uint8Array,
  decoded: { text: string; encoding: string; bom: boolean },
  diagnostics: readonly CheckDiagnostic[],
): FixOutcome {
  const { text, applied } = applyFixes(decoded.text, diagnostics);
  if (applied.length === 0) return { kind: 'unchanged' };
  if (!sameBytes(encodeText(decoded.text, decoded), original)) {
    return { kind: 'refused', reason: `its bytes do not read back as ${decoded.encoding} unchanged (invalid or unusual bytes); fix it by hand` };
  }
  return { kind: 'fixed', text, bytes: encodeText(text, decoded), applied: applied.length };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Lines as `git apply` and `patch` see them: ended by LF only, each with its
 * line break, so that a CRLF line keeps its CR and a CR-only file (old Mac) is
 * one line holding its CRs, as git itself would diff it.
 */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

const CONTEXT = 3;

/**
 * A unified diff of `before` → `after` for `file`. Fixes never add or remove
 * a line, so lines pair up one to one; hunks hold three lines of context.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = splitLines(before);
  const b = splitLines(after);
  if (a.length !== b.length) throw new Error('unifiedDiff: fixes must keep the number of lines');
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
  if (changed.length === 0) return '';
  const hunks: Array<[number, number]> = [];
  for (const i of changed) {
    const from = Math.max(0, i - CONTEXT);
    const to = Math.min(a.length, i + CONTEXT + 1);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else hunks.push([from, to]);
  }
  // Lines keep their own endings (CRLF shows as it is); the last one may have none.
  const show = (line: string) => (line.endsWith('\n') ? line : `${line}\n\\ No newline at end of file\n`);
  let out = `--- a/${file}\n+++ b/${file}\n`;
  for (const [from, to] of hunks) {
    out += `@@ -${from + 1},${to - from} +${from + 1},${to - from} @@\n`;
    for (let i = from; i < to; i++) {
      if (a[i] === b[i]) out += ` ${show(a[i]!)}`;
      else out += `-${show(a[i]!)}+${show(b[i]!)}`;
    }
  }
  return out;
}
