import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** What a command's registration gets: the process it runs in and where its exit code goes. */
export interface CommandContext {
  io: CliIo;
  setExitCode(code: number): void;
}

/** A subcommand: adds itself to the program. Keep the module light; load the work in the action. */
export type RegisterCommand = (program: Command, context: CommandContext) => void;

/** Help text after the options: a heading and one example per line. */
export function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}
