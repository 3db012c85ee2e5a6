// A child the case profile lists, named at the start of a sentence by a given name that is also a word ("Ruby",
// "Lily", "Hope"), is that child whatever verb follows: before this, only a verb from the name-followers list kept
// it ("Ruby went…"), so "Ruby took his phone." lost its other-child finding and its redaction. Only a pronoun
// after the word ("Will you…", "Hope you are well") still reads it as a word. Invented text.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged } from "./helpers";

const withListed = (name: string): CaseProfile => ({ subject: { name: "Tom Reed", aliases: ["Tom"], pronouns: "he/him" }, otherChildren: [name] });

test.each([
  // (No "his" after "Ruby": Ruby is a girl's name now (stop 44), and a listed girl's name followed by a boy's pronoun in a
  // boy's record is weighed as a pasted name by the mix-up rule, not as this word-name's test.)
  ["Ruby", "Tom is well. Ruby took the phone."],
  ["Lily", "Tom is well. Lily stole the trainers."],
  ["Lily Reed", "Tom is well. Lily ate the cake."],
  ["Hope", "Tom went home. Hope brought the dog back later."],
])("listed %s opening a sentence with an irregular verb is flagged", (name, text) => {
  expect(flagged(text, withListed(name))).toContain(name.split(" ")[0]);
});

test("every mention of a listed word-name is flagged, not only the one with an age", () => {
  const text = "Tom is well. Lily is 9. Lily stole the trainers.";
  expect(flagged(text, withListed("Lily")).filter((t) => t === "Lily")).toHaveLength(2);
});

test("a listed word-name before a pronoun reads as the word", () => {
  expect(flagged("Hope you are well. Tom is settled.", withListed("Hope"))).toEqual([]);
});

test("an unlisted word opening a sentence is still not a name", () => {
  expect(flagged("Tom is well. Lily pads covered the pond.", { subject: { name: "Tom Reed", aliases: ["Tom"], pronouns: "he/him" } })).toEqual([]);
});

test("a listed name that is also a modal verb reads as the verb before a bare verb", () => {
  const text = "Let me know if Thursday suits. Will bring copies of the plans.";
  expect(flagged(text, withListed("Will Fenton"))).toEqual([]);
  expect(flagged("Tom is well. Will said he misses Tom.", withListed("Will Fenton"))).toContain("Will");
});
