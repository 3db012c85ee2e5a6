// Runs the engine on annotated text and writes one rule's findings back in {{tag|span}} form.
import { analyse } from "../../../../src/engine/pipeline";
import type { AnalyseOptions, CaseProfile, DocumentKind } from "../../../../src/engine/types";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

export type Case = { text: string; kind?: DocumentKind; allow?: string[]; profile?: CaseProfile };

const DEFAULT_PROFILE: CaseProfile = { subject: { name: "Kayla Brown", pronouns: "she/her" } };

/** The annotated text as the rule marks it up, and as the case expects it. */
export function runRule(ruleId: string, tag: "jar" | "jud", c: Case): { got: string; want: string } {
  const { plain } = parseAnnotated(c.text);
  const options: AnalyseOptions = { kind: c.kind ?? "case-note", ...(c.allow ? { allow: c.allow } : {}) };
  const report = analyse(plain, c.profile ?? DEFAULT_PROFILE, options);
  const found = report.findings.filter((f) => f.ruleId === ruleId);
  return { got: annotate(plain, found, tag), want: expectedFor(c.text, tag) };
}
