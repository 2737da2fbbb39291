// Text that is not UTF-8 is GB18030 (GBK, GB2312) or Big5. Both decode almost
// any byte pair, so validity cannot tell them apart: GB18030 accepts nearly
// every Big5 byte sequence, and Big5 rejects only some GBK ones. What differs
// is what comes out. Read with the right encoding, Chinese text is full of the
// most frequent characters and of full-width punctuation; read with the wrong
// one it becomes rare characters, private-use characters and U+FFFD, e.g.
// `社区动态，近日` in GBK read as Big5 is `扦Е雄怓ㄛ輪゜`, and `社區動態，近日`
// in Big5 read as GB18030 is `跋笆篈ら` with three private-use characters.

import { iconvLite } from './iconv.js';
import type { DbcsEncoding } from './dbcs.js';
import type { Encoding } from './encodings.js';

// The few hundred most frequent characters of modern Chinese (news prose),
// written down from general frequency lists, in simplified and traditional
// forms, plus the full-width punctuation of running text.
export const COMMON_CHARACTERS: ReadonlySet<string> = new Set(
  [
    '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切府适注跑够投精创查备群准乎装具夜顾卖居街道镇乡村县省委区居民社群众活动开展组织工作服务建设发展党员干部志愿宣传关心帮助困难老人儿童家庭健康安全环境卫生文化教育学习讲座参加举办召开会议通过提高推进加强落实开展主题节日',
    '這個們來為說時對會發過後從學現實與關點樣應開還經進業問長無體當電於裡裏麼總義記區員務運農幾強決戰則據處隊給門導東規熱領轉單風邊結認論設達議聲報類離華確張馬節話廣圖級組見計別頭資統難傳許團際須書復歷維劃選標寫縣參紅細聽該鐵價嚴龍飛讓錢黨藝鄉舉辦雖聯歡衛護環綠嗎親邊幫動態區內們將從兒孩鎮場車師醫藥愛國黨館協會進願傳軍歲']
    .join('')
    .concat('，。、：；！？“”‘’（）《》「」『』—…·')
    .split(''),
);

const PRIVATE_USE_START = 0xe000;
const PRIVATE_USE_END = 0xf8ff;

// What each BMP code unit counts as, in one table: the guess reads 64 KiB twice
// per file, and for small files that was as costly as decoding them.
const COMMON = 1;
const SUSPICIOUS = 2;
const CLASSES = new Uint8Array(0x10000);
for (const char of COMMON_CHARACTERS) CLASSES[char.charCodeAt(0)] = COMMON;
CLASSES.fill(SUSPICIOUS, 0x80, 0xa0);
CLASSES.fill(SUSPICIOUS, PRIVATE_USE_START, PRIVATE_USE_END + 1);
CLASSES[0xfffd] = SUSPICIOUS;

/** How well a decoded text reads as Chinese. */
export interface Plausibility {
  /** Frequent characters and full-width punctuation. */
  common: number;
  /** U+FFFD, private-use characters and C1 controls: signs of the wrong encoding. */
  suspicious: number;
}

export function scorePlausibility(text: string): Plausibility {
  let common = 0;
  let suspicious = 0;
  // By code unit: a surrogate (half of a character past U+FFFF) is neither.
  for (let i = 0; i < text.length; i++) {
    const kind = CLASSES[text.charCodeAt(i)];
    if (kind === COMMON) common++;
    else if (kind === SUSPICIOUS) suspicious++;
  }
  return { common, suspicious };
}

/**
 * GB18030 unless Big5 clearly reads better: the Big5 reading must score more
 * than twice the GB18030 one (common characters minus twice the suspicious
 * ones) and at least 2. Ties and short or mostly-ASCII text stay GB18030.
 */
export function guessDbcsEncoding(window: Uint8Array): DbcsEncoding {
  return rankDbcs(window).encoding;
}

function rankDbcs(window: Uint8Array): { encoding: DbcsEncoding; score: number } {
  const gb18030 = scoreText(iconvLite().decode(window, 'gb18030'));
  const big5 = scoreText(iconvLite().decode(window, 'big5'));
  // (A GB18030 score below 0 asks no more than `big5 >= 2` does already.)
  return big5 >= 2 && big5 > 2 * gb18030 ? { encoding: 'big5', score: big5 } : { encoding: 'gb18030', score: gb18030 };
}

/** Common characters minus twice the suspicious ones: how well a reading reads as Chinese. */
function scoreText(text: string): number {
  const { common, suspicious } = scorePlausibility(text);
  return common - 2 * suspicious;
}

/**
 * For bytes that are almost UTF-8 but not quite (the sniffer's cheap ratio is
 * undecided): UTF-8 with its stray bytes as U+FFFD, or GB18030/Big5, whichever
 * reads better. A 200-byte UTF-8 brief with one stray byte reads as Chinese
 * with one U+FFFD in UTF-8 (score ≈ 40) and as mojibake in GB18030
 * (`绀惧尯鍔ㄦ€�`, score < 0); GBK text read as UTF-8 is mostly U+FFFD.
 * Ties go to the legacy encoding, as before this comparison existed.
 */
export function guessUtf8OrDbcs(window: Uint8Array, utf8End: number): Encoding {
  const utf8 = scoreText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(window.subarray(0, utf8End)));
  const dbcs = rankDbcs(window);
  return utf8 > dbcs.score ? 'utf-8' : dbcs.encoding;
}

/**
 * Bytes that read as text in no encoding we know: random data, an unknown
 * binary format without a NUL byte early on. Called only for bytes that are
 * mostly not UTF-8. Either control bytes (other than tab, line breaks, form
 * feed and escape) make 2 % of them (text has next to none; random bytes
 * about 10 %), or one character in five is U+FFFD in both the GB18030 and the
 * Big5 reading (text in either has a few at most).
 */
export function looksUndecodable(window: Uint8Array): boolean {
  if (window.length < MIN_UNDECODABLE_BYTES) return false;
  let controls = 0;
  for (const byte of window) if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) controls++;
  if (controls * 50 >= window.length) return true;
  // Random bytes lose a fifth or more of their characters in GB18030 and more in Big5; a legacy page with a
  // few damaged bytes loses far fewer, and must still be read (with its warnings), not refused.
  return [iconvLite().decode(window, 'gb18030'), iconvLite().decode(window, 'big5')].every((text) => replacementShare(text) >= MIN_UNDECODABLE_SHARE);
}

/** Shorter input is left to the decoder, warnings and all: a few stray bytes say little. */
const MIN_UNDECODABLE_BYTES = 256;
/** The share of characters lost in both legacy encodings that makes bytes no text. */
const MIN_UNDECODABLE_SHARE = 0.2;

/** Control characters text files do have: tab, line feed, vertical tab, form feed, carriage return, escape, and DOS's end-of-file mark. */
const TEXT_CONTROLS: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b]);

/** U+FFFD among the characters that are not ASCII. */
function replacementShare(text: string): number {
  let wide = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    wide++;
    if (code === 0xfffd) replaced++;
  }
  return wide === 0 ? 0 : replaced / wide;
}
