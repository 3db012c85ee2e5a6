// Chronology order: lines that start with a date should run in date order, and an entry recorded long
// after the event should say so. Entries out of order are those left out of the longest run in order
// (so one misplaced entry is flagged, not everything after it).
import type { QualityNote } from "../types";
import type { RuleContext } from "../rule";
import { MONTH_SOURCE } from "../text/dates";

export const CHRONOLOGY_ORDER = {
  id: "chronology-order",
  description: "Dated entries out of order, or recorded long after the event.",
  source:
    "Re M and N [2018] EWFC 40 (notes should be contemporaneous, signed and dated), via recording policies on proceduresonline (RECPOL, lexicon README); Ofsted, What makes an effective case record? (2019)",
};

/** An entry written up more than this many days after the event is flagged (about five working days). */
export const LATE_RECORDING_DAYS = 7;
/** Fewer dated lines than this is not a chronology. */
const MIN_ENTRIES = 3;
const MAX_NOTES = 50;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const DATE = `(?:(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})(?!\\d)|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_SOURCE})\\.?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))`;
// A date at the start of a line, after an optional bullet, weekday or table bar.
const LEADING = new RegExp(`[ \\t]*(?:[-•*|][ \\t]*)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*,?[ \\t]+)?${DATE}`, "iy");
const SECOND = new RegExp(`^[ \\t]*[|\\t,–—-]?[ \\t]*${DATE}`, "i");
const RECORDED = new RegExp(`\\b(?:recorded|entered|written up|typed up|logged|date recorded|added to (?:the )?(?:file|record))\\b[^\\n\\d]{0,20}${DATE}`, "i");

/** Days since 1970 for a matched date, or NaN. */
function dayOf(m: RegExpExecArray | null, offset = 1): number {
  if (!m) return NaN;
  let d: number, mo: number, y: number;
  if (m[offset] !== undefined) {
    d = +m[offset];
    mo = +m[offset + 1];
    y = +m[offset + 2];
    if (m[offset + 2].length === 2) y += y > 50 ? 1900 : 2000;
  } else if (m[offset + 3] !== undefined) {
    d = +m[offset + 3];
    mo = MONTHS[m[offset + 4].slice(0, 3).toLowerCase()] ?? 0;
    y = +m[offset + 5];
  } else {
    y = +m[offset + 6];
    mo = +m[offset + 7];
    d = +m[offset + 8];
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return NaN;
  return Date.UTC(y, mo - 1, d) / 86400000;
}

export type Entry = { start: number; end: number; day: number; dateText: string; recorded: number };

const fmt = (day: number) => {
  const d = new Date(day * 86400000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};

const ENTRIES = {};

/** The record's lines that open with a date, in the order written (read once per analysis). */
export function datedEntries(ctx: RuleContext): Entry[] {
  return ctx.perAnalysis(ENTRIES, () => readEntries(ctx.text));
}

/**
 * True when `at` lies in a dated entry of a chronology (at least three dated lines) that a later-dated entry
 * follows in time: the entry records what was said or decided then ("agreed to enter pre-proceedings",
 * "tells NA that Brody will no longer stay"), an event of the past rather than the record's own plan.
 */
export function inPastEntry(ctx: RuleContext, at: number): boolean {
  const entries = datedEntries(ctx);
  if (entries.length < MIN_ENTRIES) return false;
  let latest = -Infinity;
  for (const e of entries) latest = Math.max(latest, e.day);
  const e = entries.find((x) => x.start <= at && at < x.end);
  return e !== undefined && e.day < latest;
}

function readEntries(text: string): Entry[] {
  const n = text.length;
  const entries: Entry[] = [];
  let headerHasRecorded = false;
  for (let i = 0; i < n;) {
    let lineEnd = text.indexOf("\n", i);
    if (lineEnd < 0) lineEnd = n;
    LEADING.lastIndex = i;
    const m = LEADING.exec(text);
    if (m && m.index === i && m.index + m[0].length <= lineEnd) {
      const day = dayOf(m);
      if (!Number.isNaN(day)) {
        let e = lineEnd;
        while (e > i && /\s/.test(text[e - 1])) e--;
        const rest = text.slice(m.index + m[0].length, Math.min(lineEnd, m.index + m[0].length + 400));
        let recorded = dayOf(RECORDED.exec(rest));
        if (Number.isNaN(recorded) && headerHasRecorded) recorded = dayOf(SECOND.exec(rest));
        const s = i + (m[0].length - m[0].trimStart().length);
        entries.push({ start: s, end: e, day, dateText: m[0].trim(), recorded });
      }
    } else if (!entries.length && lineEnd - i < 300) {
      const line = text.slice(i, lineEnd).toLowerCase();
      if (line.includes("date") && line.includes("record")) headerHasRecorded = true;
    }
    i = lineEnd + 1;
  }
  return entries;
}

export function reviewChronology(ctx: RuleContext): QualityNote[] {
  const text = ctx.text;
  const entries = datedEntries(ctx);
  if (entries.length < MIN_ENTRIES) return [];
  const notes: QualityNote[] = [];
  // Oldest first or newest first, whichever most neighbouring entries follow.
  let up = 0;
  let down = 0;
  for (let k = 1; k < entries.length; k++) {
    if (entries[k].day > entries[k - 1].day) up++;
    else if (entries[k].day < entries[k - 1].day) down++;
  }
  const sign = down > up ? -1 : 1;
  const keep = longestOrderedRun(entries.map((e) => sign * e.day));
  for (let k = 0; k < entries.length && notes.length < MAX_NOTES; k++) {
    const e = entries[k];
    if (!keep[k]) {
      const before = k > 0 ? entries[k - 1] : undefined;
      notes.push({
        checkId: CHRONOLOGY_ORDER.id,
        start: e.start,
        end: e.end,
        text: text.slice(e.start, e.end),
        message: before
          ? `This entry (${fmt(e.day)}) is out of date order: it comes after an entry dated ${fmt(before.day)}, so a reader could misunderstand what happened first.`
          : `This entry (${fmt(e.day)}) is out of date order, so a reader could misunderstand what happened first.`,
        suggestion: sign > 0 ? "Move it so the entries run from oldest to newest." : "Move it so the entries run from newest to oldest.",
      });
    }
    if (!Number.isNaN(e.recorded) && e.recorded - e.day > LATE_RECORDING_DAYS) {
      notes.push({
        checkId: CHRONOLOGY_ORDER.id,
        start: e.start,
        end: e.end,
        text: text.slice(e.start, e.end),
        message: `This entry was recorded ${Math.round(e.recorded - e.day)} days after the event, so details may have been lost.`,
        suggestion: "Record events within a few working days, and say why if the entry is late.",
      });
    }
  }
  return notes;
}

/** Marks the entries of one longest non-decreasing subsequence (O(n log n)). */
function longestOrderedRun(values: number[]): boolean[] {
  const n = values.length;
  const tailIdx: number[] = [];
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = tailIdx.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tailIdx[mid]] <= values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tailIdx[lo - 1];
    tailIdx[lo] = i;
  }
  const keep = new Array<boolean>(n).fill(false);
  for (let k = tailIdx.length ? tailIdx[tailIdx.length - 1] : -1; k >= 0; k = prev[k]) keep[k] = true;
  return keep;
}
