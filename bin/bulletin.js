#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm install` through `prepare`).
// Sets the exit code and lets Node exit once stdout has drained.
// `--version` answers before commander and the commands are loaded: scripts
// call it to see whether the tool is there, and it should cost no more than Node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readVersion } = await import('../dist/cli/version.js');
  process.stdout.write(`${readVersion()}\n`);
} else {
  const { main, nodeIo } = await import('../dist/cli/main.js');
  process.exitCode = await main(args, nodeIo());
}
