// The built bin as a child process that a test can watch while it runs:
// send it a signal, and read its CPU time and peak memory from /proc.
//
// Limits are on CPU time, not on the clock: on a two-core machine at load 20 a
// run waits ten times as long as it works, while the work it does, which is
// what a runaway loop or a quadratic join multiplies, stays about the same.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN, ROOT } from '../cli/helpers.js';

export interface Finished {
  /** The exit code; null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From the start to the exit, by the clock: for reports only, a loaded machine stretches it. */
  ms: number;
  /** CPU time (user + system, all threads) as last sampled before the exit, in ms; null off Linux. */
  cpuMs: number | null;
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
export interface StartOptions {
  cwd?: string;
  stdout?: 'pipe' | 'ignore';
  /** A run that has used this much CPU time is ended (SIGKILL): the test sees `signal`. */
  cpuLimitMs?: number;
  /** A run still going after this long by the clock is ended: a last guard against a hang, minutes on a loaded machine. */
  killAfterMs?: number;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ): 100 on every Linux we run on. */
const TICKS_PER_SECOND = 100;

export function startBin(args: string[], options: StartOptions = {}): Running {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let peakKiB: number | null = null;
  let cpuMs: number | null = null;
  const sample = () => {
    const kib = peakOf(child.pid);
    if (kib !== null) peakKiB = Math.max(peakKiB ?? 0, kib);
    const used = cpuOf(child.pid);
    if (used !== null) cpuMs = Math.max(cpuMs ?? 0, used);
    if (options.cpuLimitMs !== undefined && cpuMs !== null && cpuMs > options.cpuLimitMs) child.kill('SIGKILL');
  };
  const timer = setInterval(sample, 20);
  // A run that hangs is ended (SIGKILL): the test sees `signal`.
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
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, cpuMs, peakKiB });
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

/** User + system CPU time of a live process in ms (fields 14 and 15 of /proc/<pid>/stat), or null (gone, or not Linux). */
function cpuOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count the fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The bytes a live process has read so far (rchar in /proc/<pid>/io), or null (gone, or not Linux). */
export function bytesRead(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^rchar:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
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

/** CPU time this process has used since `started` (process.cpuUsage()), in ms: unlike the clock, not stretched by the load of the machine. */
export function cpuMsSince(started: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}
