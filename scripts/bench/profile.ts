// npm run bench:profile [parse-utf8|parse-gb18030|export]: where the time
// goes, for whoever optimises it. Runs the work under `node --cpu-prof` on the
// benchmark's corpus (built as npm run bench builds it; BENCH_SCALE applies),
// keeps the profile in .bench/profiles/ (open it in Chrome DevTools or
// speedscope) and prints the functions with the most self time.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus, corpusSizes } from './corpus.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const what = process.argv[2] ?? 'parse-utf8';
const top = Number(process.env.PROFILE_TOP ?? 25);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file and line), most first, with the total. */
export function selfTimes(profile: Profile): { total: number; rows: Array<{ name: string; ms: number }> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url === '' ? '' : ` ${url.replace(/^.*\/(dist|node_modules)\//, '$1/').replace(/^node:/, 'node:')}:${lineNumber + 1}`;
    const name = `${functionName || '(anonymous)'}${where}`;
    self.set(name, (self.get(name) ?? 0) + delta);
  });
  const rows = [...self].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
  return { total: total / 1000, rows };
}

async function main(): Promise<void> {
  const corpus = await buildCorpus(ROOT, path.join(ROOT, '.bench/corpus'), corpusSizes(Number(process.env.BENCH_SCALE ?? 1)), (line) =>
    process.stderr.write(`profile: ${line}\n`),
  );
  const directory = path.join(ROOT, '.bench/profiles', what);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const library = pathToFileURL(path.join(ROOT, 'dist/index.js')).href;
  const parse = (files: string[]) => [
    '--input-type=module',
    '-e',
    `import { readFileSync } from 'node:fs'; import { readBulletin } from ${JSON.stringify(library)};
     let items = 0; for (const file of ${JSON.stringify(files)}) items += readBulletin(readFileSync(file)).items.length;
     if (items === 0) process.exit(1);`,
  ];
  const args =
    what === 'parse-utf8'
      ? parse(corpus.utf8.files)
      : what === 'parse-gb18030'
        ? parse(corpus.gb18030.files)
        : what === 'export'
          ? [path.join(ROOT, 'bin/bulletin.js'), 'export', '--format', 'ndjson', '--jobs', '1', '--quiet', `${path.relative(ROOT, corpus.utf8.directory)}/*.txt`]
          : null;
  if (args === null) throw new Error(`Unknown profile ${what}: expected parse-utf8, parse-gb18030 or export`);
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', directory, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`${what}: exit code ${run.status}`);
  const file = readdirSync(directory).find((name) => name.endsWith('.cpuprofile'))!;
  const { total, rows } = selfTimes(JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as Profile);
  process.stdout.write(`${what}: ${total.toFixed(0)} ms sampled; profile in ${path.relative(ROOT, path.join(directory, file))}\n\n`);
  process.stdout.write('| self ms | % | function |\n| ---: | ---: | --- |\n');
  for (const row of rows.slice(0, top)) process.stdout.write(`| ${row.ms.toFixed(0)} | ${((100 * row.ms) / total).toFixed(1)} | \`${row.name.replaceAll('|', '\\|')}\` |\n`);
}

await main();
