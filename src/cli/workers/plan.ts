// How many worker threads a run starts. --jobs counts the threads that parse,
// the main thread included: it reads batches too between writing results.
// Workers cost a start-up each (loading the parser and a format, ~80 ms of
// CPU), a JIT warm-up each and a copy of every result; below some 50 files
// the main thread alone is done first (docs/performance.md).

import { availableParallelism } from 'node:os';

/** With the default --jobs, fewer files than this are read in the main thread. */
export const MIN_FILES_FOR_WORKERS = 50;

/**
 * Worker threads for `files` files, besides the main thread; 0: the main
 * thread reads them alone. `jobs` is --jobs: n is n threads in all (1: no
 * workers), at most one per file; undefined is one per core from
 * MIN_FILES_FOR_WORKERS files on.
 */
export function planWorkers(jobs: number | undefined, files: number, cores: number = availableParallelism()): number {
  const threads = jobs ?? (files < MIN_FILES_FOR_WORKERS ? 1 : cores);
  return Math.max(0, Math.min(threads, files) - 1);
}

/**
 * --jobs as a run can use it: no more threads than cores. Each thread past
 * them only waits its turn and costs a start-up: 50,000 small files took
 * 3.6 s with --jobs 1 and 2 min 44 s with --jobs 999 on two cores. `note` is
 * the warning to print when the value was lowered.
 */
export function capJobs(jobs: number, cores: number = availableParallelism()): { jobs: number; note: string | null } {
  if (jobs <= cores) return { jobs, note: null };
  const count = cores === 1 ? '1 core' : `${cores} cores`;
  return { jobs: cores, note: `--jobs ${jobs} is more than the ${count} available; using --jobs ${cores}` };
}
