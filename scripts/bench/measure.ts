// Timing and memory of a run, with Node alone (no hyperfine, no /usr/bin/time).

import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export interface Summary {
  min: number;
  median: number;
  max: number;
  values: number[];
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0] ?? NaN, median, max: sorted.at(-1) ?? NaN, values: [...values] };
}

export interface ProcessRun {
  /** Wall time from spawn to exit, ms. */
  ms: number;
  code: number | null;
  /** Peak resident set (VmHWM), bytes; null where /proc is not there. */
  peakRss: number | null;
}

/** How often /proc/<pid>/status is read: VmHWM is a high-water mark, so the last reading before exit is the peak. */
const RSS_POLL_MS = 10;

/** Runs a command with stdout and stderr on /dev/null, timing it and following its peak memory. */
export function runProcess(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ProcessRun> {
  const sink = openSync('/dev/null', 'w');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', sink, sink] });
    let peakRss: number | null = null;
    const poll = () => {
      const peak = readPeakRss(child.pid);
      if (peak !== null) peakRss = peak;
    };
    const timer = setInterval(poll, RSS_POLL_MS);
    // The first reading as soon as the process is there, for short runs.
    setImmediate(poll);
    child.once('error', (error) => {
      clearInterval(timer);
      closeSync(sink);
      reject(error);
    });
    child.once('exit', (code) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      closeSync(sink);
      resolve({ ms, code, peakRss });
    });
  });
}

function readPeakRss(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null; // gone already, or no /proc
  }
}

/** Time until the command writes its first bytes on stdout; then it is stopped. */
export function timeToFirstOutput(command: string, args: readonly string[], options: { cwd: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    let first: number | null = null;
    child.stdout.once('data', () => {
      first = performance.now() - started;
      child.kill('SIGTERM');
    });
    child.once('error', reject);
    child.once('close', () => (first === null ? reject(new Error(`${args.join(' ')}: no output`)) : resolve(first)));
  });
}

/** Milliseconds a synchronous function takes. */
export function timeSync(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
