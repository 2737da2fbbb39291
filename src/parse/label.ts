// A block of lines → the cheapest sequence of labels under the grammar, by
// dynamic programming (Viterbi) over the lines; each chosen label gets the
// reasons that chose it, for `bulletin explain`.

import { IMPOSSIBLE, LABELS, LOWEST_TRANSITION, allowedTransition, emission, ending, labelsRuledOut, mayFollow, transition, type Label, type LineContext, type LinePrices } from './grammar.js';

export interface LabelledBlock {
  labels: Label[];
  /** Per line, the reasons for its label; null unless the caller asked for them. */
  reasons: string[][] | null;
}

const WIDTH = LABELS.length;
const ALL_LABELS = LABELS.map((_, k) => k);
/**
 * Past this length a line is a paragraph, furniture (an archive field, a column intro) or unassigned text: no label of short
 * lines fits it, unless its facts found a byline (`文/记者 X 来源:江城网 https://…`, long by the copy's fields after it).
 */
const LONG_LINE = 80;
const LONG_LINE_LABELS = (['furniture', 'meta', 'unassigned', 'body-new', 'body'] as const).map((label) => LABELS.indexOf(label));

/** The labels a line is priced under: a long line's few, unless its facts found a byline or a picture's file named by its caption. */
function labelsToTry(line: LineContext): readonly number[] {
  return line.text.length > LONG_LINE && line.facts.byline === null && !line.facts.pictureFile ? LONG_LINE_LABELS : ALL_LABELS;
}

const UNASSIGNED = LABELS.indexOf('unassigned');

/** No label taken: the costs of a line before it is priced. */
const NO_PRICES: readonly number[] = LABELS.map(() => IMPOSSIBLE);

/**
 * What `line` costs alone under each label it may take (`tried`, labelsToTry()'s), priced once: emission() depends on the line alone, and the
 * parser labels the lookahead lines at a block's end again with the block after them. The labels it cannot take are
 * then not tried after any label at all.
 */
function pricesOf(line: LineContext, tried: readonly number[]): LinePrices {
  if (line.prices) return line.prices;
  const costs = NO_PRICES.slice();
  let labels = 0;
  // (The labels its facts rule out cost IMPOSSIBLE: emission() is not asked of them.)
  const ruledOut = labelsRuledOut(line);
  for (let t = 0; t < tried.length; t++) {
    const k = tried[t]!;
    if ((ruledOut & (1 << k)) !== 0) continue;
    const cost = emission(line, LABELS[k]!);
    if (cost >= IMPOSSIBLE) continue;
    costs[k] = cost;
    labels |= 1 << k;
  }
  line.prices = { costs, labels };
  return line.prices;
}

/** For each label (and, at index WIDTH, the page's start), the labels that may follow it, as bits: the only pairs the labeller prices. */
const FOLLOWERS: Int32Array = Int32Array.from([...LABELS, null], (previous) =>
  LABELS.reduce((mask, label, k) => (mayFollow(previous, label) ? mask | (1 << k) : mask), 0),
);
/** The cheapest step into each label, whatever comes before: a path that cannot beat the best found with it is not priced. */
const LOWEST_STEP: Int32Array = Int32Array.from(LABELS, (label) => LOWEST_TRANSITION[label]);

// The labeller's tables, kept between blocks: a typed array is costly to allocate (its backing store
// counts as external memory and hastens collections), and a block's tables are dead once it is labelled.
let scratchTotal = new Float64Array(64 * WIDTH);
let scratchBack = new Int8Array(64 * WIDTH);
const scratchReachable = new Int8Array(WIDTH);
const scratchNext = new Int8Array(WIDTH);
const scratchCheapestFirst = new Int8Array(WIDTH);

/**
 * Labels `lines`, the block after a line labelled `before` (null at the page's
 * start), with the reasons for each label when `explain`. Every line gets a label: `unassigned` fits any line, and is
 * taken where the grammar allows nothing after the line before (below), so a path always exists.
 */
export function labelBlock(
  lines: readonly LineContext[],
  before: { label: Label; facts: LineContext['facts'] } | null,
  explain = false,
): LabelledBlock {
  const n = lines.length;
  if (n === 0) return { labels: [], reasons: explain ? [] : null };
  if (n * WIDTH > scratchTotal.length) {
    scratchTotal = new Float64Array(n * WIDTH);
    scratchBack = new Int8Array(n * WIDTH);
  }
  // Only cells of labels reachable at a line are written, and only those are read: no fill needed.
  const total = scratchTotal;
  const back = scratchBack;
  // The labels a line can take at all: most lines of text fit only a few, and only those pairs are tried.
  let reachable = scratchReachable;
  let reachableCount = 0;
  let next = scratchNext;
  // The places in `reachable` of the line before's labels, its cheapest paths first (a tie keeps their order).
  const cheapestFirst = scratchCheapestFirst;
  const beforeIndex = before === null ? WIDTH : LABELS.indexOf(before.label);
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const row = i * WIDTH;
    const previousRow = row - WIDTH;
    let nextCount = 0;
    // The labels any reachable label allows: the others are not tried at all.
    let allowed = i === 0 ? FOLLOWERS[beforeIndex]! : 0;
    if (i > 0) for (let r = 0; r < reachableCount; r++) allowed |= FOLLOWERS[reachable[r]!]!;
    const tried = labelsToTry(line);
    const prices = pricesOf(line, tried);
    allowed &= prices.labels;
    // The paths into the line before, cheapest first: once the best step into a label is found from a cheap path, the
    // dearer paths that cannot beat it, however cheap their step, are not priced at all.
    if (i > 0) {
      for (let r = 0; r < reachableCount; r++) {
        const cost = total[previousRow + reachable[r]!]!;
        let at = r;
        while (at > 0 && total[previousRow + reachable[cheapestFirst[at - 1]!]!]! > cost) {
          cheapestFirst[at] = cheapestFirst[at - 1]!;
          at--;
        }
        cheapestFirst[at] = r;
      }
    }
    const previousFacts = i > 0 ? lines[i - 1]!.facts : null;
    for (let t = 0; t < tried.length; t++) {
      const k = tried[t]!;
      const bit = 1 << k;
      if ((allowed & bit) === 0) continue;
      const label = LABELS[k]!;
      let best = Infinity;
      let from = -1;
      if (i === 0) {
        const step = allowedTransition(before?.label ?? null, before?.facts ?? null, label, line);
        if (step >= IMPOSSIBLE) continue;
        best = step;
      } else {
        const lowest = LOWEST_STEP[k]!;
        // Where `from` stands in `reachable`: of two paths that cost the same, the earlier there is kept.
        let fromPlace = WIDTH;
        for (let c = 0; c < reachableCount; c++) {
          const r = cheapestFirst[c]!;
          const j = reachable[r]!;
          if ((FOLLOWERS[j]! & bit) === 0) continue;
          const path = total[previousRow + j]!;
          // No step is cheaper than `lowest`: this path cannot beat the best found, nor can any after it, which cost more.
          const floor = path + lowest;
          if (floor > best) break;
          // At most a tie, and a tie keeps the path earlier in `reachable`.
          if (floor === best && r > fromPlace) continue;
          const step = allowedTransition(LABELS[j]!, previousFacts, label, line);
          if (step >= IMPOSSIBLE) continue;
          const value = path + step;
          if (value < best || (value === best && r < fromPlace)) {
            best = value;
            from = j;
            fromPlace = r;
          }
        }
      }
      if (best === Infinity) continue;
      total[row + k] = best + prices.costs[k]!;
      back[row + k] = from;
      next[nextCount++] = k;
    }
    if (nextCount === 0) {
      // The grammar allows nothing here after any label the line before can take (a page line below a kicker, a
      // caption or a sub-heading, all of which want more of their item): the line is unassigned text all the same,
      // after the cheapest path so far, so that every line gets a label.
      let from = -1;
      let cheapest = 0;
      if (i > 0) {
        cheapest = Infinity;
        for (let r = 0; r < reachableCount; r++) {
          const value = total[previousRow + reachable[r]!]!;
          if (value < cheapest) {
            cheapest = value;
            from = reachable[r]!;
          }
        }
      }
      total[row + UNASSIGNED] = cheapest + prices.costs[UNASSIGNED]!;
      back[row + UNASSIGNED] = from;
      next[nextCount++] = UNASSIGNED;
    }
    const swap = reachable;
    reachable = next;
    next = swap;
    reachableCount = nextCount;
  }
  let best = Infinity;
  let at = -1;
  for (let r = 0; r < reachableCount; r++) {
    const k = reachable[r]!;
    const value = total[(n - 1) * WIDTH + k]! + ending(LABELS[k]!, lines[n - 1]!.facts);
    if (value < best) {
      best = value;
      at = k;
    }
  }
  const labels = new Array<Label>(n);
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = LABELS[at]!;
    at = back[i * WIDTH + at]!;
  }
  return { labels, reasons: explain ? labels.map((label, i) => reasonsFor(lines, before, labels, i)) : null };
}

/** Why line `i` got its label: what emission() and transition() say of it. */
function reasonsFor(lines: readonly LineContext[], before: { label: Label; facts: LineContext['facts'] } | null, labels: readonly Label[], i: number): string[] {
  const previous = i === 0 ? (before?.label ?? null) : labels[i - 1]!;
  const previousFacts = i === 0 ? (before?.facts ?? null) : lines[i - 1]!.facts;
  const reasons: string[] = [];
  emission(lines[i]!, labels[i]!, reasons);
  transition(previous, previousFacts, labels[i]!, lines[i]!, reasons);
  return reasons;
}
