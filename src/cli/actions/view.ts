// bulletin view: check's HTML report into a file (-o, or a new temporary
// one), then the default browser on it. The page is the one `bulletin check
// --format html` writes: the same run, its output in a file.

import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCheck } from './check.js';
import type { ViewFlags } from '../commands/view.js';
import { CliError, describeSystemError, EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import type { CliIo } from '../io.js';
import { FileReplacement } from '../output.js';

export async function runView(io: CliIo, inputs: readonly string[], flags: ViewFlags): Promise<number> {
  const target = flags.output ?? path.join(await mkdtemp(path.join(tmpdir(), 'bulletin-view-')), 'report.html');
  const file = await FileReplacement.open(target, { cwd: io.cwd });
  let code: number;
  try {
    refuseInputAsOutput(io, inputs, file, target);
    code = await runCheck(
      io,
      inputs,
      { format: 'html', fix: false, fixDryRun: false, quiet: false, color: false, encoding: flags.encoding, config: flags.config, today: flags.today, year: flags.year },
      { output: file },
    );
  } catch (error) {
    await file.discard();
    throw error;
  }
  await file.commit();
  const written = file.target.path;
  io.stderr.write(`bulletin: report written to ${written}\n`);
  if (flags.open) {
    const failure = await openInBrowser(written, io);
    if (failure !== null) io.stderr.write(`bulletin: warning: Cannot open a browser: ${failure}; open ${pathToFileURL(written).href} yourself\n`);
  }
  // The page is written whatever it shows: findings are not a failure here.
  return code === EXIT_FINDINGS ? EXIT_OK : code;
}

/** `view page.txt -o page.txt` would replace the page with its report. */
function refuseInputAsOutput(io: CliIo, inputs: readonly string[], file: FileReplacement, name: string): void {
  const output = file.target.existing;
  if (output === null || !output.isFile()) return;
  for (const input of inputs) {
    if (input === '-') continue;
    let info;
    try {
      info = statSync(path.resolve(io.cwd, input));
    } catch {
      continue;
    }
    if (info.dev === output.dev && info.ino === output.ino) {
      throw new CliError(`Cannot write ${name}: it is also an input, and the report would replace the page it reads; give another output file`);
    }
  }
}

/** The platform's opener: its command and arguments for a file. */
export function openerFor(platform: NodeJS.Platform, file: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [file]];
  // `start` is a cmd built-in; its first quoted argument is a window title.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', `"${file}"`]];
  return ['xdg-open', [file]];
}

/** Starts the opener and lets it go; null when it started, else why not (one line). */
function openInBrowser(file: string, io: CliIo): Promise<string | null> {
  const [command, args] = openerFor(process.platform, file);
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, { env: { ...io.env }, detached: true, stdio: 'ignore', windowsVerbatimArguments: process.platform === 'win32' });
    } catch (error) {
      resolve(`${command}: ${describeSystemError(error)}`);
      return;
    }
    child.once('error', (error) => resolve(`${command}: ${describeSystemError(error)}`));
    child.once('spawn', () => {
      child.unref();
      resolve(null);
    });
  });
}
