// The decoder's findings as data: `binary` and `decode-invalid`.

import type { Diagnostic, Point } from '../model.js';
import type { InvalidRun } from './body.js';

/** At most this many `decode-invalid` warnings per input, then one summary. */
export const MAX_INVALID_DIAGNOSTICS = 100;

const START: Point = { line: 1, column: 1, offset: 0 };

/** Why the input is not text: its first bytes name a binary format, or it has a NUL byte early on. */
export interface BinaryEvidence {
  format: string | null;
  nulOffset: number | null;
  looksLikeUtf16: boolean;
}

export function binaryDiagnostic({ format, nulOffset, looksLikeUtf16 }: BinaryEvidence): Diagnostic {
  const evidence = format ?? `NUL byte at byte offset ${nulOffset ?? 0}`;
  const hint = looksLikeUtf16 ? '; if it is UTF-16 without a byte-order mark, force the encoding utf-16le or utf-16be' : '';
  return {
    ruleId: 'binary',
    severity: 'error',
    message: `Cannot decode the input as text: ${format === null ? `${evidence} means binary data` : format === 'undecodable bytes' ? 'its bytes decode in no encoding we know' : `it is ${format}`}${hint}`,
    place: { start: { ...START }, end: { ...START } },
    byteOffset: format === null ? (nulOffset ?? 0) : 0,
    // What the CLI says in its one line: `not a text file (a PDF document)`.
    actual: evidence,
    ...(looksLikeUtf16 ? { expected: 'utf-16le or utf-16be' } : {}),
  };
}

/** A NUL byte after the first 8 KiB: kept (nothing is lost) but worth a word. */
export function nulDiagnostic(byteOffset: number, start: Point): Diagnostic {
  return {
    ruleId: 'decode-invalid',
    severity: 'warning',
    message: `Unexpected NUL byte at byte offset ${byteOffset}, expected text; kept as U+0000`,
    place: { start, end: nextColumn(start) },
    byteOffset,
    actual: 'NUL',
  };
}

export function invalidDiagnostic(run: InvalidRun, start: Point, encoding: string): Diagnostic {
  const bytes = formatBytes(run.bytes);
  const noun = run.bytes.length === 1 ? 'byte' : 'bytes';
  return {
    ruleId: 'decode-invalid',
    severity: 'warning',
    message: `Cannot decode ${noun} ${bytes} at byte offset ${run.byteOffset} as ${encoding}; replaced with U+FFFD`,
    place: { start, end: nextColumn(start) },
    byteOffset: run.byteOffset,
    actual: bytes,
  };
}

/** Stands for the runs past the cap; placed at the first of them. */
export function summaryDiagnostic(unlisted: number, first: InvalidRun, start: Point, encoding: string): Diagnostic {
  return {
    ruleId: 'decode-invalid',
    severity: 'warning',
    message:
      `Cannot decode ${unlisted} more byte sequences from byte offset ${first.byteOffset} as ${encoding}; ` +
      `each replaced with U+FFFD, only the first ${MAX_INVALID_DIAGNOSTICS} are listed`,
    place: { start, end: nextColumn(start) },
    byteOffset: first.byteOffset,
  };
}

function nextColumn(point: Point): Point {
  return { line: point.line, column: point.column + 1, offset: point.offset + 1 };
}

function formatBytes(bytes: readonly number[]): string {
  return bytes.map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}
