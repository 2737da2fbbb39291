// A title fits its column: at most `max` characters (default 24), counted as
// characters (a Han character and a letter count one each), white space
// included. The finding covers the characters past the limit.

import type { DocumentRule } from '../types.js';
import { positiveInteger } from './options.js';

export interface TitleLengthOptions {
  max: number;
}

export const titleLength: DocumentRule<TitleLengthOptions> = {
  id: 'title-length',
  scope: 'document',
  description: 'Titles are at most `max` characters long (default 24)',
  defaultSeverity: 'warning',
  url: 'docs/rules/title-length.md',
  options: {
    defaults: { max: 24 },
    parse: (raw) => ({ max: positiveInteger(raw, 'max', 24) }),
  },
  check(context) {
    const { max } = context.options;
    for (const item of context.document.items) {
      const header = item.header;
      if (header === null || header.title === '') continue;
      const characters = [...header.title];
      if (characters.length <= max) continue;
      const headerText = context.text.slice(header.span.start.offset, header.span.end.offset);
      const at = headerText.lastIndexOf(header.title);
      if (at < 0) continue;
      const start = header.span.start.offset + at;
      const over = start + characters.slice(0, max).join('').length;
      context.report({
        message: `Unexpected title of ${characters.length} characters, expected at most ${max}`,
        place: { start: context.pointAt(over), end: context.pointAt(start + header.title.length) },
        actual: String(characters.length),
        expected: `<= ${max}`,
      });
    }
  },
};
