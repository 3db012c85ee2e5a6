import { UK_POSTCODE_PATTERN } from "../../../validators/uk-postcode";
import type { Candidate } from "./candidate";

// Upper case and a whole word: "NQ6 1AZ", "M1 1AE". Lower-case forms are too close to ordinary
// words and figures to report without more context.
const POSTCODE = new RegExp(`(?<![\\w/-])${UK_POSTCODE_PATTERN}(?![\\w/-])`, "g");

export function scanPostcodes(text: string, out: Candidate[]): void {
  POSTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTCODE.exec(text))) {
    const spaced = m[0].includes(" ");
    out.push({ start: m.index, end: m.index + m[0].length, kind: "postcode", confidence: spaced ? 0.85 : 0.7, rank: 0 });
  }
}
