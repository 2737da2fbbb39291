// Runs the CLI two ways: main() in-process with fake streams, and the built
// bin as a child process (NO_COLOR=1), the way a user runs it.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo, CliOutput } from '../../src/cli/io.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin/bulletin.js');
export const SAMPLE = path.join(ROOT, 'fixtures/community-news.txt');
export const PARSE_FIXTURES = path.join(ROOT, 'fixtures/parse');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stdout/stderr that keeps what is written; `fail` makes writes fail with that error code. */
export class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  isTTY?: boolean;
  columns?: number;

  constructor(private readonly fail?: { code: string; after?: number }) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.fail !== undefined && this.chunks.length >= (this.fail.after ?? 0)) {
      callback(Object.assign(new Error(`write ${this.fail.code}`), { code: this.fail.code }));
      return;
    }
    this.chunks.push(Buffer.from(chunk));
    callback();
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export interface FakeOptions {
  stdin?: string | Uint8Array | Readable;
  /** stdin is a terminal (nothing piped). Default: false when `stdin` is given, true otherwise. */
  stdinTTY?: boolean;
  /** stdout is a terminal of this many columns. */
  columns?: number;
  env?: Record<string, string>;
  cwd?: string;
  stdout?: Collector;
}

export function fakeIo(options: FakeOptions = {}): { io: CliIo; stdout: Collector; stderr: Collector } {
  const stdin = options.stdin instanceof Readable ? options.stdin : Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  Object.assign(stdin, { isTTY: options.stdinTTY ?? options.stdin === undefined });
  const stdout = options.stdout ?? new Collector();
  if (options.columns !== undefined) Object.assign(stdout, { isTTY: true, columns: options.columns });
  const stderr = new Collector();
  const io: CliIo = { stdin, stdout: stdout as CliOutput, stderr, env: options.env ?? { NO_COLOR: '1' }, cwd: options.cwd ?? ROOT };
  return { io, stdout, stderr };
}

/** main() in-process. */
export async function run(argv: string[], options: FakeOptions = {}): Promise<RunResult> {
  const { io, stdout, stderr } = fakeIo(options);
  const code = await main(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export interface SpawnOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string>;
  /** Run as this user (and group): root can test permissions as `nobody`. */
  uid?: number;
}

/** The built bin, as a child process with a clean environment and NO_COLOR=1. */
export function spawnBin(args: string[], options: SpawnOptions = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A shell pipeline, for `| head -n 1`; "$NODE" "$BIN" runs the bin. */
export function spawnShell(script: string, options: SpawnOptions = {}): RunResult {
  const result = spawnSync('sh', ['-c', script], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', NODE: process.execPath, BIN, ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The folders tempDir() made for the test file that imports this module (vitest loads it once per file): removed when
 * the file's tests end, so that a run leaves nothing in the system's temporary folder. (They were left before: a few
 * thousand after a day of runs on a shared machine.)
 */
const madeFolders: string[] = [];
function removeMadeFolders(): void {
  for (const folder of madeFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
// (The laws that import this module run outside vitest too, in `npm run fuzz`, where afterAll() has no suite and throws:
// there the folders go when the process exits.)
if (process.env.VITEST) afterAll(removeMadeFolders);
else process.on('exit', removeMadeFolders);

/** A new empty folder in the system's temporary folder, removed after the test file. */
export function tempDir(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bulletin-cli-'));
  madeFolders.push(folder);
  return folder;
}

/** The newest modification time below a directory, in ms. */
function newest(directory: string): number {
  let latest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** `npm test` builds first; a lone `vitest run test/cli` builds here when dist/ is older than src/. */
export function ensureBuilt(): void {
  const built = path.join(ROOT, 'dist/cli/main.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // Another part of the tree may be mid-edit: an older build still tests the CLI.
  if (result.status !== 0 && !existsSync(built)) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

/** Rows of tab-separated output, header first. */
export function tsv(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}
