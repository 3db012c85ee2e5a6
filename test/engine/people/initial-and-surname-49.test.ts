// A surname written after one capital initial ("J. Pellow", "G Holt") is how records name adults: the writer's
// signature, an officer on a form, a manager in minutes (FORMAT.md Ruling 7: professionals named by initials
// are adults). With nothing else said of the person, the name is an adult's, not one for the worker to settle.
// A kin word, an age or a child listed in the case profile still decides; the subject is never touched.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf, flagged } from "./helpers";

const callum: CaseProfile = { subject: { name: "Callum Price", aliases: ["Callum"], pronouns: "he/him" } };
const reviewed = (text: string, profile: CaseProfile = callum) => analyse(text, profile).review.map((r) => text.slice(r.start, r.end));

describe("a surname after one initial is an adult's", () => {
  test.each([
    ["a signature", "Callum was seen alone and said he is happy at home.\nSigned: B. Walsh", "Walsh"],
    ["two signatures on a line", "Plan agreed with Callum's mother.\nSigned: N Rahman / G Holt", "Holt"],
    ["an officer on a form", "Contact type: office appointment\nOfficer: L. Ashdown-Fry\nCallum attended on time.", "Ashdown-Fry"],
    ["a worker after a date", "Date of visit: 02/02/2026   Worker: D. Kowalski SW\nCallum showed me his room.", "Kowalski"],
    ["a manager in brackets", "Manager (J. Mwangi) to agree the weekend plan with Callum's carer.", "Mwangi"],
    ["an inspector", "Case tracked: 3 of 9. Inspector: HMI J. Pellow. Child: Callum Price, 11.", "Pellow"],
  ])("%s", (_label, text, name) => {
    expect(roleOf(text, name, callum)).toBe("adult");
    expect(reviewed(text)).not.toContain(name);
    expect(flagged(text, callum)).not.toContain(name);
  });
});

describe("what still decides a child", () => {
  test("a kin word with the initial", () => {
    expect(roleOf("Callum's brother, T. Jones, is 9 and lives with their dad.", "Jones", callum)).toBe("other-child");
  });
  test("an age with the initial", () => {
    expect(roleOf("Callum was with R. Kemp (14) at the shops.", "Kemp", callum)).toBe("other-child");
  });
  test("a child listed in the case profile", () => {
    const profile: CaseProfile = { ...callum, otherChildren: ["Tia Jones"] };
    expect(flagged("Callum sat next to Tia Jones. T. Jones later said sorry.", profile)).toContain("Tia Jones");
  });
  test("the subject's surname after an initial is never another child or an adult", () => {
    const text = "Subject: C Price – incident on 30/09\n\nCallum was upset after lunch.";
    expect(flagged(text, callum)).toHaveLength(0);
    const price = analyse(text, callum).people.filter((p) => p.forms.some((f) => f.includes("Price")));
    expect(price.every((p) => p.role === "subject")).toBe(true);
  });
});

describe("not an initial", () => {
  test("a capital word before a name is not an initial", () => {
    expect(roleOf("Callum said his friend Kieran Lowe (12) came round.", "Kieran", callum)).toBe("other-child");
  });
  test("the pronoun I before a name is not an initial", () => {
    expect(reviewed("When I asked Callum about it he said Mason took his bag.")).toContain("Mason");
  });
});
