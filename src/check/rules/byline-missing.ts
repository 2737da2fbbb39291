// Every brief and feature says who wrote it: a byline `(李 莉)`, a marker byline
// `□ 记者 张三`, or reporters in the lead `本报讯(记者 张三)`. A role alone
// `(本报通讯员)` is a byline too. Photos carry a credit (`雷 洁摄`) by
// definition; a caption without a credit cannot be told from stray text and is
// reported by unassigned-text.

import { continuesElsewhere } from '../text.js';
import type { DocumentRule } from '../types.js';

export const bylineMissing: DocumentRule = {
  id: 'byline-missing',
  scope: 'document',
  description: 'Briefs and features name their author: a byline, or reporters in the lead',
  defaultSeverity: 'warning',
  url: 'docs/rules/byline-missing.md',
  check(context) {
    for (const item of context.document.items) {
      if (item.kind === 'photo' || (item.kind === 'other' && item.header === null)) continue;
      if (item.byline !== null || item.credit !== null || item.people.length > 0 || continuesElsewhere(item)) continue;
      const end = item.span.end;
      context.report({
        message: `Unexpected ${item.kind} without a byline, expected the author in brackets after the last paragraph: \`(李 莉)\``,
        place: { start: context.pointAt(Math.max(end.offset - 1, item.span.start.offset)), end },
      });
    }
  },
};
