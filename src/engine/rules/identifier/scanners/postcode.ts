import { UK_POSTCODE_PATTERN } from "../../../validators/uk-postcode";
import type { Candidate } from "./candidate";

// Upper case and a whole word: "NQ6 1AZ", "M1 1AE". Lower-case forms are too close to ordinary
// words and figures to report without more context.
const POSTCODE = new RegExp(`(?<![\\w/-])${UK_POSTCODE_PATTERN}(?![\\w/-])`, "g");

// The same shape with an area no real postcode has ("ZZ4 7QT", "QX1 9AB"): a mistyped or made-up
// postcode still points at a home, so it is reported too, written with its space only (run together,
// the shape is too close to codes and references).
const POSTCODE_ANY_AREA = /(?<![\w/-])[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}(?![\w/-])/g;

export function scanPostcodes(text: string, out: Candidate[]): void {
  POSTCODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const found = new Set<number>();
  while ((m = POSTCODE.exec(text))) {
    const spaced = m[0].includes(" ");
    found.add(m.index);
    out.push({ start: m.index, end: m.index + m[0].length, kind: "postcode", confidence: spaced ? 0.85 : 0.7, rank: 0 });
  }
  POSTCODE_ANY_AREA.lastIndex = 0;
  while ((m = POSTCODE_ANY_AREA.exec(text))) {
    if (!found.has(m.index)) out.push({ start: m.index, end: m.index + m[0].length, kind: "postcode", confidence: 0.6, rank: 0 });
  }
}
