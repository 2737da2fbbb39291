// The table without a terminal: tab-separated lines, header first; each cell one line of text. Expected lines are
// written from the items made here.

import { describe, expect, it } from 'vitest';
import { loadFormat } from '../../src/format/load.js';
import { tsvTable } from '../../src/format/table-tsv.js';
import { cellText } from '../../src/format/cell-text.js';
import { context, CONTEXT, documentWith, makeItem } from './helpers.js';

const items = [
  makeItem(),
  makeItem({
    index: 2,
    kind: 'photo',
    community: null,
    title: 'a\ttab and\r\na break',
    authors: [],
    people: [
      { name: null, role: '本报通讯员', source: 'byline' },
      { name: null, role: '本报通讯员', source: 'credit' },
      { name: '张三', role: null, source: 'credit' },
      { name: null, role: '记者', source: 'byline' },
    ],
    characters: 7,
    truncated: true,
  }),
];

describe('tab-separated table', () => {
  it('writes the header and one line per item: index, kind, community, title, authors (or roles), characters, truncated', () => {
    expect(tsvTable.format([documentWith(items, 'a.txt')], CONTEXT)).toBe(
      'index\tkind\tcommunity\ttitle\tauthors\tcharacters\ttruncated\n' +
        '1\tbrief\t苏村社区\t开展主题党日活动\t李莉\t30\tfalse\n' +
        // No author named: the roles it gives, each once, in order; control characters and white space runs are one space.
        '2\tphoto\t\ta tab and a break\t本报通讯员、记者\t7\ttrue\n',
    );
  });

  it('starts each line with the file when there are several', () => {
    const out = tsvTable.format([documentWith([items[0]!], 'a.txt'), documentWith([items[0]!], null)], context({ showFile: true }));
    expect(out.split('\n')).toEqual([
      'file\tindex\tkind\tcommunity\ttitle\tauthors\tcharacters\ttruncated',
      'a.txt\t1\tbrief\t苏村社区\t开展主题党日活动\t李莉\t30\tfalse',
      '\t1\tbrief\t苏村社区\t开展主题党日活动\t李莉\t30\tfalse',
      '',
    ]);
  });

  it('is what loadFormat gives for table off a terminal, and refuses a terminal', async () => {
    expect(await loadFormat('table', { terminal: false })).toBe(tsvTable);
    expect(await loadFormat('table', { terminal: true })).not.toBe(tsvTable);
    expect(() => tsvTable.format([], context({ columns: 80 }))).toThrow(/loaded for a terminal/);
  });
});

describe('cellText', () => {
  it('writes null as nothing and any run of white space or control characters as one space, trimmed', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(12)).toBe('12');
    expect(cellText(false)).toBe('false');
    expect(cellText('  李\u3000\u3000莉\u001b[31m \n')).toBe('李 莉 [31m');
    expect(cellText('a\u0000\u0007b')).toBe('a b');
    expect(cellText('本报讯')).toBe('本报讯');
  });
});
