// "Controlling" as a character label (stop 45, judg50): the judgemental research lists it under "manipulative"
// (shared/lexicon/lexicon.json), and rules/evaluative.json now has it among the traits beside "domineering" and
// "bossy", with the traits' grammar (after a verb of being or seeming, or before a person noun). Two senses are not
// the label: the verb with its object ("was controlling her phone"; any trait in "-ing", as "calculating the cost"),
// and domestic abuse ("controlling or coercive behaviour"; an allegation or another word for abuse in the sentence).
// Invented wordings, written before the change (baseline: none of the first four flagged).
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const PROFILE: CaseProfile = { subject: { name: "Nia Prowse", pronouns: "she/her" } };

describe("controlling said of a person", () => {
  test.each([
    { text: "Nia's stepmother came across as very {{jud|controlling}} of her partner during the visit." },
    { text: 'The foster carer said Nia is "{{jud|controlling}}" with the younger children.' },
    { text: "She is a {{jud|controlling}} girl, according to the residential staff." },
    { text: "Nia is {{jud|controlling}} at times and the foster carer finds this hard." },
  ])("flags: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });

  test.each([
    // The verb with its object.
    { text: "Her stepfather was controlling her phone and reading her messages." },
    { text: "Nia is controlling her anger better at school." },
    { text: "Her uncle was calculating the cost of the trip with her." },
    // Domestic abuse named.
    { text: "Nia's mother described coercive and controlling behaviour by her ex-partner." },
    { text: "Nia's father was controlling and abusive towards her mother." },
    { text: "Nia's mother says that her former partner was controlling and violent when they lived together." },
    // The child's own words.
    { text: "Nia said her boyfriend is controlling and checks her phone." },
  ])("leaves: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
});
