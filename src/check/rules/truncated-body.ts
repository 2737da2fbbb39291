// The last paragraph of an item stops mid-sentence: text was lost in layout.
//   …党员们依次参观了红色记忆、城市记忆、工⏎(李 莉)
// Reported at the last character of the paragraph.

import { continuesElsewhere } from '../text.js';
import type { DocumentRule } from '../types.js';

export const truncatedBody: DocumentRule = {
  id: 'truncated-body',
  scope: 'document',
  description: 'An item does not end mid-sentence',
  defaultSeverity: 'error',
  url: 'docs/rules/truncated-body.md',
  check(context) {
    for (const item of context.document.items) {
      if (!item.truncated || continuesElsewhere(item)) continue;
      const last = item.blocks.findLast((block) => block.type === 'paragraph');
      if (!last) continue;
      const end = last.span.end;
      const characters = [...last.text];
      const tail = characters.slice(-6).join('');
      const lastLength = characters.at(-1)?.length ?? 0;
      context.report({
        message: `Unexpected end of ${item.kind === 'brief' ? 'brief' : 'item'} mid-sentence at “${tail}”, expected the sentence to end with 。！？`,
        place: { start: context.pointAt(end.offset - lastLength), end },
        actual: tail,
      });
    }
  },
};
