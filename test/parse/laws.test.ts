// The parser's laws, defined once in test/laws/parse.ts (scripts/fuzz.ts runs
// them for longer), here a few hundred runs each; and the sample, by hand.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { runsOf } from '../laws/law.js';
import { itemTextMismatches, PARSE_LAWS, unaccounted } from '../laws/parse.js';
import { SAMPLE } from './arbitraries.js';

describe('laws of the parser', () => {
  it('the sample: every non-blank line has exactly one place, items hold their text', () => {
    const bulletin = parse(SAMPLE);
    expect(unaccounted(SAMPLE, bulletin)).toEqual([]);
    expect(itemTextMismatches(SAMPLE, bulletin)).toEqual([]);
  });

  for (const law of PARSE_LAWS) {
    it(law.name, async () => {
      await fc.assert(law.property(), { numRuns: runsOf(law) });
    });
  }
});
