// The generation of a given name as weak evidence (rules/names/name-era.json). Invented sentences.
import { analyse } from "../../../src/engine";
import { nameEra } from "../../../src/engine/people/name-lexicon";
import type { CaseProfile, PersonRole } from "../../../src/engine/types";

const oliver: CaseProfile = { subject: { name: "Oliver Quint", pronouns: "he/him" } };
const amelia: CaseProfile = { subject: { name: "Amelia Dray", pronouns: "she/her" } };

function roleOf(text: string, name: string, profile: CaseProfile = oliver): PersonRole | "absent" | "not found" {
  const person = analyse(text, profile).people.find((p) => p.forms.some((f) => f === name || f.startsWith(name)));
  return person ? person.role : "not found";
}

describe("nameEra", () => {
  test.each([
    ["Maisie", "child"],
    ["alfie", "child"],
    ["Ivy-Mae", "child"],
    ["Tommy-Lee", "child"],
    ["Gareth", "adult"],
    ["Beryl", "adult"],
    ["Anne-Marie", undefined],
    ["Karen-Mae", undefined],
    ["James", undefined],
    ["Zephyrine", undefined],
  ])("%s → %s", (name, era) => {
    expect(nameEra(name)).toBe(era);
  });
});

describe("a name with nothing else around it", () => {
  test("a name of today's children is another child", () => {
    expect(roleOf("Oliver said he walked home with Maisie after the club.", "Maisie")).toBe("other-child");
    expect(roleOf("Oliver told me Jaxon took his scooter and would not give it back.", "Jaxon")).toBe("other-child");
  });
  test("a modern compound name is another child", () => {
    expect(roleOf("On Saturday Oliver went to the park with Lily-Mae.", "Lily-Mae")).toBe("other-child");
  });
  test("a name of an older generation is an adult", () => {
    expect(roleOf("On Sunday Gareth took Oliver for a walk along the canal.", "Gareth")).toBe("adult");
    expect(roleOf("Oliver said he likes living with Sue and Dave.", "Dave")).toBe("adult");
  });
  test("a name of every generation stays with the worker", () => {
    expect(roleOf("Oliver said he walked home with Ellery after the club.", "Ellery")).not.toBe("other-child");
  });
});

describe("the generation never outweighs what the record says", () => {
  test("a title or a role wins over a child's name", () => {
    expect(roleOf("Oliver was seen by Mrs Maisie Thorne at the clinic.", "Maisie Thorne")).toBe("adult");
    expect(roleOf("Harper Lyle, the family support worker, visited Oliver.", "Harper Lyle")).toBe("adult");
  });
  test("an age wins over an older generation's name", () => {
    expect(roleOf("Oliver's friend Gareth (9) came for tea.", "Gareth")).toBe("other-child");
  });
});

describe("guards", () => {
  test("a short form of the subject's name stays the subject", () => {
    const r = analyse("Ollie was quiet today. Ollie said school was fine.", oliver);
    expect(r.findings.filter((f) => f.category === "other-child")).toEqual([]);
  });
  test("a name that could be the subject's, spelt another way, is not made another child by its generation", () => {
    const r = analyse("Amelia was happy. Later Amelie showed me her drawings.", amelia);
    expect(r.findings.filter((f) => f.category === "other-child")).toEqual([]);
  });
  test("a child's name used as a town in an address is not a person", () => {
    const text = "Oliver's new carers:\n\nMr and Mrs Penrose\n12 Quarry Lane\nFlorence\nStoke-on-Trent\nST9 9ZZ\n";
    expect(analyse(text, oliver).findings.filter((f) => f.category === "other-child")).toEqual([]);
  });
  test("a child's name after a place preposition is not made a child by its generation", () => {
    expect(roleOf("The aunt lives in Sydney and visits Oliver at Christmas.", "Sydney")).not.toBe("other-child");
  });
});
