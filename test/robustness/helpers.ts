// The built bin as a child process that a test can watch while it runs:
// send it a signal, time it, and read its peak memory from /proc.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN, ROOT } from '../cli/helpers.js';

export interface Finished {
  /** The exit code; null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From the start to the exit. */
  ms: number;
  /** The largest VmHWM (peak resident set) seen in /proc/<pid>/status, in KiB; null off Linux. */
  peakKiB: number | null;
}

export interface Running {
  child: ChildProcess;
  done: Promise<Finished>;
  /** Resolves at the first byte on stdout. */
  firstOutput: Promise<void>;
}

/** Starts `node bin/bulletin.js …` with NO_COLOR=1 and a clean environment, stdin closed. */
export function startBin(args: string[], options: { cwd?: string; stdout?: 'pipe' | 'ignore'; killAfterMs?: number } = {}): Running {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let peakKiB: number | null = null;
  const sample = () => {
    const kib = peakOf(child.pid);
    if (kib !== null) peakKiB = Math.max(peakKiB ?? 0, kib);
  };
  const timer = setInterval(sample, 20);
  // A run that would take too long is ended (SIGKILL): the test sees `signal`.
  const deadline = options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  const firstOutput = new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  child.stdout?.on('data', (text: string) => {
    stdout += text;
  });
  child.stderr?.on('data', (text: string) => {
    stderr += text;
  });
  const done = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      clearTimeout(deadline);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, peakKiB });
    });
  });
  return { child, done, firstOutput };
}

/** VmHWM of a live process in KiB, or null (gone, or not Linux). */
function peakOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Resolves when `check` holds, polling every 10 ms; rejects after `ms`. */
export async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  const until = performance.now() + ms;
  while (!check()) {
    if (performance.now() > until) throw new Error(`gave up waiting for ${what} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
