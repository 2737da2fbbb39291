// How many worker threads a run starts. Workers cost a start-up each (loading
// the parser and a format, about 50 ms) and a copy of every result; below
// some 50 files the main thread alone is done first (docs/performance.md).

import { availableParallelism } from 'node:os';

/** With the default --jobs, fewer files than this are read in the main thread. */
export const MIN_FILES_FOR_WORKERS = 50;

/**
 * Worker threads for `files` files: 0 means the main thread reads them.
 * `jobs` is --jobs: 1 is no workers, n is n workers (at most one per file),
 * undefined is one per core from MIN_FILES_FOR_WORKERS files on.
 */
export function planWorkers(jobs: number | undefined, files: number, cores: number = availableParallelism()): number {
  if (files < 2 || jobs === 1) return 0;
  if (jobs !== undefined) return Math.min(jobs, files);
  if (files < MIN_FILES_FOR_WORKERS || cores < 2) return 0;
  return Math.min(cores, files);
}
