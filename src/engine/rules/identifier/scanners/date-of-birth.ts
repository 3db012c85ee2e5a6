import cues from "../../../../../rules/identifier/birth-cues.json";
import { type DateParts, expandTwoDigitYear, isCalendarDate } from "../../../validators/calendar-date";
import type { Candidate } from "./candidate";
import { escapePattern } from "./candidate";

// A date is a personal identifier here only when the words before it say it is a date of birth:
// "DOB: 03/11/2009", "born 14/06/2015", "(b. 4 Feb 2017)", "was born on 4 February 2017".
// Visit, hearing and chronology dates are not, unless the row records the birth (FORMAT.md Ruling 1):
// "17/02/2022: Ella-Rose born at …", "14/08/2007 | Brother Fahim born (now 18)" is that person's DOB.

type CueEntry = { cue: string; exactCase?: boolean; needsDateNext?: boolean };

// Cues that ignore case share one pattern with the i flag (faster in V8 than spelled-out
// [dD][oO]… classes); exact-case cues ("b.") get their own.
function cuePattern(exact: boolean): RegExp {
  const source = (cues.entries as CueEntry[])
    .filter((e) => (e.exactCase === true) === exact)
    .sort((a, b) => b.cue.length - a.cue.length)
    .map((e) => escapePattern(e.cue))
    .join("|");
  return new RegExp(`(?<![\\w.])(?:${source})(?![\\w])`, exact ? "g" : "gi");
}

const CUES = [cuePattern(false), cuePattern(true)];
const NEEDS_DATE_NEXT = new Set((cues.entries as CueEntry[]).filter((e) => e.needsDateNext).map((e) => e.cue.toLowerCase()));

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

// Sticky patterns tried where a date may start.
const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])/y;
const ISO = /(\d{4})-(\d{2})-(\d{2})(?![\d-])/y;
const DAY_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`, "iy");
const MONTH_DAY = new RegExp(`${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "iy");

// Between the cue and the date: separators, and up to eight words ("was born at home on"), each
// a gap word from the data or a capitalised name ("born at Northam General on").
const MAX_WORDS = 8;
const GAP_WORDS = new Set((cues.gapWords as string[]).map((w) => w.toLowerCase()));

// A table whose header row has a "DOB" column: every date in that column is a date of birth
// ("Name<tab>Relationship<tab>DOB" then one row per person), although no cue precedes it.
const TABLE_HEADER = /^[^\n]*(?:\t|\s\|\s)[^\n]*$/gm;
const DOB_HEADER_CELL = /^\s*(?:DOB|D\.O\.B\.?|date of birth|birth date|born)\s*$/i;

function scanTableColumns(text: string, out: Candidate[]): void {
  if (text.indexOf("\t") < 0 && text.indexOf(" | ") < 0) return;
  TABLE_HEADER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TABLE_HEADER.exec(text))) {
    const sep = m[0].includes("\t") ? "\t" : "|";
    const cells = m[0].split(sep);
    const column = cells.findIndex((c) => DOB_HEADER_CELL.test(c));
    if (column < 0) continue;
    // Rows follow until a blank line or a line without the separator.
    let at = m.index + m[0].length + 1;
    while (at < text.length) {
      const lineEnd = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
      const line = text.slice(at, lineEnd);
      if (!line.trim() || !line.includes(sep)) break;
      const rowCells = line.split(sep);
      if (column < rowCells.length) {
        let offset = at;
        for (let c = 0; c < column; c++) offset += rowCells[c].length + sep.length;
        const cell = rowCells[column];
        const lead = cell.length - cell.trimStart().length;
        const found = readDate(text, offset + lead);
        if (found && found.end <= offset + cell.length) out.push({ ...found, confidence: 0.85 });
      }
      at = lineEnd + 1;
    }
    TABLE_HEADER.lastIndex = Math.max(TABLE_HEADER.lastIndex, at);
  }
}

// A chronology row or dated line that records a birth: the date opens the line, then a separator, then
// a few words naming who (a name, a kin word, an agency cell) and "born".
const BIRTH_ROW = /^[ \t]*(?=\d)/gm;
const BORN_AFTER = /^[ \t]*(?:[|:\t–—-][ \t]*)+(?:[^\s|\t.]+[ \t]*(?:[|\t–—-][ \t]*)?){0,6}?(?:was\s+)?born\b/i;

function scanBirthRows(text: string, out: Candidate[]): void {
  if (!/\bborn\b/i.test(text)) return;
  BIRTH_ROW.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BIRTH_ROW.exec(text))) {
    const found = readDate(text, m.index + m[0].length);
    BIRTH_ROW.lastIndex = Math.max(BIRTH_ROW.lastIndex, m.index + 1);
    if (!found) continue;
    const rest = text.slice(found.end, Math.min(text.length, found.end + 120)).split("\n")[0];
    if (BORN_AFTER.test(rest)) out.push({ ...found, confidence: 0.8 });
  }
}

export function scanDatesOfBirth(text: string, out: Candidate[]): void {
  scanTableColumns(text, out);
  scanBirthRows(text, out);
  for (const cue of CUES) {
    cue.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.exec(text))) {
      const found = dateAfter(text, m.index + m[0].length, NEEDS_DATE_NEXT.has(m[0].toLowerCase()));
      if (found) {
        out.push(found);
        cue.lastIndex = Math.max(cue.lastIndex, found.end);
      }
    }
  }
}

function dateAfter(text: string, from: number, immediate: boolean): Candidate | null {
  let i = from;
  let words = 0;
  let sawColon = false;
  let afterComma = false;
  const limit = Math.min(text.length, from + 80);
  while (i < limit) {
    const c = text.charCodeAt(i);
    // Separators: spaces, ":", brackets, "-", dashes; one line break only straight after a label colon.
    if (c === 32 || c === 9 || c === 0xa0 || c === 40 || c === 41 || c === 45 || c === 0x2013 || c === 0x2014 || c === 58 || c === 44) {
      if (c === 58) sawColon = true;
      if (c === 44 && words > 0) afterComma = true;
      i++;
      continue;
    }
    // "DOB/age: 14/06/2015": a slash straight after the cue.
    if (c === 47 && words === 0) {
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (!sawColon || words > 0) return null;
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) return readDate(text, i);
    if (immediate) return null;
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter) return null;
    // A month name may start the date ("born February 4, 2017").
    const written = readDate(text, i);
    if (written) return written;
    if (++words > MAX_WORDS) return null;
    const wordStart = i;
    while (i < limit) {
      const w = text.charCodeAt(i);
      if (!((w >= 65 && w <= 90) || (w >= 97 && w <= 122) || w === 39 || w === 0x2019)) break;
      i++;
    }
    const capitalised = c >= 65 && c <= 90;
    if (!capitalised && !GAP_WORDS.has(text.slice(wordStart, i).toLowerCase())) return null;
    // After a comma only a capitalised word (a weekday, a place) may follow: "born on Tuesday, 4 May".
    if (afterComma && !capitalised) return null;
    afterComma = false;
  }
  return null;
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** The date written at text[at], in any of the forms records use, or null. */
function readDate(text: string, at: number): Candidate | null {
  let date: DateParts | null = null;
  let m: RegExpExecArray | null;
  if ((m = stickyAt(NUMERIC, text, at))) {
    const yy = Number(m[4]);
    date = { day: Number(m[1]), month: Number(m[3]), year: m[4].length === 2 ? expandTwoDigitYear(yy) : yy };
  } else if ((m = stickyAt(ISO, text, at))) {
    date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  } else if ((m = stickyAt(DAY_MONTH, text, at))) {
    date = { day: Number(m[1]), month: monthNumber(m[2]), year: Number(m[3]) };
  } else if ((m = stickyAt(MONTH_DAY, text, at))) {
    date = { day: Number(m[2]), month: monthNumber(m[1]), year: Number(m[3]) };
  }
  if (!m || !date || !isCalendarDate(date.year, date.month, date.day)) return null;
  return { start: at, end: at + m[0].length, kind: "date of birth", confidence: 0.9, rank: 1, date };
}
