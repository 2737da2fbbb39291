import { describe, expect, it } from 'vitest';
import { creditVerbAtEnd, findGluedTail, matchBylineLine, matchCredit } from '../../src/parse/bylines.js';
import { readLine } from '../../src/parse/features.js';
import { SENTENCE_CLOSERS, SENTENCE_FINAL_MARKS, endsSentence } from '../../src/parse/patterns.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from '../../src/parse/vocabulary.js';

const names = (line: string) => matchBylineLine(line, DEFAULT_VOCABULARY)?.people.map((person) => [person.name, person.role]) ?? null;

describe('bylines alone on their line (invented names)', () => {
  it('reads a role behind the newsroom and a rank: 江城日报社全媒体首席记者 is a 记者', () => {
    expect(names('□江城日报社全媒体首席记者 林 海 特约记者 季小青 文/图')).toEqual([
      ['林海', '记者'],
      ['季小青', '特约记者'],
    ]);
  });

  it("reads a charity's volunteer recorder (公益记录者) as a role, in a reporter's place", () => {
    expect(names('(公益记录者 林小雨)')).toEqual([['林小雨', '公益记录者']]);
  });

  it('reads 实习, an intern with the word cut short, as a role: no one called so', () => {
    expect(names('江城在线记者 林 海 周宁 实习 季小青')).toEqual([
      ['林海', '记者'],
      ['周宁', '记者'],
      ['季小青', '实习'],
    ]);
  });

  it("reads a paper's app after the paper, joined by a middle dot, as the newsroom the role is of", () => {
    expect(names('江城日报·江城客户端记者 林 海 通讯员 季小青')).toEqual([
      ['林海', '记者'],
      ['季小青', '通讯员'],
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
    for (const line of ['图 林溪摄', '摄影 林溪摄']) {
      expect(matchCredit(line, DEFAULT_VOCABULARY)).toEqual({ raw: line, verb: '摄', people: [{ name: '林溪', role: null, source: 'credit' }] });
    }
    expect(matchCredit('摄影：林溪 王强', DEFAULT_VOCABULARY)?.people.map((person) => person.name)).toEqual(['林溪', '王强']);
  });

  it('leaves a photo credit in brackets to the credit', () => {
    expect(matchBylineLine('(记者 温 川 摄)', DEFAULT_VOCABULARY)).toBeNull();
    expect(matchCredit('(记者 温 川 摄)', DEFAULT_VOCABULARY)).toMatchObject({ verb: '摄', people: [{ name: '温川', role: '记者' }] });
  });

  it('reads the names after a slash and the work word: `X/图` is a credit, `文/图` is not a name', () => {
    expect(matchCredit('王建国/图', DEFAULT_VOCABULARY)).toEqual({ raw: '王建国/图', verb: '图', people: [{ name: '王建国', role: null, source: 'credit' }] });
    expect(matchCredit('本报记者 林 晓／摄', DEFAULT_VOCABULARY)).toMatchObject({ verb: '摄', people: [{ name: '林晓', role: '本报记者' }] });
    expect(matchCredit('记者 林 晓 文/图', DEFAULT_VOCABULARY)).toBeNull();
  });

  it('reads `供稿` after the names: the person after a unit contributed the piece, or the unit alone', () => {
    expect(names('(白沙镇中小 林 海 供稿)')).toEqual([['林海', null]]);
    expect(names('(白沙镇中小 林小雨供稿)')).toEqual([['林小雨', null]]);
    expect(names('(柳岸社区供稿)')).toEqual([['柳岸社区', null]]);
    const tail = findGluedTail('活动推向又一个高潮。(白沙镇中小 林小雨 供稿)', DEFAULT_VOCABULARY);
    expect([tail?.at, tail?.byline?.people.map((person) => person.name)]).toEqual([10, ['林小雨']]);
  });

  it('reads a role-led credit after a caption written as a phrase, and a bare name there only when a common surname opens it', () => {
    const tail = findGluedTail('青石镇柳河村,稻浪翻金迎丰年 特约通讯员 林小雨 摄', DEFAULT_VOCABULARY);
    expect([tail?.at, tail?.credit?.from, tail?.credit?.match.people]).toEqual([14, 15, [{ name: '林小雨', role: '特约通讯员', source: 'credit' }]]);
    // Without a role, the words before 摄 may be the phrase's own (`真美 摄`); a name is read when a common surname opens it
    // (two photo pages of other papers print their captions so: `…检修线路 NAME 摄`).
    expect(findGluedTail('青石镇柳河村,稻浪翻金迎丰年 真美 摄', DEFAULT_VOCABULARY)).toBeNull();
    expect(findGluedTail('青石镇柳河村,稻浪翻金迎丰年 林小雨 摄', DEFAULT_VOCABULARY)?.credit?.match.people).toEqual([{ name: '林小雨', role: null, source: 'credit' }]);
    // After a sentence, the credit is read as it always was.
    expect(findGluedTail('果农正在采摘苹果。 通讯员 苏 禾 摄', DEFAULT_VOCABULARY)?.credit?.match.people).toEqual([{ name: '苏禾', role: '通讯员', source: 'credit' }]);
  });

  it('reads `特约摄影 X` as a credit led by its verb, alone on its line or glued after the last sentence', () => {
    expect(matchCredit('特约摄影 孔 越', DEFAULT_VOCABULARY)).toEqual({ raw: '特约摄影 孔 越', verb: '特约摄影', people: [{ name: '孔越', role: null, source: 'credit' }] });
    const tail = findGluedTail('今年全镇苹果喜获丰收。特约摄影 孔 越', DEFAULT_VOCABULARY);
    expect([tail?.at, tail?.credit?.match.verb, tail?.credit?.match.people.map((person) => person.name)]).toEqual([11, '特约摄影', ['孔越']]);
    expect(findGluedTail('今年全镇苹果喜获丰收。摄影 孔 越', DEFAULT_VOCABULARY)?.credit?.match.verb).toBe('摄影');
  });

  it("reads a paper's name glued after the last sentence as the text's end, not as its words", () => {
    const tail = findGluedTail('灯谜会让居民们乐在其中。江城晚报', DEFAULT_VOCABULARY);
    expect([tail?.at, tail?.trailer, tail?.byline, tail?.credit]).toEqual([12, true, null, null]);
    // A sentence that names a paper is the text's: nothing comes after its full stop.
    expect(findGluedTail('社区订阅了江城晚报。', DEFAULT_VOCABULARY)).toBeNull();
    // Nor is a next sentence cut off at the line's end a paper's name (`江城日报社区版…`).
    expect(findGluedTail('活动持续到傍晚。江城日报社区版', DEFAULT_VOCABULARY)?.trailer ?? false).toBe(false);
  });

  it('reads a byline in brackets past a question mark the encoding left after it; not a question in brackets', () => {
    const tail = findGluedTail('居民纷纷点赞。 (林帆)?', DEFAULT_VOCABULARY);
    expect([tail?.at, tail?.byline?.people.map((person) => person.name)]).toEqual([7, ['林帆']]);
    expect(findGluedTail('你知道哪里能领到(春联)?', DEFAULT_VOCABULARY)).toBeNull();
  });

  it('reads groups of names with their works parted by `、`, and a reviewer after them by `/审`', () => {
    const names = (text: string) => {
      const tail = findGluedTail(text, DEFAULT_VOCABULARY);
      return [tail?.at, tail?.credit?.match.writers?.map((person) => person.name), tail?.credit?.match.people.map((person) => person.name)];
    };
    expect(names('老人们纷纷点赞。(林帆/文、周宁/摄)')).toEqual([8, ['林帆'], ['周宁']]);
    expect(names('老人们纷纷点赞。(团委 林帆/文、周宁/摄 陈平/审)')).toEqual([8, ['林帆'], ['周宁']]);
  });

  it("reads a reporter's byline glued after the last sentence with two newsrooms before the role", () => {
    const tail = findGluedTail('社区成了居民的好帮手。江城新闻网、江报融媒记者林小雨', DEFAULT_VOCABULARY);
    expect([tail?.at, tail?.byline?.people.map((person) => person.name)]).toEqual([11, ['林小雨']]);
  });

  it("reads a web copy's source and editor fields after the last sentence and a space as the text's end", () => {
    const tail = findGluedTail('居民纷纷点赞。 来源:江城融媒 编辑:admin', DEFAULT_VOCABULARY);
    expect([tail?.at, tail?.trailer, tail?.byline, tail?.credit]).toEqual([7, true, null, null]);
    expect(findGluedTail('居民纷纷点赞。 责任编辑:周宁', DEFAULT_VOCABULARY)?.trailer).toBe(true);
    // Words after the fields are a sentence's, not a field's value: the text goes on.
    expect(findGluedTail('居民纷纷点赞。 来源:江城融媒 编辑:周宁说,活动还将', DEFAULT_VOCABULARY)?.trailer ?? false).toBe(false);
  });

  it('reads `图文/X` alone on its line as a byline of words and pictures, as `文/图X` is', () => {
    expect(matchBylineLine('图文/林帆', DEFAULT_VOCABULARY)?.people.map((person) => person.name)).toEqual(['林帆']);
    expect(matchBylineLine('图文并茂的展板', DEFAULT_VOCABULARY)).toBe(null);
  });

  it('reads a credit led by its verb in brackets after a caption, `(摄影:X)`, as the picture\'s credit, no byline', () => {
    const tail = findGluedTail('麦田里一片丰收景象。(摄影:林帆)', DEFAULT_VOCABULARY);
    expect([tail?.at, tail?.byline ?? null, tail?.credit?.match.verb, tail?.credit?.match.people.map((person) => person.name)]).toEqual([10, null, '摄影', ['林帆']]);
    expect(matchBylineLine('(摄影 林帆)', DEFAULT_VOCABULARY)).toBe(null);
    expect(matchCredit('(摄影 林帆)', DEFAULT_VOCABULARY)?.people.map((person) => person.name)).toEqual(['林帆']);
    // (The writer's bracket stays a byline.)
    expect(matchBylineLine('(林帆)', DEFAULT_VOCABULARY)?.people.map((person) => person.name)).toEqual(['林帆']);
  });

  it('reads `摄影:X` with its colon glued after the last sentence, a space between or not', () => {
    const tail = findGluedTail('图为居民在选购年货,摄于2月14日。 摄影:孔越', DEFAULT_VOCABULARY);
    expect([tail?.at, tail?.credit?.match.verb, tail?.credit?.match.people.map((person) => person.name)]).toEqual([18, '摄影', ['孔越']]);
    expect(findGluedTail('图为居民在选购年货。摄影：孔 越', DEFAULT_VOCABULARY)?.credit?.match.people.map((person) => person.name)).toEqual(['孔越']);
    // A colon with no name after it credits no one.
    expect(findGluedTail('图为居民在选购年货。摄影:', DEFAULT_VOCABULARY)?.credit ?? null).toBe(null);
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

describe('creditVerbAtEnd: the table of the verbs\' last characters before the verbs', () => {
  const plain = (text: string, vocabulary: Vocabulary) => vocabulary.creditVerbs.find((verb) => text.endsWith(verb)) ?? null;

  it('finds the longest verb a text ends with, as trying every verb does', () => {
    for (const text of ['雷 洁摄', '贺兰舟摄影报道', '记者 林溪 摄影', '白沙村供图', '本报通讯员撰', '社区居民在议事。', '图', '', '摄影报', '报道']) {
      expect(creditVerbAtEnd(text, DEFAULT_VOCABULARY), text).toBe(plain(text, DEFAULT_VOCABULARY));
    }
  });

  it('an empty verb, which ends every text, is found too', () => {
    const vocabulary: Vocabulary = { ...DEFAULT_VOCABULARY, creditVerbs: [...DEFAULT_VOCABULARY.creditVerbs, ''] };
    expect(creditVerbAtEnd('社区居民在议事。', vocabulary)).toBe('');
    expect(creditVerbAtEnd('雷 洁摄', vocabulary)).toBe('摄');
  });
});
