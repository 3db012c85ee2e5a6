import type { RuleContext } from "../../rule";
import { jargonNotHere } from "./not-prose";
import { lexiconRule, suggestionPhrase } from "./lexicon-rule";
import { JARGON_GUARDS } from "./guards";

/** Care-system words young people have asked professionals to stop using ("contact", "placement", "respite"). */
export const careSystemTerm = lexiconRule({
  meta: {
    id: "care-system-term",
    category: "jargon",
    description: "Care-system words that children in care have asked professionals to change, in the sense they object to.",
  },
  subtypes: ["care-system-term"],
  guards: JARGON_GUARDS,
  severity: "warning",
  notHere: (ctx, start, end) => jargonNotHere(ctx, start, end) || venueBesideFamilyTime(ctx, start, end),
  message: (entry, text, ctx) => `Young people in care have asked professionals not to say "${text}"; ${suggestionPhrase(entry, ctx)}.`,
});

// The lexicon's note on "contact centre": "keep official venue names". A record that calls the time itself "family time"
// has already made the change young people asked for; "the contact centre" is then the building's name, as a school's is.
const VENUE = /\bcent(?:re|er)$/i;
const FAMILY_TIME = /\bfamily[ -]time\b/i;

/** "Family time with Dad is at the contact centre": the venue named in a record that says "family time". */
function venueBesideFamilyTime(ctx: RuleContext, start: number, end: number): boolean {
  return VENUE.test(ctx.text.slice(start, end)) && FAMILY_TIME.test(ctx.text);
}
