// A batch of files as a worker reads it (in-process here): the output of each
// file is its own slice of one buffer, and the limits send files back to the
// main thread or end a batch early without losing or mixing a byte.

import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBulletin } from '../../src/document.js';
import { FORMATS } from '../../src/format/index.js';
import { formatDocument, type FormatContext } from '../../src/format/types.js';
import type { FileTask, WorkerSetup } from '../../src/cli/workers/protocol.js';
import { BATCH_LIMITS, createBatchReader } from '../../src/cli/workers/read-batch.js';
import { makeArchive } from './helpers.js';

const CONTEXT: FormatContext = { color: false, columns: null, showFile: true, bom: false };
const SETUP: WorkerSetup = {
  read: { encoding: 'auto', year: null },
  selector: {},
  report: { quiet: false, verbose: false, color: false },
  output: { kind: 'text', format: 'json', context: CONTEXT },
  itemsOnly: false,
};

let directory: string;
let tasks: FileTask[];

beforeAll(() => {
  directory = makeArchive({ files: 8, binaryAt: [5], large: { 2: 300_000 } });
  tasks = Array.from({ length: 8 }, (_, index) => {
    const name = `p-${String(index).padStart(3, '0')}.txt`;
    return { index, path: path.join(directory, name), name };
  });
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** What the json events give for the whole document: the worker's output must be exactly this. */
function expected(task: FileTask): string {
  const document = readBulletin(readFileSync(task.path as string), { file: task.name });
  return document.binary ? '' : formatDocument(FORMATS.json.streaming, document, CONTEXT);
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('a batch read as a worker reads it', () => {
  it('gives each file its document, formatted, in its own slice of one buffer', async () => {
    const read = await createBatchReader(SETUP, { ...BATCH_LIMITS, batchOutput: 1 << 30 });
    const { results, buffer } = await read({ files: tasks });
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const result of results) {
      expect(result.output.buffer).toBe(buffer);
      expect(text(result.output), tasks[result.index]!.name).toBe(expected(tasks[result.index]!));
      expect(result.deferred).toBe(false);
    }
    expect([results[5]!.failed, results[5]!.output.length]).toEqual([true, 0]);
    expect(results[5]!.stderr).toMatch(/^bulletin: error: Cannot read p-005\.txt: not a text file/);
  });

  it('sends back unread a file larger than the input limit', async () => {
    const read = await createBatchReader(SETUP, { ...BATCH_LIMITS, fileInput: 100_000 });
    const { results } = await read({ files: tasks });
    expect(results.filter((r) => r.deferred).map((r) => r.index)).toEqual([2]);
    expect(results[2]!.output.length).toBe(0);
    expect(text(results[3]!.output)).toBe(expected(tasks[3]!));
  });

  it('sends back a file whose output passes the output limit, and drops what it wrote of it', async () => {
    const read = await createBatchReader(SETUP, { ...BATCH_LIMITS, fileOutput: 200_000 });
    const { results } = await read({ files: tasks });
    expect(results.filter((r) => r.deferred).map((r) => r.index)).toEqual([2]);
    expect(results[2]).toMatchObject({ stderr: '', failed: false, matched: 0 });
    for (const index of [1, 3, 4]) expect(text(results[index]!.output)).toBe(expected(tasks[index]!));
  });

  it('ends the batch once its output passes the batch limit, keeping what it read', async () => {
    const read = await createBatchReader(SETUP, { ...BATCH_LIMITS, batchOutput: 1 });
    const { results } = await read({ files: tasks });
    expect(results.map((r) => r.index)).toEqual([0]);
    expect(text(results[0]!.output)).toBe(expected(tasks[0]!));
  });
});
