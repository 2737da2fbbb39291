// What every extractor gives back, and how it says a file cannot be read.

import type { DetectedBy, Diagnostic, DocumentSource } from '../model.js';

/** A document's text, ready for the parser, with what it was read from. */
export interface Extracted {
  /** One line per paragraph (Word) or laid-out line (HTML), each ending in `\n`. */
  text: string;
  source: DocumentSource;
  encoding: string;
  detectedBy: DetectedBy;
  diagnostics: Diagnostic[];
}

/**
 * The file is not a document we can read: damaged, encrypted, another kind
 * of file, no text in it. `reason` completes `Cannot read <file>: …`.
 */
export class ExtractError extends Error {
  override name = 'ExtractError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * The most a Word document's XML may inflate to, all parts together: a real
 * page is a few hundred KiB, and a ZIP bomb is stopped here before its bytes
 * are held.
 */
export const MAX_INFLATED_BYTES = 64 << 20;

/** `1 image`, `2 images`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
