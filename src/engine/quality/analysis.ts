// analysis: does the writer say what events mean for the child (impact, risk, reasons), not only what happened?
// Three kinds of evidence, weighed together: phrases that are analysis wherever they stand ("this means",
// "in my view"); a section under an analysis-type heading ("Analysis", "My view", "Reflection", "Social
// worker's assessment") whose sentences are evaluative, causal, predictive or hedged; and, with no such
// heading, enough evaluative sentences by the writer (not quoted speech).
import type { QualityCheck } from "../types";
import type { RuleContext } from "../rule";
import analysisData from "../../../rules/quality/analysis.json";
import { EvidenceSet, childName, combine, groupIndex, lowerOf, lowerPattern, eachMatch } from "./evidence";
import { sectionsHeaded, sentencesIn, tuned } from "./sections";
import type { Span } from "../text/span";

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
const HEADING = new RegExp(analysisData.headings, "i");
// The patterns joined into one (none has a back-reference, so a match of the whole is a match of one):
// one pass over a sentence instead of one per pattern.
const EVALUATIVE = new RegExp((analysisData.evaluative as string[]).map((p) => `(?:${p})`).join("|"));
const DEFAULTS = {
  threshold: analysisData.threshold,
  sectionEvaluative: analysisData.sectionEvaluative,
  evaluativeSentences: analysisData.evaluativeSentences,
};

/** Evaluative, causal, predictive or hedged: a sentence that interprets rather than reports. */
export function isEvaluative(ctx: RuleContext, s: Span): boolean {
  if (ctx.inQuote(s.start, s.end) || s.end - s.start < 12) return false;
  const lower = lowerOf(ctx).slice(s.start, s.end);
  if (/\?\s*$/.test(lower)) return false; // a question put to someone
  return EVALUATIVE.test(lower);
}

export function checkAnalysis(ctx: RuleContext): QualityCheck {
  const ev = new EvidenceSet(ctx);
  let score = 0;
  const re = CUES.re;
  const lower = lowerOf(ctx);
  eachMatch(re, lower, (m) => {
    if (ctx.inQuote(m.index, m.index + m[0].length)) return;
    const sentence = ctx.sentenceAt(m.index);
    if (/\?\s*["'”’]?\s*$/.test(ctx.text.slice(sentence.start, sentence.end))) return; // a question put to someone
    const i = groupIndex(CUES, m);
    if (i < 0) return;
    score += ENTRIES[i].weight ?? 1;
    ev.addAt(m.index);
  });
  let found = score >= tuned(ctx, "analysis.threshold", DEFAULTS.threshold);
  // An analysis section: its evaluative sentences are the evidence.
  let inSections = 0;
  for (const section of sectionsHeaded(ctx, HEADING)) {
    const evaluative = sentencesIn(ctx, section.body).filter((s) => isEvaluative(ctx, s));
    if (evaluative.length >= tuned(ctx, "analysis.sectionEvaluative", DEFAULTS.sectionEvaluative)) {
      found = true;
      for (const s of evaluative) ev.addSpan(s);
    }
    inSections += evaluative.length;
  }
  if (!found && inSections === 0) {
    const evaluative = ctx.sentences.filter((s) => isEvaluative(ctx, s));
    if (evaluative.length >= tuned(ctx, "analysis.evaluativeSentences", DEFAULTS.evaluativeSentences)) {
      found = true;
      for (const s of evaluative) ev.addSpan(s);
    }
  }
  const name = childName(ctx);
  if (!found) {
    return {
      value: false,
      evidence: [],
      message: `The record describes what happened but not what it means for ${name}: add your analysis (the impact on ${name}, the risk, and why you think so).`,
    };
  }
  return { value: true, evidence: ev.sorted(), message: `The record says what events mean for ${name} in ${ev.count === 1 ? "1 place" : `${ev.count} places`}.` };
}
