import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BulletinDocument } from '../../src/document.js';
import { createJsonWriter, json } from '../../src/format/json.js';
import { formatByEvents } from '../../src/format/types.js';
import { exportThroughCli } from './cli-export.js';
import { CONTEXT, documentOf, documentWith, makeItem, sampleDocument } from './helpers.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/bulletin.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** The value the output must be the pretty-printed text of. */
function expected(documents: readonly BulletinDocument[]) {
  return {
    schemaVersion: 1,
    documents: documents.map((d) => ({
      file: d.file,
      items: d.items,
      encoding: d.encoding,
      detectedBy: d.detectedBy,
      // Every document says what its positions count; a plain-text one, lines.
      source: d.source ?? { format: 'text', unit: 'line' },
      section: d.section,
      meta: d.meta,
      unassigned: d.unassigned,
      diagnostics: d.diagnostics,
    })),
  };
}

const sample = sampleDocument();
const awkward = documentWith([
  makeItem({ title: 'say "hi", \\ and\nbreak', blocks: [] }),
  makeItem({ index: 2, kind: 'photo', title: null, community: null, lead: null, authors: [], byline: null }),
]);

const CASES: Record<string, BulletinDocument[]> = {
  'no documents': [],
  'a document without items': [documentWith([], null)],
  'the sample': [sample],
  'two files': [sample, documentOf('苏村社区: 开展活动\n\n本报讯 近日,苏村社区开展活动。\n\n(李 莉)\n', 'b.txt')],
  'hand-made items with quotes and line breaks': [awkward, documentWith([])],
};

describe('json', () => {
  for (const [name, documents] of Object.entries(CASES)) {
    it(`writes JSON.stringify(…, null, 2) of the export for ${name}`, () => {
      const out = json.format(documents, CONTEXT);
      expect(JSON.parse(out)).toEqual(expected(documents));
      expect(out).toBe(`${JSON.stringify(expected(documents), null, 2)}\n`);
    });

    it(`validates against docs/bulletin.schema.json for ${name}`, () => {
      expect(validate(JSON.parse(json.format(documents, CONTEXT))), ajv.errorsText(validate.errors)).toBe(true);
    });
  }

  it('writes the items of the sample in full, as the model has them', () => {
    const parsed = JSON.parse(json.format([sample], CONTEXT));
    expect(parsed.documents[0].items).toHaveLength(10);
    expect(parsed.documents[0].items[5]).toEqual(sample.items[5]);
    expect(Object.keys(parsed.documents[0])).toEqual(['file', 'items', 'encoding', 'detectedBy', 'source', 'section', 'meta', 'unassigned', 'diagnostics']);
  });

  it('streams through the CLI the pretty-printed export of the files as read in memory', async () => {
    const { stdout, documents } = await exportThroughCli('json');
    expect(documents.map((document) => document.items.length)).toEqual([10, 1]);
    expect(stdout).toBe(`${JSON.stringify(expected(documents), null, 2)}\n`);
  });

  it('writes by events the pretty-printed export, for any subset and order of the items and any split into files', () => {
    const items = sample.items;
    const documents = fc
      .array(fc.tuple(fc.subarray(items.map((_, i) => i)), fc.option(fc.string(), { nil: null })), { maxLength: 4 })
      .chain((picks) =>
        fc.tuple(...picks.map(([indexes, file]) => fc.shuffledSubarray(indexes, { minLength: indexes.length }).map((order) => ({ order, file })))),
      )
      .map((docs) => docs.map(({ order, file }) => ({ ...sample, file, items: order.map((i) => items[i]!) })));
    fc.assert(
      fc.property(documents, (docs) => {
        expect(formatByEvents(json.streaming, docs, CONTEXT)).toBe(`${JSON.stringify(expected(docs), null, 2)}\n`);
      }),
      { numRuns: 200 },
    );
  });

  it('writes valid JSON when two runs use their own writers side by side', () => {
    const a = createJsonWriter();
    const b = createJsonWriter();
    let outA = a.start(CONTEXT) + a.documentStart('a.txt', CONTEXT);
    let outB = b.start(CONTEXT) + b.documentStart('b.txt', CONTEXT);
    for (const item of sample.items) {
      outA += a.item(item, 'a.txt', CONTEXT);
      outB += b.item(item, 'b.txt', CONTEXT);
    }
    outA += a.documentEnd({ ...sample, items: [] }, CONTEXT) + a.end(CONTEXT);
    outB += b.documentEnd({ ...sample, items: [] }, CONTEXT) + b.end(CONTEXT);
    expect(JSON.parse(outA).documents[0].items).toHaveLength(10);
    expect(JSON.parse(outB).documents[0].file).toBe('b.txt');
  });
});
