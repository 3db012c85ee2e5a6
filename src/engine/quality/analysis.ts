// analysis: does the writer say what events mean for the child (impact, risk, reasons), not only what happened?
import type { QualityCheck } from "../types";
import type { RuleContext } from "../rule";
import analysisData from "../../../rules/quality/analysis.json";
import { EvidenceSet, childName, combine, groupIndex, lowerOf, lowerPattern, eachMatch } from "./evidence";

export const ANALYSIS = {
  id: "analysis",
  description: "The record says what events mean for the child, not only what happened.",
  source: analysisData.source,
};

const ENTRIES = analysisData.entries as Array<{ pattern: string; weight: number }>;
// Run on the lower-cased text: no i or u flag, ASCII word edges.
// Every entry starts with a word, so one shared \b lets the engine skip most positions at once.
const CUES = combine(
  ENTRIES.map((e) => lowerPattern(e.pattern)),
  "g",
  "\\b",
  "(?![a-z0-9])",
);
const THRESHOLD = 1;

export function checkAnalysis(ctx: RuleContext): QualityCheck {
  const ev = new EvidenceSet(ctx);
  let score = 0;
  const re = CUES.re;
  const lower = lowerOf(ctx);
  eachMatch(re, lower, (m) => {
    if (ctx.inQuote(m.index, m.index + m[0].length)) return;
    const i = groupIndex(CUES, m);
    if (i < 0) return;
    score += ENTRIES[i].weight ?? 1;
    ev.addAt(m.index);
  });
  const name = childName(ctx);
  if (score < THRESHOLD) {
    return {
      value: false,
      evidence: [],
      message: `The record describes what happened but not what it means for ${name}: add your analysis (the impact on ${name}, the risk, and why you think so).`,
    };
  }
  return { value: true, evidence: ev.sorted(), message: `The record says what events mean for ${name} in ${ev.count === 1 ? "1 place" : `${ev.count} places`}.` };
}
