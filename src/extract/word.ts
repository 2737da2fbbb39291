// Word documents → text, a paragraph a line.
//
// .docx: mammoth renders the document as HTML, which html-text.ts lays out in
// Word mode. mammoth reads what a correspondent's document holds the way Word
// shows it: tracked changes as accepted (insertions kept, deletions dropped),
// field codes left out (their result kept), text boxes where they are
// anchored, table cells one per line, soft breaks (<br>) as line breaks, tabs
// kept; comments, headers and footers left out; footnotes and endnotes after
// the body. Images are not read at all (an empty src).
//
// .doc (Word 97–2003): word-extractor reads the body, then the text boxes,
// then the footnotes and endnotes, each a block of its own. Its format keeps
// no anchors we can follow, so text boxes come after the body; table cells
// come as the cells of a row on one line, separated by tabs (Word's cell marks).
//
// Both libraries are loaded on first use: `--version` and plain-text runs never pay for them.

import type { Diagnostic } from '../model.js';
import { ExtractError, plural, type Extracted } from './types.js';
import { checkWordArchive } from './zip.js';

export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  await checkWordArchive(bytes);
  const { default: mammoth } = await import('mammoth');
  let html: string;
  let diagnostics: Diagnostic[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: toBuffer(bytes) },
      {
        // A blank line of the document is a blank line of the text: the parser reads them.
        ignoreEmptyParagraphs: false,
        // Images are counted, never decoded.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
    html = result.value;
    diagnostics = ignoredParts(result.messages);
  } catch (error) {
    throw new ExtractError(`a damaged Word document (${describe(error)})`);
  }
  // Loaded here, not above: a .doc needs no HTML.
  const { htmlToText } = await import('./html-text.js');
  const { text, images } = htmlToText(html, { paragraphs: true });
  if (text.trim() === '') throw noText(images);
  return { text, source: { format: 'docx', unit: 'paragraph' }, encoding: 'utf-8', detectedBy: 'declared', diagnostics };
}

const UNRECOGNISED = /^An unrecognised element was ignored: (\S+)/;

/**
 * Elements mammoth does not read, once each, as warnings: one may hold text
 * that is then missing (`w:fldSimple`, a simple field, keeps its result
 * inside it), and nothing is to be lost without a word.
 */
function ignoredParts(messages: ReadonlyArray<{ type: string; message: string }>): Diagnostic[] {
  const names = new Set<string>();
  for (const { message } of messages) {
    const name = UNRECOGNISED.exec(message)?.[1];
    if (name !== undefined) names.add(name);
  }
  const start = { line: 1, column: 1, offset: 0 };
  return [...names].map((name) => ({
    ruleId: 'docx-unread',
    severity: 'warning',
    message: `Unexpected ${name} element in the document, left out by the Word reader; any text in it is missing`,
    place: { start, end: { ...start } },
    actual: name,
  }));
}

/** An OLE2 compound file: a .doc, or an encrypted .docx, or another Office file. */
export async function extractDoc(bytes: Uint8Array): Promise<Extracted> {
  await checkWordStream(bytes);
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  let notes: string;
  let boxes: string;
  try {
    // Its typings leave out the options every getter takes (word-extractor's own docs list them).
    const document = (await new WordExtractor().extract(toBuffer(bytes))) as unknown as WordText;
    // filterUnicode: false keeps “curly quotes” and dashes as they are.
    const raw = { filterUnicode: false };
    body = document.getBody(raw);
    boxes = document.getTextboxes({ ...raw, includeHeadersAndFooters: false, includeBody: true });
    notes = [document.getFootnotes(raw), document.getEndnotes(raw)].filter((part) => part.trim() !== '').join('\n');
  } catch (error) {
    throw new ExtractError(`a damaged Word document (${describe(error)})`);
  }
  const blocks = [body, boxes, notes].map((part) => part.replace(/\r\n?/g, '\n').replace(/\n+$/, '')).filter((part) => part.trim() !== '');
  if (blocks.length === 0) throw noText(0);
  return { text: `${blocks.join('\n\n')}\n`, source: { format: 'doc', unit: 'paragraph' }, encoding: 'utf-16le', detectedBy: 'declared', diagnostics: [] };
}

interface TextOptions {
  filterUnicode?: boolean;
  includeHeadersAndFooters?: boolean;
  includeBody?: boolean;
}

interface WordText {
  getBody(options?: TextOptions): string;
  getFootnotes(options?: TextOptions): string;
  getEndnotes(options?: TextOptions): string;
  getTextboxes(options?: TextOptions): string;
}

/** Other Office files in an OLE2 container, by their main stream. */
const OTHER_OLE: ReadonlyArray<[string, string]> = [
  ['Workbook', 'an Excel workbook (.xls)'],
  ['Book', 'an Excel workbook (.xls)'],
  ['PowerPoint Document', 'a PowerPoint presentation (.ppt)'],
];

/** The FIB's magic number, and its flag for an encrypted (or XOR-obfuscated) document. */
const WORD_MAGIC = 0xa5ec;
const F_ENCRYPTED = 0x0100;

async function checkWordStream(bytes: Uint8Array): Promise<void> {
  const { default: CFB } = await import('cfb');
  let container: ReturnType<typeof CFB.read>;
  try {
    container = CFB.read(toBuffer(bytes), { type: 'buffer' });
  } catch (error) {
    throw new ExtractError(`a damaged or incomplete Office file (${describe(error)})`);
  }
  const has = (name: string) => CFB.find(container, name) !== null;
  // An encrypted .docx (or .xlsx) is a compound file holding the encrypted package.
  if (has('EncryptedPackage') || has('EncryptionInfo')) throw encrypted();
  const word = CFB.find(container, 'WordDocument');
  if (word === null) {
    const other = OTHER_OLE.find(([stream]) => has(stream));
    throw new ExtractError(`not a Word document: it is ${other?.[1] ?? 'an Office compound file without a WordDocument stream'}`);
  }
  const fib = toBuffer(word.content as Uint8Array);
  if (fib.length < 0x20 || fib.readUInt16LE(0) !== WORD_MAGIC) throw new ExtractError('a damaged Word document (its WordDocument stream has no Word header)');
  if ((fib.readUInt16LE(0x0a) & F_ENCRYPTED) !== 0) throw encrypted();
}

function encrypted(): ExtractError {
  return new ExtractError('the document is encrypted (password-protected); save a copy without a password');
}

function noText(images: number): ExtractError {
  return new ExtractError(images > 0 ? `the document has no text, only ${plural(images, 'image')}` : 'the document has no text');
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // One line: some library messages run over several.
  return message.split('\n')[0]!.trim();
}
