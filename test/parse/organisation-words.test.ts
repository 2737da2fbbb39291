// The word lists of the organisation recogniser (organisations.ts), word by
// word: each word is written here again, with what it does in a sentence, so
// that a word dropped from a list (or a list emptied) is a failing test, not a
// silent change in which organisations an item names.

import { describe, expect, it } from 'vitest';
import { firstOrganisation, organisationsIn } from '../../src/parse/organisations.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const names = (text: string) => organisationsIn(text, DEFAULT_VOCABULARY).map((mention) => mention.name);

describe('words inside a stem that end what came before it', () => {
  // `志愿者开展柳岸社区…` names 柳岸社区: the name starts after the last such word.
  const WORDS = [
    '的', '了', '与', '等', '在', '进', '讯', '各', '个', '做', '号', '串起', '共建', '及', '到', '向', '为', '是', '将', '把', '从', '对', '给', '让', '由',
    '开展', '举办', '举行', '组织', '召开', '邀请', '联合', '走进', '来到', '深入', '前往', '参观', '启动', '发起', '成立', '打造', '推动', '推进', '加强',
    '提升', '关爱', '慰问', '看望', '帮助', '带领', '率领', '指导', '参加', '参与', '进行', '实施', '落实', '围绕', '结合', '依托', '通过', '利用', '针对',
    '面向', '按照', '根据', '随着', '作为', '成为', '获得', '荣获', '评为', '构建', '建设', '创建', '打响', '进入', '加入', '着', '跟', '走访', '探访', '拜访', '携手', '赴',
  ];

  it.each(WORDS)('%s', (word) => {
    expect(names(`志愿者${word}柳岸社区。`)).toEqual(['柳岸社区']);
  });
});

describe('stems that name no one', () => {
  // Quantifiers, pronouns and phrases before a suffix: `多个社区`, `辖区小区`, `当地村`.
  it.each(['多个', '所在', '其他', '其它', '周边', '附近', '辖区', '一个', '两个', '几个', '一些', '各个', '全体', '广大', '本地', '当地', '外地', '这个', '那个'])(
    '%s',
    (stem) => {
      expect(names(`,${stem}社区开展活动。`)).toEqual([]);
      expect(names(`,${stem}小区开展活动。`)).toEqual([]);
    },
  );

  it('one character before a suffix names no one: 各社区, 该村, 本小区', () => {
    for (const stem of ['各', '全', '本', '该', '此', '每', '所', '个', '些', '我', '你', '他', '她']) expect(names(`,${stem}社区开展活动。`), stem).toEqual([]);
  });

  it('a stem that names a kind of place names no one: 互嵌式社区, 学习型社区, 标准化小区', () => {
    for (const text of [',互嵌式社区建设。', ',学习型社区建设。', ',标准化小区建设。']) expect(names(text), text).toEqual([]);
  });
});

describe('units of administration before a name', () => {
  it.each(['省', '市', '州', '盟', '县', '区', '旗'])('a run of areas ending in %s is left out of the name', (unit) => {
    expect(firstOrganisation(`临河${unit}柳岸社区开展活动。`, DEFAULT_VOCABULARY)).toBe('柳岸社区');
  });
});
