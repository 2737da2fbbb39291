// npm run bench: how fast bulletin reads, against what the machine can do.
//
// It builds dist/, makes its corpus from the fixtures (.bench/corpus/, no
// downloads), and measures each thing several times, interleaved with its
// baseline on the same data in the same run, so that a busy machine slows
// both alike. It prints one Markdown table: median, min, max, and the ratio
// to the baseline, against the targets of issue 5 (docs/performance.md).
//
//   BENCH_SCALE=0.1   inputs a tenth of the size, for a quick look (default 1)
//   BENCH_RUNS=5      runs per measurement (default 5; the 1 GB input: BENCH_LARGE_RUNS, default 3)
//   BENCH_ONLY=jobs   only the groups whose name matches (library, export, format, small, jobs, word, memory, version)
//   BENCH_NO_BUILD=1  use dist/ as it is

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus, buildWordCorpus, corpusSizes, type Corpus, type WordCorpus } from './bench/corpus.js';
import { runProcess, summarise, timeSync, timeToFirstOutput, type Summary } from './bench/measure.js';
import { renderTable, type Row } from './bench/table.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin/bulletin.js');
const NODE = process.execPath;
const MB = 1e6;

const scale = Number(process.env.BENCH_SCALE ?? 1);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const largeRuns = Math.max(1, Number(process.env.BENCH_LARGE_RUNS ?? 3));
const only = process.env.BENCH_ONLY === undefined ? null : new RegExp(process.env.BENCH_ONLY);

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

function build(): void {
  if (process.env.BENCH_NO_BUILD === '1') return;
  log('building dist/');
  const result = spawnSync(NODE, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tsc failed:\n${result.stdout}${result.stderr}`);
}

// The parser before the block-labelling rewrite (issue 10): its speed is the floor the new one must
// keep (≥ 0.8×). It is built from git into .bench/ once, beside our node_modules, so that both run
// in this process on the same files.
const PARSER_BEFORE_REWRITE = '4a3515e';

/** dist/ of `commit`, built under .bench/ (cached); null without git history (a shallow clone). */
function buildBaseline(commit: string): string | null {
  const dir = path.join(ROOT, '.bench', `baseline-${commit}`);
  const entry = path.join(dir, 'dist/index.js');
  try {
    readFileSync(entry);
    return entry;
  } catch {
    // not built yet
  }
  log(`building the parser of ${commit} into ${path.relative(ROOT, dir)}/`);
  const archive = spawnSync('git', ['archive', '--format=tar', commit, 'src', 'tsconfig.json', 'tsconfig.build.json'], { cwd: ROOT, maxBuffer: 1 << 28 });
  if (archive.status !== 0) {
    log(`no baseline: git archive ${commit} failed (${archive.stderr.toString().trim()})`);
    return null;
  }
  mkdirSync(dir, { recursive: true });
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  const tsc = untar.status === 0 ? spawnSync(NODE, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: dir, encoding: 'utf8' }) : untar;
  if (tsc.status !== 0) {
    log(`no baseline: building ${commit} failed`);
    return null;
  }
  return entry;
}

/** The floor: read each file, decode it with TextDecoder and split it into lines, nothing else. */
function floor(files: readonly string[], encoding: string): number {
  const decoder = new TextDecoder(encoding);
  let lines = 0;
  const ms = timeSync(() => {
    for (const file of files) lines += decoder.decode(readFileSync(file)).split(/\r\n?|\n/).length;
  });
  if (lines === 0) throw new Error('floor: no lines read');
  return ms;
}

type Library = typeof import('../src/index.js');

/** The library, in-process: read each file and readBulletin() it (decode with detection, then parse). */
function parseAll(library: Library, files: readonly string[]): number {
  let items = 0;
  const ms = timeSync(() => {
    for (const file of files) items += library.readBulletin(readFileSync(file)).items.length;
  });
  if (items === 0) throw new Error('parse: no items');
  return ms;
}

/** `bulletin <args>`, stdout and stderr on /dev/null; throws unless it exits with `expected` (0). */
async function bulletin(args: readonly string[], expected = 0): Promise<{ ms: number; peakRss: number | null }> {
  const run = await runProcess(NODE, [BIN, ...args], { cwd: ROOT });
  if (run.code !== expected) throw new Error(`bulletin ${args.join(' ')}: exit code ${run.code}`);
  return run;
}

/** Runs the measurers in turn, `count` times, and summarises each. */
async function interleave(count: number, label: string, measurers: ReadonlyArray<() => number | Promise<number>>): Promise<Summary[]> {
  const values: number[][] = measurers.map(() => []);
  for (let run = 0; run < count; run++) {
    log(`${label}: run ${run + 1}/${count}`);
    for (const [index, measure] of measurers.entries()) values[index]!.push(await measure());
  }
  return values.map(summarise);
}

function relative(file: string): string {
  return path.relative(ROOT, file);
}

function pattern(directory: string): string {
  return `${relative(directory)}/*.txt`;
}

const rows: Row[] = [];

function throughputRow(
  name: string,
  input: string,
  summary: Summary,
  bytes: number,
  baseline: { name: string; summary: Summary },
  target: number | null,
  profile?: string,
): void {
  const ratio = baseline.summary.median / summary.median;
  rows.push({
    profile,
    name,
    input,
    unit: 'ms',
    summary,
    rate: `${(bytes / MB / (summary.median / 1000)).toFixed(1)} MB/s`,
    baseline: `${baseline.name} ${baseline.summary.median.toFixed(0)} ms`,
    ratio: `${ratio.toFixed(2)}× ${baseline.name === 'floor' ? 'the floor' : baseline.name}`,
    target: target === null ? '' : `≥ ${target}×`,
    met: target === null ? null : ratio >= target,
  });
}

async function libraryGroup(corpus: Corpus): Promise<void> {
  const library = (await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)) as Library;
  // Warm-up: the JIT has seen both paths before the first measured run.
  floor(corpus.utf8.files.slice(0, 3), 'utf-8');
  parseAll(library, corpus.utf8.files.slice(0, 3));
  parseAll(library, corpus.gb18030.files.slice(0, 3));
  const baselineEntry = buildBaseline(PARSER_BEFORE_REWRITE);
  const before = baselineEntry === null ? null : ((await import(pathToFileURL(baselineEntry).href)) as Library);
  if (before !== null) parseAll(before, corpus.utf8.files.slice(0, 3));
  const [floorUtf8, parseUtf8, floorGb, parseGb, parseBefore] = await interleave(runs, 'library', [
    () => floor(corpus.utf8.files, 'utf-8'),
    () => parseAll(library, corpus.utf8.files),
    () => floor(corpus.gb18030.files, 'gb18030'),
    () => parseAll(library, corpus.gb18030.files),
    ...(before === null ? [] : [() => parseAll(before, corpus.utf8.files)]),
  ]);
  const utf8 = `${corpus.utf8.files.length} files, ${(corpus.utf8.bytes / MB).toFixed(0)} MB UTF-8`;
  const gb = `the same, ${(corpus.gb18030.bytes / MB).toFixed(0)} MB GB18030`;
  throughputRow('floor: read + TextDecoder + split lines', utf8, floorUtf8!, corpus.utf8.bytes, { name: 'itself', summary: floorUtf8! }, null);
  throughputRow('parse (library, readBulletin)', utf8, parseUtf8!, corpus.utf8.bytes, { name: 'floor', summary: floorUtf8! }, 0.6, 'parse-utf8');
  throughputRow('floor: read + TextDecoder + split lines', gb, floorGb!, corpus.gb18030.bytes, { name: 'itself', summary: floorGb! }, null);
  throughputRow('parse (library, readBulletin)', gb, parseGb!, corpus.gb18030.bytes, { name: 'floor', summary: floorGb! }, 0.5, 'parse-gb18030');
  if (parseBefore !== undefined) {
    const name = `parser before the rewrite (${PARSER_BEFORE_REWRITE})`;
    throughputRow(name, utf8, parseBefore, corpus.utf8.bytes, { name: 'floor', summary: floorUtf8! }, null);
    throughputRow('parse (library, readBulletin)', utf8, parseUtf8!, corpus.utf8.bytes, { name, summary: parseBefore }, 0.8);
  }
}

async function exportGroup(corpus: Corpus): Promise<void> {
  const args = ['export', '--format', 'ndjson', pattern(corpus.utf8.directory)];
  const [floorUtf8, exported, serial] = await interleave(runs, 'export', [
    () => floor(corpus.utf8.files, 'utf-8'),
    async () => (await bulletin(args)).ms,
    async () => (await bulletin([...args, '--jobs', '1'])).ms,
  ]);
  const input = `${corpus.utf8.files.length} files, ${(corpus.utf8.bytes / MB).toFixed(0)} MB UTF-8`;
  throughputRow('bulletin export --format ndjson (end to end), default --jobs', input, exported!, corpus.utf8.bytes, { name: 'floor', summary: floorUtf8! }, 0.4, 'export');
  throughputRow('bulletin export --format ndjson (end to end), --jobs 1', input, serial!, corpus.utf8.bytes, { name: 'floor', summary: floorUtf8! }, null);
}

/**
 * Issue 12: bulletin format next to export --format ndjson on the same input in the same run. Format reads on the
 * main thread only, so the corpus row compares it with export --jobs 1; --check formats every file whole (exit 1:
 * the corpus is not in the house style). One large file to stdout streams, as export does: time and peak memory.
 */
async function formatGroup(corpus: Corpus): Promise<void> {
  const files = pattern(corpus.utf8.directory);
  const medium = relative(corpus.medium.file);
  // Peak memory of the one-file runs, gathered as they are timed.
  const peaks: { export: number[]; format: number[] } = { export: [], format: [] };
  const timed = async (args: readonly string[], into: number[]): Promise<number> => {
    const run = await bulletin(args);
    if (run.peakRss !== null) into.push(run.peakRss / MB);
    return run.ms;
  };
  const [exportCorpus, checkCorpus, exportMedium, formatMedium] = await interleave(runs, 'format', [
    async () => (await bulletin(['export', '--format', 'ndjson', '--jobs', '1', files])).ms,
    async () => (await bulletin(['format', '--check', '--quiet', files], 1)).ms,
    () => timed(['export', '--format', 'ndjson', medium], peaks.export),
    () => timed(['format', medium], peaks.format),
  ]);
  const input = `${corpus.utf8.files.length} files, ${(corpus.utf8.bytes / MB).toFixed(0)} MB UTF-8`;
  throughputRow('bulletin export --format ndjson --jobs 1', input, exportCorpus!, corpus.utf8.bytes, { name: 'itself', summary: exportCorpus! }, null);
  throughputRow('bulletin format --check (every file formatted whole)', input, checkCorpus!, corpus.utf8.bytes, { name: 'export --jobs 1', summary: exportCorpus! }, null);
  const one = `one ${(corpus.medium.bytes / MB).toFixed(0)} MB file`;
  throughputRow('bulletin export --format ndjson (stdout)', one, exportMedium!, corpus.medium.bytes, { name: 'itself', summary: exportMedium! }, null);
  throughputRow('bulletin format (stdout, streaming)', one, formatMedium!, corpus.medium.bytes, { name: 'export', summary: exportMedium! }, null);
  if (peaks.export.length > 0 && peaks.format.length > 0) {
    const exported = summarise(peaks.export);
    const formatted = summarise(peaks.format);
    rows.push({ name: 'peak RSS: bulletin export --format ndjson (stdout)', input: one, unit: 'MB', summary: exported, rate: '', baseline: 'itself', ratio: '', target: '', met: null });
    rows.push({ name: 'peak RSS: bulletin format (stdout, streaming)', input: one, unit: 'MB', summary: formatted, rate: '', baseline: `export ${exported.median.toFixed(0)} MB`, ratio: `+${(formatted.median - exported.median).toFixed(0)} MB`, target: '', met: null });
  }
}

async function smallGroup(corpus: Corpus): Promise<void> {
  const { files, directory } = corpus.few;
  const [floorFew, exported] = await interleave(runs, 'small files', [
    () => floor(files, 'utf-8'),
    async () => (await bulletin(['export', '--format', 'ndjson', pattern(directory)])).ms,
  ]);
  const perSecond = files.length / (exported!.median / 1000);
  rows.push({
    name: 'bulletin export --format ndjson, default --jobs',
    input: `${files.length} small files (one page each)`,
    unit: 'ms',
    summary: exported!,
    rate: `${perSecond.toFixed(0)} files/s`,
    baseline: `floor ${floorFew!.median.toFixed(0)} ms`,
    ratio: `${(floorFew!.median / exported!.median).toFixed(2)}× the floor`,
    target: '≥ 5000 files/s',
    met: perSecond >= 5000,
    profile: 'export',
  });
}

/**
 * The parser's own work on `threads` threads at once: each thread parses the
 * same pages as a stream (in 20,000-unit pieces, items dropped as they come,
 * as the CLI does), once to warm up, then twice on the clock, all started
 * together; milliseconds until the slowest is done. What two threads can give
 * on this machine for this kind of work (allocation, GC, memory), with no
 * files, no pool and no output in the way. A latency-bound arithmetic loop
 * got 2.0x here while this got 0.85-1.5x: hyperthreads, or one core's worth.
 */
async function parallelParse(threads: number, texts: readonly string[]): Promise<number> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.library).then((library) => {
      const work = () => {
        for (const text of workerData.texts) {
          const parser = new library.BulletinParser();
          for (let at = 0; at < text.length; at += 20000) parser.push(text.slice(at, at + 20000));
          parser.end();
        }
      };
      work();
      parentPort.postMessage('ready');
      parentPort.once('message', () => {
        const started = performance.now();
        work();
        work();
        parentPort.postMessage(performance.now() - started);
      });
    });`;
  const library = pathToFileURL(path.join(ROOT, 'dist/index.js')).href;
  const workers = Array.from({ length: threads }, () => new Worker(code, { eval: true, workerData: { library, texts } }));
  const next = (worker: Worker) => new Promise<unknown>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  try {
    await Promise.all(workers.map(next));
    const done = workers.map(next);
    for (const worker of workers) worker.postMessage('go');
    return Math.max(...((await Promise.all(done)) as number[]));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

async function jobsGroup(corpus: Corpus): Promise<void> {
  const { files, directory } = corpus.many;
  // The ceiling for --jobs 2: what two threads give for the parser's kind of work here. Two cores of a virtual
  // machine may be one physical core's two hyperthreads, and V8's GC helper threads want the second core too.
  const texts = corpus.utf8.files.slice(0, 8).map((file) => readFileSync(file, 'utf8'));
  const [parseOne, parseTwo, one, two] = await interleave(runs, 'jobs', [
    () => parallelParse(1, texts),
    () => parallelParse(2, texts),
    async () => (await bulletin(['export', '--format', 'ndjson', '--jobs', '1', pattern(directory)])).ms,
    async () => (await bulletin(['export', '--format', 'ndjson', '--jobs', '2', pattern(directory)])).ms,
  ]);
  const ceiling = (2 * parseOne!.median) / parseTwo!.median;
  rows.push({
    name: 'machine: parse on 2 threads at once, each the same pages, against 1',
    input: `${texts.length} files, ${(texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / MB).toFixed(0)} MB in memory`,
    unit: 'ms',
    summary: parseTwo!,
    rate: '',
    baseline: `1 thread ${parseOne!.median.toFixed(0)} ms`,
    ratio: `${ceiling.toFixed(2)}× the work per second`,
    target: '',
    met: null,
  });
  const input = `${files.length} small files`;
  rows.push({
    name: 'bulletin export --format ndjson --jobs 1',
    input,
    unit: 'ms',
    summary: one!,
    rate: `${(files.length / (one!.median / 1000)).toFixed(0)} files/s`,
    baseline: 'itself',
    ratio: '1.00×',
    target: '',
    met: null,
  });
  const speedup = one!.median / two!.median;
  rows.push({
    name: 'bulletin export --format ndjson --jobs 2',
    input,
    unit: 'ms',
    summary: two!,
    rate: `${(files.length / (two!.median / 1000)).toFixed(0)} files/s`,
    baseline: `--jobs 1 ${one!.median.toFixed(0)} ms`,
    ratio: `${speedup.toFixed(2)}× faster (the machine allows ${ceiling.toFixed(2)}×)`,
    target: '≥ 1.6×',
    met: speedup >= 1.6,
    profile: 'export',
  });
}

/** Issue 11: Word documents against the same pages as text, end to end, files per second. */
async function wordGroup(corpus: WordCorpus): Promise<void> {
  const { docx, txt, count } = corpus;
  const [text, word] = await interleave(runs, 'word', [
    async () => (await bulletin(['export', '--format', 'ndjson', relative(txt)])).ms,
    async () => (await bulletin(['export', '--format', 'ndjson', relative(docx)])).ms,
  ]);
  const perSecond = (summary: Summary) => count / (summary.median / 1000);
  rows.push({
    name: 'bulletin export --format ndjson, default --jobs',
    input: `${count} small pages as .txt`,
    unit: 'ms',
    summary: text!,
    rate: `${perSecond(text!).toFixed(0)} files/s`,
    baseline: 'itself',
    ratio: '',
    target: '',
    met: null,
  });
  rows.push({
    name: 'bulletin export --format ndjson, default --jobs',
    input: `the same ${count} pages as .docx`,
    unit: 'ms',
    summary: word!,
    rate: `${perSecond(word!).toFixed(0)} files/s`,
    baseline: `.txt ${text!.median.toFixed(0)} ms`,
    ratio: `${(text!.median / word!.median).toFixed(2)}× the .txt rate`,
    target: '',
    met: null,
  });
}

async function memoryGroup(corpus: Corpus): Promise<void> {
  const rss = async (args: readonly string[]) => {
    const run = await bulletin(args);
    if (run.peakRss === null) throw new Error('no /proc/<pid>/status here: peak memory cannot be read');
    return run.peakRss / MB;
  };
  const [version, medium] = await interleave(runs, 'memory', [() => rss(['--version']), () => rss(['export', '--format', 'ndjson', relative(corpus.medium.file)])]);
  const [large] = await interleave(largeRuns, 'memory (large input)', [() => rss(['export', '--format', 'ndjson', relative(corpus.large.file)])]);
  const [corpusRss] = await interleave(largeRuns, 'memory (many files, workers)', [() => rss(['export', '--format', 'ndjson', pattern(corpus.utf8.directory)])]);
  const [first] = await interleave(runs, 'first item', [() => timeToFirstOutput(NODE, [BIN, 'export', '--format', 'ndjson', relative(corpus.large.file)], { cwd: ROOT })]);
  const megabytes = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
  rows.push({ name: 'peak RSS: bulletin --version', input: '', unit: 'MB', summary: version!, rate: '', baseline: 'itself', ratio: '', target: '', met: null });
  /** A peak-RSS row, against the RSS of --version. */
  const rssRow = (name: string, input: string, summary: Summary, extra = '', target = '', met: boolean | null = null): void => {
    const ratio = `+${(summary.median - version!.median).toFixed(0)} MB${extra}`;
    rows.push({ name, input, unit: 'MB', summary, rate: '', baseline: `--version ${version!.median.toFixed(0)} MB`, ratio, target, met });
  };
  rssRow('peak RSS: export --format ndjson', `one ${megabytes(corpus.medium.bytes)} file`, medium!);
  const growth = large!.median - medium!.median;
  rssRow(
    'peak RSS: export --format ndjson',
    `one ${megabytes(corpus.large.bytes)} file`,
    large!,
    `; +${growth.toFixed(0)} MB over ${megabytes(corpus.medium.bytes)}`,
    '≤ 150 MB; ≤ +30 MB',
    large!.median <= 150 && growth <= 30,
  );
  rssRow('peak RSS: export --format ndjson, default --jobs', `${corpus.utf8.files.length} files, ${megabytes(corpus.utf8.bytes)}`, corpusRss!);
  rows.push({
    name: 'first item on stdout: export --format ndjson',
    input: `one ${megabytes(corpus.large.bytes)} file`,
    unit: 'ms',
    summary: first!,
    rate: '',
    baseline: '',
    ratio: '',
    target: '< 1 s',
    met: first!.median < 1000,
  });
}

async function versionGroup(): Promise<void> {
  const [node, version] = await interleave(runs * 4, 'version', [
    async () => (await runProcess(NODE, ['-e', '0'], { cwd: ROOT })).ms,
    async () => (await bulletin(['--version'])).ms,
  ]);
  const ratio = version!.median / node!.median;
  rows.push({ name: 'node -e 0', input: '', unit: 'ms', summary: node!, rate: '', baseline: 'itself', ratio: '', target: '', met: null });
  rows.push({
    name: 'bulletin --version',
    input: '',
    unit: 'ms',
    summary: version!,
    rate: '',
    baseline: `node -e 0 ${node!.median.toFixed(0)} ms`,
    ratio: `${ratio.toFixed(2)}×`,
    target: '≤ 1.3×',
    met: ratio <= 1.3,
  });
}

async function mainBench(): Promise<void> {
  build();
  const sizes = corpusSizes(scale);
  const directory = path.join(ROOT, '.bench/corpus');
  const wanted = (name: string) => only === null || only.test(name);
  // Each part of the corpus is made only when a group that reads it runs.
  let corpus: Promise<Corpus> | null = null;
  const main = () => (corpus ??= buildCorpus(ROOT, directory, sizes, log));
  const groups: Array<[string, () => Promise<void>]> = [
    ['library', async () => libraryGroup(await main())],
    ['export', async () => exportGroup(await main())],
    ['format', async () => formatGroup(await main())],
    ['small', async () => smallGroup(await main())],
    ['jobs', async () => jobsGroup(await main())],
    ['word', async () => wordGroup(await buildWordCorpus(ROOT, directory, sizes, log))],
    ['memory', async () => memoryGroup(await main())],
    ['version', () => versionGroup()],
  ];
  for (const [name, run] of groups) if (wanted(name)) await run();

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const header = `bulletin bench: Node ${process.version}, ${os.availableParallelism()} cores (${cpu}), BENCH_SCALE=${scale}, ${runs} runs (1 GB input: ${largeRuns}); ${new Date().toISOString().slice(0, 10)}`;
  const table = renderTable(rows);
  process.stdout.write(`${header}\n\n${table}\n`);
  const met = rows.filter((row) => row.met === true).length;
  const missed = rows.filter((row) => row.met === false).length;
  process.stdout.write(`\ntargets: ${met} met, ${missed} missed\n`);
  for (const row of rows.filter((r) => r.met === false && r.profile !== undefined)) {
    process.stdout.write(`missed: ${row.name} (${row.input}); where the time goes: npm run bench:profile ${row.profile}\n`);
  }
  writeFileSync(path.join(ROOT, '.bench/results.json'), `${JSON.stringify({ header, rows }, null, 2)}\n`);
}

await mainBench();
