import { jargonNotHere } from "./not-prose";
import { lexiconRule, suggestionPhrase } from "./lexicon-rule";
import { JARGON_GUARDS } from "./guards";

/** Professional, clinical and legal jargon a child or parent reading the record would not understand. */
export const professionalJargon = lexiconRule({
  meta: {
    id: "professional-jargon",
    category: "jargon",
    description: "Professional, clinical and legal jargon (legal terms only where the record is written to a child).",
  },
  subtypes: ["professional-jargon", "legal-term", "blaming-parent", "minimising", "stigmatising"],
  guards: JARGON_GUARDS,
  severity: "warning",
  notHere: jargonNotHere,
  message: (entry, text, ctx) => `"${text}" is professional jargon that a child or parent reading this may not understand; ${suggestionPhrase(entry, ctx)}.`,
});
