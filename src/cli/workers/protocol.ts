// What the main thread and the parse workers say to each other. Everything
// here crosses a thread by structured clone: plain data only.

import type { BulletinDocument } from '../../document.js';
import type { FormatContext } from '../../format/types.js';
import type { SelectorOptions } from '../../query/index.js';
import type { ReportOptions } from '../report.js';

/** What a worker hands back for a file. */
export type WorkerOutput =
  /** A streaming format's text for the whole document: cheap to send, and what the main thread writes. */
  | { kind: 'text'; format: string; context: FormatContext }
  /** The items, for the formats that need them all (table, markdown) and for stats (`dropBlocks`: no text, less to copy). */
  | { kind: 'items'; dropBlocks: boolean };

/** Given to every worker at start: how to read, select, report and format. */
export interface WorkerSetup {
  read: { encoding: string; year: number | null };
  selector: SelectorOptions;
  report: ReportOptions;
  output: WorkerOutput;
  itemsOnly: boolean;
}

export interface FileTask {
  /** The file's place in the run's sorted sources: results are written in this order. */
  index: number;
  /** Bytes where the name is not UTF-8 (file-names.ts): a Buffer arrives as a Uint8Array. */
  path: string | Uint8Array;
  name: string;
}

export interface Batch {
  files: FileTask[];
}

export interface FileResult {
  index: number;
  /** The output grew past the worker's limit: the main thread reads the file itself, streaming. */
  deferred: boolean;
  /**
   * `kind: 'text'`: documentStart … documentEnd in UTF-8, empty when the file
   * gave no document. Bytes, not a string: they cross the thread without a
   * copy (transferred) and go to stdout without being encoded there.
   */
  output: Uint8Array;
  /** `kind: 'items'`: the document with its items; null when the file gave none. */
  document: BulletinDocument | null;
  /** Lines for stderr, as the main thread would have printed them. */
  stderr: string;
  failed: boolean;
  matched: number;
  bytes: number;
}

/** The results for the first files of a batch, in order; the rest of the batch goes back to the queue. */
export interface BatchResult {
  results: FileResult[];
  /** Holds every `output` of the batch: transferred, not copied. */
  buffer: ArrayBuffer;
}
