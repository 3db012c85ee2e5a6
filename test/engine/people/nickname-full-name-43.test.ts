// A quoted nickname joined to a full name on either side is that person: "known as "Nitro" (Neil Trask, 27)",
// ""Bubs" is Beatrice Hollis, 9", "Neil Trask, aged 27, known as "Nitro"". The nickname's mentions take the full
// name's role, child or adult, instead of going to the worker undecided. Invented text (names differ from
// test/fixtures/child-probes).
import type { CaseProfile } from "../../../src/engine/types";
import { analyse } from "../../../src/engine";
import { roleOf } from "./helpers";

const cass: CaseProfile = { subject: { name: "Cass Pardew", aliases: ["Cass"], pronouns: "she/her" } };
const reviewed = (text: string) => analyse(text, cass).review.map((s) => text.slice(s.start, s.end));

describe("a quoted nickname beside a full name with an age", () => {
  test.each([
    [
      "nickname, then the full name in brackets",
      'Cass was seen getting into a car with a man known as "Nitro" (Neil Trask, 27). Cass said Nitro is kind to her.',
      "Nitro",
      "adult",
    ],
    ["nickname is the full name", 'Cass mentioned Gaffer twice. "Gaffer" is Owen Lusk, aged 63, a neighbour. Gaffer lets her feed his dog.', "Gaffer", "adult"],
    ["full name, age aside, then known as", 'Police named Neil Trask, aged 27, known as "Nitro". Cass said Nitro drives a van.', "Nitro", "adult"],
    ["a child's nickname after the full name in brackets", 'Cass was with "Bubs" (Beatrice Hollis, 9) at the park. Bubs went home at six.', "Bubs", "other-child"],
    ["a child's nickname is the full name", 'Cass plays with Dot after school. "Dot" is Dorothy Quaile, 7, from the flat below.', "Dot", "other-child"],
  ])("%s", (_label, text, nick, role) => {
    expect(roleOf(text, nick, cass)).toBe(role);
    expect(reviewed(text)).not.toContain(nick);
  });
});

describe("a quoted word that is not a nickname is not joined to a name", () => {
  test("a quoted word before a bracketed name in another sentence", () => {
    const text = 'Cass said the film was "Brilliant" (Mia Cole, her carer, agreed). Cass went to bed at nine.';
    const mia = analyse(text, cass).people.find((p) => p.forms.includes("Mia Cole"));
    expect(mia?.forms).not.toContain("Brilliant");
    expect(roleOf(text, "Brilliant", cass)).not.toBe("adult");
  });
});
