// Bad input of every kind the issue names, each with what the user sees:
// stderr, stdout and the exit code. In-process through main(argv, io), and
// against the built bin where the process itself matters. Cases already
// covered elsewhere (test/cli, test/check) are listed in docs/robustness.md.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, run, SAMPLE, spawnBin, tempDir, tsv } from '../cli/helpers.js';

const sampleBytes = readFileSync(SAMPLE);
const sampleText = sampleBytes.toString('utf8');
const LIST_HEADER = 'index\tkind\tcommunity\ttitle\tauthors\tcharacters\ttruncated\n';

let dir: string;
const file = (name: string) => path.join(dir, name);

interface ExportedDocument {
  file: string;
  encoding: string;
  detectedBy: string;
  source: { format: string; unit: string };
  section: string | null;
  items: { kind: string; community: string | null; title: string | null; byline: string | null; authors: string[]; blocks: { text: string }[]; span: { start: { line: number; column: number } } }[];
  unassigned: { text: string; span: { start: { line: number }; end: { line: number } } }[];
  diagnostics: { ruleId: string }[];
}

function documents(stdout: string): ExportedDocument[] {
  return (JSON.parse(stdout) as { documents: ExportedDocument[] }).documents;
}

/** A byte inserted at the start of the line after the middle of `bytes`; returns the bytes, its offset and its line. */
function withByteInMiddle(bytes: Buffer, byte: number): { bytes: Buffer; offset: number; line: number } {
  const offset = bytes.indexOf(0x0a, bytes.length >> 1) + 1;
  const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
  return { bytes: Buffer.concat([bytes.subarray(0, offset), Buffer.from([byte]), bytes.subarray(offset)]), offset, line };
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  writeFileSync(file('a.txt'), sampleBytes);
}, 120_000);

describe('empty and nearly empty files: no items, exit 0, nothing lost', () => {
  const cases: Array<[string, string]> = [
    ['empty.txt', ''],
    ['blank.txt', ' \n\t\n\u3000\r\n\n'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: list is the header row, export a document without items, stats count 0, nothing on stderr`, async () => {
      writeFileSync(file(name), text);
      expect(await run(['list', name], { cwd: dir })).toEqual({ code: 0, stdout: LIST_HEADER, stderr: '' });
      const exported = await run(['export', name], { cwd: dir });
      expect(exported).toMatchObject({ code: 0, stderr: '' });
      expect(documents(exported.stdout)).toEqual([
        { file: name, items: [], encoding: 'utf-8', detectedBy: 'valid-utf8', source: { format: 'text', unit: 'line' }, section: null, meta: [], unassigned: [], diagnostics: [] },
      ]);
      const stats = await run(['stats', name], { cwd: dir });
      expect(stats).toMatchObject({ code: 0, stderr: '' });
      expect(tsv(stats.stdout)).toContainEqual(['total', 'items', '0']);
      // filter is grep-like: nothing matched is exit 1, whatever the reason.
      expect(await run(['filter', name, '--kind', 'brief'], { cwd: dir })).toEqual({ code: 1, stdout: LIST_HEADER, stderr: '' });
    });
  }

  it('a section title alone: the section, no items, no warning, exit 0', async () => {
    writeFileSync(file('title.txt'), '社区动态\n');
    const result = await run(['export', 'title.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(documents(result.stdout)[0]).toMatchObject({ section: '社区动态', items: [], unassigned: [] });
  });

  it('text without a recognisable item: all of it unassigned, one warning naming the lines, export exit 0', async () => {
    const text = '今天天气很好。\n\n我们去公园，看见了很多花。\n';
    writeFileSync(file('no-item.txt'), text);
    const warning = 'no-item.txt:1:1: warning: Unexpected text on lines 1-3 outside any item, expected a header, lead, byline or credit [unassigned-text]\n';
    const result = await run(['export', 'no-item.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(warning);
    const [document] = documents(result.stdout);
    expect(document!.items).toEqual([]);
    expect(document!.unassigned.map((block) => block.text.replace(/\s+/g, ''))).toEqual(['今天天气很好。我们去公园，看见了很多花。']);
    expect(await run(['list', 'no-item.txt'], { cwd: dir })).toEqual({ code: 0, stdout: LIST_HEADER, stderr: warning });
    expect(await run(['export', 'no-item.txt', '--format', 'ndjson', '--quiet'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('the bin on an empty file and on stdin with nothing: exit 0, the header row', () => {
    writeFileSync(file('empty.txt'), '');
    expect(spawnBin(['list', 'empty.txt'], { cwd: dir })).toEqual({ code: 0, stdout: LIST_HEADER, stderr: '' });
    expect(spawnBin(['list'], { cwd: dir, input: '' })).toEqual({ code: 0, stdout: LIST_HEADER, stderr: '' });
  });
});

describe('binary files: one line each, skipped, the other files still read, exit 2', () => {
  const HINT = '; if it is UTF-16 without a byte-order mark, use --encoding utf-16le or utf-16be';
  // [file, bytes, what the one line names as the evidence]
  const cases: Array<[string, Uint8Array, string]> = [
    ['page.txt.gz', gzipSync(sampleBytes), 'a gzip archive'],
    ['photo.jpg.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), 'a JPEG image'],
    // A ZIP archive is read as a Word document whatever its name: test/extract/bad-documents.test.ts.
    ['data.bin.txt', Buffer.from([0x42, 0x55, 0x4c, 0x00, 0x01, 0x02, 0xff, 0x7f]), 'NUL byte at byte offset 3'],
  ];
  for (const [name, bytes, evidence] of cases) {
    it(name, async () => {
      writeFileSync(file(name), bytes);
      const result = await run(['list', name, 'a.txt'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`bulletin: error: Cannot read ${name}: not a text file (${evidence})\n`);
      expect(tsv(result.stdout)).toHaveLength(11); // a.txt: the header and its 10 items
    });
  }

  it('UTF-16 without a byte-order mark: the line suggests --encoding', async () => {
    writeFileSync(file('wide.txt'), iconv.encode(sampleText, 'utf-16le'));
    const result = await run(['list', 'wide.txt', 'a.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`bulletin: error: Cannot read wide.txt: not a text file (NUL byte at byte offset 1)${HINT}\n`);
  });

  // A PDF often starts with an uncompressed XMP metadata packet, kilobytes of
  // XML and padding: no NUL byte in the first 8 KiB, so it is read as text.
  // The decoder knows the signatures of common binary formats (%PDF- here).
  it('a PDF with an XMP packet first (no NUL in 8 KiB) is reported as binary', async () => {
    const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">${' '.repeat(9000)}</x:xmpmeta>\n<?xpacket end="w"?>`;
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
      Buffer.from(`1 0 obj\n<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n${xmp}\nendstream\nendobj\n`),
      Buffer.from('2 0 obj\n<< /Length 20 /Filter /FlateDecode >>\nstream\n'),
      Buffer.from([0x78, 0x9c, 0x00, 0x00, 0xff, 0xff, 0x03, 0x00]),
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    writeFileSync(file('scan.pdf.txt'), pdf);
    const result = await run(['list', 'scan.pdf.txt', 'a.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bulletin: error: Cannot read scan\.pdf\.txt: not a text file\b[^\n]*\n$/);
    expect(tsv(result.stdout)).toHaveLength(11);
  });
});

describe('encodings and stray bytes', () => {
  it('UTF-8 with one stray byte in the middle: UTF-8, one U+FFFD, one warning naming the byte offset, exit 0', async () => {
    const { bytes, offset, line } = withByteInMiddle(sampleBytes, 0xff);
    writeFileSync(file('stray.txt'), bytes);
    const result = await run(['export', 'stray.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`stray.txt:${line}:1: warning: Cannot decode byte 0xFF at byte offset ${offset} as utf-8; replaced with U+FFFD [decode-invalid]\n`);
    const [document] = documents(result.stdout);
    expect(document!.encoding).toBe('utf-8');
    expect(document!.items).toHaveLength(10);
    expect(result.stdout.split('\uFFFD')).toHaveLength(2);
  });

  it('GBK with one stray byte: GB18030, one U+FFFD, one warning naming the byte offset, exit 0', async () => {
    const { bytes, offset, line } = withByteInMiddle(iconv.encode(sampleText, 'gbk'), 0xff);
    writeFileSync(file('stray-gbk.txt'), bytes);
    const result = await run(['export', 'stray-gbk.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`stray-gbk.txt:${line}:1: warning: Cannot decode byte 0xFF at byte offset ${offset} as gb18030; replaced with U+FFFD [decode-invalid]\n`);
    const [document] = documents(result.stdout);
    expect([document!.encoding, document!.items.length]).toEqual(['gb18030', 10]);
    expect(result.stdout.split('\uFFFD')).toHaveLength(2);
  });

  it('UTF-16 without a byte-order mark: not a text file, with the hint; with --encoding utf-16le, the items', async () => {
    writeFileSync(file('utf16.txt'), iconv.encode(sampleText, 'utf-16le'));
    const refused = await run(['list', 'utf16.txt'], { cwd: dir });
    expect(refused).toEqual({
      code: 2,
      stdout: LIST_HEADER,
      stderr: expect.stringMatching(/^bulletin: error: Cannot read utf16\.txt: not a text file \(NUL byte at byte offset \d+\); if it is UTF-16 without a byte-order mark, use --encoding utf-16le or utf-16be\n$/),
    });
    const forced = await run(['list', 'utf16.txt', '--encoding', 'utf-16le'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe((await run(['list', 'a.txt'], { cwd: dir })).stdout);
  });

  it('mixed CRLF and LF: the same items, lines and columns as LF', async () => {
    let crlf = 0;
    writeFileSync(file('mixed.txt'), sampleText.replace(/\n/g, (newline) => (crlf++ % 3 === 0 ? '\r\n' : newline)));
    const mixed = await run(['export', 'mixed.txt'], { cwd: dir });
    const plain = await run(['export', 'a.txt'], { cwd: dir });
    expect(mixed.stderr).toBe('');
    const withoutOffsets = (stdout: string) => JSON.stringify(documents(stdout)[0]!.items, (key, value: unknown) => (key === 'offset' ? undefined : value));
    expect(withoutOffsets(mixed.stdout)).toBe(withoutOffsets(plain.stdout));
  });

  it('a NUL byte in the first 8 KiB: not a text file, exit 2', async () => {
    writeFileSync(file('nul-early.txt'), Buffer.concat([sampleBytes.subarray(0, 100), Buffer.from([0]), sampleBytes.subarray(100)]));
    expect(await run(['list', 'nul-early.txt'], { cwd: dir })).toEqual({
      code: 2,
      stdout: LIST_HEADER,
      stderr: 'bulletin: error: Cannot read nul-early.txt: not a text file (NUL byte at byte offset 100)\n',
    });
  });

  it('a NUL byte past the first 8 KiB: read as text, the byte kept in the item (\\u0000 in JSON), exit 0', async () => {
    const { bytes } = withByteInMiddle(sampleBytes, 0);
    writeFileSync(file('nul-late.txt'), bytes);
    const result = await run(['export', 'nul-late.txt', '--format', 'ndjson'], { cwd: dir });
    expect(result.code).toBe(0);
    const items = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { blocks: { text: string }[] });
    expect(items).toHaveLength(10);
    expect(items.flatMap((item) => item.blocks).filter((block) => block.text.includes('\u0000'))).toHaveLength(1);
  });

  // A NUL byte past the first 8 KiB is kept (nothing lost) with a decode-invalid warning.
  it('a NUL byte past the first 8 KiB gets a warning naming its byte offset', async () => {
    const { bytes, offset } = withByteInMiddle(sampleBytes, 0);
    writeFileSync(file('nul-late.txt'), bytes);
    const result = await run(['list', 'nul-late.txt'], { cwd: dir });
    expect(result.stderr).toMatch(new RegExp(`^nul-late\\.txt:\\d+:\\d+: warning: [^\\n]*byte offset ${offset}[^\\n]*\\n$`));
  });

  it('U+FEFF in the middle (two files joined): the same items as without it', async () => {
    const { bytes } = withByteInMiddle(sampleBytes, 0xef);
    const joined = Buffer.concat([bytes.subarray(0, bytes.indexOf(0xef, bytes.length >> 1)), Buffer.from([0xef, 0xbb, 0xbf]), bytes.subarray(bytes.indexOf(0xef, bytes.length >> 1) + 1)]);
    writeFileSync(file('bom-inside.txt'), joined);
    expect(await run(['list', 'bom-inside.txt'], { cwd: dir })).toEqual(await run(['list', 'a.txt'], { cwd: dir }));
  });

  it('a lone surrogate in UTF-16: one U+FFFD and one warning, the export stays valid JSON', async () => {
    const half = sampleText.length >> 1;
    const cut = sampleText.indexOf('\n', half) + 1;
    const head = iconv.encode(sampleText.slice(0, cut), 'utf-16le');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), head, Buffer.from([0x00, 0xd8]), iconv.encode(sampleText.slice(cut), 'utf-16le')]);
    writeFileSync(file('surrogate.txt'), bytes);
    const result = await run(['export', 'surrogate.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^surrogate\\.txt:\\d+:1: warning: Cannot decode bytes 0x00 0xD8 at byte offset ${2 + head.length} as utf-16le; replaced with U\\+FFFD \\[decode-invalid\\]\\n$`));
    expect(documents(result.stdout)[0]!.items).toHaveLength(10);
    expect(result.stdout.split('\uFFFD')).toHaveLength(2);
  });
});

describe('awkward bulletins: read as far as they go, no text lost, check says what is wrong', () => {
  const NAMES = [...'一二三四五六七八九十甲乙丙丁戊己庚辛壬癸'].map((c) => `张${c}`);

  it('a byline with 20 names: one brief with 20 authors', async () => {
    writeFileSync(file('byline-20.txt'), `社区动态\n\n苏村社区: 开展活动\n\n本报讯 近日，苏村社区开展活动。\n\n(${NAMES.join(' ')})\n`);
    const result = await run(['export', 'byline-20.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(documents(result.stdout)[0]!.items.map((item) => [item.kind, item.authors])).toEqual([['brief', NAMES]]);
  });

  it('a bracket never closed, (李莉: kept as the last paragraph; check flags the byline and the cut sentence', async () => {
    writeFileSync(file('unclosed.txt'), '苏村社区: 开展活动\n\n本报讯 近日，苏村社区开展活动。\n\n(李莉\n\n东山社区: 义诊\n\n本报讯 近日，东山社区义诊。\n\n(王 五)\n');
    const result = await run(['export', 'unclosed.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const items = documents(result.stdout)[0]!.items;
    expect(items.map((item) => [item.community, item.byline, item.blocks.map((block) => block.text)])).toEqual([
      ['苏村社区', null, ['本报讯 近日，苏村社区开展活动。', '(李莉']],
      ['东山社区', '王 五', ['本报讯 近日，东山社区义诊。']],
    ]);
    const check = await run(['check', 'unclosed.txt', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(check.stdout) as { results: { diagnostics: { ruleId: string; place: { start: { line: number } } }[] }[] }).results[0]!.diagnostics;
    expect(findings.map((d) => [d.ruleId, d.place.start.line])).toEqual(expect.arrayContaining([['byline-missing', 5], ['truncated-body', 5]]));
    expect(check.code).toBe(1);
  });

  it('nested brackets: kept as text; check flags the byline it cannot read', async () => {
    writeFileSync(file('nested.txt'), '苏村社区: 开展活动\n\n本报讯(记者(张三)李四) 近日，苏村社区开展活动(一(二)三)。\n\n((李 莉))\n');
    const result = await run(['export', 'nested.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [item] = documents(result.stdout)[0]!.items;
    expect(item!.blocks.map((block) => block.text)).toEqual(['本报讯(记者(张三)李四) 近日，苏村社区开展活动(一(二)三)。', '((李 莉))']);
    const check = await run(['check', 'nested.txt'], { cwd: dir });
    expect(check.stdout).toMatch(/nested\.txt:5:\d+ +warning +Unexpected brief without a byline/);
  });

  it('a header with an empty title (苏村社区:): the item has a community and no title; check says so', async () => {
    writeFileSync(file('no-title.txt'), '苏村社区:\n\n本报讯 近日，苏村社区开展活动。\n\n(李 莉)\n');
    const result = await run(['export', 'no-title.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(documents(result.stdout)[0]!.items.map((item) => [item.community, item.title, item.byline])).toEqual([['苏村社区', null, '李 莉']]);
    const check = await run(['check', 'no-title.txt'], { cwd: dir });
    expect(check.stdout).toMatch(/no-title\.txt:1:1 +warning +Unexpected header without a title, expected `苏村社区: TITLE` +header-format/);
  });

  it('a colon in the title: the title keeps it', async () => {
    writeFileSync(file('colon.txt'), '苏村社区: 主题:开展活动: 第二期\n\n本报讯 近日，苏村社区开展活动。\n\n(李 莉)\n');
    const result = await run(['export', 'colon.txt'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(documents(result.stdout)[0]!.items.map((item) => [item.community, item.title])).toEqual([['苏村社区', '主题:开展活动: 第二期']]);
  });
});

describe('option values: one line naming the option and what it takes, exit 2, nothing on stdout', () => {
  const YEAR = "bulletin: error: option '--year <yyyy>' argument 'abc' is invalid. Expected a four-digit year such as 2022.\n";
  it.each([['list'], ['filter'], ['export'], ['stats'], ['check']])('%s --year abc', async (command) => {
    expect(await run([command, 'a.txt', '--year', 'abc'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: YEAR });
  });

  it('check --encoding with an unknown name, check and stats --format nope', async () => {
    expect(await run(['check', 'a.txt', '--encoding', 'latin-9'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: "bulletin: error: option '--encoding <name>' argument 'latin-9' is invalid. Allowed choices are auto, utf-8, utf-16le, utf-16be, gb18030, big5.\n",
    });
    expect(await run(['check', 'a.txt', '--format', 'nope'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: "bulletin: error: option '-f, --format <name>' argument 'nope' is invalid. Allowed choices are stylish, json, github, sarif, html.\n",
    });
    expect(await run(['stats', 'a.txt', '--format', 'nope'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: "bulletin: error: option '-f, --format <name>' argument 'nope' is invalid. Allowed choices are table, json.\n",
    });
  });

  it('a malformed bulletin.config.json found in the directory: one line naming it, exit 2', async () => {
    const project = tempDir();
    writeFileSync(path.join(project, 'page.txt'), sampleBytes);
    writeFileSync(path.join(project, 'bulletin.config.json'), '{ "rules": { "title-length": "loud" } }');
    expect(await run(['check', 'page.txt'], { cwd: project })).toEqual({
      code: 2,
      stdout: '',
      stderr: `bulletin: error: Cannot read config ${path.join(project, 'bulletin.config.json')}: rule "title-length" has severity "loud", expected off, info, warn or error\n`,
    });
    writeFileSync(path.join(project, 'bulletin.config.json'), '{ "rules": ');
    const malformed = await run(['check', 'page.txt'], { cwd: project });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^bulletin: error: Cannot read config \S+bulletin\.config\.json: malformed JSON \([^\n]*\); fix the file or pass --config\n$/);
  });
});

describe('-o when an input fails: the earlier file is untouched', () => {
  it('a binary input among good ones: exit 2, one line, no temporary file, the earlier file as it was', async () => {
    writeFileSync(file('earlier.json'), 'earlier\n');
    writeFileSync(file('scan.png.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const result = await run(['export', 'a.txt', 'scan.png.txt', '-o', 'earlier.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^bulletin: error: Cannot read scan\.png\.txt: not a text file[^\n]*\n$/);
    expect(readFileSync(file('earlier.json'), 'utf8')).toBe('earlier\n');
  });
});
