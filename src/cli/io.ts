// What the CLI may touch of the process, passed in so that tests run main()
// in-process with fake streams. Only bin/bulletin.js hands over the real ones.

import type { Readable, Writable } from 'node:stream';
import { CliError, EXIT_INTERRUPTED } from './errors.js';

export type CliInput = Readable & { isTTY?: boolean };
export type CliOutput = Writable & { isTTY?: boolean; columns?: number };

export interface CliIo {
  stdin: CliInput;
  stdout: CliOutput;
  stderr: CliOutput;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /**
   * Aborted when the run must stop (SIGINT): reading stops at the next chunk,
   * worker threads are terminated, a temporary -o file is removed, exit 130.
   * Long work listens to it; none when undefined.
   */
  signal?: AbortSignal;
}

/** The real process; stdin is looked up only when a command reads it (creating it is not free). */
export function nodeIo(): CliIo {
  let signal: AbortSignal | undefined;
  return {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    // The SIGINT handler is installed when a command first asks for the signal.
    // One that never does (check, which has no temporary file to remove and
    // has written each checked file's findings already) keeps Node's default:
    // Ctrl-C ends it at once.
    get signal() {
      return (signal ??= interruptSignal());
    },
  };
}

/**
 * Aborted by the first SIGINT, so that the run stops cleanly. The handler is
 * there once: a second Ctrl-C ends the process at once, as without one.
 */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort(new CliError('Interrupted (SIGINT): the run stopped before the end', EXIT_INTERRUPTED)));
  return controller.signal;
}

/**
 * Colours on a stream. In order: `--no-color` turns them off; NO_COLOR (any
 * non-empty value, no-color.org) turns them off; FORCE_COLOR turns them on
 * (except `0` / `false`); otherwise a terminal gets colours (unless
 * TERM=dumb) and a pipe or file does not. NO_COLOR wins over FORCE_COLOR because CI runners and tools
 * set FORCE_COLOR for everyone, while NO_COLOR is the user's own choice.
 */
export function colorEnabled(stream: CliOutput, env: CliIo['env'], flag: boolean): boolean {
  if (!flag) return false;
  if ((env.NO_COLOR ?? '') !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  // A terminal that says it understands no escape codes (Emacs shell, some CI consoles).
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** Terminal width for tables, null when the stream is not a terminal. */
export function terminalColumns(stream: CliOutput, env: CliIo['env']): number | null {
  if (stream.isTTY !== true) return null;
  if (typeof stream.columns === 'number' && stream.columns > 0) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}
