// Children the sentence says are children, which went to the worker undecided (stop 41): an age between a person's
// noun and the name it is called by ("a girl aged 12 called Nia"), and a pet name the record defines as the child's
// word for a relation ('"Jojo", which is what he calls his brother'). Adults in the same shapes stay adults or
// undecided. Invented text (names differ from test/fixtures/child-probes/probes-16.txt).
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf } from "./helpers";

const kez: CaseProfile = { subject: { name: "Kez Dorran", aliases: ["Kez"], pronouns: "he/him" } };

describe("an age between the person's noun and the name", () => {
  test.each([
    ["a girl aged 12 called NAME", "Kez was stopped with a girl aged 12 called Nia near the canal.", "Nia", "other-child"],
    ["a lad of 15 named NAME", "Staff saw Kez talking to a lad of 15 named Brody by the gates.", "Brody", "other-child"],
    ["a boy, 13, known as NAME", "Kez went off with a boy, 13, known as Jez, after tea.", "Jez", "other-child"],
    ["a man aged about 35 called NAME", "Kez was seen in a car with a man aged about 35 called Lewis.", "Lewis", "adult"],
  ])("%s", (_label, text, name, role) => {
    expect(roleOf(text, name, kez)).toBe(role);
  });
});

describe("a pet name that is the child's word for a relation", () => {
  test("which is what he calls his brother", () => {
    expect(roleOf('Kez laughs and says "Jojo", which is what he calls his big brother.', "Jojo", kez)).toBe("other-child");
  });
  test("his word for his sister, in brackets", () => {
    expect(roleOf('Kez shouts "Lolo" (his word for his sister) when she comes home.', "Lolo", kez)).toBe("other-child");
  });
  test("a pronoun that is not the subject's", () => {
    expect(roleOf('Kez laughs when Nan says "Bubba", which is what she calls her brother.', "Bubba", kez)).not.toBe("other-child");
  });
  test("a parent in the clause may be the speaker", () => {
    expect(roleOf('Dad keeps saying "Tam", which is what he calls his brother, and Kez copies him.', "Tam", kez)).not.toBe("other-child");
  });
});
