// Bytes for the laws: news-like text in every encoding the decoder knows,
// the same bytes mutated (stray, missing and inserted bytes), and raw bytes.

import fc from 'fast-check';
import iconv from 'iconv-lite';
import { anyText } from '../parse/arbitraries.js';

export { anyText, chunksOf, mutatedSample, newsLikeText } from '../parse/arbitraries.js';

/**
 * A page of short briefs whose datelines need a year (`6月24日`), some naming
 * a year (`2021年`) in a header, a lead or the body: the state a parser
 * carries from line to line, which must never carry over to another file.
 */
const brief = fc
  .record({
    organisation: fc.constantFrom('苏村社区', '东山社区', '南楼小学', '新源社区'),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    year: fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined, freq: 2 }),
    yearAt: fc.constantFrom('title', 'dateline', 'body'),
    byline: fc.constantFrom('(李 莉)', '（曹蓉 彭晓）', '', '雷 洁摄'),
  })
  .map(({ organisation, month, day, year, yearAt, byline }) => {
    const named = year === undefined ? '' : `${year}年`;
    const title = `${organisation}: ${yearAt === 'title' ? named : ''}开展活动`;
    const lead = `本报讯 ${yearAt === 'dateline' ? named : ''}${month}月${day}日,${organisation}开展活动${yearAt === 'body' ? `,${named}以来第三次` : ''}。`;
    return [title, '', lead, '', byline, ''].join('\n');
  });

export const pageText = fc.array(fc.oneof({ weight: 4, arbitrary: brief }, { weight: 1, arbitrary: anyText }), { maxLength: 6 }).map((parts) => parts.join('\n'));

/** The encodings `--encoding` takes, `auto` first. */
export const ENCODINGS = ['auto', 'utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;

/** Text as a correspondent's tool might save it: an encoding, with or without a byte-order mark. */
export const encodedText = fc
  .tuple(fc.oneof(anyText, pageText), fc.constantFrom('utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'), fc.boolean())
  .map(([text, encoding, bom]) => new Uint8Array(iconv.encode(text, encoding, { addBOM: bom && encoding !== 'gb18030' && encoding !== 'big5' })));

const mutation = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete'));

/** Encoded text with a few bytes set, inserted or deleted: the dirt of old archives. */
export const mutatedBytes = fc.tuple(encodedText, fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([source, mutations]) => {
  const bytes = [...source];
  for (const [at, value, kind] of mutations) {
    const index = at % (bytes.length + 1);
    if (kind === 'set') bytes[index] = value;
    else if (kind === 'insert') bytes.splice(index, 0, value);
    else bytes.splice(index, 1);
  }
  return Uint8Array.from(bytes);
});

/** Any bytes at all, most of them close to real text. */
export const anyBytes = fc.oneof(encodedText, mutatedBytes, fc.uint8Array({ maxLength: 300 }));

/** Cut points for feeding bytes in chunks (clamped and sorted by the reader). */
export const cutsOf = (length: number) => fc.array(fc.integer({ min: 0, max: length }), { maxLength: 10 });

/** `bytes` cut at `cuts` (any order, clamped to the length). */
export function byteChunks(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => Math.max(0, Math.min(bytes.length, cut))))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const to of [...points, bytes.length]) {
    chunks.push(bytes.subarray(from, to));
    from = to;
  }
  return chunks;
}
