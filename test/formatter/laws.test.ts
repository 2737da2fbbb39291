// The formatter's laws on every fixture of the repository, then on random and
// untidy pages (test/laws/format.ts), and the encodings law: the sample in
// every encoding formats to the same text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import { fold, formatText, PageFormatter } from '../../src/formatter/index.js';
import { parse } from '../../src/parse/index.js';
import { FORMAT_LAWS, formatTelling, styleFindings } from '../laws/format.js';
import { runsOf } from '../laws/law.js';
import { isSubsequence, meaning, textFixtures } from './helpers.js';

const FIXTURES = textFixtures();

describe('format laws on every fixture', () => {
  it.each(FIXTURES)('%s: idempotent, reads the same, loses nothing', (_name, text) => {
    const once = formatText(text);
    expect(formatText(once)).toBe(once);
    expect(meaning(parse(once))).toEqual(meaning(parse(text)));
    expect(isSubsequence(fold(text), fold(once))).toBe(true);
  });

  it.each(FIXTURES)('%s: no punctuation-width or header spacing finding left', (_name, text) => {
    const { out, kept } = formatTelling(text);
    // (An item the formatter keeps as it stands keeps its findings, so check still sees them.)
    if (!kept) expect(styleFindings(out)).toEqual([]);
  });

  it('formats all but five fixtures fully (a web table whose cell borders no item holds, a byline glued before a disclaimer, a photo page printing its title above each picture, captions between a headline and its text)', () => {
    const kept = FIXTURES.filter(([, text]) => formatTelling(text).kept).map(([name]) => name);
    // A web table's cell border (`… 摄 |`, or `| 责任编辑:X` before the text) is the edge of the cell the copy came from, not an item's text: the parser
    // reads each line without it, so a rewrite of those items would drop a character, and the formatter prints them as
    // they stand rather than lose it.
    // A glued byline with a site's disclaimer after it (`…。”(A) (本文不代表本站观点…)`): the styled item does not read back
    // as it did, so the formatter keeps that item's lines, tidied but not restyled (nothing lost; a later rule may style it).
    // A photo page's title printed again above each picture is the picture's label only below the title it repeats: a
    // window of the page read alone, as the formatter checks a restyled item, may not hold that title, so two of its
    // pictures keep their lines as they stand. So do captions that stand between a web copy's headline and its text:
    // the headline is the text's, printed above them, and a window of the page around a caption does not hold it.
    // (The hostile web page's first lines, markup joined across them, are text outside any item: check reports them, and
    // the formatter leaves them as they stand.)
    expect(kept.sort()).toEqual([
      'fixtures/parse/closing-brackets-of-reposts.txt',
      'fixtures/parse/photo-set-title-above-each-picture.txt',
      'fixtures/parse/picture-table-cells.txt',
      'fixtures/parse/web-captions-credited-as-phrases.txt',
      'fixtures/parse/web-copy-school-bracket-picture-files.txt',
    ]);
  });

  it('the sample gets full-width punctuation, padded bylines and `组织：标题` headers', () => {
    const sample = FIXTURES.find(([name]) => name === 'fixtures/community-news.txt')![1];
    const out = formatText(sample);
    expect(out).toContain('苏村社区：开展主题党日活动\n');
    expect(out).toContain('\n（李　莉）\n');
    expect(out).toContain('本报讯　6月24日，苏村社区党支部');
    expect(styleFindings(sample).length).toBeGreaterThan(0);
  });
});

describe('format laws on random and untidy pages', () => {
  for (const law of FORMAT_LAWS) {
    it(law.name, () => {
      fc.assert(law.property(), { numRuns: runsOf(law) });
    }, 120_000);
  }
});

describe('encodings', () => {
  const DECODE = join(import.meta.dirname, '../../fixtures/decode');
  const read = (name: string) => decode(readFileSync(join(DECODE, name))).text;

  it('the sample in every encoding formats to the same text (line breaks as each file has them)', () => {
    const expected = formatText(readFileSync(join(import.meta.dirname, '../../fixtures/community-news.txt'), 'utf8'));
    for (const name of ['community-news.gb18030.txt', 'community-news.utf16be-bom.txt', 'community-news.utf16le-bom.txt', 'community-news.utf8-bom.txt']) {
      expect(formatText(read(name)), name).toBe(expected);
    }
    const crlf = formatText(read('community-news.crlf.txt'));
    expect(crlf).toBe(expected.replace(/\n/g, '\r\n'));
  });

  it('Big5 and its UTF-8 twin format to the same text', () => {
    expect(formatText(read('traditional.big5.txt'))).toBe(formatText(read('traditional.txt')));
  });
});

describe('streaming', () => {
  it('a page larger than one part comes out in parts, as the page formatted whole', () => {
    const sample = readFileSync(join(import.meta.dirname, '../../fixtures/community-news.txt'), 'utf8');
    const big = Array.from({ length: 60 }, () => sample).join('\n\n');
    const formatter = new PageFormatter();
    const parts: string[] = [];
    for (let at = 0; at < big.length; at += 65536) parts.push(formatter.push(big.slice(at, at + 65536)));
    parts.push(formatter.end());
    // Out before the end: the first part did not wait for the whole page.
    expect(parts.slice(0, -1).some((part) => part !== '')).toBe(true);
    expect(parts.join('')).toBe(formatText(big));
  });
});
