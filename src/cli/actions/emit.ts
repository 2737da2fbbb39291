// list, filter and export: items through a selector into a format, on stdout
// or atomically into a file. Streaming formats (json, ndjson, csv) write each
// item as it is parsed; the others (table, markdown) wait for the last file.

import { loadFormat } from '../../format/load.js';
import type { FormatContext } from '../../format/types.js';
import { hasSelectors, type SelectorOptions } from '../../query/index.js';
import { CliError, EXIT_NO_MATCH, EXIT_OK } from '../errors.js';
import { colorEnabled, terminalColumns, type CliIo } from '../io.js';
import type { InputOptions } from '../options.js';
import { AtomicFile, OutputClosed, StreamOutput, type Output } from '../output.js';
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

/**
 * Formats that write the items and nothing else of a document (no meta lines,
 * unassigned text or diagnostics): reading for them keeps no page-level data,
 * so that memory stays flat on a huge file. A format not listed gets it all.
 */
export const ITEMS_ONLY: ReadonlySet<string> = new Set(['ndjson', 'csv', 'table', 'markdown']);

export async function runEmit(io: CliIo, request: EmitRequest): Promise<number> {
  const toFile = request.output !== undefined && request.output !== '-';
  const columns = toFile ? null : terminalColumns(io.stdout, io.env);
  const format = await loadFormat(request.format, { terminal: columns !== null });
  if (format === undefined) throw new CliError(`Unknown format ${request.format}`); // commander's choices() stops it first
  const session = await Session.open(io, request.inputs, request.options);
  if (session.sources.length === 0) return session.exitCode() ?? EXIT_OK;

  const context: FormatContext = {
    color: !toFile && colorEnabled(io.stdout, io.env, request.options.color),
    columns,
    showFile: session.showFile,
    bom: request.bom,
  };
  const stdout = toFile ? null : new StreamOutput(io.stdout);
  const file = toFile ? await AtomicFile.open(request.output!, io.cwd) : null;
  const output: Output = file ?? stdout!;

  try {
    const writer = format.streaming ? new StreamingWriter(format.streaming, output, context) : new BufferedWriter(format, output, context);
    await writer.begin();
    await session.readAll({
      selector: request.selector,
      visitor: writer,
      // A worker formats its documents for a streaming format; for the others it hands back the items.
      worker: format.streaming ? { kind: 'text', format: format.name, context } : { kind: 'items', dropBlocks: false },
      itemsOnly: ITEMS_ONLY.has(format.name),
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
