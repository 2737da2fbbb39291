// Where the parser puts each labelled line (src/parse/parser.ts): the page's own lines into `meta` and the
// section, the head's lines into the header, tails glued to a paragraph into asides and credits, a byline
// right above a credit into that credit. One page of our own, read line by line as an editor reads it.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parser.js';
import type { Position } from '../../src/model.js';

const PAGE = [
  '第A04版:城事社区 上一版 下一版',
  '柳岸社区: 长者食堂开张',
  '本报讯 近日，柳岸社区的长者食堂开张。老人们说，这下方便多了。(下转第三版)',
  '东湖社区',
  '四点半课堂开课了',
  '本报讯 近日，东湖社区的四点半课堂开课，六十多个孩子有了去处。记者 孔越',
  '图文:桃园社区换新颜',
  '近日，桃园社区的老旧楼道粉刷一新。雷 洁摄',
  '青石社区: 义诊进社区',
  '本报讯 6月2日，青石社区请来医生为居民义诊。',
  '本报记者 孔 越',
  '通讯员 齐 夏 摄',
  '责任编辑:王 芳',
].join('\n');

/** The place of `part` on line `line` (1-based) of PAGE, its first occurrence there. */
function placeOf(line: number, part: string): Position {
  const lines = PAGE.split('\n');
  const lineStart = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  const column = lines[line - 1]!.indexOf(part);
  if (column < 0) throw new Error(`${part} is not on line ${line}`);
  return {
    start: { line, column: column + 1, offset: lineStart + column },
    end: { line, column: column + 1 + part.length, offset: lineStart + column + part.length },
  };
}

describe('placing the lines of a page', () => {
  const read = () => parse(PAGE, { year: 2024 });

  it('the page line names the section without its navigation words; the editor line is the page’s', () => {
    const bulletin = read();
    expect(bulletin.section).toBe('城事社区');
    expect(bulletin.meta).toEqual([
      { kind: 'page', text: '第A04版:城事社区 上一版 下一版', value: '城事社区', span: placeOf(1, '第A04版:城事社区 上一版 下一版') },
      { kind: 'editor', text: '责任编辑:王 芳', value: '王芳', span: placeOf(13, '责任编辑:王 芳') },
    ]);
    expect(bulletin.unassigned).toEqual([]);
  });

  it('a continuation marker glued to the last sentence is an aside, and the item goes on elsewhere', () => {
    const item = read().items[0]!;
    expect(item.blocks.map((block) => block.text)).toEqual(['本报讯 近日，柳岸社区的长者食堂开张。老人们说，这下方便多了。']);
    expect(item.asides).toEqual([{ kind: 'continuation', text: '(下转第三版)', span: placeOf(3, '(下转第三版)') }]);
    expect(item.truncated).toBe(true);
  });

  it('an organisation alone on its line and the headline below it make one header', () => {
    const item = read().items[1]!;
    expect(item.header).toEqual({
      text: '东湖社区\n四点半课堂开课了',
      organisation: '东湖社区',
      title: '四点半课堂开课了',
      separator: '\n',
      span: { start: placeOf(4, '东湖社区').start, end: placeOf(5, '四点半课堂开课了').end },
    });
    // A bare byline glued after the last sentence.
    expect(item.asides).toEqual([{ kind: 'byline', text: '记者 孔越', span: placeOf(6, '记者 孔越') }]);
    expect(item.people).toEqual([{ name: '孔越', role: '记者', source: 'byline' }]);
    expect(item.truncated).toBe(false);
  });

  it('a headline’s label before its colon says what the item is, not what it is called; a glued credit makes a photo', () => {
    const item = read().items[2]!;
    expect(item.title).toBe('桃园社区换新颜');
    expect(item.header?.organisation).toBeNull();
    expect(item.kind).toBe('photo');
    expect(item.credit).toEqual({ raw: '雷 洁摄', names: ['雷洁'], roles: [], verb: '摄', span: placeOf(8, '雷 洁摄') });
    expect(item.blocks.map((block) => block.text)).toEqual(['近日，桃园社区的老旧楼道粉刷一新。']);
  });

  it('a byline line right above a credit line is the credit’s first line', () => {
    const item = read().items[3]!;
    expect(item.asides).toEqual([{ kind: 'credit', text: '本报记者 孔 越', span: placeOf(11, '本报记者 孔 越') }]);
    expect(item.byline).toBeNull();
    expect(item.credit).toEqual({ raw: '通讯员 齐 夏 摄', names: ['孔越', '齐夏'], roles: ['本报记者', '通讯员'], verb: '摄', span: placeOf(12, '通讯员 齐 夏 摄') });
    expect(item.people).toEqual([
      { name: '孔越', role: '本报记者', source: 'credit' },
      { name: '齐夏', role: '通讯员', source: 'credit' },
    ]);
    expect(item.date).toBe('2024-06-02');
  });

  it('reads four items, each from its head to its last line', () => {
    const items = read().items;
    expect(items.map((item) => item.index)).toEqual([1, 2, 3, 4]);
    expect(items.map((item) => [item.span.start.line, item.span.end.line])).toEqual([
      [2, 3],
      [4, 6],
      [7, 8],
      [9, 12],
    ]);
  });
});

describe('text outside any item', () => {
  it('is one unassigned block per run, with a warning that names its lines', () => {
    const text = '社区动态\n\n……\n※※※\n\n柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n';
    const bulletin = parse(text);
    expect(bulletin.unassigned.map((block) => [block.text, block.span.start.line, block.span.end.line])).toEqual([['……\n※※※', 3, 4]]);
    expect(bulletin.diagnostics.filter((d) => d.ruleId === 'unassigned-text').map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'Unexpected text on lines 3-4 outside any item, expected a header, lead, byline or credit'],
    ]);
  });

  it('names one line as a line', () => {
    const bulletin = parse('……\n柳岸社区: 长者食堂开张\n本报讯 近日，柳岸社区的长者食堂开张。\n(李 莉)\n');
    expect(bulletin.diagnostics.filter((d) => d.ruleId === 'unassigned-text').map((d) => d.message)).toEqual([
      'Unexpected text on line 1 outside any item, expected a header, lead, byline or credit',
    ]);
  });
});
