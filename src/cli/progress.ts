// The progress line of a long run, on stderr:
//
//   bulletin: 1234/20000 files, 41.7 MB/s
//
// One line, rewritten in place with \r, only on a terminal, only for more
// than a few files, never with --quiet; cleared when the run ends. Lines
// printed meanwhile (diagnostics, errors) clear it first and redraw it after.

import type { CliOutput } from './io.js';

/** Up to this many files, a run is over before a progress line would help. */
export const MIN_FILES_FOR_PROGRESS = 20;

/** Redraws at most this often: a terminal is slow, and a blur of numbers helps nobody. */
const REDRAW_MS = 100;

const CLEAR_LINE = '\r\u001b[K';

export function wantsProgress(stderr: CliOutput, files: number, quiet: boolean): boolean {
  return stderr.isTTY === true && files > MIN_FILES_FOR_PROGRESS && !quiet;
}

export class ProgressLine {
  private done = 0;
  private bytes = 0;
  private shown = false;
  private lastDraw = -Infinity;
  private readonly started: number;

  constructor(
    private readonly stream: CliOutput,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** A file is done. */
  advance(bytes: number): void {
    this.done += 1;
    this.bytes += bytes;
    const now = this.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.stream.write(`${CLEAR_LINE}${this.line(now)}`);
    this.shown = true;
  }

  /** Text for stderr that must not be torn by the progress line. */
  print(text: string): void {
    if (!this.shown) {
      this.stream.write(text);
      return;
    }
    this.stream.write(`${CLEAR_LINE}${text}${this.line(this.now())}`);
  }

  /** Leaves the terminal as it was. */
  finish(): void {
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }

  private line(now: number): string {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.bytes / 1e6 / seconds : 0;
    return `bulletin: ${this.done}/${this.total} files, ${rate.toFixed(1)} MB/s`;
  }
}
