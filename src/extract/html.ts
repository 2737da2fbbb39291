// A web page: bytes → text in the page's charset → lines (html-text.ts).
//
// The charset comes from, in order: --encoding; a byte-order mark; the page's
// own declaration (`<meta charset="gbk">`, `<meta http-equiv="Content-Type"
// content="text/html; charset=gb2312">`, `<?xml … encoding="…"?>`) in its
// first 4 KiB; else the text decoder's guess. A declaration the bytes
// contradict is overruled, with a warning: a page saved as GBK that still says
// `charset=utf-8` (a template copied from elsewhere) is not valid UTF-8, and a
// page re-saved as UTF-8 that still says gb2312 is valid UTF-8, which GBK
// text with Chinese in it practically never is.

import { decode } from '../decode/index.js';
import { findBom, normalizeEncoding } from '../decode/encodings.js';
import type { Decoded, DetectedBy, Diagnostic } from '../model.js';
import { htmlToText } from './html-text.js';
import { ExtractError, plural, type Extracted } from './types.js';

/** How far into the page a charset declaration is looked for (browsers look at 1 KiB; Chinese pages often put it later). */
const DECLARATION_WINDOW = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)/i;

export function extractHtml(bytes: Uint8Array, forced: string): Extracted {
  const decoded = decodePage(bytes, forced);
  if (decoded.binary) throw new ExtractError('a web page with binary data in it (a NUL byte in its first 8 KiB)');
  const { text, images } = htmlToText(decoded.text);
  if (text.trim() === '') throw new ExtractError(images > 0 ? `the page has no text, only ${plural(images, 'image')}` : 'the page has no text');
  return {
    text,
    source: { format: 'html', unit: 'line' },
    encoding: decoded.encoding,
    detectedBy: decoded.detectedBy,
    // The decoder's places are lines of the markup, not of the text read from it: its findings keep their byte offset and are placed at the start.
    diagnostics: decoded.diagnostics.map(atStart),
  };
}

/** The page's text in its charset (see the top of this file). */
export function decodePage(bytes: Uint8Array, forced: string): Decoded {
  if (forced !== 'auto' || findBom(bytes) !== null) return decode(bytes, { encoding: forced });
  const label = declaredCharset(bytes);
  if (label === null) return decode(bytes);
  const declared = normalizeEncoding(label);
  const guessed = decode(bytes);
  if (declared === null || declared === 'auto') {
    return { ...guessed, diagnostics: [charsetNote(`Unexpected charset ${label} declared by the page, expected UTF-8, GBK or Big5; read as ${guessed.encoding}`, label, guessed.encoding), ...guessed.diagnostics] };
  }
  if (declared === guessed.encoding) return { ...guessed, detectedBy: 'declared' satisfies DetectedBy };
  // Valid UTF-8 (with Chinese in it) is UTF-8 whatever the page says; a page that says UTF-8 and is not, is what the decoder makes of it.
  const contradicted = guessed.detectedBy === 'valid-utf8' || declared === 'utf-8';
  if (contradicted) {
    const note = charsetNote(`Unexpected charset ${label} declared by the page: its bytes read as ${guessed.encoding}; read as ${guessed.encoding}`, label, guessed.encoding);
    return { ...guessed, diagnostics: [note, ...guessed.diagnostics] };
  }
  // GBK declared, Big5 guessed (or the reverse): two readings of the same bytes, and the page knows better than a guess.
  return { ...decode(bytes, { encoding: declared }), detectedBy: 'declared' };
}

/** The charset a page declares in its first bytes, as written; null when none. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_WINDOW)).toString('latin1');
  return XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
}

function charsetNote(message: string, label: string, used: string): Diagnostic {
  const start = { line: 1, column: 1, offset: 0 };
  return { ruleId: 'charset-mismatch', severity: 'warning', message, place: { start, end: { ...start } }, actual: label, expected: used };
}

function atStart(diagnostic: Diagnostic): Diagnostic {
  const start = { line: 1, column: 1, offset: 0 };
  return { ...diagnostic, place: { start, end: { ...start } } };
}
