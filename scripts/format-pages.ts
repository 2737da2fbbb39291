// npx tsx scripts/format-pages.ts [DIR] [--verbose]: bulletin format on the real pages (docs/format.md).
//
// Formats every .txt of DIR (default .pages/, the development set's texts, kept out of git) in the default
// house style and prints the figures docs/format.md quotes: pages that changed, the laws (idempotent, reads the
// same, nothing lost) page by page, the items printed without the full style and their pages, and the
// punctuation-width and header-spacing findings of `check` before and after, split by whether the page had such
// an item. --verbose names each such item (page, item, line, level). It exits 0: it measures, it does not test.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../src/decode/index.js';
import { fold, formatText } from '../src/formatter/index.js';
import { parse } from '../src/parse/index.js';
import { isSubsequence, meaning } from '../test/formatter/helpers.js';
import { styleFindings } from '../test/laws/format.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const directory = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? path.join(ROOT, '.pages'));

const names = readdirSync(directory)
  .filter((name) => name.endsWith('.txt'))
  .sort();
let changed = 0;
const broken: string[] = [];
let keptItems = 0;
const keptPages: string[] = [];
const findings = { before: 0, after: 0, afterOnKeptPages: 0 };

for (const name of names) {
  const text = decode(readFileSync(path.join(directory, name))).text;
  const kept: string[] = [];
  const out = formatText(text, {
    onKept: ({ item, level }) => kept.push(item === null ? `a part of the page, ${level}` : `item ${item.index} (line ${item.span.start.line}), ${level}`),
  });
  if (out !== text) changed++;
  const laws = [
    formatText(out) === out ? null : 'not idempotent',
    JSON.stringify(meaning(parse(out))) === JSON.stringify(meaning(parse(text))) ? null : 'reads otherwise',
    isSubsequence(fold(text), fold(out)) ? null : 'lost characters',
  ].filter((problem) => problem !== null);
  if (laws.length > 0) broken.push(`${name}: ${laws.join(', ')}`);
  const before = styleFindings(text).length;
  const after = styleFindings(out).length;
  findings.before += before;
  findings.after += after;
  if (kept.length > 0) {
    keptItems += kept.length;
    keptPages.push(name);
    findings.afterOnKeptPages += after;
  }
  if (verbose) for (const item of kept) console.log(`${name}: ${item}`);
  if (verbose && kept.length === 0 && after > 0) console.log(`${name}: ${after} findings left, no item kept`);
}

const count = (n: number) => n.toLocaleString('en-US');
console.log(`pages: ${names.length} (${directory})`);
console.log(`changed: ${changed}`);
console.log(`laws (idempotent, reads the same, nothing lost): ${broken.length === 0 ? 'all pages' : `broken on ${broken.length}: ${broken.join('; ')}`}`);
console.log(`items printed without the full style: ${keptItems}, on ${keptPages.length} pages`);
console.log(`punctuation-width and header-spacing findings: ${count(findings.before)} before, ${count(findings.after)} after (${count(findings.afterOnKeptPages)} on those ${keptPages.length} pages, ${count(findings.after - findings.afterOnKeptPages)} on the others)`);
