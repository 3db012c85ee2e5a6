// Three shapes that made people out of layout (invented text): a capitalised ordinary word standing in a list
// beside names, a word before a number that is a time or a place in a building, and a household table whose
// rows were read as a name pasted from another record.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged } from "./helpers";

const rhys: CaseProfile = { subject: { name: "Rhys Calloway", aliases: ["Rhys"], pronouns: "he/him" } };
const reviewed = (text: string, profile: CaseProfile = rhys) => analyse(text, profile).review.map((s) => text.slice(s.start, s.end));

describe("a capitalised ordinary word the record also writes in lower case is not a child", () => {
  test.each([
    ["a timetable's who column", "Day\tWho\tWhat\n1\tFosterers, Kai\tRhys shows the fosterers his room.\n2\tFosterers\tLunch together.\n\nKai (9) lives next door."],
    ["minutes' attendance", "Present: Rhys, his brother Kai, Befrienders\nThe befrienders agreed to help and Rhys said he was happy."],
    ["an e-mail's copy line", "Cc: Minders and Rhys's brother Kai\nI will phone the minders tomorrow about Rhys."],
    ["a child's booklet", "Who helps me: my sister Mia, Befrienders\nThe befrienders help me with reading. Rhys"],
  ])("%s", (_label, text) => {
    const word = /\b(Fosterers|Befrienders|Minders)\b/.exec(text)![1];
    expect(flagged(text, rhys)).not.toContain(word);
    expect(reviewed(text)).not.toContain(word);
  });
});

describe("a word before a number that is a time or a place in a building is not a name with an age", () => {
  test.each([
    ["a chat's time", "[10:02] Jo: rhys in bed til 11. mum says he was up til 3, back tmrw 10, will ring"],
    ["a hospital ward and bay", "Ms Calloway is on Ward 7, Bay 2, at the General. Rhys visited with his aunt."],
    ["a courtroom", "The hearing is listed in Court 3, Thursday. Rhys will not attend."],
    ["a plan's days", "Day 4, Rhys meets the family at the park. Day 5, he has tea there."],
  ])("%s", (_label, text) => {
    expect(flagged(text, rhys)).toEqual([]);
  });
});

describe("a household table row is that child's own row, not a paste", () => {
  const profile: CaseProfile = { subject: { name: "Rhys Calloway", aliases: ["Rhys"], pronouns: "he/him" }, otherChildren: ["Kai Calloway"] };
  test.each([
    [
      "tab-separated",
      "Name\tRelationship\tDate of birth\tSchool\nRhys Calloway\tsubject\t11/05/2016\tBrook Primary\nKai Calloway\tbrother\t27/01/2012\tHillside Academy, Year 9\nAnn Calloway\tmother\t19/10/1990\t—\n\nRhys needs a new coat and shoes for school.",
    ],
    [
      "between bars",
      "| Name | Relationship | Date of birth | School |\n| Rhys Calloway | subject | 11/05/2016 | Brook Primary |\n| Kai Calloway | brother | 27/01/2012 | Hillside Academy |\n\nRhys needs a new coat for school.",
    ],
    [
      "a chronology table",
      "Date\tWho\tWhat\n02/02/2025\tKai Calloway\tmoved up to Hillside Academy\n03/03/2025\tRhys Calloway\tstarted at Brook Primary\n\nRhys settled well and made friends.",
    ],
  ])("%s", (_label, text) => {
    const r = analyse(text, profile);
    const mixUps = r.findings.filter((f) => f.category === "mix-up").map((f) => text.slice(f.start, f.end));
    expect(mixUps).not.toContain("Kai Calloway");
    expect(flagged(text, profile)).toContain("Kai Calloway");
  });
  test("the row's date of birth and school are the child's", () => {
    const text =
      "Name\tRelationship\tDate of birth\tSchool\nRhys Calloway\tsubject\t11/05/2016\tBrook Primary\nKai Calloway\tbrother\t27/01/2012\tHillside Academy, Year 9\n\nRhys needs a new coat and shoes for school.";
    expect(flagged(text, profile)).toEqual(expect.arrayContaining(["Kai Calloway", "27/01/2012", "Hillside Academy"]));
  });
});
