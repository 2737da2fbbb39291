import type { Command } from 'commander';
import type { StatsStyle } from '../../format/stats.js';
import { examples, type CommandContext } from '../context.js';
import { addInputOptions, addSelectorOptions, formatOption, selectorOptions, type InputOptions, type SelectorFlags } from '../options.js';

interface StatsOptions extends InputOptions, SelectorFlags {
  format: StatsStyle;
}

const STATS_FORMATS: readonly StatsStyle[] = ['table', 'json'];

export function register(program: Command, context: CommandContext): void {
  addSelectorOptions(
    addInputOptions(
      program
        .command('stats')
        .summary('items per kind, community and author; characters; truncated items')
        .description(
          'Counts over the items read: files, items, characters, truncated items, text outside items, items per kind, ' +
            'per community and per author (most first). A table on a terminal, tab-separated when piped, or --format json. ' +
            'The selectors of filter apply.',
        ),
    ),
  )
    .addOption(formatOption(STATS_FORMATS, 'table'))
    .addHelpText(
      'after',
      examples([
        '$ bulletin stats fixtures/community-news.txt',
        "$ bulletin stats 'pages/**/*.txt' --format json | jq '.kinds'",
        '$ bulletin stats pages/ --community 苏村社区',
      ]),
    )
    .action(async (inputs: string[], options: StatsOptions) => {
      const { runStats } = await import('../actions/stats.js');
      const selector = selectorOptions(options);
      context.setExitCode(await runStats(context.io, { inputs, options, style: options.format, selector }));
    });
}
