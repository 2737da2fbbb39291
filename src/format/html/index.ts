// `bulletin export --format html`: the items alone as a page (no check run,
// so no findings), and the page builder the check reporter and `bulletin
// view` share. The page is described in docs/formats.md.

import type { BulletinDocument } from '../../document.js';
import type { Format, FormatContext } from '../types.js';
import { renderReport } from './report.js';

export { renderReport, type ReportFile, type ReportOptions } from './report.js';

/** The page's title: the file when there is one, else how many. */
export function reportTitle(files: ReadonlyArray<{ file: string | null }>, what = 'bulletin'): string {
  if (files.length === 1) return `${what}: ${files[0]!.file ?? '<stdin>'}`;
  return `${what}: ${files.length} files`;
}

export const html = {
  name: 'html',
  description: 'One self-contained HTML page: each item as a card, a summary with charts, a filter box',
  format(documents: readonly BulletinDocument[], _context: FormatContext) {
    const files = documents.map((document) => ({ file: document.file, document, text: null, findings: null }));
    return renderReport(files, { title: reportTitle(files, 'bulletin items') });
  },
} satisfies Format;
