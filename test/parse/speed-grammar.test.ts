// The labeller's gates (grammar.ts, label.ts) must never change a price: a label a gate rules out is one emission()
// refuses anyway. Lines are real lines' facts with any of their fields swapped for a value another line has, so that
// the facts meet in every combination, not only in those the sample prints.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLine, type LineFacts } from '../../src/parse/features.js';
import { IMPOSSIBLE, LABELS, emission, labelsRuledOut, namesWithOneMore, type LineContext } from '../../src/parse/grammar.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';
import { FIXTURE_LINES } from './arbitraries.js';

const LINES = FIXTURE_LINES;
const FACTS = LINES.map((text) => readLine(text, DEFAULT_VOCABULARY));

/** For each field of the facts, the values the lines give it (a flag both values, a count lengths about the bounds, a word the empty one too). */
const VALUES: Record<string, unknown[]> = {};
for (const facts of FACTS) {
  for (const [field, value] of Object.entries(facts)) {
    const extras = typeof value === 'boolean' ? [true, false] : typeof value === 'number' ? [0, 3, 6, 12, 15, 16, 30, 31, 60, 61, 80, 81] : typeof value === 'string' ? [''] : [];
    const seen = (VALUES[field] ??= []);
    for (const candidate of [value, ...extras]) {
      if (seen.length < 60 && !seen.some((other) => JSON.stringify(other) === JSON.stringify(candidate))) seen.push(candidate);
    }
  }
}
const FIELDS = Object.keys(VALUES);

/** A line of the sample, some of its fields given another line's values, where it stands on the page and what is above it. */
const anyLine: fc.Arbitrary<LineContext> = fc
  .record({
    at: fc.nat(LINES.length - 1),
    swaps: fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.nat(59)), { maxLength: 8 }),
    pageTop: fc.boolean(),
    previousText: fc.option(fc.constantFrom('相关标签', '标签：', '关键词', '柳岸社区举办邻里节活动', ...LINES.slice(0, 50)), { nil: undefined }),
    afterBlank: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ at, swaps, pageTop, previousText, afterBlank }) => {
    const facts = { ...FACTS[at]! } as Record<string, unknown>;
    for (const [field, pick] of swaps) facts[field] = VALUES[field]![pick % VALUES[field]!.length];
    return { text: LINES[at]!, facts: facts as unknown as LineFacts, pageTop, previousText, afterBlank };
  });

describe('labelsRuledOut (the labels emission() is not asked of)', () => {
  it('rules out only labels emission() refuses, for any facts', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        const out = labelsRuledOut(line);
        LABELS.forEach((label, k) => {
          if ((out & (1 << k)) !== 0) expect(emission(line, label), label).toBe(IMPOSSIBLE);
        });
      }),
      { numRuns: 20000 },
    );
  });
  it('rules out only labels emission() refuses, on every line of the sample as read', () => {
    for (const [i, text] of LINES.entries()) {
      for (const pageTop of [false, true]) {
        const line: LineContext = { text, facts: FACTS[i]!, pageTop, previousText: i > 0 ? LINES[i - 1] : undefined };
        const out = labelsRuledOut(line);
        LABELS.forEach((label, k) => {
          if ((out & (1 << k)) !== 0) expect(emission(line, label), `${label}: ${text}`).toBe(IMPOSSIBLE);
        });
      }
    }
  });
  it('rules out most labels of a paragraph', () => {
    const text = '6月24日,柳岸社区组织志愿者走进小区,为居民义务理发、测量血压,受到居民好评。';
    const out = labelsRuledOut({ text, facts: readLine(text, DEFAULT_VOCABULARY), pageTop: false });
    const left = LABELS.filter((_, k) => (out & (1 << k)) === 0);
    expect(left).toEqual(expect.arrayContaining(['unassigned', 'body', 'body-new']));
    expect(left.length).toBeLessThanOrEqual(5);
  });
});

/** Pieces of organisations' names varied by a character, and of what stands around them. */
const NAME_PIECES = ['东塘', '东', '塘', '街', '一', '龙', '社区', '街道', '村', '镇', '乡', 'a', '1', ' ', '，', '。', '.', '$', '(', '\uD840', '\uDC00', '\uD840\uDC00', '\u9fff', '\u4e00', '\u3400'];
const namePiece = fc.constantFrom(...NAME_PIECES);

describe('namesWithOneMore (the regex of a stem, a Han character and a kind, as a loop)', () => {
  it('finds what the regex finds, for any text and stem', () => {
    fc.assert(
      fc.property(fc.array(namePiece, { maxLength: 12 }), fc.array(namePiece, { minLength: 1, maxLength: 3 }), fc.constantFrom('社区', '街道', '村', '镇', '乡'), (parts, stemParts, kind) => {
        const text = parts.join('');
        const stem = stemParts.join('');
        const regex = new RegExp(`${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\u4e00-\\u9fff]${kind}`, 'u');
        expect(namesWithOneMore(text, stem, kind)).toBe(regex.test(text));
      }),
      { numRuns: 20000 },
    );
  });
  it('reads a line of ten million characters', () => {
    const line = '东塘'.repeat(5_000_000);
    expect(namesWithOneMore(line, '东塘', '社区')).toBe(false);
    expect(namesWithOneMore(`${line}街社区`, '东塘', '社区')).toBe(true);
  });
});
