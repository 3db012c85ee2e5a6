// A word joined by "and"/"or" to a place after a place preposition is a place too, where the list ends ("placed in
// Bala and Corwen."), not where a clause starts ("lives in Leeds and Kacperz stays…"); and a word after "in",
// "near", "outside" takes no age of its own ("lives in Tregaron, aged 16, with…"). Invented text.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf } from "./helpers";

const girl: CaseProfile = { subject: { name: "Nerys Pugh", aliases: ["Nerys"], pronouns: "she/her" } };

test("a second place in a list after a heading's plural kin word is not a child", () => {
  const text = "Her siblings, Mali and Osian, are placed in Bala and Corwen.";
  expect(flagged(text, girl)).toEqual(["Mali", "Osian"]);
});

test("an age after a place word is not the place's", () => {
  expect(roleOf("Nerys's cousin Gethin lives in Tregaron, aged 16, with his grandparents.", "Tregaron", girl)).not.toBe("other-child");
});

test("two clauses joined by and: the second name is still a person", () => {
  expect(roleOf("Nerys lives in Leeds and Kacperz stays with his dad at weekends.", "Kacperz", girl)).toBe("other-child");
  expect(roleOf("Nerys was at the park and Kacperz, 12, pushed her.", "Kacperz", girl)).toBe("other-child");
});
