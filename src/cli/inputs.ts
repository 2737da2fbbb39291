// Inputs: command-line arguments → a sorted list of sources, and each source
// → its bytes in chunks. Shared by every command that reads bulletins (and by `check`).
//
//   bulletin list a.txt            a file
//   bulletin list submissions/     every *.txt below it
//   bulletin list 'pages/**/*.txt' a glob pattern, expanded here (quoted, so the shell does not)
//   cat a.txt | bulletin list      stdin, also as `-`
//
// A problem with one input (missing, empty directory, pattern without
// matches) is reported and the others are still read.

import { closeSync, fstatSync, openSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ReadOptions } from '../document.js';
import { CliError, describeSystemError, errorCode } from './errors.js';
import type { CliInput, CliOutput } from './io.js';

export type Source =
  | { kind: 'file'; /** Absolute. */ path: string; /** As shown in output and messages. */ name: string }
  | { kind: 'stdin'; name: string };

/** An input that gave nothing to read; `message` is the whole line to print. */
export interface InputProblem {
  input: string;
  message: string;
}

export interface ResolvedInputs {
  /** stdin first, then files sorted by name (code-point order), each file once. */
  sources: Source[];
  problems: InputProblem[];
  /** Inputs left out, not an error: the file stdout is written to. Each message is a warning to print. */
  skipped: InputProblem[];
}

export interface ResolveOptions {
  cwd: string;
  /** Whether stdin is a terminal: with no arguments, a terminal means "nothing to read". */
  stdinIsTTY: boolean;
  /** Where stdout goes: a file among the inputs is skipped (`bulletin check . > report.txt`). */
  stdout?: CliOutput;
}

/** The name records and messages use for stdin. */
export const STDIN_NAME = '<stdin>';

/** Below a directory, the files we read (any case: `.TXT` from Windows too). */
const TEXT_FILES = '**/*.txt';

export async function resolveInputs(args: readonly string[], options: ResolveOptions): Promise<ResolvedInputs> {
  if (args.length === 0) {
    if (options.stdinIsTTY) {
      throw new CliError('No input: give files, directories or glob patterns, or pipe text to stdin');
    }
    return { sources: [{ kind: 'stdin', name: STDIN_NAME }], problems: [], skipped: [] };
  }
  const files = new Map<string, string>();
  const problems: InputProblem[] = [];
  let stdin = false;
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    const found = await resolveArgument(arg, options.cwd);
    if ('message' in found) problems.push(found);
    else for (const name of found.names) addFile(files, path.resolve(options.cwd, name), name);
  }
  const skipped: InputProblem[] = [];
  const output = options.stdout === undefined ? null : outputFile(options.stdout);
  const sources: Source[] = [...files]
    .filter(([absolute, name]) => {
      if (output === null || !output.is(absolute)) return true;
      // As grep does: reading the file we are writing would read our own output back, growing as we go.
      skipped.push({ input: name, message: `Skipped ${name}: it is the file the output goes to` });
      return false;
    })
    .map(([absolute, name]): Source => ({ kind: 'file', path: absolute, name }))
    .sort((a, b) => compareNames(a.name, b.name));
  if (stdin) sources.unshift({ kind: 'stdin', name: STDIN_NAME });
  return { sources, problems, skipped };
}

/**
 * The regular file a stream writes to (`> out.txt`), as a test on paths; null
 * for a terminal, a pipe, /dev/null or a stream without a descriptor. Where
 * /proc names the file, only inputs of the same name are stat'ed, so a run over
 * 20,000 files redirected to a file pays for no stat of the others.
 */
function outputFile(stream: CliOutput): { is(file: string): boolean } | null {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return null;
  let info: Stats;
  try {
    info = fstatSync(fd);
  } catch {
    return null;
  }
  if (!info.isFile()) return null;
  let name: string | null = null;
  try {
    name = path.basename(readlinkSync(`/proc/self/fd/${fd}`));
  } catch {
    // No /proc (macOS): every input is stat'ed.
  }
  return {
    is(file) {
      if (name !== null && path.basename(file) !== name) return false;
      try {
        const other = statSync(file);
        return other.dev === info.dev && other.ino === info.ino;
      } catch {
        return false; // reading it will say why
      }
    },
  };
}

/** The same file reached twice keeps the name that sorts first. */
function addFile(files: Map<string, string>, absolute: string, name: string): void {
  const known = files.get(absolute);
  if (known === undefined || compareNames(name, known) < 0) files.set(absolute, name);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function resolveArgument(arg: string, cwd: string): Promise<{ names: string[] } | InputProblem> {
  // path.resolve would read '' as the current directory.
  if (arg.trim() === '') return { input: arg, message: `Cannot read ${quote(arg)}: the name is empty` };
  const absolute = path.resolve(cwd, arg);
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) return { names: [path.normalize(arg)] };
    const names = await glob(TEXT_FILES, absolute, arg, false);
    if (names.length === 0) return { input: arg, message: `Cannot read ${arg}: the directory has no .txt files` };
    return { names: names.map((name) => path.join(arg, name)) };
  } catch (error) {
    if (error instanceof CliError) return { input: arg, message: error.message };
    const code = errorCode(error);
    if (code === 'ENOENT' && (await isPattern(arg))) {
      const names = await glob(arg, cwd, arg).catch((globError: unknown) => globError);
      if (names instanceof CliError) return { input: arg, message: names.message };
      if (!Array.isArray(names)) throw names;
      if (names.length === 0) return { input: arg, message: `Cannot expand ${quote(arg)}: no files match the pattern` };
      return { names };
    }
    if (code === 'ENOTDIR') return { input: arg, message: `Cannot read ${arg}: a part of the path is a file, not a directory` };
    return { input: arg, message: `Cannot read ${arg}: ${describeSystemError(error)}` };
  }
}

async function isPattern(arg: string): Promise<boolean> {
  const { default: fg } = await import('fast-glob');
  return fg.isDynamicPattern(arg);
}

/** Files matching `pattern` below `cwd`, as fast-glob names them (relative for a relative pattern). */
async function glob(pattern: string, cwd: string, arg: string, caseSensitive = true): Promise<string[]> {
  const { default: fg } = await import('fast-glob');
  try {
    return await fg(pattern, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: true, caseSensitiveMatch: caseSensitive });
  } catch (error) {
    throw new CliError(`Cannot expand ${quote(arg)}: ${describeSystemError(error)}${pathOf(error)}`);
  }
}

function pathOf(error: unknown): string {
  const where = typeof error === 'object' && error !== null && 'path' in error ? error.path : undefined;
  return typeof where === 'string' ? ` at ${where}` : '';
}

function quote(text: string): string {
  return `'${text}'`;
}

export interface ReadSourceOptions extends Omit<ReadOptions, 'file'> {
  /** Where a `stdin` source reads from; needed only when one is read. */
  stdin?: CliInput;
  /** Reading stops with the signal's reason when it is aborted (SIGINT). */
  signal?: AbortSignal;
  /** A file larger than this is not read: InputTooLarge comes before its first chunk (a worker hands it back). */
  maxFileBytes?: number;
}

export class InputTooLarge extends Error {
  override name = 'InputTooLarge';
}

/** Bytes per read: large enough for the decoder's 8 KiB binary sniff in one chunk. */
const CHUNK_SIZE = 64 * 1024;

/** Counts the bytes read, for the progress line. */
export interface ByteMeter {
  bytes: number;
}

/**
 * A source's bytes in chunks: synchronous reads for a file, the stream for
 * stdin. File-system errors are thrown as they are (describe them with
 * describeSystemError). The caller parses each chunk as it comes
 * (DocumentParser), so memory stays at one item plus one chunk.
 */
export function sourceChunks(source: Source, options: ReadSourceOptions, meter: ByteMeter): Iterable<Uint8Array> | AsyncIterable<Uint8Array> {
  if (source.kind === 'stdin' && options.stdin === undefined) throw new Error('sourceChunks: a stdin source needs options.stdin');
  return source.kind === 'file' ? readChunks(source.path, meter, options.maxFileBytes) : countChunks(options.stdin!, meter);
}

/** How long reading may keep the event loop to itself: a SIGINT handler waits that long at most. */
const YIELD_MS = 50;
let lastYield = 0;

/**
 * Called between chunks: stops once the run is aborted. Files are read
 * synchronously, so every YIELD_MS the event loop gets a turn, and with it
 * the SIGINT handler that aborts the signal.
 */
export async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return;
  if (performance.now() - lastYield > YIELD_MS) {
    await new Promise((resolve) => setImmediate(resolve));
    lastYield = performance.now();
  }
  signal.throwIfAborted();
}

/**
 * A file's bytes, read synchronously. An archive is mostly small files, and
 * an asynchronous read costs a round trip through libuv's thread pool per
 * call: about 130 µs a file against 10 µs here (docs/performance.md). Every
 * read goes into one scratch buffer, and each chunk is a view of it, valid
 * until the next read: the decoder copies the few bytes it keeps (a character
 * cut by the chunk's end), so nothing else is copied.
 */
function* readChunks(file: string, meter: ByteMeter, maxBytes = Infinity): Generator<Uint8Array, void, undefined> {
  const fd = openSync(file, 'r');
  try {
    for (let first = true; ; first = false) {
      const length = readSync(fd, scratch, 0, CHUNK_SIZE, null);
      // Only a file that fills its first chunk can be too large: the many small ones cost no fstat.
      if (first && length === CHUNK_SIZE && fstatSync(fd).size > maxBytes) throw new InputTooLarge(`${file} is larger than ${maxBytes} bytes`);
      if (length === 0) return;
      meter.bytes += length;
      yield scratch.subarray(0, length);
    }
  } finally {
    closeSync(fd);
  }
}

/** Shared by every read: reads are synchronous, so one at a time per thread. */
const scratch = Buffer.allocUnsafe(CHUNK_SIZE);

async function* countChunks(stream: AsyncIterable<Uint8Array>, meter: ByteMeter): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const chunk of stream) {
    meter.bytes += chunk.length;
    yield chunk;
  }
}
