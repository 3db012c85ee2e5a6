// Finds abbreviations in a record and whether each was written out earlier ("Child in Need (CIN)" or
// "CIN (child in need)"). Known abbreviations come from rules/acronyms.json; any other run of 2-5
// capitals counts too, unless it is an ordinary capital word (UK, NHS, PC Jones), a heading in
// capitals, part of a reference number, an initial after a title, or a Roman numeral.
import data from "../../../../rules/acronyms.json";
import type { RuleContext } from "../../rule";
import { ACRONYM_ENTRIES, scanKnownAcronyms } from "./lexicon";
import type { ReplacementData } from "./replacements";

export type AcronymEntry = ReplacementData & {
  id: string;
  acronym: string;
  /** Forms matched as one token (case-sensitive when they hold two or more capitals). */
  forms: string[];
  expansion: string;
  variants: string[];
  alternatives: string[];
  why: string;
  context: string;
  source: string;
  confidence: number;
  childLabel?: boolean;
  /** Shorthand written in lower case ("mat gran"): flagged wherever it appears. */
  shorthand?: string[];
  writtenOut?: string[];
  added?: string;
  from?: string;
};

export type OrdinaryGroup = { words: string[]; why: string; source: string };

export type AcronymFile = {
  general: { why: string; context: string; source: string; alternatives: string[]; advice: string };
  acronyms: AcronymEntry[];
  ordinary: OrdinaryGroup[];
};

export const ACRONYM_DATA = data as AcronymFile;
export const ACRONYMS: readonly AcronymEntry[] = ACRONYM_ENTRIES;
const ORDINARY = new Set(ACRONYM_DATA.ordinary.flatMap((g) => g.words));

export type AcronymHit = {
  start: number;
  end: number;
  /** Undefined for an abbreviation that is not in the data. */
  entry?: AcronymEntry;
  /** Shorthand such as "mat gran": never "defined". */
  shorthand?: boolean;
  /** Written out at or before this point. */
  defined: boolean;
  /** On a line written in capitals (a heading). */
  inHeading: boolean;
};

/** The key an abbreviation is defined under: letters only, upper case, without a plural s. */
export function acronymKey(token: string): string {
  let t = token.replace(/[^A-Za-z0-9]/g, "");
  if (t.length > 2 && t.endsWith("s") && t.slice(0, -1) === t.slice(0, -1).toUpperCase()) t = t.slice(0, -1);
  return t.toUpperCase();
}

const KNOWN_KEYS = new Set(ACRONYMS.flatMap((e) => e.forms.map(acronymKey)));

// Candidates: 2-5 capitals (an optional plural s), not joined to letters, digits, "&", "@" or a reference.
// (Latin ranges rather than \p{L}: a non-unicode regex scans capitals much faster.)
const CANDIDATE = /(?<![A-Za-z0-9\u00C0-\u024F&@./'’-])[A-Z]{2,5}s?(?![A-Za-z0-9\u00C0-\u024F&@]|[/-]\d|\.[A-Za-z])/g;
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord)\.?\s+$/;
const DIGIT_BEFORE = /\d[\/-]?$/;

// "Child in Need (CIN)" and "CIN (child in need)": the abbreviation is written out from here on.
// Both forms hang on a bracket, so only the brackets in the text are looked at.
const IN_BRACKETS = /^\(\s*['"‘“]?([A-Z][A-Za-z.\/&]{1,7})['"’”]?\s*\)/;
const BEFORE_BRACKET = /(?:^|[^\p{L}\p{N}])([A-Z][A-Za-z.\/]{1,7})\s*$/u;
const WRITTEN_OUT_IN_BRACKETS = /^\(\s*([\p{L}][\p{L}'’-]*)(?:[\s,]+[\p{L}'’-]+)+/u;

function findDefinitions(text: string): Map<string, number> {
  const defs = new Map<string, number>();
  const note = (key: string, at: number) => {
    const prev = defs.get(key);
    if (prev === undefined || at < prev) defs.set(key, at);
  };
  for (let at = text.indexOf("("); at >= 0; at = text.indexOf("(", at + 1)) {
    const inside = IN_BRACKETS.exec(text.slice(at, at + 14));
    if (inside) {
      const key = acronymKey(inside[1]);
      const lead = text.slice(Math.max(0, at - 80), at).toLowerCase();
      // Some word before the bracket starts with the abbreviation's first letter.
      if (new RegExp(`(?:^|[^\\p{L}])${key[0].toLowerCase()}`, "u").test(lead)) note(key, at + inside[0].indexOf(inside[1]));
      continue;
    }
    const before = BEFORE_BRACKET.exec(text.slice(Math.max(0, at - 12), at));
    if (!before || before[1] === before[1].toLowerCase()) continue;
    const key = acronymKey(before[1]);
    if (key.length < 2) continue;
    const spelled = WRITTEN_OUT_IN_BRACKETS.exec(text.slice(at, at + 120));
    if (spelled && spelled[1][0].toLowerCase() === key[0].toLowerCase()) note(key, at - (before[0].length - before[0].indexOf(before[1])));
  }
  return defs;
}

const headingCache = new Map<number, boolean>();
let lineStarts: number[] = [];

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineStartAt(at: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lineStarts[lo];
}

/** A line written mostly in capitals with at least one ordinary word in capitals: a heading. */
function isHeadingLine(text: string, at: number): boolean {
  const ls = lineStartAt(at);
  const cached = headingCache.get(ls);
  if (cached !== undefined) return cached;
  let le = at;
  while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
  const line = text.slice(ls, Math.min(le, ls + 400));
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c !== c.toLowerCase()) upper++;
    else if (c !== c.toUpperCase()) lower++;
  }
  let heading = false;
  if (upper >= 4 && lower <= 0.3 * (upper + lower)) {
    const capsWords = line.match(/[\p{Lu}][\p{Lu}'’]+/gu) ?? [];
    const otherWords = (line.match(/\p{L}+/gu) ?? []).length - capsWords.length;
    const plainCaps = capsWords.filter((w) => !KNOWN_KEYS.has(acronymKey(w)));
    heading =
      (capsWords.length >= 2 && plainCaps.some((w) => w.length >= 4 || ORDINARY.has(w))) ||
      (capsWords.length === 1 && otherWords === 0 && plainCaps.length === 1);
  }
  headingCache.set(ls, heading);
  return heading;
}

let lastText: string | undefined;
let lastHits: AcronymHit[] = [];

/** Every abbreviation in the text, known or not, in order (cached for the last text). */
export function findAcronyms(ctx: RuleContext): readonly AcronymHit[] {
  const text = ctx.text;
  if (text === lastText) return lastHits;
  headingCache.clear();
  lineStarts = lineStartsOf(text);
  const defs = findDefinitions(text);
  const hits: AcronymHit[] = [];
  const definedAt = (key: string, at: number) => {
    const d = defs.get(key);
    return d !== undefined && d <= at;
  };
  for (const known of scanKnownAcronyms(text)) {
    const { start, end } = known;
    const keys = [acronymKey(known.entry.acronym), ...known.entry.forms.map(acronymKey), acronymKey(text.slice(start, end))];
    hits.push({
      start,
      end,
      entry: known.entry,
      shorthand: known.shorthand,
      defined: !known.shorthand && keys.some((k) => definedAt(k, start)),
      inHeading: isHeadingLine(text, start),
    });
  }
  const knownSpans = hits.slice();
  let k = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < knownSpans.length && knownSpans[k].end <= start) k++;
    if (k < knownSpans.length && knownSpans[k].start < end) continue;
    const token = m[0];
    const bare = acronymKey(token);
    if (ORDINARY.has(token) || ORDINARY.has(bare) || ROMAN.test(token)) continue;
    if (ctx.profile.subjectForms.has(token.toLowerCase()) || ctx.profile.adultTokens.has(token.toLowerCase())) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    if (TITLE_BEFORE.test(before) || DIGIT_BEFORE.test(before)) continue;
    // The letters of a National Insurance number ("QQ 12 34 56 C") or a similar reference.
    if (/^\s\d{2}\s\d{2}/.test(text.slice(end, end + 7))) continue;
    // An initial followed by a full stop and another initial ("J.R.") or a surname after a dotted initial.
    if (text[end] === "." && /^[A-Z]\b/.test(text.slice(end + 1, end + 3))) continue;
    if (isHeadingLine(text, start)) continue;
    hits.push({ start, end, defined: definedAt(bare, start), inHeading: false });
  }
  hits.sort((a, b) => a.start - b.start);
  lastText = text;
  lastHits = hits;
  return hits;
}

/** The expansion without its explanation: "child in need (a child who…)" → "child in need". */
export const shortExpansion = (entry: AcronymEntry): string => entry.expansion.replace(/\s*\(.*$/, "").trim();
