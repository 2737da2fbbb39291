// What every reading command does: check the read options, resolve the
// inputs, read each source through the streaming parser, report input
// problems and diagnostics on stderr, and remember whether anything failed.

import type { BulletinDocument } from '../../document.js';
import type { Item } from '../../model.js';
import { EXIT_ERROR, invalidOption, isSystemError, describeSystemError } from '../errors.js';
import { readSource, resolveInputs, type ReadSourceOptions, type Source } from '../inputs.js';
import { colorEnabled, type CliIo } from '../io.js';
import type { InputOptions } from '../options.js';
import { formatDiagnostics, type ReportOptions } from '../report.js';

/** Receives what a run reads, source by source. */
export interface DocumentVisitor {
  /** An item that passed the selector. */
  item(item: Item, source: Source): Promise<void>;
  /** The source is read; `document.items` is empty (the items went to item()). */
  end(document: BulletinDocument, source: Source): Promise<void>;
  /** The source failed after some of its items went to item(). */
  abort(source: Source): Promise<void>;
}

export class Session {
  /** An input could not be read: the run ends with exit code 2. */
  failed = false;
  /** Items that passed the selector. */
  matched = 0;
  readonly sources: readonly Source[];
  private readonly report: ReportOptions;
  private readonly read: ReadSourceOptions;

  private constructor(
    readonly io: CliIo,
    sources: readonly Source[],
    read: ReadSourceOptions,
    options: InputOptions,
  ) {
    this.sources = sources;
    this.read = read;
    this.report = { quiet: options.quiet, verbose: options.verbose, color: colorEnabled(io.stderr, io.env, options.color) };
  }

  /** Checks the options, resolves the inputs and prints the problems found so far. */
  static async open(io: CliIo, inputs: readonly string[], options: InputOptions): Promise<Session> {
    const encoding = await checkEncoding(options.encoding);
    const needsStdin = inputs.length === 0 || inputs.includes('-');
    const resolved = await resolveInputs(inputs, { cwd: io.cwd, stdinIsTTY: needsStdin && io.stdin.isTTY === true });
    const read: ReadSourceOptions = { encoding, year: options.year ?? null, stdin: needsStdin ? io.stdin : undefined };
    const session = new Session(io, resolved.sources, read, options);
    for (const problem of resolved.problems) session.fail(problem.message);
    return session;
  }

  /** Several sources: records name their file. */
  get showFile(): boolean {
    return this.sources.length > 1;
  }

  /** One line on stderr; the run goes on and ends with exit code 2. */
  fail(message: string): void {
    this.failed = true;
    this.io.stderr.write(`bulletin: error: ${message}\n`);
  }

  /** Reads every source in order; items failing `select` are skipped. */
  async readAll(select: (item: Item) => boolean, visitor: DocumentVisitor): Promise<void> {
    for (const source of this.sources) await this.readOne(source, select, visitor);
  }

  private async readOne(source: Source, select: (item: Item) => boolean, visitor: DocumentVisitor): Promise<void> {
    const items = readSource(source, this.read);
    let given = 0;
    let document: BulletinDocument;
    try {
      for (;;) {
        const next = await items.next();
        if (next.done === true) {
          document = next.value;
          break;
        }
        if (!select(next.value)) continue;
        given += 1;
        this.matched += 1;
        await visitor.item(next.value, source);
      }
    } catch (error) {
      if (!isSystemError(error)) throw error;
      this.fail(`Cannot read ${source.name}: ${describeSystemError(error)}`);
      if (given > 0) await visitor.abort(source);
      return;
    } finally {
      await items.return(undefined as never).catch(() => undefined);
    }
    if (document.binary) {
      this.fail(`Cannot read ${source.name}: ${binaryReason(document)}`);
      return;
    }
    const lines = formatDiagnostics(source.name, document.diagnostics, this.report);
    if (lines !== '') this.io.stderr.write(lines);
    await visitor.end(document, source);
  }

  /** The exit code for the reading part of the run (2 if an input failed). */
  exitCode(): number | null {
    return this.failed ? EXIT_ERROR : null;
  }
}

async function checkEncoding(name: string): Promise<string> {
  const { normalizeEncoding, SUPPORTED_ENCODINGS } = await import('../../decode/index.js');
  const encoding = normalizeEncoding(name);
  if (encoding === null) throw invalidOption('--encoding <name>', name, `Allowed choices are ${SUPPORTED_ENCODINGS.join(', ')}.`);
  return encoding;
}

function binaryReason(document: BulletinDocument): string {
  const offset = document.diagnostics.find((d) => d.ruleId === 'binary')?.byteOffset;
  const where = offset === undefined ? '' : ` at byte offset ${offset}`;
  return `not a text file (NUL byte${where}); if it is UTF-16 without a byte-order mark, use --encoding utf-16le or utf-16be`;
}
