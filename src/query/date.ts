// Dates for --from / --to (and check's --today): ISO calendar days, compared
// as strings (an ISO date sorts as text the way it sorts in time).

import { PatternError } from './pattern.js';

/** `2022-06-24` */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The Gregorian calendar's rule: 2024-02-29 and 2000-02-29 exist, 2023-02-29 and 1900-02-29 do not. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Returns the date unchanged when it is a real yyyy-mm-dd day; throws PatternError otherwise. */
export function parseIsoDate(value: string): string {
  const match = ISO_DATE.exec(value);
  if (match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return value;
  throw new PatternError(`Unexpected date ${JSON.stringify(value)}, expected a calendar day as yyyy-mm-dd (2022-06-24)`);
}
