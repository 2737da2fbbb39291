import { describe, expect, it } from 'vitest';
import { organisationsIn } from '../../src/parse/organisations.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const names = (text: string) => organisationsIn(text, DEFAULT_VOCABULARY).map((mention) => mention.name);

describe('organisations named in running text', () => {
  it('reads a name bounded by punctuation or a verb, the longest suffix winning', () => {
    expect(names('近日,柳岸社区组织志愿者走访城关镇中心小学。')).toEqual(['柳岸社区', '城关镇中心小学']);
  });

  it('does not read a name quoted whole: a title or an award (“完整社区”)', () => {
    expect(names('十个社区通过了“完整社区”示范验收,西河社区名列其中。')).toEqual(['西河社区']);
    expect(names('获评「星级社区」')).toEqual([]);
  });

  it('reads a quoted phrase that only contains a name', () => {
    expect(names('“柳岸社区的志愿者真热心”')).toEqual(['柳岸社区']);
  });
});
