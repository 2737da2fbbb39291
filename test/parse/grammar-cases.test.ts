// What the grammar (src/parse/grammar.ts) says of a line in its place, case by case: the reasons `bulletin explain`
// prints for a label on a line after a label on the line before (emission()'s, then transition()'s, as labelBlock()
// collects them). Each case is a line an editor would give that label, with the reason that makes it one.
// The sentences, names and places are invented.

import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/parse/features.js';
import { IMPOSSIBLE, LABELS, emission, ending, isOutside, mayFollow, opensItem, transition, type Label, type LineContext } from '../../src/parse/grammar.js';
import { DEFAULT_VOCABULARY } from '../../src/parse/vocabulary.js';
import { parse } from '../../src/parse/parser.js';

function contextOf(text: string, pageTop = false, afterBlank = false): LineContext {
  return { text, facts: readLine(text, DEFAULT_VOCABULARY), pageTop, afterBlank };
}

interface Case {
  /** The label of the line before and its text; null: the page's first line. */
  after: [Label, string] | null;
  label: Label;
  text: string;
  pageTop?: boolean;
  /** A blank line parts the line from the one before. */
  afterBlank?: boolean;
  /** Short lines without their sentence's end in a row right above (LineContext.shortLinesAbove). */
  shortLinesAbove?: number;
  reasons: string[];
}

/** The reasons for `label` on `text` after the line before, and whether the grammar allows it at all. */
function explain({ after, label, text, pageTop, afterBlank, shortLinesAbove }: Case): { allowed: boolean; reasons: string[] } {
  const reasons: string[] = [];
  // (The parser gives each line the one before's text, as here.)
  const line = { ...contextOf(text, pageTop, afterBlank), previousText: after?.[1], shortLinesAbove };
  const own = emission(line, label, reasons);
  const step = transition(after?.[0] ?? null, after === null ? null : readLine(after[1], DEFAULT_VOCABULARY), label, line, reasons);
  return { allowed: own < IMPOSSIBLE && step < IMPOSSIBLE, reasons };
}

/** A paragraph that ends its sentence, and one cut off at the end of its line. */
const PARAGRAPH = '居民们说服务更方便了。';
/** A whole paragraph of sentences, 40 characters or more. */
const WHOLE_PARAGRAPH = '作为全省首批试点之一,柳岸社区近年来在老旧小区改造中先后修缮楼道、加装电梯、增设停车位,居民的日子越过越舒心,社区里的笑声也越来越多了,大家都说这几年变化真大。';
/** A paragraph long enough to stand below a picture's short caption (40 characters or more). */
const LONG_PARAGRAPH_BELOW_CAPTION = '1月29日,两百多名志愿者佩戴红袖章走上街头,在路口劝导行人遵守交通规则,为居民过节保驾护航。';
const HEADLINE = '科学育儿进万家';

const LINES_OUTSIDE_ITEMS: Case[] = [
  { after: null, label: 'section', text: '【图片新闻】', pageTop: true, reasons: ['a column label in brackets'] },
  { after: null, label: 'section', text: '社区动态', pageTop: true, reasons: ['first line, short, a column word'] },
  { after: null, label: 'section', text: '邻里之间', pageTop: true, reasons: ['first line, short, unpunctuated'] },
  { after: null, label: 'page', text: '第A04版:城事社区', reasons: ['a page line'] },
  { after: ['body', PARAGRAPH], label: 'editor', text: '责任编辑:王芳', reasons: ['an editor line'] },
  { after: ['headline', HEADLINE], label: 'directive', text: '<!-- bulletin-disable truncated-body -->', reasons: ['a directive', 'leaves a headline without text'] },
  { after: ['body', PARAGRAPH], label: 'furniture', text: '来源: 江城日报', reasons: ['web copy line'] },
  { after: ['body', PARAGRAPH], label: 'furniture', text: '【图片新闻】', reasons: ['a label in brackets'] },
  { after: ['body', PARAGRAPH], label: 'unassigned', text: '***', reasons: ['no words'] },
  // A web copy's date and site below a short line without a full stop: that line is the copy's title.
  { after: ['body-new', '南星街道有块“共享菜园”'], label: 'furniture', text: '2013-11-18 17:37 江城网', reasons: ['web copy line', "a web copy's line below a title-shaped text"] },
  // Below a paragraph that ends its sentence, the same line is only a web copy's line; as unassigned text it costs nothing more.
  { after: ['body-new', '本报讯 近日,苏村社区开展义诊活动。'], label: 'furniture', text: '2013-11-18 17:37 江城网', reasons: ['web copy line'] },
  { after: ['body-new', '南星街道有块“共享菜园”'], label: 'unassigned', text: '2013-11-18 17:37 江城网', reasons: ['fits nothing better'] },
  { after: ['unassigned', '柳岸社区半行残字'], label: 'unassigned', text: '@@@ ###', reasons: ['no words', 'goes on with unassigned text'] },
  // A stray mark is no text that a run goes on with: the next line is weighed as if the run had not begun.
  { after: ['unassigned', '@@@ ###'], label: 'unassigned', text: '@@@ ###', reasons: ['no words'] },
  { after: ['unassigned', '··'], label: 'unassigned', text: '柳岸社区半行残字', reasons: ['fits nothing better'] },
  { after: ['headline', HEADLINE], label: 'unassigned', text: PARAGRAPH, reasons: ['fits nothing better'] },
  // A whole paragraph (40 characters or more, finished) is some item's text: stray text only at a higher cost.
  { after: ['headline', HEADLINE], label: 'unassigned', text: WHOLE_PARAGRAPH, reasons: ['fits nothing better, yet a whole paragraph'] },
  { after: ['headline', HEADLINE], label: 'unassigned', text: '柳岸社区近年来修缮楼道、加装电梯、增设停车位和充电桩,居民们的日子越过越舒心了。', reasons: ['fits nothing better, yet a whole paragraph'] },
  { after: ['headline', HEADLINE], label: 'unassigned', text: '柳岸社区近年来修缮楼道、加装电梯、增设停车位和充电桩,居民们的日子越过越舒心。', reasons: ['fits nothing better'] },
  { after: ['unassigned', '柳岸社区半行残字'], label: 'unassigned', text: '江城网临河7月11日电 柳岸社区举办邻里节。', reasons: ['fits nothing better, yet opens with a news lead', 'goes on with unassigned text'] },
];

const HEADS: Case[] = [
  { after: null, label: 'kicker', text: '春风送暖进万家', reasons: ['short, no sentence end'] },
  { after: null, label: 'kicker', text: '春风送暖,进万家', reasons: ['short, no sentence end; punctuated'] },
  { after: ['kicker', '春风送暖进万家'], label: 'header', text: '东城社区:科学育儿进万家', reasons: ['organisation, colon, title', 'below a kicker'] },
  { after: ['kicker', '春风送暖进万家'], label: 'headline', text: HEADLINE, reasons: ['short, no sentence end'] },
  { after: ['body', PARAGRAPH], label: 'organisation', text: '东城社区', reasons: ['an organisation alone on its line'] },
  { after: ['organisation', '东城社区'], label: 'headline', text: HEADLINE, reasons: ['short, no sentence end'] },
  { after: ['body', PARAGRAPH], label: 'header', text: '东城社区 科学育儿进万家', reasons: ['organisation, space, title'] },
  { after: ['header', '东城社区:科学育儿进万家'], label: 'header', text: '西城社区:义诊进社区', reasons: ['organisation, colon, title', 'after a header without text'] },
  { after: ['organisation', '东城社区'], label: 'header', text: '西城社区:义诊进社区', reasons: ['organisation, colon, title', 'after a head without text'] },
  { after: ['headline', HEADLINE], label: 'organisation', text: '东城社区', reasons: ['an organisation alone on its line', 'after a head without text'] },
  { after: ['body', '居民们说服务更方便了'], label: 'headline', text: HEADLINE, reasons: ['short, no sentence end', 'cuts a sentence off'] },
  { after: ['body-new', '居民们说服务更方便了'], label: 'headline', text: HEADLINE, reasons: ['short, no sentence end', 'cuts a sentence off'] },
  // A paragraph that ends with its byline is finished, though it ends with no full stop.
  { after: ['body', '居民们来到广场。(赵 璐)'], label: 'headline', text: HEADLINE, reasons: ['short, no sentence end'] },
  { after: null, label: 'headline', text: '“我们的社区我们建”', reasons: ['a quotation alone on its line'] },
  { after: ['body', PARAGRAPH], label: 'headline', text: '【社区新风貌】', reasons: ['a label in brackets'] },
  { after: ['body', PARAGRAPH], label: 'headline', text: '义诊,进社区', reasons: ['short, no sentence end', 'punctuated'] },
  { after: ['body', PARAGRAPH], label: 'headline', text: '义诊', reasons: ['short, no sentence end', 'very short'] },
  { after: ['body', PARAGRAPH], label: 'headline', text: '江城日报', reasons: ['short, no sentence end', 'web copy line'] },
  // A column word below the page top is a headline's word like any other.
  { after: ['body', PARAGRAPH], label: 'headline', text: '社区动态', reasons: ['short, no sentence end'] },
  { after: null, label: 'headline', text: '社区动态', pageTop: true, reasons: ['short, no sentence end', 'at the page top, a column word'] },
  // `暨` joins two events' names: the line it opens goes on with the title above, however long the two are.
  { after: ['headline', '柳岸开展“洁净家园 共建文明”宣传周'], label: 'headline', text: '暨“邻里互助 温暖同行”志愿服务活动', reasons: ['short, no sentence end', "the title's second line, joined by 暨"] },
  { after: ['headline', HEADLINE], label: 'subtitle', text: '——东关街道开办银龄学堂', reasons: ['opens with a dash'] },
  { after: ['headline', HEADLINE], label: 'subtitle', text: '东关街道开办银龄学堂', reasons: ['short, no sentence end'] },
  // Below a title too long to be one broken over two lines, a short line is its subtitle; a longer one is not.
  { after: ['headline', '第三批全国社区治理示范名单今起公示'], label: 'subtitle', text: '我市两个社区上榜', reasons: ['short, no sentence end', 'a short line right below a long title'] },
  { after: ['headline', '第三批全国社区治理示范名单今起公示'], label: 'subtitle', text: '东关街道柳岸社区和桂园社区上榜', reasons: ['short, no sentence end'] },
  { after: ['meta', '来源: 江城日报'], label: 'subtitle', text: HEADLINE, reasons: ['short, no sentence end', 'the title again, below a web-copy line'] },
  { after: ['headline', HEADLINE], label: 'meta', text: '来源: 江城日报', reasons: ['web copy line'] },
  { after: ['headline', HEADLINE], label: 'byline-before', text: '□记者 张三', reasons: ['a byline (marker)', 'below the headline'] },
  // A paper's head: the title, its subtitle, then the byline over the text.
  { after: ['subtitle', '两位居民把被子晾上了护栏'], label: 'byline-before', text: '本报记者 林帆 周宁 文/图', reasons: ['a byline (bare)', 'below the subtitle'] },
  { after: ['body', PARAGRAPH], label: 'byline-before', text: '记者 张三', reasons: ['a byline (bare)', 'opens an item'] },
  // The photographer's credit among the bylines above the text (`□记者 孔越/文` / `林小雨/图`).
  { after: ['headline', HEADLINE], label: 'byline-before', text: '林小雨/图', reasons: ['a credit above the text (图)', 'below the headline'] },
  { after: ['caption', '5月8日,队员王大山(右)与张小河商量巡逻路线。'], label: 'byline-before', text: '本报记者 许明 文/图', reasons: ['a byline (bare)', "below a picture's caption"] },
  { after: ['headline', HEADLINE], label: 'caption', text: '图为居民在活动现场。', reasons: ['a sentence above the lead', 'below the headline'] },
];

const ENDS_OF_ITEMS: Case[] = [
  { after: ['body', PARAGRAPH], label: 'byline', text: '(李 莉)', reasons: ['a byline (brackets)'] },
  { after: ['byline', '(李 莉)'], label: 'byline', text: '(赵 璐)', reasons: ['a byline (brackets)', 'a second byline line'] },
  { after: ['byline', '(李 莉)'], label: 'credit', text: '雷 洁摄', reasons: ['a credit (摄)'] },
  { after: ['credit', '雷 洁摄'], label: 'credit', text: '袁 朗摄', reasons: ['a credit (摄)'] },
  { after: ['credit', '雷 洁摄'], label: 'byline', text: '(李 莉)', reasons: ['a byline (brackets)'] },
  // A writer's byline below a picture's credit is the text's below it (a photo page's closing essay).
  { after: ['credit', '雷 洁摄'], label: 'byline', text: '文/周宁', reasons: ['a byline (bare)', "a writer's byline below a picture's credit"] },
  { after: ['body', PARAGRAPH], label: 'continuation', text: '(下转第六版)', reasons: ['a continuation marker'] },
  // Below the copy's closing bracket alone, the writer's and the pictures' lines are the text's.
  { after: ['body', '居民们来到广场。(来源:柳岸社区)'], label: 'byline', text: '撰稿:林小雨', reasons: ['a byline (bare)', "below the copy's closing bracket"] },
  { after: ['body', '居民们来到广场。(完)'], label: 'credit', text: '摄影:孔越', reasons: ['a credit (摄影)', "below the copy's closing bracket"] },
  // Below a paragraph ending in its byline, a credit alone is the item's picture's (its caption not printed).
  { after: ['body', '居民们来到广场。(赵 璐)'], label: 'credit', text: '雷 洁摄', reasons: ['a credit (摄)', "the picture's credit below the text's byline"] },
  // And the other way round: below a paragraph ending in its picture's credit, a byline in brackets is the text's.
  { after: ['body', '居民们在广场上交换图书。雷 洁摄'], label: 'byline', text: '(赵 璐)', reasons: ['a byline (brackets)', "the text's byline below its picture's credit"] },
  // A name alone below a finished paragraph signs the text.
  { after: ['body', PARAGRAPH], label: 'byline', text: '林小禾', reasons: ["a name alone: the writer's signature"] },
  // So do two or three names spaced apart.
  { after: ['body', PARAGRAPH], label: 'byline', text: '曹蓉 彭晓', reasons: ["names alone: the writers' signature"] },
];

/** A paragraph longer than a title (40 characters), cut off at the end of its line. */
const LONG_CUT_PARAGRAPH = '入冬以来,苏村社区组织志愿者走访辖区内的独居老人和困难家庭,为他们送去棉被和米面油,还';
/** A byline after a marker, longer than a title (40 characters). */
const LONG_MARKER_BYLINE = '□本报记者 林海 王雨 陈小禾 本报通讯员 季小青 赵一鸣 孙悦 周宁 吴小满 郑晓 冯远 何小静 吕方 蒋小川 沈月 韩冰';

const PARAGRAPHS: Case[] = [
  // What a paragraph reads as besides: each costs it.
  { after: ['body', PARAGRAPH], label: 'body', text: '*', reasons: ['no words', 'a paragraph after a paragraph'] },
  // Below the head, such a mark is the web copy's (what it left of a picture), not the text's first paragraph.
  { after: ['headline', HEADLINE], label: 'meta', text: '\\', reasons: ['no words'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '来源: 江城日报', reasons: ['web copy line', 'short, no sentence end'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '记者 张三', reasons: ['reads as a byline', 'short, no sentence end'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '雷 洁摄', reasons: ['reads as a credit', 'short, no sentence end'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '东城社区:科学育儿进万家', reasons: ['reads as a header', 'short, no sentence end'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '(下转第六版)', reasons: ['note in brackets', 'a continuation marker', 'short, no sentence end'] },
  { after: ['body', PARAGRAPH], label: 'subheading', text: '畅通一条路', reasons: ['short, no sentence end', 'between paragraphs'] },
  { after: ['body-new', PARAGRAPH], label: 'subheading', text: '畅通一条路', reasons: ['short, no sentence end', 'between paragraphs'] },
  { after: ['subheading', '畅通一条路'], label: 'subheading', text: '激活基层治理新动力', reasons: ['short, no sentence end', 'the second line of a sub-heading'] },
  // A picture printed inside the text: a caption of one sentence, its credit glued; the text goes on below it.
  { after: ['body', PARAGRAPH], label: 'picture', text: '▲居民在邻里客厅读书。记者 温川 摄', reasons: ['a caption marked ▲, its credit glued', 'between paragraphs'] },
  // Below a picture's caption, a caption with its credit glued closes a photo item's captions: a paragraph, no title-shaped line.
  { after: ['body-new', '左图:柳岸村村民在油菜地里给油菜套袋。'], label: 'body', text: '右图:东湾社区农民在地里整地。 记者 温川 摄', reasons: ['a paragraph after a paragraph'] },
  { after: ['subheading', '畅通一条路'], label: 'body', text: '右图:东湾社区农民在地里整地。 记者 温川 摄', reasons: ["a picture's caption alone below a sub-heading"] },
  // A picture above the text: its short caption and credit below the headline, then the byline or the text.
  { after: ['headline', HEADLINE], label: 'caption', text: '收获辣椒。记者 温川 摄', reasons: ["a short caption, its credit glued: the text's picture", 'below the headline'] },
  { after: ['caption', '收获辣椒。记者 温川 摄'], label: 'byline-before', text: '记者温川 通讯员葛明远', reasons: ['a byline (bare)', "below a picture's caption and credit"] },
  { after: ['caption', '花园一角 江城日报记者 林泉 摄'], label: 'body', text: PARAGRAPH, reasons: ["the text below its picture's caption and credit"] },
  { after: ['body-new', PARAGRAPH], label: 'picture', text: '志愿者教孩子剪窗花。 通讯员 葛明远摄', reasons: ['a caption of one sentence, its credit glued', 'between paragraphs'] },
  // `图为…` says in words what ▲ says by its mark: the picture of the text, at less cost than a sentence that does not.
  { after: ['body', PARAGRAPH], label: 'picture', text: '图为志愿者教孩子剪窗花。 通讯员 葛明远摄', reasons: ['a caption opening 图为, its credit glued', 'between paragraphs'] },
  // Without its credit too, one short sentence below a finished paragraph: more the text's picture than its next paragraph.
  { after: ['body', PARAGRAPH], label: 'picture', text: '图:一名老人收到棉被后露出了笑容。', reasons: ["a picture's caption (图为…), no credit", 'between paragraphs'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '图:一名老人收到棉被后露出了笑容。', reasons: ["a picture's caption opening 图为, below the text"] },
  { after: ['body', PARAGRAPH], label: 'picture', text: '图2', reasons: ["a picture's number", 'between paragraphs'] },
  { after: ['body', PARAGRAPH], label: 'picture', text: '【资料图】', reasons: ["a picture's label in brackets", 'between paragraphs'] },
  // Below a caption that closed with its own credit, another of the text's pictures; at a cost, as a photo set's captions
  // stand one below another so too (each its item).
  { after: ['picture', '图为志愿者教孩子剪窗花。 通讯员 葛明远摄'], label: 'picture', text: '图为孩子们展示剪好的窗花。 通讯员 葛明远摄', reasons: ['a caption opening 图为, its credit glued', 'a credited caption below another'] },
  { after: ['picture', '志愿者教孩子剪窗花。 通讯员 葛明远摄'], label: 'body', text: PARAGRAPH, reasons: ['a paragraph after a paragraph'] },
  { after: ['picture', '志愿者教孩子剪窗花。 通讯员 葛明远摄'], label: 'subheading', text: '畅通一条路', reasons: ['short, no sentence end', 'between paragraphs'] },
  { after: ['picture', '志愿者教孩子剪窗花。 通讯员 葛明远摄'], label: 'byline', text: '(李 莉)', reasons: ['a byline (brackets)'] },
  // A photo report's byline reads as a credit too (its reporter took the pictures): below the text's last picture it is
  // the text's byline, as no credit may stand there.
  { after: ['picture', '▲居民在口袋公园里散步。记者 孔越 摄'], label: 'byline', text: '记者 孔越 摄影报道', reasons: ['a byline (bare)'] },
  // How a new item's first paragraph opens.
  { after: ['body', PARAGRAPH], label: 'body-new', text: '本报讯 近日,苏村社区开展义诊活动。', reasons: ['opens with a news lead', 'after a paragraph'] },
  { after: ['body-new', PARAGRAPH], label: 'body-new', text: '本报讯 近日,苏村社区开展义诊活动。', reasons: ['opens with a news lead', 'after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body-new', text: '☆东坡中学举行运动会。', reasons: ['opens with a list bullet', 'after a paragraph'] },
  // A bulleted line shaped as a title is a bulleted headline, not a bulleted brief: the bullet lends it nothing as a paragraph.
  { after: ['byline', '(李 莉)'], label: 'body-new', text: '☆南湾小学读书角开放', reasons: ['opens with an organisation (南湾小学)'] },
  // A punctuated one (a web copy's dated source line behind a bullet) is no headline for that: the bullet still counts.
  { after: ['byline', '(李 莉)'], label: 'body-new', text: '• 3月5日  来源:城市晚报', reasons: ['opens with a list bullet'] },
  // A reader column: each reader's question opens a pair of its own.
  { after: ['body', PARAGRAPH], label: 'body-new', text: '市民陈女士反映:小区门口的路灯坏了好几天了。', reasons: ["opens with a reader's question", 'after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '市民陈女士反映:小区门口的路灯坏了好几天了。', reasons: ["a reader's question opens the next pair"] },
  { after: ['body', PARAGRAPH], label: 'body-new', text: '苏村社区近日开展义诊活动。', reasons: ['opens with an organisation (苏村社区) and a dateline', 'after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body-new', text: '苏村社区开展义诊活动。', reasons: ['opens with an organisation (苏村社区)', 'after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body-new', text: '9月28日,居民们来到广场。', reasons: ['opens with a date', 'after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body-new', text: '居民们来到广场。(赵 璐)', reasons: ['ends with its byline or credit', 'after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body-new', text: '图为居民们在广场上跳舞。', reasons: ['opens as a photo caption', 'after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body-new', text: '为方便居民,苏村社区开展义诊活动。', reasons: ['names an organisation early (苏村社区)', 'after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body-new', text: '近日,居民们来到广场。', reasons: ['opens with a dateline only', 'after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body-new', text: '居民们来到广场。', reasons: ['opens like no news item', 'after a paragraph'] },
  { after: ['body', '居民们说服务更方便了'], label: 'body-new', text: '居民们来到广场。', reasons: ['opens like no news item', 'cuts a sentence off'] },
  // A column break leaves no lead at a line's start: after a cut sentence, a lead opens the next item (`又讯`, a second dispatch).
  { after: ['body', '居民们说服务更方便了'], label: 'body-new', text: '又讯(记者 张三)苏村社区开展义诊活动。', reasons: ['opens with a news lead', 'a news lead after a sentence cut off'] },
  { after: ['body', LONG_CUT_PARAGRAPH], label: 'body', text: '本报讯 近日,苏村社区开展义诊活动。', reasons: ['opens with a news lead', 'a news lead inside an item'] },
  { after: ['body', '居民们来到广场。(赵 璐)'], label: 'body-new', text: '居民们来到广场。', reasons: ['opens like no news item'] },
  // A continuation marker glued to a paragraph is no byline or credit: it says nothing of where an item starts.
  { after: ['body', PARAGRAPH], label: 'body-new', text: '社区的发展翻开了新篇章。(下转第六版)', reasons: ['opens like no news item', 'after a paragraph'] },
  // A paragraph below the head.
  { after: ['headline', HEADLINE], label: 'body', text: '本报讯 近日,苏村社区开展义诊活动。', reasons: ['opens with a news lead', 'a news lead below a headline'] },
  { after: ['caption', '3月7日,老人们在食堂用午餐。'], label: 'body', text: '本报讯 近日,苏村社区开展义诊活动。', reasons: ['opens with a news lead', "a news lead below a picture's caption"] },
  // Below a very short caption closed by a full stop, a long paragraph is the text; below a longer one, nothing but a lead.
  { after: ['caption', '队员们合影纪念。'], label: 'body', text: LONG_PARAGRAPH_BELOW_CAPTION, reasons: ["a paragraph below a picture's short caption"] },
  { after: ['byline-before', '□记者 张三'], label: 'body', text: '居民们来到广场。', reasons: ['below a byline, opens like no news item'] },
  { after: ['headline', HEADLINE], label: 'body', text: '居民们来到广场', reasons: ['short, no sentence end'] },
  // A short caption with its photo credit glued is no title: below a head it costs nothing more than a paragraph.
  { after: ['subtitle', HEADLINE], label: 'body', text: '队员向记者讲解书法笔画。记者林青摄', reasons: ['below a headline'] },
  { after: ['headline', HEADLINE], label: 'body', text: '近日,居民们来到广场,参加义诊活动。', reasons: ['below a headline, opens with a dateline'] },
  { after: ['headline', HEADLINE], label: 'body', text: '苏村社区开展义诊活动,居民们来到广场。', reasons: ['below a headline, opens with an organisation'] },
  { after: ['headline', HEADLINE], label: 'body', text: '居民们来到广场,参加义诊活动。', reasons: ['below a headline'] },
  // A short paragraph with its byline glued is text, however short: no title-shaped line.
  { after: ['headline', HEADLINE], label: 'body', text: '3月5日,居民们来到广场。(西城社区供稿)', reasons: ['below a headline, opens with a dateline'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '居民们来到广场。(赵 璐)', reasons: ['a paragraph after a paragraph'] },
  // A paragraph after a paragraph.
  { after: ['body', '居民们说'], label: 'body', text: '服务更方便了。', reasons: ['goes on after a short line'] },
  // Parted from it by a blank line, a paragraph below a short line without its sentence's end: that line was a title's.
  { after: ['body', '柳岸“议事角” 小事有人管'], label: 'body', text: WHOLE_PARAGRAPH, afterBlank: true, reasons: ['a paragraph below a short line and a blank line'] },
  // Not below a quotation alone on its line, which may open a text, a picture's file, or a line a column wide (cut by the column's end).
  { after: ['body', '“柳岸的议事角真管用”'], label: 'body', text: WHOLE_PARAGRAPH, afterBlank: true, reasons: ['goes on after a short line'] },
  { after: ['body', '图片1.png'], label: 'body', text: WHOLE_PARAGRAPH, afterBlank: true, reasons: ['goes on after a short line'] },
  { after: ['body', '城厢镇志愿服务队走进老旧小区开展楼道清理义诊理发服务活动深受'], label: 'body', text: WHOLE_PARAGRAPH, afterBlank: true, reasons: ['a paragraph below a short line and a blank line'] }, // 30 characters
  { after: ['body', '城厢镇志愿服务队走进老旧小区开展楼道清理义诊理发服务活动深受居'], label: 'body', text: WHOLE_PARAGRAPH, afterBlank: true, reasons: ['goes on after a short line'] }, // 31
  { after: ['body', '城厢镇坚持以党建引领为路径,按照“镇党委—村社区党组织—网格党小组—党员志'], label: 'body', text: '愿者”的模式,把党建工作融入网格。', afterBlank: true, reasons: ['goes on after a short line'] },
  { after: ['body', LONG_CUT_PARAGRAPH], label: 'body', text: '为他们打扫房间。', reasons: ['goes on with a cut sentence'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '居民们来到广场', reasons: ['short, no sentence end'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '本报讯 近日,苏村社区开展义诊活动。', reasons: ['opens with a news lead', 'a news lead inside an item'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '本报讯(记者 张三)', reasons: ['opens with a news lead', 'a news lead inside an item'] },
  // A byline after a marker (□ is a bullet too) too long for a title: a paragraph that reads as a byline, not a bulleted brief.
  { after: ['body', PARAGRAPH], label: 'body', text: LONG_MARKER_BYLINE, reasons: ['reads as a byline', 'a paragraph after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '☆东坡中学举行运动会。', reasons: ['opens with a list bullet'] },
  { after: ['body', '9月28日,居民们来到广场。大家一起跳舞。'], label: 'body', text: '9月28日,东坡中学举行运动会。全校师生参加。', reasons: ['opens with the date the paragraph before opened with'] },
  { after: ['body', '9月27日,居民们来到广场。大家一起跳舞。'], label: 'body', text: '9月28日,居民们又来到广场。大家一起唱歌。', reasons: ['a paragraph after a paragraph'] },
  // One sentence each: a photo set's captions, each opening with its date.
  { after: ['body', '9月27日,居民们来到广场。'], label: 'body', text: '9月28日,居民们又来到广场。', reasons: ['a caption opening with its hour or date, below another'] },
  { after: ['body', '西城街道开展义诊活动。'], label: 'body', text: '苏村社区开展义诊活动。', reasons: ['opens with another organisation than the paragraph before'] },
  { after: ['body', '西城街道开展义诊活动。'], label: 'body', text: '苏村社区近日开展义诊活动。', reasons: ['opens with another organisation than the paragraph before'] },
  // Named late in the paragraph before, the organisation a dated paragraph opens with is the same story's (276, in our
  // words); named nowhere there, another's.
  { after: ['body', '在江城区团区委、区教育局和区文联一同主办的“长在江城 诗话童年”诗歌大赛中,柳岸小学林小雨同学荣获一等奖。'], label: 'body', text: '11月29日下午,柳岸小学林小雨同学参加了诗歌分享会。', reasons: ['opens with an organisation and a dateline'] },
  { after: ['body', '在江城区团区委、区教育局和区文联一同主办的“长在江城 诗话童年”诗歌大赛中,柳岸小学林小雨同学荣获一等奖。'], label: 'body', text: '11月29日下午,东湖小学周宁同学参加了诗歌分享会。', reasons: ['opens with another organisation than the paragraph before'] },
  // A unit's name alone above a paragraph that opens with it heads the next item, though running text reads no name in the
  // paragraph (局 alone ends none there); not a sub-heading that names no unit, nor one the paragraph does not open with.
  { after: ['subheading', '市文化和旅游局'], label: 'body', text: '市文化和旅游局在广场举办书画展。', reasons: ['opens with the organisation named alone above it'] },
  { after: ['subheading', '书画展开幕'], label: 'body', text: '书画展开幕当天,广场上人头攒动。', reasons: ['a paragraph after a paragraph'] },
  { after: ['subheading', '市文化和旅游局'], label: 'body', text: '广场上的书画展吸引了许多市民。', reasons: ['a paragraph after a paragraph'] },
  // Only below a sub-heading: below the same name labelled otherwise (here a picture's), the paragraph goes on.
  { after: ['picture', '市文化和旅游局'], label: 'body', text: '市文化和旅游局在广场举办书画展。', reasons: ['a paragraph after a paragraph'] },
  // A paragraph that opens with a name running text reads (`南城街道`) is weighed as any that opens with an organisation.
  { after: ['subheading', '南城街道'], label: 'body', text: '南城街道组织居民开展义诊。', reasons: ['a paragraph after a paragraph'] },
  // A sub-heading that names no unit heads no section, whatever word the paragraph opens with (one in Latin letters too).
  { after: ['subheading', '编程课开课了'], label: 'body', text: 'null是孩子们在编程课上学到的第一个词。', reasons: ['a paragraph after a paragraph'] },
  // So does a unit's header with its title: the paragraph below that opens with the unit (running text reads no name in
  // it) heads the roundup's next section; …
  { after: ['subheading', '东湾区 志愿服务进社区'], label: 'body', text: '东湾区组织三百多名志愿者走进社区,为居民义诊、理发。', reasons: ['opens with the unit whose header is above it'] },
  // … not below the same header labelled otherwise (a picture's label, marked ▲), where the text goes on; …
  { after: ['picture', '▲东湾区 志愿服务进社区'], label: 'body', text: '东湾区组织三百多名志愿者走进社区,为居民义诊、理发。', reasons: ['a paragraph after a paragraph'] },
  // … and a paragraph that opens with a name running text reads is weighed as any that opens with an organisation.
  { after: ['subheading', '南城街道 志愿服务进社区'], label: 'body', text: '南城街道组织居民开展义诊。', reasons: ['a paragraph after a paragraph'] },
  // The paragraph before opened with no organisation, or the same one.
  { after: ['body', PARAGRAPH], label: 'body', text: '苏村社区开展义诊活动。', reasons: ['a paragraph after a paragraph'] },
  { after: ['body', '苏村社区开展义诊活动。'], label: 'body', text: '苏村社区还开展了健康讲座。', reasons: ['a paragraph after a paragraph'] },
  { after: ['body', '苏村社区开展义诊活动。'], label: 'body', text: '苏村社区近日开展义诊活动。', reasons: ['opens with an organisation and a dateline'] },
  // Named in the paragraph before (after its street), the community goes on with the same item.
  { after: ['body', '东城街道文华街社区举行邻里节。'], label: 'body', text: '文华街社区先后开展了三场活动。', reasons: ['a paragraph after a paragraph'] },
  { after: ['body', PARAGRAPH], label: 'body', text: '居民们来到广场。', reasons: ['a paragraph after a paragraph'] },
  // Below `上接01版`, the text goes on from another page.
  { after: ['furniture', '上接01版'], label: 'body-new', text: '居民们又来到广场上,把剩下的旧书分给了孩子们。', reasons: ['opens with what was done again (又): the text above told of it', 'opens like no news item', 'goes on from another page'] },
];

describe.each([
  ['lines outside items', LINES_OUTSIDE_ITEMS],
  ["an item's head", HEADS],
  ["an item's end", ENDS_OF_ITEMS],
  ['paragraphs', PARAGRAPHS],
])('the reasons explain gives: %s', (_, cases) => {
  const titled = cases.map((example) => [`${example.label}: ${example.text}, after ${example.after === null ? 'nothing' : example.after.join(': ')}`, example] as const);
  it.each(titled)('%s', (_, example) => {
    expect(explain(example)).toEqual({ allowed: true, reasons: example.reasons });
  });
});

/** Whether `label` may stand on `text` at all, judged by the line alone (emission()). */
const fits = (label: Label, text: string, pageTop = false) => emission(contextOf(text, pageTop), label) < IMPOSSIBLE;

describe('what a label refuses, judged by the line alone', () => {
  it('a headline: no line that ends by opening a quotation or a bracket, cut off mid-sentence', () => {
    expect(fits('headline', '本次义诊的服务对象涵盖“')).toBe(false);
    expect(fits('headline', '居民们纷纷表示(')).toBe(false);
    expect(fits('headline', '柳岸社区开展“邻里节”')).toBe(true);
  });

  it("a headline: no web copy's fields (`来源:…`, `时间:…`), nor a line saying what a picture shows (`图为…`)", () => {
    expect(fits('headline', '来源: 江城日报')).toBe(false);
    expect(fits('headline', '时间:2024-03-01 09:15 来源:江城网')).toBe(false);
    expect(fits('headline', '图为比赛场景')).toBe(false);
    // Nor a sub-heading: `图为…` says what a picture shows.
    expect(fits('subheading', '图为村民清理河塘里的杂草')).toBe(false);
    expect(fits('subheading', '村民清理河塘')).toBe(true);
    // Nor a page's buttons and prompts: to share the page by its code, to set the site as the home page.
    expect(fits('headline', '扫描二维码 分享给好友')).toBe(false);
    expect(fits('headline', '客服设为首页')).toBe(false);
    expect(fits('headline', '扫一扫下载')).toBe(false);
    // A paper's name alone is a copy's line too, yet may stand where a title would; its fields parted by bars may not.
    expect(fits('headline', '江城日报')).toBe(true);
    expect(fits('headline', '发布时间 | 2025-05-26 责任编辑 | 林小禾 来源 | 江城新闻', true)).toBe(false);
  });

  it('a headline: a quotation alone on its line, unless it ends a sentence inside it (someone speaking)', () => {
    expect(fits('headline', '“我们的社区我们建”')).toBe(true);
    expect(fits('headline', '“有事就找老林……”')).toBe(true);
    expect(fits('headline', '“您好!我们是普查员,请您配合一下!”')).toBe(false);
    expect(fits('headline', '“哎,这个小伙子真热心!帮我家修水管还不要钱。”')).toBe(false);
    // Nor one of clauses closed by a full stop inside its marks: an order given, as a headline never ends. (One clause
    // and its full stop may head a text: what a villager says of the new road.)
    expect(fits('headline', '“火势不小,请组织队员马上到现场灭火,镇里的扑火队随后就到。”')).toBe(false);
    expect(fits('subheading', '“火势不小,请组织队员马上到现场灭火,镇里的扑火队随后就到。”')).toBe(false);
    expect(fits('headline', '“这条路终于不再坑坑洼洼了。”')).toBe(true);
  });

  it('a sub-heading: a quotation alone on its line, unless it ends a sentence inside it, as a headline', () => {
    expect(fits('subheading', '“我们的社区我们建”')).toBe(true);
    expect(fits('subheading', '“哎,这个小伙子真热心!帮我家修水管还不要钱。”')).toBe(false);
  });

  it("a section: a column's head printed letter-spaced at the page top, its characters without the spaces", () => {
    const page = parse('社 区 新 闻\n\n柳岸村获评敬老模范村\n\n本报讯 近日,柳岸村被授予敬老模范村称号。\n');
    expect([page.section, page.items.map((item) => item.title)]).toEqual(['社区新闻', ['柳岸村获评敬老模范村']]);
    // (So with an ideographic space between its characters.)
    expect(parse('今\u3000日\u3000临\u3000河\n\n柳岸村获评敬老模范村\n\n本报讯 近日,柳岸村被授予敬老模范村称号。\n').section).toBe('今日临河');
  });

  it('a section: only at the page top, a title of at most 16 characters with a Han character, no quotation, no header', () => {
    expect(fits('section', '邻里之间', true)).toBe(true);
    expect(fits('section', '邻里之间', false)).toBe(false);
    const sixteen = '东城西城南城北城的邻里之间小故事';
    const seventeen = '东城西城南城北城的邻里之间的小故事';
    expect([sixteen.length, seventeen.length]).toEqual([16, 17]);
    expect(fits('section', sixteen, true)).toBe(true);
    expect(fits('section', seventeen, true)).toBe(false);
    expect(fits('section', '邻里,之间', true)).toBe(false);
    expect(fits('section', '“我们的社区我们建”', true)).toBe(false);
    expect(fits('section', '东城社区:科学育儿进万家', true)).toBe(false);
    expect(fits('section', 'NEWS ONLINE', true)).toBe(false);
    expect(fits('section', '邻里之间。', true)).toBe(false);
    // A photo credit names who took some picture, never the column (a byline may be a column's name: `小记者天地`).
    expect(fits('section', '本报记者 钟岳 摄', true)).toBe(false);
    // A site's button names no column, though it ends in a column's word.
    expect(fits('section', '推荐新闻', true)).toBe(false);
    expect(fits('section', '社区新闻', true)).toBe(true);
    expect(fits('section', '小记者天地', true)).toBe(true);
    // A page line with a space for its colon is a page line, whose label keeps the column's name alone.
    expect(fits('section', '第5版 社区新闻', true)).toBe(false);
    expect(fits('page', '第5版 社区新闻', true)).toBe(true);
  });

  it("no section is the outlet's own name at the page's top (`人民网`, `江城融媒`, `数字报`)", () => {
    for (const text of ['人民网', '江城融媒', '江城新闻网', '数字报', '江城日报客户端', '江北党媒云']) expect(fits('section', text, true), text).toBe(false);
    expect(fits('section', '社区动态', true)).toBe(true);
  });

  it('a column word ends the line: 图说 and what follows it is one, 新闻 before other words is none', () => {
    expect(explain({ after: null, label: 'section', text: '图说社区', pageTop: true, reasons: [] }).reasons).toEqual(['first line, short, a column word']);
    expect(explain({ after: null, label: 'section', text: '新闻背后的故事', pageTop: true, reasons: [] }).reasons).toEqual(['first line, short, unpunctuated']);
    // (`图片报道`, a paper's photo column, as `图片新闻` is; not 报道 alone, which ends a headline's verb.)
    expect(explain({ after: null, label: 'section', text: '图片报道', pageTop: true, reasons: [] }).reasons).toEqual(['first line, short, a column word']);
    expect(explain({ after: null, label: 'section', text: '工作报道', pageTop: true, reasons: [] }).reasons).toEqual(['first line, short, unpunctuated']);
  });

  it("no column is named by a unit at work: a line that opens with a unit's name and goes on is a headline", () => {
    expect(fits('section', '东湾县柳岸镇青石村舞龙闹元宵', true)).toBe(false);
    expect(fits('headline', '东湾县柳岸镇青石村舞龙闹元宵', true)).toBe(true);
    // A unit's name alone may be the column's (`城事社区`), as may a column word after one.
    expect(fits('section', '城事社区', true)).toBe(true);
  });

  it('a headline: not in brackets whole (a note or a byline), not without a Han character, not a page, byline, credit, lead or text', () => {
    expect(fits('headline', '社区新风貌(组图)')).toBe(true);
    expect(fits('headline', '(图)社区新风貌')).toBe(true);
    expect(fits('headline', '(社区新风貌)')).toBe(false);
    expect(fits('headline', '【社区新风貌】', false)).toBe(true); // a label in brackets: a headline at a cost
    expect(fits('headline', 'http://www.jcnews.com.cn')).toBe(false);
    for (const text of ['第A04版:城事社区', '记者 张三', '雷 洁摄', '本报讯 近日', '居民们来到广场。记者 王五']) expect(fits('headline', text), text).toBe(false);
  });

  it('a picture inside the text: one sentence of at most 30 characters before its glued credit, closed by its mark, never a lead or a header', () => {
    expect(fits('picture', '志愿者教孩子剪窗花。通讯员 葛明远摄')).toBe(true);
    expect(fits('picture', '▲志愿者教孩子剪窗花!记者 温川 摄')).toBe(true);
    expect(fits('picture', '△ 志愿者教孩子剪窗花。 记者 温川 摄')).toBe(true);
    const thirty = '社区志愿者们在邻里客厅手把手教孩子们剪窗花、写春联、做灯笼。';
    const thirtyOne = '社区志愿者们在邻里客厅里手把手教孩子们剪窗花、写春联、做灯笼。';
    expect([thirty.length, thirtyOne.length]).toEqual([30, 31]);
    expect(fits('picture', `${thirty}记者 温川 摄`)).toBe(true);
    expect(fits('picture', `▲${thirty}记者 温川 摄`)).toBe(true);
    expect(fits('picture', `${thirtyOne}记者 温川 摄`)).toBe(false);
    // `△` is the mark too, and the space after a mark is not the caption's: at the limit either way.
    expect(fits('picture', `△${thirty}记者 温川 摄`)).toBe(true);
    expect(fits('picture', `▲ ${thirty}记者 温川 摄`)).toBe(true);
    // One character and its mark is a caption still; a mark alone is none.
    expect(fits('picture', '雪。记者 温川 摄')).toBe(true);
    expect(fits('picture', '。记者 温川 摄')).toBe(false);
    // A page line or an editor line with a credit after it is that line, not a picture (nor a caption above the text).
    for (const text of ['第3版 农民采收茶叶。记者 范澄 摄', '策划:农民采收茶叶。记者 范澄 摄']) {
      expect(fits('picture', text), text).toBe(false);
      expect(fits('caption', text), text).toBe(false);
    }
    // Two sentences, a caption trailing off, no credit, a byline rather than a credit: no picture.
    expect(fits('picture', '志愿者上门服务。老人们很高兴。记者 温川 摄')).toBe(false);
    expect(fits('picture', '乡村小学的寄宿生活,有辛苦,有欢笑……(温川 摄)')).toBe(false);
    expect(fits('picture', '志愿者教孩子剪窗花。')).toBe(false);
    expect(fits('picture', '志愿者教孩子剪窗花。(李 莉)')).toBe(false);
    // A label written as a phrase, its credit after a space, may be the text's picture too (`图为… 摄影:X`, `LABEL (X 摄)`):
    // where it stands decides. Not one of two sentences, nor a phrase longer than a label.
    expect(fits('picture', '志愿者教孩子剪窗花 记者 温川 摄')).toBe(true);
    expect(fits('picture', '图为梯田里等待收割的稻谷 摄影:林小禾')).toBe(true);
    expect(fits('picture', '老人们给志愿者送来茶水 (周宁 摄)')).toBe(true);
    expect(fits('picture', `${thirtyOne.slice(0, -1)}等 记者 温川 摄`)).toBe(false);
    expect(fits('picture', '志愿者上门服务。老人们很高兴 记者 温川 摄')).toBe(false);
    expect(fits('picture', '本报讯 居民们来到广场。记者 温川 摄')).toBe(false);
  });

  it("a label marked ▲ or △ without a credit: a picture inside the text, between paragraphs or below the text's byline, not its end", () => {
    expect(fits('picture', '△志愿者为居民义务理发')).toBe(true);
    expect(fits('picture', '▲ 在楼道清扫的志愿者们')).toBe(true);
    expect(fits('picture', '▲志愿者为居民义务理发。')).toBe(true);
    // Unmarked, two sentences, or longer than a caption (60 characters with its mark): no picture; unmarked, a label that
    // shows its doers at work is one (showsPeopleAtWork).
    expect(fits('picture', '为居民义务理发')).toBe(false);
    expect(fits('picture', '志愿者为居民义务理发')).toBe(true);
    expect(fits('picture', '▲志愿者上门服务。老人们很高兴。')).toBe(false);
    expect(fits('picture', `▲${'志'.repeat(59)}`)).toBe(true);
    expect(fits('picture', `▲${'志'.repeat(60)}`)).toBe(false);
    // Below a paragraph whose byline is glued, or below a byline line, only a marked label is the text's picture.
    expect(follows('body', '居民们来到广场。(赵 璐)', 'picture', '▲清扫楼道的志愿者们')).toBe(true);
    expect(follows('byline', '(赵 璐)', 'picture', '▲清扫楼道的志愿者们')).toBe(true);
    expect(follows('body', '居民们来到广场。(赵 璐)', 'picture', '志愿者教孩子剪窗花。 通讯员 葛明远摄')).toBe(false);
    expect(follows('byline', '(赵 璐)', 'picture', '志愿者教孩子剪窗花。 通讯员 葛明远摄')).toBe(false);
    // Below a marked label the item may end (an editor line, the next item); below a credited caption the text goes on.
    expect(follows('picture', '▲清扫楼道的志愿者们', 'editor', '编辑:李 莉')).toBe(true);
    expect(follows('picture', '▲清扫楼道的志愿者们', 'headline', '东湖社区举办邻里节')).toBe(true);
    expect(follows('picture', '▲清扫楼道的志愿者们', 'section', '社区动态')).toBe(false);
    expect(follows('picture', '志愿者教孩子剪窗花。 通讯员 葛明远摄', 'editor', '编辑:李 莉')).toBe(false);
    expect(follows('picture', '志愿者教孩子剪窗花。 通讯员 葛明远摄', 'headline', '东湖社区举办邻里节')).toBe(false);
  });

  it("below a credited caption, another credited caption is no text going on: captions after the text's last paragraph are a photo set's", () => {
    const caption = '5月3日,在柳岸公园,市民在骑行。本报记者 温川 摄';
    expect(follows('picture', caption, 'body', '5月3日,在柳岸超市内,市民在选购水果。本报记者 温川 摄')).toBe(false);
    expect(follows('picture', caption, 'body-new', '5月3日,在柳岸超市内,市民在选购水果。本报记者 温川 摄')).toBe(false);
    // The text going on below the picture is its paragraph; its last, of two sentences or more, may close with its credit.
    expect(follows('picture', caption, 'body', WHOLE_PARAGRAPH)).toBe(true);
    expect(follows('picture', caption, 'body', '居民们说,公园修好以后,每天傍晚都来这里散步。柳岸公园的绿道全长三公里。本报记者 温川 摄')).toBe(true);
  });

  it("a label opened by its picture's number (`图1…`) is marked as a picture's as ▲ marks it: between paragraphs, or the item's end", () => {
    expect(fits('picture', '图1队员们在清扫楼道')).toBe(true);
    expect(fits('picture', '图②队员们帮老人搬运旧纸箱')).toBe(true);
    expect(fits('picture', '图3 队员们把落叶装进袋子')).toBe(true);
    // The scene's stock label alone is a picture's too; in a sentence it is text.
    expect(fits('picture', '活动现场')).toBe(true);
    expect(fits('picture', '活动现场气氛热烈')).toBe(false);
    // Not a label without its number (unless it shows its doers at work, as 队员们 do: showsPeopleAtWork), nor one whose
    // number is a word's (`图一乐`), nor two sentences.
    expect(fits('picture', '在清扫楼道')).toBe(false);
    expect(fits('picture', '队员们在清扫楼道')).toBe(true);
    expect(fits('picture', '图一乐的居民们')).toBe(false);
    expect(fits('picture', '图1队员们清扫楼道。老人们很高兴。')).toBe(false);
    expect(follows('byline', '(赵 璐)', 'picture', '图1队员们在清扫楼道')).toBe(true);
    expect(follows('picture', '图1队员们在清扫楼道', 'headline', '东湖社区举办邻里节')).toBe(true);
  });

  it('the unit that supplied the copy, named after the credits, closes the text: no head that a byline opened', () => {
    expect(fits('meta', '东坡学院青年服务队供稿')).toBe(true);
    expect(follows('byline-before', '文/周小禾', 'meta', '东坡学院青年服务队供稿')).toBe(false);
    expect(follows('byline', '文/周小禾', 'furniture', '东坡学院青年服务队供稿')).toBe(true);
    // Any other line about the copy may stand below a byline that opens the item (a web copy's date line).
    expect(follows('byline-before', '文/周小禾', 'meta', '来源: 江城日报')).toBe(true);
  });

  it("a caption with its credit glued: the text's picture only when too short to be an item's text (a label of 15 characters or fewer, a sentence of fewer than eight)", () => {
    const seven = '村民收获辣椒。';
    const eight = '青石村民收获辣椒。'.slice(1);
    const fifteen = '初秋时节,柳岸镇玉米即将收获。';
    const sixteen = '社区居民在“邻里会”上商议事务。';
    expect([seven.length, eight.length, fifteen.length, sixteen.length]).toEqual([7, 8, 15, 16]);
    expect(fits('caption', `${seven} 记者 温川 摄`)).toBe(true);
    // A whole sentence an item's text may open with, eight characters or more, is a photo item's (547, 637).
    expect(fits('caption', `${eight} 记者 温川 摄`)).toBe(false);
    expect(fits('caption', `${fifteen} 记者 温川 摄`)).toBe(false);
    expect(fits('caption', `${sixteen}(记者 温川 摄)`)).toBe(false);
    expect(fits('caption', '花园一角 江城日报记者 林泉 摄')).toBe(true);
    expect(fits('caption', '初秋时节柳岸镇玉米即将收获 江城日报记者 林泉 摄')).toBe(true);
    // A lead with a credit is the text itself.
    expect(fits('caption', '本报讯 收获辣椒。记者 温川 摄')).toBe(false);
    // A short caption the space after its ▲ would take over the limit is still one.
    expect(fits('caption', `▲ ${seven} 记者 温川 摄`)).toBe(true);
    // A caption without its credit: a sentence, or one with who supplied the picture, is no picture's label.
    expect(explain({ after: ['headline', HEADLINE], label: 'caption', text: '受伤的狍鹿。图片由受访者提供', reasons: [] })).toEqual({ allowed: true, reasons: ['a sentence above the lead', 'below the headline'] });
    expect(explain({ after: ['headline', HEADLINE], label: 'caption', text: '居民们欢度节日！', reasons: [] })).toEqual({ allowed: true, reasons: ['a sentence above the lead', 'below the headline'] });
    // Below a header whose line ends with a credit, a lead is the text below a headline, not below a picture's caption.
    expect(explain({ after: ['header', '东湖社区：居民采收茶叶。记者 范澄 摄'], label: 'body', text: '本报讯 近日,东湖社区开展活动。', reasons: [] }).reasons).toEqual(['opens with a news lead', 'a news lead below a headline']);
    // Captions with credits one below another, or a credited caption below one, are a page of photo items; not two too
    // short for an item's text, which are the pictures of the text below (1569).
    expect(follows('caption', '青石村村民收获辣椒。记者 温川 摄', 'caption', '晾晒玉米。记者 林泉 摄')).toBe(false);
    expect(follows('caption', '收获辣椒。记者 温川 摄', 'caption', '青石村村民晾晒玉米。记者 林泉 摄')).toBe(false);
    expect(follows('caption', '收获辣椒。记者 温川 摄', 'caption', '晾晒玉米。记者 林泉 摄')).toBe(true);
    expect(follows('caption', '收获辣椒。记者 温川 摄', 'body', '柳岸镇青石村村民采收茶叶。记者 林泉 摄')).toBe(false);
    expect(follows('caption', '队员们为老人理发', 'caption', '收获辣椒。记者 温川 摄')).toBe(false);
  });

  it('a headline of three characters is very short, of four is not', () => {
    expect(explain({ after: null, label: 'headline', text: '送温暖', reasons: [] }).reasons).toEqual(['short, no sentence end', 'very short']);
    expect(explain({ after: null, label: 'headline', text: '送上温暖', reasons: [] }).reasons).toEqual(['short, no sentence end']);
  });

  it('a kicker or a subtitle is no byline, credit, lead or text; a kicker has no colon and no @', () => {
    for (const text of ['记者 张三', '雷 洁摄', '本报讯 近日', '居民们来到广场。记者 王五']) {
      expect(fits('kicker', text), text).toBe(false);
      expect(fits('subtitle', text), text).toBe(false);
    }
    expect(fits('kicker', '关注社区养老')).toBe(true);
    expect(fits('kicker', '关注：社区养老')).toBe(false);
    expect(fits('kicker', '@江城日报 社区版')).toBe(false);
    expect(fits('kicker', PARAGRAPH)).toBe(false);
    expect(fits('subtitle', PARAGRAPH)).toBe(false);
  });

  it('each label of a single kind of line refuses other lines', () => {
    expect(fits('organisation', HEADLINE)).toBe(false);
    expect(fits('header', HEADLINE)).toBe(false);
    expect(fits('meta', HEADLINE)).toBe(false);
    expect(fits('continuation', PARAGRAPH)).toBe(false);
    // A line of no words is unassigned text, not the page's furniture; a web copy's stray mark only below a head.
    expect(fits('furniture', '***')).toBe(false);
    expect(fits('meta', '***')).toBe(true);
    expect(follows('headline', HEADLINE, 'meta', '***')).toBe(true);
    expect(follows('body', PARAGRAPH, 'meta', '***')).toBe(false);
    expect(follows(null, null, 'meta', '***')).toBe(false);
  });

  it('a caption: a sentence of at most 60 characters, or a file name; no lead, header, byline, credit, glued tail, page, editor or directive', () => {
    const sixty = '图为居民在活动现场,志愿者为老人量血压、测血糖,并耐心讲解冬季常见病的预防知识和日常保健方法,居民们都说这些知识很实用。';
    const sixtyOne = '图为居民在活动现场,志愿者为老人量血压、测血糖,并耐心讲解冬季常见病的预防知识和日常保健方法,居民们都说这些知识非常实用。';
    expect([sixty.length, sixtyOne.length]).toEqual([60, 61]);
    expect(fits('caption', sixty)).toBe(true);
    expect(fits('caption', sixtyOne)).toBe(false);
    expect(fits('caption', 'image.png')).toBe(true);
    // A picture's file named in Chinese, however long, is a picture's file, not a label (a label is short): a caption.
    expect(explain({ after: ['meta', '2021-09-26 15:31:23 字号:'], label: 'caption', text: '微信图片_20210926112557.jpg', reasons: [] }).reasons).toEqual(["a picture's file", 'below the headline']);
    expect(explain({ after: ['caption', '微信图片_20210926112557.jpg'], label: 'caption', text: '微信图片_20210926112611.jpg', reasons: [] })).toEqual({ allowed: true, reasons: ["a picture's file", 'below the headline'] });
    // The name of a picture's file is no title of any kind: it stands where the picture stood.
    expect(fits('subheading', '图片1.png')).toBe(false);
    expect(fits('headline', '图片1.png')).toBe(false);
    expect(fits('subheading', '图片说明')).toBe(true);
    // A line that reads as a byline names who wrote: it ends an item or opens the next, never heads a part of one.
    expect(fits('subheading', '本报记者 叶青')).toBe(false);
    expect(fits('subheading', '□社区记者 韦岚')).toBe(false);
    expect(fits('subheading', '小记者感言')).toBe(true);
    // A page line without a Han character, an editor line that ends with a full stop: no caption though they fit its shape.
    expect(fits('caption', 'A2: News')).toBe(false);
    expect(fits('caption', '责任编辑:王芳。')).toBe(false);
    // Without its full stop, a caption is a picture's label, short and unpunctuated (where it may stand, transition() says).
    expect(fits('caption', '图为居民在活动现场')).toBe(true);
    expect(fits('caption', '志愿者为老人量血压,居民在一旁排队等候')).toBe(false);
    expect(fits('caption', '图为居民在活动现场听志愿者讲解冬季常见病的预防知识')).toBe(false);
    // A web copy's own lines are never a picture's: `• 下一篇`, a date and time.
    expect(fits('caption', '• 下一篇')).toBe(false);
    expect(fits('caption', '29.01.2015  12:38')).toBe(false);
    for (const text of ['本报讯 近日,苏村社区开展义诊活动。', '东城社区:科学育儿进万家', '记者 张三', '雷 洁摄', '居民们来到广场。(赵 璐)', '第A04版:城事社区', '责任编辑:王芳', '<!-- bulletin-disable truncated-body -->']) {
      expect(fits('caption', text), text).toBe(false);
    }
  });

  it('a byline in brackets is surer than one after a marker, which is surer than a bare one', () => {
    const cost = (text: string) => emission(contextOf(text), 'byline');
    expect(cost('(李 莉)')).toBeLessThan(cost('□记者 李莉'));
    expect(cost('□记者 李莉')).toBeLessThan(cost('记者 李莉'));
  });

  it('a stray mark with no words stays in a paragraph, but opens no item and is no sub-heading', () => {
    expect(fits('body', '*')).toBe(true);
    expect(fits('body-new', '*')).toBe(false);
    expect(fits('subheading', '*')).toBe(false);
  });

  it('a sub-heading: at most 30 characters, no lead, no text', () => {
    const thirty = '一条路连起东西两个小区,居民们出门办事买菜看病都比从前更方便';
    const thirtyOne = '一条路连起东西两个小区,居民们出门办事买菜看病都比从前更加方便';
    expect([thirty.length, thirtyOne.length]).toEqual([30, 31]);
    expect(fits('subheading', thirty)).toBe(true);
    expect(fits('subheading', thirtyOne)).toBe(false);
    for (const text of ['本报讯 近日', '居民们来到广场。记者 王五', '居民们来到广场。']) expect(fits('subheading', text), text).toBe(false);
  });

  it('a page, editor or directive line is no paragraph', () => {
    for (const text of ['第A04版:城事社区', '责任编辑:王芳', '<!-- bulletin-disable truncated-body -->']) {
      for (const label of ['body', 'body-new', 'subheading'] as const) expect(fits(label, text), `${label}: ${text}`).toBe(false);
    }
  });
});

/** Whether the grammar allows `label` on `text` after `previous` on `previousText`, whatever the line is (transition()). */
const follows = (previous: Label | null, previousText: string | null, label: Label, text: string) =>
  transition(previous, previousText === null ? null : readLine(previousText, DEFAULT_VOCABULARY), label, contextOf(text)) < IMPOSSIBLE;

describe('what the grammar refuses in a place', () => {
  const WITH_BYLINE = '居民们来到广场。(赵 璐)';

  it("the copy's source line alone below a caption's sentence: it is printed after the text, not between captions and a lead", () => {
    expect(follows('caption', '近日,柳岸社区组织志愿者走进敬老院,为老人们打扫卫生。', 'meta', '来源:江城日报')).toBe(false);
    expect(follows('headline', '柳岸社区志愿者走进敬老院', 'meta', '来源:江城日报')).toBe(true);
    // (A caption without its full stop, a label, may stand above the copy's fields.)
    expect(follows('caption', '志愿者与老人合影', 'meta', '来源:江城日报')).toBe(true);
  });

  it('a name alone signs only a paragraph: not below a byline, nor below a caption’s sentence', () => {
    expect(follows('body', PARAGRAPH, 'byline', '林小禾')).toBe(true);
    expect(follows('body-new', PARAGRAPH, 'byline', '林小禾')).toBe(true);
    expect(follows('byline', '(李 莉)', 'byline', '林小禾')).toBe(false);
    expect(follows('caption', '图为居民在活动现场。', 'byline', '林小禾')).toBe(false);
    // Nor below a picture inside the text, a label marked ▲ that closes with its full stop: a picture's words, not the text's.
    expect(follows('picture', '▲志愿者们在楼道里清扫。', 'byline', '林小禾')).toBe(false);
  });

  it('a name alone is a signature below the text, and above it a writer only where each name opens with a common surname', () => {
    expect(fits('byline', '林小禾')).toBe(true);
    expect(fits('byline-before', '林小禾')).toBe(true);
    expect(fits('byline-before', '曹蓉 彭晓')).toBe(true);
    // (`晓燕 丽华`: given names without surnames sign a text's end, not its head.)
    expect(fits('byline', '晓燕 丽华')).toBe(true);
    expect(fits('byline-before', '晓燕 丽华')).toBe(false);
  });

  it('after a paragraph with its byline glued to it, the item is over but for its picture’s credit: no more byline, marker, sub-heading or paragraph', () => {
    expect(follows('body', WITH_BYLINE, 'byline', '(李 莉)')).toBe(false);
    expect(follows('body', WITH_BYLINE, 'credit', '雷 洁摄')).toBe(true);
    // After a glued credit, or a web copy's trailer, not even that.
    expect(follows('body', '居民们来到广场。记者 温川 摄', 'credit', '雷 洁摄')).toBe(false);
    expect(follows('body', '居民们来到广场。(赵 璐)(责任编辑:王芳)', 'credit', '雷 洁摄')).toBe(false);
    // A trailer alone ends the text, but no one has signed it yet: the byline and credit lines below are its own.
    expect(follows('body', '居民们来到广场。(来源:柳岸社区)', 'byline', '撰稿:林小雨')).toBe(true);
    expect(follows('body', '居民们来到广场。(完)', 'credit', '摄影:孔越')).toBe(true);
    expect(follows('body', '居民们来到广场。(完)', 'body', '居民们来到广场。')).toBe(false);
    // A credit glued before the trailer has signed the picture: the item is over, as after any glued credit.
    expect(follows('body', '居民们来到广场。记者 温川 摄(完)', 'credit', '雷 洁摄')).toBe(false);
    expect(follows('body', '居民们来到广场。记者 温川 摄(完)', 'byline', '撰稿:林小雨')).toBe(false);
    expect(follows('body', WITH_BYLINE, 'continuation', '(下转第六版)')).toBe(false);
    expect(follows('body', WITH_BYLINE, 'subheading', '畅通一条路')).toBe(false);
    expect(follows('body', WITH_BYLINE, 'body', '居民们来到广场。')).toBe(false);
    expect(follows('body', WITH_BYLINE, 'body-new', '居民们来到广场。')).toBe(true);
    expect(follows('body', WITH_BYLINE, 'picture', '志愿者教孩子剪窗花。记者 温川 摄')).toBe(false);
    expect(follows('body', LONG_CUT_PARAGRAPH, 'picture', '志愿者教孩子剪窗花。记者 温川 摄')).toBe(false);
    // Below another picture's caption, a credited caption closes that photo item: no picture inside a text.
    expect(follows('body-new', '左图:柳岸村村民在油菜地里给油菜套袋。', 'picture', '右图:农民在地里整地。 记者 温川 摄')).toBe(false);
    expect(follows('body', PARAGRAPH, 'byline', '(李 莉)')).toBe(true);
    expect(follows('body', PARAGRAPH, 'continuation', '(下转第六版)')).toBe(true);
    expect(follows('body-new', PARAGRAPH, 'continuation', '(下转第六版)')).toBe(true);
  });

  it("a byline below a picture's caption: only below a caption's sentence, not a label's words nor a paragraph's length", () => {
    const byline = '本报记者 许明 文/图';
    expect(follows('caption', '5月8日,队员王大山(右)与张小河商量巡逻路线。', 'byline-before', byline)).toBe(true);
    expect(follows('caption', '社区里的宣传栏', 'byline-before', byline)).toBe(false);
    // A caption of 30 characters is a picture's sentence; of 31, already a paragraph's.
    const thirty = '5月8日,巡逻队员王大山(右)与张小河在社区里商量巡逻路线。';
    const thirtyOne = '5月8日,巡逻队员王大山(右)与队员张小河在社区商量巡逻路线。';
    expect([thirty.length, thirtyOne.length]).toEqual([30, 31]);
    expect(follows('caption', thirty, 'byline-before', byline)).toBe(true);
    expect(follows('caption', thirtyOne, 'byline-before', byline)).toBe(false);
    expect(follows('caption', '5月8日,东湾街道老街社区的巡逻队员王大山(右)与张小河在社区办公室里商量巡逻路线。', 'byline-before', byline)).toBe(false);
  });

  it("a paragraph below a picture's caption: a lead, or a long paragraph below a caption of at most 15 characters, or of one clause of at most 24, closed by a full stop", () => {
    expect(follows('caption', '队员们合影纪念。', 'body', LONG_PARAGRAPH_BELOW_CAPTION)).toBe(true);
    expect(follows('caption', '队员们合影纪念。', 'body', '志愿者们在路口劝导行人。')).toBe(false);
    // One clause, no comma inside: a picture's caption up to 24 characters; of 25, the text's first paragraph.
    const twentyFour = '摄影志愿者在文化广场为社区老人们拍下新春全家福。';
    const twentyFive = '摄影志愿者在文化广场为社区的老人们拍下新春全家福。';
    expect([twentyFour.length, twentyFive.length]).toEqual([24, 25]);
    expect(follows('caption', twentyFour, 'body', LONG_PARAGRAPH_BELOW_CAPTION)).toBe(true);
    expect(follows('caption', twentyFive, 'body', LONG_PARAGRAPH_BELOW_CAPTION)).toBe(false);
    expect(follows('caption', '志愿者在路口劝导行人遵守交通规则。', 'body', LONG_PARAGRAPH_BELOW_CAPTION)).toBe(true);
    // A comma inside, an opening like a news paragraph's, or `图为…`: the text's first paragraph.
    expect(follows('caption', '早上七点,志愿者在路口劝导行人。', 'body', LONG_PARAGRAPH_BELOW_CAPTION)).toBe(false);
    expect(follows('caption', '柳岸社区志愿者在路口劝导行人遵守规则。', 'body', LONG_PARAGRAPH_BELOW_CAPTION)).toBe(false);
    expect(follows('caption', '图为志愿者在路口劝导行人遵守交通规则。', 'body', LONG_PARAGRAPH_BELOW_CAPTION)).toBe(false);
    expect(follows('caption', '开进第300站!', 'body', LONG_PARAGRAPH_BELOW_CAPTION)).toBe(false);
    expect(follows('caption', '受伤的小鹿。图片由受访者提供', 'body', LONG_PARAGRAPH_BELOW_CAPTION)).toBe(true);
    expect(follows('caption', '志愿者在路口劝导行人遵守交通规则。', 'body', '本报讯 近日,苏村社区开展义诊活动。')).toBe(true);
    // A feature's first sub-heading may stand below such a caption too, and below no other.
    expect(follows('caption', '远眺江城城区。', 'subheading', '道路设施日渐齐全')).toBe(true);
    expect(follows('caption', '志愿者在路口劝导行人遵守交通规则。', 'subheading', '道路设施日渐齐全')).toBe(true);
    expect(follows('caption', '早上七点,志愿者在路口劝导行人。', 'subheading', '道路设施日渐齐全')).toBe(false);
  });

  it("a credit below a paragraph is that paragraph's: it opens no item as a byline above the text, and is no byline", () => {
    expect(follows('body', PARAGRAPH, 'byline-before', '林小雨/图')).toBe(false);
    expect(follows('headline', HEADLINE, 'byline-before', '林小雨/图')).toBe(true);
    // Only above the text may a credit stand among the bylines; below it, a credit is a credit.
    expect(fits('byline-before', '林小雨/图')).toBe(true);
    expect(fits('byline', '林小雨/图')).toBe(false);
    // A lead that ends with a credit opens the text: no byline above it.
    expect(fits('byline-before', '本报讯 林小雨/图')).toBe(false);
  });

  it('a couplet is a title whole: the short line below it is not its second line', () => {
    expect(follows('headline', '巷口添新绿 邻里享清凉', 'headline', '柳岸社区植树')).toBe(false);
    expect(follows('headline', '巷口添新绿邻里享清凉', 'headline', '柳岸社区植树')).toBe(true);
  });

  it('a sub-heading never cuts a sentence off', () => {
    expect(follows('body', '居民们说服务更方便了', 'subheading', '畅通一条路')).toBe(false);
    expect(follows('body', PARAGRAPH, 'subheading', '畅通一条路')).toBe(true);
  });

  it('below an organisation or a kicker, a header line is no headline', () => {
    expect(follows('organisation', '东城社区', 'headline', '东城社区:科学育儿进万家')).toBe(false);
    expect(follows('kicker', '春风送暖', 'headline', '东城社区:科学育儿进万家')).toBe(false);
    expect(follows('organisation', '东城社区', 'headline', HEADLINE)).toBe(true);
  });

  it('the title again only below a web-copy line', () => {
    expect(follows('meta', '来源: 江城日报', 'subtitle', HEADLINE)).toBe(true);
    expect(follows('meta', '【图片新闻】', 'subtitle', HEADLINE)).toBe(false);
  });

  it('below a caption, the paragraph opens with its lead', () => {
    expect(follows('caption', '图为居民在活动现场。', 'body', '居民们来到广场。')).toBe(false);
    expect(follows('caption', '图为居民在活动现场。', 'body', '本报讯 近日,苏村社区开展义诊活动。')).toBe(true);
  });

  it("a title's second line: short below a short headline, and never below a blank line", () => {
    expect(follows('headline', '江城志愿服务大篷车', 'headline', '开进第300站!')).toBe(true);
    expect(follows('headline', '江城志愿服务车开进东湾街道柳岸社区', 'headline', '第300站')).toBe(false);
    expect(follows('headline', '江城志愿服务车', 'headline', '二十多支志愿者队伍为居民理发修家电')).toBe(false);
    expect(follows('headline', '江城志愿服务车', 'headline', '柳岸社区:长者食堂开张')).toBe(false);
    // A longer line below a short one: the title below its kicker.
    expect(follows('headline', '春风拂面', 'headline', '东湖社区办起四点半课堂')).toBe(false);
    const apart = { ...contextOf('开进第300站!'), afterBlank: true };
    expect(transition('headline', readLine('江城志愿服务大篷车', DEFAULT_VOCABULARY), 'headline', apart)).toBe(IMPOSSIBLE);
    // Not a line opened by 暨 either: below a blank line it opens a title of its own.
    const joinedApart = { ...contextOf('暨“邻里互助 温暖同行”志愿服务活动'), afterBlank: true };
    expect(transition('headline', readLine('柳岸开展“洁净家园 共建文明”宣传周', DEFAULT_VOCABULARY), 'headline', joinedApart)).toBe(IMPOSSIBLE);
    // It opens no item of its own: the title goes on.
    expect(opensItem('headline', 'headline')).toBe(false);
  });

  it("pictures' labels stand below a web copy's lines or under each other, never right below a headline or a caption's sentence", () => {
    expect(follows('meta', '2024-07-14 09:23  来源:江城晚报', 'caption', '队员们为老人理发')).toBe(true);
    expect(follows('caption', '队员们为老人理发', 'caption', '路口交通劝导')).toBe(true);
    expect(follows('headline', '暖心服务不打烊', 'caption', '队员们为老人理发')).toBe(false);
    expect(follows('caption', '图为居民在活动现场。', 'caption', '路口交通劝导')).toBe(false);
    // Below labels, the text itself, with or without a lead.
    expect(follows('caption', '路口交通劝导', 'body', '在江城的大街小巷,总有一群红马甲的身影。')).toBe(true);
    expect(follows('caption', '路口交通劝导', 'body', '本报讯 近日,苏村社区开展义诊活动。')).toBe(true);
  });
});

describe('where a page or block may stop', () => {
  it('after a paragraph, a byline or a headline freely; after an organisation at a cost; after a kicker, a sub-heading or a caption at a greater one', () => {
    for (const label of ['body', 'body-new', 'byline', 'credit', 'headline', 'header'] as const) expect(ending(label), label).toBe(0);
    expect(ending('organisation')).toBeGreaterThan(0);
    for (const label of ['kicker', 'subheading', 'caption'] as const) expect(ending(label), label).toBeGreaterThan(ending('organisation'));
    // A picture inside a text that ends with it is the text's last paragraph, its credit glued: at a cost between.
    expect(ending('picture')).toBeGreaterThan(ending('organisation'));
    expect(ending('picture')).toBeLessThan(ending('caption'));
    // A label marked as a picture's (▲, its number, the scene's stock label) may end the page, as it may end the item.
    for (const text of ['▲清扫楼道的志愿者们', '图2 志愿者在扫落叶', '活动现场']) expect(ending('picture', contextOf(text).facts), text).toBe(0);
    // A byline in brackets opens an item above its text: the last line, it opens none. A field's byline after the
    // editors' lines (`撰稿:X`) is the item's above it, and may end the page.
    expect(ending('byline-before', contextOf('(林小雨)').facts)).toBeGreaterThan(ending('organisation'));
    expect(ending('byline-before', contextOf('撰稿:林小雨').facts)).toBe(0);
    expect(ending('picture', contextOf('志愿者教孩子剪窗花。 通讯员 葛明远摄').facts)).toBe(ending('picture'));
  });
});

describe('where an item opens, and the lines outside items', () => {
  it('a kicker, an organisation and a headerless paragraph always open one', () => {
    for (const previous of [null, ...LABELS]) {
      for (const label of ['kicker', 'organisation', 'body-new'] as const) expect(opensItem(previous, label), `${label} after ${previous}`).toBe(true);
    }
  });

  it('a header opens one but below its kicker; a headline, but below its kicker or organisation', () => {
    expect(opensItem('kicker', 'header')).toBe(false);
    expect(opensItem('organisation', 'header')).toBe(true);
    expect(opensItem('body', 'header')).toBe(true);
    expect(opensItem('kicker', 'headline')).toBe(false);
    expect(opensItem('organisation', 'headline')).toBe(false);
    expect(opensItem('header', 'headline')).toBe(true);
    expect(opensItem(null, 'headline')).toBe(true);
  });

  it('a byline before the body opens one at the page start or after no head; below a head it is that head’s', () => {
    expect(opensItem(null, 'byline-before')).toBe(true);
    expect(opensItem('body', 'byline-before')).toBe(true);
    expect(opensItem('unassigned', 'byline-before')).toBe(true);
    for (const head of ['kicker', 'organisation', 'header', 'headline', 'subtitle', 'meta', 'byline-before', 'caption'] as const) {
      expect(opensItem(head, 'byline-before'), head).toBe(false);
    }
  });

  it('a web-copy line opens one where a byline before the body would: outside a head (the line naming the authors above a text)', () => {
    expect(opensItem(null, 'meta')).toBe(true);
    expect(opensItem('body', 'meta')).toBe(true);
    expect(opensItem('furniture', 'meta')).toBe(true);
    for (const head of ['kicker', 'organisation', 'header', 'headline', 'subtitle', 'meta', 'byline-before', 'caption'] as const) {
      expect(opensItem(head, 'meta'), head).toBe(false);
    }
  });

  it('no other label opens one', () => {
    for (const label of ['section', 'page', 'editor', 'directive', 'furniture', 'unassigned', 'subtitle', 'body', 'subheading', 'byline', 'credit', 'continuation'] as const) {
      expect(opensItem(null, label), label).toBe(false);
      expect(opensItem('body', label), label).toBe(false);
    }
  });

  it("a caption opens one outside a head (the first of a run of pictures' labels), not below a headline or a caption", () => {
    expect(opensItem(null, 'caption')).toBe(true);
    expect(opensItem('page', 'caption')).toBe(true);
    expect(opensItem('body', 'caption')).toBe(true);
    expect(opensItem('headline', 'caption')).toBe(false);
    expect(opensItem('caption', 'caption')).toBe(false);
  });

  it('sections, pages, editors, directives, furniture and unassigned text stand outside items', () => {
    expect(LABELS.filter(isOutside)).toEqual(['section', 'page', 'editor', 'directive', 'furniture', 'unassigned']);
  });
});

/** The cost of `label` on `text` after `previous` on `previousText`: the step alone (transition()). */
const step = (previous: Label | null, previousText: string | null, label: Label, text: string) =>
  transition(previous, previousText === null ? null : readLine(previousText, DEFAULT_VOCABULARY), label, contextOf(text));

describe('what a step costs, compared', () => {
  it("a line opened by 暨 is the title's second line for less than a short line alone is", () => {
    expect(step('headline', '柳岸开展宣传周', 'headline', '暨志愿服务活动')).toBeLessThan(step('headline', '柳岸开展宣传周', 'headline', '志愿服务活动'));
    expect(step('headline', '柳岸开展宣传周', 'headline', '志愿服务活动')).toBe(0);
  });

  it('below a couplet, a title-shaped line is the subtitle for less than below any other headline', () => {
    const below = (headline: string) => step('headline', headline, 'subtitle', '柳岸社区种下百棵香樟');
    expect(below('巷口添新绿 邻里享清凉')).toBeLessThan(below('柳岸社区植树造林'));
    expect(below('柳岸社区植树造林')).toBe(0);
  });

  it('at the page top, a line ending in a column word is the column only up to ten characters', () => {
    const atTop = (text: string, label: Label) => emission(contextOf(text, true), label);
    // Ten characters: a column's name.
    expect(atTop('临河城区社区新闻动态', 'section')).toBeLessThan(0);
    expect(atTop('临河城区社区新闻动态', 'headline')).toBeGreaterThan(atTop('临河城区社区新闻之声', 'headline'));
    // Twelve: a headline that ends in a column word (`…展学子风采`).
    expect(atTop('东坡小学艺术节展学子风采', 'section')).toBeGreaterThan(0);
    expect(atTop('东坡小学艺术节展学子风采', 'headline')).toBe(atTop('东坡小学艺术节展学子之声', 'headline'));
  });

  it("a photo set's caption opening with its hour opens its own item below another such caption; at the page's top, as any line", () => {
    const first = '9时许,街心公园里晨练的人不多。';
    const second = '11时许,菜市场里买菜的人渐渐多了。';
    expect(step('body-new', first, 'body-new', second)).toBeLessThan(step('body-new', PARAGRAPH, 'body-new', second));
    expect(step('body', first, 'body', second)).toBeGreaterThan(step('body', PARAGRAPH, 'body', second));
    // Below the caption as a paragraph of the item above (`body`), the same.
    expect(step('body', first, 'body-new', second)).toBeLessThan(step('body', PARAGRAPH, 'body-new', second));
    // It opens an item for more than a news lead does, and far less than a line that opens like no news item.
    const opening = (text: string) => emission(contextOf(text), 'body-new');
    expect(opening(second)).toBeGreaterThan(opening('本报讯 近日,菜市场里买菜的人渐渐多了。'));
    expect(opening(second)).toBeLessThan(opening('菜市场里买菜的人渐渐多了。'));
    const reasons: string[] = [];
    emission(contextOf(second), 'body-new', reasons);
    transition('body-new', readLine(first, DEFAULT_VOCABULARY), 'body-new', contextOf(second), reasons);
    expect(reasons).toEqual(['a caption opening with its hour', 'a caption opening with its hour or date, below another']);
    reasons.length = 0;
    transition('body', readLine(first, DEFAULT_VOCABULARY), 'body', contextOf(second), reasons);
    expect(reasons).toEqual(['a caption opening with its hour or date, below another']);
    // Nor is it a headline, below a caption (as text of an item or left unassigned); nor stray text going on.
    for (const previous of ['body', 'body-new', 'unassigned'] as const) {
      expect(step(previous, first, 'headline', second), previous).toBeGreaterThan(step(previous, PARAGRAPH, 'headline', second));
    }
    expect(step('unassigned', first, 'unassigned', second)).toBeGreaterThan(step('unassigned', PARAGRAPH, 'unassigned', second));
    // Two sentences are a story's paragraph: it goes on as any paragraph does.
    const story = '11时许,雨停了。居民陆续回家。';
    expect(step('body', first, 'body', story)).toBe(step('body', PARAGRAPH, 'body', story));
    // Below two such captions (the parser marks the line), a paragraph that opens with no time is the set's text: it opens an
    // item rather than going on with the last caption.
    const essay = '这一年,我走过许多社区,用镜头记下邻里之间的温暖。';
    const marked: LineContext = { ...contextOf(essay), facts: { ...readLine(essay, DEFAULT_VOCABULARY), belowCaptions: true } };
    const caption = readLine(second, DEFAULT_VOCABULARY);
    expect(transition('body-new', caption, 'body', marked)).toBeGreaterThan(transition('body-new', caption, 'body', contextOf(essay)));
    expect(transition('body-new', caption, 'body-new', marked)).toBeLessThan(transition('body-new', caption, 'body-new', contextOf(essay)));
    expect(transition('body-new', caption, 'body-new', marked) + emission(marked, 'body-new')).toBeLessThan(transition('body-new', caption, 'body', marked));
    // The same below a caption that is a paragraph of the item above; not after a caption whose credit is glued (the item
    // is over, and the next opens as any does).
    expect(transition('body', caption, 'body-new', marked)).toBeLessThan(transition('body', caption, 'body-new', contextOf(essay)));
    const credited = readLine('11时许,菜市场里买菜的人渐渐多了。 记者 林知远 摄', DEFAULT_VOCABULARY);
    expect(transition('body-new', credited, 'body-new', marked)).toBe(transition('body-new', credited, 'body-new', contextOf(essay)));
    expect(transition('unassigned', caption, 'body-new', marked)).toBe(transition('unassigned', caption, 'body-new', contextOf(essay)));
    const why: string[] = [];
    transition('body-new', caption, 'body', marked, why);
    transition('body-new', caption, 'body-new', marked, why);
    transition('body-new', caption, 'headline', contextOf(second), why);
    expect(why).toEqual(["below a photo set's captions", "the text below a photo set's captions", 'a caption below another, not a headline']);
    // Nothing above the page's first line to compare it with (this once read the facts of a line that is not there).
    expect(transition(null, null, 'body-new', contextOf(second, true))).toBe(0);
  });

  it("the first of a photo set's captions opening with their hour opens its item as the captions below it do", () => {
    // (The parser marks the run's first caption, LineFacts.opensCaptionRun; markCaptionRuns() is stated by the fixture
    // first-clock-caption.)
    const caption = '上午8:20,码头边,早起的渔民正在收网';
    const first: LineContext = { ...contextOf(caption), facts: { ...readLine(caption, DEFAULT_VOCABULARY), opensCaptionRun: true } };
    const lone = contextOf(caption);
    const lines = [PARAGRAPH, '记者沿江走了一天,请看镜头下的江畔:'];
    for (const above of lines) {
      const facts = readLine(above, DEFAULT_VOCABULARY);
      // Not the paragraph above going on, whether it ended its sentence or not …
      expect(transition('body', facts, 'body', first), above).toBeGreaterThan(transition('body', facts, 'body', lone));
      expect(transition('body', facts, 'body-new', first), above).toBeLessThan(transition('body', facts, 'body-new', lone));
      expect(transition('body', facts, 'body-new', first) + emission(first, 'body-new'), above).toBeLessThan(transition('body', facts, 'body', first) + emission(first, 'body'));
      // … nor a headline, nor stray text going on.
      expect(transition('body', facts, 'headline', first), above).toBeGreaterThan(transition('body', facts, 'headline', lone));
      expect(transition('unassigned', facts, 'unassigned', first), above).toBeGreaterThan(transition('unassigned', facts, 'unassigned', lone));
    }
    const why: string[] = [];
    transition('body', readLine(PARAGRAPH, DEFAULT_VOCABULARY), 'body', first, why);
    transition('body', readLine(PARAGRAPH, DEFAULT_VOCABULARY), 'body-new', first, why);
    transition('body', readLine(PARAGRAPH, DEFAULT_VOCABULARY), 'headline', first, why);
    expect(why).toEqual([
      "the first of a photo set's captions opening with their hour or date",
      "the first of a photo set's captions opening with their hour or date",
      "a photo set's first caption, not a headline",
    ]);
  });

  it('a paragraph that opens with a news lead, between stray lines, opens an item rather than joining their run', () => {
    const lead = '江城网临河7月11日电 柳岸社区举办邻里节。';
    const asUnassigned = step('unassigned', '@@@', 'unassigned', lead) + emission(contextOf(lead), 'unassigned') + step('unassigned', lead, 'unassigned', '|');
    const asItem = step('unassigned', '@@@', 'body-new', lead) + emission(contextOf(lead), 'body-new') + step('body-new', lead, 'unassigned', '|');
    expect(asItem).toBeLessThan(asUnassigned);
  });

  it('a page line or unassigned text below a head leaves a headline without text: dearer than after a paragraph', () => {
    expect(step('headline', HEADLINE, 'page', '第A04版:城事社区')).toBeGreaterThan(step('body', PARAGRAPH, 'page', '第A04版:城事社区'));
    expect(step('headline', HEADLINE, 'unassigned', '@@@ ###')).toBeGreaterThan(step('body', PARAGRAPH, 'unassigned', '@@@ ###'));
  });

  it('a headline after a paragraph costs a little (the item before could go on), at the page start or after unassigned text nothing', () => {
    expect(step('body', PARAGRAPH, 'headline', HEADLINE)).toBeGreaterThan(step(null, null, 'headline', HEADLINE));
    expect(step('body-new', PARAGRAPH, 'headline', HEADLINE)).toBeGreaterThan(step('unassigned', '@@@ ###', 'headline', HEADLINE));
  });

  it('a byline line opens an item below a paragraph for less in its own words than as a name in brackets, which ends the paragraph above', () => {
    const paragraph = '柳岸社区的长者食堂开张了,八十岁以上的老人吃饭打八折。';
    const opening = (text: string) => step('body', paragraph, 'byline-before', text);
    expect(opening('本报记者 叶青')).toBeLessThan(opening('(叶 青)'));
    expect(opening('□记者 叶青')).toBeLessThan(opening('(叶 青)'));
    // Below a headline, any byline is the head's, for nothing.
    expect(step('headline', '长者食堂开张', 'byline-before', '(叶 青)')).toBe(0);
  });

  it('a paragraph opening with a date and an organisation costs no more than any below a sub-heading: the part of a feature opens so', () => {
    const part = '10月6日,东湾街道柳岸社区举办中秋敬老宴,六十多位老人围坐一堂。';
    expect(step('subheading', '情暖桑榆:敬老爱老暖人心', 'body', part)).toBe(step('subheading', '情暖桑榆:敬老爱老暖人心', 'body', PARAGRAPH));
    // After a paragraph, the same opening more likely starts the next brief.
    expect(step('body', '柳岸社区的长者食堂开张了,八十岁以上的老人吃饭打八折。', 'body', part)).toBeGreaterThan(0);
  });

  it('a line ending in a dash is a kicker rather than a headline: it leads into the title below', () => {
    const dashed = contextOf('三百多户居民将陆续收到过节物资——');
    const plain = contextOf('三百多户居民将陆续收到过节物资');
    expect(emission(dashed, 'kicker')).toBeLessThan(emission(dashed, 'headline'));
    expect(emission(plain, 'kicker')).toBeGreaterThan(emission(plain, 'headline'));
  });

  it("a picture's label costs less under another: a run of labels is likelier than one", () => {
    const first = emission(contextOf('路口交通劝导'), 'caption') + step('meta', '2024-07-14 09:23  来源:江城晚报', 'caption', '路口交通劝导');
    const next = emission(contextOf('路口交通劝导'), 'caption') + step('caption', '队员们为老人理发', 'caption', '路口交通劝导');
    expect(next).toBeLessThan(first);
  });

  it('a lead below one short line is dearer than below a web-copy line: the line is more often the title again than a label', () => {
    const lead = '本报讯 近日,苏村社区开展义诊活动。';
    const asTitle = emission(contextOf('全市新添十个示范社区'), 'subtitle') + step('meta', '2024-03-02 09:15 来源:江城日报', 'subtitle', '全市新添十个示范社区') + step('subtitle', '全市新添十个示范社区', 'body', lead);
    const asLabel = emission(contextOf('全市新添十个示范社区'), 'caption') + step('meta', '2024-03-02 09:15 来源:江城日报', 'caption', '全市新添十个示范社区') + step('caption', '全市新添十个示范社区', 'body', lead);
    expect(asTitle).toBeLessThan(asLabel);
  });

  it('a paragraph opening a new item after a paragraph: free with a lead, at a cost without one', () => {
    const lead = '本报讯 近日,苏村社区开展义诊活动。';
    expect(step('body', PARAGRAPH, 'body-new', lead)).toBe(step('unassigned', '@@@ ###', 'body-new', lead));
    expect(step('body', PARAGRAPH, 'body-new', '居民们来到广场。')).toBeGreaterThan(step('body', PARAGRAPH, 'body-new', lead));
  });

  it('another organisation than the paragraph before, with a dateline, is a surer sign of a new item than without', () => {
    const before = '西城街道开展义诊活动。';
    expect(step('body', before, 'body', '苏村社区近日开展义诊活动。')).toBeGreaterThan(step('body', before, 'body', '苏村社区开展义诊活动。'));
  });

  it('a paragraph that opens with its purpose names its organisation a little later: one with a dateline and another below it is another brief', () => {
    const purpose = '为丰富居民生活,10月8日,东湾区柳岸街道组织居民游园。';
    const dated = '近日,东湾区桂园街道开展义诊活动。';
    // As another organisation opening the paragraph before would be; below one that names the same, the story goes on.
    expect(step('body', purpose, 'body', dated)).toBe(step('body', '柳岸街道组织居民游园。', 'body', dated));
    expect(step('body', purpose, 'body', '近日,东湾区柳岸街道又开展义诊活动。')).toBeLessThan(step('body', purpose, 'body', dated));
    // Without its dateline, or below a news lead's paragraph (a brief of its own would have its lead), it goes on.
    expect(step('body', purpose, 'body', '东湾区桂园街道开展义诊活动。')).toBeLessThan(step('body', purpose, 'body', dated));
    expect(step('body', `本报讯 ${purpose}`, 'body', dated)).toBeLessThan(step('body', purpose, 'body', dated));
  });

  it('a clause of purpose too long for the opening puts the dateline and the organisation off: both still name the paragraph', () => {
    const long = '为丰富辖区老年居民的文化生活,进一步营造邻里和睦、互帮互助的社区氛围,弘扬敬老爱老的传统美德,5月9日,东湾区柳岸街道举办运动会。';
    const dated = '近日,东湾区桂园街道开展义诊活动。';
    // Below it, another organisation's dated paragraph: as below one that opens with its organisation.
    expect(step('body', long, 'body', dated)).toBe(step('body', '柳岸街道举办运动会。', 'body', dated));
    // It opens another item below another organisation's paragraph.
    expect(step('body', dated, 'body', long)).toBeGreaterThan(step('body', dated, 'body', '居民们纷纷参加。'));
    // Below a news lead's paragraph, the story goes on.
    expect(step('body', `本报讯 ${long}`, 'body', dated)).toBeLessThan(step('body', long, 'body', dated));
  });

  it('outside a head, a web-copy line opens an item only when it names authors; below a headline any web-copy line is its meta', () => {
    const authors = '作者:唐晓 吴佳  来源:江城网';
    const source = '来源:江城网 2024-05-20';
    expect(step(null, null, 'meta', authors)).toBeLessThan(IMPOSSIBLE);
    expect(step('body', PARAGRAPH, 'meta', authors)).toBeLessThan(IMPOSSIBLE);
    expect(step(null, null, 'meta', source)).toBe(IMPOSSIBLE);
    expect(step('body', PARAGRAPH, 'meta', source)).toBe(IMPOSSIBLE);
    expect(step('headline', HEADLINE, 'meta', source)).toBeLessThan(IMPOSSIBLE);
  });

  it('a subtitle has words: a number alone below a web-copy line is none', () => {
    expect(fits('subtitle', '柳岸社区的一天')).toBe(true);
    expect(fits('subtitle', '2025')).toBe(false);
  });

  it("below a title's first line that ends in its verb (`柳岸社区举办`), a longer line is the title's second: the verb's object", () => {
    expect(follows('headline', '柳岸社区举办', 'headline', '“邻里共赏月,同心庆团圆”故事会')).toBe(true);
    // Below any other short line, a longer one is no second line of the title (the first is a kicker then).
    expect(follows('headline', '柳岸社区', 'headline', '“邻里共赏月,同心庆团圆”故事会')).toBe(false);
    // Nor is a sentence, or a header.
    expect(follows('headline', '柳岸社区举办', 'headline', '中秋民俗故事会办得很热闹。')).toBe(false);
  });

  it("below a column's name, only another column's name is a section: a site's path printed a line a level", () => {
    expect(follows('section', '学子风采', 'section', '学生新闻')).toBe(true);
    expect(follows('section', '学子风采', 'section', '首页 - 学生新闻 - 正文')).toBe(false);
    expect(follows('section', '学子风采', 'section', '敬老院里的志愿者')).toBe(false);
  });

  it('after a paragraph whose byline is glued to it, a byline after it is refused, after a paragraph opening an item too', () => {
    expect(follows('body-new', '居民们来到广场。(赵 璐)', 'byline', '(李 莉)')).toBe(false);
    expect(follows('body-new', PARAGRAPH, 'byline', '(李 莉)')).toBe(true);
  });
});

describe("the grammar's shape: which label may follow which (mayFollow)", () => {
  // Where an item may start: the page's start, between items, after an item's end, after a paragraph; after a picture
  // inside the text too, where it is a label marked `▲` (transition() asks the line).
  const START: (Label | null)[] = [null, 'section', 'page', 'editor', 'directive', 'furniture', 'unassigned', 'byline', 'credit', 'continuation', 'body', 'body-new', 'picture'];
  // The head's labels but the kicker (which only a headline or a header follows) and the caption (only captions, web-copy lines and the lead).
  const HEAD: Label[] = ['organisation', 'header', 'headline', 'subtitle', 'meta', 'byline-before'];
  // (A picture inside the text ends it only as a label marked `▲`: transition() asks the line.)
  const ANYWHERE_BUT_RESTRICTED: (Label | null)[] = [null, ...LABELS.filter((label) => label !== 'kicker' && label !== 'subheading' && label !== 'caption')];
  const AFTER: Record<Label, (Label | null)[]> = {
    // Before any item: at the page's start, after lines about the page, or after unassigned text; below another
    // column's name, a deeper one (transition() asks the line).
    section: [null, 'section', 'page', 'editor', 'directive', 'furniture', 'unassigned'],
    page: ANYWHERE_BUT_RESTRICTED,
    editor: ANYWHERE_BUT_RESTRICTED,
    directive: ANYWHERE_BUT_RESTRICTED,
    furniture: ANYWHERE_BUT_RESTRICTED,
    unassigned: ANYWHERE_BUT_RESTRICTED,
    kicker: START,
    // Below a headline, the title's second line.
    headline: [...START, 'kicker', 'organisation', 'headline'],
    header: [...START, 'kicker', ...HEAD],
    organisation: [...START, ...HEAD],
    subtitle: ['header', 'headline', 'subtitle', 'meta'],
    // Or outside a head, where an item may start: a web-copy line naming the authors of the text below (its step decides).
    meta: [...START, ...HEAD, 'caption'],
    // (Outside a head, only a run of pictures' labels: transition() asks the line.)
    caption: [...START, ...HEAD, 'caption'],
    'byline-before': [...START, ...HEAD, 'caption'],
    body: [...HEAD, 'caption', 'body', 'body-new', 'subheading', 'picture'],
    'body-new': START,
    subheading: ['body', 'body-new', 'subheading', 'caption', 'picture'],
    // Below the item's byline or credit, a label marked `▲` (transition() asks the line).
    picture: ['body', 'body-new', 'picture', 'byline', 'credit'],
    byline: ['byline', 'body', 'body-new', 'credit', 'picture'],
    credit: ['credit', 'byline', 'body', 'body-new'],
    continuation: ['body', 'body-new'],
  };

  it.each(LABELS)('%s', (label) => {
    const allowed = [null, ...LABELS].filter((previous) => mayFollow(previous, label));
    expect(new Set(allowed)).toEqual(new Set(AFTER[label]));
  });
});

describe('what a line costs, compared', () => {
  const own = (label: Label, text: string) => emission(contextOf(text), label);

  it('each sign a paragraph opening an item bears, but a lead, costs it something', () => {
    expect(own('body-new', '本报讯 近日,苏村社区开展义诊活动。')).toBe(0);
    for (const text of ['☆东坡中学举行运动会。', '9月28日,居民们来到广场。', '图为居民们在广场上跳舞。', '近日,居民们来到广场。', '市民陈女士反映:小区门口的路灯坏了。']) expect(own('body-new', text), text).toBeGreaterThan(0);
  });

  it('a paragraph of no words, or a continuation marker read as a paragraph, costs something', () => {
    expect(own('body', '*')).toBeGreaterThan(own('body', PARAGRAPH));
    expect(own('body', '(下转第六版)')).toBeGreaterThan(own('body', '(东坡小学四年级)'));
  });

  it('below a headline a dateline is the surest opening; a cut sentence goes on more surely than a new paragraph follows a finished one', () => {
    expect(step('headline', HEADLINE, 'body', '近日,居民们来到广场,参加义诊活动。')).toBeLessThan(step('headline', HEADLINE, 'body', '居民们来到广场,参加义诊活动。'));
    expect(step('body', LONG_CUT_PARAGRAPH, 'body', '为他们打扫房间。')).toBeLessThan(step('body', PARAGRAPH, 'body', '居民们来到广场。'));
  });

  it('another organisation opening a paragraph: a new brief after an item’s one paragraph, an example after its second', () => {
    const whole = (previous: Label, label: Label) => step(previous, '西城街道开展义诊活动。', label, '苏村社区开展义诊活动。') + own(label, '苏村社区开展义诊活动。');
    // A column of headerless briefs, each one paragraph: the next opens its own item.
    expect(whole('body-new', 'body-new')).toBeLessThan(whole('body-new', 'body'));
    // Below a piece's second paragraph (its lead-in, its first example), more of the piece.
    expect(whole('body', 'body')).toBeLessThan(whole('body', 'body-new'));
    // With its own dateline, a new item either way.
    const dated = (previous: Label, label: Label) => step(previous, '西城街道开展义诊活动。', label, '苏村社区近日开展义诊活动。') + own(label, '苏村社区近日开展义诊活动。');
    expect(dated('body', 'body-new')).toBeLessThan(dated('body', 'body'));
  });
});

describe('the reasons and limits of rules no case above states', () => {
  /** explain() of a case whose lines carry facts the parser sets before labelling (a run of pictures' labels, a title printed again). */
  function explainWith(example: Case, own: Partial<LineContext['facts']>, before: Partial<LineContext['facts']> = {}): { allowed: boolean; reasons: string[] } {
    const reasons: string[] = [];
    const line = contextOf(example.text, example.pageTop, example.afterBlank);
    Object.assign(line.facts, own);
    const previousFacts = example.after === null ? null : Object.assign(readLine(example.after[1], DEFAULT_VOCABULARY), before);
    const cost = emission(line, example.label, reasons);
    const next = transition(example.after?.[0] ?? null, previousFacts, example.label, line, reasons);
    return { allowed: cost < IMPOSSIBLE && next < IMPOSSIBLE, reasons };
  }
  const says = (example: Case) => expect(explain(example)).toEqual({ allowed: true, reasons: example.reasons });

  it('a line ends in a dash with `——` or `--`, not with one hyphen, nor with a score after one', () => {
    says({ after: null, label: 'kicker', text: '春风送暖进万家--', reasons: ['ends in a dash, leading into the title'] });
    says({ after: null, label: 'kicker', text: '春风送暖进万家-', reasons: ['short, no sentence end'] });
    says({ after: null, label: 'kicker', text: '社区足球赛东湖队胜西湖队3-1', reasons: ['short, no sentence end'] });
    says({ after: null, label: 'headline', text: '春风送暖进万家——', reasons: ['short, no sentence end', 'ends in a dash: leads into a title'] });
  });

  it("a couplet at the page top or as a kicker says so; a column's name with its day is a column's", () => {
    says({ after: null, label: 'section', text: '巷口添新绿 邻里享清凉', pageTop: true, reasons: ['first line, short, unpunctuated', "two matched halves: a headline's couplet"] });
    says({ after: null, label: 'kicker', text: '巷口添新绿 邻里享清凉', reasons: ['short, no sentence end', "two matched halves: a headline's couplet"] });
    says({ after: null, label: 'section', text: '简讯 2024年05月12日', pageTop: true, reasons: ["a column's name and the issue's day"] });
  });

  it('an organisation and its colon alone is a header without a title, dearer than one with its title', () => {
    says({ after: null, label: 'header', text: '柳岸社区:', reasons: ['organisation and colon, no title'] });
    expect(emission(contextOf('柳岸社区:'), 'header')).toBeGreaterThan(emission(contextOf('柳岸社区:长者食堂开张'), 'header'));
  });

  it("a web copy's lines below the head: its editor, a stray mark (dearer than its other lines), the line naming the authors above a text", () => {
    says({ after: ['headline', HEADLINE], label: 'meta', text: '编辑:赵华生', reasons: ['an editor line'] });
    says({ after: ['headline', HEADLINE], label: 'meta', text: '\\\\', reasons: ['no words'] });
    expect(emission(contextOf('\\\\'), 'meta')).toBeGreaterThan(emission(contextOf('来源: 江城日报'), 'meta'));
    says({ after: ['body', PARAGRAPH], label: 'meta', text: '作者:张三 来源:江城网', reasons: ['web copy line', 'names the authors of the text below'] });
    // An editor line is never a subtitle nor a headline, title-shaped as it is.
    expect(emission(contextOf('责任编辑:王芳'), 'subtitle')).toBe(IMPOSSIBLE);
    expect(emission(contextOf('终审:赵六'), 'headline')).toBe(IMPOSSIBLE);
    expect(emission(contextOf('责任编辑:王芳'), 'headline')).toBe(IMPOSSIBLE);
  });

  it("pictures' labels: up to 20 characters, below the web copy's lines or another label, in a run above the text", () => {
    says({ after: ['meta', '2024-07-14 09:23  来源:江城晚报'], label: 'caption', text: '柳岸社区志愿者为辖区独居老人送去新鲜蔬菜', reasons: ["short, no sentence end: a picture's label", "a picture's label below the web copy's lines"] });
    says({ after: ['caption', '队员们为老人理发'], label: 'caption', text: '路口交通劝导', reasons: ["short, no sentence end: a picture's label", "another picture's label"] });
    const run = { labelRun: true };
    expect(explainWith({ after: null, label: 'caption', text: '志愿者为老人义诊。', reasons: [] }, run)).toEqual({
      allowed: true,
      reasons: ["one of a run of short lines above a long paragraph: pictures' labels", "pictures' labels open the item"],
    });
    // (Opening the item, a label that shows people at work or a scene is no column or headline, sentence or not.)
    expect(explainWith({ after: null, label: 'caption', text: '小朋友们参观消防车', reasons: [] }, { ...run, peopleAtWork: true }).allowed).toBe(true);
    expect(explainWith({ after: null, label: 'caption', text: '志愿者合影', reasons: [] }, run).allowed).toBe(true);
    expect(explainWith({ after: null, label: 'caption', text: '邻里节开幕', reasons: [] }, run).allowed).toBe(false);
    expect(explainWith({ after: ['caption', '志愿者为老人义诊。'], label: 'caption', text: '孩子们在学画。', reasons: [] }, run, run)).toEqual({
      allowed: true,
      reasons: ["one of a run of short lines above a long paragraph: pictures' labels", "a picture's label"],
    });
    // Below a caption's sentence too long to be one of the run (49 characters), the run's first label, no sentence, is one.
    const long = '志愿者和居民一起在新建成的口袋公园里种下月季、海棠和桂花，为这片曾经杂草丛生的空地增添了一抹亮色。';
    expect(explainWith({ after: ['caption', long], label: 'caption', text: '孩子们在滑梯上玩耍', reasons: [] }, run)).toEqual({
      allowed: true,
      reasons: ["one of a run of short lines above a long paragraph: pictures' labels", "a picture's label"],
    });
    expect(explainWith({ after: ['caption', '志愿者为老人义诊。'], label: 'body', text: LONG_PARAGRAPH_BELOW_CAPTION, reasons: [] }, {}, run)).toEqual({
      allowed: true,
      reasons: ["the text below its pictures' labels"],
    });
    // A headline is no label, whatever run its line stood in: the paragraph below it is weighed as below any headline.
    expect(explainWith({ after: ['headline', HEADLINE], label: 'body', text: '本报讯 近日,苏村社区开展义诊活动。', reasons: [] }, {}, run)).toEqual({
      allowed: true,
      reasons: ['opens with a news lead', 'a news lead below a headline'],
    });
  });

  it("the text below a picture's caption: below labels, below a short caption of up to 15 characters a paragraph of 40 or more", () => {
    says({ after: ['caption', '队员们为老人理发'], label: 'body', text: '本报讯 近日,苏村社区开展义诊活动。', reasons: ['opens with a news lead', "a news lead below pictures' labels"] });
    says({ after: ['caption', '队员们为老人理发'], label: 'body', text: LONG_PARAGRAPH_BELOW_CAPTION, reasons: ["below pictures' labels"] });
    const forty = '3月8日,东坡中学的孩子们来到柳岸社区,为独居老人打扫房间、整理院子、晾晒被褥。';
    const fifteen = '志愿者在广场上教孩子们剪窗花。';
    expect([forty.length, fifteen.length]).toEqual([40, 15]);
    says({ after: ['caption', '队员们合影纪念。'], label: 'body', text: forty, reasons: ["a paragraph below a picture's short caption"] });
    says({ after: ['caption', fifteen], label: 'body', text: LONG_PARAGRAPH_BELOW_CAPTION, reasons: ["a paragraph below a picture's short caption"] });
    says({ after: ['caption', '远眺江城城区。'], label: 'subheading', text: '道路设施日渐齐全', reasons: ['short, no sentence end', "below a picture's short caption"] });
  });

  it('a byline in brackets opening a paragraph: an item of its own, below a headline, or inside an item', () => {
    const opening = '(东坡小学通讯员 林小雨)周末，我们去柳岸社区看望老人。';
    says({ after: null, label: 'body-new', text: opening, reasons: ['opens with its byline in brackets'] });
    says({ after: ['headline', HEADLINE], label: 'body', text: opening, reasons: ['opens with its byline in brackets, below a headline'] });
    says({ after: ['body', PARAGRAPH], label: 'body', text: opening, reasons: ['opens with a byline in brackets inside an item'] });
    // Opening an item so costs a little: more than a lead, less than a paragraph that opens like no news item.
    const own = (text: string) => emission(contextOf(text), 'body-new');
    expect(own(opening)).toBeGreaterThan(own('本报讯 近日,苏村社区开展义诊活动。'));
    expect(own(opening)).toBeLessThan(own(PARAGRAPH));
  });

  it('lines between and after paragraphs: a label in brackets, the title again, a byline opening an item, a writer below a credit', () => {
    says({ after: ['body', PARAGRAPH], label: 'body', text: '【图片新闻】', reasons: ['a label in brackets', 'short, no sentence end'] });
    expect(explainWith({ after: ['body', '居民们说服务更方便了'], label: 'body', text: HEADLINE, reasons: [] }, { repeatsTitle: true })).toEqual({ allowed: true, reasons: ['the title again'] });
    // Between whole paragraphs, the title again stands where a picture was (a web copy keeps the picture's alt text).
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'picture', text: HEADLINE, reasons: [] }, { repeatsTitle: true })).toEqual({
      allowed: true,
      reasons: ['the title again, where a picture was', 'between paragraphs'],
    });
    // Printed once, a title-shaped line is no picture; nor is the title again below a cut sentence.
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'picture', text: HEADLINE, reasons: [] }, {}).allowed).toBe(false);
    expect(explainWith({ after: ['body', '居民们说服务更方便了'], label: 'picture', text: HEADLINE, reasons: [] }, { repeatsTitle: true }).allowed).toBe(false);
    // A credit or a byline printed again is that line: each caption of a photo page may close with the same credit.
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'picture', text: '晓 岚 摄', reasons: [] }, { repeatsTitle: true }).allowed).toBe(false);
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'picture', text: '(李 莉)', reasons: [] }, { repeatsTitle: true }).allowed).toBe(false);
    // A page line or a news lead printed again is that line, not a picture's.
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'picture', text: '第A04版:城事社区', reasons: [] }, { repeatsTitle: true }).allowed).toBe(false);
    // So is an editor line printed again (it is title-shaped, so the parser marks it so).
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'picture', text: '责任编辑:王芳', reasons: [] }, { repeatsTitle: true }).allowed).toBe(false);
    const lead = { text: '本报讯', month: null, day: null, people: [] };
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'picture', text: HEADLINE, reasons: [] }, { repeatsTitle: true, lead }).allowed).toBe(false);
    // Below a web copy's lines, the title word for word is the head's; printed over and over, each time the line before.
    const webLine = { furniture: 'web copy line' as const };
    expect(explainWith({ after: ['meta', '2024-05-06 10:12'], label: 'subtitle', text: HEADLINE, reasons: [] }, { repeatsTitle: true }, webLine)).toEqual({
      allowed: true,
      reasons: ['short, no sentence end', 'the same title again, below a web-copy line'],
    });
    expect(explainWith({ after: ['subtitle', HEADLINE], label: 'subtitle', text: HEADLINE, reasons: [] }, { repeatsTitle: true, repeatsLastTitle: true })).toEqual({
      allowed: true,
      reasons: ['short, no sentence end', 'the title printed once more'],
    });
    // Right below a headline, the same line again is the title printed again (or its first part, the rest below it).
    expect(explainWith({ after: ['headline', HEADLINE], label: 'subtitle', text: HEADLINE, reasons: [] }, { repeatsTitle: true, repeatsLastTitle: true }).reasons).toEqual(['short, no sentence end', 'the title printed again right below it']);
    // Not below a header's line: each printing of it heads an item of its own.
    expect(explainWith({ after: ['headline', '柳岸社区: 义诊进社区'], label: 'subtitle', text: '柳岸社区: 义诊进社区', reasons: [] }, { repeatsTitle: true, repeatsLastTitle: true }).reasons).not.toContain('the title printed again right below it');
    // A header's line printed again is the next brief's head (a page of briefs under one title), not the title once more.
    expect(explainWith({ after: ['subtitle', '柳岸社区: 义诊进社区'], label: 'subtitle', text: '柳岸社区: 义诊进社区', reasons: [] }, { repeatsTitle: true, repeatsLastTitle: true }).reasons).not.toContain('the title printed once more');
    // A title that repeats one further up (a contents list's) but not the line before is a subtitle as any line is.
    expect(explainWith({ after: ['subtitle', '旧车棚变身读书角'], label: 'subtitle', text: HEADLINE, reasons: [] }, { repeatsTitle: true }).reasons).toEqual(['short, no sentence end']);
    says({ after: ['body', PARAGRAPH], label: 'byline-before', text: '(李 莉)', reasons: ['a byline (brackets)', 'opens an item'] });
    says({ after: ['body', PARAGRAPH], label: 'furniture', text: '【图片新闻】', reasons: ['a label in brackets'] });
    // Below a title-shaped line, only a web copy's line is that title's: a label in brackets costs no more there.
    says({ after: ['body-new', '南星街道有块“共享菜园”'], label: 'furniture', text: '【图片新闻】', reasons: ['a label in brackets'] });
    // `文/X` below a picture's credit is the next text's writer; below a paragraph, its own.
    says({ after: ['credit', '雷 洁摄'], label: 'byline', text: '文/周宁', reasons: ['a byline (bare)', "a writer's byline below a picture's credit"] });
    says({ after: ['body', PARAGRAPH], label: 'byline', text: '文/周宁', reasons: ['a byline (bare)'] });
    says({ after: ['byline', '本报记者 孔越'], label: 'byline', text: '文/周宁', reasons: ['a byline (bare)', 'a second byline line'] });
  });

  it("the title printed again above each picture of a photo page: the picture's label opening its item, above its credited caption", () => {
    const credited = '5月25日,孩子们在操场上排队合影。本报记者 温川 摄';
    // Below a caption closed by its credit, or below a finished paragraph: the next picture's label.
    expect(explainWith({ after: ['body-new', credited], label: 'caption', text: HEADLINE, reasons: [] }, { repeatsTitle: true })).toEqual({
      allowed: true,
      reasons: ["the title again: a picture's label", 'the title again above a picture'],
    });
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'caption', text: HEADLINE, reasons: [] }, { repeatsTitle: true }).allowed).toBe(true);
    // Printed once, or below a line that is no finished text (a page's top line printed twice), it opens no item as a label.
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'caption', text: HEADLINE, reasons: [] }, {}).allowed).toBe(false);
    expect(explainWith({ after: ['body-new', '柳岸社区清扫背街小巷'], label: 'caption', text: HEADLINE, reasons: [] }, { repeatsTitle: true }).allowed).toBe(false);
    // Below the label, only its picture's caption with the credit glued; a copy printed twice keeps its headline and text.
    expect(explainWith({ after: ['caption', HEADLINE], label: 'body', text: credited, reasons: [] }, {}, { repeatsTitle: true }).allowed).toBe(true);
    expect(explainWith({ after: ['caption', HEADLINE], label: 'body', text: WHOLE_PARAGRAPH, reasons: [] }, {}, { repeatsTitle: true }).allowed).toBe(false);
    expect(explainWith({ after: ['caption', HEADLINE], label: 'caption', text: '志愿者给老人剪发', reasons: [] }, {}, { repeatsTitle: true }).allowed).toBe(false);
  });

  it("a credited caption of one sentence below a text broken into phrases: the next picture's, not the phrases' sentence", () => {
    const phrase = '一个温暖的“邻里之家”展现在大家面前';
    says({ after: ['body', phrase], label: 'body', text: '这是前几天拍下的柳岸社区议事厅。本报记者 温川 摄', reasons: ["a picture's caption below the text's phrases"] });
    says({ after: ['body', phrase], label: 'body', text: '近日,居民在社区文明实践站唱山歌。本报记者 温川 摄', reasons: ["a picture's caption below the text's phrases"] });
    // Below a phrase, the sentence's end with a credit is still its end when it opens otherwise (phrases: three short lines
    // in a row; below one short line alone, a head, a credited caption is a picture's, as below a blank line).
    says({ after: ['body', phrase], label: 'body', text: '得到了居民的好评。本报记者 温川 摄', shortLinesAbove: 3, reasons: ['goes on after a short line'] });
    says({ after: ['body', phrase], label: 'body', text: '得到了居民的好评。本报记者 温川 摄', shortLinesAbove: 1, reasons: ["a picture's caption and its credit below a short line"] });
  });

  it('the word a copy prints where each picture was (`图片`, again and again): a picture opening its item, above a caption credited or not', () => {
    const placeholder = { repeatsTitle: true, pictureFile: true };
    expect(explainWith({ after: ['body', PARAGRAPH], label: 'caption', text: '图片', reasons: [] }, placeholder).allowed).toBe(true);
    // Below it, one sentence without a credit is the picture's caption; below the title again, that is the story going on.
    const uncredited = '6月20日,柳岸社区的居民在广场上休闲、聊天。';
    expect(explainWith({ after: ['caption', '图片'], label: 'body', text: uncredited, reasons: [] }, {}, placeholder).allowed).toBe(true);
    expect(explainWith({ after: ['caption', HEADLINE], label: 'body', text: uncredited, reasons: [] }, {}, { repeatsTitle: true }).allowed).toBe(false);
    // A whole paragraph is no caption below it either.
    expect(explainWith({ after: ['caption', '图片'], label: 'body', text: WHOLE_PARAGRAPH, reasons: [] }, {}, placeholder).allowed).toBe(false);
  });

  it("a title's second line below a first of at most 16 characters, itself of at most 12", () => {
    const sixteen = '东湖社区志愿服务队开展邻里节活动';
    const seventeen = '东湖社区志愿服务队开展邻里节活动了';
    says({ after: ['headline', sixteen], label: 'headline', text: '居民们在广场上一起看大戏', reasons: ['short, no sentence end', "the title's second line"] });
    expect(follows('headline', seventeen, 'headline', '居民们在广场上一起看大戏')).toBe(false);
    expect(follows('headline', sixteen, 'headline', '居民们在广场上一起看露天戏')).toBe(false);
  });

  it('a short line right below a long title is its subtitle: a title of 17 characters or more, a line of 12 or fewer, no blank line between', () => {
    const seventeen = '东湖社区志愿服务队开展邻里节活动了';
    says({ after: ['headline', seventeen], label: 'subtitle', text: '居民们在广场上一起看大戏', reasons: ['short, no sentence end', 'a short line right below a long title'] });
    says({ after: ['headline', '东湖社区志愿服务队开展邻里节活动'], label: 'subtitle', text: '居民们在广场上一起看大戏', reasons: ['short, no sentence end'] });
    says({ after: ['headline', seventeen], label: 'subtitle', text: '居民们在广场上一起看露天戏', reasons: ['short, no sentence end'] });
    says({ after: ['headline', seventeen], label: 'subtitle', text: '居民们在广场上一起看大戏', afterBlank: true, reasons: ['short, no sentence end'] });
    // Below a subtitle, however long, or below a couplet that is a subtitle, a line is one more subtitle at no discount.
    says({ after: ['subtitle', seventeen], label: 'subtitle', text: '居民们在广场上一起看大戏', reasons: ['short, no sentence end'] });
    says({ after: ['subtitle', '巷口添新绿 邻里享清凉'], label: 'subtitle', text: '柳岸社区种下百棵香樟', reasons: ['short, no sentence end'] });
    says({ after: ['headline', '巷口添新绿 邻里享清凉'], label: 'subtitle', text: '柳岸社区种下百棵香樟', reasons: ['short, no sentence end', 'below a couplet'] });
  });
});

describe("a paragraph in a lead's story", () => {
  const text = '1月9日,柳岸区青石街道联合青石派出所走进辖区老旧小区,为独居老人送去慰问金和春联。';
  const cost = (inLeadStory: boolean) => emission({ ...contextOf(text), inLeadStory }, 'body-new');

  it('costs more as the start of an item of its own, where only paragraphs stand between it and a news lead', () => {
    expect(cost(true)).toBeGreaterThan(cost(false));
    const reasons: string[] = [];
    emission({ ...contextOf(text), inLeadStory: true }, 'body-new', reasons);
    expect(reasons).toContain("in a lead's story");
  });

  it('costs no more where it opens as no brief does, or as a photo caption', () => {
    for (const line of ['大家都说这几年变化真大,日子越过越舒心。', '图为志愿者为老人测量血压。']) {
      expect(emission({ ...contextOf(line), inLeadStory: true }, 'body-new')).toBe(emission({ ...contextOf(line), inLeadStory: false }, 'body-new'));
    }
  });
});
