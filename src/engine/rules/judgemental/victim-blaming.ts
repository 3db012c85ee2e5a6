import { adoptedQuotedLabel, quotedFromARecord, rejectedReport, reportedUnchallenged, thoughtNotPassedOn } from "./reported";
import type { RuleContext } from "../../rule";
import { lexiconRule, suggestionPhrase } from "../jargon/lexicon-rule";
import type { LexiconEntry } from "../jargon/lexicon";
import { JUDGEMENTAL_GUARDS, ageNote } from "./guards";

const REASON: Record<string, string> = {
  "victim-blaming": "makes the child sound responsible for harm that adults are doing to them",
  adultifying: "treats a child as older than they are, which lowers the protection they get",
  minimising: "plays down harm done to a child",
};

// Where the child's age decides it ("sexually active" at 12, "promiscuous" at 14, "chose to go with" a man of 31 at 14),
// the message says so.
const AGE_DECIDES: Readonly<Record<string, "sex" | "choice">> = { "child-sexual-activity": "sex", "not-around-a-time": "sex", "harm-as-choice": "choice" };

const message = (entry: LexiconEntry, text: string, ctx: RuleContext) => {
  const about = entry.guard ? AGE_DECIDES[entry.guard] : undefined;
  const age = about ? ageNote(ctx, about) : undefined;
  return `"${text}" ${age ? `presents harm as the child's choice: ${age}` : (REASON[entry.subtype] ?? REASON["victim-blaming"])}; ${suggestionPhrase(entry, ctx)}.`;
};

/** Wording that blames a child for their own abuse or exploitation, treats them as an adult, or minimises harm. */
export const victimBlaming = lexiconRule({
  meta: {
    id: "victim-blaming",
    category: "judgemental",
    description: "Wording that blames a child for abuse or exploitation, adultifies them, or minimises harm.",
  },
  subtypes: ["victim-blaming", "adultifying", "minimising"],
  guards: JUDGEMENTAL_GUARDS,
  severity: "warning",
  notHere: (ctx, start, end) => rejectedReport(ctx, start, end) || quotedFromARecord(ctx, start, end) || thoughtNotPassedOn(ctx, start, end),
  adoptedQuote: (ctx, start, end) => adoptedQuotedLabel(ctx, start, end) || reportedUnchallenged(ctx, start, end),
  message,
});
