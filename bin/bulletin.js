#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm install` through `prepare`).
// Sets the exit code and lets Node exit once stdout has drained.
import { main, nodeIo } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
