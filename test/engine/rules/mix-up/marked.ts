// The mix-up tests' one reader: the engine's mix-up findings on the plain text of an annotated example, written
// back as {{mix|…}} marks beside the marks the example expects.
import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

export function marked(annotated: string, p: CaseProfile) {
  const { plain } = parseAnnotated(annotated);
  const found = analyse(plain, p).findings.filter((f) => f.category === "mix-up");
  return { got: annotate(plain, found, "mix"), want: expectedFor(annotated, "mix"), found };
}
