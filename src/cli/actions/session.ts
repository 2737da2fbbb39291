// What every reading command does: check the read options, resolve the
// inputs, read each source through the streaming parser, report input
// problems and diagnostics on stderr, and remember whether anything failed.
//
// Sources are read in the main thread, or with many files on worker threads
// (--jobs); either way their output and messages come in the sorted order of
// the sources, byte for byte the same.

import type { Item } from '../../model.js';
import { compileSelector, type SelectorOptions } from '../../query/index.js';
import { EXIT_ERROR } from '../errors.js';
import { openInputs, type ByteMeter, type ReadSourceOptions, type Source } from '../inputs.js';
import { colorEnabled, type CliIo } from '../io.js';
import { checkEncoding, type InputOptions } from '../options.js';
import type { ProgressLine } from '../progress.js';
import type { ReportOptions } from '../report.js';
import type { FileTask, WorkerOutput, WorkerSetup } from '../workers/protocol.js';
import { planWorkers } from '../workers/plan.js';
import { errorLine, readDocument, type DocumentVisitor, type ReadSetup, type ReadSink } from './read-document.js';

export type { DocumentVisitor } from './read-document.js';

/** What a run reads into, and what a worker thread hands back for it. */
export interface ReadRequest {
  selector: SelectorOptions;
  /** With `worker.kind` text, it must take `document(output)`. */
  visitor: DocumentVisitor;
  worker: WorkerOutput;
  /** The output is the items alone (ndjson, csv, table, markdown): page-level data need not be kept. */
  itemsOnly: boolean;
}

export class Session {
  /** An input could not be read: the run ends with exit code 2. */
  failed = false;
  /** Items that passed the selector. */
  matched = 0;
  sources: readonly Source[];
  private readonly report: ReportOptions;
  private read: ReadSourceOptions;
  private progress: ProgressLine | null = null;
  private readonly sink: ReadSink = {
    fail: (message) => this.fail(message),
    note: (lines) => this.print(lines),
  };

  private constructor(
    readonly io: CliIo,
    sources: readonly Source[],
    read: ReadSourceOptions,
    private options: InputOptions,
  ) {
    this.sources = sources;
    this.read = read;
    this.report = { quiet: options.quiet, verbose: options.verbose, color: colorEnabled(io.stderr, io.env, options.color) };
  }

  /** Checks the options, resolves the inputs and prints the problems found so far. */
  static async open(io: CliIo, inputs: readonly string[], options: InputOptions): Promise<Session> {
    const encoding = await checkEncoding(options.encoding);
    const resolved = await openInputs(io, inputs, options.ext);
    const read: ReadSourceOptions = { encoding, year: options.year ?? null, stdin: resolved.needsStdin ? io.stdin : undefined, signal: io.signal };
    const session = new Session(io, resolved.sources, read, options);
    for (const problem of resolved.problems) session.fail(problem.message);
    return session;
  }

  /** Leaves out the sources `test` picks, each with a warning (`export -o` onto a file found among the inputs). */
  leaveOut(test: (source: Source) => boolean, message: (source: Source) => string): void {
    this.sources = this.sources.filter((source) => {
      if (!test(source)) return true;
      this.io.stderr.write(`bulletin: warning: ${message(source)}\n`);
      return false;
    });
  }

  /** Hands every line's label to `onDecision` as the sources are read (`bulletin explain`); reading stays on this thread. */
  observeLines(onDecision: NonNullable<ReadSourceOptions['onDecision']>): void {
    this.read = { ...this.read, onDecision };
    this.options = { ...this.options, jobs: 1 };
  }

  /** Several sources: records name their file. */
  get showFile(): boolean {
    return this.sources.length > 1;
  }

  /** One line on stderr; the run goes on and ends with exit code 2. */
  fail(message: string): void {
    this.failed = true;
    this.print(errorLine(message));
  }

  /** Reads every source in order into the visitor; items failing the selector are skipped. */
  async readAll(request: ReadRequest): Promise<void> {
    const setup: ReadSetup = { read: this.read, select: compileSelector(request.selector), report: this.report, itemsOnly: request.itemsOnly };
    const files = this.sources.filter((source) => source.kind === 'file');
    const workers = planWorkers(this.options.jobs, files.length);
    await this.startProgress();
    try {
      if (workers === 0) {
        for (const source of this.sources) await this.readOne(source, setup, request.visitor);
      } else {
        // stdin comes first in the order, and only the main thread can read it.
        for (const source of this.sources) if (source.kind === 'stdin') await this.readOne(source, setup, request.visitor);
        await this.readInWorkers(files, workers, setup, request);
      }
    } finally {
      this.progress?.finish();
    }
  }

  /** The exit code for the reading part of the run (2 if an input failed). */
  exitCode(): number | null {
    return this.failed ? EXIT_ERROR : null;
  }

  private async readOne(source: Source, setup: ReadSetup, visitor: DocumentVisitor): Promise<void> {
    const meter: ByteMeter = { bytes: 0 };
    this.matched += await readDocument(source, setup, visitor, this.sink, meter);
    this.progress?.advance(meter.bytes);
  }

  private async readInWorkers(files: Source[], workers: number, setup: ReadSetup, request: ReadRequest): Promise<void> {
    const [{ WorkerPool }, { createBatchReader }] = await Promise.all([import('../workers/pool.js'), import('../workers/read-batch.js')]);
    const workerSetup: WorkerSetup = {
      read: { encoding: this.read.encoding ?? 'auto', year: this.read.year ?? null },
      selector: request.selector,
      report: this.report,
      output: request.worker,
      itemsOnly: request.itemsOnly,
    };
    // The workers start loading while the main thread gets going.
    const pool = WorkerPool.start(workers, workerSetup);
    const tasks = files.map((source, index): FileTask => ({ index, path: source.kind === 'file' ? source.path : '', name: source.name }));
    try {
      const local = await createBatchReader(workerSetup);
      for await (const result of pool.run(tasks, local)) {
        // Leaving the loop terminates the workers (finally below).
        this.io.signal?.throwIfAborted();
        const source = files[result.index]!;
        if (result.deferred) {
          await this.readOne(source, setup, request.visitor);
          continue;
        }
        if (result.stderr !== '') this.print(result.stderr);
        if (result.failed) this.failed = true;
        this.matched += result.matched;
        if (result.output.length > 0) {
          if (request.visitor.document === undefined) throw new Error('Session: a text worker needs a visitor that takes document(output)');
          await request.visitor.document(result.output);
        } else if (result.document !== null) {
          for (const item of result.document.items) await request.visitor.item(item, source);
          await request.visitor.end({ ...result.document, items: [] as Item[] }, source);
        }
        this.progress?.advance(result.bytes);
      }
    } finally {
      await pool.close();
    }
  }

  /** The progress line, on a terminal only: the module is not even loaded otherwise. */
  private async startProgress(): Promise<void> {
    const { stderr } = this.io;
    if (stderr.isTTY !== true || this.options.quiet) return;
    const { ProgressLine, wantsProgress } = await import('../progress.js');
    if (wantsProgress(stderr, this.sources.length, this.options.quiet)) this.progress = new ProgressLine(stderr, this.sources.length);
  }

  private print(text: string): void {
    if (this.progress === null) this.io.stderr.write(text);
    else this.progress.print(text);
  }
}
