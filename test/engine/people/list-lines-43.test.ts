// A list line opened by a name and a dash or colon (a genogram, a household or network list): the kin word
// and the age after the dash are that name's, not a name's before or after it. Invented text (names and places
// differ from test/fixtures/child-probes).
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf } from "./helpers";

const bea: CaseProfile = { subject: { name: "Bea Lanyon", aliases: ["Bea"], pronouns: "she/her" } };

describe("a kin word and an age after a dash or colon at a line's name", () => {
  test.each([
    ["kin, then age after a comma", "Genogram\nRuss Lanyon – father, 41\nBea Lanyon – subject, 8\nTobin Lanyon – brother, 5\n", "Tobin", "other-child"],
    ["kin with modifiers, age in brackets", "Family\nMerrin Lanyon — younger half-sister (3)\nBea Lanyon — subject\n", "Merrin", "other-child"],
    ["kin alone, a school after it", "Attendees\nCasey Lanyon - stepbrother, attends Polwin Academy\nBea Lanyon - subject\n", "Casey", "other-child"],
    ["age first after a colon", "Household\nIsla Lanyon: 12, sister\nBea Lanyon: 8\n", "Isla", "other-child"],
    ["a bullet before the name", "Siblings:\n• Ned Lanyon – brother, 10\n• Bea Lanyon – subject, 8\n", "Ned", "other-child"],
    ["an adult brother: the age decides", "Family\nWarren Lanyon – brother, 26 (lives in Truro)\nBea Lanyon – subject, 8\n", "Warren", "adult"],
    ["a friend with an adult age", "Network\nSorcha Deane – friend, 37\nBea Lanyon – subject, 8\n", "Sorcha", "adult"],
  ])("%s", (_label, text, name, role) => {
    expect(roleOf(text, name, bea)).toBe(role);
  });
});

describe("a kin word that is someone else's is not read as the line's name's", () => {
  test.each([
    ["a parent's brother", "Family\nKeith Polglase – mother's brother\nBea Lanyon – subject, 8\n"],
    ["a brother of an adult", "Family\nKeith Polglase – brother of Mum\nBea Lanyon – subject, 8\n"],
  ])("%s", (_label, text) => {
    expect(roleOf(text, "Keith", bea)).not.toBe("other-child");
  });
});
