// When was the record written, and which of its events are dated after that? A meeting, visit or review the
// record dates later than its own date ("Prepared by …, 1 December 2026" … "handover visit on 14 December") is
// a plan with a time, however it is worded: a chronology or a summary often gives its next steps as dated
// entries with no "will" (issue 12, item 1: plans with an owner or a time). Linear: one pass over the dates.
import type { RuleContext } from "../rule";
import { firstAtOrAfter, type Span } from "../text/span";
import { monthNumber } from "../text/dates";
import { lowerOf } from "./evidence";

const MONTH_NAMES = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
// On the lower-cased text: "14 december", "1st dec 2026", "01/12/2026", "29/11/26".
const DATE = new RegExp(
  `(?<![\\d/.])(?:(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})(?![\\d/])|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\b\\.?(?:,?\\s+(\\d{4})(?!\\d))?)`,
  "g",
);
// Words that date the record itself on a header or footer line: "Prepared by X, 1 December 2026", "Date: …",
// "Week ending …", "Signed L. Pritchard 29/11/26", an email's "Sent:".
const RECORD_DATE_CUE = /\b(?:prepared|dated?|written|completed|updated|sent|signed|ending|produced|compiled|typed|report date|date of (?:report|record|note))\b[^\n]{0,40}$/;
const NOT_RECORD_DATE = /\b(?:born|dob|d\.o\.b|birth|due)\b[^\n]{0,20}$/;
// The events of the work: a dated one after the record's date is planned.
const PROCESS_EVENT =
  /\b(?:visits?|meetings?|reviews?|hearings?|handover|conferences?|appointments?|assessments?|panel|transfer|introductions|sessions?|core group|referral|medical|interview|family time|contact|supervision|court)\b/;
const DECIDED = /\b(?:agreed|arranged|booked|planned|scheduled|confirmed|approved|listed|will|shall|to (?:attend|visit|meet|see|complete|chair|lead))\b/;
const WORKER = /\b(?:worker|manager|iro|carers?|guardian|practitioner|nurse|visitor|officer)\b/;
const HEADER_LINES = 6;
const FOOTER_LINES = 4;

type Found = { at: number; day: number; yearGiven: boolean };

function dayNumber(d: number, m: number, y: number): number {
  return y * 372 + (m - 1) * 31 + (d - 1);
}

function read(m: RegExpExecArray, fallbackYear: number | undefined): Found | undefined {
  let d: number, mo: number, y: number | undefined;
  if (m[1] !== undefined) {
    d = +m[1];
    mo = +m[2];
    y = +m[3];
    if (m[3].length === 2) y += 2000;
  } else {
    d = +m[4];
    mo = monthNumber(m[5]) ?? 0;
    y = m[6] !== undefined ? +m[6] : undefined;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const yearGiven = y !== undefined;
  y ??= fallbackYear;
  if (y === undefined) return undefined;
  return { at: m.index, day: dayNumber(d, mo, y), yearGiven };
}

/** The record's first lines and its last lines, where its own date is written. */
function edges(text: string): Span[] {
  let head = text.length;
  let seen = 0;
  for (let k = 0; k < text.length; k++) {
    if (text[k] === "\n" && ++seen >= HEADER_LINES) {
      head = k;
      break;
    }
  }
  let foot = head;
  seen = 0;
  for (let k = text.trimEnd().length - 1; k > head; k--) {
    if (text[k] === "\n" && ++seen >= FOOTER_LINES) {
      foot = k;
      break;
    }
  }
  if (seen < FOOTER_LINES) foot = head;
  return [
    { start: 0, end: head },
    { start: foot, end: text.length },
  ];
}

/** The record's own date (day number), from a dated header or footer line, or undefined. */
export function recordDate(ctx: RuleContext): { day: number; year: number } | undefined {
  const lower = lowerOf(ctx);
  for (const span of edges(lower)) {
    const part = lower.slice(span.start, span.end);
    DATE.lastIndex = 0;
    for (let m = DATE.exec(part); m; m = DATE.exec(part)) {
      const f = read(m, undefined);
      if (!f || !f.yearGiven) continue;
      const lineStart = part.lastIndexOf("\n", m.index) + 1;
      const before = part.slice(lineStart, m.index);
      if (!RECORD_DATE_CUE.test(before) || NOT_RECORD_DATE.test(before)) continue;
      return { day: f.day, year: Math.floor(f.day / 372) };
    }
  }
  return undefined;
}

/** Sentences giving a work event (a visit, meeting, review, handover…) dated after the record's own date. */
export function eventsAfterRecord(ctx: RuleContext): Span[] {
  const written = recordDate(ctx);
  if (!written) return [];
  const lower = lowerOf(ctx);
  const out: Span[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(lower); m; m = DATE.exec(lower)) {
    const f = read(m, written.year);
    if (!f || f.day <= written.day) continue;
    if (ctx.inQuote(m.index, m.index + 1)) continue;
    const s = ctx.sentenceAt(m.index);
    const sentence = lower.slice(s.start, s.end);
    if (NOT_RECORD_DATE.test(lower.slice(Math.max(s.start, m.index - 25), m.index))) continue;
    if (!PROCESS_EVENT.test(sentence)) continue;
    // A meeting that is simply due ("There is a PEP meeting on 4 November") has no owner: only a decided or
    // arranged event, or one with a named adult or a worker in it, is a plan.
    if (!DECIDED.test(sentence) && !adultIn(ctx, s)) continue;
    out.push(s);
    if (out.length >= 8) break;
  }
  return out;
}

/** True when the sentence names an adult the people stage knows, or a worker by role. */
function adultIn(ctx: RuleContext, s: Span): boolean {
  if (WORKER.test(lowerOf(ctx).slice(s.start, s.end))) return true;
  const all = ctx.people.all;
  for (let i = firstAtOrAfter(all, s.start); i < all.length && all[i].start < s.end; i++) if (all[i].role === "adult") return true;
  return false;
}
