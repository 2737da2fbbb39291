// A paragraph cut by a column break and joined again by the parser:
//   …党员中心户—党员志⏎⏎愿者”“四位一体”…
// Information only: the join is almost always right, but an editor may want
// to look, since a wrong join glues two paragraphs.

import type { DocumentRule } from '../types.js';

export const columnBreak: DocumentRule = {
  id: 'column-break',
  scope: 'document',
  description: 'Reports paragraphs that were cut by a column break and joined',
  defaultSeverity: 'info',
  url: 'docs/rules/column-break.md',
  adopts: ['column-break'],
  check() {},
};
