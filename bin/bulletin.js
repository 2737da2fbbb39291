#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm install` through `prepare`).
// Sets the exit code and lets Node exit once stdout has drained.
// `--version` answers before commander and the commands are loaded: scripts
// call it to see whether the tool is there, and it should cost no more than Node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readVersion } = await import('../dist/cli/version.js');
  // A full disk is one line and exit 2, as in main(); a closed pipe is not an error.
  process.stdout.on('error', () => undefined);
  process.stdout.write(`${readVersion()}\n`, async (error) => {
    if (!error || error.code === 'EPIPE') return;
    const { describeSystemError, EXIT_ERROR } = await import('../dist/cli/errors.js');
    process.stderr.write(`bulletin: error: Cannot write to stdout: ${describeSystemError(error)}\n`);
    process.exitCode = EXIT_ERROR;
  });
} else {
  const { main, nodeIo } = await import('../dist/cli/main.js');
  process.exitCode = await main(args, nodeIo());
}
