import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { SAMPLE, anyText } from './arbitraries.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/bulletin.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);

function asExport(text: string) {
  const bulletin = parse(text, { file: 'page.txt' });
  return { schemaVersion: 1, documents: [{ ...bulletin, encoding: 'utf-8', detectedBy: 'valid-utf8' }] };
}

describe('the published JSON Schema (docs/bulletin.schema.json)', () => {
  it('accepts the parsed sample', () => {
    const data = asExport(SAMPLE);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('accepts whatever the parser makes of any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(validate(JSON.parse(JSON.stringify(asExport(text)))), ajv.errorsText(validate.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects an item that lost a field (the schema is not a rubber stamp)', () => {
    const data = asExport(SAMPLE);
    delete (data.documents[0]!.items[0] as Partial<(typeof data.documents)[0]['items'][0]>).authors;
    expect(validate(data)).toBe(false);
  });
});
