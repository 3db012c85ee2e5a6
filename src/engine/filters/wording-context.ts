// Suppression for wording rules (jargon and judgemental): the finding is dropped when the words are
// someone's quoted speech (the child's own words are data), when the sentence negates or corrects the
// wording, or when the organisation has allowed the term.
import type { RuleContext } from "../rule";
import { isNegated, isCorrection } from "../text/negation";

export type SuppressReason = "quoted" | "negated" | "corrected" | "allowed";

export type WordingCheck = {
  /** Skip the negation and correction checks (acronyms are never "negated"). */
  ignoreNegation?: boolean;
  /** Terms the entry is known by, checked against the organisation's allow-list. */
  terms?: readonly string[];
};

/** Why a wording finding at [start, end) should not be reported, or undefined to report it. */
export function wordingSuppression(ctx: RuleContext, start: number, end: number, check: WordingCheck = {}): SuppressReason | undefined {
  if (isAllowed(ctx, start, end, check.terms)) return "allowed";
  if (ctx.inQuote(start, end)) return "quoted";
  if (check.ignoreNegation) return undefined;
  const sentence = ctx.sentenceAt(start);
  if (isNegated(ctx.text, sentence, start)) return "negated";
  if (isCorrection(ctx.text, sentence, end)) return "corrected";
  return undefined;
}

export function isAllowed(ctx: RuleContext, start: number, end: number, terms?: readonly string[]): boolean {
  if (ctx.allow.size === 0) return false;
  if (ctx.allow.has(ctx.text.slice(start, end).toLowerCase().replace(/\s+/g, " "))) return true;
  if (terms) for (const t of terms) if (ctx.allow.has(t.toLowerCase())) return true;
  return false;
}
