// The abbreviations found depend on the case, not only on the text: the same text checked with another
// case must not reuse the last answer (issue 13: a new alias "JJ" was still flagged as an acronym).
import { analyse } from "../../../../src/engine/pipeline";
import type { CaseProfile } from "../../../../src/engine/types";

const TEXT = "Yesterday I spoke to the SGO team about contact. SGO was keen to come to the next visit.";
const plain: CaseProfile = { subject: { name: "Samuel Green-Osei", pronouns: "he/him" } };
const nicknamed: CaseProfile = { subject: { name: "Samuel Green-Osei", aliases: ["SGO"], pronouns: "he/him" } };
const flagged = (p: CaseProfile) => analyse(TEXT, p).findings.filter((f) => f.text === "SGO" && f.category === "jargon").length;

describe("abbreviations and the case", () => {
  it("a name the worker gave in the case is not an abbreviation, whatever was checked before", () => {
    const before = flagged(plain);
    expect(before).toBeGreaterThan(0);
    expect(flagged(nicknamed)).toBe(0);
    expect(flagged(plain)).toBe(before);
    expect(flagged(nicknamed)).toBe(0);
  });
});

describe("initials and the case", () => {
  // "JT" is the subject's initials only while the subject is Jade Thomas: the same text checked next for
  // another child must not reuse the first case's initials.
  const TALK = "Yesterday I had a long talk with JT about school and home.";
  const jt = (name: string) => analyse(TALK, { subject: { name } }).findings.filter((f) => f.text === "JT").length;

  it("the subject's initials are the case's, not the last text's", () => {
    expect(jt("Jade Thomas")).toBe(0);
    expect(jt("Amy Pond")).toBe(1);
    expect(jt("Jade Thomas")).toBe(0);
  });
});
