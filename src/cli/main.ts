// The command line as a function: arguments and streams in, an exit code out.
// bin/bulletin.js calls it with the real process; tests call it with fakes.

import { CommanderError } from 'commander';
import { CliError, describeSystemError, errorCode, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK } from './errors.js';
import type { CliIo } from './io.js';
import { buildProgram } from './program.js';

export { nodeIo, type CliIo } from './io.js';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  // A closed pipe must not crash us with an unhandled 'error' event (`bulletin --help | true`).
  // Data writes watch stdout themselves (output.ts); for stderr there is nobody left to tell.
  let stdoutError: unknown = null;
  io.stdout.on('error', (error: unknown) => {
    stdoutError ??= error;
  });
  io.stderr.on('error', () => undefined);
  const program = buildProgram({
    io,
    setExitCode: (code) => {
      exitCode = code;
    },
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    const code = failure(error, io);
    if (!(error instanceof CommanderError) || code !== EXIT_OK) return code;
    // commander wrote the help or the version without waiting: a full disk shows up a tick later.
    await new Promise((resolve) => setImmediate(resolve));
    if (stdoutError === null || errorCode(stdoutError) === 'EPIPE') return code;
    io.stderr.write(`bulletin: error: Cannot write to stdout: ${describeSystemError(stdoutError)}\n`);
    return EXIT_ERROR;
  }
}

function failure(error: unknown, io: CliIo): number {
  // Whatever the abort broke (a stream, a worker), the run was interrupted.
  if (io.signal?.aborted) error = io.signal.reason instanceof CliError ? io.signal.reason : new CliError('Interrupted: the run stopped before the end', EXIT_INTERRUPTED);
  if (error instanceof CommanderError) {
    // commander printed its message (or the help) already.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
    if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    return EXIT_ERROR;
  }
  if (error instanceof CliError) {
    io.stderr.write(`bulletin: error: ${error.message}\n`);
    return error.exitCode;
  }
  // A programmer error: keep the stack, it is what a bug report needs.
  io.stderr.write(`bulletin: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_ERROR;
}
