// How the documents of a run become output: event by event for the streaming
// formats (json, ndjson, csv), all at once for the others (table, markdown).

import type { BulletinDocument } from '../../document.js';
import type { Format, FormatContext, StreamingFormat } from '../../format/types.js';
import type { Item } from '../../model.js';
import type { Source } from '../inputs.js';
import type { Output } from '../output.js';
import type { DocumentVisitor } from './read-document.js';

export interface Writer extends DocumentVisitor {
  begin(): Promise<void>;
  finish(): Promise<void>;
}

/**
 * Writes each event as it comes. A document is opened at its first item, so
 * that an unreadable file leaves no trace; the writer puts the separators in
 * and keeps the counts the events need.
 */
export class StreamingWriter implements Writer {
  private open: Source | null = null;
  private documents = 0;
  private items = 0;

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
    const separator = this.items++ === 0 ? '' : (this.events.itemSeparator?.(this.context) ?? '');
    await this.output.write(separator + this.events.item(item, source.name, this.context));
  }

  async end(document: BulletinDocument, source: Source): Promise<void> {
    await this.openDocument(source);
    this.open = null;
    await this.output.write(this.events.documentEnd(document, this.context, this.items));
  }

  /** Closes what was opened, so that the output stays well-formed. */
  async abort(source: Source): Promise<void> {
    this.open = null;
    await this.output.write(this.events.documentEnd(unreadDocument(source), this.context, this.items));
  }

  /** A document formatted elsewhere (a worker thread), from documentStart to documentEnd, in UTF-8. */
  async document(output: Uint8Array): Promise<void> {
    const separator = this.separator();
    if (separator !== '') await this.output.write(separator);
    await this.output.write(output);
  }

  finish(): Promise<void> {
    return this.output.write(this.events.end(this.context, this.documents));
  }

  private async openDocument(source: Source): Promise<void> {
    if (this.open === source) return;
    this.open = source;
    this.items = 0;
    await this.output.write(this.separator() + this.events.documentStart(source.name, this.context));
  }

  private separator(): string {
    return this.documents++ === 0 ? '' : (this.events.documentSeparator?.(this.context) ?? '');
  }
}

/** Keeps the documents, then formats them at once (tables need every width first). */
export class BufferedWriter implements Writer {
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
