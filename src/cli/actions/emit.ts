// list, filter and export: items through a selector into a format, on stdout
// or atomically into a file. Streaming formats (json, ndjson, csv) write each
// item as it is parsed; the others (table, markdown) wait for the last file.

import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { loadFormat } from '../../format/load.js';
import { writesItemsOnly } from '../../format/names.js';
import type { FormatContext } from '../../format/types.js';
import { hasSelectors, type SelectorOptions } from '../../query/index.js';
import { CliError, EXIT_NO_MATCH, EXIT_OK } from '../errors.js';
import { colorEnabled, terminalColumns, type CliIo } from '../io.js';
import type { InputOptions } from '../options.js';
import { FileReplacement, OutputClosed, StreamOutput, type Output } from '../output.js';
import { Session } from './session.js';
import { BufferedWriter, StreamingWriter } from './writers.js';

export interface EmitRequest {
  inputs: readonly string[];
  options: InputOptions;
  format: string;
  selector: SelectorOptions;
  /** `-o`: a file written atomically; undefined or `-` for stdout. */
  output?: string;
  bom: boolean;
  /** When "nothing matched" is exit code 1: filter always, export only with selectors, list never. */
  noMatch: 'always' | 'with-selectors' | 'never';
}

export async function runEmit(io: CliIo, request: EmitRequest): Promise<number> {
  const toFile = request.output !== undefined && request.output !== '-';
  const columns = toFile ? null : terminalColumns(io.stdout, io.env);
  const format = await loadFormat(request.format, { terminal: columns !== null });
  if (format === undefined) throw new CliError(`Unknown format ${request.format}`); // commander's choices() stops it first
  const session = await Session.open(io, request.inputs, request.options);
  if (session.sources.length === 0) return session.exitCode() ?? EXIT_OK;

  const stdout = toFile ? null : new StreamOutput(io.stdout);
  const file = toFile ? await FileReplacement.open(request.output!, { cwd: io.cwd }) : null;
  if (file !== null) {
    try {
      await guardInputs(session, file, request);
    } catch (error) {
      await file.discard();
      throw error;
    }
  }
  const output: Output = file ?? stdout!;
  const context: FormatContext = {
    color: !toFile && colorEnabled(io.stdout, io.env, request.options.color),
    columns,
    showFile: session.showFile,
    bom: request.bom,
  };

  try {
    const writer = format.streaming ? new StreamingWriter(format.streaming, output, context) : new BufferedWriter(format, output, context);
    await writer.begin();
    await session.readAll({
      selector: request.selector,
      visitor: writer,
      // A worker formats its documents for a streaming format; for the others it hands back the items.
      worker: format.streaming ? { kind: 'text', format: format.name, context } : { kind: 'items', dropBlocks: false },
      itemsOnly: writesItemsOnly(format.name),
    });
    // Interrupted at the last moment: still no file.
    io.signal?.throwIfAborted();
    await writer.finish();
    await stdout?.settle();
  } catch (error) {
    await file?.discard();
    if (error instanceof OutputClosed) return session.exitCode() ?? EXIT_OK;
    throw error;
  }
  // A run with an unreadable input is a failed run: the earlier file stays.
  if (file !== null) {
    if (session.failed) await file.discard();
    else await file.commit();
  }
  return session.exitCode() ?? (nothingMatched(request, session.matched) ? EXIT_NO_MATCH : EXIT_OK);
}

function nothingMatched(request: EmitRequest, matched: number): boolean {
  if (matched > 0 || request.noMatch === 'never') return false;
  return request.noMatch === 'always' || hasSelectors(request.selector);
}

/**
 * `-o` onto one of the inputs, compared by device and inode (a link or a
 * second name is the same file). Named as an input itself (`export -o
 * page.txt page.txt`), it is refused: the export would replace the page it
 * reads. Found in a directory or by a pattern (`export pages/ -o
 * pages/summary.txt`, run again), it is left out with a warning, as grep does
 * with its own output: the run exports the pages, as the first one did.
 */
async function guardInputs(session: Session, file: FileReplacement, request: EmitRequest): Promise<void> {
  const output = file.target.existing;
  const name = request.output!;
  if (output === null || !output.isFile()) {
    warnInsideInputDirectory(session, file.target.path, name, request.inputs);
    return;
  }
  const same = (info: Stats | null) => info !== null && info.dev === output.dev && info.ino === output.ino;
  for (const input of request.inputs) {
    if (input === '-' || !same(statOrNull(path.resolve(session.io.cwd, input)))) continue;
    throw new CliError(`Cannot write ${name}: it is also an input, and the export would replace the page it reads; give another output file`);
  }
  session.leaveOut(
    (source) => source.kind === 'file' && same(statOrNull(source.path)),
    (source) => `Skipped ${source.name}: it is the output file (-o ${name})`,
  );
}

/** A new output inside an input directory, of the kind directories are read for: a later run over it would read it as a page. */
function warnInsideInputDirectory(session: Session, target: string, name: string, inputs: readonly string[]): void {
  if (!/\.txt$/i.test(target)) return;
  for (const input of inputs) {
    if (input === '-' || !statOrNull(path.resolve(session.io.cwd, input))?.isDirectory()) continue;
    const relative = path.relative(path.resolve(session.io.cwd, input), target);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    session.io.stderr.write(`bulletin: warning: ${name} is inside the input directory ${input}: other commands run over ${input} will read it as a page\n`);
    return;
  }
}

function statOrNull(file: string | Buffer): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
