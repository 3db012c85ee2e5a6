import type { IdentifierKind } from "../../../types";
import type { DateParts } from "../../../validators/calendar-date";

/** One identifier a scanner found; detect.ts settles overlaps between scanners. */
export type Candidate = {
  start: number;
  end: number;
  kind: IdentifierKind;
  confidence: number;
  /** Wins a tie with a same-length candidate (e.g. a labelled reference over an unlabelled number). */
  rank: number;
  date?: DateParts;
  checksum?: "pass" | "fail";
};

/** Letters, digits and underscore: a match must not run into one of these on either side. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0xc0 && c <= 0x24f);
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function escapePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&").replace(/ /g, "\\s+");
}
