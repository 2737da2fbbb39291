// Findings drawn on the text they concern. A finding points into the decoded
// text (UTF-16 offsets); what the card shows is an item's text as built by the
// parser, where a paragraph cut by a column break is joined (its line breaks
// removed). `mapText` finds, for every character shown, its offset in the
// decoded text, and where line breaks were removed (the joins); `renderMarked`
// then cuts the text at every boundary of a finding, the lead and a join, and
// writes each piece once, so that overlapping findings never mis-nest tags.
//
//   shown:    本报讯 6月24日,苏村社区…城市记忆、工
//   marked:   <strong class="lead">本报讯</strong> 6月24日<mark …>,</mark>苏村社区…工<mark … truncated-body>…

import type { Position, Severity } from '../../model.js';
import { attr, text } from './escape.js';

/** A finding as the page draws it. */
export interface Finding {
  /** Its id in the page: the list entry under the card is `#${id}`. */
  id: string;
  ruleId: string;
  severity: Severity;
  message: string;
  /** Offsets in the decoded text, end exclusive. */
  start: number;
  end: number;
}

/** Where each shown character came from. */
export interface Mapping {
  /** `offsets[i]`: the offset in the decoded text of shown character i; one more entry for the end. */
  offsets: Int32Array;
  /** Shown indices before which the parser removed a line break (a column-break join). */
  joins: number[];
}

/**
 * The mapping of `shown` (text the parser built from `span`) onto the decoded
 * text. With the decoded text at hand, by walking both (the parser only drops
 * line breaks); without it, from the ranges the parser says it removed (its
 * column-break diagnostics). Null when they do not add up: the findings are
 * then listed, not drawn.
 */
export function mapText(shown: string, span: Position, source: string | null, removed: ReadonlyArray<readonly [number, number]>): Mapping | null {
  const offsets = new Int32Array(shown.length + 1);
  const joins: number[] = [];
  let at = span.start.offset;
  if (source !== null) {
    for (let i = 0; i < shown.length; i++) {
      const skipped = at;
      while (at < span.end.offset && source.charCodeAt(at) !== shown.charCodeAt(i)) at++;
      if (at >= span.end.offset) return null;
      if (at > skipped && /[\r\n]/.test(source.slice(skipped, at))) joins.push(i);
      offsets[i] = at++;
    }
  } else {
    let next = 0;
    const ranges = removed.filter(([start, end]) => start >= span.start.offset && end <= span.end.offset).sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < shown.length; i++) {
      while (next < ranges.length && ranges[next]![0] <= at) {
        at = Math.max(at, ranges[next]![1]);
        joins.push(i);
        next++;
      }
      offsets[i] = at++;
    }
    if (at !== span.end.offset) return null;
  }
  offsets[shown.length] = shown.length === 0 ? span.start.offset : offsets[shown.length - 1]! + 1;
  return { offsets, joins };
}

/** The first shown index whose offset is at least `offset`. */
function indexAt(offsets: Int32Array, offset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most severe first. */
export function worst(findings: readonly Finding[]): Finding {
  return findings.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
}

function flagTitle(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.ruleId} (${f.severity}): ${f.message}`).join('\n');
}

/** An underline in the colour of the most severe finding, the findings' messages and rules on hover. */
function flag(findings: readonly Finding[], content: string, point: boolean): string {
  return `<mark class="flag ${worst(findings).severity}${point ? ' point' : ''}" title="${attr(flagTitle(findings))}">${content}</mark>`;
}

const JOIN = '<span class="join" role="img" aria-label="column break joined here" title="Column break: the paragraph was joined across it here">⤶</span>';

export interface MarkOptions {
  /** Shown characters at the start to set in bold: the news lead (本报讯). */
  lead?: number;
  /** Draw the joins (paragraphs only). */
  joins?: boolean;
}

/** `shown` as HTML, with its findings underlined and its joins marked; plain escaped text without a mapping. */
export function renderMarked(shown: string, mapping: Mapping | null, findings: readonly Finding[], options: MarkOptions = {}): string {
  const lead = Math.min(options.lead ?? 0, shown.length);
  if (mapping === null) {
    return lead > 0 ? `<strong class="lead">${text(shown.slice(0, lead))}</strong>${text(shown.slice(lead))}` : text(shown);
  }
  const { offsets } = mapping;
  const first = offsets[0]!;
  const last = offsets[shown.length]!;
  const ranges = findings
    .filter((f) => (f.start === f.end ? f.start >= first && f.start <= last : f.end > first && f.start < last))
    .map((f) => ({ finding: f, from: indexAt(offsets, f.start), to: indexAt(offsets, f.end) }));
  const joins = options.joins ? mapping.joins : [];
  const cuts = new Set<number>([0, shown.length, lead, ...joins]);
  for (const { from, to } of ranges) cuts.add(from).add(to);
  const points = [...cuts].filter((cut) => cut >= 0 && cut <= shown.length).sort((a, b) => a - b);
  const joinSet = new Set(joins);
  let out = '';
  for (let p = 0; p < points.length; p++) {
    const from = points[p]!;
    if (joinSet.has(from)) out += JOIN;
    const empty = ranges.filter((r) => r.from === from && r.to === from).map((r) => r.finding);
    if (empty.length > 0) out += flag(empty, '', true);
    const to = points[p + 1];
    if (to === undefined || to === from) continue;
    let piece = text(shown.slice(from, to));
    const covering = ranges.filter((r) => r.from <= from && r.to >= to && r.from < r.to).map((r) => r.finding);
    if (covering.length > 0) piece = flag(covering, piece, false);
    if (from < lead) piece = `<strong class="lead">${piece}</strong>`;
    out += piece;
  }
  return out;
}
