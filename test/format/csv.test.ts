import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_COLUMNS, csv, csvField } from '../../src/format/csv.js';
import { exportThroughCli } from './cli-export.js';
import { context, CONTEXT, documentWith, makeItem, sampleDocument } from './helpers.js';

/**
 * A strict RFC 4180 reader: CRLF ends records, quoted fields may hold
 * anything with quotes doubled, unquoted fields may not hold `"`, CR or LF.
 */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error(`Unclosed quote at ${i}`);
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i += 1;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i += field.length;
    }
    record.push(field);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`Unexpected ${JSON.stringify(text[i] ?? 'end of text')} at ${i}, expected , or CRLF`);
    }
  }
  if (record.length > 0) throw new Error('Last record not ended by CRLF');
  return records;
}

const HEADER = [
  'file', 'index', 'kind', 'community', 'title', 'lead', 'dateline', 'date', 'authors', 'byline', 'credit',
  'truncated', 'characters', 'start_line', 'end_line', 'text',
];

describe('csv', () => {
  const sample = sampleDocument();

  it('writes a header and one row per item, every record ended by CRLF', () => {
    const out = csv.format([sample], CONTEXT);
    const records = readCsv(out);
    expect(records[0]).toEqual(HEADER);
    expect(CSV_COLUMNS).toEqual(HEADER);
    expect(records).toHaveLength(11);
    for (const record of records) expect(record).toHaveLength(HEADER.length);
    expect(out.replaceAll('\r\n', '').includes('\r')).toBe(false);
  });

  it('writes the fields of an item as the model has them', () => {
    const [, first, second, , , , sixth] = readCsv(csv.format([sample], CONTEXT));
    const row = (record: string[] | undefined) => Object.fromEntries(HEADER.map((name, i) => [name, record![i]]));
    expect(row(first)).toMatchObject({ file: 'community-news.txt', index: '1', kind: 'photo', community: '东山社区', title: '', credit: '本报通讯员撰', truncated: 'false', start_line: '7', end_line: '9' });
    expect(row(second)).toMatchObject({ lead: '本报讯', dateline: '6月24日', authors: '李莉', byline: '李 莉', truncated: 'true', characters: '119' });
    expect(row(sixth).text!.split('\n')).toEqual(sample.items[5]!.blocks.map((block) => block.text));
  });

  it('joins authors with 、', () => {
    const [, row] = readCsv(csv.format([documentWith([makeItem({ authors: ['曹蓉', '彭晓'] })])], CONTEXT));
    expect(row![HEADER.indexOf('authors')]).toBe('曹蓉、彭晓');
  });

  it('round-trips values with quotes, commas, CR, LF and leading formula characters, unchanged', () => {
    const nasty = ['say "hi"', 'a,b', 'line\nbreak', 'cr\rhere', 'crlf\r\nthere', '"', '""', ',', '=SUM(A1)', '+1', '-2', '@cmd', ' padded '];
    const items = nasty.map((text, i) =>
      makeItem({ index: i + 1, title: text, community: text, blocks: [{ type: 'paragraph', text, span: makeItem().span }] }),
    );
    const records = readCsv(csv.format([documentWith(items, 'a "file", with\nbreaks')], CONTEXT));
    records.slice(1).forEach((record, i) => {
      expect(record[HEADER.indexOf('file')]).toBe('a "file", with\nbreaks');
      expect(record[HEADER.indexOf('title')]).toBe(nasty[i]);
      expect(record[HEADER.indexOf('community')]).toBe(nasty[i]);
      expect(record[HEADER.indexOf('text')]).toBe(nasty[i]);
    });
  });

  it('round-trips any string through one field', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(readCsv(`${csvField(text)}\r\n`)).toEqual([[text]]);
      }),
    );
  });

  it('writes empty fields for nulls', () => {
    const [, row] = readCsv(csv.format([documentWith([makeItem({ community: null, title: null, lead: null, date: null })], null)], CONTEXT));
    for (const name of ['file', 'community', 'title', 'lead', 'date', 'credit']) expect(row![HEADER.indexOf(name)]).toBe('');
  });

  it('starts with a BOM only when asked', () => {
    expect(csv.format([sample], context({ bom: true })).startsWith('\uFEFFfile,index,')).toBe(true);
    expect(csv.format([sample], CONTEXT).startsWith('file,index,')).toBe(true);
    expect(csv.format([], context({ bom: true }))).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });

  it('writes only the header for no items', () => {
    expect(csv.format([], CONTEXT)).toBe(`${HEADER.join(',')}\r\n`);
    expect(csv.format([documentWith([])], CONTEXT)).toBe(`${HEADER.join(',')}\r\n`);
  });

  it('streams through the CLI a header and one row per item, each cell what the item says (docs/formats.md)', async () => {
    for (const flags of [[], ['--bom']]) {
      const { stdout, documents } = await exportThroughCli('csv', flags);
      const text = (s: string | null) => s ?? '';
      const rows = documents.flatMap((document) =>
        document.items.map((item) => [
          text(document.file),
          String(item.index),
          item.kind,
          text(item.community),
          text(item.title),
          text(item.lead),
          text(item.dateline),
          text(item.date),
          item.authors.join('、'),
          text(item.byline),
          text(item.credit?.raw ?? null),
          String(item.truncated),
          String(item.characters),
          String(item.span.start.line),
          String(item.span.end.line),
          item.blocks.map((block) => block.text).join('\n'),
        ]),
      );
      expect(rows).toHaveLength(11);
      expect(stdout.startsWith('\uFEFF')).toBe(flags.length > 0);
      expect(readCsv(stdout.replace(/^\uFEFF/, ''))).toEqual([HEADER, ...rows]);
    }
  });
});
