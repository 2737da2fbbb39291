// Straight quotes to curly ones, by pairing, in a paragraph of Chinese text:
//   他说:"今天的活动很有意义。"     → 他说:“今天的活动很有意义。”
//   “网格"是社区的'神经末梢'        → “网格”是社区的‘神经末梢’
// Curly quotes already there take part in the pairing. When the quotes do not
// pair up (an odd count, a quote carried over into the next paragraph, a
// closing quote with none open), the straight ones are left as they are: a
// wrong guess would turn a quotation inside out. An apostrophe between two
// letters (don't) is no quote.

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const LETTER = /[A-Za-z]/;

export function curlQuotes(text: string): string {
  if (!HAN.test(text)) return text;
  let out = text;
  if (out.includes('"')) out = pair(out, '"', '“', '”', () => true);
  if (out.includes("'")) out = pair(out, "'", '‘', '’', (at) => !(LETTER.test(out[at - 1] ?? '') && LETTER.test(out[at + 1] ?? '')));
  return out;
}

/** Pairs `straight` with the curly `open`/`close` around it; the text unchanged when they do not pair. */
function pair(text: string, straight: string, open: string, close: string, isQuote: (at: number) => boolean): string {
  const chars = text.split('');
  let inside = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === open) {
      if (inside) return text;
      inside = true;
    } else if (char === close) {
      if (!inside) return text;
      inside = false;
    } else if (char === straight && isQuote(i)) {
      chars[i] = inside ? close : open;
      inside = !inside;
    }
  }
  return inside ? text : chars.join('');
}
