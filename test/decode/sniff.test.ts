// How the sniffer decides (src/decode/sniff.ts), stated at its limits: the file signatures, the NUL test
// and its 8 KiB, the UTF-16 hint, the early decision on 8 KiB, the 50-to-1 ratio that forgives stray bytes,
// and the count of well-formed UTF-8 sequences.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDecoder, decode } from '../../src/decode/index.js';
import { measureUtf8Fit } from '../../src/decode/sniff.js';
import { concat } from './helpers.js';

const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const HINT = '; if it is UTF-16 without a byte-order mark, force the encoding utf-16le or utf-16be';

describe('file signatures', () => {
  it.each([
    ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
    ['a JPEG image', [0xff, 0xd8, 0xff]],
    ['a gzip archive', [0x1f, 0x8b]],
    ['a ZIP archive (.zip, .docx, .xlsx …)', [0x50, 0x4b, 0x03, 0x04]],
    ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
    ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
    ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
    ['an old Microsoft Office document (.doc, .xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ])('%s: named by its first bytes, alone or followed by text', (format, signature) => {
    for (const bytes of [Uint8Array.from(signature), concat(signature, ascii('then some plain text\n'))]) {
      expect(decode(bytes)).toEqual({
        text: '',
        encoding: 'utf-8',
        detectedBy: 'guess',
        bom: false,
        binary: true,
        diagnostics: [
          {
            ruleId: 'binary',
            severity: 'error',
            message: `Cannot decode the input as text: it is ${format}`,
            place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
            byteOffset: 0,
            actual: format,
          },
        ],
      });
    }
  });

  it('a signature cut short, or not at the start, is no signature', () => {
    expect(decode(ascii('%PDF')).binary).toBe(false);
    expect(decode(ascii('GIF')).binary).toBe(false);
    expect(decode(ascii('see %PDF-1.7 and GIF89a')).binary).toBe(false);
  });

  it('a byte-order mark says the input is text, whatever follows it', () => {
    expect(decode(concat([0xef, 0xbb, 0xbf], ascii('%PDF-1.7 as a word')))).toMatchObject({ binary: false, bom: true, text: '%PDF-1.7 as a word' });
  });
});

describe('NUL bytes', () => {
  it('a NUL byte at offset 0 makes the input binary, named by its offset', () => {
    const decoded = decode(Uint8Array.from([0x00, 0x41, 0x42]));
    expect(decoded).toMatchObject({ text: '', binary: true });
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'binary', message: 'Cannot decode the input as text: NUL byte at byte offset 0 means binary data', byteOffset: 0, actual: 'NUL byte at byte offset 0' }),
    ]);
  });

  it('only the first 8 KiB are searched: a NUL byte at 8191 makes binary data, one at 8192 is kept as U+0000 with a warning', () => {
    const at8191 = concat(new Uint8Array(8191).fill(0x61), [0x00]);
    expect(decode(at8191)).toMatchObject({ binary: true, diagnostics: [{ ruleId: 'binary', byteOffset: 8191 }] });
    const at8192 = concat(new Uint8Array(8192).fill(0x61), [0x00, 0x62]);
    const decoded = decode(at8192);
    expect(decoded).toMatchObject({ binary: false, encoding: 'utf-8', text: `${'a'.repeat(8192)}\0b` });
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ ruleId: 'decode-invalid', byteOffset: 8192, actual: 'NUL' })]);
  });

  it('a forced 8-bit encoding or a UTF-8 byte-order mark still makes NUL bytes binary data, with no UTF-16 hint', () => {
    // Even NUL bytes that look like UTF-16: the encoding was given, or the mark says UTF-8.
    const bytes = Buffer.from('abcdef', 'utf16le');
    const message = 'Cannot decode the input as text: NUL byte at byte offset 1 means binary data';
    for (const encoding of ['utf-8', 'gb18030', 'big5']) {
      const decoded = decode(bytes, { encoding });
      expect(decoded).toMatchObject({ binary: true, detectedBy: 'forced', text: '' });
      expect(decoded.diagnostics).toEqual([expect.objectContaining({ byteOffset: 1, message })]);
      expect(decoded.diagnostics[0]).not.toHaveProperty('expected');
    }
    const marked = decode(concat([0xef, 0xbb, 0xbf], bytes));
    expect(marked).toMatchObject({ binary: true, detectedBy: 'bom', bom: true });
    expect(marked.diagnostics).toEqual([expect.objectContaining({ byteOffset: 4, message: message.replace('1', '4') })]);
    expect(marked.diagnostics[0]).not.toHaveProperty('expected');
  });

  it('in UTF-16, forced or by its mark, NUL bytes are text', () => {
    const le = Buffer.from('Ab', 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(le, { encoding: 'utf-16le' })).toMatchObject({ text: 'Ab', binary: false });
    expect(decode(be, { encoding: 'utf-16be' })).toMatchObject({ text: 'Ab', binary: false });
    expect(decode(concat([0xfe, 0xff], be))).toMatchObject({ text: 'Ab', binary: false, encoding: 'utf-16be', detectedBy: 'bom' });
    expect(decode(concat([0xff, 0xfe], le))).toMatchObject({ text: 'Ab', binary: false, encoding: 'utf-16le', detectedBy: 'bom' });
  });
});

describe('the UTF-16 hint of binary data', () => {
  const hinted = (bytes: Uint8Array): boolean => {
    const [diagnostic] = decode(bytes).diagnostics;
    expect(diagnostic?.ruleId).toBe('binary');
    const hint = diagnostic!.message.endsWith(HINT);
    expect(diagnostic!.expected).toBe(hint ? 'utf-16le or utf-16be' : undefined);
    return hint;
  };

  it('UTF-16 without a mark, NUL bytes on one side of each pair: the message says to force UTF-16', () => {
    const decoded = decode(Buffer.from('ABCD', 'utf16le'));
    expect(decoded.diagnostics).toEqual([
      {
        ruleId: 'binary',
        severity: 'error',
        message: `Cannot decode the input as text: NUL byte at byte offset 1 means binary data${HINT}`,
        place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
        byteOffset: 1,
        actual: 'NUL byte at byte offset 1',
        expected: 'utf-16le or utf-16be',
      },
    ]);
    expect(hinted(Buffer.from('ABCD', 'utf16le').swap16())).toBe(true);
  });

  it('needs four pairs and four NUL bytes on one side', () => {
    expect(hinted(Buffer.from('ABC', 'utf16le'))).toBe(false); // three pairs
    expect(hinted(Buffer.from('A社BC', 'utf16le'))).toBe(false); // four pairs, three NUL bytes
    expect(hinted(Buffer.from('A社BCD', 'utf16le'))).toBe(true); // five pairs, four NUL bytes
    expect(hinted(Uint8Array.from([0, 0x41, 0, 0x42, 0, 0x43, 0]))).toBe(false); // four NUL bytes, but three pairs and a half
  });

  it('allows NUL bytes on the other side up to one eighth of those on the first', () => {
    // 16 ASCII characters put 16 NUL bytes at odd offsets; U+0100 puts one at an even offset.
    const withEven = (count: number): Uint8Array => Buffer.from('\u0100'.repeat(count) + 'A'.repeat(16), 'utf16le');
    expect(hinted(withEven(2))).toBe(true);
    expect(hinted(withEven(3))).toBe(false);
  });

  it('looks at the first 512 bytes only', () => {
    // 256 pairs of ASCII, then as many NUL bytes on the even side: only the first half is counted.
    const bytes = concat(Buffer.from('A'.repeat(256), 'utf16le'), Buffer.from('\u0100'.repeat(256), 'utf16le'));
    expect(hinted(bytes)).toBe(true);
  });

  it('binary data with NUL bytes on both sides gets no hint', () => {
    expect(hinted(new Uint8Array(64))).toBe(false);
  });
});

describe('bytes that decode in no encoding', () => {
  it('are binary data, "undecodable bytes"', () => {
    // A control byte (no NUL) and a byte that starts no UTF-8 sequence, by turns: half of them controls.
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? 0x01 + (i % 8) : 0x80));
    const decoded = decode(bytes);
    expect(decoded).toMatchObject({ text: '', binary: true, encoding: 'utf-8', detectedBy: 'guess' });
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'binary', message: 'Cannot decode the input as text: its bytes decode in no encoding we know', actual: 'undecodable bytes', byteOffset: 0 }),
    ]);
  });
});

describe('the early decision on the first 8 KiB', () => {
  const EARLY = 8192;
  /** `han` Han characters (two bytes of evidence each) and `extra` two-byte ones (one each), then ASCII up to 8 KiB. */
  const head = (han: number, extra: number): Uint8Array => {
    const start = utf8('社'.repeat(han) + 'é'.repeat(extra));
    return concat(start, new Uint8Array(EARLY - start.length).fill(0x61));
  };

  it('valid UTF-8 settles it with 64 bytes beyond one per character: 32 Han characters', () => {
    const decoder = createDecoder();
    expect(decoder.write(head(32, 0))).not.toBe('');
    expect(decoder.info()).toMatchObject({ encoding: 'utf-8', detectedBy: 'valid-utf8' });
    const short = createDecoder();
    expect(short.write(head(31, 1))).toBe('');
    expect(() => short.info()).toThrow(/decided/);
  });

  it('a byte-order mark, binary data or a file signature settle it too', () => {
    const utf16 = createDecoder();
    expect(utf16.write(concat([0xff, 0xfe], Buffer.from('a'.repeat(EARLY), 'utf16le')))).toBe('a'.repeat(EARLY));
    expect(utf16.info()).toMatchObject({ encoding: 'utf-16le', detectedBy: 'bom' });
    const utf8Bom = createDecoder();
    expect(utf8Bom.write(concat([0xef, 0xbb, 0xbf], new Uint8Array(EARLY).fill(0x61)))).not.toBe('');
    expect(utf8Bom.info()).toMatchObject({ encoding: 'utf-8', detectedBy: 'bom', bom: true });
    for (const bytes of [concat(ascii('ab\0'), new Uint8Array(EARLY).fill(0x61)), concat(ascii('%PDF-1.7\n'), new Uint8Array(EARLY).fill(0xe9))]) {
      const binary = createDecoder();
      expect(binary.write(bytes)).toBe('');
      expect(binary.isBinary()).toBe(true);
    }
  });

  it('a whole input is decided the same way: valid UTF-8 in 8 KiB, a stray byte later within 64 KiB', () => {
    const bytes = concat(head(100, 0), ascii('more text'), [0xff], new Uint8Array(60_000).fill(0x62));
    const decoded = decode(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', detectedBy: 'valid-utf8' });
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ ruleId: 'decode-invalid', byteOffset: EARLY + 9 })]);
  });

  it('an input shorter than 8 KiB ending inside a character is not valid UTF-8: its end is a stray sequence', () => {
    const bytes = concat(utf8('社'.repeat(60)), [0xe6, 0x9c]);
    const decoded = decode(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', detectedBy: 'guess', text: `${'社'.repeat(60)}\uFFFD` });
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ ruleId: 'decode-invalid', byteOffset: 180, actual: '0xE6 0x9C' })]);
  });
});

describe('stray bytes in UTF-8', () => {
  // Cyrillic reads as no Chinese in any encoding: only the ratio can keep it UTF-8. Read as UTF-8 it has one
  // U+FFFD per stray byte; read as GB18030 as many (the stray 0xFF is invalid there too), so a comparison ties,
  // and ties go to GB18030.
  const cyrillic = (letters: number, stray: number): Uint8Array =>
    concat(...Array.from({ length: stray }, () => concat(utf8('Ж'.repeat(letters / stray)), [0xff])));

  it('one ill-formed sequence in 50 valid ones is forgiven, one in 49 is not', () => {
    expect(decode(cyrillic(50, 1))).toMatchObject({ encoding: 'utf-8', detectedBy: 'guess', text: `${'Ж'.repeat(50)}\uFFFD` });
    expect(decode(cyrillic(49, 1))).toMatchObject({ encoding: 'gb18030', detectedBy: 'guess' });
    expect(decode(cyrillic(100, 2)).encoding).toBe('utf-8');
    expect(decode(cyrillic(98, 2)).encoding).toBe('gb18030');
  });

  // Common characters, each followed by a stray byte: the UTF-8 reading keeps them (one U+FFFD each), the GB18030
  // one loses them (绀 鍖 …, and the stray bytes as U+FFFD too).
  const strayAfterEach = (text: string, extra: number): Uint8Array =>
    concat(...[...text].map((char) => concat(utf8(char), [0xff])), new Uint8Array(extra).fill(0xff));

  it('as many ill-formed sequences as valid ones: the readings are compared, and UTF-8 reads better', () => {
    expect(decode(strayAfterEach('社区动态', 0))).toMatchObject({ encoding: 'utf-8', detectedBy: 'guess', text: '社\uFFFD区\uFFFD动\uFFFD态\uFFFD' });
  });

  it('more ill-formed sequences than valid ones: GB18030 or Big5, without comparing', () => {
    expect(decode(strayAfterEach('社区动态', 1))).toMatchObject({ encoding: 'gb18030', detectedBy: 'guess' });
  });
});

describe('measureUtf8Fit', () => {
  /** The plain definition: a byte from 0x80 starts a valid sequence when 2, 3 or 4 bytes from it are one character for a strict decoder. */
  function plainFit(bytes: Uint8Array): { valid: number; invalid: number } {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let valid = 0;
    let invalid = 0;
    for (let i = 0; i < bytes.length; ) {
      if (bytes[i]! < 0x80) {
        i++;
        continue;
      }
      const length = [2, 3, 4].find((n) => {
        if (i + n > bytes.length) return false;
        try {
          return [...strict.decode(bytes.subarray(i, i + n))].length === 1;
        } catch {
          return false;
        }
      });
      if (length === undefined) {
        invalid++;
        i++;
      } else {
        valid++;
        i += length;
      }
    }
    return { valid, invalid };
  }

  // Lead bytes at the edges of each range, and continuation bytes at the edges of theirs.
  const EDGES = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];

  it('counts well-formed sequences and the bytes that start none, as the plain definition does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...EDGES), fc.integer({ min: 0, max: 255 })), { maxLength: 24 }), (values) => {
        const bytes = Uint8Array.from(values);
        expect(measureUtf8Fit(bytes)).toEqual(plainFit(bytes));
      }),
      { numRuns: 1500 },
    );
  });

  it('the edges of each kind of sequence', () => {
    expect(measureUtf8Fit(Uint8Array.from([0xc2, 0x80, 0xdf, 0xbf, 0xc1, 0xbf]))).toEqual({ valid: 2, invalid: 2 });
    expect(measureUtf8Fit(Uint8Array.from([0xe0, 0xa0, 0x80, 0xe0, 0x9f, 0x80]))).toEqual({ valid: 1, invalid: 3 });
    expect(measureUtf8Fit(Uint8Array.from([0xed, 0x9f, 0xbf, 0xed, 0xa0, 0x80]))).toEqual({ valid: 1, invalid: 3 });
    expect(measureUtf8Fit(Uint8Array.from([0xf0, 0x90, 0x80, 0x80, 0xf0, 0x8f, 0x80, 0x80]))).toEqual({ valid: 1, invalid: 4 });
    expect(measureUtf8Fit(Uint8Array.from([0xf4, 0x8f, 0xbf, 0xbf, 0xf4, 0x90, 0x80, 0x80, 0xf5, 0x80]))).toEqual({ valid: 1, invalid: 6 });
    expect(measureUtf8Fit(Uint8Array.from([0xef, 0xbf, 0xbd, 0xe2, 0x82]))).toEqual({ valid: 1, invalid: 2 });
  });
});
