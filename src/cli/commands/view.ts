// bulletin view: the check report as a page in the browser.
//
//   bulletin view fixtures/community-news.txt           a temporary report.html, opened
//   bulletin view submissions/ -o report.html --no-open  written only
//
// Exit codes: 0 the page was written (whatever it shows); 2 usage,
// configuration, input or output error (an unreadable input is named on the
// page and on stderr, and the page is still written). This module declares
// the command; the work is loaded when it runs.

import type { Command } from 'commander';
import { examples, type CommandContext } from '../context.js';
import { parseDay, parseYear } from '../options.js';

export interface ViewFlags {
  output?: string;
  open: boolean;
  config?: string;
  today?: string;
  encoding: string;
  year?: number;
}

export function register(program: Command, context: CommandContext): void {
  program
    .command('view')
    .summary('the items and the check findings as one HTML page, opened in the browser')
    .description(
      'Writes one self-contained HTML page (no network, no fonts or scripts from elsewhere) showing each file as printed: ' +
        'every item as a card with its kind, community, title, lead, dateline, authors and credit, its text with the ' +
        'check findings drawn on it, cut-off ends and column-break joins marked, text the parser could not place flagged; ' +
        'a summary with charts, a filter box, and keys (j/k items, n/p findings). Then opens it in the default browser ' +
        '(xdg-open, open or start). The path is printed on stderr. `bulletin check --format html` writes the same page to stdout. ' +
        'Exit codes: 0 the page was written; 2 usage, config, input or output error (the page is still written when an input fails).',
    )
    .argument('[inputs...]', 'files, directories (every *.txt below), quoted glob patterns, or - for stdin (the default when piped)')
    .option('-o, --output <file>', 'write the page here (atomically) instead of a new temporary file')
    .option('--no-open', 'write the page only; do not open a browser')
    .option('-c, --config <path>', 'check configuration file (instead of looking for one)')
    .option('--today <yyyy-mm-dd>', 'the day datelines may not be later than (default: today)', parseDay)
    .option('--encoding <name>', 'input encoding: auto, utf-8, utf-16le, utf-16be, gb18030 (gbk, gb2312), big5', 'auto')
    .option('--year <yyyy>', 'year of the pages, for datelines without one', parseYear)
    .addHelpText(
      'after',
      examples([
        '$ bulletin view fixtures/community-news.txt',
        '$ bulletin view submissions/ -o report.html --no-open',
        "$ bulletin view 'pages/2022-*.txt' --year 2022",
        '$ cat page.txt | bulletin view',
        '',
        'Keys on the page: j/k next/previous item, n/p next/previous finding, / the filter box.',
      ]),
    )
    .action(async (inputs: string[], flags: ViewFlags) => {
      const { runView } = await import('../actions/view.js');
      context.setExitCode(await runView(context.io, inputs, flags));
    });
}
