// explain: each line of each input with its label, its item and the reasons.

import type { ExplainedFile, ExplainedLine } from '../../format/explain.js';
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

export async function runExplain(io: CliIo, request: ExplainRequest): Promise<number> {
  const { formatExplainJson, formatExplainTable, toExplainedLine } = await import('../../format/explain.js');
  const session = await Session.open(io, request.inputs, request.options);
  if (session.sources.length === 0) return session.exitCode() ?? EXIT_OK;
  const files: ExplainedFile[] = [];
  let lines: ExplainedLine[] = [];
  session.observeLines((decision) => lines.push(toExplainedLine(decision)));
  await session.readAll({
    selector: {},
    itemsOnly: false,
    worker: { kind: 'items', dropBlocks: true },
    visitor: {
      async item() {},
      async end(_document, source) {
        files.push({ file: source.name, lines });
        lines = [];
      },
      async abort() {
        lines = [];
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
