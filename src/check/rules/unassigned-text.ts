// Lines that belong to no item: a caption without its credit, a stray e-mail
// address, a separator line. The parser finds them; this rule lets
// configuration set their severity.

import type { DocumentRule } from '../types.js';

export const unassignedText: DocumentRule = {
  id: 'unassigned-text',
  scope: 'document',
  description: 'Every line of text belongs to an item (or is a page, editor or section line)',
  defaultSeverity: 'warning',
  url: 'docs/rules/unassigned-text.md',
  adopts: ['unassigned-text'],
  check() {},
};
