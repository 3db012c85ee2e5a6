// Names listed together, then described together in the next sentence ("These are her friends in her tutor
// group"): the description is evidence for each of them. Invented text.
import { flagged } from "./helpers";
import type { CaseProfile } from "../../../src/engine/types";

const nell: CaseProfile = { subject: { name: "Nell Carver", aliases: ["Nell"], pronouns: "she/her" } };

describe("described together in the next sentence", () => {
  test("friends", () => {
    const text = 'Nell said, "I want to see Romilly and Dacey before we move." These are her friends in her tutor group.';
    expect(flagged(text, nell)).toEqual(["Romilly", "Dacey"]);
  });
  test("in her class", () => {
    expect(flagged("Nell walks home with Romilly and Dacey. They are both in her class.", nell)).toEqual(["Romilly", "Dacey"]);
  });
  test("the child's own sisters (cousins weigh less: they may be grown up)", () => {
    expect(flagged("At the party were Romilly and Dacey. Both are her sisters.", nell)).toEqual(["Romilly", "Dacey"]);
    expect(flagged("At the party were Romilly and Dacey. Both are her cousins.", nell)).toEqual([]);
  });
});

describe("not evidence", () => {
  test("an adult's sisters ('her' is the speaker's)", () => {
    const text = "Mum was with Romilly and Dacey when I arrived. They are her sisters and help with childcare.";
    expect(flagged(text, { ...nell, subject: { ...nell.subject, pronouns: "he/him" } })).toEqual([]);
  });
  test("a description two sentences away", () => {
    expect(flagged("Nell mentioned Romilly and Dacey. She was tired. They are her friends.", nell)).toEqual([]);
  });
});
