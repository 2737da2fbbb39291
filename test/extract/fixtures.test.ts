// The sample page as LibreOffice saved it (.docx, .doc, .html: made by
// fixtures/extract/make-fixtures.sh) gives exactly the sample's 10 items,
// field by field, as the .txt does. Positions differ by design (a web page
// has no blank lines before its first paragraph, say), so spans are compared
// apart: every item still starts on a line that holds its first text.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDecoded, readBulletin } from '../../src/document.js';
import { detectContainer, extractDocument } from '../../src/extract/index.js';
import type { Item } from '../../src/model.js';
import { ensureBuilt, ROOT, run, SAMPLE, spawnBin, tsv } from '../cli/helpers.js';

const FIXTURES = path.join(ROOT, 'fixtures/extract');
const sample = readBulletin(readFileSync(SAMPLE), { file: 'community-news.txt' });

/** An item without its places: `span` everywhere below it. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'span').map(([key, inner]) => [key, withoutSpans(inner)]));
}

async function read(name: string) {
  const bytes = readFileSync(path.join(FIXTURES, name));
  const container = detectContainer(bytes);
  const extracted = await extractDocument(bytes, container!);
  return { container, extracted, ...parseDecoded({ ...extracted, binary: false, bom: false }, { file: name }) };
}

beforeAll(() => ensureBuilt(), 120_000);

describe('the sample as LibreOffice saved it', () => {
  const cases: Array<[string, string, string, string]> = [
    ['community-news.docx', 'zip', 'docx', 'paragraph'],
    ['community-news.doc', 'ole2', 'doc', 'paragraph'],
    ['community-news.html', 'html', 'html', 'line'],
  ];
  for (const [name, container, format, unit] of cases) {
    it(`${name}: the sample's 10 items, field by field`, async () => {
      const document = await read(name);
      expect(document.container).toBe(container);
      expect(document.document.source).toEqual({ format, unit });
      expect(document.items).toHaveLength(10);
      expect(document.items.map(withoutSpans)).toEqual(sample.items.map(withoutSpans));
      expect(document.document.unassigned).toEqual([]);
    });

    it(`${name}: each item starts on the line (${unit}) of the text that holds its first words`, async () => {
      const document = await read(name);
      const lines = document.extracted.text.split('\n');
      document.items.forEach((item: Item, index) => {
        const first = sample.items[index]!;
        const opening = (first.header?.text ?? first.blocks[0]!.text).split('\n')[0]!.slice(0, 8);
        expect(lines[item.span.start.line - 1]).toContain(opening);
      });
    });
  }

  it('the text read out of the Word files is the sample, line for line', async () => {
    // The sample has no line break after its last line; every extracted paragraph ends with one.
    const text = `${readFileSync(SAMPLE, 'utf8')}\n`;
    expect((await read('community-news.docx')).extracted.text).toBe(text);
    expect((await read('community-news.doc')).extracted.text).toBe(text);
  });

  it('bulletin list on each prints the same rows as on the .txt', async () => {
    const expected = await run(['list', SAMPLE]);
    for (const name of ['community-news.docx', 'community-news.doc', 'community-news.html']) {
      expect(await run(['list', path.join(FIXTURES, name)])).toEqual(expected);
    }
  });

  it('the built bin reads them too (the readers load in the process that needs them)', () => {
    const result = spawnBin(['list', FIXTURES, SAMPLE]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = tsv(result.stdout).slice(1);
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((row) => path.basename(row[0]!)))).toEqual(
      new Set(['community-news.doc', 'community-news.docx', 'community-news.html', 'community-news.txt']),
    );
  });
});
