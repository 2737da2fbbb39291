import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { coveredText, expandPlaces, lineStarts, positionOf, project } from './project.js';

const dir = join(import.meta.dirname, '../../fixtures/parse');
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4));

/**
 * A place where the parser is known to differ from the reading (a defect reported, not yet fixed): the
 * expected file keeps the reading, and the test requires the parser still to differ there, so that the
 * fix makes this test fail until the entry is removed.
 */
interface KnownDefect {
  /** A path into the projected bulletin: `items.0.credit.span`. */
  at: string;
  why: string;
}

function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);
}

function setValueAt(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  // (A top-level field, `section`, has the bulletin itself for its parent.)
  const parent = (keys.length === 1 ? root : valueAt(root, keys.slice(0, -1).join('.'))) as Record<string, unknown>;
  parent[keys[keys.length - 1]!] = value;
}

describe('parse fixtures (input + expected structure written by reading it)', () => {
  it('has the sample and at least six more cases', () => {
    expect(cases).toContain('community-news');
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const name of cases) {
    it(name, () => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const written = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
      const expected = expandPlaces(written, text);
      const bulletin = parse(text, expected.options ?? {});
      const actual = project(bulletin, expected);
      for (const defect of (expected.defects ?? []) as KnownDefect[]) {
        expect(valueAt(actual, defect.at), `known defect fixed (${defect.why}): remove it from ${name}.json`).not.toEqual(valueAt(expected, defect.at));
        setValueAt(actual, defect.at, valueAt(expected, defect.at));
      }
      expect(actual).toEqual({
        section: expected.section,
        meta: expected.meta,
        items: expected.items,
        unassigned: expected.unassigned,
        diagnostics: expected.diagnostics,
      });
      // The rest of each block's text: what its span covers.
      for (const block of bulletin.items.flatMap((item) => item.blocks)) expect(block.text).toBe(coveredText(text, block.span));
    });
  }
});

describe('fixture places (test/parse/project.ts)', () => {
  const text = '第一行\r\n\r\n  第三行 \r第四\n';
  const starts = lineStarts(text);

  it('counts lines at CRLF, CR and LF, and offsets in UTF-16 units from the start', () => {
    expect(starts).toEqual([0, 5, 7, 14, 17]);
    expect(positionOf(text, starts, '3:3-3:6')).toEqual({ start: { line: 3, column: 3, offset: 9 }, end: { line: 3, column: 6, offset: 12 } });
    expect(positionOf(text, starts, '1:1-4:3')).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 4, column: 3, offset: 16 } });
    expect(text.slice(9, 12)).toBe('第三行');
  });

  it('refuses a place past a line’s end, on a line the text lacks, or written otherwise', () => {
    expect(() => positionOf(text, starts, '1:5-1:5')).toThrow(/line 1 has no column 5/);
    expect(() => positionOf(text, starts, '1:4-1:4')).not.toThrow();
    expect(() => positionOf(text, starts, '6:1-6:1')).toThrow(/no line 6/);
    expect(() => positionOf(text, starts, '1:0-1:2')).toThrow(/no column 0/);
    expect(() => positionOf(text, starts, '3-4')).toThrow(/line:column/);
  });

  it('reads a block across line breaks as its lines run together', () => {
    expect(coveredText(text, positionOf(text, starts, '3:3-4:3'))).toBe('第三行第四');
  });
});
