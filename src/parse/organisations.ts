// Organisation names in running text. A name is a proper name that ends in a
// suffix (社区, 街道, 村, 小学…) and is bounded by punctuation, a function word
// or verb, or the line's start; where suffixes follow each other the longest
// name wins (`城关镇中心小学`, not `城关镇中心`; `苏村社区`, not `苏村`).

import { compilePatterns } from './patterns.js';
import type { Vocabulary } from './vocabulary.js';

/** Words that stand before an organisation without being part of it: `近日在蔡洼街道` → `蔡洼街道`. */
const LEADING_WORDS =
  /^(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|近日|日前|近期|昨天|昨日|今天|今日|当天|上午|下午|晚上|期间|目前|今年以来|近年来|为|在|由|向|到|和|与|及|对|将|是|把|被|从|联合|走进|来到|深入|前往|组织|携手|协同|协助|邀请|通过|位于|我市|我县|我区|全市|全县|全区|市|县)+/u;

/** Stems that are no name: a quantifier, a pronoun or a phrase (`各社区`, `该村`, `辖区的街道`). */
const NOT_A_NAME = /^(?:各|全|本|该|此|每|多个|所在|其他|其它|周边|附近|辖区|所|个|些|一个|两个|几个|更多|许多|很多|一些|各个|全体|广大)$/u;

/** Words inside a stem that end what came before: the name starts after the last of them (`居民和桃园社区` → `桃园社区`). */
const INNER_BOUNDARY = /^.*(?:的|了|和|与|等|在|及|到|向|为|是|将|把|从|对|给|让|由)/u;

/** Suffixes that name a body within an organisation, not a further organisation: `苏村社区党支部` is 苏村社区's. */
const INNER_BODIES = /^(?:党委|党支部|党总支|支部|工会|妇联|团委|居委会|村委会)/u;

/** Units of administration that a name is often prefixed with and the convention leaves out: `市南区`, `金湖县`. */
const ADMINISTRATIVE = /[省市县区]$/u;

export interface OrganisationMention {
  name: string;
  /** Offset in the text. */
  at: number;
}

/**
 * The organisations named in `text`, in order, each the longest name at its place,
 * with administrative prefixes split off as mentions of their own.
 */
export function organisationsIn(text: string, vocabulary: Vocabulary): OrganisationMention[] {
  const { organisationInText, suffixAtStart } = compilePatterns(vocabulary);
  const found: OrganisationMention[] = [];
  organisationInText.lastIndex = 0;
  for (let match = organisationInText.exec(text); match !== null; match = organisationInText.exec(text)) {
    let stem = match[1]!;
    let at = match.index;
    const leading = LEADING_WORDS.exec(stem);
    if (leading) {
      stem = stem.slice(leading[0].length);
      at += leading[0].length;
    }
    const boundary = INNER_BOUNDARY.exec(stem);
    if (boundary) {
      stem = stem.slice(boundary[0].length);
      at += boundary[0].length;
    }
    let end = match.index + match[0].length;
    if (stem.length === 0 || NOT_A_NAME.test(stem)) continue;
    // The longest name wins: 苏村 + 社区, 城关镇 + 中心 + 小学.
    for (let more = suffixAtStart.exec(text.slice(end)); more !== null; more = suffixAtStart.exec(text.slice(end))) {
      if (INNER_BODIES.test(more[0])) break;
      end += more[0].length;
    }
    organisationInText.lastIndex = end;
    found.push({ name: text.slice(at, end), at });
  }
  return found;
}

/** The organisation an item is about, from a text: the first named, without a city, county or district before it. */
export function firstOrganisation(text: string, vocabulary: Vocabulary): string | null {
  const mentions = organisationsIn(text, vocabulary);
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const next = mentions[i + 1];
    // `市南区金门路街道…`: the district is a prefix when a further name follows at once.
    if (next && next.at === mention.at + mention.name.length && ADMINISTRATIVE.test(mention.name)) continue;
    return mention.name;
  }
  return null;
}

/** The organisation a text opens with (`XX街道XX社区近日…`), or null. */
export function organisationAtStart(text: string, vocabulary: Vocabulary): string | null {
  const mentions = organisationsIn(text, vocabulary);
  const first = mentions[0];
  if (!first || first.at !== 0) return null;
  return firstOrganisation(text, vocabulary);
}
