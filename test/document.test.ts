import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentParser, readBulletin } from '../src/document.js';
import type { Item } from '../src/model.js';
import { DOCUMENT_LAWS, streamed } from './laws/document.js';
import { runsOf } from './laws/law.js';

const fixtures = join(import.meta.dirname, '../fixtures');
const read = (name: string) => readFileSync(join(fixtures, name));

/** Items with offsets removed: a CRLF copy has the same lines and columns, not the same offsets. */
function withoutOffsets(items: Item[]): unknown {
  return JSON.parse(JSON.stringify(items, (key, value) => (key === 'offset' ? undefined : value)));
}

describe('the sample in every encoding and line ending parses to the same items', () => {
  const reference = readBulletin(read('community-news.txt'));

  it('the UTF-8 sample has the 10 items', () => {
    expect(reference.items.map((item) => [item.kind, item.community])).toEqual([
      ['photo', '东山社区'],
      ['brief', '苏村社区'],
      ['brief', '西马家坪社区'],
      ['brief', '小河滩社区'],
      ['brief', '菜市社区'],
      ['feature', '如意庄社区'],
      ['brief', '南楼社区'],
      ['photo', '段北沟社区'],
      ['brief', '桥南园社区'],
      ['feature', '新源社区'],
    ]);
    expect(reference.encoding).toBe('utf-8');
    expect(reference.detectedBy).toBe('valid-utf8');
  });

  const variants: [string, string, string][] = [
    ['community-news.utf8-bom.txt', 'utf-8', 'bom'],
    ['community-news.gb18030.txt', 'gb18030', 'guess'],
    ['community-news.utf16le-bom.txt', 'utf-16le', 'bom'],
    ['community-news.utf16be-bom.txt', 'utf-16be', 'bom'],
  ];
  for (const [file, encoding, detectedBy] of variants) {
    it(`${file}: ${encoding} (${detectedBy})`, () => {
      const document = readBulletin(read(`decode/${file}`));
      expect([document.encoding, document.detectedBy]).toEqual([encoding, detectedBy]);
      expect(document.items).toEqual(reference.items);
      expect(document.section).toBe('社区动态');
    });
  }

  it('community-news.crlf.txt: same lines and columns', () => {
    const document = readBulletin(read('decode/community-news.crlf.txt'));
    expect(withoutOffsets(document.items)).toEqual(withoutOffsets(reference.items));
  });

  it('the encoding can be forced', () => {
    const document = readBulletin(read('decode/community-news.gb18030.txt'), { encoding: 'gbk' });
    expect([document.encoding, document.detectedBy]).toEqual(['gb18030', 'forced']);
    expect(document.items).toEqual(reference.items);
  });
});

describe('streaming agrees with reading the whole file', () => {
  // The laws of bytes → items, defined once in test/laws/document.ts (scripts/fuzz.ts runs them for longer).
  for (const law of DOCUMENT_LAWS) {
    it(law.name, async () => {
      await fc.assert(law.property(), { numRuns: runsOf(law) });
    });
  }

  it('a binary file gives no items and a binary diagnostic, whole or streamed', async () => {
    const bytes = read('decode/png-header.png');
    const whole = readBulletin(bytes, { file: 'x.png' });
    expect(whole.binary).toBe(true);
    expect(whole.items).toEqual([]);
    expect(whole.diagnostics.map((d) => d.ruleId)).toEqual(['binary']);
    expect(await streamed([bytes.subarray(0, 3), bytes.subarray(3)], { file: 'x.png' })).toEqual(whole);
  });

  it('DocumentParser says a file is binary once its first 8 KiB decide it, so a reader can stop there', () => {
    const bytes = Buffer.concat([read('decode/png-header.png'), Buffer.alloc(100_000, 7)]);
    const parser = new DocumentParser({ file: 'x.png' });
    expect(parser.push(bytes.subarray(0, 8000))).toEqual([]);
    expect(parser.binary).toBe(false); // not decided yet
    expect(parser.push(bytes.subarray(8000, 9000))).toEqual([]);
    expect(parser.binary).toBe(true);
    expect(parser.end()).toEqual([]);
    // The bytes it was not given change nothing.
    expect(parser.document()).toEqual(readBulletin(bytes, { file: 'x.png' }));
    // Text is never binary, however it is fed.
    const text = new DocumentParser();
    const sample = read('community-news.txt');
    const items = [...text.push(sample.subarray(0, 100)), ...text.push(sample.subarray(100)), ...text.end()];
    expect(text.binary).toBe(false);
    expect({ ...text.document(), items }).toEqual(readBulletin(sample));
  });
});
