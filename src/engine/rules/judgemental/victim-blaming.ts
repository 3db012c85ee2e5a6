import { adoptedQuotedLabel, quotedFromARecord, rejectedReport, reportedUnchallenged, thoughtNotPassedOn } from "./reported";
import type { RuleContext } from "../../rule";
import { lexiconRule, suggestionPhrase } from "../jargon/lexicon-rule";
import { scanLexicon, type LexiconEntry } from "../jargon/lexicon";
import { firstAtOrAfter } from "../../text/span";
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

// How far on the record may answer a quoted label (an analysis or a worker's note after the account: as reported.ts's answer window).
const ANSWER_WINDOW = 3000;
// The record's own negation of a victim-blaming frame: "is not putting herself at risk", "isn't a lifestyle choice",
// "rather than making choices". ("No longer" says the harm stopped, not that the words were wrong.)
const FRAME_DENIED_BEFORE = /(?:\b(?:not|never|rather\s+than|instead\s+of)|n['’]t)\s+(?:(?:simply|just|a|an|about|only)\s+)?$/i;

/**
 * Someone's quoted words that blame the child ("boy mad", "asking for it"), which the record answers later in its own
 * voice by rejecting the victim-blaming frame itself ("She is not putting herself at risk; she is being put at risk",
 * "this is not a lifestyle choice"): quoted to be answered, not passed on. Not a denial inside someone's quoted words.
 */
function blameAnsweredLater(ctx: RuleContext, start: number, end: number): boolean {
  if (!ctx.inQuote(start, end)) return false;
  const lexicon = scanLexicon("judgemental", ctx.text);
  for (let i = firstAtOrAfter(lexicon, end); i < lexicon.length && lexicon[i].start < end + ANSWER_WINDOW; i++) {
    const m = lexicon[i];
    if (m.entry.subtype !== "victim-blaming" || ctx.inQuote(m.start, m.end)) continue;
    if (FRAME_DENIED_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) return true;
  }
  return false;
}

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
  notHere: (ctx, start, end) => rejectedReport(ctx, start, end) || quotedFromARecord(ctx, start, end) || thoughtNotPassedOn(ctx, start, end) || blameAnsweredLater(ctx, start, end),
  adoptedQuote: (ctx, start, end) => adoptedQuotedLabel(ctx, start, end) || reportedUnchallenged(ctx, start, end),
  message,
});
