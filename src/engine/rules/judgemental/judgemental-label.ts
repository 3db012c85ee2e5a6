import { adoptedQuotedLabel, namedAsATopic, quotedFromARecord, rejectedReport, reportedUnchallenged, saidOfAProfessional, scareQuotedModifier, thoughtNotPassedOn } from "./reported";
import type { RuleContext } from "../../rule";
import { lexiconRule, suggestionPhrase } from "../jargon/lexicon-rule";
import type { LexiconEntry } from "../jargon/lexicon";
import { JUDGEMENTAL_GUARDS } from "./guards";

const REASON: Record<string, string> = {
  stigmatising: "is a label rather than a description of what happened",
  dismissive: "passes judgement without saying what was offered or what happened",
  "blaming-parent": "judges the parent without the facts",
};

const message = (entry: LexiconEntry, text: string, ctx: RuleContext) => `"${text}" ${REASON[entry.subtype] ?? REASON.stigmatising}; ${suggestionPhrase(entry, ctx)}.`;

/** Stigmatising labels and unevidenced judgements of a child or parent ("chaotic", "attention seeking", "refused to engage"). */
export const judgementalLabel = lexiconRule({
  meta: {
    id: "judgemental-label",
    category: "judgemental",
    description: "Stigmatising labels and unevidenced judgements about a child or parent.",
  },
  subtypes: ["stigmatising", "dismissive", "blaming-parent"],
  guards: JUDGEMENTAL_GUARDS,
  severity: "warning",
  notHere: (ctx, start, end) => rejectedReport(ctx, start, end) || quotedFromARecord(ctx, start, end) || thoughtNotPassedOn(ctx, start, end) || namedAsATopic(ctx, start, end) || saidOfAProfessional(ctx, start),
  adoptedQuote: (ctx, start, end) => adoptedQuotedLabel(ctx, start, end) || reportedUnchallenged(ctx, start, end) || scareQuotedModifier(ctx, start, end),
  message,
});
