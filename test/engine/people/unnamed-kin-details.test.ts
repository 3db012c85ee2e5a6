// Dates of birth and schools of children named only by kinship (FORMAT.md rulings 1 and 8). Invented text.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";

const lena: CaseProfile = { subject: { name: "Lena Hart", pronouns: "she/her" } };
const details = (text: string) =>
  analyse(text, lena)
    .findings.filter((f) => f.ruleId === "other-child-detail")
    .map((f) => f.text);

describe("a detail of a child named only by kinship", () => {
  test.each([
    ["a birth sentence", "Lena was born on 4 May 2014. Her brother was born on 3 June 2017 and lives with their father.", ["3 June 2017"]],
    ["born, in apposition", "Lena (DOB 04/05/2014) has a younger sister, born 12/01/2020, who lives with Mum.", ["12/01/2020"]],
    ["two in one list", "Lena has two half-siblings: a brother born 02/02/2016 and a sister born 09/09/2019.", ["02/02/2016", "09/09/2019"]],
    ["a DOB in brackets", "Lena's half-brother (DOB 01/03/2012) is in foster care.", ["01/03/2012"]],
    ["a school", "Lena attends Hollybrook Primary. Her brother goes to Castle Rise Academy.", ["Castle Rise Academy"]],
    ["a parent's other child's school", "Mum's other child attends St Clement's Infants.", ["St Clement's Infants"]],
  ])("%s", (_label, text, expected) => {
    expect(details(text)).toEqual(expected);
  });
});

describe("not another child's detail", () => {
  test("the subject's own date, shared with a twin", () => {
    expect(details("Lena and her twin were born on 1 April 2015; the twin lives with an aunt.")).toEqual([]);
  });
  test("an adult relative's date of birth", () => {
    expect(details("Visit on 12/11/2025. Her older brother (DOB 02/02/1998) is now her carer.")).toEqual([]);
  });
  test("a parent's brother is an uncle", () => {
    expect(details("Mum's brother attends Castle Rise College as a tutor.")).toEqual([]);
  });
  test("a name between the kin word and the date takes the date", () => {
    const r = analyse("Her brother's friend Tamsin Orr was born on 3 June 2017.", lena);
    expect(r.findings.filter((f) => f.text === "3 June 2017").map((f) => f.data?.childId)).not.toContain("unnamed-brother");
  });
});
