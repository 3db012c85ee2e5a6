// Quoted labels in a list (stop 43, judg48). An adult's reported description often runs as a list of quoted
// fragments: a word the engine knows, and beside it, joined by "and", a phrase it has no entry for ("described him
// as 'defiant' and 'always looking for an audience'"). The list shares one speaker, one reporting verb and one
// stance: if the record passes the known label on, it passes on the phrase beside it. Invented wordings, written
// before the change; the unflagged cases are the record rejecting or answering the list, the child's own words,
// a positive fragment joined by "but", and a sibling the engine does not flag.
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const PROFILE: CaseProfile = { subject: { name: "Kayla Brown", pronouns: "she/her" } };

describe("a quoted phrase listed with a quoted label the record passes on", () => {
  test.each([
    { text: 'Her form tutor said Kayla is "{{jud|lazy}}" in class and "{{jud|always looking for an audience}}".' },
    { text: 'The referral describes Kayla as "{{jud|defiant}}" and "{{jud|a law to herself at home}}".' },
    // The phrase first, the known label after it.
    { text: 'The duty log says that Kayla "{{jud|treats the place like a hotel}}" and "{{jud|can\'t be trusted}}".' },
    // A second reported clause joined by "and that".
    { text: 'Mr Hale said Kayla is "a {{jud|liar}}", and that her mother "{{jud|lets her get away with murder}}".' },
  ])("flags: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });

  test.each([
    // The record answers the list.
    { text: 'Her form tutor said Kayla is "lazy" in class and "always looking for an audience". I do not agree with these labels; Kayla is exhausted from caring for her brother.' },
    // The child's own words.
    { text: 'Kayla said her teacher calls her "lazy" and "always looking for an audience".' },
    // A positive fragment joined by "but", and a list with no label the engine flags.
    { text: 'Mrs Kaur said Kayla is "a lovely girl" but "can be {{jud|stubborn}}".' },
    { text: 'Mrs Kaur said Kayla is "settled" and "eating well at tea".' },
    // A second clause with its own verb, and a wh-clause: not a label.
    { text: 'Nan said Kayla has been "{{jud|out of control}}" lately and that she is anxious about "who she goes round with".' },
    // The speaker's words about themself.
    { text: 'Dad said he had been "out of control" and "drinking every day" back then.' },
    // A quality listed beside the label, joined by "and" (stop 44, judg49): praise is not a label passed on.
    { text: 'Her form tutor described Kayla as "{{jud|defiant}}" and "kind to the younger ones".' },
    { text: 'The referral says Kayla is "{{jud|rude}}" and "very polite with her nan".' },
    { text: 'Mrs Kaur said Kayla is "{{jud|lazy}}" and "always helpful at home".' },
  ])("leaves alone: $text", ({ text }) => {
    const { got, want } = foundAndWanted(text, PROFILE, "jud");
    expect(got).toBe(want);
  });
});
