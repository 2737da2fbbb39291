// explain: each line of each input with its label, its item and the reasons.

import type { ExplainedFile, ExplainedLine } from '../../format/explain.js';
import type { Position } from '../../model.js';
import { EXIT_OK } from '../errors.js';
import { terminalColumns, type CliIo } from '../io.js';
import type { InputOptions } from '../options.js';
import { OutputClosed, StreamOutput } from '../output.js';
import { Session } from './session.js';

export interface ExplainRequest {
  inputs: readonly string[];
  options: InputOptions;
  style: 'table' | 'json';
}

/** Whether a line (a piece of one, on a page that lost its line breaks) starts inside `span`. */
function isWithin(line: ExplainedLine, span: Position): boolean {
  const after = line.line > span.start.line || (line.line === span.start.line && line.column >= span.start.column);
  const before = line.line < span.end.line || (line.line === span.end.line && line.column < span.end.column);
  return after && before;
}

export async function runExplain(io: CliIo, request: ExplainRequest): Promise<number> {
  const { formatExplainJson, formatExplainTable, toExplainedLine } = await import('../../format/explain.js');
  const session = await Session.open(io, request.inputs, request.options);
  if (session.sources.length === 0) return session.exitCode() ?? EXIT_OK;
  const files: ExplainedFile[] = [];
  let lines: ExplainedLine[] = [];
  // A head printed above its text's picture is labelled while the picture's item is open, and the text's when it shows.
  let lentHeads: Array<{ head: Position; item: number }> = [];
  session.observeLines((decision) => lines.push(toExplainedLine(decision)));
  await session.readAll({
    selector: {},
    itemsOnly: false,
    worker: { kind: 'items', dropBlocks: true },
    visitor: {
      async item(item) {
        const head = item.header?.span;
        if (head !== undefined && head.end.offset <= item.span.start.offset) lentHeads.push({ head, item: item.index });
      },
      async end(_document, source) {
        for (const { head, item } of lentHeads) for (const line of lines) if (line.item !== null && isWithin(line, head)) line.item = item;
        files.push({ file: source.name, lines });
        lines = [];
        lentHeads = [];
      },
      async abort() {
        lines = [];
        lentHeads = [];
      },
    },
  });
  const columns = terminalColumns(io.stdout, io.env);
  const text = request.style === 'json' ? formatExplainJson(files) : formatExplainTable(files, { columns, showFile: session.showFile });
  const stdout = new StreamOutput(io.stdout);
  try {
    await stdout.write(text);
    await stdout.settle();
  } catch (error) {
    if (!(error instanceof OutputClosed)) throw error;
  }
  return session.exitCode() ?? EXIT_OK;
}
