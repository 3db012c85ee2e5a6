// A label a family gives a professional or an agency (issue 12, item 3; stop 42, judg47): "Dad said the social worker
// was 'useless'" records a father's view of the service, not a judgement of the child or a parent, which is what the
// judgemental rules look for. Invented wordings, written (and run on main: 8 of 16 wrong) before the change. The same
// words said of the child or a parent, or the home, stay flagged.
import type { CaseProfile } from "../../../../src/engine/types";
import { foundAndWanted } from "../../../helpers/found-and-wanted";

const GIRL: CaseProfile = { subject: { name: "Ava Lane", pronouns: "she/her" } };
const BOY: CaseProfile = { subject: { name: "Ben Cole", pronouns: "he/him" } };


describe("a label said of a professional or an agency", () => {
  test.each([
    { profile: GIRL, text: 'Dad said the social worker was "useless" and never rang back.' },
    { profile: GIRL, text: "Dad said the social worker was useless and never rang back." },
    { profile: GIRL, text: 'Mum said the school are "useless" with Ava\'s reading.' },
    { profile: GIRL, text: 'Mum said the teachers are "lazy" and do not mark her homework.' },
    { profile: GIRL, text: 'Mum says the staff at the unit are "aggressive" with the young people.' },
    { profile: GIRL, text: 'Dad said the previous worker was "a liar".' },
    // A second label coordinated with the first.
    { profile: GIRL, text: 'Dad said the social worker was "useless" and "lazy".' },
    { profile: GIRL, text: "Mum said the teachers are unfair and lazy." },
    { profile: GIRL, text: 'Mum described the contact supervisor as "rude".' },
    { profile: BOY, text: 'Dad said the social workers are "liars" who have already made up their minds.' },
    { profile: BOY, text: 'Ben said the staff at the home are "aggressive" when he comes back late.' },
  ])("passes: $text", ({ text, profile }) => {
    const { got, want } = foundAndWanted(text, profile, "jud");
    expect(got).toBe(want);
  });

  test.each([
    { profile: GIRL, text: 'The social worker said Mum was "{{jud|useless}}" with money.' },
    { profile: GIRL, text: 'The teacher said Ava is "{{jud|lazy}}".' },
    { profile: GIRL, text: 'The police said Mum was "{{jud|aggressive}}" at the door.' },
    { profile: GIRL, text: 'The officer described the home as "{{jud|chaotic}}".' },
    { profile: BOY, text: 'Staff at the home said Ben is "{{jud|aggressive}}" when he comes back late.' },
    { profile: BOY, text: "Mr Cole was {{jud|aggressive}} towards the social worker." },
  ])("flags: $text", ({ text, profile }) => {
    const { got, want } = foundAndWanted(text, profile, "jud");
    expect(got).toBe(want);
  });
});
