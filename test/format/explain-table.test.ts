// bulletin explain's table (src/format/explain.ts) for hand-made lines, written out whole: piped, it is
// tab-separated and whole; on a terminal, its columns are aligned and the text and reasons cut to fit.

import { describe, expect, it } from 'vitest';
import { formatExplainJson, formatExplainTable, type ExplainedFile } from '../../src/format/explain.js';

const FILES: ExplainedFile[] = [
  {
    file: 'a.txt',
    lines: [
      { line: 1, column: 1, label: 'section', item: null, text: '社区动态', reasons: ['first line', 'short'] },
      { line: 3, column: 4, label: 'header', item: 1, text: '苏村社区: 开展主题党日活动', reasons: ['a reason that is long enough to be cut'] },
    ],
  },
];

describe('formatExplainTable', () => {
  it('piped: tab-separated, whole, a column only when the line starts after column 1, - for no item', () => {
    const withTab: ExplainedFile[] = [{ file: 'a.txt', lines: [{ ...FILES[0]!.lines[0]!, text: '社区\t动态\n' }] }];
    expect(formatExplainTable(FILES, { columns: null, showFile: false })).toBe(
      'line\titem\tlabel\ttext\treasons\n1\t-\tsection\t社区动态\tfirst line; short\n3:4\t1\theader\t苏村社区: 开展主题党日活动\ta reason that is long enough to be cut\n',
    );
    expect(formatExplainTable(withTab, { columns: null, showFile: true })).toBe('file\tline\titem\tlabel\ttext\treasons\na.txt\t1\t-\tsection\t社区 动态 \tfirst line; short\n');
  });

  it('on a terminal: the first columns as wide as their widest cell, the text 45 % of the rest, the reasons after it', () => {
    // line 4, item 4, label 7 and two text columns: 25 cells with the gaps; 60 - 25 leaves 35, the text 16, the reasons 17.
    expect(formatExplainTable(FILES, { columns: 60, showFile: false }).split('\n')).toEqual([
      ['line', 'item', 'label  ', `text${' '.repeat(12)}`, 'reasons'].join('  '),
      ['1   ', '-   ', 'section', `社区动态${' '.repeat(8)}`, 'first line; short'].join('  '),
      ['3:4 ', '1   ', 'header ', '苏村社区: 开展… ', 'a reason that is…'].join('  '),
      '',
    ]);
  });

  it('on a narrow terminal: at least 10 cells for text and reasons; on a wide one, at most 40 for the text', () => {
    expect(formatExplainTable(FILES, { columns: 20, showFile: false }).split('\n').slice(0, 2)).toEqual([
      ['line', 'item', 'label  ', 'text ', 'reasons'].join('  '),
      ['1   ', '-   ', 'section', '社区…', 'first lin…'].join('  '),
    ]);
    const long: ExplainedFile[] = [{ file: 'a.txt', lines: [{ ...FILES[0]!.lines[0]!, text: 'x'.repeat(50) }] }];
    expect(formatExplainTable(long, { columns: 200, showFile: true }).split('\n')[1]).toBe(['a.txt', '1   ', '-   ', 'section', `${'x'.repeat(39)}…`, 'first line; short'].join('  '));
  });
});

describe('formatExplainJson', () => {
  it('is the files as pretty JSON', () => {
    expect(formatExplainJson(FILES)).toBe(`${JSON.stringify({ files: FILES }, null, 2)}\n`);
  });
});
