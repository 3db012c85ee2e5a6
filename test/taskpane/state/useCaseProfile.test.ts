import { EMPTY_CASE, toProfile, type CaseFields } from "../../../src/taskpane/state/useCaseProfile";
import { validateProfile } from "../../../src/engine/profile";

const fields = (over: Partial<CaseFields>): CaseFields => ({ ...EMPTY_CASE, ...over });

describe("toProfile (task pane case panel → engine profile)", () => {
  it.each<[string, Partial<CaseFields>, unknown]>([
    ["name only", { subjectName: "  Maisie Oyelaran " }, { subject: { name: "Maisie Oyelaran" } }],
    [
      "aliases split on commas and semicolons, blanks dropped",
      { subjectName: "Maisie Oyelaran", aliases: "Mais, ; Maisie ,", pronouns: "she/her" },
      { subject: { name: "Maisie Oyelaran", aliases: ["Mais", "Maisie"], pronouns: "she/her" } },
    ],
    [
      "other children and adults",
      { subjectName: "Sam Reyes", otherChildren: "Tobias Oyelaran,Nia", adults: "Donna Oyelaran" },
      { subject: { name: "Sam Reyes" }, otherChildren: ["Tobias Oyelaran", "Nia"], adults: ["Donna Oyelaran"] },
    ],
  ])("%s", (_label, input, expected) => {
    expect(toProfile(fields(input))).toEqual(expected);
  });

  it("gives a profile the engine accepts once a name is entered", () => {
    expect(validateProfile(toProfile(fields({ subjectName: "Maisie Oyelaran", aliases: "Mais" })))).toBeUndefined();
    expect(validateProfile(toProfile(EMPTY_CASE))).toBeDefined();
  });
});
