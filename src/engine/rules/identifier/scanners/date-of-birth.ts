import cues from "../../../../../rules/identifier/birth-cues.json";
import { type DateParts, expandTwoDigitYear, isCalendarDate } from "../../../validators/calendar-date";
import { MONTH_SOURCE, latestDate, yearsBetween, type SimpleDate } from "../../../text/dates";
import { COMMON_WORDS, FIRST_NAMES } from "../../../people/name-lexicon";
import type { Candidate } from "./candidate";
import { escapePattern, isWordCode } from "./candidate";

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
const MONTH = `(${MONTH_SOURCE})`;

// Days written as words: "the third of March 2015", "twenty-first March 2015".
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const ORDINAL_DAY = new Map<string, number>(ORDINALS.map((w, i) => [w, i + 1]));
for (let i = 1; i <= 9; i++) ORDINAL_DAY.set(`twenty-${ORDINALS[i - 1]}`, 20 + i).set(`twenty ${ORDINALS[i - 1]}`, 20 + i);
ORDINAL_DAY.set("thirtieth", 30).set("thirty-first", 31).set("thirty first", 31);
const WORD_DAY_MONTH = new RegExp(`(?:the\\s+)?((?:twenty|thirty)[\\s-])?([a-z]+)(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, "iy");

// Sticky patterns tried where a date may start.
const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])/y;
const ISO = /(\d{4})-(\d{2})-(\d{2})(?![\d-])/y;
// "3 Mar 15": a two-digit year only where no word follows ("3 March 15 minutes" is not a date).
const DAY_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\.?,?\\s+(\\d{4}|\\d{2}(?![ \\t]*[A-Za-z]))(?!\\d)`, "iy");
const MONTH_DAY = new RegExp(`${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "iy");

// Between the cue and the date: separators, and up to eight words ("was born at home on"), each
// a gap word from the data or a capitalised name ("born at Northam General on").
const MAX_WORDS = 8;
const GAP_WORDS = new Set((cues.gapWords as string[]).map((w) => w.toLowerCase()));

// A table whose header row has a "DOB" column: every date in that column is a date of birth
// ("Name<tab>Relationship<tab>DOB" then one row per person), although no cue precedes it.
const TABLE_HEADER = /^[^\n]*(?:\t|\s\|\s)[^\n]*$/gm;
// "DOB", "Date of birth (age)", "DOB / age", "Age (DOB)".
const DOB_HEADER_CELL =
  /^\s*(?:age\s*(?:[/&]|and)?\s*\(?\s*)?(?:DOB|D\.O\.B\.?|date of birth|birth date|born)\s*\)?\s*(?:(?:[/&]|and)\s*age|\(\s*age\s*\))?\s*$/i;
const DATE_IN_CELL = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/g;

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
        const found = dateInCell(text, offset, offset + rowCells[column].length);
        if (found) out.push({ ...found, confidence: 0.85 });
      }
      at = lineEnd + 1;
    }
    TABLE_HEADER.lastIndex = Math.max(TABLE_HEADER.lastIndex, at);
  }
}

/** The first date in a table cell, wherever it stands ("03/03/2016", "9 (03/03/2016)"). */
function dateInCell(text: string, from: number, to: number): Candidate | null {
  const cell = text.slice(from, to);
  DATE_IN_CELL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_IN_CELL.exec(cell))) {
    if (m.index > 0 && /[\w/.-]/.test(cell[m.index - 1])) continue;
    const found = readDate(text, from + m.index);
    if (found && found.end <= to) return found;
  }
  return null;
}

// A chronology row or dated line that records a birth: the date opens the line, then a separator, then
// a few words naming who (a name, a kin word, an agency cell) and "born".
const BIRTH_ROW = /^[ \t]*(?=\d)/gm;
const BORN_AFTER = /^[ \t]*(?:[|:\t–—-][ \t]*)+(?:birth\s+of\b|(?:[^\s|\t.]+[ \t]*(?:[|\t–—-][ \t]*)?){0,6}?(?:was\s+)?born\b)/i;
// A row may open with a month and year ("March 2015 – Tyler born").
const MONTH_ROW = new RegExp(`^[ \\t]*(?=${MONTH})`, "gmi");

function scanBirthRows(text: string, out: Candidate[]): void {
  if (!/\bborn\b|\bbirth\s+of\b/i.test(text)) return;
  for (const [rows, read] of [
    [BIRTH_ROW, readDate],
    [MONTH_ROW, (t: string, at: number) => readDate(t, at) ?? readMonthYear(t, at)],
  ] as const)
    scanRows(text, rows, read, out);
}

function scanRows(text: string, rows: RegExp, read: (text: string, at: number) => Candidate | null, out: Candidate[]): void {
  rows.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = rows.exec(text))) {
    const found = read(text, m.index + m[0].length);
    rows.lastIndex = Math.max(rows.lastIndex, m.index + 1);
    if (!found) continue;
    const rest = text.slice(found.end, Math.min(text.length, found.end + 120)).split("\n")[0];
    // (The words first: the pattern's few words before "born" can be cut up many ways, all tried on a row without it.)
    if (/born|birth/i.test(rest) && BORN_AFTER.test(rest)) out.push({ ...found, confidence: 0.8 });
  }
}

// A family table without a header: a name, a relationship and a date on one line, cells set apart by
// tabs, wide spaces, bars, dashes or commas ("Tyler Smith    brother    14/02/2015"). The date is that
// person's date of birth: a relationship cell says the row is about a person, not an event.
const CELL_GAP = "(?:\\t+|[ ]{2,}|[ \\t]*[|–—][ \\t]*|[ ]+-[ ]+|,[ \\t]*)";
const RELATIONSHIP =
  "(?:(?:maternal|paternal|older|younger|elder|full|half|step|birth|foster|adopted)[ -]?)*(?:brother|sister|sibling|son|daughter|mother|father|mum|dad|grandmother|grandfather|grandma|grandad|nan|aunt|uncle|cousin|niece|nephew|partner|subject|self|child|baby|carer)s?";
const RELATIONSHIP_ROW = new RegExp(
  `^[ \\t]*(?:[-•*][ \\t]*)?(?:\\p{Lu}[\\p{L}'’-]+[ ]){0,3}\\p{Lu}[\\p{L}'’-]+(?:${CELL_GAP}|[ ]+(?=\\())\\(?${RELATIONSHIP}\\)?${CELL_GAP}(?=\\d)`,
  "gimu",
);

function scanRelationshipRows(text: string, out: Candidate[]): void {
  RELATIONSHIP_ROW.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIONSHIP_ROW.exec(text))) {
    const found = readDate(text, m.index + m[0].length);
    if (found) out.push({ ...found, confidence: 0.8 });
  }
}

// A household list with the date straight after the name: "CAMPBELL, Nevaeh<TAB>22/01/2012<TAB>Wexley Grange
// School", "- Amara Thorne – 30/08/2023 – sister". A row that opens with a name (a chronology row opens with
// its date) and gives a date next is a person's row; the date is their date of birth when a relationship
// follows it or the block of such rows sits under a heading for the people in a home ("Others in household:").
const NAME_CELL = "(?:\\p{Lu}[\\p{L}'’-]+,?[ ]){0,3}\\p{Lu}[\\p{L}'’-]+";
const NAME_DATE_ROW = new RegExp(`^[ \\t]*(?:[-•*][ \\t]*)?${NAME_CELL}${CELL_GAP}(?=\\d)`, "gmu");
const RELATIONSHIP_NEXT = new RegExp(`^${CELL_GAP}\\(?${RELATIONSHIP}\\b`, "iu");
const HOUSEHOLD_HEADING = /^[ \t]*[^\n]{0,30}\b(?:household|family|siblings?|children|members|residents|living\s+(?:at|with)|lives\s+with|others)\b[^\n]{0,30}$/i;

function scanNameDateRows(text: string, out: Candidate[]): void {
  NAME_DATE_ROW.lastIndex = 0;
  let m: RegExpExecArray | null;
  // The heading above the current block of rows, decided once per block.
  let blockEnd = -1;
  let headed = false;
  while ((m = NAME_DATE_ROW.exec(text))) {
    const found = readDate(text, m.index + m[0].length);
    if (!found) continue;
    const lineEnd = text.indexOf("\n", found.end) < 0 ? text.length : text.indexOf("\n", found.end);
    if (m.index !== blockEnd + 1) {
      // A new block: the line above it is its heading.
      const above = m.index > 0 ? text.lastIndexOf("\n", m.index - 2) + 1 : m.index;
      headed = m.index > 0 && HOUSEHOLD_HEADING.test(text.slice(above, m.index - 1));
    }
    blockEnd = lineEnd;
    if (headed || RELATIONSHIP_NEXT.test(text.slice(found.end, lineEnd))) out.push({ ...found, confidence: 0.8 });
  }
}

// A list of people each with a date in brackets: "Children: Dávid Novak (03/05/2011), Klaudia Novak
// (19/08/2014)". A full name (two capitalised words) then a bracketed date is a date of birth when the
// line lists two or more such pairs or opens with a label for people; events written the same way
// ("Strategy Meeting (02/11/2025)") are left alone.
const BRACKET_DATE = /\((?=[ \t]*\d)/g;
// "Dávid Novak", or a surname in capitals before the given name as police and court lists write it ("GREAVES, Jodie").
const FULL_NAME_BEFORE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}{2}[\p{Lu}'’-]*,)[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t]*$/u;
const PEOPLE_LABEL = /^[ \t]*(?:children|child|siblings?|subjects?|household|family|family members|members|young (?:person|people)|parents?|mother|father|carers?)[ \t]*:/i;
const NOT_PEOPLE = new Set(
  "meeting conference review hearing visit assessment report plan order referral discussion panel letter email statement judgment judgement session appointment call contact strategy check minutes act regulations rules group team centre center school nursery academy college court unit service".split(" "),
);

// A given name alone, as records write the children of a family: "Tyler (12/03/2016)": a known first name, or a
// capitalised word that is no everyday word ("Corran", not "Referral").
const WORD_BEFORE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t]*$/u;
function givenNameBefore(before: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[1].toLowerCase();
  return !!word && !NOT_PEOPLE.has(word) && (FIRST_NAMES.has(word) || !COMMON_WORDS.has(word));
}

function scanNamedDates(text: string, out: Candidate[]): void {
  const byLine = new Map<number, Candidate[]>();
  BRACKET_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKET_DATE.exec(text))) {
    let at = m.index + 1;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    const found = readDate(text, at);
    if (!found) continue;
    let close = found.end;
    while (text.charCodeAt(close) === 32 || text.charCodeAt(close) === 9) close++;
    if (text.charCodeAt(close) !== 41) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const name = FULL_NAME_BEFORE.exec(before);
    if (name ? NOT_PEOPLE.has(name[1].replace(/,$/, "").toLowerCase()) || NOT_PEOPLE.has(name[2].toLowerCase()) : !givenNameBefore(before)) continue;
    const line = text.lastIndexOf("\n", m.index) + 1;
    const list = byLine.get(line) ?? [];
    list.push({ ...found, confidence: 0.8 });
    byLine.set(line, list);
  }
  // A list is also one pair per line on lines that follow each other ("GREAVES, Jodie (11/07/1993) – occupier⏎LOMAX, …").
  const nextLine = (line: number) => text.indexOf("\n", line) + 1;
  const lineBefore = (line: number) => (line > 0 ? text.lastIndexOf("\n", line - 2) + 1 : -1);
  // A single pair is a date of birth when the date is years before the latest date the record gives (when it was
  // written): "Chloe Smith (12/03/2011) lives with Mum". A meeting, call or hearing in brackets is recent.
  let written: SimpleDate | undefined;
  for (const [line, list] of byLine) {
    const listed = list.length >= 2 || (nextLine(line) > 0 && byLine.has(nextLine(line))) || byLine.has(lineBefore(line));
    if (listed || PEOPLE_LABEL.test(text.slice(line, line + 40))) for (const c of list) out.push(c);
    else
      for (const c of list) {
        written ??= latestDate(text);
        if (written && c.date && yearsBetween(c.date, written) >= BIRTH_YEARS_BEFORE) out.push(c);
      }
  }
}
// Years between a bracketed date after a name and the record's date that make it a birth, not an event.
const BIRTH_YEARS_BEFORE = 3;

export function scanDatesOfBirth(text: string, out: Candidate[]): void {
  scanTableColumns(text, out);
  scanBirthRows(text, out);
  scanRelationshipRows(text, out);
  scanNameDateRows(text, out);
  scanNamedDates(text, out);
  for (const cue of CUES) {
    cue.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.exec(text))) {
      // "b." opening a line is a lettered list item ("a. 10/03/2025 Strategy meeting⏎b. 12/03/2025 …").
      if (m[0] === "b." && LINE_START.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const found = dateAfter(text, m.index + m[0].length, NEEDS_DATE_NEXT.has(m[0].toLowerCase()));
      if (found) {
        out.push(found);
        cue.lastIndex = Math.max(cue.lastIndex, listedAfter(text, found, out));
      }
    }
  }
  repeatedDates(text, out);
}

const LINE_START = /(?:^|\n)[ \t]*$/;

// "born on 2 May 2014 and 9 June 2016 respectively", "dates of birth 1/2/1990, 3/4/1992": dates listed
// straight after a date of birth, joined only by a comma, "and", "or" or "&", are dates of birth too.
const LIST_JOIN = /^[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+|&[ \t]*)?|(?:and|or|&)[ \t]+)/y;

function listedAfter(text: string, first: Candidate, out: Candidate[]): number {
  let end = first.end;
  for (let n = 0; n < 6; n++) {
    LIST_JOIN.lastIndex = 0;
    const join = LIST_JOIN.exec(text.slice(end, end + 12));
    if (!join) break;
    const next = readDate(text, end + join[0].length);
    if (!next) break;
    out.push({ ...next, confidence: first.confidence });
    end = next.end;
  }
  return end;
}

// A date already given as someone's date of birth is that identifier wherever it is written again, in the
// same or another form ("DOB 03/03/2015" … "on 3 March 2015 Ava was born").
// Where a date may start: a day and a separator, or a day before a month name ("3 March", "3rd of
// March"), or a month name before a day ("March 3"). Plain digits and letters first, so the pattern is
// quick over a long record; readDate then reads the whole date.
const DATE_START = /\d{1,2}(?:[/.-]\d|(?:st|nd|rd|th)?\s+(?:of\s+)?[JFMASONDjfmasond][a-z]{2})|\d{4}-\d\d-|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/g;

function repeatedDates(text: string, out: Candidate[]): void {
  const known = new Set<string>();
  // Only whole dates: a month and year alone ("Born: March 2015") says nothing about a day.
  for (const c of out) if (c.kind === "date of birth" && c.date && readDate(text, c.start)) known.add(`${c.date.year}-${c.date.month}-${c.date.day}`);
  if (known.size === 0) return;
  const taken = out.filter((c) => c.kind === "date of birth");
  DATE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_START.exec(text))) {
    if (m.index > 0 && (isWordCode(text.charCodeAt(m.index - 1)) || text.charCodeAt(m.index - 1) === 47)) continue;
    const found = readDate(text, m.index);
    if (!found || !found.date) continue;
    DATE_START.lastIndex = found.end;
    if (!known.has(`${found.date.year}-${found.date.month}-${found.date.day}`)) continue;
    if (taken.some((c) => c.start < found.end && found.start < c.end)) continue;
    out.push({ ...found, confidence: 0.75 });
  }
}

function dateAfter(text: string, from: number, immediate: boolean): Candidate | null {
  let i = from;
  let words = 0;
  let sawColon = false;
  let afterComma = false;
  // "born in March 2015": a month and year alone after "in" too.
  let lastWordIn = false;
  const monthYearHere = () => words === 0 || (words === 1 && lastWordIn);
  const limit = Math.min(text.length, from + 80);
  while (i < limit) {
    const c = text.charCodeAt(i);
    // Separators: spaces, ":", brackets, "-", dashes; one line break only straight after a label colon.
    if (c === 32 || c === 9 || c === 0xa0 || c === 40 || c === 41 || c === 45 || c === 0x2013 || c === 0x2014 || c === 58 || c === 44) {
      if (c === 58) sawColon = true;
      // "Since Ava was born, on 12/03/2025 we…": a comma straight after "born" closes the clause.
      if (c === 44 && words === 0 && BORN_BEFORE.test(text.slice(Math.max(0, from - 4), from))) return null;
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
    if (c >= 48 && c <= 57) {
      const date = readDate(text, i) ?? (monthYearHere() ? readMonthYear(text, i) : null);
      if (date || immediate) return date;
      // "born at 32 weeks on 4 June 2019", "born weighing 3.1 kg on …": a measure is a gap word.
      MEASURE.lastIndex = i;
      const measure = MEASURE.exec(text);
      if (!measure || ++words > MAX_WORDS) return null;
      i += measure[0].length;
      continue;
    }
    if (immediate) return null;
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter) return null;
    // A month name may start the date ("born February 4, 2017"); straight after the cue a month and
    // year alone are a date of birth too ("Born: March 2015").
    const written = readDate(text, i) ?? (monthYearHere() ? readMonthYear(text, i) : null);
    if (written) return written;
    if (++words > MAX_WORDS) return null;
    const wordStart = i;
    while (i < limit) {
      const w = text.charCodeAt(i);
      if (!((w >= 65 && w <= 90) || (w >= 97 && w <= 122) || w === 39 || w === 0x2019)) break;
      i++;
    }
    const capitalised = c >= 65 && c <= 90;
    const word = text.slice(wordStart, i).toLowerCase();
    lastWordIn = word === "in";
    if (!capitalised && !GAP_WORDS.has(word)) return null;
    // After a comma only a capitalised word (a weekday, a place) may follow: "born on Tuesday, 4 May".
    if (afterComma && !capitalised) return null;
    afterComma = false;
  }
  return null;
}

const BORN_BEFORE = /born$/i;
const MEASURE = /\d+(?:\.\d+)?[ \t]*(?:weeks?|days?|hours?|kg|g|grams?|lbs?|oz|pounds?|ounces?)(?![\w])/y;
const MONTH_YEAR = new RegExp(`${MONTH}\\.?,?\\s+(\\d{4})(?!\\d|[/.-]\\d)`, "iy");

/** A month and year alone ("March 2015"), as some records give a date of birth. */
function readMonthYear(text: string, at: number): Candidate | null {
  const m = stickyAt(MONTH_YEAR, text, at);
  if (!m) return null;
  const year = Number(m[2]);
  if (year < 1900 || year > 2099) return null;
  return { start: at, end: at + m[0].length, kind: "date of birth", confidence: 0.8, rank: 1, date: { year, month: monthNumber(m[1]), day: 1 } };
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
    date = { day: Number(m[1]), month: monthNumber(m[2]), year: m[3].length === 2 ? expandTwoDigitYear(Number(m[3])) : Number(m[3]) };
  } else if ((m = stickyAt(MONTH_DAY, text, at))) {
    date = { day: Number(m[2]), month: monthNumber(m[1]), year: Number(m[3]) };
  } else if ((m = stickyAt(WORD_DAY_MONTH, text, at))) {
    const day = ORDINAL_DAY.get(`${m[1] ? m[1].toLowerCase() : ""}${m[2].toLowerCase()}`);
    date = day ? { day, month: monthNumber(m[3]), year: Number(m[4]) } : null;
  }
  if (!m || !date || !isCalendarDate(date.year, date.month, date.day)) return null;
  return { start: at, end: at + m[0].length, kind: "date of birth", confidence: 0.9, rank: 1, date };
}
