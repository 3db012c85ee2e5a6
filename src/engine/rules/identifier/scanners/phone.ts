import { type Candidate, isDigitCode, isWordCode } from "./candidate";

// UK numbers as Ofcom's National Telephone Numbering Plan allocates them: a national number is a 0
// and nine or ten more digits (01/02 geographic, 03 non-geographic, 07 mobile, 08 freephone and
// special rate), written with spaces, hyphens, dots or brackets; +44 (or 0044) replaces the 0.
// https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbering
//
// Only the start is found by pattern; the digits are then read group by group, so a number that
// runs into a following figure ("07700 900871 2 children") ends where eleven digits end, and
// dates, times, money and years (too few digits, or no leading 0) never qualify.

const START = /\+[ \u00a0]?44|\(?0/g;

const SPACE = 32;
const NBSP = 0xa0;
const HYPHEN = 45;
const DOT = 46;
const CLOSE = 41;

export function scanPhoneNumbers(text: string, out: Candidate[]): void {
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    const start = m.index;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    // Not inside a word, a longer figure, a reference ("NP/25/…"), money or a decimal.
    if (isWordCode(before) || before === 47 || before === 163 || before === 36 || before === 43 || before === 46 || before === 45) {
      continue;
    }
    const found = readNumber(text, start, m[0]);
    if (found) {
      found.end = withExtension(text, found.end);
      out.push(found);
      START.lastIndex = found.end;
    }
  }
  let plus = text.indexOf("+");
  while (plus >= 0) {
    const before = plus > 0 ? text.charCodeAt(plus - 1) : 0;
    const found = isWordCode(before) || before === 43 ? null : readForeign(text, plus);
    if (found && !out.some((c) => c.kind === "phone number" && c.start <= plus && plus < c.end)) {
      found.end = withExtension(text, found.end);
      out.push(found);
    }
    plus = text.indexOf("+", found ? found.end : plus + 1);
  }
}

// An extension belongs to the number it extends: "01632 960123 ext. 204", "… extension 12", "… x204".
const EXTENSION = /^,?[ \t]*(?:ext\.?|extn\.?|extension|x)[ \t]*\d{1,5}(?![\w/.,]\d|\w)/i;

function withExtension(text: string, end: number): number {
  const m = EXTENSION.exec(text.slice(end, end + 20));
  return m ? end + m[0].length : end;
}

// A number abroad (a relative's in Poland or Ireland): "+" and a country code of one to three digits
// other than 44, then digit groups of eight to twelve digits in all (ITU-T E.164 allows fifteen with the
// country code). The "+" is what makes it a phone number, so a number without it is never read this way.
const FOREIGN = /\+[ \u00a0]?([1-9]\d{0,2})((?:[ \u00a0.-]?\(?\d+\)?){2,6})/y;

function readForeign(text: string, start: number): Candidate | null {
  FOREIGN.lastIndex = start;
  const m = FOREIGN.exec(text);
  if (!m || m[1] === "44") return null;
  let end = start + m[0].length;
  while (end > start && !isDigitCode(text.charCodeAt(end - 1))) end--;
  const digits = text.slice(start, end).replace(/\D/g, "").length;
  if (digits < 9 || digits > 15) return null;
  if (isWordCode(text.charCodeAt(end)) || ((text.charCodeAt(end) === DOT || text.charCodeAt(end) === 44) && isDigitCode(text.charCodeAt(end + 1)))) return null;
  return { start, end, kind: "phone number", confidence: 0.8, rank: 0 };
}

function readNumber(text: string, at: number, head: string): Candidate | null {
  let start = at;
  let i = start;
  let international = false;
  let bracketed = false;
  if (head.charCodeAt(0) === 43) {
    // "+44", then an optional "(0)" that is not dialled.
    international = true;
    i += head.length;
    i = skipSpaces(text, i);
    if (text.startsWith("(0)", i)) i = skipSpaces(text, i + 3);
  } else {
    if (head.length === 2) {
      bracketed = true;
      i++;
    }
    if (text.startsWith("0044", i) || text.startsWith("00 44", i)) {
      international = true;
      i = skipSpaces(text, i + (text.charCodeAt(i + 2) === SPACE ? 5 : 4));
      if (text.startsWith("(0)", i)) i = skipSpaces(text, i + 3);
    }
  }
  // Read digit groups; a group ending on ten or eleven national digits is a possible end.
  let digits = international ? 1 : 0; // the 0 that +44 replaces
  let first = -1;
  let second = -1;
  let groups = 0;
  let best = -1;
  let bestDigits = 0;
  while (i < text.length) {
    const groupStart = i;
    while (i < text.length && isDigitCode(text.charCodeAt(i))) {
      if (digits === 1) first = text.charCodeAt(i) - 48;
      else if (digits === 2) second = text.charCodeAt(i) - 48;
      digits++;
      i++;
    }
    const size = i - groupStart;
    if (size === 0) break;
    // "01632 960481", "020 7946 0000": the first group holds the 0 and at least two more digits
    // (so "01-02-2020" never starts a number); later groups hold two or more.
    if (groups === 0 && !international && size < 3) return null;
    if (groups > 0 && size < 2) break;
    groups++;
    if (digits > 11) break;
    if (digits === 10 || digits === 11) {
      best = i;
      bestDigits = digits;
    }
    // A separator: one space, hyphen or tab, or a closing bracket with an optional space.
    let j = i;
    if (text.charCodeAt(j) === CLOSE) {
      if (!bracketed) break;
      j++;
    }
    const c = text.charCodeAt(j);
    if (c === SPACE || c === NBSP || c === HYPHEN || c === 9) j++;
    if (j === i || !isDigitCode(text.charCodeAt(j))) break;
    i = j;
  }
  if (best < 0) return null;
  if (!international && text.charCodeAt(bracketed ? start + 1 : start) !== 48) return null;
  // First national digit after the 0: 1, 2, 3 geographic/non-geographic, 5 corporate, 7 mobile, 8 special.
  if (first !== 1 && first !== 2 && first !== 3 && first !== 5 && first !== 7 && first !== 8) return null;
  if (first !== 1 && first !== 8 && bestDigits !== 11) return null;
  if (first === 7 && second === 0) return null;
  // What follows must not continue the figure ("07700900123456", "01632 960481a"); an extension
  // after a slash ("0161 496 0000/1") is left outside the span.
  const after = best < text.length ? text.charCodeAt(best) : 0;
  if (isWordCode(after)) return null;
  if ((after === DOT || after === 44) && isDigitCode(best + 1 < text.length ? text.charCodeAt(best + 1) : 0)) return null;
  const confidence = first === 7 || international ? 0.9 : 0.85;
  // "(07700 900123)": a bracket around the whole number, not an area code in brackets, stays outside.
  if (bracketed && text.lastIndexOf(")", best - 1) < start) start++;
  return { start, end: best, kind: "phone number", confidence, rank: 0 };
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === NBSP)) i++;
  return i;
}
