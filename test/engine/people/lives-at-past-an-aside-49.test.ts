// The child a sentence opens on is the one who "lives at" the address, past an aside between commas that names
// someone else ("Tamsin Hale (14), in the same year as Callum, lives at 27 Birch Close"). Named again later, the
// same address is that child's too. Invented text.
import { flagged } from "./helpers";
import type { CaseProfile } from "../../../src/engine/types";

const callum: CaseProfile = { subject: { name: "Callum Price", aliases: ["Callum"], pronouns: "he/him" } };

describe("an address after an aside is the sentence's opening child's", () => {
  test("an aside naming the subject", () => {
    const text = "Tamsin Hale (14), in the same year as Callum, lives at 27 Birch Close. Callum was later found at 27 Birch Close.";
    expect(flagged(text, callum)).toEqual(["Tamsin Hale", "27 Birch Close", "27 Birch Close"]);
  });
  test("a note without 'at'", () => {
    const text = "Notes: Tamsin Hale (14), same class as Callum, lives 27 Birch Close.";
    expect(flagged(text, callum)).toEqual(["Tamsin Hale", "27 Birch Close"]);
  });
});

describe("not the opening child's", () => {
  test("the subject opens the sentence", () => {
    const text = "Callum, who sits next to Tamsin Hale (14), lives at 27 Birch Close.";
    expect(flagged(text, callum)).toEqual(["Tamsin Hale"]);
  });
  test("an adult opens the sentence", () => {
    const text = "Callum's friend is Tamsin (14). Her aunt, Mrs Joan Hale, who often minds Tamsin, lives at 27 Birch Close.";
    expect(flagged(text, callum)).not.toContain("27 Birch Close");
  });
  test("a plural verb: a household's address", () => {
    const text = "Tamsin (14), and her mum, who Callum knows, live at 27 Birch Close.";
    expect(flagged(text, callum)).not.toContain("27 Birch Close");
  });
});
