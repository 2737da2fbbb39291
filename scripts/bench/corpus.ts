// The benchmark's inputs, built from the fixtures and nothing else: the same
// bytes on every machine for the same BENCH_SCALE (a seeded generator picks
// the pages). Written under .bench/corpus/ (gitignored) and kept between
// runs; a part is made again when its recipe changes.

import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

/** Bump when the recipe changes, so that old corpora are made again. */
const RECIPE = 1;

export interface CorpusSizes {
  /** Bytes of the many-file corpus (UTF-8; its GB18030 copy is smaller). */
  corpusBytes: number;
  /** Bytes per file of that corpus. */
  fileBytes: number;
  /** The two sets of small files: one page each. */
  fewFiles: number;
  manyFiles: number;
  /** The single large input, and the smaller one it is compared with. */
  largeBytes: number;
  mediumBytes: number;
  /** Small pages written both as .docx and as .txt (issue 11). */
  wordFiles: number;
}

const MB = 1e6;

/** The sizes of issue 5, times BENCH_SCALE. */
export function corpusSizes(scale: number): CorpusSizes {
  return {
    corpusBytes: 100 * MB * scale,
    fileBytes: 1 * MB,
    fewFiles: Math.max(1, Math.round(2000 * scale)),
    manyFiles: Math.max(1, Math.round(20000 * scale)),
    largeBytes: 1000 * MB * scale,
    mediumBytes: 100 * MB * scale,
    wordFiles: Math.max(1, Math.round(500 * scale)),
  };
}

export interface Corpus {
  utf8: { directory: string; files: string[]; bytes: number };
  gb18030: { directory: string; files: string[]; bytes: number };
  few: { directory: string; files: string[] };
  many: { directory: string; files: string[] };
  large: { file: string; bytes: number };
  medium: { file: string; bytes: number };
}

/** The page texts: the sample and every parse fixture, in name order. */
export function readPages(root: string): string[] {
  const parse = path.join(root, 'fixtures/parse');
  const names = readdirSync(parse)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return [readFileSync(path.join(root, 'fixtures/community-news.txt'), 'utf8'), ...names.map((name) => readFileSync(path.join(parse, name), 'utf8'))];
}

/** mulberry32: small, fast and the same everywhere. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pages picked at random and joined by a blank line, up to `bytes` (UTF-8). */
export function pagesUpTo(pages: readonly string[], random: () => number, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const page = pages[Math.floor(random() * pages.length)]!;
    parts.push(page);
    size += Buffer.byteLength(page) + 2;
  }
  return parts.join('\n\n');
}

function fileName(index: number): string {
  return `page-${String(index).padStart(6, '0')}.txt`;
}

/** Runs `make` unless the directory holds a marker with the same recipe. */
function cached(directory: string, recipe: unknown, make: () => void | Promise<void>): Promise<void> | void {
  const marker = path.join(directory, '.recipe.json');
  const wanted = JSON.stringify({ RECIPE, recipe });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return;
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const done = () => writeFileSync(marker, wanted);
  const made = make();
  if (made instanceof Promise) return made.then(done);
  done();
}

function listTexts(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(directory, name));
}

function totalBytes(files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) bytes += readFileSync(file).length;
  return bytes;
}

async function writeLarge(file: string, pages: readonly string[], seed: number, bytes: number): Promise<void> {
  const random = seeded(seed);
  const out = createWriteStream(file);
  let written = 0;
  while (written < bytes) {
    const block = pagesUpTo(pages, random, Math.min(1 << 20, bytes - written)) + '\n\n';
    written += Buffer.byteLength(block);
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

/** Makes (or finds) every input of the benchmark under `directory`. */
export async function buildCorpus(root: string, directory: string, sizes: CorpusSizes, log: (line: string) => void): Promise<Corpus> {
  const pages = readPages(root);
  const dirs = {
    utf8: path.join(directory, 'utf8'),
    gb18030: path.join(directory, 'gb18030'),
    few: path.join(directory, `small-${sizes.fewFiles}`),
    many: path.join(directory, `small-${sizes.manyFiles}`),
    large: path.join(directory, 'large'),
    medium: path.join(directory, 'medium'),
  };
  const fileCount = Math.max(1, Math.round(sizes.corpusBytes / sizes.fileBytes));

  await cached(dirs.utf8, { fileCount, fileBytes: sizes.fileBytes }, () => {
    log(`corpus: ${fileCount} files of ${(sizes.fileBytes / 1e6).toFixed(1)} MB in ${dirs.utf8}`);
    const random = seeded(1);
    for (let i = 0; i < fileCount; i++) writeFileSync(path.join(dirs.utf8, fileName(i)), pagesUpTo(pages, random, sizes.fileBytes));
  });
  // The same pages in GB18030: what an archive of older pages holds.
  await cached(dirs.gb18030, { fileCount, fileBytes: sizes.fileBytes }, () => {
    log(`corpus: the same files in GB18030 in ${dirs.gb18030}`);
    for (const file of listTexts(dirs.utf8)) {
      writeFileSync(path.join(dirs.gb18030, path.basename(file)), iconv.encode(readFileSync(file, 'utf8'), 'gb18030'));
    }
  });
  for (const [key, count, seed] of [['few', sizes.fewFiles, 2], ['many', sizes.manyFiles, 3]] as const) {
    await cached(dirs[key], { count }, () => {
      log(`corpus: ${count} small files (one page each) in ${dirs[key]}`);
      const random = seeded(seed);
      for (let i = 0; i < count; i++) writeFileSync(path.join(dirs[key], fileName(i)), pages[Math.floor(random() * pages.length)]!);
    });
  }
  for (const [key, bytes, seed] of [['large', sizes.largeBytes, 4], ['medium', sizes.mediumBytes, 4]] as const) {
    await cached(dirs[key], { bytes }, async () => {
      log(`corpus: one file of ${(bytes / 1e6).toFixed(0)} MB in ${dirs[key]}`);
      await writeLarge(path.join(dirs[key], 'archive.txt'), pages, seed, bytes);
    });
  }

  const utf8 = listTexts(dirs.utf8);
  const gb18030 = listTexts(dirs.gb18030);
  const large = path.join(dirs.large, 'archive.txt');
  const medium = path.join(dirs.medium, 'archive.txt');
  return {
    utf8: { directory: dirs.utf8, files: utf8, bytes: totalBytes(utf8) },
    gb18030: { directory: dirs.gb18030, files: gb18030, bytes: totalBytes(gb18030) },
    few: { directory: dirs.few, files: listTexts(dirs.few) },
    many: { directory: dirs.many, files: listTexts(dirs.many) },
    large: { file: large, bytes: statSync(large).size },
    medium: { file: medium, bytes: statSync(medium).size },
  };
}

/** The same small pages as Word documents and as text files, one page each. */
export interface WordCorpus {
  docx: string;
  txt: string;
  count: number;
}

/** Makes (or finds) the Word part of the corpus: apart, so that `BENCH_ONLY=word` builds nothing else. */
export async function buildWordCorpus(root: string, directory: string, sizes: CorpusSizes, log: (line: string) => void): Promise<WordCorpus> {
  const pages = readPages(root);
  // The same pages as .docx (a paragraph a line, as a correspondent types them) and as .txt: made by the `docx`
  // package, no word processor needed.
  const word = { docx: path.join(directory, `word-${sizes.wordFiles}/docx`), txt: path.join(directory, `word-${sizes.wordFiles}/txt`) };
  await cached(path.dirname(word.docx), { wordFiles: sizes.wordFiles }, async () => {
    log(`corpus: ${sizes.wordFiles} small pages as .docx and as .txt in ${path.dirname(word.docx)}`);
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    mkdirSync(word.docx, { recursive: true });
    mkdirSync(word.txt, { recursive: true });
    const random = seeded(5);
    for (let i = 0; i < sizes.wordFiles; i++) {
      const page = pages[Math.floor(random() * pages.length)]!;
      const lines = page.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
      const document = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
      writeFileSync(path.join(word.docx, fileName(i).replace(/\.txt$/, '.docx')), await Packer.toBuffer(document));
      writeFileSync(path.join(word.txt, fileName(i)), `${lines.join('\n')}\n`);
    }
  });

  return { ...word, count: sizes.wordFiles };
}
