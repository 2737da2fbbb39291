// The table-driven GB18030 and Big5 decoder against iconv-lite, whose mapping
// it must keep: every one- and two-byte sequence decodes as iconv-lite decodes
// it, and any bytes, whole or in chunks, give the text and the invalid runs of
// the iconv-lite-based decoder it replaced (dbcs-reference.ts).

import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InvalidRuns, type BodyDecoder, type InvalidRun } from '../../src/decode/body.js';
import { DbcsDecoder, type DbcsEncoding } from '../../src/decode/dbcs.js';
import { buildDbcsTables, type DbcsTables } from '../../src/decode/dbcs-tables.js';
import { byteChunks } from '../laws/arbitraries.js';
import { IconvDbcsDecoder } from './dbcs-reference.js';

const ENCODINGS: readonly DbcsEncoding[] = ['gb18030', 'big5'];

interface Result {
  text: string;
  /** With text offsets in the whole text, not in the text of one write. */
  runs: InvalidRun[];
}

/**
 * Feeds `chunks` to `decoder`; with `reuse`, each is copied into one Buffer
 * that is then overwritten, as a reader that reuses its buffer would.
 */
function decodeChunks(decoder: BodyDecoder, chunks: readonly Uint8Array[], reuse: boolean): Result {
  const result: Result = { text: '', runs: [] };
  const collect = (decodeInto: (invalid: InvalidRuns) => string): void => {
    const invalid = new InvalidRuns(Infinity);
    const text = decodeInto(invalid);
    result.runs.push(...invalid.kept.map((run) => ({ ...run, textOffset: result.text.length + run.textOffset })));
    result.text += text;
  };
  const reused = Buffer.alloc(Math.max(0, ...chunks.map((chunk) => chunk.length)));
  let byteOffset = 0;
  for (const chunk of chunks) {
    reused.set(chunk);
    collect((invalid) => decoder.write(reuse ? reused.subarray(0, chunk.length) : chunk, byteOffset, invalid));
    reused.fill(0xa1);
    byteOffset += chunk.length;
  }
  collect((invalid) => decoder.end(invalid));
  return result;
}

const decodeNew = (encoding: DbcsEncoding, chunks: readonly Uint8Array[]) => decodeChunks(new DbcsDecoder(encoding), chunks, true);
// With tables built in the test itself, not the process's: a mutation run activates each mutant after the tables were
// first built, so only tables built afresh show a slip in how they are built (docs/mutation.md).
const decodeFresh = (tables: DbcsTables, encoding: DbcsEncoding, chunks: readonly Uint8Array[]) =>
  decodeChunks(new DbcsDecoder(encoding, tables), chunks, true);
// Not with a reused buffer: the old decoder kept Buffer.slice() views of what it held back.
const decodeOld = (encoding: DbcsEncoding, chunks: readonly Uint8Array[]) => decodeChunks(new IconvDbcsDecoder(encoding), chunks, false);

describe.each(ENCODINGS)('%s: every one- and two-byte sequence', (encoding) => {
  const sequences: number[][] = [];
  for (let byte = 0; byte < 256; byte++) sequences.push([byte]);
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0; trail < 256; trail++) sequences.push([lead, trail]);

  it('decodes as iconv-lite decodes it', () => {
    const tables = buildDbcsTables(encoding);
    const differ = sequences.filter((sequence) => {
      const bytes = Uint8Array.from(sequence);
      return decodeFresh(tables, encoding, [bytes]).text !== iconv.decode(Buffer.from(bytes), encoding);
    });
    expect(differ).toEqual([]);
  });

  it('reports the invalid runs that the iconv-lite-based decoder reports', () => {
    const tables = buildDbcsTables(encoding);
    const differ = sequences.filter((sequence) => {
      const bytes = Uint8Array.from(sequence);
      return JSON.stringify(decodeFresh(tables, encoding, [bytes])) !== JSON.stringify(decodeOld(encoding, [bytes]));
    });
    expect(differ).toEqual([]);
  });
});

/** The GB18030 four-byte sequence at `pointer` (0 = 81 30 81 30). */
function fourBytes(pointer: number): number[] {
  return [0x81 + Math.floor(pointer / 12600), 0x30 + (Math.floor(pointer / 1260) % 10), 0x81 + (Math.floor(pointer / 10) % 126), 0x30 + (pointer % 10)];
}
const LAST_POINTER = 1587599; // FE 39 FE 39
const FIRST_ASTRAL = 39420; // 84 31 A5 30: iconv-lite maps on past U+FFFF
const PAST_UNICODE = 1237576; // E3 32 9A 36: past U+10FFFF

describe('gb18030: four-byte sequences', () => {
  it('decode every BMP one, and astral ones across the range, as the iconv-lite-based decoder does', () => {
    const pointers = Array.from({ length: FIRST_ASTRAL + 10 }, (_, pointer) => pointer);
    for (let pointer = FIRST_ASTRAL + 10; pointer <= LAST_POINTER; pointer += 997) pointers.push(pointer);
    pointers.push(188999, 189000, PAST_UNICODE - 1, PAST_UNICODE, LAST_POINTER);
    const bytes = Uint8Array.from(pointers.flatMap(fourBytes));
    expect(decodeFresh(buildDbcsTables('gb18030'), 'gb18030', [bytes])).toEqual(decodeOld('gb18030', [bytes]));
  });

  it('keep a genuine U+FFFD and replace one past U+10FFFF whole', () => {
    const bytes = Uint8Array.from([0x84, 0x31, 0xa4, 0x37, ...fourBytes(PAST_UNICODE), ...fourBytes(PAST_UNICODE - 1)]);
    expect(decodeFresh(buildDbcsTables('gb18030'), 'gb18030', [bytes])).toEqual({
      text: '\uFFFD\uFFFD\u{10FFFF}',
      runs: [{ byteOffset: 4, bytes: fourBytes(PAST_UNICODE), textOffset: 1 }],
    });
  });
});

// Bytes where the decoders could part: lead bytes, digits (GB18030's second
// and fourth bytes), four-byte sequences of every kind, pairs, real text.
const byte = fc.integer({ min: 0, max: 255 });
const lead = fc.integer({ min: 0x81, max: 0xfe });
const digit = fc.integer({ min: 0x30, max: 0x39 });
const pointer = fc.oneof(
  fc.integer({ min: 0, max: FIRST_ASTRAL + 5 }),
  fc.integer({ min: 0, max: LAST_POINTER }),
  fc.integer({ min: PAST_UNICODE - 3, max: PAST_UNICODE + 3 }),
);
const piece = fc.oneof(
  { weight: 3, arbitrary: byte.map((value) => [value]) },
  { weight: 3, arbitrary: lead.map((value) => [value]) },
  { weight: 2, arbitrary: digit.map((value) => [value]) },
  { weight: 3, arbitrary: fc.tuple(lead, byte) },
  { weight: 2, arbitrary: pointer.map(fourBytes) },
  { weight: 1, arbitrary: fc.tuple(lead, digit, lead, digit) },
  { weight: 1, arbitrary: fc.constantFrom(...['社区活动', '區動態', '😀，€'].flatMap((text) => [[...iconv.encode(text, 'gb18030')], [...iconv.encode(text, 'big5')]])) },
);
const dbcsBytes = fc.array(piece, { maxLength: 60 }).map((pieces) => Uint8Array.from(pieces.flat()));
const withCuts = dbcsBytes.chain((bytes) => fc.tuple(fc.constant(bytes), fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 })));

describe.each(ENCODINGS)('%s: any bytes', (encoding) => {
  it('decode whole to the text and invalid runs of the iconv-lite-based decoder', () => {
    fc.assert(
      fc.property(dbcsBytes, (bytes) => {
        expect(decodeNew(encoding, [bytes])).toEqual(decodeOld(encoding, [bytes]));
      }),
      { numRuns: 1000 },
    );
  });

  it('decode in chunks cut anywhere to the same text and runs as whole', () => {
    fc.assert(
      fc.property(withCuts, ([bytes, cuts]) => {
        expect(decodeNew(encoding, byteChunks(bytes, cuts))).toEqual(decodeOld(encoding, [bytes]));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a large input', () => {
  it('decodes past the scratch buffer, in 64 KiB chunks or whole, as the iconv-lite-based decoder does', () => {
    const text = '社区动态：东山社区开展“邻里节”活动😀。\r\n'.repeat(8000);
    const bytes = Uint8Array.from([...iconv.encode(text, 'gb18030'), 0xff, 0x81]);
    const chunks = byteChunks(bytes, Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, k) => k * 65536));
    const expected = decodeOld('gb18030', [bytes]);
    expect(expected.runs).toHaveLength(2);
    expect(decodeNew('gb18030', [bytes])).toEqual(expected);
    expect(decodeNew('gb18030', chunks)).toEqual(expected);
  });
});
