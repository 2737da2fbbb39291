// The laws of bytes → items (readBulletin, streamBulletin): any bytes give a
// document without throwing, streaming agrees with reading the whole input
// however it is split (inside a character too), and no line is lost.

import fc from 'fast-check';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { readBulletin, streamBulletin, type BulletinDocument } from '../../src/document.js';
import { decode } from '../../src/decode/index.js';
import type { Item } from '../../src/model.js';
import { parse } from '../../src/parse/index.js';
import { anyBytes, byteChunks, chunksOf, cutsOf, ENCODINGS, mutatedSample, newsLikeText } from './arbitraries.js';
import { law, type Law } from './law.js';
import { unaccounted } from './parse.js';

/** The document streamBulletin gives for these chunks, its items put back. */
export async function streamed(chunks: Uint8Array[], options = {}): Promise<BulletinDocument> {
  const generator = streamBulletin(chunks, options);
  const items: Item[] = [];
  for (;;) {
    const next = await generator.next();
    if (next.done) return { ...next.value, items };
    items.push(next.value);
  }
}

export const DOCUMENT_LAWS: readonly Law[] = [
  law('streaming agrees with reading the whole file for any text, encoding and split of the bytes (inside characters too)', 200, () =>
    fc.asyncProperty(
      fc.oneof(newsLikeText, mutatedSample),
      fc.constantFrom('utf-8', 'gb18030', 'utf-16le'),
      fc.array(fc.nat(), { maxLength: 10 }),
      async (text, encoding, cuts) => {
        const bytes = new Uint8Array(iconv.encode(text, encoding, { addBOM: encoding === 'utf-16le' }));
        const whole = readBulletin(bytes, { file: 'x.txt' });
        const chunks = chunksOf(Buffer.from(bytes).toString('latin1'), cuts).map((chunk) => new Uint8Array(Buffer.from(chunk, 'latin1')));
        expect(await streamed(chunks, { file: 'x.txt' })).toEqual(whole);
      },
    ),
  ),

  law('any bytes, any --encoding: reading never throws, and streaming in any split agrees', 300, () =>
    fc.asyncProperty(
      anyBytes.chain((bytes) => fc.tuple(fc.constant(bytes), cutsOf(bytes.length), fc.constantFrom(...ENCODINGS))),
      async ([bytes, cuts, encoding]) => {
        const whole = readBulletin(bytes, { file: 'x.txt', encoding });
        expect(await streamed(byteChunks(bytes, cuts), { file: 'x.txt', encoding })).toEqual(whole);
        if (whole.binary) expect(whole.items).toEqual([]);
      },
    ),
  ),

  law('any bytes: every non-blank line of the decoded text has exactly one place', 300, () =>
    fc.property(anyBytes, fc.constantFrom(...ENCODINGS), (bytes, encoding) => {
      const decoded = decode(bytes, { encoding });
      if (decoded.binary) return;
      expect(unaccounted(decoded.text, parse(decoded.text))).toEqual([]);
    }),
  ),
];
