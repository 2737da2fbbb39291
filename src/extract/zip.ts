// A ZIP archive, looked at before a Word reader may inflate it: is it whole,
// is it a Word document (word/document.xml) rather than a workbook, slides or
// a book, is it encrypted, and do its XML parts stay within
// MAX_INFLATED_BYTES. mammoth (through JSZip) inflates each part whole, so a
// ZIP bomb must be stopped here: first by the sizes the archive declares,
// then by inflating the parts as a stream (yauzl stops a part that inflates
// past its declared size), counting and dropping the bytes. Nothing is kept.

import type { Entry, ZipFile } from 'yauzl';
import { ExtractError, MAX_INFLATED_BYTES } from './types.js';

/** The parts a Word reader reads: the package's index and relationships, and the XML under word/. */
const WORD_PART = /^(?:\[Content_Types\]\.xml|_rels\/\.rels|word\/(?:[^/]+\/)*[^/]+\.(?:xml|rels))$/i;

/** Other kinds of ZIP-based files people send by mistake, by a part only they have. */
const OTHER_KINDS: ReadonlyArray<[RegExp, string]> = [
  [/^xl\/workbook\.xml$/i, 'an Excel workbook (.xlsx)'],
  [/^ppt\/presentation\.xml$/i, 'a PowerPoint presentation (.pptx)'],
  [/^META-INF\/container\.xml$/i, 'an EPUB book'],
  [/^content\.xml$/i, 'an OpenDocument file (.odt); save it as .docx'],
];

export async function checkWordArchive(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): Promise<void> {
  const yauzl = (await import('yauzl')).default;
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, file) => (error ? reject(damaged(error)) : resolve(file)));
  });
  try {
    const entries = await readEntries(zip);
    const names = entries.map((entry) => entry.fileName);
    if (!names.includes('word/document.xml')) {
      const other = OTHER_KINDS.find(([part]) => names.some((name) => part.test(name)));
      throw new ExtractError(`not a Word document: it is ${other?.[1] ?? 'a ZIP archive without word/document.xml'}`);
    }
    const parts = entries.filter((entry) => WORD_PART.test(entry.fileName));
    if (parts.some((entry) => entry.isEncrypted())) throw new ExtractError('the document is encrypted (password-protected); save a copy without a password');
    const declared = parts.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limit) throw tooLarge(largest(parts), declared, limit);
    let inflated = 0;
    for (const entry of parts) inflated = await inflateCounting(zip, entry, inflated, limit);
  } finally {
    zip.close();
  }
}

function readEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(damaged(error)));
    zip.readEntry();
  });
}

/** Inflates one part as a stream, dropping its bytes; stops past the limit or past the part's declared size. */
function inflateCounting(zip: ZipFile, entry: Entry, before: number, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(damaged(error));
      let total = before;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) stream.destroy(tooLarge(entry.fileName, total, limit, true));
      });
      stream.on('error', (failure) => {
        if (failure instanceof ExtractError) return reject(failure);
        // yauzl's check of the declared size: the part inflates to more than the archive says.
        if (/too many bytes/i.test(failure.message)) {
          return reject(new ExtractError(`${entry.fileName} inflates past the ${entry.uncompressedSize} bytes the archive declares for it (a ZIP bomb?)`));
        }
        reject(damaged(failure));
      });
      stream.on('end', () => resolve(total));
    });
  });
}

function largest(entries: readonly Entry[]): string {
  return entries.reduce((a, b) => (b.uncompressedSize > a.uncompressedSize ? b : a)).fileName;
}

function tooLarge(part: string, size: number, limit: number, partial = false): ExtractError {
  const mib = (bytes: number) => `${Math.floor(bytes / (1 << 20))} MiB`;
  const amount = partial ? `more than ${mib(limit)}` : mib(size);
  return new ExtractError(`${part} inflates to ${amount}, more than the ${mib(limit)} a Word document may hold (a ZIP bomb?)`);
}

function damaged(error: unknown): ExtractError {
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  return new ExtractError(`a damaged or incomplete ZIP archive (${detail})`);
}
