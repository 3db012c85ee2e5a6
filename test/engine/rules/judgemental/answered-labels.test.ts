// Who owns a quoted label (stop 44, judg49): a practice review or audit that says, in its own voice, that the language
// of the records it quotes was wrong ("Such language placed the blame on a child") quotes the records' labels as its
// evidence, not its judgement, wherever in the document. Invented wordings, written before the change; a record with
// no such finding, or a person (not a record) giving the label, stay flagged.
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const GIRL: CaseProfile = { subject: { name: "Ava Lane", pronouns: "she/her" } };

const FILLER = [
  "3.3 In May the school asked for an early help assessment and a family worker was allocated.",
  "3.4 The family worker visited twice and spoke to Mother about routines and money.",
  "3.5 In June Ava moved to live with her aunt for the summer holidays.",
  "3.6 The aunt was not told about the earlier referrals.",
].join("\n\n");

const CRITIQUE = "6. Learning\n\n6.1 The panel found that agencies wrote about Ava as making her own choices. Such language placed the blame on a child for harm that adults caused.";

describe("a record's quoted label, in a review that says the records' language was wrong", () => {
  test.each([
    { profile: GIRL, text: `3.2 In March 2024 the referral recorded Ava as "streetwise" and no strategy discussion was held.\n\n${FILLER}\n\n${CRITIQUE}` },
    { profile: GIRL, text: `3.2 Three return interviews were offered; the case notes state that Ava "refused to engage" with each.\n\n${FILLER}\n\n${CRITIQUE}` },
    // The finding may come first.
    { profile: GIRL, text: `${CRITIQUE}\n\n${FILLER}\n\n7.1 The police log described Ava as "streetwise" when she was found at 2am.` },
  ])("passes: $text", ({ text, profile }) => {
    const { got, want } = foundAndWanted(text, profile, "jud", "assessment");
    expect(got).toBe(want);
  });

  test.each([
    // No finding about the records' language.
    { profile: GIRL, text: `3.2 In March 2024 the referral recorded Ava as "{{jud|streetwise}}" and no strategy discussion was held.\n\n${FILLER}` },
    // A person, not a record, gives the label.
    { profile: GIRL, text: `3.2 In March 2024 her head of year, Mr Shaw, said Ava was "{{jud|mouthy}}" in class.\n\n${FILLER}\n\n${CRITIQUE}` },
  ])("flags: $text", ({ text, profile }) => {
    const { got, want } = foundAndWanted(text, profile, "jud", "assessment");
    expect(got).toBe(want);
  });
});
