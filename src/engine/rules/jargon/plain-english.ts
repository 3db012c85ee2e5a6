import { jargonNotHere } from "./not-prose";
import { lexiconRule, suggestionPhrase } from "./lexicon-rule";
import { JARGON_GUARDS } from "./guards";

/** Office words with a plainer everyday word ("liaise", "facilitate", "utilise"). */
export const plainEnglish = lexiconRule({
  meta: {
    id: "plain-english",
    category: "jargon",
    description: "Office words that have a plainer everyday word (GOV.UK and Plain English Campaign lists).",
  },
  subtypes: ["plain-english"],
  guards: JARGON_GUARDS,
  severity: "info",
  notHere: jargonNotHere,
  message: (entry, text, ctx) => `"${text}" has a plainer word; ${suggestionPhrase(entry, ctx)}.`,
});
