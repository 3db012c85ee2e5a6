import { isValidNhsNumber } from "../../../validators/nhs-number-checksum";
import type { Candidate } from "./candidate";

// Ten digits, optionally 3-3-4 with spaces or hyphens. Numbers starting 0 are left to the phone
// scanner: NHS numbers issued in England, Wales and the Isle of Man never start with 0.
const NHS = /(?<![\w/.,£$+-])[1-9]\d{2}([ -]?)\d{3}\1\d{4}(?![\w/]|[.,]\d)/g;

// "NHS number", "NHS no.", "NHS No:" shortly before the digits.
const LABEL = /\bNHS\b/i;

export function scanNhsNumbers(text: string, out: Candidate[]): void {
  NHS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NHS.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const labelled = LABEL.test(text.slice(Math.max(0, start - 24), start));
    const pass = isValidNhsNumber(m[0]);
    const spaced = m[1] !== "";
    // A passing check digit is strong evidence on its own; a failing one may be a mistyped NHS
    // number (reported, less sure) or some other ten-digit figure (reported only when laid out or
    // labelled like an NHS number).
    let confidence: number;
    if (pass) confidence = labelled ? 0.98 : spaced ? 0.9 : 0.75;
    else if (labelled) confidence = 0.7;
    else if (spaced) confidence = 0.5;
    else continue;
    out.push({ start, end, kind: "NHS number", confidence, rank: labelled ? 1 : 0, checksum: pass ? "pass" : "fail" });
  }
}
