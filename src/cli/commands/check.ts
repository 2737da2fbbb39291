// bulletin check: the rules of src/check/ over files, for CI.
//
//   bulletin check pages/                         stylish report, exit 1 on errors
//   bulletin check pages/ --format github         annotations (+ $GITHUB_STEP_SUMMARY table)
//   bulletin check pages/ --format sarif > bulletin.sarif
//   bulletin check pages/ --fix                   rewrite what is safe, in place
//   bulletin check pages/ --fix-dry-run | git apply
//
// Exit codes: 0 no error-level finding; 1 some (or more warnings than
// --max-warnings); 2 usage, configuration or input error, or a file --fix may
// not write (the other files are still checked, fixed and reported). This
// module declares the command; the work (../actions/check.ts) is loaded when it runs.

import { Option, type Command } from 'commander';
import { examples, type CommandContext } from '../context.js';
import { EXT_HELP, INPUTS_HELP, parseCount, parseDay, parseExtensions, parseYear } from '../options.js';

export interface CheckFlags {
  format: string;
  config?: string;
  maxWarnings?: number;
  today?: string;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
  encoding: string;
  year?: number;
  color: boolean;
  ext?: string[];
}

const FORMATS = ['stylish', 'json', 'github', 'sarif', 'html'];

export function register(program: Command, context: CommandContext): void {
  program
    .command('check')
    .summary('check bulletins against the house rules, for CI')
    .description(
      'Checks items against the rules (docs/rules/): headers, bylines, cut-off bodies, datelines, title length, ' +
        'punctuation width, duplicates, encoding. Configuration: bulletin.config.json or a "bulletin" key in package.json, ' +
        'found from the working directory up, or --config. Lines and columns are 1-based; columns count UTF-16 code units. ' +
        'Positions: in a text file, line and column; in a Word document (.docx, .doc), line is the paragraph in the text read out of it ' +
        '(a table cell and a soft line break count as one too) and column the place within it; in a web page, the line of the text laid out from it. ' +
        '--fix rewrites plain text files only. ' +
        'Exit codes: 0 no errors; 1 errors (or more warnings than --max-warnings); 2 usage, config or input error, or --fix on a Word document or web page.',
    )
    .argument('[inputs...]', INPUTS_HELP)
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMATS).default('stylish'))
    .option('-c, --config <path>', 'configuration file (instead of looking for one)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--today <yyyy-mm-dd>', 'the day datelines may not be later than (default: today)', parseDay)
    .addOption(new Option('--fix', 'rewrite what is safe to rewrite (punctuation width), in place').default(false).conflicts('fixDryRun'))
    .option('--fix-dry-run', 'print the fixes as a unified diff on stdout (the report goes to stderr); write nothing', false)
    .option('-q, --quiet', 'report errors only', false)
    .option('--ext <list>', EXT_HELP, parseExtensions)
    .option('--encoding <name>', 'input encoding (of text files and web pages): auto, utf-8, utf-16le, utf-16be, gb18030 (gbk, gb2312), big5', 'auto')
    .option('--year <yyyy>', 'year of the pages, for datelines without one', parseYear)
    .option('--no-color', 'no colours (also: NO_COLOR=1; FORCE_COLOR=1 forces them)')
    .addHelpText(
      'after',
      examples([
        '$ bulletin check fixtures/community-news.txt',
        '$ bulletin check submissions/ --format github --max-warnings 0',
        '$ bulletin check submissions/ --format sarif > bulletin.sarif',
        '$ bulletin check submissions/ --format html > report.html     # a page to look at (see also: bulletin view)',
        '$ bulletin check page.txt --fix-dry-run',
        '',
        'Silence a rule for the next item with a line <!-- bulletin-disable rule-id --> (all rules: <!-- bulletin-disable -->).',
      ]),
    )
    .action(async (inputs: string[], flags: CheckFlags) => {
      const { runCheck } = await import('../actions/check.js');
      context.setExitCode(await runCheck(context.io, inputs, flags));
    });
}
