// Inputs: command-line arguments → a sorted list of sources, and each source
// → its bytes in chunks. Shared by every command that reads bulletins (and by `check`).
//
//   bulletin list a.txt            a file
//   bulletin list submissions/     every *.txt, *.docx, *.doc, *.html, *.htm below it (--ext changes the set)
//   bulletin list 'pages/**/*.txt' a glob pattern, expanded here (quoted, so the shell does not)
//   cat a.txt | bulletin list      stdin, also as `-`
//
// A problem with one input (missing, empty directory, pattern without
// matches) is reported and the others are still read.

import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ReadOptions } from '../document.js';
import { CliError, describeSystemError, errorCode } from './errors.js';
import { compareNames, displayName, type RawName } from './file-names.js';
import type { CliInput, CliIo, CliOutput } from './io.js';
import { fileId, walk, type FoundFile, type WalkResult } from './walk.js';

export type Source =
  | {
      kind: 'file';
      /** Absolute; bytes where the name is not UTF-8 (file-names.ts). */
      path: RawName;
      /** As shown in output and messages: one line, escaped where needed (displayName). */
      name: string;
    }
  | { kind: 'stdin'; name: string };

/** An input that gave nothing to read; `message` is the whole line to print. */
export interface InputProblem {
  input: string;
  message: string;
}

export interface ResolvedInputs {
  /** stdin first, then files sorted by name (code-point order), each file once (by device and inode). */
  sources: Source[];
  /** One error line each: a missing input, an unreadable directory below one, a pattern without matches. */
  problems: InputProblem[];
  /** Left out, not an error: the file stdout is written to, a symbolic-link loop. Each message is a warning to print. */
  skipped: InputProblem[];
}

export interface ResolveOptions {
  cwd: string;
  /** Whether stdin is a terminal: with no arguments, a terminal means "nothing to read". */
  stdinIsTTY: boolean;
  /** Where stdout goes: a file among the inputs is skipped (`bulletin check . > report.txt`). */
  stdout?: CliOutput;
  /** The extensions a directory is read for (`--ext`), lower case, without the dot; default DEFAULT_EXTENSIONS. */
  extensions?: readonly string[];
}

/** The name records and messages use for stdin. */
export const STDIN_NAME = '<stdin>';

/** Below a directory, the files we read (any case: `.TXT` and `.DOCX` from Windows too); `--ext` changes the set. */
export const DEFAULT_EXTENSIONS: readonly string[] = Object.freeze(['txt', 'docx', 'doc', 'html', 'htm']);

/** Whether a name ends in one of `extensions` (case-insensitive). */
function hasExtension(extensions: readonly string[]): (name: string) => boolean {
  const suffixes = extensions.map((extension) => `.${extension}`);
  return (name) => {
    const lower = name.toLowerCase();
    return suffixes.some((suffix) => lower.endsWith(suffix));
  };
}

/** `.txt, .docx or .html files` for the message about a directory without any. */
function describeExtensions(extensions: readonly string[]): string {
  const names = extensions.map((extension) => `.${extension}`);
  return names.length <= 1 ? `${names[0] ?? ''} files` : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]} files`;
}

/** What one argument gave: its files, its error lines, its warning lines. */
interface Found {
  files: FoundFile[];
  errors: string[];
  warnings: string[];
}

/** The inputs of a run, resolved as every reading command resolves them; the skipped ones are warned about on stderr. */
export async function openInputs(io: CliIo, args: readonly string[], extensions: readonly string[] | undefined): Promise<ResolvedInputs & { needsStdin: boolean }> {
  const needsStdin = args.length === 0 || args.includes('-');
  const resolved = await resolveInputs(args, { cwd: io.cwd, stdinIsTTY: needsStdin && io.stdin.isTTY === true, stdout: io.stdout, extensions });
  for (const skip of resolved.skipped) io.stderr.write(`bulletin: warning: ${skip.message}\n`);
  return { ...resolved, needsStdin };
}

export async function resolveInputs(args: readonly string[], options: ResolveOptions): Promise<ResolvedInputs> {
  if (args.length === 0) {
    if (options.stdinIsTTY) {
      throw new CliError('No input: give files, directories or glob patterns, or pipe text to stdin');
    }
    return { sources: [{ kind: 'stdin', name: STDIN_NAME }], problems: [], skipped: [] };
  }
  // By device and inode: a hard link or a symbolic link to a file already found is the same file.
  const files = new Map<string, { path: RawName; name: string; linked: boolean }>();
  const problems: InputProblem[] = [];
  const skipped: InputProblem[] = [];
  const output = options.stdout === undefined ? null : outputFileId(options.stdout);
  let stdin = false;
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    const found = await resolveArgument(arg, options.cwd, options.extensions ?? DEFAULT_EXTENSIONS);
    for (const message of found.errors) problems.push({ input: arg, message });
    for (const message of found.warnings) skipped.push({ input: arg, message });
    for (const file of found.files) {
      const name = displayName(file.name);
      if (file.id === output) {
        // As grep does: reading the file we are writing would read our own output back, growing as we go.
        if (!files.has(file.id)) skipped.push({ input: name, message: `Skipped ${name}: it is the file the output goes to` });
        files.set(file.id, { path: file.path, name, linked: file.linked });
        continue;
      }
      // The same file reached twice keeps its own name over a link's, then the name that sorts first.
      const known = files.get(file.id);
      if (known === undefined || (known.linked === file.linked ? compareNames(name, known.name) < 0 : known.linked)) {
        files.set(file.id, { path: file.path, name, linked: file.linked });
      }
    }
  }
  const sources: Source[] = [...files]
    .filter(([id]) => id !== output)
    .map(([, file]): Source => ({ kind: 'file', path: file.path, name: file.name }))
    .sort((a, b) => compareNames(a.name, b.name));
  if (stdin) sources.unshift({ kind: 'stdin', name: STDIN_NAME });
  return { sources, problems, skipped };
}

/**
 * The regular file a stream writes to (`> out.txt`), by device and inode;
 * null for a terminal, a pipe, /dev/null or a stream without a descriptor.
 */
function outputFileId(stream: CliOutput): string | null {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return null;
  try {
    const info = fstatSync(fd);
    return info.isFile() ? fileId(info) : null;
  } catch {
    return null;
  }
}

async function resolveArgument(arg: string, cwd: string, extensions: readonly string[]): Promise<Found> {
  const shown = displayName(arg);
  const failed = (message: string): Found => ({ files: [], errors: [message], warnings: [] });
  // path.resolve would read '' as the current directory.
  if (arg.trim() === '') return failed(`Cannot read ${quote(shown)}: the name is empty`);
  const absolute = path.resolve(cwd, arg);
  let info: Stats;
  try {
    info = await stat(absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' && (await isPattern(arg))) return expandPattern(arg, cwd);
    if (code === 'ENOTDIR') return failed(`Cannot read ${shown}: a part of the path is a file, not a directory`);
    return failed(`Cannot read ${shown}: ${describeSystemError(error)}`);
  }
  if (!info.isDirectory()) {
    // Named on the command line, the file is taken by that name, link or not.
    return { files: [{ path: absolute, name: path.normalize(arg), id: fileId(info), linked: false }], errors: [], warnings: [] };
  }
  const found = walk(
    { path: absolute, name: path.join(arg, '.'), stats: info },
    { wants: hasExtension(extensions), maxDepth: Infinity, dots: false },
  );
  if (found.files.length === 0 && found.errors.length === 0) found.errors.push(`Cannot read ${shown}: the directory has no ${describeExtensions(extensions)}`);
  return fromWalk(found);
}

function fromWalk(found: WalkResult): Found {
  return { files: found.files, errors: found.errors, warnings: found.loops };
}

async function isPattern(arg: string): Promise<boolean> {
  const { default: picomatch } = await import('picomatch');
  return picomatch.scan(arg).isGlob;
}

/**
 * The files a glob pattern matches, as fast-glob matched them before (its
 * matcher, picomatch: case-sensitive, `*` passes names starting with a dot),
 * walked by walk.ts from the part of the pattern without wildcards.
 */
async function expandPattern(pattern: string, cwd: string): Promise<Found> {
  const { default: picomatch } = await import('picomatch');
  const { base, glob } = picomatch.scan(pattern);
  const matches = picomatch(glob, { dot: false });
  const none: Found = { files: [], errors: [`Cannot expand ${quote(displayName(pattern))}: no files match the pattern`], warnings: [] };
  let info: Stats;
  try {
    info = await stat(path.resolve(cwd, base));
  } catch {
    return none;
  }
  if (!info.isDirectory()) return none;
  // `*/*.txt` looks two levels down; `**`, braces or an extglob (`{a,b/c}`) can reach any depth.
  const maxDepth = /\*\*|[{(]/.test(glob) ? Infinity : glob.split('/').length;
  const found = walk(
    { path: path.resolve(cwd, base), name: base, stats: info },
    { wants: (relative) => matches(relative), maxDepth, dots: /(^|\/)\./.test(glob) },
  );
  if (found.files.length === 0 && found.errors.length === 0) return { ...none, warnings: found.loops };
  return fromWalk(found);
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
function* readChunks(file: RawName, meter: ByteMeter, maxBytes = Infinity): Generator<Uint8Array, void, undefined> {
  const fd = openSync(file, 'r');
  try {
    for (let first = true; ; first = false) {
      const length = readSync(fd, scratch, 0, CHUNK_SIZE, null);
      // Only a file that fills its first chunk can be too large: the many small ones cost no fstat.
      if (first && length === CHUNK_SIZE && fstatSync(fd).size > maxBytes) throw new InputTooLarge(`larger than ${maxBytes} bytes`);
      if (length === 0) return;
      meter.bytes += length;
      yield scratch.subarray(0, length);
    }
  } finally {
    closeSync(fd);
  }
}

export interface ReadWholeOptions {
  /** Where a `stdin` source reads from. */
  stdin?: CliInput;
  /** More bytes than this and InputTooLarge is thrown, whatever the source. */
  maxBytes: number;
  /** Whether the first SNIFF_BYTES say the input is not text; then no more is read. */
  isBinary(head: Uint8Array): boolean;
}

/** Enough for the decoder's binary sniff (a NUL byte in the first 8 KiB, or a known file signature). */
const SNIFF_BYTES = 8 * 1024;

/**
 * A source's bytes, whole, for a reader that needs them all at once (`check`:
 * a fix rewrites the file). The first bytes are sniffed before the rest is read,
 * so `check /dev/zero` stops at once as `list` does, and no more than maxBytes
 * are ever held: a device, a pipe or stdin has no size to ask first.
 */
export async function readWhole(source: Source, options: ReadWholeOptions): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  let sniffed = false;
  for await (const chunk of sourceChunks(source, { stdin: options.stdin, maxFileBytes: options.maxBytes }, { bytes: 0 })) {
    length += chunk.length;
    if (length > options.maxBytes) throw new InputTooLarge(`larger than ${options.maxBytes} bytes`);
    // A file's chunk is a view of the scratch buffer, valid until the next read: copied.
    chunks.push(Buffer.from(chunk));
    if (!sniffed && length >= SNIFF_BYTES) {
      sniffed = true;
      const head = Buffer.concat(chunks, length);
      if (options.isBinary(head)) return head;
    }
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
}

/** Shared by every read: reads are synchronous, so one at a time per thread. */
const scratch = Buffer.allocUnsafe(CHUNK_SIZE);

async function* countChunks(stream: AsyncIterable<Uint8Array>, meter: ByteMeter): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const chunk of stream) {
    meter.bytes += chunk.length;
    yield chunk;
  }
}
