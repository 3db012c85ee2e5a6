// A person named by a drug they use, with the drug before the label (issue 12, item 3; stop 42, judg47): "Mum is a
// drug addict", "a heroin addict", "a crack junkie". The person-first guides the lexicon's substance entries cite
// (NIDA "Words matter"; impactnorwood.org "Person-first language": addict -> person with a substance use disorder)
// name "addict" and "junkie" as labels; the evaluative list has them as person nouns after "a", but a drug's name
// between the article and the noun hid them. Invented wordings, written (and run on main: 0 of 5 found) before the change.
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const AVA: CaseProfile = { subject: { name: "Ava Lane", pronouns: "she/her" } };


test.each([
  { text: "Mum is a {{jud|drug addict}} and was not at home when I called." },
  { text: "Her father has been a {{jud|heroin addict}} for ten years." },
  { text: "The referral calls Dad a {{jud|crack addict}}." },
  { text: "Her father was a {{jud|methamphetamine addict}} when she was born." },
  { text: "Neighbours said the flat is used by {{jud|drug addicts}}." },
  // Not a label for a person: the drug's name alone, or what a service is for.
  { text: "Dad told me about his drug use and the methadone programme he attends." },
  { text: "Mum is a support worker at a service for people with addictions." },
])("$text", ({ text }) => {
  const { got, want } = foundAndWanted(text, AVA, "jud");
  expect(got).toBe(want);
});
