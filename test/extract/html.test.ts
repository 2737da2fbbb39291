// Web pages: the lines laid out from their markup, their charset, and pages
// built to hurt (20 MB of scripts, 100,000 nested tags). Pages are invented
// here, in the shape of saved e-paper pages.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectContainer } from '../../src/extract/detect.js';
import { decodePage, declaredCharset, extractHtml } from '../../src/extract/html.js';
import { htmlToText } from '../../src/extract/html-text.js';
import { run, tempDir, tsv } from '../cli/helpers.js';
import { cpuMsSince } from '../robustness/helpers.js';

const PAGE_BODY =
  '<div class="nav"><a href="/">首页</a> &gt; <a href="/sq">社区动态</a></div>\n' +
  '<h2>社区动态</h2>\n' +
  '<p>青石社区: 开展夏季防溺水宣传</p>\n' +
  '<p>本报讯 7月3日,青石社区组织网格员走进辖区小区和河道沿线,向居民发放防溺水宣传单,\n   提醒家长看护好孩子。</p>\n' +
  '<p>(周 岚)</p>\n' +
  '<div class="foot">版权所有&nbsp;&copy;&nbsp;晚报社</div>\n';

/**
 * The bulletin alone, for runs through the parser: what it makes of navigation
 * and copyright lines is the parser's business (they reach it as text, tested above).
 */
const BULLETIN_BODY = '<h2>社区动态</h2>\n<p>青石社区: 开展夏季防溺水宣传</p>\n<p>本报讯 7月3日,青石社区组织网格员走进辖区小区和河道沿线,向居民发放防溺水宣传单,提醒家长看护好孩子。</p>\n<p>(周 岚)</p>\n';

const page = (head: string, body = PAGE_BODY) => `<!DOCTYPE html>\n<html>\n<head>${head}<title>晚报 社区动态</title></head>\n<body>\n${body}</body>\n</html>\n`;

describe('the text of a page', () => {
  it('block elements are lines; white space collapses; navigation and copyright stay; entities are decoded', () => {
    expect(htmlToText(page('<meta charset="utf-8">')).text).toBe(
      '首页 > 社区动态\n社区动态\n青石社区: 开展夏季防溺水宣传\n' +
        '本报讯 7月3日,青石社区组织网格员走进辖区小区和河道沿线,向居民发放防溺水宣传单, 提醒家长看护好孩子。\n(周 岚)\n版权所有\u00a0©\u00a0晚报社\n',
    );
  });

  it('script, style, noscript, template, the title and comments are left out', () => {
    const html =
      '<html><head><title>标题</title><style>p{color:red}</style><script>document.write("<p>脚本</p>")</script></head>' +
      '<body><!-- 注释 --><noscript>请开启脚本</noscript><template><p>模板</p></template><p>正文</p></body></html>';
    expect(htmlToText(html).text).toBe('正文\n');
  });

  it('<br> breaks a line, twice a blank line; table cells and list items are lines; <pre> keeps its lines', () => {
    const html =
      '<p>第一行<br>第二行<br/><br>第四行</p><table><tr><td>时间</td><td>地点</td></tr><tr><th>7月3日</th><td>活动室</td></tr></table>' +
      '<ul><li>一<li>二</ul><pre>\n甲\n\n  乙</pre>';
    expect(htmlToText(html).text).toBe('第一行\n第二行\n\n第四行\n时间\n地点\n7月3日\n活动室\n一\n二\n甲\n\n  乙\n');
  });

  it('100,000 nested tags: read without recursion, in well under a second', () => {
    const depth = 100_000;
    const started = process.cpuUsage();
    const { text } = htmlToText(`<html><body>${'<div><span>'.repeat(depth)}深处的字${'</span></div>'.repeat(depth)}<p>后面的段落</p></body></html>`);
    expect(text).toBe('深处的字\n后面的段落\n');
    expect(cpuMsSince(started)).toBeLessThan(1000);
  });
});

describe('detection by content', () => {
  it('a page is a page after a BOM, white space, an XML declaration or comments; a bulletin starting with a directive is text', () => {
    expect(detectContainer(Buffer.from('\ufeff  <!DOCTYPE html><html>'))).toBe('html');
    expect(detectContainer(Buffer.from('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe('html');
    expect(detectContainer(Buffer.from('<!-- saved from url -->\n<HTML><BODY>'))).toBe('html');
    expect(detectContainer(iconv.encode('\ufeff<html><body><p>正文</p>', 'utf-16le'))).toBe('html');
    expect(detectContainer(Buffer.from('<!-- bulletin-disable truncated-body -->\n社区动态\n'))).toBeNull();
    expect(detectContainer(Buffer.from('社区动态\n<p>不是网页</p>'))).toBeNull();
    expect(detectContainer(Buffer.from('{\\rtf1\\ansi 正文}'))).toBe('rtf');
  });
});

describe('the charset of a page', () => {
  const gbkPage = (declared: string) => iconv.encode(page(declared), 'gbk');

  it('<meta charset> and http-equiv are read; GBK pages read as GBK', () => {
    expect(declaredCharset(Buffer.from('<meta charset="GB2312">'))).toBe('GB2312');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />'))).toBe('gbk');
    const decoded = decodePage(gbkPage('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'auto');
    expect([decoded.encoding, decoded.detectedBy, decoded.diagnostics]).toEqual(['gb18030', 'declared', []]);
    expect(decoded.text).toContain('青石社区');
  });

  it('a wrong declaration is overruled with a warning: GBK bytes declared UTF-8, UTF-8 bytes declared GBK', () => {
    const gbk = extractHtml(gbkPage('<meta charset="utf-8">'), 'auto');
    expect([gbk.encoding, gbk.detectedBy]).toEqual(['gb18030', 'guess']);
    expect(gbk.diagnostics.map((d) => [d.ruleId, d.actual, d.expected])).toEqual([['charset-mismatch', 'utf-8', 'gb18030']]);
    expect(gbk.text).toContain('青石社区: 开展夏季防溺水宣传');
    const utf8 = extractHtml(Buffer.from(page('<meta charset="gbk">')), 'auto');
    expect([utf8.encoding, utf8.detectedBy, utf8.diagnostics[0]?.ruleId]).toEqual(['utf-8', 'valid-utf8', 'charset-mismatch']);
    expect(utf8.text).toContain('青石社区: 开展夏季防溺水宣传');
  });

  it('no declaration: the text decoder guesses; --encoding forces', () => {
    const bare = iconv.encode(page(''), 'gbk');
    expect(decodePage(bare, 'auto')).toMatchObject({ encoding: 'gb18030', detectedBy: 'guess' });
    expect(decodePage(bare, 'big5')).toMatchObject({ encoding: 'big5', detectedBy: 'forced' });
  });
});

describe('pages in the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), `${['社区动态', '', '青石社区: 开展夏季防溺水宣传', '', '本报讯 7月3日,青石社区组织网格员走进辖区小区和河道沿线,向居民发放防溺水宣传单,提醒家长看护好孩子。', '(周 岚)'].join('\n')}\n`);
  });

  it('a .txt holding a page is read as a page, and says so', async () => {
    writeFileSync(path.join(dir, 'saved.txt'), iconv.encode(page('<meta charset="gbk">', BULLETIN_BODY), 'gbk'));
    const exported = await run(['export', 'saved.txt'], { cwd: dir });
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const document = (JSON.parse(exported.stdout) as { documents: Array<{ source: unknown; encoding: string; detectedBy: string; items: Array<{ title: string }> }> }).documents[0]!;
    expect(document).toMatchObject({ source: { format: 'html', unit: 'line' }, encoding: 'gb18030', detectedBy: 'declared' });
    expect(document.items.map((item) => item.title)).toEqual(['开展夏季防溺水宣传']);
  });

  it('a 20 MB page of scripts: read, its one item listed, in seconds', async () => {
    const script = `<script>var data = "${'<div class=\\"x\\">广告</div>'.repeat(100)}";</script>\n`;
    const scripts = script.repeat(Math.ceil((20 << 20) / script.length));
    writeFileSync(path.join(dir, 'heavy.html'), page(`<meta charset="utf-8">${scripts}`, BULLETIN_BODY));
    const started = process.cpuUsage();
    const result = await run(['list', 'heavy.html', 'a.txt'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(tsv(result.stdout).map((row) => row.slice(0, 4))).toEqual([
      ['file', 'index', 'kind', 'community'],
      ['a.txt', '1', 'brief', '青石社区'],
      ['heavy.html', '1', 'brief', '青石社区'],
    ]);
    expect(cpuMsSince(started)).toBeLessThan(15_000);
  }, 30_000);

  it('a page with a wrong charset: its items, and the warning on stderr', async () => {
    writeFileSync(path.join(dir, 'wrong.html'), iconv.encode(page('<meta charset="utf-8">', BULLETIN_BODY), 'gbk'));
    const result = await run(['list', 'wrong.html'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'wrong.html:1:1: warning: Unexpected charset utf-8 declared by the page: its bytes read as gb18030; read as gb18030 [charset-mismatch]\n',
    );
    expect(tsv(result.stdout)[1]!.slice(2, 5)).toEqual(['青石社区', '开展夏季防溺水宣传', '周岚']);
  });

  it('100,000 nested tags through the CLI: no stack overflow, the item and the other file read', async () => {
    writeFileSync(path.join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(100_000)}${BULLETIN_BODY}${'</div>'.repeat(100_000)}</body></html>`);
    const result = await run(['list', 'deep.html', 'a.txt'], { cwd: dir });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(tsv(result.stdout)).toHaveLength(3);
  });
});
