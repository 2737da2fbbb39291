// The gates that bylines.ts and people.ts ask before a costly regex must never change its answer: over strings built from
// the characters and words the regexes look for, the gated test says what the regex alone says.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGENCY_RELEASE_FIRST,
  ROLE_COLON,
  WORDS_AND_PICTURES_BY,
  WORDS_AND_PICTURES_OPENING,
  WORDS_BY,
  WRITERS_THEN_PHOTOGRAPHERS,
  matchBylineLine,
  matchCredit,
  opensAsAgency,
  opensAsRoleColon,
  opensAsWorksBy,
} from '../../src/parse/bylines.js';
import { WRITTEN_BY } from '../../src/parse/patterns.js';
import { DASH_ALONE, LATIN_AGENCY, MEDIA_NAME, OUTLETS_BEFORE_ROLE, isDashAlone, isLatinAgency, isMediaName, withoutOutletsBeforeRole } from '../../src/parse/people.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';

const RUNS = { numRuns: 20000 };
const built = (pieces: readonly string[], maxLength = 10) =>
  fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength }).map((parts) => parts.join(''));

/** Pieces of bylines and credits: the works' words, roles, marks, names. */
const BYLINE_PIECES = [
  '文', '图', '撰', '文字', '撰文', '撰稿', '图文', '文/图', '图/文', '摄', '摄影', '/', '／', ':', '：', '、', ' ', '\u3000', '本报', '通讯员',
  '记者', '本', '通', '记', '林小雨', '周 宁', '编辑', '责任编辑:', '新华社', '中国新闻社', '中新社', '新华网', '中新网', '发', '新', '中', '(',
  '（', ')', '）', '李山', '刘东', '供图', 'A', '\n',
];
const bylineLike = built(BYLINE_PIECES);

describe('the gates of matchBylineLine() (regexes anchored at the line start)', () => {
  it('opensAsWorksBy() is true wherever WORDS_AND_PICTURES_BY, its opening, WORDS_BY or WRITTEN_BY matches', () => {
    fc.assert(
      fc.property(bylineLike, (line) => opensAsWorksBy(line) || !(WORDS_AND_PICTURES_BY.test(line) || WORDS_AND_PICTURES_OPENING.test(line) || WORDS_BY.test(line) || WRITTEN_BY.test(line))),
      RUNS,
    );
  });
  it('opensAsRoleColon() is true wherever ROLE_COLON matches', () => {
    fc.assert(fc.property(bylineLike, (line) => opensAsRoleColon(line) || !ROLE_COLON.test(line)), RUNS);
  });
});

describe('the gates of matchCredit()', () => {
  it('opensAsAgency() is true wherever AGENCY_RELEASE_FIRST matches', () => {
    fc.assert(fc.property(bylineLike, (line) => opensAsAgency(line) || !AGENCY_RELEASE_FIRST.test(line)), RUNS);
  });
  it('a 文 is in every text WRITERS_THEN_PHOTOGRAPHERS matches', () => {
    fc.assert(fc.property(bylineLike, (line) => line.includes('文') || !WRITERS_THEN_PHOTOGRAPHERS.test(line)), RUNS);
  });
  it('reads a line asked twice in a row as it read it the first time (the remembered line that names no fields)', () => {
    fc.assert(
      fc.property(bylineLike, bylineLike, (line, other) => {
        const fresh = matchCredit(line, DEFAULT_VOCABULARY);
        matchBylineLine(other, DEFAULT_VOCABULARY);
        matchBylineLine(line, DEFAULT_VOCABULARY);
        expect(matchCredit(line, DEFAULT_VOCABULARY)).toEqual(fresh);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Pieces of a byline's tokens: newsrooms' words, dashes, Latin letters, names. */
const TOKEN_PIECES = [
  '江城', '日报', '日报社', '晚报', '早报', '晨报', '都市报', '时报', '商报', '导报', '政协报', '青年报', '教育报', '今报', '报社', '电视台',
  '广播电视台', '融媒体中心', '融媒', '传媒集团', '报业', '报业集团', '在线', '·', '客户端', '新华社', '中国新闻社', '中新社', '发', '网', '频道',
  '新闻', '林', '小雨', '报', '社', '台', '心', '媒', '团', '业', '线', '端', '道', '-', '—', '－', 'C', 'F', 'P', 'i', 'c', 'V', ' ', '𠀀',
];
const tokenLike = built(TOKEN_PIECES, 6);

describe('the gates of parsePeople() (per token)', () => {
  it('isMediaName() answers as MEDIA_NAME does', () => {
    fc.assert(fc.property(tokenLike, (token) => isMediaName(token) === MEDIA_NAME.test(token)), RUNS);
  });
  it('isDashAlone() answers as DASH_ALONE does', () => {
    fc.assert(fc.property(tokenLike, (token) => isDashAlone(token) === DASH_ALONE.test(token)), RUNS);
  });
  it('isLatinAgency() answers as LATIN_AGENCY does', () => {
    fc.assert(fc.property(tokenLike, (token) => isLatinAgency(token) === LATIN_AGENCY.test(token)), RUNS);
  });
  it('answer as their regexes do for any short string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (token) => isMediaName(token) === MEDIA_NAME.test(token) && isDashAlone(token) === DASH_ALONE.test(token) && isLatinAgency(token) === LATIN_AGENCY.test(token)),
    );
  });
});

/** Pieces of a byline with outlets before its role: papers, apps, slashes, roles. */
const OUTLET_PIECES = ['江城', '晚报', '日报', '网', '爱江城', '新闻', '客户端', '/', '／', '记者', '通讯员', '全媒体', '融媒体', ' ', '林小雨', '文', '图', '·', '记', '者'];

describe('the gate of withoutNameNotes() (a role after a slash)', () => {
  it('withoutOutletsBeforeRole() answers as the replace alone does', () => {
    fc.assert(fc.property(built(OUTLET_PIECES, 12), (text) => withoutOutletsBeforeRole(text) === text.replace(OUTLETS_BEFORE_ROLE, '')), RUNS);
  });
});
