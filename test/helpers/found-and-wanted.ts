// One table-test check for the wording rules: the engine's findings of one tag's category written back into the text
// as {{tag|…}}, beside the same text with only that tag's marks kept (shared/eval/FORMAT.md's markup).
import { analyse } from "../../src/engine/pipeline";
import type { CaseProfile, DocumentKind } from "../../src/engine/types";
import { annotate, expectedFor, parseAnnotated, TAG_CATEGORY } from "./annotated";

export function foundAndWanted(annotatedText: string, profile: CaseProfile, tag: keyof typeof TAG_CATEGORY, kind: DocumentKind = "case-note"): { got: string; want: string } {
  const { plain } = parseAnnotated(annotatedText);
  const category = TAG_CATEGORY[tag];
  const report = analyse(plain, profile, { kind });
  const found = report.findings.filter((f) => f.category === category);
  return { got: annotate(plain, found, tag), want: expectedFor(annotatedText, tag) };
}
