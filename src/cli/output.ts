// Where a command's data goes: stdout, or a file written atomically (-o, by
// FileReplacement in replace-file.ts, the one write path for files).
//
// stdout: writes wait for 'drain', and a write error is turned into either a
// quiet stop (EPIPE: the reader has gone, as in `bulletin export … | head`)
// or a one-line error (ENOSPC on /dev/full, …).

import { CliError, describeSystemError, errorCode } from './errors.js';
import type { CliOutput } from './io.js';
import { joinChunks } from './replace-file.js';

export { FileReplacement } from './replace-file.js';

export interface Output {
  /** Resolves when the text (or UTF-8 bytes) is handed over; throws OutputClosed or CliError. */
  write(chunk: string | Uint8Array): Promise<void>;
}

/** The reader of stdout went away (EPIPE): stop producing output, quietly. */
export class OutputClosed extends Error {
  override name = 'OutputClosed';
}

/**
 * Text gathered before a write to stdout: one write per item would be one
 * system call per item (stdout on a pipe or a file is synchronous on Linux).
 */
const STREAM_BUFFER = 32 * 1024;

export class StreamOutput implements Output {
  private failure: NodeJS.ErrnoException | null = null;
  private buffered: Array<string | Uint8Array> = [];
  private bufferedLength = 0;
  /** A flush is due at the next turn of the event loop, so that a slow trickle of items still goes out at once. */
  private due = false;
  /** Resolves when the stream has drained after a write it could not take at once. */
  private draining: Promise<void> | null = null;

  constructor(
    private readonly stream: CliOutput,
    private readonly label = 'stdout',
  ) {
    // Without a listener a closed pipe would crash the process with a trace.
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.failure ??= error;
    });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    this.check();
    if (chunk.length === 0) return;
    this.buffered.push(chunk);
    this.bufferedLength += chunk.length;
    if (this.bufferedLength >= STREAM_BUFFER) await this.flush();
    else if (!this.due) {
      this.due = true;
      setImmediate(() => {
        this.due = false;
        this.send();
      });
    }
    if (this.draining !== null) await this.draining;
    this.check();
  }

  /** Writes what is gathered, then lets a pending write error surface (they are emitted on a later tick). */
  async settle(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.check();
  }

  private async flush(): Promise<void> {
    this.send();
    if (this.draining !== null) await this.draining;
  }

  /** Hands the gathered text to the stream; a full stream makes the next write wait for 'drain'. */
  private send(): void {
    if (this.bufferedLength === 0 || this.failure !== null) return;
    const chunk = joinChunks(this.buffered);
    this.buffered = [];
    this.bufferedLength = 0;
    if (!this.stream.write(chunk) && this.draining === null) {
      this.draining = this.drained().then(() => {
        this.draining = null;
      });
    }
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.once('drain', done);
      this.stream.once('error', done);
      this.stream.once('close', done);
    });
  }

  private check(): void {
    if (this.failure === null) return;
    if (errorCode(this.failure) === 'EPIPE') throw new OutputClosed();
    throw new CliError(`Cannot write to ${this.label}: ${describeSystemError(this.failure)}`);
  }
}
