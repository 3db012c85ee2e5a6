import labels from "../../../../../rules/identifier/reference-labels.json";
import type { Candidate } from "./candidate";
import { escapePattern, isWordCode } from "./candidate";

// Family court numbers: court code, two-digit year, case type letter, five-digit serial
// ("NM24C00517", "ZW25P00123"). The shape is distinctive enough to report with no label.
// A published judgment may mask the court code: "[XX]24C00011".
const COURT = /(?<![\w/-])(?:[A-Z]{2}|\[[A-Z]{2}\])\d{2}[A-Z]\d{5}(?![\w/-])/g;

type LabelEntry = { label: string; exactCase?: boolean };

const ENTRIES = labels.entries as LabelEntry[];

// Found from the value backwards: every reference holds a run of three digits, which a pattern
// finds quickly, while a pattern of seventy labels is slow to run over a whole record. The label is
// checked only when the word before the value is the last word of some label (or "no", "number",
// "is"), so the full label pattern runs rarely.
const LAST_WORDS = new Set(ENTRIES.map((e) => e.label.split(" ").pop()!.toLowerCase()));
for (const w of ["no", "number", "is"]) LAST_WORDS.add(w);

// A label ending in "number" is also written with "no" ("client number", "Client no. 0064518").
function labelForms(label: string): string[] {
  return /\snumber$/i.test(label) ? [label, label.replace(/number$/i, "no")] : [label];
}

function labelSource(exact: boolean): string {
  return ENTRIES.filter((e) => (e.exactCase === true) === exact)
    .flatMap((e) => labelForms(e.label))
    .sort((a, b) => b.length - a.length)
    .map(escapePattern)
    .join("|");
}

// A label at the end of the text before a value: "Case ref: ", "crime reference ", "Case No. ",
// "the case number is ", "Mosaic ID - ". Not a query in a web address ("…aspx?ID=52438").
function labelBefore(source: string, flags: string): RegExp {
  return new RegExp(
    `(?<![\\w?&/=.])(?:${source})\\.?(?:[ \\t]*(?:no\\.?|number|#))?(?:[ \\t]+is)?[ \\t]*[:#=\\-–]?[ \\t]*$`,
    flags,
  );
}

const LABEL_BEFORE = [labelBefore(labelSource(false), "i"), labelBefore(labelSource(true), "")];
const DIGIT_RUN = /\d{3}/g;
const DATE_LIKE = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/;
const LABEL_REACH = 48;

function isRefCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 45;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// A record number in brackets straight after a person's name ("Lena Szczepaniak (3319027)"), or after
// a name and age in a list the line labels as references ("Children and references: Hamza (15) 7730139;
// Maryam (12) 7730142"): the number identifies that person.
// Found from the number forwards (a look-behind over letters would be quadratic on a long word); the
// name before it is checked on a short slice. The numbers are runs of six to nine digits, either in
// brackets ("(3319027)") or after a bracket and spaces (") 7730139", not followed by "/"): the runs are
// found by a plain digit pattern (a pattern with a look-behind is tried at every offset, which is slow
// over a whole record) and the brackets around them read directly.
const SIX_DIGITS = /\d{6,}/g;
const NAME_BEFORE_BRACKET = /\p{Lu}[\p{L}'’-]+[ \t]*$/u;
const NAME_AGE_BEFORE = /\p{Lu}[\p{L}'’-]+[ \t]+\(\d{1,2}\)[ \t]+$/u;
const REFERENCE_LINE = /\b(?:references?|refs?|IDs?|case numbers?)\b/i;

function scanNamedNumbers(text: string, out: Candidate[]): void {
  SIX_DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIX_DIGITS.exec(text))) {
    const start = m.index; // a whole run of digits: the pattern is greedy and starts at the run's first digit
    const end = start + m[0].length;
    if (end - start > 9) continue;
    const inBrackets = text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41;
    if (!inBrackets && !(text.charCodeAt(end) !== 47 && afterBracketAndSpaces(text, start))) continue;
    const from = inBrackets ? start - 1 : start;
    const lead = text.slice(Math.max(0, from - 40), from);
    if (!(inBrackets ? NAME_BEFORE_BRACKET : NAME_AGE_BEFORE).test(lead)) continue;
    if (!inBrackets) {
      const ls = text.lastIndexOf("\n", start) + 1;
      if (!REFERENCE_LINE.test(text.slice(ls, start))) continue;
    }
    out.push({ start, end, kind: "case number", confidence: 0.75, rank: 2 });
  }
}

/** ")" then one or more spaces or tabs straight before offset. */
function afterBracketAndSpaces(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i < offset && i > 0 && text.charCodeAt(i - 1) === 41;
}

// A code in capitals and digits written in parts joined by "-" or "/" ("NM-MFH-25-4471", "MR-25-80214",
// "25/331942X", "CWD-44817"): the way police, council, court and youth justice systems print a
// reference, so it needs no label ("reported missing to police (NM-MFH-25-4471)"). It must hold a run of
// four or more digits that is not a year: a year group ("Y10/11"), a financial year ("FY2024/25"),
// "COVID-19", "UK-2025" or a citation ("Case C-123/45") is not a reference, nor a part of a web address.
const CODE = /(?<![\w/.@-])[A-Z0-9]+(?:[-/][A-Z0-9]+)+(?![\w/@-]|\.\w)/g;
const YEAR_RUN = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

function isReferenceCode(code: string): boolean {
  return /[A-Z]/.test(code) && /\d{4}/.test(code.replace(YEAR_RUN, "-"));
}

function scanCodes(text: string, out: Candidate[]): void {
  CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE.exec(text))) {
    if (isReferenceCode(m[0])) out.push({ start: m.index, end: m.index + m[0].length, kind: "case number", confidence: 0.75, rank: 1 });
  }
}

export function scanCaseNumbers(text: string, out: Candidate[]): void {
  scanNamedNumbers(text, out);
  scanCodes(text, out);
  COURT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COURT.exec(text))) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: "case number", confidence: 0.9, rank: 1 });
  }
  DIGIT_RUN.lastIndex = 0;
  while ((m = DIGIT_RUN.exec(text))) {
    let start = m.index;
    while (start > 0 && isRefCode(text.charCodeAt(start - 1))) start--;
    let end = m.index + 3;
    while (end < text.length && isRefCode(text.charCodeAt(end))) end++;
    DIGIT_RUN.lastIndex = end;
    // "/" and "-" at either end are punctuation, not part of the reference.
    while (start < end && (text.charCodeAt(start) === 47 || text.charCodeAt(start) === 45)) start++;
    while (end > start && (text.charCodeAt(end - 1) === 47 || text.charCodeAt(end - 1) === 45)) end--;
    const grouped = spacedGroups(text, start, end);
    if (grouped) {
      out.push({ start: grouped.start, end: grouped.end, kind: "case number", confidence: 0.85, rank: 2 });
      DIGIT_RUN.lastIndex = Math.max(DIGIT_RUN.lastIndex, grouped.end);
      continue;
    }
    if (end - start < 4 || end - start > 25 || isWordCode(text.charCodeAt(end)) || text.charCodeAt(end) === 47) continue;
    if (isYearInProse(text, start, end)) continue;
    if (labelled(text, start) && !DATE_LIKE.test(text.slice(start, end)) && countDigits(text, start, end) >= 3) {
      if (BARE_CASE.test(text.slice(Math.max(0, start - 8), start)) && !(countDigits(text, start, end) >= 6 && !/[A-Za-z]/.test(text.slice(start, end)))) continue;
      const whole = valueEnd(text, end);
      out.push({ start, end: whole, kind: "case number", confidence: 0.85, rank: 2 });
      DIGIT_RUN.lastIndex = Math.max(DIGIT_RUN.lastIndex, whole);
    }
  }
}

// A labelled number printed in groups of digits ("Complaint reference: 25 014 337", "Ref 1234 5678"): the
// groups, read back to the label and on to the last group, are one reference of six or more digits.
const GROUP_BEFORE = /(?<![\w/.-])\d{1,4} $/;
const GROUP_AFTER = /^ \d{2,4}(?![\w/.-])/;

function spacedGroups(text: string, start: number, end: number): { start: number; end: number } | null {
  if (!/^\d+$/.test(text.slice(start, end)) || end - start > 4) return null;
  let from = start;
  for (let n = 0; n < 4; n++) {
    const g = GROUP_BEFORE.exec(text.slice(Math.max(0, from - 5), from));
    if (!g) break;
    from -= g[0].length;
  }
  let to = end;
  for (let n = 0; n < 4; n++) {
    const g = GROUP_AFTER.exec(text.slice(to, to + 6));
    if (!g) break;
    to += g[0].length;
  }
  if (from === start && to === end) return null;
  if (countDigits(text, from, to) < 6 || !labelled(text, from)) return null;
  return { start: from, end: to };
}

// "case" alone is a label only for a long plain number ("(case 88-41327)"): "in case 1234 the judge…"
// and a citation ("Case C-123/45") are not a person's reference.
const BARE_CASE = /(?<![\w])case[ \t]*$/i;

// The rest of a reference written in parts: "Case No: 1234 of 2024", "pol ref CAD 1147 02/11/25" (a log
// number and its date). A part holds a digit and is a code ("02/11/25", "A7"), not a word or a label.
const OF_YEAR = /^[ \t]+of[ \t]+(?:19|20)\d\d(?![\w/])/;
const CODE_PART = /^ (?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*(?![\w/-])/;

function valueEnd(text: string, end: number): number {
  const ofYear = OF_YEAR.exec(text.slice(end, end + 12));
  if (ofYear) return end + ofYear[0].length;
  for (let n = 0; n < 2; n++) {
    const part = CODE_PART.exec(text.slice(end, end + 16));
    // A bare count ("Ref: 1234 12 children") is not a part: a part has a separator, a letter or four digits.
    if (!part || !(/[/A-Z-]/.test(part[0]) || countDigits(part[0], 0, part[0].length) >= 4)) break;
    end += part[0].length;
  }
  return end;
}

// "Our ref: 2019 guidance applies", "see reference 1989 Act", "the case is 2024 and…": a bare year
// followed by more words is the year of something, not a reference (a reference alone on its line,
// "Ref: 2019", still counts).
const YEAR = /^(?:19|20)\d\d$/;
const WORD_AFTER = /^[ \t]+[\p{L}(]/u;

function isYearInProse(text: string, start: number, end: number): boolean {
  return YEAR.test(text.slice(start, end)) && WORD_AFTER.test(text.slice(end, end + 3));
}

function labelled(text: string, start: number): boolean {
  // The word before the value, past spaces and ":#=-–" (at most a few characters).
  let i = start;
  while (i > 0 && start - i < 6) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 58 || c === 35 || c === 61 || c === 45 || c === 0x2013 || c === 46) i--;
    else break;
  }
  if (i === start && start > 0) return false;
  let w = i;
  while (w > 0 && isLetterCode(text.charCodeAt(w - 1))) w--;
  if (w === i || !LAST_WORDS.has(text.slice(w, i).toLowerCase())) return false;
  const before = text.slice(Math.max(0, start - LABEL_REACH), start);
  return LABEL_BEFORE.some((re) => re.test(before));
}

function countDigits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
