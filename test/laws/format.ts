// The laws of bulletin format (issue 12), over random pages, generated
// briefs and the fixtures made untidy (test/formatter/arbitraries.ts):
// formatting twice changes nothing; the output reads as the input did; no
// character is lost; the punctuation-width and header spacing findings of
// `check` are gone, except in the items the formatter printed as they stand;
// and a page fed in chunks formats as the page fed whole.

import fc from 'fast-check';
import { expect } from 'vitest';
import { CheckRun } from '../../src/check/engine.js';
import { fold, formatText, PageFormatter } from '../../src/formatter/index.js';
import { parse } from '../../src/parse/index.js';
import { anyPage } from '../formatter/arbitraries.js';
import { isSubsequence, meaning } from '../formatter/helpers.js';
import { chunksOf } from '../parse/arbitraries.js';
import { law, type Law } from './law.js';

const RUNS = 150;

/** Any house style the configuration allows. */
const anyStyle = fc.record({
  namePadding: fc.constantFrom('ideographic', 'space', 'none'),
  leadSeparator: fc.constantFrom('ideographic', 'space', 'none'),
  header: fc.constantFrom('colon', 'keep'),
  indent: fc.constantFrom('none', 'ideographic'),
  blankLinesBetweenBlocks: fc.integer({ min: 0, max: 3 }),
  blankLinesBetweenItems: fc.integer({ min: 1, max: 4 }),
  punctuation: fc.constantFrom('full-width', 'keep'),
  quotes: fc.constantFrom('curly', 'keep'),
  spaceInQuotes: fc.constantFrom('keep', 'remove'),
  spaceAroundLatin: fc.constantFrom('keep', 'remove'),
  endOfLine: fc.constantFrom('auto', 'lf', 'crlf', 'cr'),
} as const);

/** The check findings formatting must leave none of: half-width punctuation, a header's space or line break. */
export function styleFindings(text: string): Array<{ ruleId: string; line: number; actual: string | undefined }> {
  const run = new CheckRun({ today: '2030-01-01', year: null });
  const result = run.check({ file: 'page.txt', decoded: { text, encoding: 'utf-8', detectedBy: 'valid-utf8', binary: false, bom: false, diagnostics: [] } });
  return result.diagnostics
    .filter((d) => d.ruleId === 'punctuation-width' || (d.ruleId === 'header-format' && d.expected !== undefined))
    .map((d) => ({ ruleId: d.ruleId, line: d.place.start.line, actual: d.actual }));
}

/** Formats, and names the items printed without the full house style. */
export function formatTelling(text: string): { out: string; kept: boolean } {
  let kept = false;
  const out = formatText(text, { onKept: () => (kept = true) });
  return { out, kept };
}

export const FORMAT_LAWS: readonly Law[] = [
  law('formatting is idempotent: format(format(x)) = format(x)', RUNS, () =>
    fc.property(anyPage, (text) => {
      const once = formatText(text);
      expect(formatText(once)).toBe(once);
    }),
  ),
  law('the output reads as the input: same items, kinds, communities, titles, leads, people, datelines, truncation, text', RUNS, () =>
    fc.property(anyPage, (text) => {
      expect(meaning(parse(formatText(text)))).toEqual(meaning(parse(text)));
    }),
  ),
  law('nothing is lost: every non-blank character of the input is in the output, in order, modulo width', RUNS, () =>
    fc.property(anyPage, (text) => {
      expect(isSubsequence(fold(text), fold(formatText(text)))).toBe(true);
    }),
  ),
  law('check finds no half-width punctuation and no header spacing in formatted output (unless an item was kept as it stands)', RUNS, () =>
    fc.property(anyPage, (text) => {
      const { out, kept } = formatTelling(text);
      fc.pre(!kept);
      expect(styleFindings(out)).toEqual([]);
    }),
  ),
  law('in any configured style, formatting is idempotent and the output reads as the input', RUNS, () =>
    fc.property(anyPage, anyStyle, (text, style) => {
      const once = formatText(text, { style });
      expect(formatText(once, { style })).toBe(once);
      expect(meaning(parse(once))).toEqual(meaning(parse(text)));
    }),
  ),
  law('a page fed in chunks formats as the page fed whole', RUNS, () =>
    fc.property(anyPage, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
      const formatter = new PageFormatter();
      let out = '';
      for (const chunk of chunksOf(text, cuts)) out += formatter.push(chunk);
      out += formatter.end();
      expect(out).toBe(formatText(text));
    }),
  ),
];

