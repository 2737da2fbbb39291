import type { Command } from 'commander';
import { examples, type CommandContext } from '../context.js';
import { addInputOptions, formatOption, type InputOptions } from '../options.js';

interface ExplainOptions extends InputOptions {
  format: 'table' | 'json';
}

export function register(program: Command, context: CommandContext): void {
  addInputOptions(
    program
      .command('explain')
      .summary('each line with its label, its item and why: what to run when a page reads wrong')
      .description(
        'Each non-blank line with the label the parser gave it (section, headline, kicker, subtitle, byline, body, ' +
          'sub-heading, credit, unassigned…), the item it went to and the reasons that chose the label. ' +
          'A table fitted to the terminal, tab-separated when piped, or --format json.',
      ),
  )
    .addOption(formatOption(['table', 'json'], 'table'))
    .addHelpText(
      'after',
      examples([
        '$ bulletin explain fixtures/community-news.txt',
        "$ bulletin explain page.txt | awk -F'\\t' '$3 == \"unassigned\"'",
        "$ bulletin explain page.txt --format json | jq '.files[0].lines[] | select(.label == \"headline\")'",
      ]),
    )
    .action(async (inputs: string[], options: ExplainOptions) => {
      const { runExplain } = await import('../actions/explain.js');
      context.setExitCode(await runExplain(context.io, { inputs, options, style: options.format }));
    });
}
