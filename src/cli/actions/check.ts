// bulletin check, the work: each input read whole, decoded, fixed if asked, checked, reported, dropped; only the
// totals are kept. The command and its options are declared in ../commands/check.ts.
//
// Exit codes: EXIT_OK no error-level finding; EXIT_FINDINGS some (or more warnings than --max-warnings); EXIT_ERROR
// an input that could not be read, or a file --fix may not write (the other files are still checked, fixed and
// reported). Usage and configuration errors are thrown as CliError.

import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfig } from '../config-file.js';
import { CheckRun, emptyResult, summarise } from '../../check/engine.js';
import { fixFile, unifiedDiff } from '../../check/fix.js';
import { REPORT_WRITERS, StepSummary, type ReporterName } from '../../check/reporters/index.js';
import { RULES } from '../../check/registry.js';
import type { CheckDiagnostic, CheckedDocument, CheckReport, FileResult } from '../../check/types.js';
import { decode } from '../../decode/index.js';
import { detectContainer, type Container } from '../../extract/detect.js';
import type { Decoded } from '../../model.js';
import type { CheckFlags } from '../commands/check.js';
import { CliError, describeSystemError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { InputTooLarge, openInputs, readWhole, type Source } from '../inputs.js';
import { colorEnabled, type CliIo } from '../io.js';
import { checkEncoding } from '../options.js';
import { OutputClosed, StreamOutput, type Output } from '../output.js';
import { replaceFile } from '../replace-file.js';
import { readVersion } from '../version.js';

/** check holds a file whole (its text, its fixes): a larger input, or an endless device or pipe, is refused. */
const MAX_CHECK_BYTES = 64 << 20;
const TOO_LARGE = 'larger than 64 MiB, the most check reads at once; split it (list, filter and export stream any size)';

/** Today in local time, as yyyy-mm-dd. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Where the report goes instead of stdout (`bulletin view` writes it into a file). */
export interface CheckTarget {
  output: Output;
}

export async function runCheck(io: CliIo, args: readonly string[], flags: CheckFlags, target?: CheckTarget): Promise<number> {
  const encoding = await checkEncoding(flags.encoding);
  const decodeOptions = { encoding };

  const config = readConfig(io, flags.config);

  const resolved = await openInputs(io, args, flags.ext);

  // One file at a time: read, decode, fix if asked, check, report, drop. The report goes to stdout as each file is
  // checked (to stderr with --fix-dry-run, whose diff is the output); only the totals are kept.
  const run = new CheckRun({ config, today: flags.today ?? localToday(), year: flags.year ?? null });
  const reporterContext = {
    color: colorEnabled(flags.fixDryRun ? io.stderr : io.stdout, io.env, flags.color),
    rules: RULES,
    version: readVersion(),
    rulesUrl: new URL('../../../docs/rules/', import.meta.url).href,
  };
  const writer = REPORT_WRITERS[flags.format as ReporterName](reporterContext);
  const stepSummary = flags.format === 'github' && io.env.GITHUB_STEP_SUMMARY ? new StepSummary() : null;
  const all = summarise([]);
  const shown = summarise([]);
  const notes: string[] = [];
  /** Files --fix could not write: each is an error line, and the run exits 2. */
  const writeErrors: string[] = [];
  const stdout: Output & { settle?(): Promise<void> } = target?.output ?? new StreamOutput(io.stdout);
  let readerGone = false;
  const report = async (text: string): Promise<void> => {
    if (flags.fixDryRun) io.stderr.write(text);
    else if (!readerGone) {
      try {
        await stdout.write(text);
      } catch (error) {
        // `check --fix | head -1`, or a full disk: the fixes go on without the report (a half-fixed tree is worse than
        // a report cut short). A reader that left is no error; a failed write is, once the fixes are done.
        if (!flags.fix || !(error instanceof OutputClosed || error instanceof CliError)) throw error;
        readerGone = true;
        if (error instanceof CliError) writeErrors.push(error.message);
      }
    }
  };
  /** Counts the file, then reports it (error-level findings only with --quiet). */
  const add = async (result: FileResult, source: CheckedDocument | null = null): Promise<void> => {
    // An input that could not be read is an error of the run, not a finding: one line on stderr too, where a CI log shows it.
    if (result.inputError !== null) io.stderr.write(`bulletin: error: ${result.inputError}\n`);
    tally(all, result);
    const kept = flags.quiet ? errorsOnly(result) : result;
    tally(shown, kept);
    stepSummary?.add(kept);
    await report(writer.file(kept, source));
  };

  try {
    await report(writer.start());
    for (const problem of resolved.problems) await add(emptyResult(problem.input, problem.message));
    for (const source of resolved.sources) await checkSource(source);
    await report(writer.end(shown));
    if (!readerGone) await stdout.settle?.();
  } catch (error) {
    // The reader has gone (`| head`): stop quietly; the exit code counts the files checked so far (with --fix, all).
    if (!(error instanceof OutputClosed)) throw error;
  }

  async function checkSource(source: Source): Promise<void> {
    let bytes: Uint8Array;
    try {
      // Sniffed first and bounded (`check /dev/zero`); files synchronously, as `list` reads them (docs/performance.md).
      // A Word document or a web page is read whole, whatever its first bytes say to the text decoder.
      bytes = await readWhole(source, {
        stdin: io.stdin,
        maxBytes: MAX_CHECK_BYTES,
        isBinary: (head) => detectContainer(head) === null && decode(head, decodeOptions).binary,
      });
    } catch (error) {
      if (error instanceof InputTooLarge) return add(emptyResult(source.name, `Cannot check ${source.name}: ${TOO_LARGE}`));
      if (!(error instanceof Error && 'code' in error)) throw error;
      return add(emptyResult(source.name, `Cannot read ${source.name}: ${describeSystemError(error)}`));
    }
    const container = detectContainer(bytes);
    if (container !== null) return checkDocument(source, container, bytes);
    let decoded = decode(bytes, decodeOptions);
    if (flags.fix || flags.fixDryRun) {
      // A first look with the file's own rules finds the fixes; the batch rules see the file once, as it ends up.
      const first = run.check({ file: source.name, decoded }, true);
      const fixed = first.fixableCount === 0 ? null : await applyFixes(source, bytes, decoded, first.diagnostics);
      if (fixed !== null) decoded = decode(fixed, decodeOptions);
    }
    // What remains after the fixes is what the report shows and the exit code counts.
    const { result, checked } = run.inspect({ file: source.name, decoded });
    // Only the HTML report shows the text; the others let each file go at once.
    await add(result, flags.format === 'html' ? checked : null);
  }

  /** A Word document or a web page: its text read out and checked; never fixed (its text is not its bytes). */
  async function checkDocument(source: Source, container: Container, bytes: Uint8Array): Promise<void> {
    const { extractDocument, ExtractError } = await import('../../extract/index.js');
    let decoded: Decoded;
    try {
      const extracted = await extractDocument(bytes, container, { encoding });
      decoded = { text: extracted.text, encoding: extracted.encoding, detectedBy: extracted.detectedBy, binary: false, bom: false, diagnostics: extracted.diagnostics, source: extracted.source };
    } catch (error) {
      if (error instanceof ExtractError) return add(emptyResult(source.name, `Cannot read ${source.name}: ${error.reason}`));
      throw error;
    }
    if (flags.fix || flags.fixDryRun) {
      // Not a warning: the run was asked to leave the files fixed, and this one is not (exit 2).
      writeErrors.push(`--fix rewrites plain text files; open ${source.name} in a ${decoded.source?.format === 'html' ? 'web page editor' : 'word processor'} to change it`);
    }
    // Its findings are not fixable here: the text they are about is not the file's bytes.
    const result = run.check({ file: source.name, decoded });
    await add({ ...result, diagnostics: result.diagnostics.map(({ fix: _fix, ...rest }) => rest), fixableCount: 0 });
  }

  /** Fixes one file (or adds its diff, with --fix-dry-run); returns the fixed bytes, or null when nothing changed. */
  async function applyFixes(source: Source, bytes: Uint8Array, decoded: Decoded, diagnostics: CheckDiagnostic[]): Promise<Uint8Array | null> {
    const outcome = fixFile(bytes, decoded, diagnostics);
    if (outcome.kind === 'refused') {
      notes.push(`Cannot fix ${source.name}: ${outcome.reason}`);
      return null;
    }
    if (outcome.kind !== 'fixed') return null;
    if (flags.fixDryRun) {
      await stdout.write(unifiedDiff(source.name.split(path.sep).join('/'), decoded.text, outcome.text));
      return outcome.bytes;
    }
    if (source.kind !== 'file') {
      notes.push(`Cannot fix ${source.name} in place; use --fix-dry-run to see the fixes`);
      return null;
    }
    if (typeof source.path !== 'string') {
      notes.push(`Cannot fix ${source.name} in place: its name is not UTF-8; use --fix-dry-run to see the fixes`);
      return null;
    }
    try {
      // Through a link to the real file, only if the user may write it, keeping its owner, group and mode.
      await replaceFile(source.path, outcome.bytes, { cwd: io.cwd, name: source.name, verb: 'fix' });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      writeErrors.push(error.message);
      return null;
    }
    return outcome.bytes;
  }

  for (const note of notes) io.stderr.write(`bulletin: warning: ${note}\n`);
  for (const message of writeErrors) io.stderr.write(`bulletin: error: ${message}\n`);

  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (stepSummary !== null && summaryFile) {
    const summary = stepSummary.text(shown);
    if (summary !== '') {
      await appendFile(path.resolve(io.cwd, summaryFile), summary, 'utf8').catch((error: unknown) => {
        io.stderr.write(`bulletin: warning: Cannot write the job summary ${summaryFile}: ${describeSystemError(error)}\n`);
      });
    }
  }

  if (all.inputErrorCount > 0 || writeErrors.length > 0) return EXIT_ERROR;
  if (all.errorCount > 0) return EXIT_FINDINGS;
  if (flags.maxWarnings !== undefined && all.warningCount > flags.maxWarnings) {
    io.stderr.write(`bulletin: error: ${all.warningCount} warning${all.warningCount === 1 ? '' : 's'}, more than --max-warnings ${flags.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** A file's result with its error-level findings only (--quiet). */
function errorsOnly(result: FileResult): FileResult {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  return { ...result, diagnostics, warningCount: 0, infoCount: 0, fixableCount: diagnostics.filter((d) => d.fix).length };
}

/** Adds a file's counts to the run's totals. */
function tally(totals: CheckReport, result: FileResult): void {
  totals.errorCount += result.errorCount;
  totals.warningCount += result.warningCount;
  totals.infoCount += result.infoCount;
  totals.fixableCount += result.fixableCount;
  if (result.inputError !== null) totals.inputErrorCount++;
}

