// What a .docx holds besides plain paragraphs, written by the `docx` package
// the way Word and WPS write it, and the text we read out of it: each
// expected text is written by reading the document's parts above it.

import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  ImageRun,
  InsertedTextRun,
  PageNumber,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
} from 'docx';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { run, tempDir } from '../cli/helpers.js';
import { BRIEF_LINES, docxOf, docxWith } from './helpers.js';

async function textOf(bytes: Uint8Array): Promise<string> {
  return (await extractDocument(bytes, 'zip')).text;
}

const DATE = '2024-07-03T00:00:00Z';
/** A 1×1 PNG. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('.docx: what is read and what is left out', () => {
  it('paragraphs are lines, blank paragraphs blank lines', async () => {
    expect(await textOf(await docxOf(BRIEF_LINES))).toBe(`${BRIEF_LINES.join('\n')}\n`);
  });

  it('tracked changes read as accepted: insertions kept, deletions dropped', async () => {
    const bytes = await docxWith({
      children: [
        new Paragraph({
          children: [
            new TextRun('本报讯 7月3日,青石社区'),
            new InsertedTextRun({ text: '联合派出所', id: 1, author: '编辑', date: DATE }),
            new DeletedTextRun({ text: '单独', id: 2, author: '编辑', date: DATE }),
            new TextRun('开展宣传。'),
          ],
        }),
      ],
    });
    expect(await textOf(bytes)).toBe('本报讯 7月3日,青石社区联合派出所开展宣传。\n');
  });

  it('a table: each cell on its own line, a cell of two paragraphs on two', async () => {
    const cell = (...lines: string[]) => new TableCell({ children: lines.map((line) => new Paragraph(line)) });
    const bytes = await docxWith({
      children: [
        new Paragraph('表格前'),
        new Table({ rows: [new TableRow({ children: [cell('时间'), cell('地点')] }), new TableRow({ children: [cell('7月3日'), cell('青石社区', '活动室')] })] }),
        new Paragraph('表格后'),
      ],
    });
    expect(await textOf(bytes)).toBe('表格前\n时间\n地点\n7月3日\n青石社区\n活动室\n表格后\n');
  });

  it('footnotes: the reference left out of the text, the note after the body in a block of its own', async () => {
    const bytes = await docxWith(
      {
        children: [
          new Paragraph({ children: [new TextRun('共发放宣传单三百余份'), new FootnoteReferenceRun(1), new TextRun('。')] }),
          new Paragraph('(周 岚)'),
        ],
      },
      { footnotes: { 1: { children: [new Paragraph('数字由社区居委会提供。')] } } },
    );
    expect(await textOf(bytes)).toBe('共发放宣传单三百余份。\n(周 岚)\n\n数字由社区居委会提供。\n');
  });

  it('a text box: its text where it is anchored, between the paragraphs around it', async () => {
    const bytes = await docxWith({
      children: [
        new Paragraph('文本框前的段落'),
        new Textbox({ style: { width: '200pt', height: '60pt' }, children: [new Paragraph('文本框里的提示:注意安全')] }),
        new Paragraph('文本框后的段落'),
      ],
    });
    // The text box sits in a paragraph of its own, which is empty besides it: that paragraph is the blank line.
    expect(await textOf(bytes)).toBe('文本框前的段落\n\n文本框里的提示:注意安全\n文本框后的段落\n');
  });

  it('soft line breaks (w:br) break the line; tabs stay tabs', async () => {
    const bytes = await docxWith({
      children: [new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 }), new TextRun('\t制表符后')] })],
    });
    expect(await textOf(bytes)).toBe('第一行\n第二行\t制表符后\n');
  });

  it('headers, footers and their page numbers, and comments, are left out', async () => {
    const bytes = await docxWith(
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('晚报 社区版 第'), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun('页')] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['页码 ', PageNumber.CURRENT] })] })] }) },
        children: [
          new Paragraph({
            children: [new CommentRangeStart(0), new TextRun('正文一句。'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })],
          }),
        ],
      },
      { comments: { children: [{ id: 0, author: '审稿', date: new Date(DATE), children: [new Paragraph('这句要核实')] }] } },
    );
    expect(await textOf(bytes)).toBe('正文一句。\n');
  });

  it('a simple field (w:fldSimple), which mammoth does not read: left out, with a warning naming it', async () => {
    const bytes = await docxWith({ children: [new Paragraph({ children: [new TextRun('作者:'), new SimpleField('AUTHOR', '周岚')] })] });
    const extracted = await extractDocument(bytes, 'zip');
    expect(extracted.text).toBe('作者:\n');
    expect(extracted.diagnostics.map((d) => [d.ruleId, d.severity, d.actual])).toEqual([['docx-unread', 'warning', 'w:fldSimple']]);
  });

  it('a document of images only: no text, said so (exit 2 in the CLI)', async () => {
    const image = new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } });
    const bytes = await docxWith({ children: [new Paragraph({ children: [image] })] });
    await expect(extractDocument(bytes, 'zip')).rejects.toThrow('the document has no text, only 1 image');
  });
});

describe('.docx in the CLI: positions are paragraphs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    writeFileSync(path.join(dir, 'sub.docx'), await docxOf(BRIEF_LINES));
  });

  it('check reports file:paragraph:column; the JSON says the unit', async () => {
    const result = await run(['check', 'sub.docx', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(result.stdout) as { results: Array<{ diagnostics: Array<{ ruleId: string; place: { start: { line: number; column: number } } }> }> };
    const commas = report.results[0]!.diagnostics.filter((d) => d.ruleId === 'punctuation-width').map((d) => [d.place.start.line, d.place.start.column]);
    // Paragraph 5 is the body: `本报讯 7月3日,` puts its first half-width comma at column 9.
    expect(commas[0]).toEqual([5, 9]);
    const stylish = await run(['check', 'sub.docx'], { cwd: dir });
    expect(stylish.stdout).toContain('sub.docx:5:9 ');
    // Not fixable: --fix rewrites plain text files only, so the report does not offer it.
    expect(stylish.stdout).not.toContain('can be fixed with --fix');
    const exported = JSON.parse((await run(['export', 'sub.docx'], { cwd: dir })).stdout) as { documents: Array<{ source: unknown; encoding: string; detectedBy: string }> };
    expect(exported.documents[0]).toMatchObject({ source: { format: 'docx', unit: 'paragraph' }, encoding: 'utf-8', detectedBy: 'declared' });
  });

  it('list reads the item', async () => {
    expect(await run(['list', 'sub.docx'], { cwd: dir })).toEqual({
      code: 0,
      stdout: 'index\tkind\tcommunity\ttitle\tauthors\tcharacters\ttruncated\n1\tbrief\t青石社区\t开展夏季防溺水宣传\t周岚\t51\tfalse\n',
      stderr: '',
    });
  });
});
