// `<!-- bulletin-disable rule-id … -->` lines that cannot do what they say:
// an unknown rule id, an unknown directive, or nothing after them to silence.
// The engine reads the directives (src/check/directives.ts); this rule gives
// its findings an id and a severity.

import type { DocumentRule } from '../types.js';

export const directive: DocumentRule = {
  id: 'directive',
  scope: 'document',
  description: '`<!-- bulletin-… -->` directives name known rules and stand before an item',
  defaultSeverity: 'warning',
  url: 'docs/rules/directive.md',
  adopts: ['directive'],
  check() {},
};
