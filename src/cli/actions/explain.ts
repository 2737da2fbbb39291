// explain: each line of each input with its label, its item and the reasons.

import type { ExplainedFile, ExplainedLine } from '../../format/explain.js';
import type { Position } from '../../model.js';
import { EXIT_OK } from '../errors.js';
import { terminalColumns, type CliIo } from '../io.js';
import type { InputOptions } from '../options.js';
import { OutputClosed, StreamOutput } from '../output.js';
import { Session } from './session.js';

/** Whether `span` ends at or before where a line starts. */
function endsBefore(span: Position, line: ExplainedLine): boolean {
  return span.end.line < line.line || (span.end.line === line.line && span.end.column <= line.column);
}

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
  // A line is labelled before its item is numbered: a head printed above its text's picture while the picture's item is
  // open, the lines of a lead-in while the parser waits to see whether the next item is the rest of its piece. Each
  // line takes the number of the item whose span (or head above it) it lies in, once the items are known.
  let placed: Array<{ span: Position; item: number }> = [];
  let headsAbove: Array<{ span: Position; item: number }> = [];
  session.observeLines((decision) => lines.push(toExplainedLine(decision)));
  await session.readAll({
    selector: {},
    itemsOnly: false,
    worker: { kind: 'items', dropBlocks: true },
    visitor: {
      async item(item) {
        placed.push({ span: item.span, item: item.index });
        const head = item.header?.span;
        if (head !== undefined && head.end.offset <= item.span.start.offset) headsAbove.push({ span: head, item: item.index });
        // (So are the copy's lines that came with that head, `来源:X | 作者:Y` below it.)
        for (const aside of item.asides) if (aside.span.end.offset <= item.span.start.offset) headsAbove.push({ span: aside.span, item: item.index });
      },
      async end(_document, source) {
        // Lines, items and heads are each in page order, and spans do not overlap: one pass with a cursor into each.
        // (The parser tells a web table's border alone on its line before the block around it: a stable sort by place,
        // nearly sorted already.)
        lines.sort((a, b) => a.line - b.line || a.column - b.column);
        headsAbove.sort((a, b) => a.span.start.offset - b.span.start.offset);
        let item = 0;
        let head = 0;
        for (const line of lines) {
          if (line.item === null) continue;
          while (head < headsAbove.length && endsBefore(headsAbove[head]!.span, line)) head++;
          while (item < placed.length && endsBefore(placed[item]!.span, line)) item++;
          const owner = head < headsAbove.length && isWithin(line, headsAbove[head]!.span) ? headsAbove[head] : item < placed.length && isWithin(line, placed[item]!.span) ? placed[item] : undefined;
          if (owner !== undefined) line.item = owner.item;
        }
        files.push({ file: source.name, lines });
        lines = [];
        placed = [];
        headsAbove = [];
      },
      async abort() {
        lines = [];
        placed = [];
        headsAbove = [];
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
