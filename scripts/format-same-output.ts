// Does a change leave bulletin format's output as it was? For speed work on src/formatter/, which must not
// change behaviour (scripts/same-output.ts does the same for the parser).
//
//   npx tsx scripts/format-same-output.ts record DIR [FILE…]    write the formatted text of every input into DIR
//   npx tsx scripts/format-same-output.ts compare DIR [FILE…]   format again and compare; exit 1 on any difference
//
// The inputs: every text fixture, every page of .pages/ (the git-ignored real pages, when present) and the FILEs
// given (a bench corpus file, say). For each: the page formatted whole (formatText, what --write, --check and
// --diff print; skipped above 3 M characters), streamed in 64 K chunks (PageFormatter, what stdout gets), and the
// items each printed with less of the style. Keep DIR outside the repo (e.g. /tmp/format-ref).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../src/decode/index.js';
import { formatText, PageFormatter, type FormatTextOptions } from '../src/formatter/index.js';
import { textFixtures } from '../test/formatter/helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [mode, outDir, ...files] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || outDir === undefined) {
  process.stderr.write('usage: tsx scripts/format-same-output.ts record|compare DIR [FILE…]\n');
  process.exit(2);
}

const pagesDir = path.join(ROOT, '.pages');
const inputs: Array<[string, string]> = [
  ...textFixtures(),
  ...(existsSync(pagesDir) ? readdirSync(pagesDir).filter((name) => name.endsWith('.txt')).sort() : []).map((name): [string, string] => [`.pages/${name}`, decode(readFileSync(path.join(pagesDir, name))).text]),
  ...files.map((file): [string, string] => [path.basename(file), decode(readFileSync(file)).text]),
];

/** What is recorded of one input: its output whole and streamed, and the items kept with less of the style. */
function outputsOf(text: string): Record<string, string> {
  const kept: string[] = [];
  const note = (how: string): FormatTextOptions['onKept'] => ({ item, level }) => kept.push(`${how} ${item === null ? 'page' : item.index} ${level}`);
  const whole = text.length > 3e6 ? '' : formatText(text, { onKept: note('whole') });
  const formatter = new PageFormatter({ onKept: note('stream') });
  let stream = '';
  for (let at = 0; at < text.length; at += 1 << 16) stream += formatter.push(text.slice(at, at + (1 << 16)));
  stream += formatter.end();
  return { whole, stream, kept: kept.join('\n') };
}

mkdirSync(outDir, { recursive: true });
let differ = 0;
for (const [name, text] of inputs) {
  for (const [kind, output] of Object.entries(outputsOf(text))) {
    const file = path.join(outDir, `${name.replace(/[/\\]/g, '__')}.${kind}`);
    if (mode === 'record') writeFileSync(file, output);
    else if (!existsSync(file) || readFileSync(file, 'utf8') !== output) {
      differ++;
      process.stdout.write(`differs: ${name} (${kind})\n`);
    }
  }
}
process.stdout.write(mode === 'record' ? `recorded ${inputs.length} inputs in ${outDir}\n` : `${inputs.length} inputs, ${differ} outputs differ\n`);
process.exitCode = differ === 0 ? 0 : 1;
