// Does a change leave the parser's output as it was? For speed work, which must not change behaviour.
//
//   tsx scripts/same-output.ts record DIR    write what the built CLI (dist/) prints for every input into DIR
//   tsx scripts/same-output.ts compare DIR   run again and compare byte for byte; exit 1 on any difference
//
// The inputs: every .txt under fixtures/ and .pages/ (the git-ignored real pages, when present). For
// each: `export FILE --format json`, `explain FILE --format json`, and `export - --format json` with
// the file on stdin (the streaming path). It runs main() in-process on the built dist/ (`npm run build`
// first), so one run takes seconds, not a process per file. Keep DIR outside the repo (e.g. /tmp/ref).
// Files are named relative to the repository, so a checkout elsewhere (another commit) records comparable output.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliIo, CliOutput } from '../src/cli/io.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    callback();
  }
}

function inputs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...inputs(full));
    else if (entry.name.endsWith('.txt')) found.push(full);
  }
  return found.sort();
}

const [mode, outDir] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || outDir === undefined) {
  process.stderr.write('usage: tsx scripts/same-output.ts record|compare DIR\n');
  process.exit(2);
}

const { main } = (await import(pathToFileURL(path.join(ROOT, 'dist/cli/main.js')).href)) as typeof import('../src/cli/main.js');

async function run(argv: string[], stdin?: Buffer): Promise<Buffer> {
  const input = Readable.from(stdin === undefined ? [] : [stdin]);
  Object.assign(input, { isTTY: stdin === undefined });
  const stdout = new Collector();
  const stderr = new Collector();
  const io: CliIo = { stdin: input, stdout: stdout as CliOutput, stderr: stderr as CliOutput, env: { NO_COLOR: '1' }, cwd: ROOT };
  const code = await main(argv, io);
  return Buffer.concat([Buffer.from(`exit ${code}\n`), ...stdout.chunks, Buffer.from('\n--- stderr\n'), ...stderr.chunks]);
}

const files = [...inputs(path.join(ROOT, 'fixtures')), ...inputs(path.join(ROOT, '.pages'))];
mkdirSync(outDir, { recursive: true });
let differ = 0;
let missing = 0;
for (const file of files) {
  // Named relative to the repository (the cwd), so that two checkouts of it print the same.
  const relative = path.relative(ROOT, file);
  const name = relative.replaceAll('/', '__').replace(/^\./, '');
  const outputs: Array<[string, Buffer]> = [
    ['export', await run(['export', relative, '--format', 'json'])],
    ['explain', await run(['explain', relative, '--format', 'json'])],
    ['stdin', await run(['export', '-', '--format', 'json'], readFileSync(file))],
  ];
  for (const [kind, output] of outputs) {
    const target = path.join(outDir, `${name}.${kind}`);
    if (mode === 'record') {
      writeFileSync(target, output);
    } else if (!existsSync(target)) {
      missing++;
      process.stdout.write(`missing: ${target}\n`);
    } else if (!readFileSync(target).equals(output)) {
      differ++;
      process.stdout.write(`differs: ${path.relative(ROOT, file)} (${kind})\n`);
    }
  }
}
if (mode === 'record') {
  process.stdout.write(`recorded ${files.length} inputs × 3 outputs into ${outDir}\n`);
} else {
  process.stdout.write(`${files.length} inputs × 3 outputs: ${differ} differ, ${missing} missing\n`);
  process.exitCode = differ + missing === 0 ? 0 : 1;
}
