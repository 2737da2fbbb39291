// One fast-check seed for the whole run, so that a failing property test can be replayed:
//   FC_SEED=1234567 npm test           the same inputs again (fast-check also prints seed and path on failure)
// In CI the seed is printed at the start even when every test passes, since a flaky failure may be gone by the time
// someone looks; locally only when FC_SEED is given.
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

/** FC_SEED when it is a whole number, else a new seed. */
export function chooseSeed(given: string | undefined): number {
  if (given !== undefined && /^-?\d+$/.test(given.trim())) return Number(given.trim()) | 0;
  return (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
}

export default function setup(project: TestProject): void {
  const seed = chooseSeed(process.env.FC_SEED);
  project.provide('fcSeed', seed);
  if (process.env.CI || process.env.FC_SEED) console.log(`fast-check seed ${seed} (replay: FC_SEED=${seed} npm test)`);
}
