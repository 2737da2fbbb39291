// A dateline names a day that exists and has happened:
//   本报讯 6月31日,下站社区…        June has 30 days (found by the parser, adopted here)
//   本报讯 2031年6月21日,苏村社区…   later than --today
// A dateline without a year (6月24日) is dated only when the page names a year
// (`2022年以来`); an undated one is never "in the future", since a page checked
// on 2 January may well report 28 December.

import type { DocumentRule } from '../types.js';

export const datelineInvalid: DocumentRule = {
  id: 'dateline-invalid',
  scope: 'document',
  description: 'Datelines name a day that exists and is not later than --today',
  defaultSeverity: 'error',
  url: 'docs/rules/dateline-invalid.md',
  adopts: ['dateline-invalid'],
  check(context) {
    const today = context.today;
    if (today === null) return;
    for (const item of context.document.items) {
      if (item.date === null || item.dateline === null || item.date <= today) continue;
      const paragraph = item.blocks.find((block) => block.type === 'paragraph');
      if (!paragraph) continue;
      const at = context.text.slice(paragraph.span.start.offset, paragraph.span.end.offset).indexOf(item.dateline);
      if (at < 0) continue;
      const start = paragraph.span.start.offset + at;
      context.report({
        message: `Unexpected date ${item.dateline} (${item.date}) after today (${today}), expected a day that has happened`,
        place: { start: context.pointAt(start), end: context.pointAt(start + item.dateline.length) },
        actual: item.date,
        expected: `${today} or earlier`,
      });
    }
  },
};
