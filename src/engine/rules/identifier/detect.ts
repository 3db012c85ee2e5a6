import type { IdentifierKind } from "../../types";
import type { DateParts } from "../../validators/calendar-date";
import type { Candidate } from "./scanners/candidate";
import { scanAddresses } from "./scanners/address";
import { scanCaseNumbers } from "./scanners/case-number";
import { scanDatesOfBirth } from "./scanners/date-of-birth";
import { scanEmails } from "./scanners/email";
import { scanNhsNumbers } from "./scanners/nhs";
import { scanNiNumbers } from "./scanners/ni";
import { scanPhoneNumbers } from "./scanners/phone";
import { scanPostcodes } from "./scanners/postcode";

export type { DateParts } from "../../validators/calendar-date";

/** One personal identifier in a text. */
export type IdentifierMatch = {
  /** UTF-16 offset, inclusive. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
  kind: IdentifierKind;
  /** 0..1 */
  confidence: number;
  /** For a date of birth: the date, so a caller can work out an age. */
  date?: DateParts;
  /** For an NHS number: whether the modulus 11 check digit is right. */
  checksum?: "pass" | "fail";
};

/**
 * Every personal identifier in text, sorted by start and never overlapping. One analysis scans once:
 * the pipeline keeps the result on the rule context (ctx.identifiers), shared by the identifier rules
 * and the other-child stage.
 */
export function detectIdentifiers(text: string): IdentifierMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    return scan(text);
  } catch {
    return [];
  }
}

function scan(text: string): IdentifierMatch[] {
  const candidates: Candidate[] = [];
  const postcodes: Candidate[] = [];
  scanPostcodes(text, postcodes);
  for (const p of postcodes) candidates.push(p);
  scanAddresses(text, postcodes, candidates);
  scanEmails(text, candidates);
  scanPhoneNumbers(text, candidates);
  scanNhsNumbers(text, candidates);
  scanNiNumbers(text, candidates);
  scanDatesOfBirth(text, candidates);
  scanCaseNumbers(text, candidates);
  return settle(candidates);
}

/**
 * Keeps one candidate where several claim the same text: the longer one (an address over the
 * postcode inside it), then the higher rank (a labelled reference over a bare number), then the
 * more confident.
 */
function settle(candidates: Candidate[]): IdentifierMatch[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(c);
      continue;
    }
    if (beats(c, last)) kept[kept.length - 1] = c;
  }
  // Replacing a kept candidate with a longer one can make it overlap the one before.
  const out: IdentifierMatch[] = [];
  for (const c of kept) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) continue;
    const match: IdentifierMatch = { start: c.start, end: c.end, kind: c.kind, confidence: c.confidence };
    if (c.date) match.date = c.date;
    if (c.checksum) match.checksum = c.checksum;
    out.push(match);
  }
  return out;
}

function beats(a: Candidate, b: Candidate): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  if (a.rank !== b.rank) return a.rank > b.rank;
  return a.confidence > b.confidence;
}
