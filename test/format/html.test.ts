// The HTML page as text: escaping, the Content-Security-Policy's hashes, and
// findings drawn where they point. The browser tests (test/browser/) look at
// the same page rendered.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attr, text } from '../../src/format/html/escape.js';
import { html } from '../../src/format/html/index.js';
import { mapText, renderMarked } from '../../src/format/html/marks.js';
import { renderReport } from '../../src/format/html/report.js';
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
