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
  notHere: jargonNotHere,
  message: (entry, text, ctx) => `Young people in care have asked professionals not to say "${text}"; ${suggestionPhrase(entry, ctx)}.`,
});
