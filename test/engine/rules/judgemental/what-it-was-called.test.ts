// "What her teacher called 'attention seeking'" (stop 43, judg48): a label named as someone's term inside a free
// relative ("what X called …", "what was described as …") is mentioned at a distance, the record's way of saying the
// word is theirs and the thing was something else, not used as the record's own judgement. Invented wordings, written
// before the change. The same label given directly ("her teacher called her …") stays a reported label.
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const PROFILE: CaseProfile = { subject: { name: "Kayla Brown", pronouns: "she/her" } };

describe("a label inside 'what someone called …'", () => {
  test.each([
    { text: 'What her teacher called "attention seeking" was Kayla asking for help with her reading.' },
    { text: 'Mum talked about what she calls "kicking off", which happens after contact with Dad.' },
    { text: 'Kayla was sent home for what was described as "manipulative" behaviour towards a supply teacher.' },
  ])("leaves alone: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });

  test.each([
    { text: 'Her teacher called Kayla "{{jud|attention seeking}}" again today.' },
    { text: 'Mum said Kayla has been "{{jud|kicking off}}" after contact with Dad.' },
    { text: 'I asked what happened. Her teacher said Kayla is "{{jud|manipulative}}" with supply staff.' },
  ])("flags: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
});
