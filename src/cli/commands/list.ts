import type { Command } from 'commander';
import { examples, type CommandContext } from '../context.js';
import { addInputOptions, type InputOptions } from '../options.js';

export function register(program: Command, context: CommandContext): void {
  addInputOptions(
    program
      .command('list')
      .summary('one row per item: index, kind, community, title, authors, characters, truncated')
      .description(
        'One row per item: file (when several), index, kind, community, title, authors, characters, and 截断 for a truncated item. ' +
          'On a terminal, a table fitted to its width; piped or redirected, tab-separated lines with a header row.',
      ),
  )
    .addHelpText(
      'after',
      examples([
        '$ bulletin list fixtures/community-news.txt',
        "$ bulletin list 'submissions/**/*.txt' --year 2022",
        '$ iconv -f utf-8 -t gb18030 page.txt | bulletin list --encoding gbk',
        "$ bulletin list pages/ | awk -F'\\t' '$4 == \"brief\"'",
      ]),
    )
    .action(async (inputs: string[], options: InputOptions) => {
      const { runEmit } = await import('../actions/emit.js');
      context.setExitCode(await runEmit(context.io, { inputs, options, format: 'table', selector: {}, bom: false, noMatch: 'never' }));
    });
}
