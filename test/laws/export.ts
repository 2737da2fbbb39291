// The laws of the exports, through the CLI in-process (main with fake
// streams, the input on stdin): the JSON export parses back into the
// document the library reads, and the NDJSON export is one JSON value per
// line, one line per item. Any bytes: a binary input is an input error.

import fc from 'fast-check';
import { expect } from 'vitest';
import { readBulletin, type BulletinDocument } from '../../src/document.js';
import { run } from '../cli/helpers.js';
import { anyBytes } from './arbitraries.js';
import { law, type Law } from './law.js';

const STDIN = '<stdin>';
/** A diagnostic line on stderr: `<stdin>:3:1: warning: … [unassigned-text]`. */
const DIAGNOSTIC_LINE = /^<stdin>:\d+:\d+: (?:warning|error): [^\n]+ \[[a-z-]+\]$/;

/** What the JSON export holds for one document, in its own key order. */
function exported(document: BulletinDocument): unknown {
  const { file, items, encoding, detectedBy, section, meta, unassigned, diagnostics } = document;
  return { file, items, encoding, detectedBy, source: document.source ?? { format: 'text', unit: 'line' }, section, meta, unassigned, diagnostics };
}

/** The stderr lines a run prints for a document it could read: one per warning or error. */
function expectReported(stderr: string, document: BulletinDocument): void {
  const lines = stderr === '' ? [] : stderr.trimEnd().split('\n');
  for (const line of lines) expect(line).toMatch(DIAGNOSTIC_LINE);
  expect(lines).toHaveLength(document.diagnostics.filter((d) => d.severity !== 'info').length);
}

/**
 * A binary input: one line, exit 2, the cause in brackets: a NUL byte, or a known file's signature (the two bytes of a
 * gzip archive, `1f 8b`, are one such input fast-check found, seed 1384111844).
 */
function expectBinary(result: { code: number; stderr: string }): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^bulletin: error: Cannot read <stdin>: not a text file \((?:NUL byte at byte offset \d+|an? .+)\)[^\n]*\n$/);
}

export const EXPORT_LAWS: readonly Law[] = [
  law('the JSON export parses back into the document the library reads', 200, () =>
    fc.asyncProperty(anyBytes, async (bytes) => {
      const document = readBulletin(bytes, { file: STDIN });
      const result = await run(['export', '--format', 'json', '-'], { stdin: bytes });
      const parsed = JSON.parse(result.stdout) as { schemaVersion: number; documents: unknown[] };
      expect(parsed.schemaVersion).toBe(1);
      if (document.binary) {
        expectBinary(result);
        expect(parsed.documents).toEqual([]);
        return;
      }
      expect(result.code).toBe(0);
      expect(parsed.documents).toEqual([exported(document)]);
      expectReported(result.stderr, document);
    }),
  ),

  law('the NDJSON export is one JSON value per line, one line per item', 200, () =>
    fc.asyncProperty(anyBytes, async (bytes) => {
      const document = readBulletin(bytes, { file: STDIN });
      const result = await run(['export', '--format', 'ndjson', '-'], { stdin: bytes });
      if (document.binary) {
        expectBinary(result);
        expect(result.stdout).toBe('');
        return;
      }
      expect(result.code).toBe(0);
      const lines = result.stdout === '' ? [] : result.stdout.split('\n');
      expect(lines.pop() ?? '').toBe('');
      expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(document.items.map((item) => ({ file: STDIN, ...item })));
    }),
  ),
];
