import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import { readFixture } from './helpers.js';

const sample = readFixture('community-news.txt').toString('utf8');
const traditional = readFixture('decode/traditional.txt').toString('utf8');

describe('decode: the sample in each encoding', () => {
  it.each([
    ['community-news.txt', 'utf-8', 'valid-utf8', false],
    ['decode/community-news.utf8-bom.txt', 'utf-8', 'bom', true],
    ['decode/community-news.utf16le-bom.txt', 'utf-16le', 'bom', true],
    ['decode/community-news.utf16be-bom.txt', 'utf-16be', 'bom', true],
    ['decode/community-news.gb18030.txt', 'gb18030', 'guess', false],
  ])('%s → %s by %s', (name, encoding, detectedBy, bom) => {
    const decoded = decode(readFixture(name));
    expect(decoded).toEqual({ text: sample, encoding, detectedBy, bom, binary: false, diagnostics: [] });
  });

  it('keeps CRLF line endings', () => {
    const decoded = decode(readFixture('decode/community-news.crlf.txt'));
    expect(decoded.text).toContain('\r\n');
    expect(decoded.text.replace(/\r\n/g, '\n')).toBe(sample);
    expect(decoded).toMatchObject({ encoding: 'utf-8', detectedBy: 'valid-utf8', diagnostics: [] });
  });

  it('recognises Big5', () => {
    const decoded = decode(readFixture('decode/traditional.big5.txt'));
    expect(decoded).toEqual({ text: traditional, encoding: 'big5', detectedBy: 'guess', bom: false, binary: false, diagnostics: [] });
  });

  it('reports a NUL byte in the first 8 KiB as binary, with its offset', () => {
    const bytes = Buffer.from('社区动态\n\0\u0001data', 'utf8');
    expect(decode(bytes)).toMatchObject({
      text: '',
      binary: true,
      diagnostics: [{ ruleId: 'binary', byteOffset: 13, actual: 'NUL byte at byte offset 13' }],
    });
  });

  it('reports a PNG as binary, by its signature', () => {
    expect(decode(readFixture('decode/png-header.png'))).toEqual({
      text: '',
      encoding: 'utf-8',
      detectedBy: 'guess',
      bom: false,
      binary: true,
      diagnostics: [
        expect.objectContaining({
          ruleId: 'binary',
          severity: 'error',
          place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
          byteOffset: 0,
          actual: 'a PNG image',
        }),
      ],
    });
  });
});

describe('decode: forced encodings', () => {
  it('decodes what auto would guess, reported as forced', () => {
    const decoded = decode(readFixture('decode/community-news.gb18030.txt'), { encoding: 'GBK' });
    expect(decoded).toMatchObject({ text: sample, encoding: 'gb18030', detectedBy: 'forced', bom: false });
  });

  it('decodes UTF-16 without a BOM, which auto takes for binary', () => {
    const bytes = Buffer.from(sample, 'utf16le');
    expect(decode(bytes).binary).toBe(true);
    expect(decode(bytes, { encoding: 'utf16le' })).toMatchObject({ text: sample, encoding: 'utf-16le', binary: false });
  });

  it('strips a BOM that matches the forced encoding, and only that', () => {
    const utf8 = decode(readFixture('decode/community-news.utf8-bom.txt'), { encoding: 'utf-8' });
    expect(utf8).toMatchObject({ text: sample, detectedBy: 'forced', bom: true });
    const mismatched = decode(readFixture('decode/community-news.utf16le-bom.txt'), { encoding: 'utf-16be' });
    expect(mismatched).toMatchObject({ encoding: 'utf-16be', bom: false });
    expect(mismatched.text.charCodeAt(0)).toBe(0xfffe);
  });

  it('still reports binary input for 8-bit encodings', () => {
    expect(decode(readFixture('decode/png-header.png'), { encoding: 'big5' })).toMatchObject({
      binary: true,
      text: '',
      detectedBy: 'forced',
    });
  });
});

describe('guessing GB18030 or Big5', () => {
  const lines = (text: string): string[] => text.split('\n').filter((line) => /[^\x00-\x7f]/.test(line));

  it.each(lines(sample).map((line) => [line.slice(0, 12), line]))('GBK line %s… → gb18030', (_, line) => {
    expect(decode(iconv.encode(line, 'gbk')).encoding).toBe('gb18030');
  });

  it.each(lines(traditional).map((line) => [line.slice(0, 12), line]))('Big5 line %s… → big5', (_, line) => {
    expect(decode(iconv.encode(line, 'big5')).encoding).toBe('big5');
  });

  it.each([
    ['臺灣的天氣今天很熱，下午可能會有雷陣雨。', '台湾的天气今天很热，下午可能会有雷阵雨。'],
    ['我們明天一起去圖書館看書吧！', '我们明天一起去图书馆看书吧！'],
    ['這個問題應該怎麼解決？', '这个问题应该怎么解决？'],
  ])('tells %s (Big5) from its simplified form (GBK)', (big5, gbk) => {
    expect(decode(iconv.encode(big5, 'big5'))).toMatchObject({ text: big5, encoding: 'big5' });
    expect(decode(iconv.encode(gbk, 'gbk'))).toMatchObject({ text: gbk, encoding: 'gb18030' });
  });

  it('defaults to gb18030 when the text is too short to tell', () => {
    expect(decode(iconv.encode('電腦', 'big5')).encoding).toBe('gb18030');
    expect(decode(Uint8Array.from([0x41, 0xff, 0x42])).encoding).toBe('gb18030');
  });
});
