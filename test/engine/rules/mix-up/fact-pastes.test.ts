// Pasted names given away by a fact the record gives the subject and not the named child (stop 37): the school a
// child is said to attend in running text ("attends", "who attends", "is a Year 8 pupil at", "is in Year 4 at",
// "X's school, Y"), and a household written by its carer's name ("lives with her aunt, Ms Carla Dunn"). Invented.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const isla: CaseProfile = { subject: { name: "Isla Grant", aliases: ["Isla"], pronouns: "she/her" }, otherChildren: ["Dora Grant"] };
const max: CaseProfile = { subject: { name: "Max Reed", aliases: ["Max"], pronouns: "he/him" }, otherChildren: ["Kit Reed"] };

describe("a school read from running text, attached to the child it follows", () => {
  it.each([
    ["'attends' for both", "Isla (8) attends Fernhill Primary. Her sister Dora (14) attends Kingsway Academy.\n\n{{mix|Dora}} has had a good term at Fernhill Primary and is reading at the expected level."],
    ["'who attends' for the other child", "Isla is in Year 3 at Fernhill Primary. Dora, who attends Kingsway Academy, was out.\n\n{{mix|Dora}} was sent home from Fernhill Primary on Monday with a temperature."],
    ["'a pupil at', the named child's school in apposition", "Isla is a pupil at Fernhill Primary. Dora's school, Kingsway Academy, has not been in touch.\n\nThe school said {{mix|Dora}} is settled at Fernhill Primary and eats well at lunch."],
  ])("flags the other child put at the subject's school: %s", (_label, annotated) => {
    const { got, want } = marked(annotated, isla);
    expect(got).toBe(want);
  });

  it.each([
    ["the two at one school", "Isla (8) and her sister Dora (10) both attend Fernhill Primary.\n\nDora has had a good term at Fernhill Primary and is reading at the expected level."],
    ["a move from the subject's school to the child's own", "Isla attends Fernhill Primary. Dora (12) attends Kingsway Academy.\n\nDora moved from Fernhill Primary to Kingsway Academy in September and misses her friends."],
    ["the child collecting the subject from school", "Isla attends Fernhill Primary. Dora (15) attends Kingsway Academy.\n\nDora collects Isla from Fernhill Primary on Thursdays."],
    ["a past school", "Isla attends Fernhill Primary. Dora (15) attended Fernhill Primary until 2022 and now attends Kingsway Academy.\n\nDora was happy at Fernhill Primary, Mum said."],
  ])("leaves alone %s", (_label, annotated) => {
    const { got, want } = marked(annotated, isla);
    expect(got).toBe(want);
  });
});

describe("a household written by its carer's name", () => {
  it("flags the other child said to have lived with the subject's carer since a date", () => {
    const { got, want } = marked(
      "Max lives with his maternal aunt, Ms Tessa Okoro. His brother Kit lives with their mother in Hull.\n\n{{mix|Kit}} has lived with Ms Okoro since the summer of 2025 and the placement is stable.",
      max,
    );
    expect(got).toBe(want);
  });

  it.each([
    ["a visit to the subject's carer", "Max lives with his maternal aunt, Ms Tessa Okoro. His brother Kit lives with their mother in Hull.\n\nKit stays with Ms Okoro every other weekend and they go fishing."],
    ["a past stay, in the past tense", "Max lives with his maternal aunt, Ms Tessa Okoro. His brother Kit lives with their mother in Hull.\n\nKit lived with Ms Okoro for a month in 2024 while Mum was in hospital."],
    ["the two living with the same carer", "Max lives with his maternal aunt, Ms Tessa Okoro. His brother Kit lives with his aunt too.\n\nKit has lived with Ms Okoro since the summer of 2025."],
  ])("leaves alone %s", (_label, annotated) => {
    const { got, want } = marked(annotated, max);
    expect(got).toBe(want);
  });
});
