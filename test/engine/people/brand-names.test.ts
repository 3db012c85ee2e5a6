// A child's name used as a brand or a make after an indefinite article ("a Dior bag", "a white Ford Transit") is
// not a mention of the child; the same name as a person around it still is. Invented text.
import { flagged } from "./helpers";
import type { CaseProfile } from "../../../src/engine/types";

const listed: CaseProfile = { subject: { name: "Aurelia Dunmore", pronouns: "she/her" }, otherChildren: ["Ford Dunmore", "Dior Mensah"] };
const aurelia: CaseProfile = { subject: { name: "Aurelia", pronouns: "she/her" } };

describe("a name after an indefinite article", () => {
  test("a make and a model after a word", () => {
    expect(flagged("A white Ford Transit was parked on the drive. Her brother Ford, six, was in the front room.", listed)).toEqual(["Ford"]);
  });
  test("a brand with a noun after it", () => {
    expect(flagged("Dior, 12, handed in a Dior bag left in the changing room.", listed)).toEqual(["Dior"]);
  });
});

describe("still people", () => {
  test("a child of that name in a class", () => {
    expect(flagged("There's a Jayden in her class who is kind to Aurelia.", aurelia)).toEqual(["Jayden"]);
  });
  test("a name after a noun and a preposition", () => {
    expect(flagged("The baby fed from a bottle with Shania holding her close. Shania is 16.", aurelia)).toEqual(["Shania", "Shania"]);
  });
  test("a name after a noun the name is", () => {
    expect(flagged("Aurelia moved to a form group with a teacher Jayden chose. Jayden (12) is her friend.", aurelia)).toEqual(["Jayden", "Jayden"]);
  });
  test("a full name after a preposition", () => {
    expect(flagged("Aurelia and a friend took a jacket from Travis Oyelowo, who is fifteen.", aurelia)).toEqual(["Travis Oyelowo"]);
  });
});
