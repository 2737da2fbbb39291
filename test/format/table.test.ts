import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { table, TRUNCATED_MARK } from '../../src/format/table.js';
import { truncateToWidth } from '../../src/format/width.js';
import { context, documentWith, makeItem, sampleDocument, stripAnsi } from './helpers.js';

const sample = sampleDocument();
const longTitles = documentWith(
  [
    makeItem({ title: '搭建“五方平台” 打造“红心家园”暨科学育儿进社区 亲子共沐好时光主题党日活动', community: '西马家坪社区党总支', authors: ['曹蓉', '彭晓', '王鹤婷'] }),
    makeItem({ index: 2, kind: 'feature', title: 'A mixed 标题 with ASCII and 汉字', truncated: true }),
  ],
  '很长的文件名-community-news-2022-06-30.txt',
);

/** Display widths of the lines a terminal shows. */
function lineWidths(out: string): number[] {
  expect(out.endsWith('\n')).toBe(true);
  return out.slice(0, -1).split('\n').map((line) => stringWidth(stripAnsi(line)));
}

describe('table on a terminal', () => {
  for (const columns of [60, 120]) {
    for (const showFile of [false, true]) {
      for (const color of [false, true]) {
        it(`fits ${columns} columns${showFile ? ' with files' : ''}${color ? ' in colour' : ''}, every row as wide as the others`, () => {
          const widths = lineWidths(table.format([sample, longTitles], context({ columns, showFile, color })));
          expect(widths.length).toBe(12 + 4);
          expect(Math.max(...widths)).toBeLessThanOrEqual(columns);
          expect(new Set(widths).size).toBe(1);
        });
      }
    }
  }

  it('uses the width it has, and no more than the content needs', () => {
    const wide = lineWidths(table.format([sample], context({ columns: 200 })));
    expect(wide[0]).toBeLessThan(200);
    const narrow = lineWidths(table.format([sample], context({ columns: 80 })));
    expect(narrow[0]).toBe(80);
  });

  it('shows full titles when they fit and cuts them with … when not', () => {
    const wide = table.format([sample], context({ columns: 120 }));
    for (const item of sample.items) if (item.title) expect(wide).toContain(item.title);
    const narrow = table.format([sample], context({ columns: 60 }));
    expect(narrow).not.toContain('组建志愿服务队伍 搭建群众连心桥');
    expect(narrow).toMatch(/│ 组建志愿[^│ ]*… *│/);
  });

  it('marks truncated items and joins authors with 、', () => {
    const lines = table.format([sample], context({ columns: 120 })).split('\n');
    expect(lines.filter((line) => line.includes(TRUNCATED_MARK))).toHaveLength(4);
    expect(lines.find((line) => line.includes('新源社区'))).toContain('曹蓉、彭晓');
  });

  it('writes no colour codes without colour, and some with it', () => {
    expect(table.format([sample], context({ columns: 120 }))).not.toContain('\u001b[');
    expect(table.format([sample], context({ columns: 120, color: true }))).toContain('\u001b[');
  });

  it('keeps rows on one line when values hold line breaks, tabs or escape codes', () => {
    const item = makeItem({ title: '第一行\n第二行\t\u001b[31m红\r', community: 'a\u0007b' });
    const out = table.format([documentWith([item])], context({ columns: 80 }));
    expect(out.split('\n')).toHaveLength(6);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('第一行 第二行 [31m红');
  });

  it('stays aligned and within 60 columns for any Chinese, ASCII and full-width titles', () => {
    const char = fc.constantFrom(...'社区党建引领提升微服务“”（）、，。·—:,. aZ09'.split(''));
    const text = fc.string({ unit: char, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fc.record({ title: text, community: text }), { minLength: 1, maxLength: 5 }), (values) => {
        const items = values.map((v, i) => makeItem({ index: i + 1, ...v }));
        const widths = lineWidths(table.format([documentWith(items)], context({ columns: 60, showFile: true })));
        expect(Math.max(...widths)).toBeLessThanOrEqual(60);
        expect(new Set(widths).size).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});

describe('table without a terminal', () => {
  it('writes a header and tab-separated rows with as many fields', () => {
    const lines = table.format([sample], context()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('index\tkind\tcommunity\ttitle\tauthors\tcharacters\ttruncated');
    expect(lines).toHaveLength(11);
    for (const line of lines) expect(line.split('\t')).toHaveLength(7);
    expect(lines[2]).toBe('2\tbrief\t苏村社区\t开展主题党日活动\t李莉\t119\ttrue');
    expect(lines[10]).toBe('10\tfeature\t新源社区\t搭建“五方平台” 打造“红心家园”\t曹蓉、彭晓\t1482\tfalse');
  });

  it('adds the file first when there are several, and keeps every value on its line', () => {
    const item = makeItem({ title: 'tab\there\nand a line  ', authors: [] });
    const lines = table.format([sample, documentWith([item], 'b.txt')], context({ showFile: true })).trimEnd().split('\n');
    expect(lines[0]!.split('\t')[0]).toBe('file');
    for (const line of lines) {
      expect(line.split('\t')).toHaveLength(8);
      expect(line).toBe(line.trimEnd());
    }
    expect(lines[11]).toBe('b.txt\t1\tbrief\t苏村社区\ttab here and a line\t\t30\tfalse');
  });

  it('writes only the header for no items, and never colour', () => {
    expect(table.format([], context({ color: true }))).toBe('index\tkind\tcommunity\ttitle\tauthors\tcharacters\ttruncated\n');
  });
});

describe('truncateToWidth', () => {
  it('cuts by display width and never splits a character', () => {
    expect(truncateToWidth('苏村社区', 8)).toBe('苏村社区');
    expect(truncateToWidth('苏村社区', 7)).toBe('苏村社…');
    expect(truncateToWidth('苏村社区', 6)).toBe('苏村…');
    expect(truncateToWidth('👨‍👩‍👧 family', 3)).toBe('👨‍👩‍👧…');
    expect(truncateToWidth('👨‍👩‍👧 family', 4)).toBe('👨‍👩‍👧 …');
    expect(truncateToWidth('abc', 0)).toBe('');
  });
});
