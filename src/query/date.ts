// Dates for --from / --to (and check's --today): ISO calendar days, compared
// as strings (an ISO date sorts as text the way it sorts in time).

import { isCalendarDay } from '../calendar.js';
import { PatternError } from './pattern.js';

export { isCalendarDay };

/** `2022-06-24` */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the date unchanged when it is a real yyyy-mm-dd day; throws PatternError otherwise. */
export function parseIsoDate(value: string): string {
  const match = ISO_DATE.exec(value);
  if (match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return value;
  throw new PatternError(`Unexpected date ${JSON.stringify(value)}, expected a calendar day as yyyy-mm-dd (2022-06-24)`);
}
