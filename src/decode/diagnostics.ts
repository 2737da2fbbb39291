// The decoder's findings as data: `binary` and `decode-invalid`.

import type { Diagnostic, Point } from '../model.js';
import type { InvalidRun } from './body.js';

/** At most this many `decode-invalid` warnings per input, then one summary. */
export const MAX_INVALID_DIAGNOSTICS = 100;

const START: Point = { line: 1, column: 1, offset: 0 };

export function binaryDiagnostic(nulOffset: number): Diagnostic {
  return {
    ruleId: 'binary',
    severity: 'error',
    message:
      `Cannot decode the input as text: NUL byte at byte offset ${nulOffset} means binary data; ` +
      'if it is UTF-16 without a byte-order mark, force the encoding utf-16le or utf-16be',
    place: { start: { ...START }, end: { ...START } },
    byteOffset: nulOffset,
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
