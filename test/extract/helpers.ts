// Word documents and archives made in the tests: .docx by the `docx` package
// (as a correspondent's word processor would write them), odd ZIP archives by
// hand (a bomb, a workbook), compound files by `cfb`.

import { once } from 'node:events';
import { createDeflateRaw } from 'node:zlib';
import { Document, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';

/** The paragraphs of our own invented bulletin, one string each ('' for a blank line). */
export const BRIEF_LINES = [
  '社区动态',
  '',
  '青石社区: 开展夏季防溺水宣传',
  '',
  '本报讯 7月3日,青石社区组织网格员走进辖区小区和河道沿线,向居民发放防溺水宣传单,提醒家长看护好孩子。',
  '(周 岚)',
];

/** A .docx of plain paragraphs. */
export async function docxOf(lines: readonly string[]): Promise<Buffer> {
  return docxWith({ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) });
}

/** A .docx of one section as given (headers, footers, tables, text boxes …), plus options for the whole document. */
export async function docxWith(section: ISectionOptions, options: Omit<ConstructorParameters<typeof Document>[0], 'sections'> = {}): Promise<Buffer> {
  return Packer.toBuffer(new Document({ ...options, sections: [section] }));
}

export interface ZipEntry {
  name: string;
  /** Stored as is, unless `inflated` is given. */
  data?: Uint8Array;
  /** A deflated entry: raw deflate data and the size it inflates to. */
  deflated?: { data: Uint8Array; size: number };
  /** The uncompressed size the archive claims (a ZIP bomb may lie); default the true one. */
  declaredSize?: number;
  /** General-purpose flag bit 0: the entry is encrypted. */
  encrypted?: boolean;
}

/**
 * A ZIP archive with exactly these entries and headers: enough for yauzl and
 * JSZip, and for the lies real writers never tell. CRCs are left 0 (neither
 * reader we use checks them before inflating).
 */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.deflated?.data ?? entry.data ?? new Uint8Array();
    const size = entry.deflated?.size ?? data.length;
    const declared = entry.declaredSize ?? size;
    const method = entry.deflated === undefined ? 0 : 8;
    const flags = (entry.encrypted ? 1 : 0) | 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(data));
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Raw deflate of `size` bytes of `<` without holding them: a chunk at a time. */
export async function deflatedRepeat(size: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const chunk = Buffer.alloc(1 << 20, '<');
  for (let left = size; left > 0; left -= chunk.length) {
    if (!deflate.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(out);
}

/** The parts a Word document needs beside word/document.xml, for archives made by hand. */
export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
export const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
