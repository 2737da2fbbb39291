// The whole report as JSON: the results with every diagnostic (place with
// line, column and offset, fix when there is one), then the totals.

import type { Reporter } from './types.js';

export const json: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
