/** A calendar date; month and day are 1-based. */
export type DateParts = { year: number; month: number; day: number };

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when year/month/day name a real day in the Gregorian calendar (years 1000-2999). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && leap ? 29 : DAYS[month - 1];
  return day <= max;
}

/**
 * A two-digit year as written in a record ("4/2/17"): 00-30 are this century, the rest the last.
 * Records mostly concern children born since 2000 and adults born in the 1900s.
 */
export function expandTwoDigitYear(yy: number): number {
  return yy <= 30 ? 2000 + yy : 1900 + yy;
}
