import type { Command } from 'commander';
import { examples, type CommandContext } from '../context.js';
import { addInputOptions, addSelectorOptions, formatOption, OUTPUT_FORMATS, selectorOptions, type InputOptions, type SelectorFlags } from '../options.js';

interface ExportOptions extends InputOptions, SelectorFlags {
  format: string;
  output?: string;
  bom: boolean;
}

export function register(program: Command, context: CommandContext): void {
  addSelectorOptions(
    addInputOptions(
      program
        .command('export')
        .summary('the items as json, ndjson, csv, markdown, a table or an HTML page, on stdout or into a file')
        .description(
          'The items in a data format, on stdout or with -o into a file. The file is written atomically: a run that ' +
            'fails leaves no half-written file and keeps an earlier one as it was. The selectors of filter apply.',
        ),
    ),
  )
    .addOption(formatOption(OUTPUT_FORMATS, 'json'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark, for spreadsheet programs', false)
    .addHelpText(
      'after',
      examples([
        '$ bulletin export fixtures/community-news.txt --format json | jq -r \'.documents[].items[] | select(.truncated) | .title\'',
        '$ bulletin export pages/ --format ndjson | jq -c \'{community, title}\'',
        '$ bulletin export pages/ --format csv --bom -o items.csv',
        "$ bulletin export 'pages/2022-*.txt' --kind feature --format markdown -o features.md",
        '$ bulletin export pages/ --format html -o items.html',
      ]),
    )
    .action(async (inputs: string[], options: ExportOptions) => {
      const { runEmit } = await import('../actions/emit.js');
      const selector = selectorOptions(options);
      context.setExitCode(
        await runEmit(context.io, {
          inputs,
          options,
          format: options.format,
          selector,
          output: options.output,
          bom: options.bom,
          noMatch: 'with-selectors',
        }),
      );
    });
}
