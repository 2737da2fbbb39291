// bulletin format --diff's patch (src/formatter/diff.ts): each line of text
// beside its restyled self, blank lines paired only with blank lines between
// the same lines of text; and a patch that applies. The expected diffs are
// written by hand.

import { applyPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDiff, formatText } from '../../src/formatter/index.js';
import { anyPage } from './arbitraries.js';

describe('format --diff', () => {
  it('shows each line beside its restyled self, and the blank lines added or removed between them', () => {
    const before = '社区动态\n苏村社区: 开展活动\n本报讯 近日,社区开展活动。\n\n\n(李 莉)\n河西社区\n邻里菜园结出"连心果"\n\n本报讯 近日,河西社区把空地改成了菜园。\n(张 平)\n';
    const after = formatText(before);
    expect(formatDiff('page.txt', before, after)).toBe(
      [
        '--- a/page.txt',
        '+++ b/page.txt',
        '@@ -1,11 +1,15 @@',
        ' 社区动态',
        // The section title is followed by two blank lines, as between items.
        '+',
        '+',
        '-苏村社区: 开展活动',
        '+苏村社区：开展活动',
        '+',
        '-本报讯 近日,社区开展活动。',
        '+本报讯　近日，社区开展活动。',
        // Of the two blank lines before the byline, one goes.
        '-',
        ' ',
        '-(李 莉)',
        '+（李　莉）',
        // The organisation and the title, on two lines, become one header, after two blank lines.
        '-河西社区',
        '-邻里菜园结出"连心果"',
        '+',
        '+',
        '+河西社区：邻里菜园结出“连心果”',
        ' ',
        '-本报讯 近日,河西社区把空地改成了菜园。',
        '+本报讯　近日，河西社区把空地改成了菜园。',
        '+',
        '-(张 平)',
        '+（张　平）',
        '',
      ].join('\n'),
    );
  });

  it('puts changes far apart in hunks of their own, three lines of context each side', () => {
    const same = ['一', '二', '三', '四', '五', '六', '七', '八'].map((n) => `第${n}行没有变。\n`).join('');
    const before = `近日,甲社区开展活动。\n${same}近日,乙社区开展活动。\n`;
    const after = `近日，甲社区开展活动。\n${same}近日，乙社区开展活动。\n`;
    expect(formatDiff('p.txt', before, after)).toBe(
      [
        '--- a/p.txt',
        '+++ b/p.txt',
        '@@ -1,4 +1,4 @@',
        '-近日,甲社区开展活动。',
        '+近日，甲社区开展活动。',
        ' 第一行没有变。',
        ' 第二行没有变。',
        ' 第三行没有变。',
        '@@ -7,4 +7,4 @@',
        ' 第六行没有变。',
        ' 第七行没有变。',
        ' 第八行没有变。',
        '-近日,乙社区开展活动。',
        '+近日，乙社区开展活动。',
        '',
      ].join('\n'),
    );
  });

  it('marks a last line without a line break, and is empty when nothing changes', () => {
    expect(formatDiff('p.txt', '近日,社区开展活动。', '近日，社区开展活动。\n')).toBe(
      ['--- a/p.txt', '+++ b/p.txt', '@@ -1,1 +1,1 @@', '-近日,社区开展活动。', '\\ No newline at end of file', '+近日，社区开展活动。', ''].join('\n'),
    );
    expect(formatDiff('p.txt', 'a\n', 'a\n')).toBe('');
  });

  it('is a patch that turns any page into its formatted self, in any line breaks', () => {
    fc.assert(
      fc.property(anyPage, fc.constantFrom('\n', '\r\n'), (page, eol) => {
        const before = page.replace(/\r\n?|\n/g, eol);
        const after = formatText(before);
        expect(applyPatch(before, formatDiff('p.txt', before, after))).toBe(after);
      }),
      { numRuns: 100 },
    );
  });
});
