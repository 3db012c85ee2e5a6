// visitPurpose: does a visit record say why the visit happened? (null for other kinds of record)
import type { QualityCheck } from "../types";
import type { RuleContext } from "../rule";
import data from "../../../rules/quality/visit-purpose.json";
import type { PatternEntry } from "./lexicon";
import { EvidenceSet, combine, lowerOf, lowerPattern, notApplicable, eachMatch } from "./evidence";

export const VISIT_PURPOSE = {
  id: "visit-purpose",
  description: "A visit record says why the visit happened.",
  source: data.source,
};

const CUES = combine((data.entries as PatternEntry[]).map((e) => lowerPattern(e.pattern)), "gm");

export function checkVisitPurpose(ctx: RuleContext): QualityCheck {
  if (ctx.kind !== "visit-record") return notApplicable("The purpose of a visit is checked only in visit records.");
  const ev = new EvidenceSet(ctx);
  const re = CUES.re;
  const lower = lowerOf(ctx);
  eachMatch(re, lower, (m) => {
    const at = m.index + Math.max(0, m[0].search(/\S/));
    if (!ctx.inQuote(at, at + 1)) ev.addAt(at);
  });
  if (ev.count === 0) {
    return {
      value: false,
      evidence: [],
      message: "The visit record does not say why the visit happened: add its purpose and how it feeds the child's plan.",
    };
  }
  return { value: true, evidence: ev.sorted(), message: "The record says why the visit happened." };
}
