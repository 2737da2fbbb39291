// Bad documents of every kind the issue names, each with what the user sees:
// stdout, stderr and the exit code. Every run also reads a good page, which
// is listed all the same: one bad file never hides the others, and the run
// ends with exit code 2.

import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import CFB from 'cfb';
import { ImageRun, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, ROOT, tempDir, tsv } from '../cli/helpers.js';
import { cpuMsSince } from '../robustness/helpers.js';
import { BRIEF_LINES, CONTENT_TYPES, deflatedRepeat, docxOf, docxWith, ROOT_RELS, zipOf } from './helpers.js';

const DOC_FIXTURE = readFileSync(path.join(ROOT, 'fixtures/extract/community-news.doc'));
const HEADER = 'file\tindex\tkind\tcommunity\ttitle\tauthors\tcharacters\ttruncated';
/** What `list bad good.txt` prints for the good page (file column included: two inputs). */
const GOOD_ROWS = [HEADER, 'good.txt\t1\tbrief\t青石社区\t开展夏季防溺水宣传\t周岚\t51\tfalse'];

let dir: string;

beforeAll(() => {
  dir = tempDir();
  writeFileSync(path.join(dir, 'good.txt'), `${BRIEF_LINES.join('\n')}\n`);
});

/** `bulletin list <name> good.txt` on these bytes. */
async function listWith(name: string, bytes: Uint8Array) {
  writeFileSync(path.join(dir, name), bytes);
  return run(['list', name, 'good.txt'], { cwd: dir });
}

function expectOneError(result: { code: number; stdout: string; stderr: string }, line: string): void {
  expect(result.stderr).toBe(`bulletin: error: ${line}\n`);
  expect(tsv(result.stdout).map((row) => row.join('\t'))).toEqual(GOOD_ROWS);
  expect(result.code).toBe(2);
}

/** A compound file holding these streams. */
function compoundFile(streams: Record<string, Uint8Array>): Buffer {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, Buffer.from(content));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

describe('damaged archives', () => {
  it('a .docx cut short (half of it): damaged or incomplete', async () => {
    const whole = await docxOf(BRIEF_LINES);
    expectOneError(
      await listWith('cut.docx', whole.subarray(0, whole.length >> 1)),
      'Cannot read cut.docx: a damaged or incomplete ZIP archive (End of central directory record signature not found. Either not a zip file, or file is truncated)',
    );
  });

  it('a part whose compressed data is not deflate data: damaged', async () => {
    const zip = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      { name: 'word/document.xml', deflated: { data: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), size: 100 } },
    ]);
    const result = await listWith('garbled.docx', zip);
    expect(result.stderr).toMatch(/^bulletin: error: Cannot read garbled\.docx: a damaged or incomplete ZIP archive \([^\n]+\)\n$/);
    expect(tsv(result.stdout).map((row) => row.join('\t'))).toEqual(GOOD_ROWS);
    expect(result.code).toBe(2);
  });
});

describe('ZIP archives that are not Word documents', () => {
  const cases: Array<[string, string[], string]> = [
    ['book.xlsx', ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'], 'an Excel workbook (.xlsx)'],
    ['slides.pptx', ['[Content_Types].xml', 'ppt/presentation.xml', 'ppt/slides/slide1.xml'], 'a PowerPoint presentation (.pptx)'],
    ['novel.epub', ['mimetype', 'META-INF/container.xml', 'OEBPS/content.opf'], 'an EPUB book'],
    ['photos.zip', ['a.jpg', 'b.jpg'], 'a ZIP archive without word/document.xml'],
  ];
  for (const [name, parts, kind] of cases) {
    it(`${name}: not a Word document, named for what it is`, async () => {
      const zip = zipOf(parts.map((part) => ({ name: part, data: Buffer.from('<x/>') })));
      expectOneError(await listWith(name, zip), `Cannot read ${name}: not a Word document: it is ${kind}`);
    });
  }
});

describe('encrypted documents', () => {
  const line = (name: string) => `Cannot read ${name}: the document is encrypted (password-protected); save a copy without a password`;

  it('a password-protected .docx (a compound file holding EncryptionInfo and EncryptedPackage)', async () => {
    const locked = compoundFile({ EncryptionInfo: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), EncryptedPackage: randomBytes(512) });
    expectOneError(await listWith('locked.docx', locked), line('locked.docx'));
  });

  it('a password-protected .doc (the FIB says fEncrypted)', async () => {
    const container = CFB.read(DOC_FIXTURE, { type: 'buffer' });
    const stream = CFB.find(container, 'WordDocument')!;
    const fib = Buffer.from(stream.content as Uint8Array);
    fib.writeUInt16LE(fib.readUInt16LE(0x0a) | 0x0100, 0x0a);
    stream.content = fib;
    expectOneError(await listWith('locked.doc', Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array)), line('locked.doc'));
  });

  it('a ZIP whose Word parts are encrypted (ZipCrypto)', async () => {
    const zip = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      // ZipCrypto puts a 12-byte header before the data: stored, the data is 12 bytes longer than the file.
      { name: 'word/document.xml', data: randomBytes(64), declaredSize: 52, encrypted: true },
    ]);
    expectOneError(await listWith('zipcrypto.docx', zip), line('zipcrypto.docx'));
  });

  it('an .xls is not a Word document', async () => {
    expectOneError(await listWith('old.xls', compoundFile({ Workbook: Buffer.alloc(64) })), 'Cannot read old.xls: not a Word document: it is an Excel workbook (.xls)');
  });
});

describe('a .doc that is something else, as Word saves them', () => {
  it('RTF saved as .doc: refused, with the way out', async () => {
    expectOneError(
      await listWith('letter.doc', Buffer.from('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}} \\f0 \\u31038?\\u21306?}')),
      'Cannot read letter.doc: an RTF document, which bulletin does not read; save it as .docx or as plain text',
    );
  });

  it('a web page saved as .doc: read as the page it is', async () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head><body>${BRIEF_LINES.map((line) => `<p>${line}</p>`).join('')}</body></html>`;
    const result = await listWith('page.doc', Buffer.from(html));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(tsv(result.stdout).map((row) => row.join('\t'))).toEqual([HEADER, GOOD_ROWS[1], GOOD_ROWS[1]!.replace('good.txt', 'page.doc')]);
  });
});

describe('documents without text', () => {
  it('an empty .docx (no paragraphs): no text, exit 2 (a Word file without text is a wrong attachment, not an empty page)', async () => {
    expectOneError(await listWith('empty.docx', await docxWith({ children: [] })), 'Cannot read empty.docx: the document has no text');
  });

  it('a .docx of images only: no text, said so with the count', async () => {
    const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const images = [1, 2].map(() => new Paragraph({ children: [new ImageRun({ type: 'png', data: pixel, transformation: { width: 20, height: 20 } })] }));
    expectOneError(await listWith('scans.docx', await docxWith({ children: images })), 'Cannot read scans.docx: the document has no text, only 2 images');
  });
});

describe('ZIP bombs: stopped before their bytes are held, in well under a second', () => {
  const parts = (document: Parameters<typeof zipOf>[0][number]) =>
    zipOf([{ name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) }, { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) }, document]);
  let inflated: Uint8Array;
  beforeAll(async () => {
    inflated = await deflatedRepeat(100 << 20);
  }, 60_000);

  it('word/document.xml declaring 100 MiB: refused by its declared size, nothing inflated', async () => {
    const bomb = parts({ name: 'word/document.xml', deflated: { data: inflated, size: 100 << 20 } });
    const started = process.cpuUsage();
    const result = await listWith('bomb.docx', bomb);
    expect(cpuMsSince(started)).toBeLessThan(1000);
    expectOneError(result, 'Cannot read bomb.docx: word/document.xml inflates to 100 MiB, more than the 64 MiB a Word document may hold (a ZIP bomb?)');
  });

  it('word/document.xml declaring 4 KiB and inflating to 100 MiB: stopped at its declared size', async () => {
    const bomb = parts({ name: 'word/document.xml', deflated: { data: inflated, size: 100 << 20 }, declaredSize: 4096 });
    const before = process.memoryUsage().arrayBuffers;
    const started = process.cpuUsage();
    const result = await listWith('liar.docx', bomb);
    expect(cpuMsSince(started)).toBeLessThan(1000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 << 20);
    expectOneError(result, 'Cannot read liar.docx: word/document.xml inflates past the 4096 bytes the archive declares for it (a ZIP bomb?)');
  });
});

describe('random bytes', () => {
  it('bytes that decode in no encoding: one line, not a text file (undecodable bytes)', async () => {
    // No NUL byte (that would be binary already): bytes 1-255 at random.
    const noise = Buffer.from(randomBytes(20_000).map((byte) => byte || 1));
    expectOneError(await listWith('noise.txt', noise), 'Cannot read noise.txt: not a text file (undecodable bytes)');
  });
});

describe('check: every unreadable input is a line on stderr too', () => {
  it('a missing file and a damaged document: one line each on stderr, in the report on stdout, the good page checked, exit 2', async () => {
    writeFileSync(path.join(dir, 'cut.docx'), (await docxOf(BRIEF_LINES)).subarray(0, 100));
    const result = await run(['check', 'missing.txt', 'cut.docx', 'good.txt', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe(
      'bulletin: error: Cannot read missing.txt: no such file or directory (ENOENT)\n' +
        'bulletin: error: Cannot read cut.docx: a damaged or incomplete ZIP archive (End of central directory record signature not found. Either not a zip file, or file is truncated)\n',
    );
    const report = JSON.parse(result.stdout) as { results: Array<{ file: string; inputError: string | null }> };
    expect(report.results.map((r) => [r.file, r.inputError !== null])).toEqual([
      ['missing.txt', true],
      ['cut.docx', true],
      ['good.txt', false],
    ]);
    expect(result.code).toBe(2);
  });
});
