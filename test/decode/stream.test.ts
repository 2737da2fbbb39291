import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createDecoder, decode, normalizeEncoding, SUPPORTED_ENCODINGS } from '../../src/decode/index.js';
import { readFixture } from './helpers.js';

describe('normalizeEncoding', () => {
  it.each([
    ['gbk', 'gb18030'],
    ['GB2312', 'gb18030'],
    ['cp936', 'gb18030'],
    ['gb18030', 'gb18030'],
    ['utf8', 'utf-8'],
    ['UTF-8', 'utf-8'],
    ['utf16le', 'utf-16le'],
    ['UTF_16BE', 'utf-16be'],
    ['big5', 'big5'],
    ['CP950', 'big5'],
    ['auto', 'auto'],
    [' gbk\t', 'gb18030'],
    ['X_X_BIG5', 'big5'],
    ['Windows_936', 'gb18030'],
    ['latin1', null],
    ['', null],
    ['utf_8_', null],
  ])('%s → %s', (name, expected) => {
    expect(normalizeEncoding(name)).toBe(expected);
  });

  it('knows every supported name', () => {
    for (const name of SUPPORTED_ENCODINGS) expect(normalizeEncoding(name)).toBe(name);
  });
});

describe('createDecoder', () => {
  it('throws RangeError for an unknown encoding name, listing the known ones', () => {
    expect(() => decode(new Uint8Array(), { encoding: 'latin1' })).toThrow(RangeError);
    expect(() => createDecoder({ encoding: 'latin1' })).toThrow(/utf-8, utf-16le/);
  });

  it('decodes empty input as UTF-8', () => {
    expect(decode(new Uint8Array())).toEqual({
      text: '',
      encoding: 'utf-8',
      detectedBy: 'valid-utf8',
      bom: false,
      binary: false,
      diagnostics: [],
    });
  });

  it('holds text back until 64 KiB have come when the encoding must be guessed (GB18030), then streams', () => {
    const text = '社区动态\n'.repeat(8000);
    const bytes = iconv.encode(text, 'gb18030'); // 72 000 bytes
    const decoder = createDecoder();
    expect(decoder.write(bytes.subarray(0, 60_000))).toBe('');
    expect(() => decoder.info()).toThrow(/decided/);
    const first = decoder.write(bytes.subarray(60_000, 70_000));
    expect(first.length).toBeGreaterThan(0);
    expect(decoder.info()).toMatchObject({ encoding: 'gb18030', detectedBy: 'guess' });
    const rest = decoder.write(bytes.subarray(70_000)) + decoder.end();
    expect(first + rest).toBe(text);
  });

  it('holds back pure ASCII until 64 KiB too: it settles nothing (GBK could follow)', () => {
    const decoder = createDecoder();
    expect(decoder.write(Buffer.from('x'.repeat(20_000)))).toBe('');
  });

  // Issue 14, defect 17: text piped in slowly streams once the first 8 KiB settle the encoding.
  it.each([
    ['valid UTF-8 with Chinese, auto', {}, 'valid-utf8'],
    ['a forced encoding', { encoding: 'utf-8' }, 'forced'],
  ])('streams from the first 8 KiB for %s', (_, options, detectedBy) => {
    const bytes = Buffer.from('社区动态\n'.repeat(6000)); // 78 000 bytes
    const decoder = createDecoder(options);
    expect(decoder.write(bytes.subarray(0, 8000))).toBe('');
    const first = decoder.write(bytes.subarray(8000, 9000));
    expect(first.length).toBeGreaterThan(0);
    expect(decoder.info()).toMatchObject({ encoding: 'utf-8', detectedBy });
    const rest = decoder.write(bytes.subarray(9000)) + decoder.end();
    expect(first + rest).toBe(bytes.toString('utf8'));
  });

  it('the first 8 KiB decide the same in any split and whole: valid there, a stray byte past them stays UTF-8', () => {
    const good = Buffer.from('社区动态\n'.repeat(1000)); // 13 000 bytes
    const bytes = Buffer.concat([good, iconv.encode('社区动态\n'.repeat(100), 'gbk')]);
    const whole = decode(bytes);
    expect(whole).toMatchObject({ encoding: 'utf-8', detectedBy: 'valid-utf8' });
    const decoder = createDecoder();
    let text = '';
    for (let at = 0; at < bytes.length; at += 777) text += decoder.write(bytes.subarray(at, at + 777));
    text += decoder.end();
    expect({ text, ...decoder.info() }).toEqual(whole);
  });

  it.each(['utf-8', 'utf-16le', 'gb18030'])('copies what it keeps (%s): a caller may reuse its Buffer for the next chunk', (encoding) => {
    // Past the 64 KiB window, in chunks that cut characters: the sniffed bytes and each carried tail must be copies.
    const text = '社区动态，东山社区开展活动。\n'.repeat(3000);
    const bytes = iconv.encode(text, encoding, { addBOM: encoding === 'utf-16le' });
    const scratch = Buffer.alloc(1001);
    const decoder = createDecoder();
    let out = '';
    for (let at = 0; at < bytes.length; at += scratch.length) {
      const length = bytes.copy(scratch, 0, at, at + scratch.length);
      out += decoder.write(scratch.subarray(0, length));
      scratch.fill(0x41);
    }
    expect(out + decoder.end()).toBe(text);
  });

  it('emits GB18030 text up to the last ASCII byte (not a digit) of each chunk', () => {
    const bytes = Buffer.concat(Array.from({ length: 8 }, () => readFixture('decode/community-news.gb18030.txt')));
    let newline = bytes.indexOf(0x0a, 70_000);
    while ((bytes[newline + 1] ?? 0) < 0x81) newline = bytes.indexOf(0x0a, newline + 1);
    const cut = newline + 2; // inside the first character of a line, after its first byte
    const decoder = createDecoder();
    const first = decoder.write(bytes.subarray(0, cut));
    expect(decoder.info()).toMatchObject({ encoding: 'gb18030', detectedBy: 'guess' });
    expect(first).toBe(iconv.decode(bytes.subarray(0, newline + 1), 'gb18030'));
    expect(first + decoder.write(bytes.subarray(cut)) + decoder.end()).toBe(iconv.decode(bytes, 'gb18030'));
  });

  it('refuses to write or end after end()', () => {
    const decoder = createDecoder();
    decoder.end();
    expect(() => decoder.write(new Uint8Array(1))).toThrow(/ended/);
    expect(() => decoder.end()).toThrow(/ended/);
  });
});
