// Classes of evidence the people stage missed or misread on unseen text (invented text): a heading word read as
// a given name, the subject's own school, a child's name shaped like initials, a birth year or due month.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged } from "./helpers";

const teddy: CaseProfile = { subject: { name: "Teddy Marsh", aliases: ["Teddy"], pronouns: "he/him" } };

describe("a preposition opening a heading is not a given name", () => {
  test("'About Teddy' is the subject, 'About Nell' is Nell", () => {
    const text = "Meet Teddy and Nell\n\nAbout Teddy\n\nTeddy was born in 2023. He loves diggers.\n\nAbout Nell\n\nNell (5) is his sister.";
    const out = flagged(text, teddy);
    expect(out).not.toContain("About Teddy");
    expect(out).not.toContain("About Nell");
    expect(out.filter((t) => t === "Nell")).toHaveLength(3);
  });
});
