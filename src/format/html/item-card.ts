// One item as a card: badges (kind, community, truncated), the head as
// printed (kicker, headline, subtitle), the facts an editor checks (lead,
// dateline, authors, credit, characters, lines), the text with its
// sub-headings, joins and findings drawn on it, and the findings listed.
//
//   <article class="item" id="f1-i2" data-kind="brief" data-community="苏村社区" data-truncated="true" …>

import type { Item, Position } from '../../model.js';
import { itemHeading } from '../markdown.js';
import { attr, text } from './escape.js';
import { mapText, renderMarked, type Finding, type Mapping } from './marks.js';

export interface CardContext {
  /** The decoded text the positions refer to, when the caller kept it; null: mapped through `removed`. */
  source: string | null;
  /** Ranges of the decoded text the parser removed when it joined a paragraph (its column-break diagnostics). */
  removed: ReadonlyArray<readonly [number, number]>;
  /** A check ran: findings are listed, and a card without any says so. */
  checked: boolean;
  /** Where the rule pages are, ending in `/`. */
  rulesUrl: string;
  /** Prefix of element ids for this file: `f1`. */
  idPrefix: string;
}

/** Text the parser built from `span`, with the findings on it. */
export function markedSegment(shown: string, span: Position, findings: readonly Finding[], context: CardContext, options: { lead?: number; joins?: boolean } = {}): string {
  const mapping = mapText(shown, span, context.source, context.removed);
  return renderMarked(shown, mapping, findings, options);
}

/** Lines of a head (kicker, headline, subtitle), each with the part of the mapping it covers. */
function headLines(shown: string, mapping: Mapping | null): Array<{ line: string; mapping: Mapping | null }> {
  const lines: Array<{ line: string; mapping: Mapping | null }> = [];
  let from = 0;
  for (const line of shown.split('\n')) {
    const to = from + line.length;
    lines.push({ line, mapping: mapping && { offsets: mapping.offsets.subarray(from, to + 1), joins: [] } });
    from = to + 1;
  }
  return lines;
}

function head(item: Item, findings: readonly Finding[], context: CardContext): string {
  const { header } = item;
  if (header === null || header.text.trim() === '') return `<h3 lang="zh-CN">${text(itemHeading(item))}</h3>`;
  const lines = headLines(header.text, mapText(header.text, header.span, context.source, context.removed));
  const titleLine = Math.max(0, item.title ? lines.findIndex(({ line }) => line.includes(item.title!)) : lines.length - 1);
  return lines
    .map(({ line, mapping }, index) => {
      const marked = renderMarked(line, mapping, findings);
      if (index === titleLine) return `<h3 lang="zh-CN">${marked}</h3>`;
      return `<p class="${index < titleLine ? 'kicker' : 'subtitle'}" lang="zh-CN">${marked}</p>`;
    })
    .join('');
}

function facts(item: Item): string {
  const rows: Array<[string, string]> = [];
  if (item.lead) rows.push(['lead', text(item.lead)]);
  if (item.dateline) rows.push(['dateline', text(item.dateline) + (item.date ? ` <span class="muted">(${text(item.date)})</span>` : '')]);
  rows.push(['authors', item.authors.length > 0 ? text(item.authors.join('、')) : '<span class="muted">none named</span>']);
  const roles = item.people.filter((person) => person.name === null && person.role !== null).map((person) => person.role!);
  if (roles.length > 0) rows.push(['roles', text([...new Set(roles)].join('、'))]);
  if (item.byline) rows.push(['byline', text(item.byline)]);
  if (item.credit) rows.push(['credit', text(item.credit.raw)]);
  rows.push(['characters', String(item.characters)]);
  const { start, end } = item.span;
  rows.push(['lines', start.line === end.line ? String(start.line) : `${start.line}–${end.line}`]);
  return `<dl class="facts">${rows.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('')}</dl>`;
}

function body(item: Item, findings: readonly Finding[], context: CardContext): string {
  const firstParagraph = item.blocks.find((block) => block.type === 'paragraph');
  const blocks = item.blocks.map((block) => {
    if (block.type === 'subheading') return `<h4>${markedSegment(block.text, block.span, findings, context)}</h4>`;
    const lead = block === firstParagraph && item.lead && block.text.startsWith(item.lead) ? item.lead.length : 0;
    return `<p>${markedSegment(block.text, block.span, findings, context, { lead, joins: true })}</p>`;
  });
  if (item.truncated) blocks.push('<p class="truncated-end" lang="en">（原文不完整） The text stops mid-sentence here: the rest is missing.</p>');
  const asides = item.asides.map((aside) => `<p class="aside ${aside.kind}">${markedSegment(aside.text, aside.span, findings, context)}</p>`);
  const credit = item.credit;
  // A 文/图 byline credits the pictures too: its line is drawn once, as the byline.
  if (credit && !item.asides.some((aside) => aside.span.start.offset === credit.span.start.offset)) {
    asides.push(`<p class="credit">${markedSegment(credit.raw, credit.span, findings, context)}</p>`);
  }
  return `<div class="body" lang="zh-CN">${blocks.join('')}${asides.join('')}</div>`;
}

/** A finding's link to its rule page: ours are `docs/rules/<id>.md`, kept relative to `rulesUrl`. */
export function ruleLink(finding: Finding, url: string | undefined, rulesUrl: string): string {
  const page = url?.startsWith('docs/rules/') ? rulesUrl + url.slice('docs/rules/'.length) : url && /^https?:\/\//.test(url) ? url : null;
  return page === null ? `<span class="rule">${text(finding.ruleId)}</span>` : `<a class="rule" href="${attr(page)}">${text(finding.ruleId)}</a>`;
}

export interface ListedFinding extends Finding {
  line: number;
  column: number;
  url?: string;
}

/**
 * The findings as a list, one entry per rule and message (a feature can have
 * thirty half-width commas), giving each finding's place: the places are the
 * finding elements (`.finding[data-rule][data-severity]`, one per finding),
 * which n/p move between.
 *
 *   <li class="finding-group warning">warning Unexpected half-width `,` … punctuation-width
 *     <span class="finding" id="f1-d3" data-rule="punctuation-width" data-severity="warning">7:25</span> …</li>
 */
export function findingList(findings: readonly ListedFinding[], context: CardContext, label: string): string {
  if (findings.length === 0) return context.checked ? `<p class="findings muted">No findings.</p>` : '';
  const groups = new Map<string, ListedFinding[]>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.ruleId}\u0000${f.message}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const entries = [...groups.values()].map((group) => {
    const f = group[0]!;
    const places = group.map(
      (g) => `<span class="finding" id="${attr(g.id)}" data-rule="${attr(g.ruleId)}" data-severity="${g.severity}">${g.line}:${g.column}</span>`,
    );
    return (
      `<li class="finding-group ${f.severity}"><span class="severity">${f.severity}</span> <span class="message">${text(f.message)}</span> ` +
      `${ruleLink(f, f.url, context.rulesUrl)} <span class="places">${places.join(' ')}</span></li>`
    );
  });
  return `<ul class="findings" aria-label="${attr(label)}">${entries.join('')}</ul>`;
}

export function itemCard(item: Item, findings: readonly ListedFinding[], context: CardContext): string {
  const badges = [`<span class="badge kind">${item.kind}</span>`];
  if (item.community) badges.push(`<span class="badge community" lang="zh-CN">${text(item.community)}</span>`);
  if (item.truncated) badges.push('<span class="badge truncated">truncated</span>');
  const counts = findings.length > 0 ? `<span class="badge findings-count">${findings.length} finding${findings.length === 1 ? '' : 's'}</span>` : '';
  return (
    `<article class="item" id="${context.idPrefix}-i${item.index}" tabindex="-1" data-index="${item.index}" data-kind="${item.kind}" ` +
    `data-community="${attr(item.community ?? '')}" data-truncated="${item.truncated}" data-authors="${attr(JSON.stringify(item.authors))}" ` +
    `aria-label="${attr(`Item ${item.index}: ${itemHeading(item)}`)}">` +
    `<div class="badges">${badges.join('')}${counts}</div>` +
    head(item, findings, context) +
    facts(item) +
    body(item, findings, context) +
    findingList(findings, context, `Findings in item ${item.index}`) +
    `</article>`
  );
}
