// list, filter and export: items through a selector into a format, on stdout
// or atomically into a file. Streaming formats (json, ndjson, csv) write each
// item as it is parsed; the others (table, markdown) wait for the last file.

import type { BulletinDocument } from '../../document.js';
import { loadFormat } from '../../format/load.js';
import type { Format, FormatContext, StreamingFormat } from '../../format/types.js';
import type { Item } from '../../model.js';
import { compileSelector, hasSelectors, type SelectorOptions } from '../../query/index.js';
import { CliError, EXIT_NO_MATCH, EXIT_OK } from '../errors.js';
import type { Source } from '../inputs.js';
import { colorEnabled, terminalColumns, type CliIo } from '../io.js';
import type { InputOptions } from '../options.js';
import { AtomicFile, OutputClosed, StreamOutput, type Output } from '../output.js';
import { Session, type DocumentVisitor } from './session.js';

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
  const format = await loadFormat(request.format);
  if (format === undefined) throw new CliError(`Unknown format ${request.format}`); // commander's choices() stops it first
  const select = compileSelector(request.selector);
  const session = await Session.open(io, request.inputs, request.options);
  if (session.sources.length === 0) return session.exitCode() ?? EXIT_OK;

  const toFile = request.output !== undefined && request.output !== '-';
  const context: FormatContext = {
    color: !toFile && colorEnabled(io.stdout, io.env, request.options.color),
    columns: toFile ? null : terminalColumns(io.stdout, io.env),
    showFile: session.showFile,
    bom: request.bom,
  };
  const stdout = toFile ? null : new StreamOutput(io.stdout);
  const file = toFile ? await AtomicFile.open(request.output!, io.cwd) : null;
  const output: Output = file ?? stdout!;

  try {
    const writer = format.streaming ? new StreamingWriter(format.streaming, output, context) : new BufferedWriter(format, output, context);
    await writer.begin();
    await session.readAll(select, writer);
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

interface Writer extends DocumentVisitor {
  begin(): Promise<void>;
  finish(): Promise<void>;
}

/** Writes each event as it comes; a document is opened at its first item so that an unreadable file leaves no trace. */
class StreamingWriter implements Writer {
  private open: Source | null = null;

  constructor(
    private readonly events: StreamingFormat,
    private readonly output: Output,
    private readonly context: FormatContext,
  ) {}

  begin(): Promise<void> {
    return this.output.write(this.events.start(this.context));
  }

  async item(item: Item, source: Source): Promise<void> {
    await this.openDocument(source);
    await this.output.write(this.events.item(item, source.name, this.context));
  }

  async end(document: BulletinDocument, source: Source): Promise<void> {
    await this.openDocument(source);
    this.open = null;
    await this.output.write(this.events.documentEnd(document, this.context));
  }

  /** Closes what was opened, so that the output stays well-formed. */
  async abort(source: Source): Promise<void> {
    this.open = null;
    await this.output.write(this.events.documentEnd(unreadDocument(source), this.context));
  }

  finish(): Promise<void> {
    return this.output.write(this.events.end(this.context));
  }

  private async openDocument(source: Source): Promise<void> {
    if (this.open === source) return;
    this.open = source;
    await this.output.write(this.events.documentStart(source.name, this.context));
  }
}

/** Keeps the documents, then formats them at once (tables need every width first). */
class BufferedWriter implements Writer {
  private readonly documents: BulletinDocument[] = [];
  private items: Item[] = [];

  constructor(
    private readonly format: Format,
    private readonly output: Output,
    private readonly context: FormatContext,
  ) {}

  async begin(): Promise<void> {}

  async item(item: Item): Promise<void> {
    this.items.push(item);
  }

  async end(document: BulletinDocument): Promise<void> {
    this.documents.push({ ...document, items: this.items });
    this.items = [];
  }

  async abort(): Promise<void> {
    this.items = [];
  }

  finish(): Promise<void> {
    return this.output.write(this.format.format(this.documents, this.context));
  }
}

/** What documentEnd gets for a file that failed half-way: its name and nothing else. */
function unreadDocument(source: Source): BulletinDocument {
  return {
    file: source.name,
    section: null,
    meta: [],
    items: [],
    unassigned: [],
    diagnostics: [],
    encoding: 'unknown',
    detectedBy: 'guess',
    binary: false,
  };
}
