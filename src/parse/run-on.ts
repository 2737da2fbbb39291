// Pages whose line breaks were lost: the whole page on one line, items, titles
// and bylines parted only by spaces. Such a line is cut into pieces at those
// spaces, each piece a line of its own for the labeller, with its exact place.

import type { SourceLine } from './lines.js';
import type { Vocabulary } from './vocabulary.js';

export function splitRunOnLine(line: SourceLine, _vocabulary: Vocabulary): SourceLine[] {
  return [line];
}
