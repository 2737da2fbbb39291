import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { project } from './project.js';

const dir = join(import.meta.dirname, '../../fixtures/parse');
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4));

describe('parse fixtures (input + expected structure written by reading it)', () => {
  it('has the sample and at least six more cases', () => {
    expect(cases).toContain('community-news');
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const name of cases) {
    it(name, () => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
      const options = expected.options ?? {};
      expect(project(parse(text, options), expected)).toEqual({
        section: expected.section,
        meta: expected.meta,
        items: expected.items,
        unassigned: expected.unassigned,
        diagnostics: expected.diagnostics,
      });
    });
  }
});
