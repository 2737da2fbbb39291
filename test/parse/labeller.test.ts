// The labeller (label.ts) takes shortcuts for speed: it prices only the labels
// a long line can take, only the pairs the grammar allows, and skips a path
// that cannot beat the best one so far (LOWEST_TRANSITION). These laws say the
// shortcuts change nothing: the labels are those of a plain Viterbi search that
// prices every label after every label, and no step is cheaper than the floor
// the labeller assumes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/parse/features.js';
import { IMPOSSIBLE, LABELS, LOWEST_TRANSITION, ending, emission, transition, type Label, type LineContext } from '../../src/parse/grammar.js';
import { labelBlock } from '../../src/parse/label.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';
import { FIXTURE_LINES, SAMPLE } from './arbitraries.js';

const LINES = FIXTURE_LINES;

function contextOf(text: string, pageTop: boolean): LineContext {
  return { text, facts: readLine(text, DEFAULT_VOCABULARY), pageTop };
}

/** The textbook search: every label of every line after every label of the line before; ties keep the lower label index, as the labeller's order does. */
function plainViterbi(lines: readonly LineContext[], before: { label: Label; facts: LineContext['facts'] } | null): Label[] | null {
  const n = lines.length;
  const total: number[][] = [];
  const back: number[][] = [];
  for (let i = 0; i < n; i++) {
    total.push(new Array<number>(LABELS.length).fill(Infinity));
    back.push(new Array<number>(LABELS.length).fill(-1));
    LABELS.forEach((label, k) => {
      const own = emission(lines[i]!, label);
      if (own >= IMPOSSIBLE) return;
      if (i === 0) {
        const step = transition(before?.label ?? null, before?.facts ?? null, label, lines[0]!);
        if (step < IMPOSSIBLE) total[0]![k] = own + step;
        return;
      }
      LABELS.forEach((previous, j) => {
        if (total[i - 1]![j] === Infinity) return;
        const step = transition(previous, lines[i - 1]!.facts, label, lines[i]!);
        if (step >= IMPOSSIBLE) return;
        const value = total[i - 1]![j]! + step + own;
        if (value < total[i]![k]!) {
          total[i]![k] = value;
          back[i]![k] = j;
        }
      });
    });
  }
  let at = -1;
  let best = Infinity;
  LABELS.forEach((label, k) => {
    const value = total[n - 1]![k]! + ending(label, lines[n - 1]!.facts);
    if (value < best) {
      best = value;
      at = k;
    }
  });
  if (at < 0) return null;
  const labels: Label[] = new Array<Label>(n);
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = LABELS[at]!;
    at = back[i]![at]!;
  }
  return labels;
}

const line = fc.nat({ max: LINES.length - 1 }).map((index) => LINES[index]!);
const block = fc.record({
  texts: fc.array(line, { minLength: 1, maxLength: 12 }),
  pageTop: fc.nat({ max: 3 }),
  before: fc.option(fc.record({ label: fc.constantFrom(...LABELS), text: line }), { nil: null }),
});

describe('the labeller', () => {
  it('labels a block as a plain Viterbi search over every label does', () => {
    fc.assert(
      fc.property(block, ({ texts, pageTop, before }) => {
        const lines = texts.map((text, i) => contextOf(text, before === null && i < pageTop));
        const start = before && { label: before.label, facts: readLine(before.text, DEFAULT_VOCABULARY) };
        const expected = plainViterbi(lines, start);
        // No path at all (a long paragraph after a kicker): the labeller's way out is stated below.
        fc.pre(expected !== null);
        expect(labelBlock(lines, start).labels).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('labels the sample page as a plain search does, block by block', () => {
    const texts = SAMPLE.split('\n').map((text) => text.trim()).filter((text) => text.length > 0);
    const lines = texts.map((text, i) => contextOf(text, i === 0));
    expect(labelBlock(lines, null).labels).toEqual(plainViterbi(lines, null));
  });

  it('labels a block longer than its first tables (64 lines) as a plain search does', () => {
    const texts = SAMPLE.split('\n').map((text) => text.trim()).filter((text) => text.length > 0);
    const lines = [...texts, ...texts, ...texts].map((text, i) => contextOf(text, i === 0));
    expect(lines.length).toBeGreaterThan(64);
    expect(labelBlock(lines, null).labels).toEqual(plainViterbi(lines, null));
  });

  it('prices a line of 80 characters under every label: a short caption and its credit parted by wide spaces is the picture of the text below', () => {
    const text = '近日,柳岸社区的长者食堂正式开张,六十多位老人在这里吃上了热乎饭,大家都说味道不错。';
    const wide = '▲远眺城区。' + ' '.repeat(64) + '本报记者 林小雨 摄';
    expect(wide.length).toBe(80);
    for (const caption of ['▲远眺城区。 本报记者 林小雨 摄', wide]) {
      const lines = ['柳岸社区办起长者食堂', caption, text].map((line) => contextOf(line, false));
      expect(labelBlock(lines, null).labels, caption).toEqual(['headline', 'caption', 'body']);
    }
    // (One space more, 81 characters, and the labeller prices only a long line's labels: the same caption is read as a
    // paragraph. Noted as a defect, not mended here.)
  });

  it('labels a line the grammar allows nothing as unassigned text: every line gets a label', () => {
    // A block decided whole at its size limit may end on a caption, a kicker or a sub-heading, which want more of their
    // item; the next block may open with a line that is none of it (a page line, an editor line).
    const caption = readLine('5月8日,队员王大山(右)与张小河商量巡逻路线。', DEFAULT_VOCABULARY);
    for (const label of ['caption', 'kicker', 'subheading'] as const) {
      const lines = [contextOf('第A04版:城事社区', false), contextOf('居民们说服务更方便了。', false)];
      expect(plainViterbi(lines, { label, facts: caption }), label).toBeNull();
      const { labels } = labelBlock(lines, { label, facts: caption });
      expect(labels[0], label).toBe('unassigned');
      expect(LABELS).toContain(labels[1]);
    }
    // In the middle of a block too: a kicker that a page line follows.
    const middle = labelBlock([contextOf('春风拂面', true), contextOf('第A04版:城事社区', false)], null).labels;
    expect(middle.every((label) => LABELS.includes(label))).toBe(true);
  });

  it('labels a line the grammar allows nothing in the middle of a block as unassigned, after the cheapest path to the line before', () => {
    // A line that can only be a kicker (its prices say so), then a page line, which no kicker may be followed by.
    const kicker = contextOf('春风送暖进万家', true);
    const kickerCost = emission(kicker, 'kicker');
    kicker.prices = { costs: LABELS.map((label) => (label === 'kicker' ? kickerCost : IMPOSSIBLE)), labels: 1 << LABELS.indexOf('kicker') };
    const lines = [kicker, contextOf('第A04版:城事社区', false), contextOf('本报讯 近日,苏村社区开展义诊活动。', false)];
    const { labels } = labelBlock(lines, null);
    expect(labels.slice(0, 2)).toEqual(['kicker', 'unassigned']);
    expect(LABELS).toContain(labels[2]);
  });

  it('labels the line before an unassigned one by the cheapest path to it, the earlier label on a tie', () => {
    // A paragraph, then a line priced only as a sub-heading or a picture (neither of which a page line may follow), then a page line.
    const pricedAs = (costs: Partial<Record<Label, number>>): LineContext => {
      const line = contextOf('基础设施不断完善', false);
      line.prices = {
        costs: LABELS.map((label) => costs[label] ?? IMPOSSIBLE),
        labels: LABELS.reduce((mask, label, k) => (costs[label] === undefined ? mask : mask | (1 << k)), 0),
      };
      return line;
    };
    const before = { label: 'body' as const, facts: readLine('居民们说服务更方便了。', DEFAULT_VOCABULARY) };
    const labelsOf = (costs: Partial<Record<Label, number>>): Label[] =>
      labelBlock([contextOf('王大爷连声道谢。', false), pricedAs(costs), contextOf('第A04版:城事社区', false), contextOf('本报讯 近日,苏村社区开展义诊活动。', false)], before).labels;
    expect(labelsOf({ subheading: 0.2, picture: 1.5 }).slice(0, 3)).toEqual(['body', 'subheading', 'unassigned']);
    expect(labelsOf({ subheading: 1.5, picture: 0.2 }).slice(0, 3)).toEqual(['body', 'picture', 'unassigned']);
    // Equal paths: the earlier label (LABELS' order), as the plain search keeps the first.
    expect(LABELS.indexOf('subheading')).toBeLessThan(LABELS.indexOf('picture'));
    expect(labelsOf({ subheading: 0.5, picture: 0.5 }).slice(0, 3)).toEqual(['body', 'subheading', 'unassigned']);
  });

  it('labels a line unassigned when the masks allow it a label but every step into that label is refused', () => {
    // A line priced only as a sub-heading, below a paragraph cut off mid-sentence: a sub-heading may follow a paragraph
    // (mayFollow), but not one whose sentence goes on (transition() refuses the step).
    const subheadingOnly = contextOf('基础设施不断完善', false);
    subheadingOnly.prices = { costs: LABELS.map((label) => (label === 'subheading' ? emission(subheadingOnly, 'subheading') : IMPOSSIBLE)), labels: 1 << LABELS.indexOf('subheading') };
    const before = { label: 'body' as const, facts: readLine('居民们说服务更方便了。', DEFAULT_VOCABULARY) };
    const cut = contextOf('柳岸社区的志愿者们又来到王大爷家中,帮他打扫了', false);
    cut.prices = { costs: LABELS.map((label) => (label === 'body' ? emission(cut, 'body') : IMPOSSIBLE)), labels: 1 << LABELS.indexOf('body') };
    expect(transition('body', cut.facts, 'subheading', subheadingOnly)).toBeGreaterThanOrEqual(IMPOSSIBLE);
    const { labels } = labelBlock([cut, subheadingOnly, contextOf('王大爷连声道谢。', false)], before);
    expect(labels.slice(0, 2)).toEqual(['body', 'unassigned']);
    expect(LABELS).toContain(labels[2]);
  });

  it("labels a block's first line unassigned when the masks allow it a label but the step from the line before the block is refused", () => {
    // The same pair across a block's edge: the paragraph cut off mid-sentence ends the block before, and the next block
    // opens with a line priced only as a sub-heading. No label of its is reached at a finite cost: it is unassigned text.
    const subheadingOnly = contextOf('东湖街道焕然一新', false);
    subheadingOnly.prices = { costs: LABELS.map((label) => (label === 'subheading' ? emission(subheadingOnly, 'subheading') : IMPOSSIBLE)), labels: 1 << LABELS.indexOf('subheading') };
    const before = { label: 'body' as const, facts: readLine('东湖街道的党员们周末又来到林奶奶家中,帮她修好了', DEFAULT_VOCABULARY) };
    expect(transition(before.label, before.facts, 'subheading', subheadingOnly)).toBeGreaterThanOrEqual(IMPOSSIBLE);
    const { labels } = labelBlock([subheadingOnly, contextOf('林奶奶笑着说:“谢谢你们。”', false)], before);
    expect(labels[0]).toBe('unassigned');
    expect(LABELS).toContain(labels[1]);
  });

  it('labels no lines as nothing, and gives reasons only when asked', () => {
    expect(labelBlock([], null)).toEqual({ labels: [], reasons: null });
    expect(labelBlock([], null, true)).toEqual({ labels: [], reasons: [] });
    const lines = ['科学育儿进社区', '本报讯 近日,苏村社区开展义诊活动。'].map((text) => contextOf(text, false));
    expect(labelBlock(lines, null).reasons).toBeNull();
    const explained = labelBlock(lines, null, true);
    expect(explained.labels).toEqual(['headline', 'body']);
    expect(explained.reasons![1]).toContain('a news lead below a headline');
  });

  it('gives the first line of a block the reasons of its step from the line before the block', () => {
    const lead = contextOf('本报讯 近日,苏村社区开展义诊活动。', false);
    const { labels, reasons } = labelBlock([lead], { label: 'headline', facts: readLine('科学育儿进社区', DEFAULT_VOCABULARY) }, true);
    expect(labels).toEqual(['body']);
    expect(reasons![0]).toContain('a news lead below a headline');
  });

  it("gives each line exactly what emission() and transition() say of its label, the first line's step read with the facts of the line before the block", () => {
    // Below `上接01版` (a line about the page) the text goes on from another page: a reason read off the line before's facts.
    const before = { label: 'furniture' as const, facts: readLine('上接01版', DEFAULT_VOCABULARY) };
    const lines = ['柳岸社区的志愿者们又来到王大爷家中,帮他打扫了院子。', '王大爷连声道谢。'].map((text) => contextOf(text, false));
    const { labels, reasons } = labelBlock(lines, before, true);
    const said = (i: number): string[] => {
      const why: string[] = [];
      emission(lines[i]!, labels[i]!, why);
      transition(i === 0 ? before.label : labels[i - 1]!, i === 0 ? before.facts : lines[i - 1]!.facts, labels[i]!, lines[i]!, why);
      return why;
    };
    expect(reasons![0]).toContain('goes on from another page');
    expect(reasons).toEqual([said(0), said(1)]);
  });

  it('is never offered a step cheaper than LOWEST_TRANSITION', () => {
    fc.assert(
      fc.property(fc.constantFrom(null, ...LABELS), line, line, (previous, previousText, text) => {
        const previousFacts = readLine(previousText, DEFAULT_VOCABULARY);
        const here = contextOf(text, false);
        for (const label of LABELS) {
          expect(transition(previous, previous === null ? null : previousFacts, label, here)).toBeGreaterThanOrEqual(LOWEST_TRANSITION[label]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has floors that are reached: a lower one would skip nothing', () => {
    // The negative costs the floors are made of, each on a line that earns it.
    const unassigned = contextOf('@@@ ###', false);
    expect(transition('unassigned', contextOf('柳岸社区半行残字', false).facts, 'unassigned', unassigned)).toBe(LOWEST_TRANSITION.unassigned);
    const lead = contextOf('本报讯 近日,苏村社区开展义诊活动。', false);
    expect(transition('caption', contextOf('3月7日,老人们在食堂用午餐。', false).facts, 'body', lead)).toBe(LOWEST_TRANSITION.body);
    const subheading = contextOf('基础设施不断完善', false);
    expect(transition('caption', contextOf('远眺江城城区。', false).facts, 'subheading', subheading)).toBe(LOWEST_TRANSITION.subheading);
    const shortLine = contextOf('我市两个社区上榜', false);
    expect(transition('headline', contextOf('第三批全国社区治理示范名单今起公示', false).facts, 'subtitle', shortLine)).toBeGreaterThan(LOWEST_TRANSITION.subtitle);
    const titleAgain = contextOf('我市两个社区上榜', false);
    titleAgain.facts.repeatsTitle = true;
    titleAgain.facts.repeatsLastTitle = true;
    expect(transition('subtitle', contextOf('我市两个社区上榜', false).facts, 'subtitle', titleAgain)).toBe(LOWEST_TRANSITION.subtitle);
    const joined = contextOf('暨“邻里互助 温暖同行”志愿服务活动', false);
    expect(transition('headline', contextOf('柳岸开展“洁净家园 共建文明”宣传周', false).facts, 'headline', joined)).toBe(LOWEST_TRANSITION.headline);
    const secondFile = contextOf('图片2.png', false);
    expect(transition('picture', contextOf('图片1.png', false).facts, 'picture', secondFile)).toBe(LOWEST_TRANSITION.picture);
    const continued = contextOf('柳岸社区的志愿者们又来到王大爷家中,帮他打扫了院子。', false);
    expect(transition('furniture', contextOf('上接01版', false).facts, 'body-new', continued)).toBeGreaterThan(LOWEST_TRANSITION['body-new']);
    const cell = contextOf('每年进入深秋,柳岸村的村民把玉米晾晒在屋顶上。', false);
    cell.facts.endsCell = cell.facts.inCellRun = true;
    const cellAbove = contextOf('东湾区的大姜喜获丰收,姜农们在田间忙着收获。', false).facts;
    cellAbove.endsCell = cellAbove.inCellRun = true;
    expect(transition('body', cellAbove, 'body-new', cell)).toBe(LOWEST_TRANSITION['body-new']);
    expect(LOWEST_TRANSITION.kicker).toBe(0);
  });
});
