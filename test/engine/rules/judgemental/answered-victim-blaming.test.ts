// A reported victim-blaming label the record answers (stop 43, judg48): someone's quoted words blame the child ("boy
// mad", "asking for it"), and later, in its own voice, the record rejects that frame ("she is not putting herself at
// risk; she is being put at risk", "this is not a lifestyle choice"). The record quotes the words to answer them, so it
// does not pass the judgement on. Invented wordings, written before the change. A later negation of something else,
// or a denial inside someone's quoted words, does not answer the label.
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const PROFILE: CaseProfile = { subject: { name: "Kayla Brown", pronouns: "she/her" } };
const REPORT = 'Her aunt said Kayla is "{{jud|boy mad}}" and does what she likes.\n\nWorker\'s view: Kayla is 14. A man of 23 has been buying her vodka and collecting her from school.';

describe("a quoted victim-blaming label the record answers later", () => {
  test.each([
    { text: REPORT },
    { text: `${REPORT} She is not at school this week.` },
    { text: `${REPORT} Kayla told me: "I'm not putting myself at risk, he looks after me."` },
  ])("flags: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });

  test.each([
    { text: `${REPORT} She is not putting herself at risk; she is being put at risk by him.`.replace("{{jud|boy mad}}", "boy mad") },
    { text: `${REPORT} What is happening to her is not a lifestyle choice.`.replace("{{jud|boy mad}}", "boy mad") },
  ])("leaves alone: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
});
