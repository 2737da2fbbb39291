// The laws of issue 6 that have no other home: the decoder on any bytes, the
// exports through the CLI, and input order. Defined in test/laws/ and run
// here a few hundred times each; `npm run fuzz` runs them (and the parser and
// document laws) for minutes.

import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DECODE_LAWS } from '../laws/decode.js';
import { EXPORT_LAWS } from '../laws/export.js';
import { runsOf } from '../laws/law.js';
import { REORDER_LAWS } from '../laws/reorder.js';

const GROUPS = { decode: DECODE_LAWS, export: EXPORT_LAWS, 'input order': REORDER_LAWS };

for (const [group, laws] of Object.entries(GROUPS)) {
  describe(`laws: ${group}`, () => {
    for (const law of laws) {
      it(law.name, async () => {
        await fc.assert(law.property(), { numRuns: runsOf(law) });
      }, 60_000);
    }
  });
}
