// The cheap tests that run before a costly regex (gates) must never change its answer: for every line, the gated
// function says what the regex alone says. Lines are built from the characters and words the regexes look for.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_BEFORE_FIELDS, WEB_META, WEB_NOTICE, isWebMeta, isWebNotice } from '../../src/parse/patterns.js';

/** Pieces of web copies' field lines and of text around them. */
const WEB_PIECES = [
  '来源', '作者', '发布时间', '浏览', '次', '票', '热度', '阅读', ':', '：', '|', '丨', '｜', ' ', '  ', '\u3000', '2024', '-', '03', '/',
  '.', '年', '月', '日', '09:15', '《', '》', '(', ')', '版', '江城', '日报', '网', '新闻网', '城市网', '客户端', '©', '原创',
  '返回', '<', '发表于', '图片', '载入', '中', '预览', '当前页面为', '本帖最后由', '于', '编辑', 'http://', 'www.', 'jc.cn',
  '以', '为题', '报道', '，', '。', '柳岸社区', '举办', '活动', 'Hash', '9f00a1b2c3d4e5f6', '出版', '国内统一刊号', '·', '放大字体',
];
const webLike = fc.array(fc.constantFrom(...WEB_PIECES), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

/** What isWebMeta() answers, by the regexes alone, ungated: WEB_META, or a channel's name before a line WEB_META matches. */
function webMetaByRegexes(line: string): boolean {
  if (WEB_META.test(line)) return true;
  const channel = CHANNEL_BEFORE_FIELDS.exec(line);
  return channel !== null && WEB_META.test(channel[2] ?? channel[3]!);
}

describe('isWebMeta (WEB_META asked only for the groups whose mark the line holds)', () => {
  it('answers as the regexes alone do, for any line of field pieces', () => {
    fc.assert(fc.property(webLike, (line) => isWebMeta(line) === webMetaByRegexes(line)), { numRuns: 20000 });
  });
  it('answers as the regexes alone do, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (line) => isWebMeta(line) === webMetaByRegexes(line)));
  });
  it("reads a channel's name before the fields as the fields alone (a case the pieces found)", () => {
    expect(isWebMeta('来源  发布时间：发表于09:15')).toBe(true);
    expect(isWebMeta('热度  来源:江城日报')).toBe(true);
    expect(isWebMeta('信息 | 2022年11月22日 17:51:36 | 来源:江城日报')).toBe(true);
    expect(isWebMeta('信息 | 柳岸社区举办活动')).toBe(false);
  });
  it("reads a template's font buttons before the fields as part of the copy's line", () => {
    expect(isWebMeta('放大字体  缩小字体 发布日期:2019-02-27  浏览次数:962')).toBe(true);
    expect(WEB_META.test('放大字体 缩小字体 来源:江城日报')).toBe(true);
    // (Buttons alone are a row of buttons, not the copy's fields.)
    expect(isWebMeta('放大字体  缩小字体')).toBe(false);
  });
  it("reads the unit that supplied or published the copy as one of its fields: `供稿单位:UNIT 作者:NAME`", () => {
    expect(isWebMeta('供稿单位:化学院     作者:林小雨    责任编辑:周宁')).toBe(true);
    // And the body that published it, a government site's field: `发布机构:UNIT`.
    expect(isWebMeta('发布机构:柳岸县教育科技局')).toBe(true);
    expect(isWebMeta('发文机关:柳岸镇人民政府')).toBe(true);
    // A site and its paper joined by a dash, then the day.
    expect(isWebMeta('江城新闻网-江城日报 2019-03-18')).toBe(true);
  });
  it('still finds the lines that have no mark but Han characters', () => {
    expect(isWebMeta('江城日报')).toBe(true);
    expect(isWebMeta('柳岸新闻网')).toBe(true);
    expect(isWebMeta('来源 江城晚报')).toBe(true);
    expect(isWebMeta('柳岸社区举办邻里节')).toBe(false);
    // (丨 is a Han character, as well as a bar between fields.)
    expect(isWebMeta('次丨城市网')).toBe(true);
    expect(isWebMeta('发布时间丨2024-03-02')).toBe(true);
  });
  it('reads a line of millions of Han characters without overflowing the regex engine', () => {
    // (A page whose line breaks were lost: the run-on reader asks it of the whole line.)
    const line = '开展主题党日活动'.repeat(1_500_000);
    expect(isWebMeta(line)).toBe(false);
    expect(isWebMeta(`${line}日报`)).toBe(false);
  });
});

/** Pieces of a site's notices: summaries, copyright lines, calls to follow or contribute, reading times. */
const NOTICE_PIECES = [
  '摘要', '本文', '内容提要', '导读', '核心提示', '原标题', '版权声明', '免责声明', '声明', ':', '：', '[', ']', '【', '】', '凡本', '报', '网', '站',
  '版权', '转载', '1.', '、', '未经', '书面', '授权', '许可', '不得', '禁止', '事宜', '请注明', '原创文章', '欢迎', '投稿', '不代表本', '观点',
  '系', '为', '版权归原作者', '信息由', '提供', '关注', '公众号', '用手机微信', '微信', '扫描', '二维码', '本篇文章', '全文', '共', '1200', '字', ',',
  '阅读', '约', '分钟', '欢迎参与网络文明传播', ' ', '。', '(', '（', '江城日报', '柳岸社区', '居民',
];
const noticeLike = fc.array(fc.constantFrom(...NOTICE_PIECES), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

describe('isWebNotice (WEB_NOTICE behind a test for the words every match holds)', () => {
  it('answers as WEB_NOTICE does, for any line of notice pieces', () => {
    fc.assert(fc.property(noticeLike, (line) => isWebNotice(line) === WEB_NOTICE.test(line)), { numRuns: 20000 });
  });
  it('finds notices that hold no colon', () => {
    expect(isWebNotice('凡本报记者署名文字,版权均属本报')).toBe(true);
    expect(isWebNotice('全文共1200字,阅读约3分钟')).toBe(true);
    expect(isWebNotice('扫描下方二维码')).toBe(true);
    expect(isWebNotice('柳岸社区举办邻里节')).toBe(false);
  });
});
