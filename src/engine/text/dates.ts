// Dates as written in UK records: 04/02/2017, 4.2.17, 4 February 2017, 4th Feb 2017.
export type SimpleDate = { year: number; month: number; day: number };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** A month's number from its English name or abbreviation in any case ("Sept", "december"), else undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

/** An English month name or abbreviation, as a regexp source (a group that captures nothing). */
export const MONTH_SOURCE = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

export const DATE_SOURCE = `(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_SOURCE}\\.?,?\\s+\\d{4})`;

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const WRITTEN = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;

/** Parses one date (UK day-first order); undefined when it is not a real calendar date. */
export function parseDate(s: string): SimpleDate | undefined {
  let m = NUMERIC.exec(s.trim());
  let day: number, month: number, year: number;
  if (m) {
    day = +m[1];
    month = +m[2];
    year = +m[3];
    if (m[3].length === 2) year += year > 50 ? 1900 : 2000;
  } else {
    m = WRITTEN.exec(s.trim());
    if (!m) return undefined;
    day = +m[1];
    month = monthNumber(m[2]) ?? 0;
    year = +m[3];
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  return { year, month, day };
}

export const dateValue = (d: SimpleDate) => d.year * 10000 + d.month * 100 + d.day;

/** Whole years between two dates. */
export function yearsBetween(from: SimpleDate, to: SimpleDate): number {
  let years = to.year - from.year;
  if (to.month < from.month || (to.month === from.month && to.day < from.day)) years--;
  return years;
}

const ANY_DATE = new RegExp(DATE_SOURCE, "gi");

// Several stages ask for the record's date (people, mix-ups, ages): the scan is remembered for the
// last text only, so nothing outlives the next analysis. Callers get their own copy.
let lastText: string | undefined;
let lastBest: SimpleDate | undefined;

/** The latest date written in the text: the best guess of when the record was written. */
export function latestDate(text: string): SimpleDate | undefined {
  if (text !== lastText) {
    lastBest = scanLatestDate(text);
    lastText = text;
  }
  return lastBest && { ...lastBest };
}

function scanLatestDate(text: string): SimpleDate | undefined {
  let best: SimpleDate | undefined;
  ANY_DATE.lastIndex = 0;
  for (let m = ANY_DATE.exec(text); m; m = ANY_DATE.exec(text)) {
    const d = parseDate(m[0]);
    if (d && (!best || dateValue(d) > dateValue(best))) best = d;
  }
  return best;
}
