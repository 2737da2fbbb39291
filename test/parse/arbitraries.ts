// Inputs for the property tests: random text, and the real sample cut up,
// shuffled and mutated, so the laws are tried on text that looks like news.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

export const SAMPLE = readFileSync(join(import.meta.dirname, '../../fixtures/community-news.txt'), 'utf8');

const PARSE_FIXTURES = join(import.meta.dirname, '../../fixtures/parse');

/** Every non-blank line of the sample and of the parse fixtures, once each: lines of every kind the grammar knows. */
export const FIXTURE_LINES: readonly string[] = [
  ...new Set(
    [SAMPLE, ...readdirSync(PARSE_FIXTURES).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(PARSE_FIXTURES, name), 'utf8'))]
      .flatMap((text) => text.split(/\r\n|\r|\n/))
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  ),
];
const SAMPLE_LINES = SAMPLE.split('\n');

/** Pieces that decide how a line is read. */
const PIECES = [
  '本报讯', '本报讯(记者 张三)', '苏村社区: ', '苏村社区：', '街道', '(李 莉)', '（曹蓉 彭晓）', '雷 洁摄', '本报通讯员撰',
  '□ 记者 王五', '第A04版:城事社区', '责任编辑: 王 芳', '<!-- bulletin-disable -->', '6月31日', '2023年', '近日,',
  '。', '，', ',', ':', '”', '“', '(', ')', '（', '）', '>>', ' ', '\u3000', '\ufeff', '\t', '\r', '\n', '\r\n', '\n\n',
  '社区动态', '党员志', '愿者”',
  // A head above its text's picture: the text's, outside its span.
  '邻里节在柳岸社区开幕\n\n居民在会上发言。(记者 孔越 摄)\n\n本报讯 6月2日,柳岸社区举办邻里节。\n',
  // A lead-in, its reporter's byline, and the rest of the piece under a head of its own.
  '柳岸社区：温暖过大年\n春节将至，柳岸社区开展系列活动。记者 周宁\n关爱独居老人\n1月20日，志愿者来到王大爷家中。\n王大爷说，这个年过得热闹。\n',
  // Headlines run into their texts, the line breaks lost: cut before the time word or the header's name again.
  '东坡小学举办读书节近日,东坡小学举办第五届读书节,六百余名学生参加。\n柳岸社区:清理楼道杂物 共建整洁家园柳岸社区组织志愿者清理楼道。\n',
  // A photo page's head above its captions and the text after them.
  '志愿者群像\n\n柳岸社区的志愿者一早就来到老人家中，帮助行动不便的老人下楼做核酸检测。 孔越 摄\n\n东湖社区的青年突击队员们在路口执勤，用担当和团结守护着大家的家园。 齐夏 摄\n\n文/周宁\n\n一夜之间,城区静了下来。\n', '\ud800', '\udc00', '\u0000', '\ufffd', 'a', '1',
];

const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.constantFrom(...SAMPLE_LINES),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** Text assembled from news-like pieces. */
export const newsLikeText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

/** The sample's lines, some dropped, repeated, shuffled or cut. */
export const mutatedSample = fc
  .array(
    fc.record({
      line: fc.nat({ max: SAMPLE_LINES.length - 1 }),
      cut: fc.option(fc.nat({ max: 400 }), { nil: undefined }),
      newline: fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
    }),
    { maxLength: 80 },
  )
  .map((picks) =>
    picks
      .map(({ line, cut, newline }) => {
        const text = SAMPLE_LINES[line]!;
        return (cut === undefined ? text : text.slice(0, cut)) + newline;
      })
      .join(''),
  );

export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), newsLikeText, mutatedSample);

/** Cut points for feeding a text in chunks. */
export function chunksOf(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}
