// The laws of issue 6 that have no other home: the decoder on any bytes, the
// exports through the CLI, and input order. Defined in test/laws/ and run
// here a few hundred times each; `npm run fuzz` runs them (and the parser and
// document laws) for minutes.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECODE_LAWS } from '../laws/decode.js';
import { EXPORT_LAWS } from '../laws/export.js';
import { runsOf } from '../laws/law.js';
import { REORDER_LAWS } from '../laws/reorder.js';
import { ROOT } from '../cli/helpers.js';

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

describe('laws: export, on a known file\'s signature', () => {
  // (fast-check, seed 1384111844: the two bytes of a gzip archive are a binary input the decoder names by its
  // signature, not by a NUL byte, as the laws once alone allowed.)
  for (const law of EXPORT_LAWS) {
    it(`${law.name}: the two bytes of a gzip archive`, async () => {
      await fc.assert(law.property(), { numRuns: 1, examples: [[Uint8Array.from([0x1f, 0x8b])]] as never });
    });
  }
});

describe('npm run fuzz', () => {
  it('runs every law outside vitest and says how it went on its last line (a second in all)', () => {
    // (Outside vitest: the laws' modules must not need a running suite, as a helper's afterAll() once did.)
    const env: NodeJS.ProcessEnv = { ...process.env, FUZZ_SECONDS: '1' };
    delete env.VITEST;
    delete env.VITEST_WORKER_ID;
    delete env.VITEST_POOL_ID;
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/fuzz.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout).toMatch(/^fuzz: \d+ cases in \d+ s, \d+ laws/m);
  }, 90_000);
});
