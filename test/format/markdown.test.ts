import { HtmlRenderer, Parser, type Node } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdown, PHOTO_MARK, TRUNCATED_MARK } from '../../src/format/markdown.js';
import type { Block } from '../../src/model.js';
import { context, CONTEXT, documentWith, makeItem, sampleDocument } from './helpers.js';

interface Section {
  type: string;
  level?: number;
  text: string;
}

/** The top-level blocks of a CommonMark document, each with its text as a reader sees it. */
function blocksOf(source: string): Section[] {
  const sections: Section[] = [];
  for (let node = new Parser().parse(source).firstChild; node; node = node.next) {
    sections.push({ type: node.type, level: node.type === 'heading' ? node.level : undefined, text: textOf(node) });
  }
  return sections;
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'code' || node.type === 'html_inline' || node.type === 'html_block') return node.literal ?? '';
  if (node.type === 'softbreak') return '\n';
  let text = '';
  for (let child = node.firstChild; child; child = child.next) text += textOf(child);
  return text;
}

/** The text content of rendered HTML. */
function htmlText(source: string): string {
  const html = new HtmlRenderer().render(new Parser().parse(source));
  return html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}

const span = makeItem().span;
const paragraph = (text: string): Block => ({ type: 'paragraph', text, span });

describe('markdown', () => {
  const sample = sampleDocument();
  // Formatted in each test, not while the file loads: a mutation run would trace the formatting to no test.
  const formatSample = () => blocksOf(markdown.format([sample], CONTEXT));

  it('opens with the section as the only level-1 heading', () => {
    const sections = formatSample();
    expect(sections[0]).toEqual({ type: 'heading', level: 1, text: '社区动态' });
    expect(sections.filter((s) => s.type === 'heading' && s.level === 1)).toHaveLength(1);
  });

  it('gives every item a level-2 heading: community：title, or the community and 图片 for a photo', () => {
    const sections = formatSample();
    const headings = sections.filter((s) => s.type === 'heading' && s.level === 2).map((s) => s.text);
    expect(headings).toHaveLength(10);
    expect(headings[0]).toBe(`东山社区${PHOTO_MARK}`);
    expect(headings[1]).toBe('苏村社区：开展主题党日活动');
    expect(headings[7]).toBe(`段北沟社区${PHOTO_MARK}`);
  });

  it('renders every paragraph and sub-heading of the sample as printed', () => {
    const out = markdown.format([sample], CONTEXT);
    const sections = blocksOf(out);
    const rendered = htmlText(out);
    for (const item of sample.items) {
      for (const block of item.blocks) expect(rendered).toContain(block.text);
    }
    const texts = sections.map((s) => s.text);
    for (const item of sample.items) {
      for (const block of item.blocks) {
        if (block.type === 'subheading') expect(sections).toContainEqual({ type: 'heading', level: 3, text: block.text });
        else expect(texts).toContain(block.text);
      }
    }
  });

  it('gives the 如意庄社区 feature its three sub-headings at level 3', () => {
    const sections = formatSample();
    const start = sections.findIndex((s) => s.text === '如意庄社区：“小网格”承载民生“大服务”');
    const end = sections.findIndex((s, i) => i > start && s.type === 'heading' && s.level === 2);
    const subheadings = sections.slice(start, end).filter((s) => s.type === 'heading');
    expect(subheadings.slice(1)).toEqual([
      { type: 'heading', level: 3, text: '畅通“一条路”,激活基层治理新动力' },
      { type: 'heading', level: 3, text: '念好“五字诀”,赋予基层治理新能力' },
      { type: 'heading', level: 3, text: '走好“五步曲”,提升居民幸福新指数' },
    ]);
  });

  it('sets the lead in bold at the start of the first paragraph', () => {
    const out = markdown.format([sample], CONTEXT);
    expect(out).toContain('\n\n**本报讯** 6月24日,苏村社区党支部');
    const strong = new Parser().parse(out);
    const walker = strong.walker();
    const bold: string[] = [];
    for (let event = walker.next(); event; event = walker.next()) {
      if (event.entering && event.node.type === 'strong') bold.push(textOf(event.node));
    }
    expect(bold).toEqual(Array(6).fill('本报讯'));
  });

  it('closes with the byline in brackets, the credit in italics, and marks truncated items', () => {
    const out = markdown.format([sample], CONTEXT);
    expect(out).toContain('*本报通讯员撰*');
    expect(out).toContain('*雷 洁摄*');
    expect(out).toContain(`工\n\n*${TRUNCATED_MARK}*\n\n（李 莉）\n\n## 西马家坪社区`);
    expect(out.split(`*${TRUNCATED_MARK}*`)).toHaveLength(5);
    expect(out.endsWith('（曹蓉 彭晓）\n')).toBe(true);
  });

  it('keeps a lead that ends in a bracket bold when text follows it directly', () => {
    const item = makeItem({ lead: '本报讯(记者 张三)', blocks: [paragraph('本报讯(记者 张三)近日,苏村社区开展活动。')] });
    const [, first] = blocksOf(markdown.format([documentWith([item])], CONTEXT));
    expect(first).toEqual({ type: 'paragraph', level: undefined, text: '本报讯(记者 张三) 近日,苏村社区开展活动。' });
    expect(markdown.format([documentWith([item])], CONTEXT)).toContain('**本报讯(记者 张三)** 近日');
  });

  it('renders markup characters in titles and text as themselves', () => {
    const nasty = [
      '# not a heading', '- not a list', '1. not a list', '2) nor this', '> not a quote', '*not emphasis*', '__nor this__',
      '`not code`', '[not](a link)', '<b>not html</b>', '&amp; not an entity', '\\ a backslash', '| a | table |',
      '~~not struck~~', '---', '===', '***', '+ plus', '<!-- not a comment -->', '![not](an image)', '    not code',
    ];
    const items = nasty.map((text, i) => makeItem({ index: i + 1, lead: null, title: text, community: null, byline: text, blocks: [paragraph(text)] }));
    const found = blocksOf(markdown.format([documentWith(items)], CONTEXT));
    nasty.forEach((text, i) => {
      const at = found.findIndex((s) => s.type === 'heading' && s.level === 2 && s.text === text.trim());
      expect(at, text).toBeGreaterThanOrEqual(0);
      expect(found[at + 1], text).toEqual({ type: 'paragraph', level: undefined, text: text.trim() });
      expect(found[at + 2], text).toEqual({ type: 'paragraph', level: undefined, text: `（${text.trim()}）` });
    });
  });

  it('renders any one-line text as one paragraph of that text', () => {
    const alphabet = fc.constantFrom(...'\\`*_[]<>&#|~!-+=.)(:;"\'{}@ 0123456789abc本报讯社区，。“”（）\u3000'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, minLength: 1, maxLength: 30 }), (text) => {
        fc.pre(text.trim() !== '');
        expect(blocksOf(`${escapeMarkdown(text)}\n`)).toEqual([{ type: 'paragraph', level: undefined, text: text.trim() }]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a paragraph with line breaks one paragraph', () => {
    const item = makeItem({ lead: null, blocks: [paragraph('first line\n\n# second\n- third')] });
    const found = blocksOf(markdown.format([documentWith([item])], CONTEXT));
    expect(found[1]).toEqual({ type: 'paragraph', level: undefined, text: 'first line\n# second\n- third' });
  });

  it('names each file in a comment and heads it with its section or name when there are several', () => {
    const out = markdown.format([sample, documentWith([makeItem()], 'b --> c.txt')], context({ showFile: true }));
    const found = blocksOf(out);
    expect(found.filter((s) => s.type === 'heading' && s.level === 1).map((s) => s.text)).toEqual(['社区动态', 'b --> c.txt']);
    expect(found.filter((s) => s.type === 'html_block')).toHaveLength(2);
    expect(out.startsWith('<!-- file: community-news.txt -->\n\n# 社区动态\n')).toBe(true);
  });

  it('writes nothing for nothing, and no # heading for a page without a section', () => {
    expect(markdown.format([], CONTEXT)).toBe('');
    expect(markdown.format([documentWith([])], CONTEXT)).toBe('');
    expect(markdown.format([documentWith([makeItem()])], CONTEXT).startsWith('## 苏村社区：')).toBe(true);
  });
});
