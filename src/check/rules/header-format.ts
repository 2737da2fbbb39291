// An item should open with `ORG: TITLE` (or `ORG：TITLE`): the organisation, a
// colon, the title. Reported:
//   苏村社区 开展主题党日活动          a space instead of the colon (reads like a sub-heading)
//   东城社区⏎加装电梯圆了居民“上楼梦”    organisation and title on two lines
//   苏村社区:                          no title
//   本报讯 6月20日,东山社区…            a brief or feature with no header at all
// Photos are captions: they have no header by design and are not reported.
// Sub-headings and quoted speech (`梁爱莲说:“能在…`) are not headers; the parser
// keeps them in the body, so this rule never sees them.

import type { DocumentRule } from '../types.js';

export const headerFormat: DocumentRule = {
  id: 'header-format',
  scope: 'document',
  description: 'Items (briefs, features) open with a well-formed `ORG: TITLE` header',
  defaultSeverity: 'warning',
  url: 'docs/rules/header-format.md',
  check(context) {
    for (const item of context.document.items) {
      const header = item.header;
      if (header === null) {
        if (item.kind === 'photo') continue;
        const start = item.span.start;
        context.report({
          message: `Unexpected ${item.kind === 'brief' ? 'brief' : 'item'} without a header, expected an \`ORG: TITLE\` line before it`,
          place: { start, end: context.pointAt(Math.min(start.offset + 1, item.span.end.offset)) },
        });
        continue;
      }
      if (header.organisation === null) {
        context.report({
          message: `Unexpected headline without an organisation, expected \`ORG: ${header.title}\``,
          place: header.span,
          actual: header.text,
        });
      } else if (header.separator === '\n' || header.separator === ' ') {
        context.report({
          message: `Unexpected ${header.separator === ' ' ? 'space' : 'line break'} between organisation and title, expected a colon: \`${header.organisation}: ${header.title}\``,
          place: header.span,
          actual: header.text,
          expected: `${header.organisation}: ${header.title}`,
        });
      } else if (header.title === '') {
        context.report({
          message: `Unexpected header without a title, expected \`${header.organisation}: TITLE\``,
          place: header.span,
          actual: header.text,
        });
      }
    }
  },
};
