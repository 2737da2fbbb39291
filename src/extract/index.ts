// Documents that are not plain text → text for the parser: Word (.docx,
// .doc) and web pages. Which one a file is comes from its bytes (detect.ts);
// each reader is loaded when a file of its kind is read.

import type { Container } from './detect.js';
import { ExtractError, type Extracted } from './types.js';

export { detectContainer, DETECT_BYTES, type Container } from './detect.js';
export { ExtractError, MAX_INFLATED_BYTES, type Extracted } from './types.js';

export interface ExtractOptions {
  /** `--encoding`: for a web page, the charset to read it in (`auto`: its own declaration, else a guess). */
  encoding?: string;
}

/** A document's text; throws ExtractError when the file cannot be read as one. */
export async function extractDocument(bytes: Uint8Array, container: Container, options: ExtractOptions = {}): Promise<Extracted> {
  switch (container) {
    case 'zip':
      return (await import('./word.js')).extractDocx(bytes);
    case 'ole2':
      return (await import('./word.js')).extractDoc(bytes);
    case 'html':
      return (await import('./html.js')).extractHtml(bytes, options.encoding ?? 'auto');
    case 'rtf':
      // Word saves RTF under .doc too. Reading RTF well takes a reader of its own (control words, code pages, groups);
      // a half reading would lose text silently, so it is refused with the way out.
      throw new ExtractError('an RTF document, which bulletin does not read; save it as .docx or as plain text');
  }
}
