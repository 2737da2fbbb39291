// A block of lines → the cheapest sequence of labels under the grammar, by
// dynamic programming (Viterbi) over the lines; each label keeps the reasons
// that chose it, for `bulletin explain`.

import { LABELS, emission, ending, transition, type Label, type LineContext } from './grammar.js';

export interface Labelled {
  label: Label;
  reasons: string[];
}

/**
 * Labels `lines`, the block after a line labelled `before` (null at the page's
 * start). Every line gets a label: `unassigned` fits any line, so a path always exists.
 */
export function labelBlock(lines: readonly LineContext[], before: { label: Label; facts: LineContext['facts'] } | null): Labelled[] {
  const n = lines.length;
  if (n === 0) return [];
  const width = LABELS.length;
  const total = new Float64Array(n * width).fill(Infinity);
  const back = new Int16Array(n * width).fill(-1);
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    for (let k = 0; k < width; k++) {
      const label = LABELS[k]!;
      const own = emission(line, label).cost;
      if (own === Infinity) continue;
      if (i === 0) {
        const step = transition(before?.label ?? null, before?.facts ?? null, label, line).cost;
        total[k] = own + step;
        continue;
      }
      let best = Infinity;
      let from = -1;
      const previousFacts = lines[i - 1]!.facts;
      for (let j = 0; j < width; j++) {
        const reached = total[(i - 1) * width + j]!;
        if (reached === Infinity) continue;
        const value = reached + transition(LABELS[j]!, previousFacts, label, line).cost;
        if (value < best) {
          best = value;
          from = j;
        }
      }
      total[i * width + k] = own + best;
      back[i * width + k] = from;
    }
  }
  let best = Infinity;
  let at = -1;
  for (let k = 0; k < width; k++) {
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
    const line = lines[i]!;
    const previous = i === 0 ? (before?.label ?? null) : LABELS[chosen[i - 1]!]!;
    const previousFacts = i === 0 ? (before?.facts ?? null) : lines[i - 1]!.facts;
    const reasons = [...emission(line, label).reasons, ...transition(previous, previousFacts, label, line).reasons];
    return { label, reasons };
  });
}
