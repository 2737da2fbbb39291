// The Gregorian calendar's one rule, for every reader of dates: the parser's
// datelines (`6月31日` is no day) and the query's --from/--to (`2023-02-29`).

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** 2024-02-29 and 2000-02-29 exist, 2023-02-29 and 1900-02-29 do not; month and day count from 1. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}
