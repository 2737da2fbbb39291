import fc from 'fast-check';
import iconv from 'iconv-lite';
import { expectWellPlaced } from '../laws/decode.js';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import type { Decoded } from '../../src/model.js';
import { concat, decodeInChunks, naivePoints, readFixture } from './helpers.js';

const ENCODINGS = ['auto', 'utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
const utf8 = (text: string): number[] => [...Buffer.from(text, 'utf8')];

// Pieces whose borders the chunk cuts should fall inside: multi-byte UTF-8,
// GB18030 two- and four-byte sequences, Big5, UTF-16 surrogate halves, BOMs,
// CR LF, NUL, and bytes that are invalid in some or all encodings.
const PIECES: number[][] = [
  ...['a', '7', ' ', '\r', '\n', '\r\n', '社', '區', '，', '😀', '\uFFFD', '€'].map(utf8),
  ...['社', '区', '，', '😀', '\u0080', '€', '\uFFFD'].map((text) => [...iconv.encode(text, 'gb18030')]),
  ...['區', '動', '，'].map((text) => [...iconv.encode(text, 'big5')]),
  ...['A', '\r\n', '社', '😀'].flatMap((text) => [[...Buffer.from(text, 'utf16le')], [...Buffer.from(text, 'utf16le').swap16()]]),
  [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x3d, 0xd8], [0x00, 0xde], [0xd8, 0x3d], [0x00],
  [0x80], [0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9f], [0xed, 0xa0, 0x80], [0x81], [0x81, 0x30],
  [0x84, 0x31, 0xa4, 0x37], [0xfe, 0x39, 0xfe, 0x39], [0x88, 0x62],
];
const pieces = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3 })), { maxLength: 40 })
  .map((parts) => concat(...parts));
const anyBytes = fc.oneof(pieces, fc.uint8Array({ maxLength: 120 }));
const cutsFor = (length: number) => fc.array(fc.integer({ min: 0, max: length }), { maxLength: 10 });


describe('the chunking law: any split decodes like the whole', () => {
  it('holds for short inputs in every encoding', () => {
    const input = anyBytes.chain((bytes) => fc.tuple(fc.constant(bytes), cutsFor(bytes.length), fc.constantFrom(...ENCODINGS)));
    fc.assert(
      fc.property(input, ([bytes, cuts, encoding]) => {
        const whole = decode(bytes, { encoding });
        expect(decodeInChunks(bytes, cuts, { encoding })).toEqual(whole);
        expectWellPlaced(whole);
      }),
      { numRuns: 300 },
    );
  });

  // A short sniff window makes short inputs stream after the decision, with
  // chunks cut inside sequences, surrogate pairs and CRLFs.
  it('holds for short inputs streamed after a short sniff window', () => {
    const input = anyBytes.chain((bytes) =>
      fc.tuple(fc.constant(bytes), cutsFor(bytes.length), fc.constantFrom(...ENCODINGS), fc.integer({ min: 0, max: 12 })),
    );
    fc.assert(
      fc.property(input, ([bytes, cuts, encoding, window]) => {
        const whole = decodeInChunks(bytes, [], { encoding }, window);
        const chunked = decodeInChunks(bytes, cuts, { encoding }, window);
        expect(chunked).toEqual(whole);
        expectWellPlaced(chunked);
      }),
      { numRuns: 600 },
    );
  });

  // Past the 64 KiB sniff window the decoder streams: cut around the window's
  // end and in the tail, after a valid UTF-8 or a GB18030 head.
  const heads = {
    utf8: readFixture('community-news.txt'),
    gb18030: readFixture('decode/community-news.gb18030.txt'),
  };
  const longHead = (head: Buffer): Uint8Array => Buffer.concat(Array.from({ length: Math.ceil(70_000 / head.length) }, () => head));
  it.each(Object.entries(heads))('holds for long inputs after a %s head', (_, head) => {
    const start = longHead(head);
    const window = 64 * 1024;
    const near = fc.oneof(fc.integer({ min: window - 6, max: window + 6 }), fc.integer({ min: start.length - 6, max: start.length + 150 }));
    const input = fc.tuple(pieces, fc.array(near, { maxLength: 6 }), fc.constantFrom('auto', 'utf-8', 'gb18030', 'big5'));
    fc.assert(
      fc.property(input, ([tail, cuts, encoding]) => {
        const bytes = concat(start, tail);
        const whole = decode(bytes, { encoding });
        expect(decodeInChunks(bytes, cuts, { encoding })).toEqual(whole);
        expectWellPlaced(whole);
      }),
      { numRuns: 20 },
    );
  });
});

describe('the never-throw law', () => {
  it('decodes mutated real text in any encoding', () => {
    const real = [readFixture('decode/community-news.gb18030.txt'), readFixture('decode/community-news.utf16le-bom.txt'), readFixture('community-news.txt')];
    const mutation = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete'));
    const input = fc.tuple(fc.constantFrom(...real), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.constantFrom(...ENCODINGS));
    fc.assert(
      fc.property(input, ([source, from, mutations, encoding]) => {
        const bytes = [...source.subarray(from % source.length, (from % source.length) + 600)];
        for (const [at, value, kind] of mutations) {
          const index = at % (bytes.length + 1);
          if (kind === 'set') bytes[index] = value;
          else if (kind === 'insert') bytes.splice(index, 0, value);
          else bytes.splice(index, 1);
        }
        expectWellPlaced(decode(Uint8Array.from(bytes), { encoding }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('agreement with the reference decoders', () => {
  const contains = (bytes: Uint8Array, sequence: number[]): boolean => Buffer.from(bytes).includes(Buffer.from(sequence));
  const replacements = (text: string): number => text.split('\uFFFD').length - 1;
  // No NUL bytes: those make the input binary, which has its own tests.
  const textBytes = anyBytes.map((bytes) => bytes.map((byte) => byte || 1));

  it('UTF-8: the text of TextDecoder, one diagnostic per U+FFFD it made', () => {
    fc.assert(
      fc.property(textBytes, (bytes) => {
        const decoded = decode(bytes, { encoding: 'utf-8' });
        fc.pre(!decoded.binary);
        const body = decoded.bom ? bytes.subarray(3) : bytes;
        expect(decoded.text).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body));
        if (!contains(bytes, [0xef, 0xbf, 0xbd])) expect(decoded.diagnostics).toHaveLength(Math.min(101, replacements(decoded.text)));
      }),
      { numRuns: 400 },
    );
  });

  it.each(['gb18030', 'big5'] as const)('%s: the text of iconv-lite, one diagnostic per U+FFFD it made', (encoding) => {
    fc.assert(
      fc.property(textBytes, (bytes) => {
        const decoded = decode(bytes, { encoding });
        // A file signature (gzip's 1F 8B, a PDF's %PDF…) makes the input binary, which has its own tests.
        fc.pre(!decoded.binary);
        const reference = iconv.decode(Buffer.from(bytes), encoding);
        // iconv-lite turns GB18030 sequences past U+10FFFF into lone surrogates; we replace them.
        if (!/[\uD800-\uDFFF]/.test(reference.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) {
          expect(decoded.text).toBe(reference);
        }
        if (!contains(bytes, [0x84, 0x31, 0xa4, 0x37])) {
          expect(decoded.diagnostics).toHaveLength(Math.min(101, replacements(decoded.text)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(['gb18030', 'big5'] as const)('%s: every two-byte input as iconv-lite, each followed by LF', (encoding) => {
    // LF ends any sequence in both encodings, so the pairs cannot interact.
    const bytes = new Uint8Array(255 * 255 * 3).fill(0x0a);
    let at = 0;
    for (let first = 1; first < 256; first++) {
      for (let second = 1; second < 256; second++, at += 3) [bytes[at], bytes[at + 1]] = [first, second];
    }
    const decoded = decode(bytes, { encoding });
    expect(decoded.text).toBe(iconv.decode(Buffer.from(bytes), encoding));
    expectWellPlaced(decoded);
  });
});
