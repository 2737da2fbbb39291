// A block of lines → the cheapest sequence of labels under the grammar, by
// dynamic programming (Viterbi) over the lines; each chosen label gets the
// reasons that chose it, for `bulletin explain`.

import { LABELS, emission, ending, transition, type Label, type LineContext } from './grammar.js';

export interface Labelled {
  label: Label;
  /** Empty unless the caller asked for reasons. */
  reasons: readonly string[];
}

const NO_REASONS: readonly string[] = [];

const ALL_LABELS = LABELS.map((_, k) => k);
/** Past this length a line is a paragraph, furniture (an archive field, a column intro) or unassigned text: no label of short lines fits it. */
const LONG_LINE = 80;
const LONG_LINE_LABELS = (['furniture', 'meta', 'unassigned', 'body-new', 'body'] as const).map((label) => LABELS.indexOf(label));

/**
 * Labels `lines`, the block after a line labelled `before` (null at the page's
 * start), with the reasons for each label when `explain`. Every line gets a label: `unassigned` fits any line, so a path always exists.
 */
export function labelBlock(
  lines: readonly LineContext[],
  before: { label: Label; facts: LineContext['facts'] } | null,
  explain = false,
): Labelled[] {
  const n = lines.length;
  if (n === 0) return [];
  const width = LABELS.length;
  const total = new Float64Array(n * width).fill(Infinity);
  const back = new Int16Array(n * width).fill(-1);
  // The labels a line can take at all: most lines of text fit only a few, and only those pairs are tried.
  let reachable: number[] = [];
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const next: number[] = [];
    for (const k of line.text.length > LONG_LINE ? LONG_LINE_LABELS : ALL_LABELS) {
      const label = LABELS[k]!;
      const own = emission(line, label);
      if (own === Infinity) continue;
      let best = Infinity;
      let from = -1;
      if (i === 0) {
        best = transition(before?.label ?? null, before?.facts ?? null, label, line);
      } else {
        const previousFacts = lines[i - 1]!.facts;
        for (const j of reachable) {
          const value = total[(i - 1) * width + j]! + transition(LABELS[j]!, previousFacts, label, line);
          if (value < best) {
            best = value;
            from = j;
          }
        }
      }
      if (best === Infinity) continue;
      total[i * width + k] = own + best;
      back[i * width + k] = from;
      next.push(k);
    }
    reachable = next;
  }
  let best = Infinity;
  let at = -1;
  for (const k of reachable) {
    const value = total[(n - 1) * width + k]! + ending(LABELS[k]!);
    if (value < best) {
      best = value;
      at = k;
    }
  }
  const chosen = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    chosen[i] = at;
    at = back[i * width + at]!;
  }
  return chosen.map((k, i) => {
    const label = LABELS[k]!;
    if (!explain) return { label, reasons: NO_REASONS };
    const line = lines[i]!;
    const previous = i === 0 ? (before?.label ?? null) : LABELS[chosen[i - 1]!]!;
    const previousFacts = i === 0 ? (before?.facts ?? null) : lines[i - 1]!.facts;
    const reasons: string[] = [];
    emission(line, label, reasons);
    transition(previous, previousFacts, label, line, reasons);
    return { label, reasons };
  });
}
