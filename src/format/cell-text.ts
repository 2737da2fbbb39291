// One value as the text of a table cell, for the terminal table and for
// tab-separated lines alike. Kept apart from width.ts so that tab-separated
// output does not load string-width.

/** Control characters (tabs, line breaks, escape sequences from the input) would break a row or the terminal. */
const CONTROL_OR_SPACE_RUN = /[\p{Cc}\s]+/gu;

/** A value as one line of a cell: null empty, white space and control characters one space. */
export function cellText(value: string | number | boolean | null): string {
  return value === null ? '' : String(value).replace(CONTROL_OR_SPACE_RUN, ' ').trim();
}
