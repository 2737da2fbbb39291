// bulletin format: pages rewritten in the house style (src/formatter/).
//
//   bulletin format page.txt              the formatted page on stdout
//   bulletin format --write pages/        in place, keeping encoding, BOM and line endings
//   bulletin format --check pages/        the files that would change; exit 1 if any (CI, pre-commit)
//   bulletin format --diff page.txt       a unified diff
//
// Exit codes: 0 done (--check: all formatted); 1 --check: some would change;
// 2 usage, configuration or input error, or a file --write may not write.
// This module declares the command; the work is loaded when it runs.

import { Option, type Command } from 'commander';
import { examples, type CommandContext } from '../context.js';
import { EXT_HELP, INPUTS_HELP, parseExtensions } from '../options.js';

export interface FormatFlags {
  write: boolean;
  check: boolean;
  diff: boolean;
  config?: string;
  endOfLine?: 'auto' | 'lf' | 'crlf' | 'cr';
  encoding: string;
  ext?: string[];
  quiet: boolean;
  verbose: boolean;
}

export function register(program: Command, context: CommandContext): void {
  program
    .command('format')
    .summary('rewrite pages in the house style: punctuation, quotes, spaces, layout')
    .description(
      'Prints each page in the house style (docs/format.md): full-width punctuation in Chinese text, curly quotes, ' +
        'no stray spaces, `组织：标题` headers, padded names in bylines, one blank line between blocks and two between items. ' +
        'It never changes what the page says: an item the style would make read differently is printed as it stands. ' +
        'The style is set under "format" in bulletin.config.json (or --config). ' +
        'One input prints to stdout (UTF-8); several need --write, --check or --diff. ' +
        '--write rewrites plain text files in place, atomically, in their own encoding, byte-order mark and line endings; ' +
        'Word documents and web pages are read, printed and checked as text, never written. ' +
        'Exit codes: 0 done (--check: every file formatted); 1 --check: some file would change; 2 usage, config or input error, or a file --write may not write.',
    )
    .argument('[inputs...]', INPUTS_HELP)
    .addOption(new Option('-w, --write', 'rewrite the files in place').default(false).conflicts(['check', 'diff']))
    .addOption(new Option('--check', 'list the files that would change (stdout); exit 1 if any, write nothing').default(false).conflicts('diff'))
    .option('--diff', 'print what would change as a unified diff; write nothing', false)
    .option('-c, --config <path>', 'configuration file (instead of looking for one)')
    .addOption(new Option('--end-of-line <eol>', 'line breaks of the output (default: the configured, else each input\'s own)').choices(['auto', 'lf', 'crlf', 'cr']))
    .option('--ext <list>', EXT_HELP, parseExtensions)
    .option('--encoding <name>', 'input encoding (of text files and web pages): auto, utf-8, utf-16le, utf-16be, gb18030 (gbk, gb2312), big5', 'auto')
    .option('-q, --quiet', 'no summary on stderr (errors are still printed)', false)
    .option('--verbose', 'also name the items printed as they stand because the style would change how they read', false)
    .addHelpText(
      'after',
      examples([
        '$ bulletin format fixtures/community-news.txt',
        '$ bulletin format --check submissions/            # CI: exit 1 and the names of unformatted files',
        '$ bulletin format --write submissions/',
        '$ bulletin format --diff page.txt | less',
        '$ bulletin format sub.docx > sub.txt               # a Word document, as formatted text',
        '$ git diff --cached --name-only -- "*.txt" | xargs -r bulletin format --check    # a pre-commit hook',
      ]),
    )
    .action(async (inputs: string[], flags: FormatFlags) => {
      const { runFormat } = await import('../actions/format.js');
      context.setExitCode(await runFormat(context.io, inputs, flags));
    });
}
