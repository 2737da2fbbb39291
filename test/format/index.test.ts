import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS, getFormat } from '../../src/format/index.js';
import { loadFormat } from '../../src/format/load.js';
import { writesItemsOnly } from '../../src/format/names.js';

describe('the format registry', () => {
  it('lists the formats by the names they carry', () => {
    expect(Object.keys(FORMATS)).toEqual([...FORMAT_NAMES]);
    for (const name of FORMAT_NAMES) expect(FORMATS[name].name).toBe(name);
  });

  it('finds a format by name, and nothing for other names', async () => {
    expect(getFormat('csv')).toBe(FORMATS.csv);
    expect(getFormat('toString')).toBeUndefined();
    expect(getFormat('xml')).toBeUndefined();
    expect(await loadFormat('markdown')).toBe(FORMATS.markdown);
    expect(await loadFormat('__proto__')).toBeUndefined();
  });

  it('streams json, ndjson and csv (each checked through the CLI against its own expected value in its test file)', () => {
    expect(Object.values(FORMATS).filter((format) => 'streaming' in format).map((format) => format.name)).toEqual(['json', 'ndjson', 'csv']);
  });

  it('says which formats write the items alone: all but json and html, which also write meta, unassigned text and diagnostics', () => {
    expect(FORMAT_NAMES.filter(writesItemsOnly)).toEqual(['ndjson', 'csv', 'markdown', 'table']);
    expect(writesItemsOnly('xml')).toBe(false);
    expect(writesItemsOnly('toString')).toBe(false);
  });
});
