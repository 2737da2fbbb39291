import type { Command } from 'commander';
import { examples, type CommandContext } from '../context.js';
import { addInputOptions, addSelectorOptions, formatOption, OUTPUT_FORMATS, selectorOptions, type InputOptions, type SelectorFlags } from '../options.js';

interface FilterOptions extends InputOptions, SelectorFlags {
  format: string;
}

export function register(program: Command, context: CommandContext): void {
  addSelectorOptions(
    addInputOptions(
      program
        .command('filter')
        .summary('the items that match every selector (exit 1 when none does)')
        .description(
          'The items that match every selector given (they combine with AND), in any format; the list view by default. ' +
            'Text selectors take plain text (contains) or /re/flags. Exit code 1 when nothing matched, as grep does.',
        ),
    ),
  )
    .addOption(formatOption(OUTPUT_FORMATS, 'table'))
    .addHelpText(
      'after',
      examples([
        '$ bulletin filter fixtures/community-news.txt --kind brief --truncated',
        '$ bulletin filter pages/ --author 李莉 --format ndjson',
        "$ bulletin filter pages/ --community '/^(苏村|东山)/' --grep 党员",
        '$ bulletin filter pages/ --year 2022 --from 2022-06-01 --to 2022-06-30',
        '$ bulletin filter page.txt --grep 禁毒 >/dev/null && echo found',
      ]),
    )
    .action(async (inputs: string[], options: FilterOptions) => {
      const { runEmit } = await import('../actions/emit.js');
      const selector = selectorOptions(options);
      context.setExitCode(await runEmit(context.io, { inputs, options, format: options.format, selector, bom: false, noMatch: 'always' }));
    });
}
