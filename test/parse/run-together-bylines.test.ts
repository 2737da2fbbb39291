// Bylines whose roles and names run together (parseRunTogetherByline), read as an editor reads them:
// the roles part the names; names glued to each other are split by length.

import { describe, expect, it } from 'vitest';
import { parseRunTogetherByline } from '../../src/parse/people.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const read = (raw: string) => parseRunTogetherByline(raw, 'byline', DEFAULT_VOCABULARY)?.map((person) => [person.name, person.role]) ?? null;

describe('a run-together byline', () => {
  it('parts names by their roles, after a paper’s name', () => {
    expect(read('江城日报全媒体记者周宁通讯员陈小禾')).toEqual([
      ['周宁', '全媒体记者'],
      ['陈小禾', '通讯员'],
    ]);
  });

  it('splits names glued to each other by length: 4 as 2 + 2, 5 as 2 + 3, 6 as 3 + 3', () => {
    expect(read('记者周宁通讯员李四王五')).toEqual([
      ['周宁', '记者'],
      ['李四', '通讯员'],
      ['王五', '通讯员'],
    ]);
    expect(read('记者周宁通讯员李四王小五')).toEqual([
      ['周宁', '记者'],
      ['李四', '通讯员'],
      ['王小五', '通讯员'],
    ]);
    expect(read('记者周宁通讯员李小四王小五')).toEqual([
      ['周宁', '记者'],
      ['李小四', '通讯员'],
      ['王小五', '通讯员'],
    ]);
  });

  it('splits five characters 3 + 2 where a common surname stands fourth and none third: the second name starts with it', () => {
    expect(read('记者周宁通讯员林晓涵汤屿')).toEqual([
      ['周宁', '记者'],
      ['林晓涵', '通讯员'],
      ['汤屿', '通讯员'],
    ]);
    // A surname in both places, or in neither, leaves the split by length: 2 + 3.
    expect(read('记者周宁通讯员李四王小五')?.[1]).toEqual(['李四', '通讯员']);
    expect(read('记者周宁通讯员晓涵雨小蕾')?.[1]).toEqual(['晓涵', '通讯员']);
    expect(read('记者周宁通讯员林晓张汤屿')?.[1]).toEqual(['林晓', '通讯员']);
  });

  it('is no byline when the run after the role says what a reporter does: a title', () => {
    expect(read('记者走进山村采访')).toBeNull();
    expect(read('本报小记者采访邻里节')).toBeNull();
    expect(read('记者周宁通讯员蹲点采访')).toBeNull();
  });

  it('is no byline when a glued run is longer than two names, or one character', () => {
    expect(read('记者周宁通讯员李小四王小五赵')).toBeNull();
    expect(read('记者周通讯员李四')).toBeNull();
  });

  it('keeps a role that names no one, where another role does', () => {
    expect(read('记者周宁通讯员')).toEqual([
      ['周宁', '记者'],
      [null, '通讯员'],
    ]);
  });

  it('is no byline without a role, or with words before the first role that are no paper or school', () => {
    expect(read('周宁李四')).toBeNull();
    expect(read('记者周宁')).toEqual([['周宁', '记者']]);
    expect(read('居民们说记者周宁通讯员李四')).toBeNull();
    expect(read('江城日报、江城晚报记者周宁通讯员李四')).toEqual([
      ['周宁', '记者'],
      ['李四', '通讯员'],
    ]);
  });

  it('is no byline when no role names anyone', () => {
    expect(read('记者通讯员')).toBeNull();
  });
});
