// The program and its subcommands. A command module only declares its
// options; the work it does is imported when it runs, so that `bulletin
// --version` loads commander and nothing else.

import { Command } from 'commander';
import { register as registerCheck } from './commands/check.js';
import { register as registerExplain } from './commands/explain.js';
import { register as registerExport } from './commands/export.js';
import { register as registerFilter } from './commands/filter.js';
import { register as registerFormat } from './commands/format.js';
import { register as registerList } from './commands/list.js';
import { register as registerStats } from './commands/stats.js';
import { register as registerView } from './commands/view.js';
import { examples, type CommandContext, type RegisterCommand } from './context.js';
import { readVersion } from './version.js';

/** Every subcommand, in the order help lists them. */
export const COMMANDS: readonly RegisterCommand[] = [registerList, registerFilter, registerExport, registerStats, registerCheck, registerFormat, registerView, registerExplain];

export function buildProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('bulletin')
    .description('Parse Chinese local-newspaper bulletin pages into items: list, filter, export, count, check and format them.')
    .version(readVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // commander's own usage errors, one line each: `bulletin: error: unknown option '--x'`
      outputError: (text, write) => write(`bulletin: ${text}`),
    })
    .addHelpText(
      'after',
      examples([
        '$ bulletin list fixtures/community-news.txt',
        "$ bulletin list 'submissions/**/*.txt'",
        '$ cat page.txt | bulletin filter --kind brief --truncated',
        "$ bulletin export pages/ --format ndjson | jq -r '.title'",
        '$ bulletin export pages/ --format csv --bom -o items.csv',
        '$ bulletin stats pages/ --format json',
        '$ bulletin check submissions/ --format github',
        '$ bulletin format --check submissions/       # the files not in the house style (--write rewrites them)',
        '$ bulletin view submissions/                # the items and findings as a page in the browser',
        '$ bulletin explain page.txt                  # why each line was read as it was',
        '',
        'Exit codes: 0 ok; 1 filter/export: nothing matched, check: errors found; 2 usage or input error; 130 interrupted.',
      ]),
    );
  for (const register of COMMANDS) register(program, context);
  return program;
}

