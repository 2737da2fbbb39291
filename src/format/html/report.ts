// The whole page: a summary of the run (counts and bar charts), a filter
// box, then for each input file its items as cards in the order printed, with
// text the parser could not place and page lines in their places, and the
// findings about the file that belong to no item. One self-contained file:
// inline CSS, SVG and script, a Content-Security-Policy that allows those
// two by their hashes and nothing else (no network, no other script).

import { createHash } from 'node:crypto';
import type { BulletinDocument } from '../../document.js';
import type { Diagnostic, Item, ItemKind, Severity } from '../../model.js';
import { barChart, type Bar } from './charts.js';
import { attr, text } from './escape.js';
import { findingList, itemCard, markedSegment, type CardContext, type ListedFinding } from './item-card.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';

/** One input file of the run. */
export interface ReportFile {
  file: string | null;
  /** null: the file could not be read (`inputError` says why). */
  document: BulletinDocument | null;
  /** The decoded text, when the caller kept it: findings are drawn exactly where they point. */
  text?: string | null;
  /** The check findings about the file; null when no check ran (export). */
  findings: readonly Diagnostic[] | null;
  inputError?: string | null;
}

export interface ReportOptions {
  /** The page's title. */
  title: string;
  /** Where the rule pages are (`<rule-id>.md` is added), ending in `/`; default `docs/rules/`. */
  rulesUrl?: string;
  /** bulletin's version, for the generator line. */
  version?: string;
}

/**
 * Pieces of the page (cards, unassigned runs, page lines) per store. A large
 * report (thousands of items) parsed at once keeps the browser busy for half
 * a second and more; inside <noscript> a store is one run of raw text to a
 * browser that runs scripts, and the script makes one store at a time into a
 * chunk of cards, so that no task is long. Input text is escaped, so
 * `</noscript>` cannot occur in it. Without a script, the browser reads the
 * stores as ordinary markup. The parser reads one element's raw text without
 * a pause, so a store of every piece would be one long task; stores of a few
 * dozen let it pause between them.
 */
const PIECES_PER_STORE = 32;

function stores(pieces: readonly string[]): string {
  let out = '';
  for (let at = 0; at < pieces.length; at += PIECES_PER_STORE) {
    out += `<noscript class="pieces">${pieces.slice(at, at + PIECES_PER_STORE).join('')}</noscript>`;
  }
  return out;
}

const KINDS: readonly ItemKind[] = ['brief', 'feature', 'photo', 'other'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function sha256(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('base64');
}

/** Names counted, most first, ties in the order first seen. */
function ranked(names: Iterable<string>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

interface Placed {
  /** Findings listed under each item, by item index. */
  byItem: Map<number, ListedFinding[]>;
  /** …under each unassigned run, by its index. */
  byUnassigned: Map<number, ListedFinding[]>;
  /** …about the file as a whole. */
  rest: ListedFinding[];
}

/** Each finding goes to the item (or unassigned run) where it starts, else to the file: listed exactly once. */
function placeFindings(findings: readonly Diagnostic[], document: BulletinDocument | null, idPrefix: string): Placed {
  const placed: Placed = { byItem: new Map(), byUnassigned: new Map(), rest: [] };
  const within = (offset: number, empty: boolean, span: { start: { offset: number }; end: { offset: number } }) =>
    span.start.offset <= offset && (offset < span.end.offset || (empty && offset === span.end.offset));
  findings.forEach((d, index) => {
    const finding: ListedFinding = {
      id: `${idPrefix}-d${index + 1}`,
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      start: d.place.start.offset,
      end: d.place.end.offset,
      line: d.place.start.line,
      column: d.place.start.column,
      ...(d.url !== undefined && { url: d.url }),
    };
    const empty = finding.start === finding.end;
    const item = document && findSpan(document.items, finding.start, empty, within);
    if (item) return push(placed.byItem, item.index, finding);
    const run = document ? document.unassigned.findIndex((block) => within(finding.start, empty, block.span)) : -1;
    if (run !== -1) return push(placed.byUnassigned, run, finding);
    placed.rest.push(finding);
  });
  return placed;
}

/** The item whose span holds the offset: items are in document order, so a binary search finds it. */
function findSpan(items: readonly Item[], offset: number, empty: boolean, within: (offset: number, empty: boolean, span: Item['span']) => boolean): Item | null {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle]!;
    if (within(offset, empty, item.span)) return item;
    if (item.span.start.offset > offset) high = middle - 1;
    else low = middle + 1;
  }
  return null;
}

function push<K>(map: Map<K, ListedFinding[]>, key: K, finding: ListedFinding): void {
  const list = map.get(key);
  if (list) list.push(finding);
  else map.set(key, [finding]);
}

/**
 * One file as self-contained pieces of markup, in the order of the page: its
 * heading (name, encoding, findings about the file), then its items,
 * unassigned runs and page lines. Flat, so that they can be cut into stores
 * (see PIECES_PER_STORE).
 */
function fileSection(entry: ReportFile, number: number, options: Required<Pick<ReportOptions, 'rulesUrl'>>): string[] {
  const name = entry.file ?? '<stdin>';
  const idPrefix = `f${number}`;
  const head = [`<section class="file" id="${idPrefix}" data-file="${attr(name)}" aria-labelledby="${idPrefix}-name">`, `<h2 id="${idPrefix}-name">${text(name)}</h2>`];
  if (entry.inputError) head.push(`<p class="input-error" role="alert">${text(entry.inputError)}</p>`);
  const { document } = entry;
  const checked = entry.findings !== null;
  const findings = entry.findings ?? [];
  const context: CardContext = {
    source: entry.text ?? null,
    removed: (document?.diagnostics ?? []).filter((d) => d.ruleId === 'column-break').map((d) => [d.place.start.offset, d.place.end.offset] as const),
    checked,
    rulesUrl: options.rulesUrl,
    idPrefix,
  };
  const placed = placeFindings(findings, document, idPrefix);
  if (document === null) {
    // Results without their text (the whole-report function), or a file that could not be read: the findings as a list.
    if (placed.rest.length > 0) head.push(`<div class="file-findings">${findingList(placed.rest, context, `Findings about ${name}`)}</div>`);
    return [`${head.join('')}</section>`];
  }
  const described = [
    plural(document.items.length, 'item'),
    document.section ? `section ${document.section}` : null,
    `${document.encoding} (${document.detectedBy})`,
    checked ? plural(findings.length, 'finding') : null,
  ].filter((part) => part !== null);
  head.push(`<p class="page-meta">${text(described.join(' · '))}</p>`);
  if (placed.rest.length > 0) {
    head.push(`<div class="file-findings"><h3>About the file</h3>${findingList(placed.rest, context, `Findings about ${name}`)}</div>`);
  }
  // Items, unassigned runs and page lines, in the order of the page.
  const pieces: Array<{ at: number; html: () => string }> = [];
  for (const item of document.items) pieces.push({ at: item.span.start.offset, html: () => itemCard(item, placed.byItem.get(item.index) ?? [], context) });
  document.unassigned.forEach((block, run) => {
    const listed = placed.byUnassigned.get(run) ?? [];
    const { start, end } = block.span;
    pieces.push({
      at: start.offset,
      html: () =>
        `<div class="unassigned" role="note" aria-label="Unassigned text, lines ${start.line}–${end.line}">` +
        `<p class="flagged">Not placed in any item (lines ${start.line}–${end.line})</p>` +
        `<p class="text" lang="zh-CN">${markedSegment(block.text, block.span, listed, context)}</p>` +
        `${findingList(listed, { ...context, checked: false }, `Findings in the unassigned text at line ${start.line}`)}</div>`,
    });
  });
  for (const line of document.meta) {
    pieces.push({ at: line.span.start.offset, html: () => `<p class="meta-line" data-meta="${line.kind}"><span class="muted">${line.kind}:</span> <span lang="zh-CN">${text(line.text)}</span></p>` });
  }
  pieces.sort((a, b) => a.at - b.at);
  return [`${head.join('')}</section>`, ...pieces.map((piece) => piece.html())];
}

function summary(files: readonly ReportFile[]): { charts: string; totals: string; items: Item[] } {
  const documents = files.map((file) => file.document).filter((document) => document !== null);
  const items = documents.flatMap((document) => document.items);
  const checked = files.some((file) => file.findings !== null);
  const findings = files.flatMap((file) => file.findings ?? []);
  const charts = [
    barChart('Items by kind', KINDS.map((kind) => ({ label: kind, value: items.filter((item) => item.kind === kind).length }))),
    barChart('Items by community', ranked(items.map((item) => item.community ?? '(none)')).map(([label, value]) => ({ label, value }))),
    barChart('Items by author', ranked(items.flatMap((item) => [...new Set(item.authors)])).map(([label, value]) => ({ label, value }))),
  ];
  if (checked) {
    charts.push(barChart('Findings by severity', SEVERITIES.map((severity) => ({ label: severity, value: findings.filter((d) => d.severity === severity).length, tone: severity }))));
    const worstOf = new Map<string, Severity>();
    for (const d of findings) {
      const known = worstOf.get(d.ruleId);
      if (known === undefined || SEVERITIES.indexOf(d.severity) < SEVERITIES.indexOf(known)) worstOf.set(d.ruleId, d.severity);
    }
    const rules: Bar[] = ranked(findings.map((d) => d.ruleId)).map(([label, value]) => ({ label, value, tone: worstOf.get(label)! }));
    charts.push(barChart('Findings by rule', rules));
  }
  const inputErrors = files.filter((file) => file.inputError).length;
  const totals = [
    plural(files.length, 'file'),
    plural(items.length, 'item'),
    `${items.filter((item) => item.truncated).length} truncated`,
    plural(documents.reduce((sum, document) => sum + document.unassigned.length, 0), 'unassigned run'),
    ...(checked ? [`${plural(findings.length, 'finding')} (${SEVERITIES.map((severity) => plural(findings.filter((d) => d.severity === severity).length, severity)).join(', ')})`] : []),
    ...(inputErrors > 0 ? [plural(inputErrors, 'input error')] : []),
  ];
  return { charts: charts.join(''), totals: totals.join(' · '), items };
}

function options(values: Iterable<string>): string {
  return [...values].map((value) => `<option value="${attr(value)}">${text(value)}</option>`).join('');
}

function filterForm(items: readonly Item[]): string {
  const kinds = KINDS.filter((kind) => items.some((item) => item.kind === kind));
  const communities = ranked(items.flatMap((item) => (item.community ? [item.community] : []))).map(([name]) => name);
  const authors = ranked(items.flatMap((item) => [...new Set(item.authors)])).map(([name]) => name);
  return (
    `<form id="filter" class="filter" role="search" aria-label="Filter items" hidden>` +
    `<label>Text<input type="search" name="q" autocomplete="off" placeholder="title, text, name…"></label>` +
    `<label>Kind<select name="kind"><option value="">any</option>${options(kinds)}</select></label>` +
    `<label>Community<select name="community"><option value="">any</option>${options(communities)}</select></label>` +
    `<label>Author<select name="author"><option value="">any</option>${options(authors)}</select></label>` +
    `<output id="filter-status" aria-live="polite">${plural(items.length, 'item')}</output></form>`
  );
}

/** The report as one HTML document. */
export function renderReport(files: readonly ReportFile[], reportOptions: ReportOptions): string {
  const rulesUrl = reportOptions.rulesUrl ?? 'docs/rules/';
  const { charts, totals, items } = summary(files);
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${sha256(STYLES)}'`,
    `script-src 'sha256-${sha256(SCRIPT)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const generator = `bulletin${reportOptions.version ? ` ${reportOptions.version}` : ''}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${attr(generator)}">`,
    `<title>${text(reportOptions.title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${text(reportOptions.title)}</h1><p class="page-meta">${text(totals)}</p>`,
    '<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous item, <kbd>n</kbd>/<kbd>p</kbd> next/previous finding, <kbd>/</kbd> filter.</p></header>',
    `<section class="summary" aria-label="Summary">${charts}</section>`,
    filterForm(items),
    // Read as it is without a script; with one, the pieces are raw text that the script adds a few at a time.
    `<main>${stores(files.flatMap((file, index) => fileSection(file, index + 1, { rulesUrl })))}</main>`,
    `<footer class="page-meta"><p>Made by ${text(generator)}.</p></footer>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
