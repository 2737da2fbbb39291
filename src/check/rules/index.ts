// The registry: every rule, in the order docs and SARIF list them.

import type { Rule } from '../types.js';
import { bylineMissing } from './byline-missing.js';
import { columnBreak } from './column-break.js';
import { datelineInvalid } from './dateline-invalid.js';
import { directive } from './directive.js';
import { duplicateItem } from './duplicate-item.js';
import { encoding } from './encoding.js';
import { headerFormat } from './header-format.js';
import { leadMissing } from './lead-missing.js';
import { punctuationWidth } from './punctuation-width.js';
import { titleLength } from './title-length.js';
import { truncatedBody } from './truncated-body.js';
import { unassignedText } from './unassigned-text.js';

export const RULES: readonly Rule[] = [
  headerFormat,
  bylineMissing,
  truncatedBody,
  leadMissing,
  datelineInvalid,
  titleLength,
  punctuationWidth,
  duplicateItem,
  encoding,
  unassignedText,
  columnBreak,
  directive,
];
