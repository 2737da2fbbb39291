// A streaming run writes what an in-memory run writes: the CLI reads files
// in 64 KiB chunks, decodes and parses them as they come and writes each item
// at once; readBulletin() reads the whole file and format() writes it whole.
// The bytes must be the same, for every fixture, for inputs of many chunks
// in every encoding (characters split across chunk boundaries), and for the
// items-only path that keeps no page-level data.

import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/cli/report.js';
import { HELD_DIAGNOSTICS, readBulletin, streamBulletin, type BulletinDocument } from '../../src/document.js';
import { FORMATS } from '../../src/format/index.js';
import type { FormatContext } from '../../src/format/types.js';
import type { Diagnostic, Item } from '../../src/model.js';
import { ROOT, run, tempDir } from '../cli/helpers.js';
import { PAGES } from './helpers.js';

const CONTEXT: FormatContext = { color: false, columns: null, showFile: false, bom: false };
const REPORT = { quiet: false, verbose: false, color: false };
const FORMAT_NAMES = ['json', 'ndjson', 'csv', 'markdown', 'table'] as const;

/** What an in-memory run prints for one file: format() of readBulletin(), and the diagnostics. */
function inMemory(bytes: Uint8Array, name: string, format: (typeof FORMAT_NAMES)[number]): { stdout: string; stderr: string } {
  const document = readBulletin(bytes, { file: name });
  return { stdout: FORMATS[format].format([document], CONTEXT), stderr: formatDiagnostics(name, document.diagnostics, REPORT) };
}

function textFixtures(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .map((name) => path.join(directory, name))
    .sort();
}

describe('every fixture: the streamed export is the in-memory format, byte for byte', () => {
  const fixtures = textFixtures(path.join(ROOT, 'fixtures')).map((file) => path.relative(ROOT, file));

  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(40);
  });

  for (const fixture of fixtures) {
    it(fixture, async () => {
      const bytes = readFileSync(path.join(ROOT, fixture));
      for (const format of FORMAT_NAMES) {
        const streamed = await run(['export', '--format', format, fixture]);
        const whole = inMemory(bytes, fixture, format);
        expect(streamed.stdout, format).toBe(whole.stdout);
        expect(streamed.stderr, format).toBe(whole.stderr);
      }
    });
  }
});

describe('inputs of many chunks, in every encoding', () => {
  let directory: string;
  /** Some 300 kB of pages; leading blank lines put a character across the first 64 KiB boundary (a run of ASCII there may take several). */
  const text = (() => {
    const body = PAGES.join('\n\n').repeat(8);
    for (let blankLines = 0; blankLines < 64; blankLines++) {
      const candidate = '\n'.repeat(blankLines) + body;
      const byte = Buffer.from(candidate)[64 * 1024]!;
      if (byte >= 0x80 && byte < 0xc0) return candidate;
    }
    throw new Error('no padding puts a character across the chunk boundary');
  })();
  const encodings: Array<[string, Uint8Array]> = [
    ['utf8.txt', Buffer.from(text)],
    ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['gb18030.txt', iconv.encode(text, 'gb18030')],
    ['utf16le.txt', iconv.encode(text, 'utf-16le', { addBOM: true })],
    ['crlf.txt', Buffer.from(text.replaceAll('\n', '\r\n'))],
  ];

  beforeAll(() => {
    directory = tempDir();
    for (const [name, bytes] of encodings) writeFileSync(path.join(directory, name), bytes);
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  for (const [name, bytes] of encodings) {
    it(`${name} (${(bytes.length / 1024).toFixed(0)} KiB)`, async () => {
      expect(bytes.length).toBeGreaterThan(4 * 64 * 1024);
      for (const format of FORMAT_NAMES) {
        const streamed = await run(['export', '--format', format, name], { cwd: directory });
        const whole = inMemory(bytes, name, format);
        expect(streamed.stdout === whole.stdout, `${format}: stdout`).toBe(true);
        expect(streamed.stderr, format).toBe(whole.stderr);
      }
    });
  }
});

describe('items-only reading keeps no page-level data', () => {
  /** Pages with much text outside items: many more diagnostics than are held. */
  const garbage = readFileSync(path.join(ROOT, 'fixtures/parse/garbage.txt'), 'utf8');
  const noisy = Buffer.from(Array.from({ length: 800 }, (_, i) => (i % 10 === 0 ? PAGES[i % PAGES.length] : garbage)).join('\n\n'));
  const reference = readBulletin(noisy, { file: 'noisy.txt' });

  async function streamed(chunkSize: number): Promise<{ items: Item[]; document: BulletinDocument; streamed: Diagnostic[] }> {
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < noisy.length; at += chunkSize) chunks.push(noisy.subarray(at, at + chunkSize));
    const streamed: Diagnostic[] = [];
    const generator = streamBulletin(chunks, { file: 'noisy.txt', onDiagnostics: (found) => streamed.push(...found) });
    const items: Item[] = [];
    for (;;) {
      const next = await generator.next();
      if (next.done === true) return { items, document: next.value, streamed };
      items.push(next.value);
    }
  }

  it('has more diagnostics than it holds', () => {
    expect(reference.diagnostics.length).toBeGreaterThan(2 * HELD_DIAGNOSTICS);
  });

  // Odd sizes cut characters (3 bytes in UTF-8) at every place; 1-byte chunks of a megabyte would take too long.
  for (const chunkSize of [13, 101, 4096, 64 * 1024, noisy.length]) {
    it(`gives the items and every diagnostic of readBulletin, in chunks of ${chunkSize} bytes`, async () => {
      const { items, document, streamed: found } = await streamed(chunkSize);
      expect(items).toEqual(reference.items);
      expect([...found, ...document.diagnostics]).toEqual(reference.diagnostics);
      expect(document.meta).toEqual([]);
      expect(document.unassigned).toEqual([]);
      expect(document.diagnostics.length).toBeLessThanOrEqual(HELD_DIAGNOSTICS);
      expect([document.encoding, document.section]).toEqual([reference.encoding, reference.section]);
    }, 30_000);
  }

  it('through the CLI: the same stdout and the same diagnostics as the in-memory run', async () => {
    const directory = tempDir();
    try {
      writeFileSync(path.join(directory, 'noisy.txt'), noisy);
      for (const format of ['ndjson', 'csv'] as const) {
        const result = await run(['export', '--format', format, 'noisy.txt'], { cwd: directory });
        const whole = inMemory(noisy, 'noisy.txt', format);
        expect(result.stdout === whole.stdout, format).toBe(true);
        // Past the held thousand, diagnostics go out as they are found: the same lines, here in the same order.
        expect(result.stderr).toBe(whole.stderr);
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('is used only for formats that write nothing but the items', async () => {
    const { writesItemsOnly } = await import('../../src/format/names.js');
    const document = readBulletin(noisy, { file: 'noisy.txt' });
    const bare = { ...document, meta: [], unassigned: [], diagnostics: [] };
    for (const [name, format] of Object.entries(FORMATS)) {
      if (!('format' in format)) continue;
      const same = format.format([bare], CONTEXT) === format.format([document], CONTEXT);
      expect(writesItemsOnly(name), name).toBe(same);
    }
  });
});
