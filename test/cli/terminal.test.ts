// The list view on a terminal: a table of CJK titles fitted to the width,
// every row as wide as the others (display width, not .length).

import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { PARSE_FIXTURES, run, SAMPLE } from './helpers.js';

const ANSI = /\u001b\[[0-9;]*m/g;

function lines(text: string): string[] {
  return text.replace(ANSI, '').split('\n').filter((line) => line !== '');
}

describe('list on a terminal', () => {
  for (const columns of [60, 120]) {
    it(`stays aligned within ${columns} columns`, async () => {
      for (const argv of [['list', SAMPLE], ['list', SAMPLE, `${PARSE_FIXTURES}/features.txt`]]) {
        const result = await run(argv, { columns, env: {} });
        expect(result.code).toBe(0);
        const rows = lines(result.stdout);
        expect(rows.length).toBeGreaterThan(10);
        const widths = new Set(rows.map((row) => stringWidth(row)));
        expect(widths.size, rows.join('\n')).toBe(1);
        expect([...widths][0]).toBeLessThanOrEqual(columns);
        // Cell borders line up: the │ of each row at the same display offsets.
        const borders = rows.filter((row) => row.startsWith('│')).map((row) => bordersAt(row));
        for (const border of borders) expect(border).toEqual(borders[0]);
      }
    });
  }

  it('uses the width it is given: wider terminal, wider titles', async () => {
    const narrow = lines((await run(['list', SAMPLE], { columns: 60, env: {} })).stdout);
    const wide = lines((await run(['list', SAMPLE], { columns: 120, env: {} })).stdout);
    expect(stringWidth(wide[0]!)).toBeGreaterThan(stringWidth(narrow[0]!));
    expect(wide.join('\n')).toContain('搭建“五方平台” 打造“红心家园”');
  });
});

function bordersAt(row: string): number[] {
  const at: number[] = [];
  let width = 0;
  for (const char of row) {
    if (char === '│') at.push(width);
    width += stringWidth(char);
  }
  return at;
}
