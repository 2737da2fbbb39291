import { describe, expect, it } from 'vitest';
import { toSourceLine } from '../../src/parse/lines.js';
import { splitRunOnLine } from '../../src/parse/run-on.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

// A page that lost its line breaks, in our own words: two items parted by spaces, the first lead's bracket holding spaces too.
const PAGE =
  '社区快讯 邻里节开幕 江城网讯(记者 孔 越 通讯员 杜晓帆)近日,柳岸社区举办邻里节,百余名居民参加。活动持续两天。 ' +
  '旧物交换受欢迎 本报讯 日前,桃园社区开展旧物交换活动,居民带来闲置物品互换。大家都说办得好。 (李 莉) ' +
  '义诊进社区 本报讯 6月2日,下站社区邀请辖区医院的医生为居民义诊,测量血压、讲解夏季防暑知识,八十余名居民受益。 (赵雨平)';

describe('splitRunOnLine', () => {
  const pieces = splitRunOnLine(toSourceLine(1, 0, PAGE), DEFAULT_VOCABULARY).map((piece) => piece.content);

  it('cuts the page at its spaces into lines', () => {
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(pieces).toContain('邻里节开幕');
  });

  it('keeps a bracket whole: the spaces inside a lead’s bracket part names, not lines', () => {
    const lead = pieces.find((piece) => piece.startsWith('江城网讯'));
    expect(lead).toBeDefined();
    expect(lead).toContain('(记者 孔 越 通讯员 杜晓帆)近日');
    for (const piece of pieces) expect((piece.match(/\(/g) ?? []).length).toBe((piece.match(/\)/g) ?? []).length);
  });
});
