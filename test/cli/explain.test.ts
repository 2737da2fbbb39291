// bulletin explain: every line of the page with its label, item and reasons.
// The expected labels are read off the sample page by eye (fixtures/community-news.txt).

import { describe, expect, it } from 'vitest';
import { PARSE_FIXTURES, run, SAMPLE } from './helpers.js';
import path from 'node:path';

interface Explained {
  files: { file: string; lines: { line: number; column: number; label: string; item: number | null; text: string; reasons: string[] }[] }[];
}

describe('explain', () => {
  it('labels each non-blank line of the sample, with its item and reasons (JSON)', async () => {
    const result = await run(['explain', SAMPLE, '--format', 'json']);
    expect(result.code).toBe(0);
    const { files } = JSON.parse(result.stdout) as Explained;
    expect(files).toHaveLength(1);
    const byLine = new Map(files[0]!.lines.map((line) => [line.line, line]));
    // 社区动态 is the section; 本报通讯员撰 closes the photo item it credits.
    expect(byLine.get(3)).toMatchObject({ label: 'section', item: null, text: '社区动态' });
    expect(byLine.get(7)).toMatchObject({ label: 'body-new', item: 1 });
    expect(byLine.get(9)).toMatchObject({ label: 'credit', item: 1, text: '本报通讯员撰' });
    expect(byLine.get(11)).toMatchObject({ label: 'header', item: 2 });
    expect(byLine.get(15)).toMatchObject({ label: 'byline', item: 2, text: '(李 莉)' });
    // The feature's sub-headings sit between its paragraphs.
    expect(byLine.get(39)).toMatchObject({ label: 'subheading', item: 6, text: '畅通“一条路”,激活基层治理新动力' });
    for (const line of files[0]!.lines) expect(line.reasons.length, `line ${line.line}`).toBeGreaterThan(0);
    // Every non-blank line is explained once.
    expect(files[0]!.lines.length).toBe(new Set(files[0]!.lines.map((line) => line.line)).size);
  });

  it('a head above its text\'s picture: its lines carry the text\'s item, not the picture\'s', async () => {
    const result = await run(['explain', path.join(PARSE_FIXTURES, 'head-above-picture.txt'), '--format', 'json']);
    expect(result.code).toBe(0);
    const { files } = JSON.parse(result.stdout) as Explained;
    const byLine = new Map(files[0]!.lines.map((line) => [line.line, line]));
    // The headline is read while the picture's item is open; the text below it takes it.
    expect(byLine.get(1)).toMatchObject({ label: 'headline', item: 2 });
    // So does the copy's source line below the head, which the text holds with it.
    expect(byLine.get(2)).toMatchObject({ label: 'meta', item: 2 });
    expect(byLine.get(4)).toMatchObject({ item: 1 });
    expect(byLine.get(6)).toMatchObject({ item: 2 });
    // A headed picture with a headed item below keeps its head.
    expect(byLine.get(9)).toMatchObject({ label: 'header', item: 3 });
  });

  it('a lead-in and the rest of its piece carry one item; a brief after a lead-in\'s byline that is none carries its own', async () => {
    const merged = await run(['explain', path.join(PARSE_FIXTURES, 'lead-in-byline.txt'), '--format', 'json']);
    const lines = (JSON.parse(merged.stdout) as Explained).files[0]!.lines;
    expect(new Set(lines.map((line) => line.item))).toEqual(new Set([1]));
    // The next item is labelled while the parser holds the lead-in, not yet numbered: it is numbered 2 all the same.
    const two = await run(['explain', path.join(PARSE_FIXTURES, 'run-on.txt'), '--format', 'json']);
    const items = (JSON.parse(two.stdout) as Explained).files[0]!.lines.map((line) => line.item).filter((item) => item !== null);
    expect(new Set(items)).toEqual(new Set([1, 2, 3]));
  });

  it("a web table's border alone on its line: explained in its place, the page's furniture, however the lines around it are read", async () => {
    // (The parser tells it when it reads it, before the block around it is labelled.)
    const page = '柳岸社区开展活动\n近日,柳岸社区开展了活动。\n|\n居民们纷纷参加,现场气氛热烈。\n|\n';
    const result = await run(['explain', '-', '--format', 'json'], { stdin: page });
    const lines = (JSON.parse(result.stdout) as Explained).files[0]!.lines;
    expect(lines.map((line) => [line.line, line.label, line.item])).toEqual([
      [1, 'headline', 1],
      [2, 'body', 1],
      [3, 'furniture', null],
      [4, 'body', 1],
      [5, 'furniture', null],
    ]);
  });

  it('piped: tab-separated rows under a header row; several files name their file', async () => {
    const other = path.join(PARSE_FIXTURES, 'header-forms.txt');
    const result = await run(['explain', SAMPLE, other]);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').map((row) => row.split('\t'));
    expect(rows[0]).toEqual(['file', 'line', 'item', 'label', 'text', 'reasons']);
    expect(rows.some((row) => row[0] === other && row[3] === 'organisation' && row[4] === '东城社区')).toBe(true);
    expect(rows.some((row) => row[0] === other && row[3] === 'headline' && row[4] === '加装电梯圆了居民“上楼梦”')).toBe(true);
  });

  it('a missing input: one line on stderr, exit 2, the other input still explained', async () => {
    const result = await run(['explain', 'no-such-file.txt', SAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-such-file\.txt/);
    expect(result.stdout).toContain('社区动态');
  });
});
