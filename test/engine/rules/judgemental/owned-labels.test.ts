// A parent's quoted word about their own conduct, where the parent and the subject child share a pronoun (issue 12,
// item 3; stop 42, judg47). "Mum admitted she had been 'selfish'" in a girl's record: a verb of owning up (admit,
// accept, acknowledge, concede) is said of the speaker's own past, and a label that names a parent's role
// ("a bad mother", "a useless dad") cannot be the child's. Invented wordings, written before the change; the same
// sentences with the child's name, or with a verb of saying and a child's label, stay flagged.
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const GIRL: CaseProfile = { subject: { name: "Ava Lane", pronouns: "she/her" } };
const BOY: CaseProfile = { subject: { name: "Ben Cole", pronouns: "he/him" } };


describe("a parent owning up to their own conduct, in a record whose child shares their pronoun", () => {
  test.each([
    { profile: GIRL, text: 'Mum admitted she had been "selfish" in the months she was drinking.' },
    { profile: GIRL, text: 'Mother acknowledged that she was "aggressive" towards the officers that night.' },
    { profile: GIRL, text: 'Ms Lane accepts she had been "defensive" at the first conference.' },
    { profile: GIRL, text: 'Her mum conceded she can be "hostile" when she feels judged.' },
    { profile: BOY, text: 'Dad admitted he had been "aggressive" when he drank.' },
    { profile: BOY, text: 'Mr Cole acknowledged that he was "volatile" in those years.' },
    // "Confess" is a verb of owning up too (stop 43, judg48).
    { profile: BOY, text: 'Dad confessed he had been "a waste of space" when he was drinking.' },
    { profile: GIRL, text: 'Mum confessed she had been "a nightmare" to live with after the split.' },
    // A label that names a parent: said of the parent, whatever the verb.
    { profile: GIRL, text: 'Mum said she has been "a bad mother" since the baby came.' },
    { profile: GIRL, text: 'Mum told me she knows people think she is "a bad parent".' },
    { profile: BOY, text: 'Dad said he had been "a useless father" while he was in prison.' },
  ])("passes: $text", ({ text, profile }) => {
    const { got, want } = foundAndWanted(text, profile, "jud");
    expect(got).toBe(want);
  });

  test.each([
    // A verb of saying and the child's label: the child's pronoun is the child.
    { profile: GIRL, text: 'Mum said she is "{{jud|lazy}}" and never helps with her brother.' },
    { profile: BOY, text: 'Dad said he is "{{jud|defiant}}" and will not go to bed.' },
    // Owning up, but the child is named: the label is the child's.
    { profile: GIRL, text: 'Mum admitted Ava is "{{jud|out of control}}" at weekends.' },
    { profile: GIRL, text: 'Mum confessed that Ava can be "{{jud|a little madam}}" at home.' },
    // A teacher, not a parent, owning up does not make the child's label the teacher's.
    { profile: GIRL, text: 'Her teacher said she is "{{jud|manipulative}}" with younger pupils.' },
  ])("flags: $text", ({ text, profile }) => {
    const { got, want } = foundAndWanted(text, profile, "jud");
    expect(got).toBe(want);
  });
});
