// Files should be UTF-8. Legacy encodings (GB18030, Big5, UTF-16) are read
// fine, so this is a warning, not an error: it asks the sender for UTF-8 next
// time. The decoder's own findings (invalid bytes replaced, an uncertain
// guess) are adopted here, so one setting governs them all. Binary input is
// not a finding but an input error (exit 2).

import type { DocumentRule } from '../types.js';

export const encoding: DocumentRule = {
  id: 'encoding',
  scope: 'document',
  description: 'Files are UTF-8 (other encodings are read, but reported)',
  defaultSeverity: 'warning',
  url: 'docs/rules/encoding.md',
  adoptsDecoder: true,
  check(context) {
    const { encoding: name, detectedBy, source } = context.document;
    // A Word document's encoding is the format's, not the sender's choice.
    if (name === 'utf-8' || source?.format === 'docx' || source?.format === 'doc') return;
    const start = context.pointAt(0);
    context.report({
      message: `Unexpected encoding ${name} (${detectedBy === 'guess' ? 'guessed' : detectedBy === 'bom' ? 'from its byte-order mark' : detectedBy === 'declared' ? 'as the page declares' : 'as told'}), expected UTF-8`,
      place: { start, end: start },
      actual: name,
      expected: 'utf-8',
    });
  },
};
