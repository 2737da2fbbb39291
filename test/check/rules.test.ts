// Every rule against its fixtures: fixtures/check/<rule-id>/flag.txt must give
// exactly the findings listed (by reading the text) in flag.json, and pass.txt
// none of that rule.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { defaultConfig } from '../../src/check/config.js';
import { checkFiles, placesOf } from './helpers.js';

const DIR = 'fixtures/check';

/** Every rule on, so that a default of `off` does not hide a fixture. */
function allOn() {
  const config = defaultConfig();
  for (const setting of Object.values(config.rules)) if (setting.severity === 'off') setting.severity = 'info';
  return config;
}

describe.each(RULES.map((rule) => rule.id))('%s', (id) => {
  it('has fixtures and a docs page', () => {
    expect(existsSync(`${DIR}/${id}/flag.txt`)).toBe(true);
    expect(existsSync(`${DIR}/${id}/pass.txt`)).toBe(true);
    expect(existsSync(`docs/rules/${id}.md`)).toBe(true);
  });

  it('flags the marked places in flag.txt', () => {
    const expected: unknown = JSON.parse(readFileSync(`${DIR}/${id}/flag.json`, 'utf8'));
    expect(placesOf(checkFiles([`${DIR}/${id}/flag.txt`], { config: allOn() }), id)).toEqual(expected);
  });

  it('words each finding in one line, "Unexpected X, expected Y" (a note says what it did)', () => {
    const report = checkFiles([`${DIR}/${id}/flag.txt`], { config: allOn() });
    const messages = report.results.flatMap((result) => result.diagnostics).filter((d) => d.ruleId === id).map((d) => d.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).not.toContain('\n');
      if (id === 'column-break') expect(message).toMatch(/^Joined line \d+ to the paragraph cut at the end of line \d+$/);
      else expect(message).toMatch(/^Unexpected \S.*, expected \S/);
    }
  });

  it('finds nothing in pass.txt', () => {
    expect(placesOf(checkFiles([`${DIR}/${id}/pass.txt`], { config: allOn() }), id)).toEqual([]);
  });
});
