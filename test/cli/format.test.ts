// bulletin format through the CLI: in-process (main with fake streams) and the
// built bin. Files are copied into a temporary directory before --write.

import { copyFileSync, readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, run, spawnBin, spawnShell, tempDir } from './helpers.js';

const UNTIDY = '苏村社区: 开展活动\n本报讯 近日,社区开展活动。\n(李 莉)\n';
const TIDY = '苏村社区：开展活动\n\n本报讯　近日，社区开展活动。\n\n（李　莉）\n';

function scratch(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('bulletin format', () => {
  it('prints the formatted page', async () => {
    const dir = scratch({ 'page.txt': UNTIDY });
    const result = await run(['format', 'page.txt'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: TIDY, stderr: '' });
  });

  it('reads stdin', async () => {
    const result = await run(['format'], { stdin: UNTIDY });
    expect(result.stdout).toBe(TIDY);
    expect(result.code).toBe(0);
  });

  it('refuses several inputs without --write, --check or --diff (exit 2, one line)', async () => {
    const dir = scratch({ 'a.txt': UNTIDY, 'b.txt': TIDY });
    const result = await run(['format', 'a.txt', 'b.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('bulletin: error: format prints one page; 2 inputs need --write, --check or --diff\n');
  });

  it('--verbose names each item printed with less of the style, and how', async () => {
    // A caption run on into its credit, twice, and once apart (test/formatter/fallbacks.test.ts): the second kept on its own lines.
    const page =
      '美丽乡村\n\n  青山镇竹林村的荷塘开满了荷花,吸引了游客前来观赏。晚报记者 柯 宇 摄\n\n' +
      '  江边公路沿线串起一个个整洁的村庄,图为石桥镇杨柳村路段。晚报通讯员 温 屿 摄\n\n江边公路沿线串起一个个整洁的村庄,图为石桥镇杨柳村路段。温屿 摄\n';
    const dir = scratch({ 'page.txt': page });
    const result = await run(['format', '--verbose', 'page.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('bulletin: note: page.txt: item 2 (line 5) printed with its own lines: the house style would change how it reads\n');
    expect(result.stdout).toContain('\n江边公路沿线串起一个个整洁的村庄，图为石桥镇杨柳村路段。晚报通讯员 温　屿 摄\n');
  });

  it('--verbose names an item with a part printed as it stands, and why', async () => {
    // (test/formatter/fallbacks.test.ts: a paragraph the parser joined across the byline it took out of it.)
    // (Its first paragraph under forty characters, as in that test: one longer, set as one line below short lines, is read apart.)
    const page = '东湾社区暖心饺子宴 老人乐开怀\n[号:大 中 小] 2024-01-12 阅读次数:66\n(东湾小学 吴晴)天冷了,学生们来到东湾社区陪老人包饺子。 \n活动最后,老人们说,希望孩子们常来社区做客。 \n\n图片1.png\n';
    const dir = scratch({ 'page.txt': page });
    const result = await run(['format', '--verbose', 'page.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('bulletin: note: page.txt: item 1 (line 1) printed with a part as it stands: its rewrite would change its characters\n');
  });

  it('--check lists the files that would change and exits 1; 0 when all are formatted', async () => {
    const dir = scratch({ 'a.txt': UNTIDY, 'b.txt': TIDY });
    const result = await run(['format', '--check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('a.txt\n');
    expect(result.stderr).toBe('bulletin: 1 of 2 files would be reformatted; run bulletin format --write\n');
    const clean = await run(['format', '--check', 'b.txt'], { cwd: dir });
    expect(clean).toEqual({ code: 0, stdout: '', stderr: 'bulletin: the file is formatted\n' });
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(UNTIDY);
  });

  it('--diff prints a unified diff and writes nothing', async () => {
    const dir = scratch({ 'a.txt': UNTIDY });
    const result = await run(['format', '--diff', 'a.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual(['--- a/a.txt', '+++ b/a.txt', '@@ -1,3 +1,5 @@']);
    expect(result.stdout).toContain('\n-苏村社区: 开展活动\n');
    expect(result.stdout).toContain('\n+苏村社区：开展活动\n');
    expect(result.stdout).toContain('\n+（李　莉）\n');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(UNTIDY);
  });

  it('--diff is a patch git apply takes, CRLF lines included; the patched files are formatted', () => {
    const dir = scratch({ 'a.txt': UNTIDY, 'b.txt': UNTIDY.replace(/\n/g, '\r\n') });
    const result = spawnShell('"$NODE" "$BIN" format --diff a.txt b.txt > p.diff && git apply p.diff && "$NODE" "$BIN" format --check a.txt b.txt', { cwd: dir });
    expect(result.stderr).toBe('bulletin: all 2 files are formatted\n');
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe(TIDY.replace(/\n/g, '\r\n'));
  });

  it('--write rewrites in place, keeping GB18030, CRLF and the file mode', async () => {
    const dir = scratch({});
    const file = path.join(dir, 'page.txt');
    copyFileSync(path.join(ROOT, 'fixtures/check/fix/gb18030-crlf.txt'), file);
    chmodSync(file, 0o640);
    const result = await run(['format', '--write', 'page.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('bulletin: 1 file rewritten, 0 already formatted or not written\n');
    const bytes = readFileSync(file);
    const text = iconv.decode(bytes, 'gb18030');
    expect(iconv.encode(text, 'gb18030').equals(bytes)).toBe(true);
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('，');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    // Formatted once, it is formatted: a second run writes nothing.
    expect((await run(['format', '--check', 'page.txt'], { cwd: dir })).code).toBe(0);
  });

  it('--write keeps a UTF-16 file and its byte-order mark', async () => {
    const dir = scratch({ 'page.txt': iconv.encode(UNTIDY, 'utf-16le', { addBOM: true }) });
    expect((await run(['format', '--write', 'page.txt'], { cwd: dir })).code).toBe(0);
    const bytes = readFileSync(path.join(dir, 'page.txt'));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(iconv.decode(bytes.subarray(2), 'utf-16le')).toBe(TIDY);
  });

  it('--write refuses a Word document with one line and exit 2, and still writes the text files', async () => {
    const dir = scratch({ 'a.txt': UNTIDY });
    copyFileSync(path.join(ROOT, 'fixtures/extract/community-news.docx'), path.join(dir, 'b.docx'));
    const result = await run(['format', '--write', '.'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bulletin: error: --write rewrites plain text files; open b.docx in a word processor to change it\n');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(TIDY);
  });

  it('prints a Word document as formatted text', async () => {
    const result = await run(['format', 'fixtures/extract/community-news.docx']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\n苏村社区：开展主题党日活动\n');
  });

  it('--write refuses stdin', async () => {
    const result = await run(['format', '--write', '-'], { stdin: UNTIDY });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bulletin: error: Cannot write <stdin> in place; bulletin format without --write prints the formatted page\nbulletin: 0 files rewritten, 1 already formatted or not written\n');
  });

  it('reads the style from bulletin.config.json, and refuses a bad one with one line', async () => {
    const dir = scratch({ 'page.txt': UNTIDY, 'bulletin.config.json': JSON.stringify({ format: { namePadding: 'none', blankLinesBetweenBlocks: 0 } }) });
    expect((await run(['format', 'page.txt'], { cwd: dir })).stdout).toBe('苏村社区：开展活动\n本报讯　近日，社区开展活动。\n（李莉）\n');
    writeFileSync(path.join(dir, 'bulletin.config.json'), JSON.stringify({ format: { namePadding: 'wide' } }));
    const bad = await run(['format', 'page.txt'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bulletin: error: Cannot read config .*bulletin.config.json: "format.namePadding" is "wide", expected "ideographic", "space", "none"\n$/);
  });

  it('--end-of-line overrides the input\'s line breaks', async () => {
    const result = await run(['format', '--end-of-line', 'crlf'], { stdin: UNTIDY });
    expect(result.stdout).toBe(TIDY.replace(/\n/g, '\r\n'));
  });

  it('a file that is not text is one line and exit 2', async () => {
    const result = await run(['format', 'fixtures/decode/png-header.png']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('bulletin: error: Cannot read fixtures/decode/png-header.png: not a text file\n');
  });

  it('a missing input is one line and exit 2', async () => {
    const result = await run(['format', 'nope.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bulletin: error: .*nope\.txt.*\n$/);
  });

  it('--help shows examples, --check with --write is a usage error', async () => {
    const help = await run(['format', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('bulletin format --check submissions/');
    const both = await run(['format', '--check', '--write', SAMPLE]);
    expect(both.code).toBe(2);
  });

  it('the built bin prints the sample formatted, NO_COLOR', () => {
    const result = spawnBin(['format', 'fixtures/community-news.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual(['社区动态', '', '', '近日，东山社区开展“关注房颤 预防卒中”义诊活动，通过举办讲座，为群众进行血压、心电图检查等方式，进一步提高了群众对心脑血管病的认识，提升了辖区老年人防病治病的意识。']);
  });
});
