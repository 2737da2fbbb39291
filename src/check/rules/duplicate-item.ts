// The same item twice in the batch, in one file or across files: the desk
// pasted it twice, or two correspondents sent the same release. Items are the
// same when their titles and bodies are, after normalisation: NFKC (so `，`
// and `,` are one), white space removed. Reported at every copy after the
// first, naming where the first is. Files come one at a time: the rule keeps
// a digest of each item's key and where it was, not the text.

import { createHash } from 'node:crypto';
import type { Item } from '../../model.js';
import type { BatchRule } from '../types.js';

const SPACE = /\s+/g;

/** Title and body, normalised; empty when the item has no text to compare. */
export function itemKey(item: Item): string {
  const body = item.blocks.map((block) => block.text).join('\n');
  if (body.replace(SPACE, '') === '') return '';
  return `${item.title ?? ''}\u0000${body}`.normalize('NFKC').replace(SPACE, '');
}

export const duplicateItem: BatchRule = {
  id: 'duplicate-item',
  scope: 'batch',
  description: 'No item appears twice in the batch (same title and body), across files too',
  defaultSeverity: 'warning',
  url: 'docs/rules/duplicate-item.md',
  start() {
    const first = new Map<string, { file: string | null; line: number }>();
    return (checked, report) => {
      for (const item of checked.document.items) {
        const key = itemKey(item);
        if (key === '') continue;
        // SHA-1 of the key: 27 characters kept per item, whatever its length; a collision is not to be expected.
        const digest = createHash('sha1').update(key).digest('base64');
        const seen = first.get(digest);
        if (!seen) {
          first.set(digest, { file: checked.file, line: item.span.start.line });
          continue;
        }
        const where = seen.file === checked.file ? `line ${seen.line}` : `${seen.file ?? '<stdin>'}:${seen.line}`;
        report({
          message: `Unexpected duplicate of the item at ${where}, expected each item once`,
          place: item.header?.span ?? item.span,
          expected: where,
        });
      }
    };
  },
};
