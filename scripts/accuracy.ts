// npm run accuracy: how well bulletin reads the real pages of pages/ (pages/README.md).
//
// For each annotation pages/expected/NAME.json whose text .pages/NAME.txt is there (the texts are
// third-party copy, kept out of git), it runs the built CLI's `export --format json` on the text and
// scores the export with pages/score.py --json. It goes through the CLI, not the library, so that it
// measures any parser version alike. It prints a table per page, a table per field and one overall
// line, and exits 0: it is a benchmark, not a test.
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

/** `bulletin export --format json --quiet TEXT` into OUT; the exit code. */
function exportJson(text: string, out: string): number | null {
  const fd = openSync(out, 'w');
  try {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/bulletin.js'), 'export', '--format', 'json', '--quiet', text], {
      cwd: ROOT,
      stdio: ['ignore', fd, 'inherit'],
    });
    return run.status;
  } finally {
    closeSync(fd);
  }
}

function score(expected: string, actual: string): Score {
  const run = spawnSync('python3', [path.join(ROOT, 'pages/score.py'), expected, actual, '--json'], { cwd: ROOT, encoding: 'utf8' });
  if (run.error) throw new Error(`python3 pages/score.py: ${run.error.message}`);
  if (!run.stdout.trim()) throw new Error(`python3 pages/score.py ${actual} printed nothing:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Score;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-accuracy-'));
const pageRows: string[][] = [];
const missingText: string[] = [];
const sum = { expected: 0, matched: 0, extra: 0, ok: 0, total: 0, sections: 0, pages: 0 };
const fieldSums = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as Record<Field, [number, number]>;
const details: string[] = [];
try {
  for (const name of names) {
    const expected = expectedFiles.get(name)!;
    const text = path.join(ROOT, '.pages', `${name}.txt`);
    if (!existsSync(text)) {
      const { source } = JSON.parse(readFileSync(expected, 'utf8')) as { source?: string };
      missingText.push(`missing text: ${name} (get it from ${source ?? 'the source in pages/README.md'})`);
      continue;
    }
    const actual = path.join(tmp, `${name}.json`);
    const code = exportJson(text, actual);
    if (code !== 0) {
      console.error(`accuracy: bulletin export ${name}.txt exited ${code}; scored as no items`);
      writeFileSync(actual, '{"documents":[]}');
    }
    const s = score(expected, actual);
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
  }
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
