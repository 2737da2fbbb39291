// A law is a property with a name, defined once and run twice: by vitest a
// few hundred times in `npm test`, and by scripts/fuzz.ts for as long as it is
// given. The properties assert with vitest's `expect`, which works outside
// the test runner too.

import type fc from 'fast-check';

export interface Law {
  /** What holds, worded as a test name. */
  name: string;
  /** A fresh property each call (fast-check properties keep state between runs). */
  property(): fc.IProperty<never> | fc.IAsyncProperty<never>;
  /** Runs in `npm test`; FUZZ_RUNS overrides it for every law. */
  runs: number;
}

/** Declares a law; `property` is typed by its own arbitraries. */
export function law<Ts extends unknown[]>(name: string, runs: number, property: () => fc.IProperty<Ts> | fc.IAsyncProperty<Ts>): Law {
  return { name, runs, property: property as unknown as Law['property'] };
}

/** Runs in `npm test`: the law's own number, or FUZZ_RUNS when set. */
export function runsOf(law: Law): number {
  const override = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(override) && override > 0 ? override : law.runs;
}
