// npm run accuracy: how well bulletin reads the real pages of pages/ (pages/README.md).
//
// For each annotation pages/expected/NAME.json whose text .pages/NAME.txt is there (the texts are
// third-party copy, kept out of git), it runs the built CLI's `export --format json` on the texts (a few
// hundred files a run, not a process a page) and scores each page's document with pages/score.py, all pages
// in one run of it (`--batch`). It goes through the CLI, not the library, so that it measures any parser
// version alike. It prints a table per page, a table per field and one overall line, and exits 0: it is a
// benchmark, not a test.
//
//   npm run accuracy -- 18 20      only the pages whose name starts with 18 or 20
//   npm run accuracy -- --verbose  also each page's mismatches (score.py --verbose)

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIELDS = ['kind', 'community', 'title', 'lead', 'authors', 'photographers', 'bodyEnd', 'truncated'] as const;
type Field = (typeof FIELDS)[number];

/** What `score.py --json` prints. */
interface Score {
  itemsExpected: number;
  itemsMatched: number;
  extra: number;
  ok: number;
  total: number;
  sectionOk: boolean;
  fields: Record<Field, [number, number]>;
  misses: string[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const prefixes = args.filter((arg) => arg !== '--verbose');
// Ours (pages/expected), and the first set, annotated in ../shared/pages/expected, where that folder is beside the repo.
const expectedDirs = [path.join(ROOT, 'pages/expected'), path.join(ROOT, '../shared/pages/expected')].filter((dir) => existsSync(dir));
const expectedFiles = new Map<string, string>();
for (const dir of expectedDirs.reverse()) {
  for (const file of readdirSync(dir)) if (file.endsWith('.json')) expectedFiles.set(file.slice(0, -'.json'.length), path.join(dir, file));
}
const names = [...expectedFiles.keys()]
  .filter((name) => prefixes.length === 0 || prefixes.some((prefix) => name.startsWith(prefix)))
  .sort();

const pct = (ok: number, total: number): string => `${total === 0 ? '-' : ((100 * ok) / total).toFixed(1)}%`;
const row = (cells: readonly string[], widths: readonly number[]): string =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;

function table(header: readonly string[], rows: readonly string[][]): void {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((r) => (r[i] ?? '').length)));
  console.log(row(header, widths));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(row(r, widths));
}

/** Texts exported by one run of the CLI: enough to spare a process a page, few enough for any command line. */
const TEXTS_A_RUN = 200;

/**
 * `bulletin export --format json --quiet TEXTS…`: each text's document, by its file. A text the CLI could not read has
 * none (the CLI says why on stderr, and goes on with the others).
 */
function exportJson(texts: readonly string[], out: string): Map<string, unknown> {
  const fd = openSync(out, 'w');
  try {
    spawnSync(process.execPath, [path.join(ROOT, 'bin/bulletin.js'), 'export', '--format', 'json', '--quiet', ...texts], {
      cwd: ROOT,
      stdio: ['ignore', fd, 'inherit'],
    });
  } finally {
    closeSync(fd);
  }
  // (A run that printed no JSON at all, the CLI broken, leaves every text of the run without its document.)
  let documents: Array<{ file: string }> = [];
  try {
    documents = (JSON.parse(readFileSync(out, 'utf8')) as { documents: Array<{ file: string }> }).documents;
  } catch {
    console.error(`accuracy: bulletin export printed no JSON for ${texts.length} texts`);
  }
  return new Map(documents.map((document) => [path.resolve(ROOT, document.file), document]));
}

/** pages/score.py --batch: one score for each [expected, actual] pair, in order. */
function scoreAll(pairs: ReadonlyArray<readonly [string, string]>, list: string): Score[] {
  writeFileSync(list, JSON.stringify(pairs));
  const run = spawnSync('python3', [path.join(ROOT, 'pages/score.py'), '--batch', list], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) throw new Error(`python3 pages/score.py: ${run.error.message}`);
  const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
  if (lines.length !== pairs.length) throw new Error(`python3 pages/score.py --batch scored ${lines.length} of ${pairs.length} pages:\n${run.stderr}`);
  return lines.map((line) => JSON.parse(line) as Score);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-accuracy-'));
const pageRows: string[][] = [];
const missingText: string[] = [];
const sum = { expected: 0, matched: 0, extra: 0, ok: 0, total: 0, sections: 0, pages: 0 };
const fieldSums = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as Record<Field, [number, number]>;
const details: string[] = [];
try {
  const present: string[] = [];
  for (const name of names) {
    if (existsSync(path.join(ROOT, '.pages', `${name}.txt`))) {
      present.push(name);
      continue;
    }
    const { source } = JSON.parse(readFileSync(expectedFiles.get(name)!, 'utf8')) as { source?: string };
    missingText.push(`missing text: ${name} (get it from ${source ?? 'the source in pages/README.md'})`);
  }
  const pairs: Array<[string, string]> = [];
  for (let from = 0; from < present.length; from += TEXTS_A_RUN) {
    const run = present.slice(from, from + TEXTS_A_RUN);
    const texts = run.map((name) => path.join(ROOT, '.pages', `${name}.txt`));
    const documents = exportJson(texts, path.join(tmp, 'export.json'));
    run.forEach((name, i) => {
      const document = documents.get(texts[i]!);
      if (document === undefined) console.error(`accuracy: bulletin export gave no document for ${name}.txt; scored as no items`);
      const actual = path.join(tmp, `${name}.json`);
      writeFileSync(actual, JSON.stringify({ documents: document === undefined ? [] : [document] }));
      pairs.push([expectedFiles.get(name)!, actual]);
    });
  }
  const scores = scoreAll(pairs, path.join(tmp, 'pairs.json'));
  present.forEach((name, i) => {
    const s = scores[i]!;
    pageRows.push([name, `${s.itemsMatched}/${s.itemsExpected}`, String(s.extra), `${s.ok}/${s.total}`, pct(s.ok, s.total), s.sectionOk ? 'ok' : 'wrong']);
    if (verbose && s.misses.length > 0) details.push(`${name}:`, ...s.misses.map((line) => `  ${line}`));
    sum.expected += s.itemsExpected;
    sum.matched += s.itemsMatched;
    sum.extra += s.extra;
    sum.ok += s.ok;
    sum.total += s.total;
    sum.sections += s.sectionOk ? 1 : 0;
    sum.pages += 1;
    for (const f of FIELDS) {
      fieldSums[f][0] += s.fields[f][0];
      fieldSums[f][1] += s.fields[f][1];
    }
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (sum.pages > 0) {
  table(['page', 'items', 'extra', 'fields', '%', 'section'], pageRows);
  if (details.length > 0) console.log(`\n${details.join('\n')}`);
  console.log('');
  table(['field', 'ok', '%'], [
    ...FIELDS.map((f) => [f, `${fieldSums[f][0]}/${fieldSums[f][1]}`, pct(fieldSums[f][0], fieldSums[f][1])]),
    ['items found', `${sum.matched}/${sum.expected}`, pct(sum.matched, sum.expected)],
    ['section', `${sum.sections}/${sum.pages}`, pct(sum.sections, sum.pages)],
  ]);
  console.log(`\n(an extra item costs one field: ${sum.extra} extra on these pages)`);
  const headline = `${sum.ok + sum.sections}/${sum.total + sum.pages} (${pct(sum.ok + sum.sections, sum.total + sum.pages)})`;
  console.log(`fields ${sum.ok}/${sum.total} (${pct(sum.ok, sum.total)}) + sections ${sum.sections}/${sum.pages} = ${headline}; items found ${sum.matched}/${sum.expected} (${pct(sum.matched, sum.expected)})`);
} else {
  console.log(names.length === 0 ? `no annotation matches ${prefixes.join(' ')}` : 'no page text to score');
}
if (missingText.length > 0) console.log(`\n${missingText.join('\n')}`);
