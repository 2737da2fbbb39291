// A newsroom's words added to the defaults (config `vocabulary`, extendVocabulary).

import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, extendVocabulary } from '../../src/parse/vocabulary.js';

describe('extendVocabulary', () => {
  it('adds the words once each, longest first, leaving out empty words and the defaults untouched', () => {
    const before = structuredClone(DEFAULT_VOCABULARY);
    const vocabulary = extendVocabulary({ organisationSuffixes: ['', '开发区', '社区'], roles: ['网格员'], creditVerbs: ['拍摄'] });
    expect(vocabulary.organisationSuffixes).toHaveLength(DEFAULT_VOCABULARY.organisationSuffixes.length + 1);
    expect(vocabulary.organisationSuffixes).toContain('开发区');
    expect(vocabulary.organisationSuffixes).not.toContain('');
    expect(vocabulary.roles).toEqual([...DEFAULT_VOCABULARY.roles, '网格员'].sort((a, b) => b.length - a.length));
    expect(vocabulary.creditVerbs).toEqual(['摄影报道', '摄影', '供图', '攝影', '拍摄', '摄', '撰', '攝']);
    for (const words of Object.values(vocabulary)) {
      for (let i = 1; i < words.length; i++) expect(words[i - 1]!.length).toBeGreaterThanOrEqual(words[i]!.length);
    }
    expect(DEFAULT_VOCABULARY).toEqual(before);
  });

  it('gives the defaults, longest first, when nothing is added', () => {
    const vocabulary = extendVocabulary();
    expect([...vocabulary.roles].sort()).toEqual([...DEFAULT_VOCABULARY.roles].sort());
    expect(vocabulary.roles[0]!.length).toBe(Math.max(...DEFAULT_VOCABULARY.roles.map((role) => role.length)));
  });
});
