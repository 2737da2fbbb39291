import { describe, expect, it } from 'vitest';
import { matchBylineLine, matchCredit } from '../../src/parse/bylines.js';
import { readLine } from '../../src/parse/features.js';
import { SENTENCE_CLOSERS, SENTENCE_FINAL_MARKS, endsSentence } from '../../src/parse/patterns.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const names = (line: string) => matchBylineLine(line, DEFAULT_VOCABULARY)?.people.map((person) => [person.name, person.role]) ?? null;

describe('bylines alone on their line (invented names)', () => {
  it('reads a role behind the newsroom and a rank: 江城日报社全媒体首席记者 is a 记者', () => {
    expect(names('□江城日报社全媒体首席记者 林 海 特约记者 季小青 文/图')).toEqual([
      ['林海', '记者'],
      ['季小青', '特约记者'],
    ]);
  });

  it('reads a school, its class and one name without a role', () => {
    expect(names('东坡小学四(2)班 林小雨')).toEqual([['林小雨', null]]);
    expect(names('柳溪中学 王 五')).toBeNull(); // a padded name needs its role: two single characters could be anything
  });

  it('reads the same in brackets, the class’s own brackets inside', () => {
    expect(names('(东坡小学四(2)班 林小雨)')).toEqual([['林小雨', null]]);
    expect(names('（东坡小学四（2）班 林小雨）')).toEqual([['林小雨', null]]);
    expect(matchBylineLine('(东坡小学四(2)班 林小雨)', DEFAULT_VOCABULARY)?.inner).toBe('东坡小学四(2)班 林小雨');
    // A bracket inside is a short note, not text: `(图为…(左)…)` is no byline.
    expect(names('(图为柳岸社区的志愿者(左二)在给老人理发)')).toBeNull();
  });

  it('reads a credit that opens and closes with a verb: the names end before the closing one', () => {
    for (const line of ['图 李欣摄', '摄影 李欣摄']) {
      expect(matchCredit(line, DEFAULT_VOCABULARY)).toEqual({ raw: line, verb: '摄', people: [{ name: '李欣', role: null, source: 'credit' }] });
    }
    expect(matchCredit('摄影：李欣 王强', DEFAULT_VOCABULARY)?.people.map((person) => person.name)).toEqual(['李欣', '王强']);
  });

  it('leaves a photo credit in brackets to the credit', () => {
    expect(matchBylineLine('(记者 温 川 摄)', DEFAULT_VOCABULARY)).toBeNull();
    expect(matchCredit('(记者 温 川 摄)', DEFAULT_VOCABULARY)).toMatchObject({ verb: '摄', people: [{ name: '温川', role: '记者' }] });
  });

  it('reads an editor line in brackets as the editor, not a byline', () => {
    const facts = readLine('(责任编辑:孙 悦)', DEFAULT_VOCABULARY);
    expect([facts.editor, facts.byline]).toEqual(['孙悦', null]);
  });
});

describe('one list of sentence marks and closers (SENTENCE_FINAL_MARKS, SENTENCE_CLOSERS)', () => {
  // The glued-byline patterns and endsSentence() once had closers of their own, and `…。"(赵 璐)` lost its byline.
  it('a byline glued after any sentence mark and any closer is read, and the paragraph before it ends its sentence', () => {
    for (const mark of SENTENCE_FINAL_MARKS) {
      for (const closer of ['', ...SENTENCE_CLOSERS]) {
        const paragraph = `居民们说服务更方便了${mark}${closer}`;
        const facts = readLine(`${paragraph}(赵 璐)`, DEFAULT_VOCABULARY);
        expect(facts.glued?.byline?.people.map((person) => person.name), paragraph).toEqual(['赵璐']);
        expect(facts.glued!.at, paragraph).toBe(paragraph.length);
        expect(endsSentence(paragraph), paragraph).toBe(true);
      }
    }
  });

  it('no byline is read after a clause mark: the sentence goes on', () => {
    for (const mark of ['，', '；', '：', '、']) expect(readLine(`居民们说服务更方便了${mark}(赵 璐)`, DEFAULT_VOCABULARY).glued).toBeNull();
  });
});
