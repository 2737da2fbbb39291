// What a file is, from its first bytes, not from its name: a correspondent's
// `.doc` may be a web page or RTF that Word saved under that name, and an
// archive's `.txt` may hold a saved web page.
//
//   PK\x03\x04 …              a ZIP archive: a .docx when it holds word/document.xml (zip.ts decides)
//   D0 CF 11 E0 A1 B1 1A E1   an OLE2 compound file: a .doc when it holds a WordDocument stream (doc.ts)
//   {\rtf1 …                  an RTF document
//   <!DOCTYPE html> / <html   a web page, after any BOM, white space and comments

import { findBom } from '../decode/encodings.js';

/** The kinds of input read by something other than the text decoder. */
export type Container = 'zip' | 'ole2' | 'rtf' | 'html';

/** Bytes the detection looks at: enough for a long comment or doctype before the first tag. */
export const DETECT_BYTES = 4096;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An empty archive is only its end record. */
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The first tags that make a page: a doctype, or one of the elements a page
 * starts with. A bulletin may open with a directive comment
 * (`<!-- bulletin-disable truncated-body -->`) and then its text: comments
 * are skipped, and text after them is no page.
 */
const FIRST_TAG = /^<(?:!doctype\s+html|html|head|body|meta|title|base|link|style|script|div|p|table|h[1-6])(?=[\s/>])/i;
/** An XML declaration may come first (XHTML, Word's "web page" .doc). */
const XML_DECLARATION = /^<\?xml[^>]*\?>/i;
const COMMENT = /^<!--[\s\S]*?-->/;

export function detectContainer(head: Uint8Array): Container | null {
  if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) return 'zip';
  if (startsWith(head, OLE2)) return 'ole2';
  const text = headText(head);
  if (/^\{\\rtf/.test(text)) return 'rtf';
  return looksLikeHtml(text) ? 'html' : null;
}

/** The first bytes as text, enough to read ASCII tags: UTF-16 when a BOM says so, else one character per byte. */
function headText(head: Uint8Array): string {
  const bom = findBom(head);
  const bytes = head.subarray(0, DETECT_BYTES);
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') {
    return new TextDecoder(bom.encoding).decode(bytes.subarray(0, bytes.length & ~1));
  }
  return Buffer.from(bytes.subarray(bom === null ? 0 : bom.bytes.length)).toString('latin1');
}

function looksLikeHtml(text: string): boolean {
  let rest = text.trimStart().replace(XML_DECLARATION, '').trimStart();
  for (let match = COMMENT.exec(rest); match !== null; match = COMMENT.exec(rest)) rest = rest.slice(match[0].length).trimStart();
  return FIRST_TAG.test(rest);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte);
}
