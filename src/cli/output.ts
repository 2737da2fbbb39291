// Where a command's data goes: stdout, or a file written atomically (-o).
//
// stdout: writes wait for 'drain', and a write error is turned into either a
// quiet stop (EPIPE: the reader has gone, as in `bulletin export … | head`)
// or a one-line error (ENOSPC on /dev/full, …).
//
// -o file: everything goes to a temporary file in the same directory, which
// is renamed over the target only when the run succeeds. A failed run removes
// the temporary file and leaves any earlier file as it was.

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { CliError, describeSystemError, errorCode } from './errors.js';
import type { CliOutput } from './io.js';

export interface Output {
  /** Resolves when the text (or UTF-8 bytes) is handed over; throws OutputClosed or CliError. */
  write(chunk: string | Uint8Array): Promise<void>;
}

/** What was gathered, as one string or (when bytes came too) one buffer. */
function joinChunks(chunks: ReadonlyArray<string | Uint8Array>): string | Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  if (chunks.every((chunk) => typeof chunk === 'string')) return chunks.join('');
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
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

/** Bytes gathered before a write to the temporary file. */
const FILE_BUFFER = 64 * 1024;

export class AtomicFile implements Output {
  private buffered: Array<string | Uint8Array> = [];
  private bufferedLength = 0;
  private closed = false;

  private constructor(
    private readonly handle: FileHandle,
    /** null when writing straight to a device or a FIFO. */
    private readonly temporary: string | null,
    readonly target: string,
    private readonly name: string,
  ) {}

  /** Checks the target and creates the temporary file next to it. */
  static async open(name: string, cwd: string): Promise<AtomicFile> {
    // A link is followed: what it points to is replaced, the link stays.
    const given = path.resolve(cwd, name);
    const target = await realpath(given).catch(() => given);
    const directory = path.dirname(target);
    const directoryInfo = await stat(directory).catch((error: unknown) => {
      throw new CliError(`Cannot write ${name}: ${errorCode(error) === 'ENOENT' ? `the directory ${path.dirname(name)} does not exist` : describeSystemError(error)}`);
    });
    if (!directoryInfo.isDirectory()) throw new CliError(`Cannot write ${name}: ${path.dirname(name)} is a file, not a directory`);
    const existing = await stat(target).catch(() => null);
    if (existing?.isDirectory()) throw new CliError(`Cannot write ${name}: it is a directory; give a file name`);
    // A rename would replace a device or a FIFO (-o /dev/null, a named pipe) by a file: write to it directly.
    if (existing !== null && !existing.isFile()) {
      const handle = await open(target, 'w').catch((error: unknown) => {
        throw new CliError(`Cannot write ${name}: ${describeSystemError(error)}`);
      });
      return new AtomicFile(handle, null, target, name);
    }

    const temporary = path.join(directory, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let handle: FileHandle;
    try {
      handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    } catch (error) {
      throw new CliError(`Cannot write ${name}: ${describeSystemError(error)}`);
    }
    // Replacing a file keeps its permissions, as an editor saving it would.
    if (existing !== null) await chmod(temporary, existing.mode & 0o7777).catch(() => undefined);
    return new AtomicFile(handle, temporary, target, name);
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    this.buffered.push(chunk);
    this.bufferedLength += chunk.length;
    if (this.bufferedLength >= FILE_BUFFER) await this.flush();
  }

  /** Flushes, syncs and renames the temporary file over the target. */
  async commit(): Promise<void> {
    try {
      await this.flush();
      if (this.temporary === null) return await this.close();
      await this.handle.sync();
      await this.close();
      await rename(this.temporary, this.target);
    } catch (error) {
      await this.discard();
      throw error instanceof CliError ? error : new CliError(`Cannot write ${this.name}: ${describeSystemError(error)}`);
    }
  }

  /** Removes the temporary file; the target is untouched. */
  async discard(): Promise<void> {
    await this.close().catch(() => undefined);
    if (this.temporary !== null) await unlink(this.temporary).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.bufferedLength === 0) return;
    const chunk = joinChunks(this.buffered);
    this.buffered = [];
    this.bufferedLength = 0;
    try {
      await this.handle.writeFile(chunk, 'utf8');
    } catch (error) {
      throw new CliError(`Cannot write ${this.name}: ${describeSystemError(error)}`);
    }
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }
}
