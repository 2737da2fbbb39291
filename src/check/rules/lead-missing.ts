// A brief opens with the news lead 本报讯 (or 本报6月24日讯, XX网讯). An item
// without a lead that reads like a brief (one or a few paragraphs, no
// sub-headings, short) probably lost it:
//   东山社区: 开展夏季义诊活动⏎6月20日,东山社区联合…⏎(李 莉)
// Features (sub-headings, long bodies) and photo captions are written without
// a lead, so they are not reported. Default `info`: some desks drop 本报讯 on
// purpose, so the rule informs and never fails a build unless turned up.

import type { DocumentRule } from '../types.js';
import { positiveInteger } from './options.js';

export interface LeadMissingOptions {
  /** Longest body (characters without white space) that still reads like a brief. */
  maxCharacters: number;
}

export const leadMissing: DocumentRule<LeadMissingOptions> = {
  id: 'lead-missing',
  scope: 'document',
  description: 'Brief-like items (short, no sub-headings) open with the lead 本报讯',
  defaultSeverity: 'info',
  url: 'docs/rules/lead-missing.md',
  options: {
    defaults: { maxCharacters: 600 },
    parse: (raw) => ({ maxCharacters: positiveInteger(raw, 'maxCharacters', 600) }),
  },
  check(context) {
    for (const item of context.document.items) {
      if (item.kind !== 'brief') continue;
      if (item.lead !== null || item.blocks.length === 0) continue;
      if (item.blocks.some((block) => block.type === 'subheading')) continue;
      if (item.characters > context.options.maxCharacters) continue;
      const first = item.blocks[0]!.span.start;
      context.report({
        message: 'Unexpected brief without the lead 本报讯, expected the first paragraph to start with it',
        place: { start: first, end: context.pointAt(first.offset + 1) },
        expected: '本报讯',
      });
    }
  },
};
