// The HTML page as text: escaping, the Content-Security-Policy's hashes, and
// findings drawn where they point. The browser tests (test/browser/) look at
// the same page rendered.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attr, text } from '../../src/format/html/escape.js';
import { barChart } from '../../src/format/html/charts.js';
import { html, reportTitle } from '../../src/format/html/index.js';
import { itemCard, ruleLink, type CardContext, type ListedFinding } from '../../src/format/html/item-card.js';
import { mapText, renderMarked, type Finding } from '../../src/format/html/marks.js';
import { renderReport } from '../../src/format/html/report.js';
import type { BulletinDocument } from '../../src/document.js';
import type { Diagnostic, Item, Position, Severity } from '../../src/model.js';
import { context, documentWith, makeItem, SAMPLE_TEXT, sampleDocument } from './helpers.js';

describe('escaping', () => {
  it('turns markup characters into references, in text and attributes', () => {
    expect(text(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
    expect(attr('"><img onerror=x>')).toBe('&quot;&gt;&lt;img onerror=x&gt;');
  });

  it('draws bidi and other invisible controls as their code points', () => {
    expect(text('invoice\u202Etxt.exe')).toBe('invoice<span class="control" title="control character U+202E">U+202E</span>txt.exe');
    expect(attr('a\u2066b\u0000')).toBe('a[U+2066]b[U+0000]');
    expect(text('社区\t动态\n')).toBe('社区\t动态\n');
  });

  it('lets no input text become markup anywhere in the page', () => {
    const hostile = '</noscript></style><script>alert(1)</script>"><img src=x onerror=alert(2)><!--piece-->\u202E';
    const item = makeItem({
      community: hostile,
      title: hostile,
      authors: [hostile],
      byline: hostile,
      kicker: hostile,
      blocks: [{ type: 'paragraph', text: hostile, span: makeItem().span }],
    });
    const page = html.format([documentWith([item], hostile)], context());
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('\u202E');
    // The stores' end appears only as the page's own, and no comment of the input closes.
    expect(page.match(/<\/noscript>/g)).toHaveLength(page.match(/<noscript class="pieces">/g)!.length);
    expect(page).not.toContain('--><img');
  });
});

describe('the page', () => {
  it('allows its own style and script by their hashes, and nothing else', () => {
    const page = html.format([sampleDocument()], context());
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!.replaceAll('&#39;', "'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const hash = (content: string) => createHash('sha256').update(content).digest('base64');
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `style-src 'sha256-${hash(style)}'`,
      `script-src 'sha256-${hash(script)}'`,
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(page).not.toMatch(/ style="/);
    expect(page).not.toMatch(/ on[a-z]+="/);
  });

  it('names each item, kind, community and truncation in data attributes', () => {
    const document = sampleDocument();
    const page = renderReport([{ file: 'community-news.txt', document, text: SAMPLE_TEXT, findings: [] }], { title: 't' });
    const cards = [...page.matchAll(/<article class="item"[^>]* data-kind="([a-z]+)" data-community="([^"]*)" data-truncated="(true|false)"/g)].map((m) => [m[1], m[2], m[3]]);
    expect(cards).toEqual(document.items.map((item) => [item.kind, item.community ?? '', String(item.truncated)]));
  });
});

describe('findings on the text', () => {
  it('maps the text the parser built back to the page, with or without the page at hand, the same way', () => {
    const document = sampleDocument();
    const removed = document.diagnostics.filter((d) => d.ruleId === 'column-break').map((d) => [d.place.start.offset, d.place.end.offset] as const);
    expect(removed).toHaveLength(4);
    let joins = 0;
    for (const block of document.items.flatMap((item) => item.blocks)) {
      const withText = mapText(block.text, block.span, SAMPLE_TEXT, removed);
      const without = mapText(block.text, block.span, null, removed);
      expect(withText).not.toBeNull();
      expect(without).toEqual(withText);
      // Every character shown is the character at its offset.
      for (let i = 0; i < block.text.length; i++) expect(SAMPLE_TEXT[withText!.offsets[i]!]).toBe(block.text[i]);
      joins += withText!.joins.length;
    }
    expect(joins).toBe(4);
  });

  it('underlines the characters a finding points at, and marks an empty finding with a caret', () => {
    // Line 13 of the sample ends 城市记忆、工: check points truncated-body at its last character, 工.
    const item = sampleDocument().items[1]!;
    const block = item.blocks[0]!;
    const at = SAMPLE_TEXT.indexOf('城市记忆、工') + '城市记忆、'.length;
    const mapping = mapText(block.text, block.span, SAMPLE_TEXT, []);
    const finding = { id: 'f1-d1', ruleId: 'truncated-body', severity: 'error' as const, message: 'cut <here>', start: at, end: at + 1 };
    const marked = renderMarked(block.text, mapping, [finding, { ...finding, id: 'f1-d2', ruleId: 'x', severity: 'info', start: at, end: at }]);
    expect(marked.endsWith('城市记忆、<mark class="flag info point" title="x (info): cut &lt;here&gt;"></mark><mark class="flag error" title="truncated-body (error): cut &lt;here&gt;">工</mark>')).toBe(true);
  });
});

describe('the title', () => {
  it('names the one file, <stdin> for standard input, else counts the files', () => {
    expect(reportTitle([{ file: 'a.txt' }])).toBe('bulletin: a.txt');
    expect(reportTitle([{ file: null }], 'bulletin items')).toBe('bulletin items: <stdin>');
    expect(reportTitle([{ file: 'a.txt' }, { file: null }])).toBe('bulletin: 2 files');
    expect(reportTitle([])).toBe('bulletin: 0 files');
    expect(html.format([documentWith([makeItem()])], context())).toContain('<title>bulletin items: made.txt</title>');
  });
});

describe('a bar chart', () => {
  it('scales the longest bar to 160, gives a zero bar no width and a small one 2 at least, and names every bar', () => {
    const chart = barChart('Items by <kind>', [
      { label: 'brief', value: 300 },
      { label: 'feature', value: 0 },
      { label: 'photo', value: 1, tone: 'error' },
      { label: 'other', value: 100 },
    ]);
    expect(chart).toBe(
      '<figure class="chart"><figcaption>Items by &lt;kind&gt;</figcaption>' +
        '<svg viewBox="0 0 320 88" width="320" height="88" role="img" aria-label="Items by &lt;kind&gt;: brief 300, feature 0, photo 1, other 100">' +
        '<g class="row"><text x="0" y="15" class="label">brief</text><rect x="118" y="4" width="160" height="14" rx="2" class="bar"/><text x="283" y="15" class="count">300</text></g>' +
        '<g class="row"><text x="0" y="37" class="label">feature</text><rect x="118" y="26" width="0" height="14" rx="2" class="bar"/><text x="123" y="37" class="count">0</text></g>' +
        '<g class="row"><text x="0" y="59" class="label">photo</text><rect x="118" y="48" width="2" height="14" rx="2" class="bar error"/><text x="125" y="59" class="count">1</text></g>' +
        '<g class="row"><text x="0" y="81" class="label">other</text><rect x="118" y="70" width="53" height="14" rx="2" class="bar"/><text x="176" y="81" class="count">100</text></g>' +
        '</svg></figure>',
    );
  });

  it('draws 12 bars and counts the rest in a last line; an empty chart says none', () => {
    const bars = Array.from({ length: 14 }, (_, i) => ({ label: `n${i}`, value: 14 - i }));
    const chart = barChart('Many', bars);
    expect(chart).toContain('<svg viewBox="0 0 320 286" width="320" height="286"');
    expect(chart.match(/<g class="row">/g)).toHaveLength(12);
    expect(chart).toContain('>n11</text>');
    expect(chart).not.toContain('>n12</text>');
    expect(chart).toContain('aria-label="Many: n0 14, n1 13, n2 12, n3 11, n4 10, n5 9, n6 8, n7 7, n8 6, n9 5, n10 4, n11 3, n12 2, n13 1"');
    expect(chart.endsWith('<text x="0" y="279" class="label more">and 2 more</text></svg></figure>')).toBe(true);
    expect(barChart('Twelve', bars.slice(0, 12))).not.toContain('more');
    expect(barChart('None', [])).toBe(
      '<figure class="chart"><figcaption>None</figcaption><svg viewBox="0 0 320 22" width="320" height="22" role="img" aria-label="None: none">' +
        '<text x="0" y="15" class="label more">none</text></svg></figure>',
    );
  });

  it('keeps 16 display cells of a label, a wide character counting two, and marks a cut with …', () => {
    const label = (name: string) => /class="label">([^<]*)</.exec(barChart('t', [{ label: name, value: 1 }]))![1];
    expect(label('社区动态社区动态')).toBe('社区动态社区动态');
    expect(label('社区动态社区动态居')).toBe('社区动态社区动态…');
    expect(label('abcdefghijklmnop')).toBe('abcdefghijklmnop');
    expect(label('abcdefghijklmnopq')).toBe('abcdefghijklmnop…');
    expect(label('abcdefghijklmno社')).toBe('abcdefghijklmno…');
    // A character beyond the BMP (CJK Extension B) and a full-width letter are wide too.
    expect(label('\u{20000}'.repeat(9))).toBe(`${'\u{20000}'.repeat(8)}…`);
    expect(label('Ａ'.repeat(9))).toBe(`${'Ａ'.repeat(8)}…`);
    expect(label('한'.repeat(9))).toBe(`${'한'.repeat(8)}…`);
  });
});

describe('an item card', () => {
  // Invented text: kicker, headline, subtitle; a paragraph cut by a column break; a sub-heading; a credit; a continuation.
  const SOURCE = ['社区要闻', '开展读书月活动', '——居民走进图书角', '本报讯 6月24日,苏村社区组织居民', '读书。', '共读一本书', '活动持续一周。', '图/王强', '(下转第二版)', ''].join('\n');
  const spanOf = (piece: string): Position => {
    const point = (offset: number) => {
      const before = SOURCE.slice(0, offset);
      return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset };
    };
    const start = SOURCE.indexOf(piece);
    return { start: point(start), end: point(start + piece.length) };
  };
  const HEAD = '社区要闻\n开展读书月活动\n——居民走进图书角';
  const feature = (): Item =>
    makeItem({
      index: 2,
      kind: 'feature',
      title: '开展读书月活动',
      kicker: '社区要闻',
      subtitle: '——居民走进图书角',
      header: { text: HEAD, organisation: null, title: '开展读书月活动', separator: '', span: spanOf(HEAD) },
      authors: ['李莉', '王强'],
      people: [
        { name: '李莉', role: null, source: 'lead' },
        { name: null, role: '通讯员', source: 'byline' },
        { name: null, role: '通讯员', source: 'credit' },
      ],
      byline: '李莉',
      credit: { raw: '图/王强', names: ['王强'], roles: [], verb: '图', span: spanOf('图/王强') },
      asides: [{ kind: 'continuation', text: '(下转第二版)', span: spanOf('(下转第二版)') }],
      blocks: [
        { type: 'paragraph', text: '本报讯 6月24日,苏村社区组织居民读书。', span: spanOf('本报讯 6月24日,苏村社区组织居民\n读书。') },
        { type: 'subheading', text: '共读一本书', span: spanOf('共读一本书') },
        { type: 'paragraph', text: '活动持续一周。', span: spanOf('活动持续一周。') },
      ],
      truncated: true,
      characters: 40,
      span: { start: spanOf(HEAD).start, end: spanOf('(下转第二版)').end },
    });
  const comma = SOURCE.indexOf(',');
  const week = SOURCE.indexOf('周');
  const title = SOURCE.indexOf('读书月');
  const FINDINGS: ListedFinding[] = [
    { id: 'f1-d1', ruleId: 'punctuation-width', severity: 'warning', message: 'Half-width `,`', start: comma, end: comma + 1, line: 4, column: 10, url: 'docs/rules/punctuation-width.md' },
    { id: 'f1-d2', ruleId: 'punctuation-width', severity: 'warning', message: 'Half-width `,`', start: comma, end: comma + 1, line: 4, column: 10, url: 'docs/rules/punctuation-width.md' },
    { id: 'f1-d3', ruleId: 'truncated-body', severity: 'error', message: 'Cut <short>', start: week, end: week + 1, line: 7, column: 6, url: 'https://example.org/r' },
    { id: 'f1-d4', ruleId: 'x-rule', severity: 'info', message: 'Head', start: title, end: title, line: 2, column: 3, url: 'ftp://example.org/x' },
  ];
  const CARD_CONTEXT: CardContext = { source: SOURCE, removed: [], checked: true, rulesUrl: 'https://rules.example/', idPrefix: 'f1' };

  it('draws badges, the head line by line, the facts, the text with its findings and joins, and the findings grouped', () => {
    const card = itemCard(feature(), FINDINGS, CARD_CONTEXT);
    expect(card).toBe(
      [
        '<article class="item" id="f1-i2" tabindex="-1" data-index="2" data-kind="feature" data-community="苏村社区" data-truncated="true" ',
        'data-authors="[&quot;李莉&quot;,&quot;王强&quot;]" aria-label="Item 2: 苏村社区：开展读书月活动">',
        '<div class="badges"><span class="badge kind">feature</span><span class="badge community" lang="zh-CN">苏村社区</span>',
        '<span class="badge truncated">truncated</span><span class="badge findings-count">4 findings</span></div>',
        '<p class="kicker" lang="zh-CN">社区要闻</p>',
        '<h3 lang="zh-CN">开展<mark class="flag info point" title="x-rule (info): Head"></mark>读书月活动</h3>',
        '<p class="subtitle" lang="zh-CN">——居民走进图书角</p>',
        '<dl class="facts"><div><dt>lead</dt><dd>本报讯</dd></div>',
        '<div><dt>dateline</dt><dd>6月24日 <span class="muted">(2022-06-24)</span></dd></div>',
        '<div><dt>authors</dt><dd>李莉、王强</dd></div><div><dt>roles</dt><dd>通讯员</dd></div><div><dt>byline</dt><dd>李莉</dd></div>',
        '<div><dt>credit</dt><dd>图/王强</dd></div><div><dt>characters</dt><dd>40</dd></div><div><dt>lines</dt><dd>1–9</dd></div></dl>',
        '<div class="body" lang="zh-CN">',
        '<p><strong class="lead">本报讯</strong> 6月24日<mark class="flag warning" title="punctuation-width (warning): Half-width `,`\npunctuation-width (warning): Half-width `,`">,</mark>',
        '苏村社区组织居民<span class="join" role="img" aria-label="column break joined here" title="Column break: the paragraph was joined across it here">⤶</span>读书。</p>',
        '<h4>共读一本书</h4>',
        '<p>活动持续一<mark class="flag error" title="truncated-body (error): Cut &lt;short&gt;">周</mark>。</p>',
        '<p class="truncated-end" lang="en">（原文不完整） The text stops mid-sentence here: the rest is missing.</p>',
        '<p class="aside continuation">(下转第二版)</p><p class="credit">图/王强</p></div>',
        '<ul class="findings" aria-label="Findings in item 2">',
        '<li class="finding-group warning"><span class="severity">warning</span> <span class="message">Half-width `,`</span> ',
        '<a class="rule" href="https://rules.example/punctuation-width.md">punctuation-width</a> <span class="places">',
        '<span class="finding" id="f1-d1" data-rule="punctuation-width" data-severity="warning">4:10</span> ',
        '<span class="finding" id="f1-d2" data-rule="punctuation-width" data-severity="warning">4:10</span></span></li>',
        '<li class="finding-group error"><span class="severity">error</span> <span class="message">Cut &lt;short&gt;</span> ',
        '<a class="rule" href="https://example.org/r">truncated-body</a> <span class="places">',
        '<span class="finding" id="f1-d3" data-rule="truncated-body" data-severity="error">7:6</span></span></li>',
        '<li class="finding-group info"><span class="severity">info</span> <span class="message">Head</span> <span class="rule">x-rule</span> <span class="places">',
        '<span class="finding" id="f1-d4" data-rule="x-rule" data-severity="info">2:3</span></span></li></ul></article>',
      ].join(''),
    );
  });

  it('draws the same without the page at hand, from the ranges the parser removed', () => {
    const newline = SOURCE.indexOf('居民\n') + 2;
    const lead = SOURCE.indexOf('本报讯');
    // Ranges that cross a block's start or lie past the text belong to no block.
    const removed = [[SOURCE.length, SOURCE.length + 1], [newline, newline + 1], [lead - 1, lead + 1]] as const;
    const without = itemCard(feature(), FINDINGS, { ...CARD_CONTEXT, source: null, removed });
    expect(without).toBe(itemCard(feature(), FINDINGS, CARD_CONTEXT));
  });

  it('with few facts: no lead, date, roles, byline or credit rows, none named, one line; a check without findings says so', () => {
    const bare = makeItem({ community: null, title: null, lead: null, dateline: null, authors: [], people: [], byline: null, blocks: [], span: spanOf('读书。') });
    const card = itemCard(bare, [], CARD_CONTEXT);
    expect(card).toBe(
      '<article class="item" id="f1-i1" tabindex="-1" data-index="1" data-kind="brief" data-community="" data-truncated="false" data-authors="[]" aria-label="Item 1: （无标题）">' +
        '<div class="badges"><span class="badge kind">brief</span></div><h3 lang="zh-CN">（无标题）</h3>' +
        '<dl class="facts"><div><dt>authors</dt><dd><span class="muted">none named</span></dd></div><div><dt>characters</dt><dd>30</dd></div><div><dt>lines</dt><dd>5</dd></div></dl>' +
        '<div class="body" lang="zh-CN"></div><p class="findings muted">No findings.</p></article>',
    );
    expect(itemCard(bare, [], { ...CARD_CONTEXT, checked: false }).endsWith('<div class="body" lang="zh-CN"></div></article>')).toBe(true);
    expect(itemCard(makeItem({ dateline: '6月24日', date: null }), [], CARD_CONTEXT)).toContain('<dd>6月24日</dd>');
  });

  it('one finding is "1 finding"; a 文/图 byline that is also the credit is drawn once; a paragraph not opening with the lead has no bold', () => {
    const line = spanOf('读书。');
    const photo = makeItem({
      kind: 'photo',
      title: null,
      community: null,
      blocks: [{ type: 'paragraph', text: '居民读书', span: line }],
      credit: { raw: '文/李莉', names: ['李莉'], roles: [], verb: '文/图', span: line },
      asides: [{ kind: 'byline', text: '文/李莉', span: line }],
      span: line,
    });
    const card = itemCard(photo, [{ ...FINDINGS[2]!, url: undefined }], { ...CARD_CONTEXT, source: null });
    expect(card).toContain('<span class="badge findings-count">1 finding</span>');
    expect(card).toContain('aria-label="Item 1: （图片）"');
    expect(card).toContain('<div class="body" lang="zh-CN"><p>居民读书</p><p class="aside byline">文/李莉</p></div>');
    expect(card).toContain('<span class="rule">truncated-body</span>');
  });

  it('a head without a headline has its last line as the heading; an empty head falls back to the item heading', () => {
    const twoLines = '社区要闻\n开展读书月活动';
    const item = makeItem({ title: null, header: { text: twoLines, organisation: null, title: '', separator: '', span: spanOf(twoLines) } });
    expect(itemCard(item, [], CARD_CONTEXT)).toContain('<p class="kicker" lang="zh-CN">社区要闻</p><h3 lang="zh-CN">开展读书月活动</h3><dl');
    const headline = makeItem({ title: '走进图书角', header: { text: '——居民走进图书角', organisation: null, title: '走进图书角', separator: '', span: spanOf('——居民走进图书角') } });
    expect(itemCard(headline, [], CARD_CONTEXT)).toContain('<h3 lang="zh-CN">——居民走进图书角</h3><dl');
    const blank = makeItem({ header: { text: ' ', organisation: null, title: '', separator: '', span: spanOf('读书。') } });
    expect(itemCard(blank, [], CARD_CONTEXT)).toContain('<h3 lang="zh-CN">苏村社区：开展主题党日活动</h3><dl');
  });
});

describe('an item card, its choices', () => {
  const span = makeItem().span;
  const paragraph = (text: string) => ({ type: 'paragraph' as const, text, span });

  it('lists the roles of people without a name, each once; a named person with a role and a person with neither add none', () => {
    const item = makeItem({
      people: [
        { name: null, role: '通讯员', source: 'byline' },
        { name: '王强', role: '记者', source: 'byline' },
        { name: null, role: null, source: 'credit' },
        { name: null, role: '通讯员', source: 'credit' },
        { name: null, role: '摄影', source: 'credit' },
      ],
    });
    expect(itemCard(item, [], CONTEXT_NO_SOURCE)).toContain('<div><dt>roles</dt><dd>通讯员、摄影</dd></div>');
    expect(itemCard(makeItem({ people: [{ name: null, role: null, source: 'credit' }] }), [], CONTEXT_NO_SOURCE)).not.toContain('<dt>roles</dt>');
  });

  it('sets the lead in bold in the first paragraph only, after a sub-heading too', () => {
    const item = makeItem({ blocks: [{ type: 'subheading', text: '小标题', span }, paragraph('本报讯 居民读书。'), paragraph('本报讯 又一段。')] });
    expect(itemCard(item, [], CONTEXT_NO_SOURCE)).toContain(
      '<div class="body" lang="zh-CN"><h4>小标题</h4><p><strong class="lead">本报讯</strong> 居民读书。</p><p>本报讯 又一段。</p></div>',
    );
  });

  it('draws the credit once when another aside is not its line', () => {
    const credit = { raw: '图/王强', names: ['王强'], roles: [], verb: '图', span };
    const other = { ...span, start: { ...span.start, offset: span.start.offset + 1 } };
    const item = makeItem({ credit, asides: [{ kind: 'continuation', text: '(下转第二版)', span: other }] });
    expect(itemCard(item, [], CONTEXT_NO_SOURCE)).toContain('<p class="aside continuation">(下转第二版)</p><p class="credit">图/王强</p></div>');
    const both = makeItem({ credit, asides: [{ kind: 'byline', text: '图/王强', span }, { kind: 'continuation', text: '(下转第二版)', span: other }] });
    expect(itemCard(both, [], CONTEXT_NO_SOURCE).match(/图\/王强<\/p>/g)).toHaveLength(1);
  });

  it('links a rule to an http or https page and to our rule pages, and no other address', () => {
    const finding: Finding = { id: 'f1-d1', ruleId: 'r', severity: 'info', message: 'm', start: 0, end: 0 };
    expect(ruleLink(finding, 'http://example.org/r', 'docs/rules/')).toBe('<a class="rule" href="http://example.org/r">r</a>');
    expect(ruleLink(finding, 'https://example.org/r', 'docs/rules/')).toBe('<a class="rule" href="https://example.org/r">r</a>');
    expect(ruleLink(finding, 'docs/rules/r.md', 'https://rules.example/')).toBe('<a class="rule" href="https://rules.example/r.md">r</a>');
    expect(ruleLink(finding, 'see https://example.org/r', 'docs/rules/')).toBe('<span class="rule">r</span>');
    expect(ruleLink(finding, undefined, 'docs/rules/')).toBe('<span class="rule">r</span>');
  });
});

const CONTEXT_NO_SOURCE: CardContext = { source: null, removed: [], checked: false, rulesUrl: 'docs/rules/', idPrefix: 'f1' };

describe('the report of a check', () => {
  const place = (from: number, to: number, line: number): Position => ({ start: { line, column: 1, offset: from }, end: { line: line + 1, column: 1, offset: to } });
  const finding = (ruleId: string, severity: Diagnostic['severity'], from: number, to: number, url?: string): Diagnostic => ({
    ruleId,
    severity,
    message: `${ruleId} here`,
    place: { start: { line: 2, column: 3, offset: from }, end: { line: 2, column: 4, offset: to } },
    ...(url !== undefined && { url }),
  });
  const document = (): BulletinDocument => ({
    ...documentWith(
      [
        makeItem({ index: 1, span: place(10, 20, 2), community: '苏村社区', authors: ['李莉', '王强'], truncated: true }),
        makeItem({ index: 2, kind: 'feature', span: place(30, 40, 5), community: '东山社区', authors: ['王强', '王强'] }),
        makeItem({ index: 3, kind: 'feature', span: place(50, 60, 8), community: '东山社区', authors: ['王强'] }),
      ],
      'a.txt',
    ),
    section: '第一版',
    meta: [{ kind: 'page', text: '第2版', value: '第2版', span: place(0, 5, 1) }],
    unassigned: [{ text: '无归属', span: place(22, 28, 4) }],
  });
  // In item 1; empty at item 1's end (still item 1's); in the unassigned run; past every item; in item 2.
  const FINDINGS = [
    finding('x-warn', 'warning', 12, 13, 'docs/rules/x-warn.md'),
    finding('x-end', 'info', 20, 20),
    finding('x-un', 'error', 23, 24),
    finding('x-file', 'warning', 100, 101),
    finding('x-warn', 'error', 35, 36),
  ];
  const page = () =>
    renderReport(
      [
        { file: 'a.txt', document: document(), findings: FINDINGS },
        { file: 'b.txt', document: null, findings: [finding('x-file', 'error', 0, 0)], inputError: 'Cannot read b.txt' },
        { file: null, document: documentWith([], null), findings: [] },
      ],
      { title: 'T', version: '9.9.9' },
    );
  const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)) + to.length);

  it('sums up files, items, truncated, unassigned runs, findings by severity and input errors, and names its version', () => {
    const report = page();
    expect(report).toContain(
      '<header><h1>T</h1><p class="page-meta">3 files · 3 items · 1 truncated · 1 unassigned run · 6 findings (3 errors, 2 warnings, 1 info) · 1 input error</p>',
    );
    expect(report).toContain('<meta name="generator" content="bulletin 9.9.9">');
    expect(report).toContain('<footer class="page-meta"><p>Made by bulletin 9.9.9.</p></footer>');
    const bare = renderReport([{ file: 'a.txt', document: documentWith([makeItem()]), findings: null }], { title: 'T' });
    expect(bare).toContain('<h2 id="f1-name">a.txt</h2><p class="page-meta">1 item · utf-8 (valid-utf8)</p></section>');
    expect(bare).not.toContain('No findings.');
    expect(bare).toContain('<p class="page-meta">1 file · 1 item · 0 truncated · 0 unassigned runs</p>');
    expect(bare).toContain('<meta name="generator" content="bulletin">');
    expect(bare).not.toContain('Findings by');
  });

  it('charts items by kind, community and author (an author once per item), and findings by severity and by rule in its worst colour', () => {
    const report = page();
    const labels = (title: string) => /aria-label="([^"]*)"/.exec(between(report, `<figcaption>${title}</figcaption>`, '</figure>'))![1];
    expect(labels('Items by kind')).toBe('Items by kind: brief 1, feature 2, photo 0, other 0');
    expect(labels('Items by community')).toBe('Items by community: 东山社区 2, 苏村社区 1');
    expect(labels('Items by author')).toBe('Items by author: 王强 3, 李莉 1');
    expect(labels('Findings by severity')).toBe('Findings by severity: error 3, warning 2, info 1');
    // Ties keep the order first seen.
    expect(labels('Findings by rule')).toBe('Findings by rule: x-warn 2, x-file 2, x-end 1, x-un 1');
    expect([...between(report, '<figcaption>Findings by severity</figcaption>', '</figure>').matchAll(/class="bar ([a-z]+)"/g)].map((m) => m[1])).toEqual(['error', 'warning', 'info']);
    expect([...between(report, '<figcaption>Findings by rule</figcaption>', '</figure>').matchAll(/class="bar ([a-z]+)"/g)].map((m) => m[1])).toEqual(['error', 'error', 'info', 'error']);
    const community = between(renderReport([{ file: null, document: documentWith([makeItem({ community: null })]), findings: null }], { title: 'T' }), '<figcaption>Items by community', '</figure>');
    expect(community).toContain('aria-label="Items by community: (none) 1"');
  });

  it('offers the kinds present, the communities and the authors, most first, in its filter', () => {
    expect(between(page(), '<form', '</form>')).toBe(
      '<form id="filter" class="filter" role="search" aria-label="Filter items" hidden>' +
        '<label>Text<input type="search" name="q" autocomplete="off" placeholder="title, text, name…"></label>' +
        '<label>Kind<select name="kind"><option value="">any</option><option value="brief">brief</option><option value="feature">feature</option></select></label>' +
        '<label>Community<select name="community"><option value="">any</option><option value="东山社区">东山社区</option><option value="苏村社区">苏村社区</option></select></label>' +
        '<label>Author<select name="author"><option value="">any</option><option value="王强">王强</option><option value="李莉">李莉</option></select></label>' +
        '<output id="filter-status" aria-live="polite">3 items</output></form>',
    );
  });

  it('lists each finding once, under the item or unassigned run where it starts, else under the file, and sets out the file in page order', () => {
    const main = between(page(), '<main>', '</main>');
    const pieces = [...main.matchAll(/<(section class="file" id="f\d"|p class="meta-line"|article class="item" id="f\d-i\d"|div class="unassigned")/g)].map((m) => m[1]);
    expect(pieces).toEqual([
      'section class="file" id="f1"',
      'p class="meta-line"',
      'article class="item" id="f1-i1"',
      'div class="unassigned"',
      'article class="item" id="f1-i2"',
      'article class="item" id="f1-i3"',
      'section class="file" id="f2"',
      'section class="file" id="f3"',
    ]);
    expect(main).toContain(
      '<section class="file" id="f1" data-file="a.txt" aria-labelledby="f1-name"><h2 id="f1-name">a.txt</h2>' +
        '<p class="page-meta">3 items · section 第一版 · utf-8 (valid-utf8) · 5 findings</p>' +
        '<div class="file-findings"><h3>About the file</h3><ul class="findings" aria-label="Findings about a.txt">' +
        '<li class="finding-group warning"><span class="severity">warning</span> <span class="message">x-file here</span> <span class="rule">x-file</span> ' +
        '<span class="places"><span class="finding" id="f1-d4" data-rule="x-file" data-severity="warning">2:3</span></span></li></ul></div></section>',
    );
    expect(main).toContain('<p class="meta-line" data-meta="page"><span class="muted">page:</span> <span lang="zh-CN">第2版</span></p>');
    expect(main).toContain(
      '<div class="unassigned" role="note" aria-label="Unassigned text, lines 4–5"><p class="flagged">Not placed in any item (lines 4–5)</p>' +
        '<p class="text" lang="zh-CN">无归属</p><ul class="findings" aria-label="Findings in the unassigned text at line 4">' +
        '<li class="finding-group error"><span class="severity">error</span> <span class="message">x-un here</span> <span class="rule">x-un</span> ' +
        '<span class="places"><span class="finding" id="f1-d3" data-rule="x-un" data-severity="error">2:3</span></span></li></ul></div>',
    );
    const ids = (id: string) => [...between(main, `id="${id}"`, '</article>').matchAll(/<span class="finding" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids('f1-i1')).toEqual(['f1-d1', 'f1-d2']);
    expect(ids('f1-i2')).toEqual(['f1-d5']);
    expect(between(main, 'id="f1-i3"', '</article>')).toContain('<p class="findings muted">No findings.</p>');
    expect(main).toContain(
      '<section class="file" id="f2" data-file="b.txt" aria-labelledby="f2-name"><h2 id="f2-name">b.txt</h2>' +
        '<p class="input-error" role="alert">Cannot read b.txt</p><div class="file-findings"><ul class="findings" aria-label="Findings about b.txt">' +
        '<li class="finding-group error"><span class="severity">error</span> <span class="message">x-file here</span> <span class="rule">x-file</span> ' +
        '<span class="places"><span class="finding" id="f2-d1" data-rule="x-file" data-severity="error">2:3</span></span></li></ul></div></section>',
    );
    expect(main).toContain(
      '<section class="file" id="f3" data-file="&lt;stdin&gt;" aria-labelledby="f3-name"><h2 id="f3-name">&lt;stdin&gt;</h2><p class="page-meta">0 items · utf-8 (valid-utf8) · 0 findings</p></section>',
    );
    // A file that could not be read, with no findings, is its name alone; its rule links go to the default place.
    const unread = renderReport([{ file: 'c.txt', document: null, findings: null }], { title: 'T' });
    expect(between(unread, '<main>', '</main>')).toBe('<main><noscript class="pieces"><section class="file" id="f1" data-file="c.txt" aria-labelledby="f1-name"><h2 id="f1-name">c.txt</h2></section></noscript></main>');
    expect(page()).toContain('<a class="rule" href="docs/rules/x-warn.md">x-warn</a>');
  });

  it('finds the item of a finding among many, by its start', () => {
    const items = Array.from({ length: 40 }, (_, i) => makeItem({ index: i + 1, span: place(10 * i, 10 * i + 10, i + 1) }));
    const findings = [3, 17, 22, 39, 0].map((i) => finding(`r${i}`, 'info', 10 * i + 5, 10 * i + 6));
    const report = renderReport([{ file: 'a.txt', document: documentWith(items, 'a.txt'), findings }], { title: 'T' });
    for (const i of [3, 17, 22, 39, 0]) expect(between(report, `id="f1-i${i + 1}"`, '</article>')).toContain(`data-rule="r${i}"`);
    expect(report).not.toContain('About the file');
  });

  it('puts 32 pieces in each store: the file heading and 31 items, then the rest', () => {
    const items = Array.from({ length: 40 }, (_, i) => makeItem({ index: i + 1, span: place(10 * i, 10 * i + 10, i + 1) }));
    const report = renderReport([{ file: 'a.txt', document: documentWith(items, 'a.txt'), findings: null }], { title: 'T' });
    const stores = [...report.matchAll(/<noscript class="pieces">([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!);
    expect(stores.map((store) => (store.match(/<article /g) ?? []).length)).toEqual([31, 9]);
    expect(stores[1]!.startsWith('<article class="item" id="f1-i32"')).toBe(true);
  });
});

describe('mapping and marking, at their edges', () => {
  const span = (from: number, to: number): Position => ({ start: { line: 1, column: from + 1, offset: from }, end: { line: 1, column: to + 1, offset: to } });
  const mapped = (mapping: ReturnType<typeof mapText>) => mapping && { offsets: [...mapping.offsets], joins: mapping.joins };

  it('with the page at hand: a join only where a line break was dropped; null when the text is not there', () => {
    // A dropped space is no join, even with a line break elsewhere on the page.
    expect(mapped(mapText('甲乙', span(0, 3), '甲 乙\n丙', []))).toEqual({ offsets: [0, 2, 3], joins: [] });
    expect(mapped(mapText('甲乙', span(0, 4), '甲\r\n乙', []))).toEqual({ offsets: [0, 3, 4], joins: [1] });
    expect(mapText('甲丁', span(0, 3), '甲乙丙', [])).toBeNull();
    expect(mapText('甲乙丙', span(0, 2), '甲乙丙', [])).toBeNull();
    expect(mapped(mapText('', span(5, 5), '甲乙丙丁戊', []))).toEqual({ offsets: [5], joins: [] });
  });

  it('without it: the removed ranges inside the span, in order; null when they do not add up', () => {
    // Given out of order; [0, 1] starts at the span's start.
    expect(mapped(mapText('乙丁', span(0, 4), null, [[2, 3], [0, 1]]))).toEqual({ offsets: [1, 3, 4], joins: [0, 1] });
    expect(mapped(mapText('甲丙', span(0, 3), null, [[1, 2]]))).toEqual({ offsets: [0, 2, 3], joins: [1] });
    expect(mapped(mapText('乙', span(0, 2), null, [[0, 1]]))).toEqual({ offsets: [1, 2], joins: [0] });
    // A range that starts inside the span but ends past it is not the span's.
    expect(mapped(mapText('甲乙', span(0, 2), null, [[1, 3]]))).toEqual({ offsets: [0, 1, 2], joins: [] });
    expect(mapText('甲乙', span(0, 3), null, [])).toBeNull();
    // A range that ends at the span's end is the span's: here it leaves the text one character short.
    expect(mapText('甲乙', span(0, 2), null, [[1, 2]])).toBeNull();
    expect(mapped(mapText('', span(5, 5), null, []))).toEqual({ offsets: [5], joins: [] });
  });

  it('without a mapping, the lead in bold and the rest escaped', () => {
    expect(renderMarked('本报讯 <b>', null, [], { lead: 3 })).toBe('<strong class="lead">本报讯</strong> &lt;b&gt;');
    expect(renderMarked('本报讯', null, [], { lead: 9 })).toBe('<strong class="lead">本报讯</strong>');
    expect(renderMarked('本报讯 <b>', null, [])).toBe('本报讯 &lt;b&gt;');
  });

  it('draws a point at either end of the text and a range that overlaps it; not one that only touches it from outside', () => {
    const mapping = mapText('abc', span(10, 13), 'x'.repeat(10) + 'abc', []);
    const f = (id: string, start: number, end: number, severity: Severity = 'warning'): Finding => ({ id, ruleId: id, severity, message: id, start, end });
    const findings = [f('p9', 9, 9), f('p10', 10, 10), f('p13', 13, 13), f('p14', 14, 14), f('r8', 8, 10), f('r13', 13, 15), f('r9', 9, 11), f('r12', 12, 20)];
    expect(renderMarked('abc', mapping, findings)).toBe(
      '<mark class="flag warning point" title="p10 (warning): p10"></mark><mark class="flag warning" title="r9 (warning): r9">a</mark>b' +
        '<mark class="flag warning" title="r12 (warning): r12">c</mark><mark class="flag warning point" title="p13 (warning): p13"></mark>',
    );
  });

  it('colours a mark by its most severe finding, whatever their order', () => {
    const mapping = mapText('abc', span(0, 3), 'abc', []);
    const f = (severity: Severity): Finding => ({ id: severity, ruleId: severity, severity, message: 'm', start: 1, end: 2 });
    for (const order of [[f('warning'), f('error'), f('info')], [f('error'), f('info'), f('warning')], [f('info'), f('warning')]]) {
      const expected = order.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
      expect(renderMarked('abc', mapping, order)).toContain(`b<mark class="flag ${expected}" title=`.slice(1));
    }
  });
});

describe('the report, more', () => {
  const place = (from: number, to: number): Position => ({ start: { line: 1, column: 1, offset: from }, end: { line: 2, column: 1, offset: to } });
  const finding = (ruleId: string, severity: Diagnostic['severity'], from: number, to: number, url?: string): Diagnostic => ({
    ruleId,
    severity,
    message: ruleId,
    place: { start: { line: 1, column: 1, offset: from }, end: { line: 1, column: 2, offset: to } },
    ...(url !== undefined && { url }),
  });
  const listedUnder = (report: string, id: string, end: string) => [...report.slice(report.indexOf(`id="${id}"`), report.indexOf(end, report.indexOf(`id="${id}"`))).matchAll(/data-rule="([^"]+)"/g)].map((m) => m[1]);

  it('is one page: doctype, head, keys, body, the script last and a final newline', () => {
    const report = renderReport([{ file: 'a.txt', document: documentWith([makeItem()]), findings: null }], { title: 'T' });
    expect(report.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="')).toBe(true);
    expect(report).toContain('\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="bulletin">\n<title>T</title>\n<style>');
    expect(report).toContain('</style>\n</head>\n<body>\n<header><h1>T</h1>');
    expect(report).toContain(
      '</p>\n<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous item, <kbd>n</kbd>/<kbd>p</kbd> next/previous finding, <kbd>/</kbd> filter.</p></header>\n<section class="summary" aria-label="Summary"><figure class="chart">',
    );
    expect(report).toContain('</figure><figure class="chart"><figcaption>Items by community');
    expect(report.endsWith('</script>\n</body>\n</html>\n')).toBe(true);
  });

  it('lists a finding at an item\'s first character under it, one at its end under the file unless empty, an empty one past every item under the file', () => {
    const document = { ...documentWith([makeItem({ index: 1, span: place(10, 20) })], 'a.txt'), unassigned: [{ text: '无归属', span: place(30, 40) }] };
    const findings = [finding('at-start', 'info', 10, 11), finding('at-end', 'info', 20, 21), finding('empty-at-end', 'info', 20, 20), finding('empty-past', 'info', 50, 50), finding('in-run', 'info', 31, 32, 'docs/rules/in-run.md')];
    const report = renderReport([{ file: 'a.txt', document, findings }], { title: 'T' });
    expect(listedUnder(report, 'f1-i1', '</article>')).toEqual(['at-start', 'empty-at-end']);
    expect(listedUnder(report, 'f1', '</section>')).toEqual(['at-end', 'empty-past']);
    expect(report).toContain('<a class="rule" href="docs/rules/in-run.md">in-run</a>');
    // An unassigned run without findings lists none, even in a checked report.
    const quiet = renderReport([{ file: 'a.txt', document: { ...document, unassigned: [{ text: '无归属', span: place(30, 40) }] }, findings: [] }], { title: 'T' });
    expect(quiet).toContain('<p class="text" lang="zh-CN">无归属</p></div>');
  });

  it('a report with one checked file among unchecked ones is a check: findings charted and totalled', () => {
    const report = renderReport(
      [
        { file: 'a.txt', document: documentWith([makeItem({ community: null })]), findings: null },
        { file: 'b.txt', document: documentWith([makeItem()]), findings: [finding('r', 'error', 0, 1), finding('r', 'warning', 0, 1)] },
      ],
      { title: 'T' },
    );
    expect(report).toContain('<p class="page-meta">2 files · 2 items · 0 truncated · 0 unassigned runs · 2 findings (1 error, 1 warning, 0 infos)</p>');
    // The rule's bar in its worst colour, though the warning came last.
    expect(report).toContain('aria-label="Findings by rule: r 2"><g class="row"><text x="0" y="15" class="label">r</text><rect x="118" y="4" width="160" height="14" rx="2" class="bar error"/>');
    expect(report).toContain('<label>Community<select name="community"><option value="">any</option><option value="苏村社区">苏村社区</option></select></label>');
  });

  it('draws column-break joins from the document alone as from its text', () => {
    const document = sampleDocument();
    const withText = renderReport([{ file: 'a.txt', document, text: SAMPLE_TEXT, findings: [] }], { title: 'T' });
    const without = renderReport([{ file: 'a.txt', document, text: null, findings: [] }], { title: 'T' });
    expect(without.match(/class="join"/g)?.length ?? 0).toBeGreaterThan(0);
    expect(without).toBe(withText);
  });

  it('takes only column-break findings of the parser as removed text', () => {
    const item = makeItem({ lead: null, blocks: [{ type: 'paragraph', text: 'abc', span: place(0, 3) }], span: place(0, 3) });
    const document = { ...documentWith([item], 'a.txt'), diagnostics: [{ ...finding('unassigned-text', 'warning', 1, 2) }] };
    const report = renderReport([{ file: 'a.txt', document, text: null, findings: [finding('r', 'error', 1, 2)] }], { title: 'T' });
    expect(report).toContain('<p>a<mark class="flag error" title="r (error): r">b</mark>c</p>');
  });

  it('fills a store with 32 pieces exactly, one after another', () => {
    const items = Array.from({ length: 31 }, (_, i) => makeItem({ index: i + 1, span: place(10 * i, 10 * i + 10) }));
    const report = renderReport([{ file: 'a.txt', document: documentWith(items, 'a.txt'), findings: null }], { title: 'T' });
    expect(report.match(/<noscript class="pieces">/g)).toHaveLength(1);
    expect(report).toContain('</section><article class="item" id="f1-i1"');
    expect(report).toContain('</article><article class="item" id="f1-i2"');
  });
});
