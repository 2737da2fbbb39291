// Dates for --from / --to: ISO calendar days, compared as strings (an ISO
// date sorts as text the way it sorts in time).

import { PatternError } from './pattern.js';

/** `2022-06-24` */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the date unchanged when it is a real yyyy-mm-dd day; throws PatternError otherwise. */
export function parseIsoDate(value: string): string {
  const match = ISO_DATE.exec(value);
  if (match !== null) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value;
  }
  throw new PatternError(`Unexpected date ${JSON.stringify(value)}, expected a calendar day as yyyy-mm-dd (2022-06-24)`);
}
