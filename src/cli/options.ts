// Options shared by the commands, defined once. Kept light: this module is
// loaded for `bulletin --version`, so it imports commander and the pure
// selector code only; the decoder and the formats are checked lazily.

import { InvalidArgumentError, Option, type Command } from 'commander';
import { FORMAT_NAMES } from '../format/names.js';
import { ITEM_KINDS, compileSelector, parseIsoDate, PatternError, SelectorError, type SelectorOptions } from '../query/index.js';
import { invalidOption } from './errors.js';
import { capJobs } from './workers/plan.js';

/** The names alone (format/names.ts), so that help and validation load no format. */
export const OUTPUT_FORMATS: readonly string[] = FORMAT_NAMES;

export interface InputOptions {
  encoding: string;
  year?: number;
  quiet: boolean;
  verbose: boolean;
  /** false with --no-color. */
  color: boolean;
  /** `--jobs <n>`: worker threads; 1 reads in the main thread; undefined lets the run decide (workers.ts). */
  jobs?: number;
  /** `--ext txt,docx`: the extensions a directory is read for; undefined: txt, docx, doc, html, htm. */
  ext?: string[];
}

export interface SelectorFlags {
  community?: string;
  author?: string;
  kind?: SelectorOptions['kind'];
  grep?: string;
  from?: string;
  to?: string;
  truncated?: boolean;
  minChars?: number;
}

export const INPUTS_HELP =
  'files (text, Word .docx/.doc, web pages .html/.htm, told apart by their content), directories (every *.txt, *.docx, *.doc, *.html, *.htm below), quoted glob patterns, or - for stdin (the default when piped)';
export const EXT_HELP = 'the extensions a directory is read for, comma-separated (default: txt,docx,doc,html,htm)';

/** `--ext txt,docx` (or `--ext .txt --ext .docx`) → the list, lower case, without dots. */
export function parseExtensions(value: string, previous: string[] | undefined): string[] {
  const names = value.split(',').map((name) => name.trim().replace(/^\./, '').toLowerCase());
  if (names.some((name) => !/^[a-z0-9][a-z0-9._-]*$/.test(name))) throw new InvalidArgumentError('Expected extensions such as txt,docx,html.');
  return [...(previous ?? []), ...names];
}

/** `[inputs...]` and the options about reading them and reporting on them. */
export function addInputOptions(command: Command): Command {
  return command
    .argument('[inputs...]', INPUTS_HELP)
    .option('--ext <list>', EXT_HELP, parseExtensions)
    .option('--encoding <name>', 'input encoding (of text files and web pages): auto, utf-8, utf-16le, utf-16be, gb18030 (gbk, gb2312), big5', 'auto')
    .option('--year <yyyy>', 'year of the page, to turn datelines (6月24日) into dates', parseYear)
    .option('-q, --quiet', 'no warnings on stderr (errors are still printed)', false)
    .option('--verbose', 'also print info-level notes (column breaks joined, …)', false)
    .option('--no-color', 'no colours (also: NO_COLOR=1; FORCE_COLOR=1 forces them)')
    .option('-j, --jobs <n>', 'files parsed at once on worker threads (default: one per core from 50 files; 1: no workers; at most one per core)', parseJobs)
    .hook('preAction', capJobsOption);
}

/** No more threads than cores, said once on stderr (through commander's output, which main() points at io.stderr). */
function capJobsOption(command: Command): void {
  const jobs: unknown = command.getOptionValue('jobs');
  if (typeof jobs !== 'number') return;
  const capped = capJobs(jobs);
  if (capped.note === null) return;
  command.setOptionValue('jobs', capped.jobs);
  command.configureOutput().writeErr?.(`bulletin: warning: ${capped.note}\n`);
}

/** The selectors of filter and export; they combine with AND. */
export function addSelectorOptions(command: Command): Command {
  return command
    .option('--community <text|/re/>', 'community contains the text, or matches /re/flags', selectorValue('community'))
    .option('--author <name|/re/>', 'a contributor is this name (padding ignored: 李莉 = 李 莉), or matches /re/', selectorValue('author'))
    .addOption(new Option('--kind <kind>', 'item kind').choices(ITEM_KINDS))
    .option('--grep <text|/re/>', 'title or body contains the text, or matches /re/flags', selectorValue('grep'))
    .option('--from <date>', 'dated on or after yyyy-mm-dd (undated items never match a range)', selectorValue('from'))
    .option('--to <date>', 'dated on or before yyyy-mm-dd', selectorValue('to'))
    .option('--truncated', 'only items cut off mid-sentence')
    .option('--no-truncated', 'only complete items')
    .option('--min-chars <n>', 'at least n characters of body text', parseCount);
}

export function formatOption(choices: readonly string[], fallback: string): Option {
  return new Option('-f, --format <name>', 'output format').choices(choices).default(fallback);
}

/** The selector part of a command's parsed options. */
export function selectorOptions(flags: SelectorFlags): SelectorOptions {
  const { community, author, kind, grep, from, to, truncated, minChars } = flags;
  return { community, author, kind, grep, from, to, truncated, minChars };
}

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('Expected a four-digit year such as 2022.');
  return Number(value);
}

/** `--today 2024-07-01`: a calendar day that exists, as yyyy-mm-dd (the calendar of --from and --to). */
export function parseDay(value: string): string {
  try {
    return parseIsoDate(value);
  } catch (error) {
    if (!(error instanceof PatternError)) throw error;
    throw new InvalidArgumentError('Expected a date that exists, as yyyy-mm-dd.');
  }
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return Number(value);
}

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('Expected a whole number, 1 or more.');
  return Number(value);
}

/** Checks one selector value at parse time, so that a bad /re/ is a usage error naming its option. */
function selectorValue(option: 'community' | 'author' | 'grep' | 'from' | 'to') {
  return (value: string): string => {
    try {
      compileSelector({ [option]: value });
    } catch (error) {
      if (error instanceof SelectorError) throw new InvalidArgumentError(`${error.message}.`);
      throw error;
    }
    return value;
  };
}

/** `--encoding <name>` → the decoder's name for it; a usage error naming the choices otherwise. Loads the decoder. */
export async function checkEncoding(name: string): Promise<string> {
  const { normalizeEncoding, SUPPORTED_ENCODINGS } = await import('../decode/index.js');
  const encoding = normalizeEncoding(name);
  if (encoding === null) throw invalidOption('--encoding <name>', name, `Allowed choices are ${SUPPORTED_ENCODINGS.join(', ')}.`);
  return encoding;
}
