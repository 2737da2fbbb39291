// Replacing a file the way a careful editor saves it: the one write path of
// the CLI (`export -o`, `check --fix`).
//
//   1. The name is followed through symbolic links (also a dangling one): the
//      file replaced is the real one, the link stays.
//   2. A file the user may not write is refused (access W_OK), before anything
//      is read or written.
//   3. The new content goes to a hidden temporary file in the same directory,
//      which gets the old file's owner, group and mode (fchown, fchmod); a
//      file whose owner or group cannot be kept is refused, not given away.
//   4. The temporary file is synced and renamed over the target: a reader sees
//      the old file or the new one, never half of one.
//   5. While a temporary file exists, SIGINT, SIGTERM and SIGHUP remove it
//      before the process ends by the signal (a command that handles SIGINT
//      itself, as export does, removes it on its own way out).
//
// A device or FIFO (`-o /dev/null`, a named pipe) is written to directly: a
// rename would replace it by a file.

import { randomBytes } from 'node:crypto';
import { constants, unlinkSync, type Stats } from 'node:fs';
import { access, lstat, open, readlink, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { CliError, describeSystemError, errorCode } from './errors.js';

/** Why a file cannot be replaced, in words that follow "Cannot write <name>: ". */
export class ReplaceError extends Error {
  override name = 'ReplaceError';
}

export interface ReplaceTarget {
  /** The real path, links followed. */
  path: string;
  /** The file there now; null when the run creates it. */
  existing: Stats | null;
}

export interface ReplaceOptions {
  /** What a relative file name is relative to. */
  cwd: string;
  /** The file as messages name it (default: as given). */
  name?: string;
  /** Words the errors: "Cannot write out.json: …" (the default), "Cannot fix page.txt: …". */
  verb?: string;
}

/** Bytes gathered before a write to the temporary file. */
const FILE_BUFFER = 64 * 1024;

/** How many links are followed before giving up (the kernel's own limit). */
const MAX_LINKS = 40;

/**
 * A file being replaced: `write` as often as needed, then `commit` (rename over
 * the target) or `discard` (the target stays as it was). Errors are CliErrors
 * whose message starts "Cannot <verb> <name>: ".
 */
export class FileReplacement {
  private buffered: Array<string | Uint8Array> = [];
  private bufferedLength = 0;
  private closed = false;

  private constructor(
    private readonly handle: FileHandle,
    /** null when writing straight to a device or a FIFO. */
    private readonly temporary: string | null,
    readonly target: ReplaceTarget,
    private readonly prefix: string,
  ) {}

  /** Checks the target and creates the temporary file next to it. */
  static async open(file: string, options: ReplaceOptions): Promise<FileReplacement> {
    const name = options.name ?? file;
    const prefix = `Cannot ${options.verb ?? 'write'} ${name}: `;
    try {
      const target = await resolveTarget(file, options.cwd);
      if (target.existing !== null && !target.existing.isFile()) {
        const handle = await open(target.path, 'w');
        return new FileReplacement(handle, null, target, prefix);
      }
      const { handle, temporary } = await createTemporary(target);
      return new FileReplacement(handle, temporary, target, prefix);
    } catch (error) {
      throw asCliError(error, prefix);
    }
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
      await rename(this.temporary, this.target.path);
      forget(this.temporary);
    } catch (error) {
      await this.discard();
      throw asCliError(error, this.prefix);
    }
  }

  /** Removes the temporary file; the target is untouched. */
  async discard(): Promise<void> {
    await this.close().catch(() => undefined);
    if (this.temporary === null) return;
    await unlink(this.temporary).catch(() => undefined);
    forget(this.temporary);
  }

  private async flush(): Promise<void> {
    if (this.bufferedLength === 0) return;
    const chunk = joinChunks(this.buffered);
    this.buffered = [];
    this.bufferedLength = 0;
    try {
      await this.handle.writeFile(chunk, 'utf8');
    } catch (error) {
      throw asCliError(error, this.prefix);
    }
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }
}

/** Replaces a file by these bytes at once (check --fix). */
export async function replaceFile(file: string, bytes: Uint8Array, options: ReplaceOptions): Promise<void> {
  const replacement = await FileReplacement.open(file, options);
  await replacement.write(bytes);
  await replacement.commit();
}

/**
 * Where `name` leads: links followed (a dangling one to the file it would
 * create), the directory checked, and the file there now, which the user must
 * be allowed to write.
 */
export async function resolveTarget(name: string, cwd: string): Promise<ReplaceTarget> {
  const given = path.resolve(cwd, name);
  // path.resolve drops a trailing slash: `-o newdir/` would create a file newdir.
  if (name.endsWith('/') || name.endsWith(path.sep)) {
    const info = await stat(given).catch(() => null);
    if (info?.isDirectory()) throw new ReplaceError('it is a directory; give a file name');
    throw new ReplaceError(`the directory ${name} does not exist; give a file name`);
  }
  let current = given;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const real = await realpath(current).catch((error: unknown) => {
      // Missing (or under a file): a new file, or a dangling link, looked at below.
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
      throw error;
    });
    if (real !== null) return existingTarget(real);
    const info = await lstat(current).catch(() => null);
    if (info?.isSymbolicLink()) {
      current = path.resolve(path.dirname(current), await readlink(current));
      continue;
    }
    // Past a link, the directory to name is the one the link leads to.
    const shown = current === given ? path.dirname(name) : path.relative(cwd, path.dirname(current)) || '.';
    return { path: path.join(await realDirectory(current, shown), path.basename(current)), existing: null };
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

async function existingTarget(real: string): Promise<ReplaceTarget> {
  const existing = await stat(real);
  if (existing.isDirectory()) throw new ReplaceError('it is a directory; give a file name');
  // Root passes this test for any file, as the kernel would let it write them.
  if (existing.isFile()) await access(real, constants.W_OK);
  return { path: real, existing };
}

/** The real path of the directory a new file goes into. */
async function realDirectory(file: string, shown: string): Promise<string> {
  try {
    const directory = await realpath(path.dirname(file));
    if (!(await stat(directory)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    return directory;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new ReplaceError(`the directory ${shown} does not exist`);
    if (errorCode(error) === 'ENOTDIR') throw new ReplaceError(`${shown} is a file, not a directory`);
    throw error;
  }
}

/** The temporary file next to the target, with the target's owner, group and mode. */
async function createTemporary(target: ReplaceTarget): Promise<{ handle: FileHandle; temporary: string }> {
  const directory = path.dirname(target.path);
  const temporary = path.join(directory, `.${path.basename(target.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Registered before it exists: a signal between the two must not leave it behind.
  remember(temporary);
  let handle: FileHandle;
  try {
    // A new file gets the usual 0666 less the umask; a replacement starts private and gets the old mode below.
    handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, target.existing === null ? 0o666 : 0o600);
  } catch (error) {
    forget(temporary);
    if (errorCode(error) === 'EACCES' || errorCode(error) === 'EPERM') {
      throw new ReplaceError(`cannot create a temporary file in ${directory}: ${describeSystemError(error)}`);
    }
    throw error;
  }
  try {
    if (target.existing !== null) await keepOwnership(handle, target.existing);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    forget(temporary);
    throw error;
  }
  return { handle, temporary };
}

/** Owner and group first (a chown clears set-id bits), then the mode. */
async function keepOwnership(handle: FileHandle, existing: Stats): Promise<void> {
  const created = await handle.stat();
  if (created.uid !== existing.uid || created.gid !== existing.gid) {
    await handle.chown(existing.uid, existing.gid).catch((error: unknown) => {
      if (errorCode(error) !== 'EPERM') throw error;
      throw new ReplaceError(`its owner (uid ${existing.uid}, gid ${existing.gid}) could not be kept on the replacement; run as its owner`);
    });
  }
  await handle.chmod(existing.mode & 0o7777);
}

function asCliError(error: unknown, prefix: string): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof ReplaceError) return new CliError(prefix + error.message);
  if (errorCode(error) === undefined) throw error; // a programmer error keeps its stack
  return new CliError(prefix + describeSystemError(error));
}

/** What was gathered, as one string or (when bytes came too) one buffer. */
export function joinChunks(chunks: ReadonlyArray<string | Uint8Array>): string | Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  if (chunks.every((chunk) => typeof chunk === 'string')) return chunks.join('');
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
}

// The temporary files that exist now, and the signal handlers that remove them.
// The handlers are there only while a temporary file is: otherwise a signal
// does what it always does.

const temporaries = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function remember(file: string): void {
  if (temporaries.size === 0) {
    // First in line: a SIGINT handler of the command (export's) is still there to see.
    for (const signal of SIGNALS) process.prependListener(signal, onSignal);
    process.on('exit', removeTemporaries);
  }
  temporaries.add(file);
}

function forget(file: string): void {
  if (!temporaries.delete(file) || temporaries.size > 0) return;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', removeTemporaries);
}

function removeTemporaries(): void {
  for (const file of temporaries) {
    try {
      unlinkSync(file);
    } catch {
      // gone already, or never created
    }
  }
  temporaries.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  // A command that handles Ctrl-C itself (export: stop reading, discard, exit 130) does its own cleaning.
  if (signal === 'SIGINT' && process.listenerCount('SIGINT') > 1) return;
  removeTemporaries();
  for (const each of SIGNALS) process.off(each, onSignal);
  process.off('exit', removeTemporaries);
  // End by the signal, as without a handler, so that the shell sees it (130, 143, 129).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
