import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { computeStats, formatStats } from '../../src/format/stats.js';
import { context, documentOf, documentWith, makeItem, sampleDocument, stripAnsi } from './helpers.js';

describe('computeStats', () => {
  // Counted by reading fixtures/community-news.txt: two captions closed by a
  // credit (东山, 段北沟), six 本报讯 briefs, two features with sub-headings
  // (如意庄, 新源), four briefs whose text stops mid-word (工, 详, 提, 排污).
  // Counted in each test, not while the file loads: a mutation run would trace the counting to no test.
  const countSample = () => computeStats([sampleDocument()]);

  it('counts the sample', () => {
    const stats = countSample();
    expect(stats).toMatchObject({
      files: 1,
      items: 10,
      truncated: 4,
      unassigned: 0,
      kinds: { brief: 6, feature: 2, photo: 2, other: 0 },
    });
    expect(stats.characters).toBe(sampleDocument().items.reduce((sum, item) => sum + item.characters, 0));
  });

  it('counts items per community and per author, most first, ties in page order', () => {
    const stats = countSample();
    expect(stats.communities).toHaveLength(10);
    expect(stats.communities[0]).toEqual({ name: '东山社区', items: 1 });
    expect(stats.authors.map((a) => a.name)).toEqual(['李莉', '李璐', '赵雨平', '赵璐', '王鹤婷', '雷洁', '胡敏', '曹蓉', '彭晓']);
  });

  it('adds up over files and keeps items without a community', () => {
    const more = documentWith([makeItem({ authors: ['李莉'] }), makeItem({ community: null, authors: ['李莉', '李莉'] })]);
    const both = computeStats([sampleDocument(), more]);
    expect(both.files).toBe(2);
    expect(both.items).toBe(12);
    expect(both.authors[0]).toEqual({ name: '李莉', items: 3 });
    expect(both.communities[0]).toEqual({ name: '苏村社区', items: 2 });
    expect(both.communities).toContainEqual({ name: null, items: 1 });
  });

  it('counts unassigned text', () => {
    const stats = computeStats([documentOf('苏村社区: 开展活动\n\n本报讯 近日,苏村社区开展活动。\n\n(李 莉)\n\n一段没有归属的文字,没有结尾\n\n南楼社区: 组建队伍\n\n本报讯 南楼社区组建队伍。\n\n(王鹤婷)\n')]);
    expect(stats.items).toBe(2);
    expect(stats.unassigned).toBe(1);
  });

  it('is all zeros for nothing', () => {
    expect(computeStats([])).toEqual({
      files: 0, items: 0, characters: 0, truncated: 0, unassigned: 0,
      kinds: { brief: 0, feature: 0, photo: 0, other: 0 }, communities: [], authors: [],
    });
  });
});

describe('formatStats', () => {
  const countSample = () => computeStats([sampleDocument()]);

  it('writes the Stats object as JSON', () => {
    const stats = countSample();
    expect(JSON.parse(formatStats(stats, context(), 'json'))).toEqual(stats);
  });

  it('writes group, name and count tab-separated without a terminal', () => {
    const stats = countSample();
    const lines = formatStats(stats, context(), 'table').trimEnd().split('\n');
    expect(lines[0]).toBe('group\tname\tcount');
    expect(lines).toContain('total\titems\t10');
    expect(lines).toContain('total\ttruncated\t4');
    expect(lines).toContain('kind\tbrief\t6');
    expect(lines).toContain('community\t如意庄社区\t1');
    expect(lines).toContain('author\t李莉\t1');
    for (const line of lines) expect(line.split('\t')).toHaveLength(3);
  });

  it('opens with the header and the totals, in this order', () => {
    const stats = countSample();
    expect(formatStats(stats, context(), 'table').split('\n').slice(0, 6)).toEqual([
      'group\tname\tcount',
      'total\tfiles\t1',
      'total\titems\t10',
      `total\tcharacters\t${stats.characters}`,
      'total\ttruncated\t4',
      'total\tunassigned\t0',
    ]);
  });

  it('on a terminal: headed group, name, count, the counts right-aligned', () => {
    const lines = formatStats(countSample(), context({ columns: 80, color: false }), 'table').split('\n');
    const cells = (line: string) => line.split('│').slice(1, -1);
    expect(cells(lines[1]!).map((cell) => cell.trim())).toEqual(['group', 'name', 'count']);
    const files = cells(lines.find((line) => line.includes(' files '))!);
    expect(files[2]).toMatch(/^ +1 $/);
    expect(files[0]).toMatch(/^ total +$/);
  });

  it('fits an aligned table to the terminal', () => {
    const stats = countSample();
    for (const columns of [24, 80]) {
      for (const color of [false, true]) {
        const out = formatStats(stats, context({ columns, color }), 'table');
        const widths = out.trimEnd().split('\n').map((line) => stringWidth(stripAnsi(line)));
        expect(Math.max(...widths)).toBeLessThanOrEqual(columns);
        expect(new Set(widths).size).toBe(1);
        expect(out.includes('\u001b[')).toBe(color);
      }
    }
  });
});
