// Another child's number announced as theirs, and a school no rule could tie to anyone in a sentence about
// another child (invented text): the number is the child's; the school goes to the worker (Report.review).
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged } from "./helpers";

const rhys: CaseProfile = { subject: { name: "Rhys Calloway", aliases: ["Rhys"], pronouns: "he/him" } };
const ella: CaseProfile = { subject: { name: "Ella Marsh", aliases: ["Ella"], pronouns: "she/her" } };
const reviewed = (text: string, profile: CaseProfile) => analyse(text, profile).review.map((s) => text.slice(s.start, s.end));

describe("a number announced earlier in its sentence as a child's own is that child's", () => {
  test.each([
    ["a chat line, past the subject's own phone bill", "[09:10] Jo Reid: mum has Kai's no from Rhys's old phone bill, 07700 900123, put it on file"],
    ["a case note, past who gave it", "Kai (15) has a new phone. Got Kai's mobile off his sister – 07700 900111."],
    ["an e-mail, with a word before the number", "Rhys is friends with Tia (14). Tia's new number is 07700 900222, she changed it last week."],
    ["a chronology row", "12/03\tPolice\tKai (15) seen with Rhys. Kai's phone: 07700 900444."],
  ])("%s", (_label, text) => {
    const number = /07700 900\d{3}/.exec(text)![0];
    expect(flagged(text, { ...rhys, otherChildren: ["Kai"] })).toContain(number);
  });

  test.each([
    ["the subject's own number", "Kai (15) texted. Rhys's new number, 07700 900333, is on the file."],
    ["an adult's number", "Dean Shaw (34) drove them. Mum gave me Dean's number, 07700 900555."],
  ])("%s is not another child's", (_label, text) => {
    expect(flagged(text, rhys)).not.toContain(/07700 900\d{3}/.exec(text)![0]);
  });
});

describe("a school in a sentence about another child that no rule ties goes to the worker", () => {
  test.each([
    ["a plan: the child named before it", rhys, "Kai, who is 9, will meet Rhys on day 3 after school at Brook Primary."],
    ["street notes: a she in a boy's record", rhys, "Mia (12) stayed with the worker. Says she's in Year 7 at Hillside Academy."],
    [
      "youth-work notes: a she in a boy's record, her name telling no gender",
      rhys,
      "20:10 Park. Kez (14) stayed with the worker, said she was cold.\nSays she's in Year 9 at Ridgeway School.",
    ],
    ["a chronology: a he in a girl's record", ella, "Ella was at home. Her cousin Jayden (10) was upset. Later he ran off from Northfield Juniors at lunch."],
  ])("%s", (_label, profile, text) => {
    const school = /(Brook Primary|Hillside Academy|Northfield Juniors|Ridgeway School)/.exec(text)![1];
    expect([...reviewed(text, profile), ...flagged(text, profile)]).toContain(school);
  });

  test.each([
    ["the subject opens the sentence", rhys, "Rhys is in Year 2 at St Anne's Primary, in the same class as Mia (7)."],
    ["a she of the subject's opens it", ella, "Her friend Grace (12) visits. She wants to stay at Oak Hill Academy because Grace is there."],
  ])("not when %s", (_label, profile, text) => {
    const school = /(St Anne's Primary|Oak Hill Academy)/.exec(text)![1];
    expect(reviewed(text, profile)).not.toContain(school);
    expect(flagged(text, profile)).not.toContain(school);
  });
});
