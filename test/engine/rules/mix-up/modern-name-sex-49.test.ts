// Stop 44 (paste49): a listed child's name that the Moby lists give to both sexes (or to the other) but that children in
// England and Wales now carry as one sex ("Freddie", "Ruby", "Harper") has that sex, so a pasted name's pronouns can be
// weighed against it. Names common for both sexes ("Charlie", "Jamie") stay unknown. Invented examples.
import type { CaseProfile } from "../../../../src/engine";
import { nameGender } from "../../../../src/engine/people/name-lexicon";
import { marked } from "./marked";

const isla: CaseProfile = { subject: { name: "Isla Moran", aliases: ["Isla"], pronouns: "she/her" }, otherChildren: ["Freddie Moran", "Charlie Moran"] };
const theo: CaseProfile = { subject: { name: "Theo Lamb", aliases: ["Theo"], pronouns: "he/him" }, otherChildren: ["Ruby Lamb", "Harper Lamb"] };

describe("names children in England and Wales carry as one sex", () => {
  it.each([
    ["Freddie", "m"],
    ["Alfie", "m"],
    ["Oscar", "m"],
    ["Ruby", "f"],
    ["Harper", "f"],
    ["Courtney", "f"],
    ["Charlie", "u"],
    ["Jamie", "u"],
  ])("%s is %s", (name, sex) => {
    expect(nameGender(name)).toBe(sex);
  });

  const pasted: Array<[string, string, CaseProfile]> = [
    [
      "a brother's name with the subject's pronouns after it",
      "{{sc|Isla}} lives with Mum and {{oc|Freddie}} (9).\n\n{{mix|Freddie}}'s reading has come on well and her teacher says she now reads to the class.",
      isla,
    ],
    [
      "a sister's name opening a sentence whose pronouns are the subject's",
      "{{sc|Theo}} and {{oc|Ruby}} (6) live with their grandmother.\n\n{{mix|Ruby}} has moved up a reading group and his teacher says he is proud of it.",
      theo,
    ],
  ];
  it.each(pasted)("finds %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });

  const genuine: Array<[string, string, CaseProfile]> = [
    ["a brother spoken of with his own pronouns", "{{sc|Isla}} lives with Mum and {{oc|Freddie}} (9).\n\n{{oc|Freddie}} says he likes his new school.", isla],
    ["a sister spoken of with her own pronouns", "{{sc|Theo}} and {{oc|Ruby}} (6) live with their grandmother.\n\n{{oc|Ruby}} said she misses her dad.", theo],
    ["a girl named Harper with her own pronouns", "{{sc|Theo}} and {{oc|Harper}} (7) live with Nan.\n\n{{oc|Harper}} said she wants a bunk bed.", theo],
    ["a name used for both sexes", "{{sc|Isla}} lives with Mum and {{oc|Charlie}} (9).\n\n{{oc|Charlie}} started karate and her mum says she loves it.", isla],
    [
      "both children in one sentence",
      "{{sc|Isla}} lives with Mum and {{oc|Freddie}} (9).\n\nBoth {{sc|Isla}} and {{oc|Freddie}} were at school, and her teacher says she is settled.",
      isla,
    ],
  ];
  it.each(genuine)("leaves alone %s", (_why, annotated, p) => {
    const { got, want } = marked(annotated, p);
    expect(got).toBe(want);
  });
});
