// The real-page set's annotations (pages/expected) are data that `npm run accuracy` trusts: a page counted twice or
// an annotation whose ends the metric cannot pair would move the figures without any change of the parser. The texts
// are not in the repository, so these checks read only what is: the annotations and the README's tables.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGES = path.join(__dirname, '../../pages');
const EXPECTED = path.join(PAGES, 'expected');
const KINDS = new Set(['brief', 'feature', 'photo', 'other']);
/** score.py pairs items by their bodies' first characters and compares their last: the conventions give eight. */
const BODY_END_LENGTH = 8;

interface Annotation {
  source: string;
  section: string | null;
  items: Array<Record<string, unknown>>;
}

const files = readdirSync(EXPECTED).filter((name) => name.endsWith('.json')).sort();
const annotations = files.map((file) => ({
  file,
  page: file.slice(0, -'.json'.length),
  data: JSON.parse(readFileSync(path.join(EXPECTED, file), 'utf8')) as Annotation,
}));
const readme = readFileSync(path.join(PAGES, 'README.md'), 'utf8').split('\n');
/** The first set (pages 17–35), annotated beside the repository when that folder is there: its sources and its texts' ends. */
const SHARED = path.join(__dirname, '../../../shared/pages');
const shared = existsSync(path.join(SHARED, 'README.md'))
  ? {
      sources: readdirSync(path.join(SHARED, 'expected'))
        .filter((name) => name.endsWith('.json'))
        .map((name) => (JSON.parse(readFileSync(path.join(SHARED, 'expected', name), 'utf8')) as Annotation).source),
      ends: readFileSync(path.join(SHARED, 'README.md'), 'utf8')
        .split('\n')
        .flatMap((line) => /^\| \d+ \| (`.+` \| `.+`) \|$/.exec(line)?.[1] ?? []),
    }
  : null;
/** `| 729-name | url | …`: the table of pages, by the page's file name. */
const pageRows = new Set(readme.flatMap((line) => /^\| (\d+-[a-z0-9-]+) \|/.exec(line)?.[1] ?? []));
/** `| 729 | \`first\` | \`last\` |`: the table of each text's ends, by number. */
const endRows = new Set(readme.flatMap((line) => /^\| (\d+) \| `/.exec(line)?.[1] ?? []));

describe('the real pages’ annotations', () => {
  it('are there', () => {
    expect(annotations.length).toBeGreaterThan(600);
  });

  it('name each page once: no two annotations share a source or a number', () => {
    const bySource = new Map<string, string[]>();
    for (const { page, data } of annotations) bySource.set(data.source, [...(bySource.get(data.source) ?? []), page]);
    expect([...bySource.values()].filter((pages) => pages.length > 1)).toEqual([]);
    const numbers = annotations.map(({ page }) => page.split('-')[0]);
    expect(numbers.filter((number, index) => numbers.indexOf(number) !== index)).toEqual([]);
  });

  it('repeat no page of the first set (../shared/pages, where it is beside the repository): no source, no text’s ends', () => {
    if (shared === null) return;
    const sources = new Set(shared.sources);
    expect(annotations.filter(({ data }) => sources.has(data.source)).map(({ page }) => page)).toEqual([]);
    const ends = new Set(shared.ends);
    expect(readme.flatMap((line) => /^\| (\d+) \| (`.+` \| `.+`) \|$/.exec(line) ?? []).length).toBeGreaterThan(0);
    expect(readme.flatMap((line) => {
      const row = /^\| (\d+) \| (`.+` \| `.+`) \|$/.exec(line);
      return row !== null && ends.has(row[2]!) ? [row[1]!] : [];
    })).toEqual([]);
  });

  it('each have the README’s two rows, and each row an annotation', () => {
    const pages = new Set(annotations.map(({ page }) => page));
    expect(annotations.filter(({ page }) => !pageRows.has(page)).map(({ page }) => page)).toEqual([]);
    expect(annotations.filter(({ page }) => !endRows.has(page.split('-')[0]!)).map(({ page }) => page)).toEqual([]);
    expect([...pageRows].filter((page) => !pages.has(page))).toEqual([]);
  });

  it('hold what score.py reads, in the conventions’ shape', () => {
    const faults: string[] = [];
    for (const { page, data } of annotations) {
      if (!/^https?:\/\//.test(data.source)) faults.push(`${page}: source ${data.source}`);
      if (data.section !== null && typeof data.section !== 'string') faults.push(`${page}: section`);
      if (!Array.isArray(data.items) || data.items.length === 0) faults.push(`${page}: no items`);
      data.items.forEach((item, index) => {
        const at = `${page} item ${index + 1}`;
        if (!KINDS.has(item.kind as string)) faults.push(`${at}: kind ${String(item.kind)}`);
        for (const end of ['bodyStart', 'bodyEnd']) {
          const text = item[end];
          if (typeof text !== 'string' || [...text].length !== BODY_END_LENGTH) faults.push(`${at}: ${end} ${JSON.stringify(text)}`);
        }
        for (const people of ['authors', 'photographers']) {
          const names = item[people];
          if (!Array.isArray(names) || names.some((name) => typeof name !== 'string' || name.trim() === '')) faults.push(`${at}: ${people}`);
        }
        for (const flag of ['lead', 'truncated']) if (typeof item[flag] !== 'boolean') faults.push(`${at}: ${flag}`);
      });
    }
    expect(faults).toEqual([]);
  });
});
