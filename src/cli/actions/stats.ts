// stats: counts over every item read (after the selectors, when given).

import type { BulletinDocument } from '../../document.js';
import type { StatsStyle } from '../../format/index.js';
import type { Item } from '../../model.js';
import type { SelectorOptions } from '../../query/index.js';
import { EXIT_OK } from '../errors.js';
import { colorEnabled, terminalColumns, type CliIo } from '../io.js';
import type { InputOptions } from '../options.js';
import { OutputClosed, StreamOutput } from '../output.js';
import { Session, type DocumentVisitor } from './session.js';

export interface StatsRequest {
  inputs: readonly string[];
  options: InputOptions;
  style: StatsStyle;
  selector: SelectorOptions;
}

export async function runStats(io: CliIo, request: StatsRequest): Promise<number> {
  const { computeStats, formatStats } = await import('../../format/stats.js');
  const session = await Session.open(io, request.inputs, request.options);
  if (session.sources.length === 0) return session.exitCode() ?? EXIT_OK;

  const documents: BulletinDocument[] = [];
  let items: Item[] = [];
  const visitor: DocumentVisitor = {
    async item(item) {
      // Counting needs no text: dropping the blocks keeps memory small on large archives.
      items.push({ ...item, blocks: [] });
    },
    async end(document) {
      documents.push({ ...document, items });
      items = [];
    },
    async abort() {
      items = [];
    },
  };
  // Stats count unassigned text: the page-level data is kept.
  await session.readAll({ selector: request.selector, visitor, worker: { kind: 'items', dropBlocks: true }, itemsOnly: false });

  const context = {
    color: colorEnabled(io.stdout, io.env, request.options.color),
    columns: terminalColumns(io.stdout, io.env),
    showFile: session.showFile,
    bom: false,
  };
  const stdout = new StreamOutput(io.stdout);
  try {
    await stdout.write(formatStats(computeStats(documents), context, request.style));
    await stdout.settle();
  } catch (error) {
    if (!(error instanceof OutputClosed)) throw error;
  }
  return session.exitCode() ?? EXIT_OK;
}
