// Cases of src/parse/build-item.ts that its mutation run (the thirty-fifth session's, at 2f578f3) found unstated:
// each states what the item should read, on a short text of our own, and fails with the mutant it was written for
// (the survivors' review, .scratch/review35-build.md and docs/mutation.md).

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parser.js';

const only = (text: string, year: number | null = 2024) => {
  const found = parse(text, { year }).items;
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the head of an item', () => {
  it('whose one line is a subtitle (a web copy that lost its title) is a header of that line, with no title and no organisation', () => {
    const item = only('作者:周小禾 来源:东湖区新闻中心\n——柳岸社区办起长者食堂\n近日，柳岸社区的长者食堂开张，老人们吃上了热饭。\n');
    expect(item.subtitle).toBe('——柳岸社区办起长者食堂');
    // No headline was read: the header is the head as printed, its title empty, no organisation, so no separator.
    expect(item.header).toMatchObject({ text: '——柳岸社区办起长者食堂', title: '', organisation: null, separator: '' });
    expect(item.title).toBeNull();
  });
});
