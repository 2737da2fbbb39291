import { describe, expect, it } from 'vitest';
import { ndjson } from '../../src/format/ndjson.js';
import { exportThroughCli } from './cli-export.js';
import { CONTEXT, documentWith, makeItem, sampleDocument } from './helpers.js';

describe('ndjson', () => {
  const documents = [sampleDocument(), documentWith([makeItem({ title: 'line\nbreak "quoted"' })], 'made.txt'), documentWith([], 'empty.txt')];
  // Formatted in each test, not while the file loads: a mutation run would trace the formatting to no test.
  const formatDocuments = () => ndjson.format(documents, CONTEXT);

  it('writes one line per item, each ended by \\n, nothing else', () => {
    const out = formatDocuments();
    const lines = out.split('\n');
    expect(out.endsWith('\n')).toBe(true);
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(11);
  });

  it('writes lines that parse to the file followed by the whole item', () => {
    // Every line but the empty string after the last line break.
    const lines = formatDocuments().split('\n').slice(0, -1);
    const records = lines.map((line) => JSON.parse(line));
    for (const record of records) expect(Object.keys(record)[0]).toBe('file');
    expect(records[0]).toEqual({ file: 'community-news.txt', ...documents[0]!.items[0] });
    expect(records[10]).toMatchObject({ file: 'made.txt', title: 'line\nbreak "quoted"' });
  });

  it('writes nothing for no items', () => {
    expect(ndjson.format([], CONTEXT)).toBe('');
    expect(ndjson.format([documentWith([])], CONTEXT)).toBe('');
  });

  it('streams through the CLI one line per item, the file first, as read in memory', async () => {
    const { stdout, documents: read } = await exportThroughCli('ndjson');
    const expected = read.flatMap((document) => document.items.map((item) => `${JSON.stringify({ file: document.file, ...item })}\n`));
    expect(expected).toHaveLength(11);
    expect(stdout).toBe(expected.join(''));
  });
});
