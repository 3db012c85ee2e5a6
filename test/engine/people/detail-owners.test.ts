// Whose a detail is. A school in the subject's own row of a household table is the subject's: the same school in a sibling's
// row, or named again in prose, identifies nobody else (as with "Florin and Denisa at Rowan Primary"). Invented text.
import { flagged } from "./helpers";
import type { CaseProfile } from "../../../src/engine/types";

const ellis: CaseProfile = { subject: { name: "Ellis Tandy", aliases: ["Ellis"], pronouns: "he/him" } };
const table = (rows: string) => `Household\nName\tRelationship\tAge\tSchool\nGemma Tandy\tMum\t36\t–\n${rows}\n\nThe hostel is an hour by bus from Corby Vale High.`;

test("the subject's school in a sibling's row and in prose", () => {
  const text = table("Ellis Tandy\tson\t13\tCorby Vale High\nRuby Tandy\tdaughter\t12\tCorby Vale High (Year 7)\nJack Tandy\tson\t6\tMoss Lane Primary");
  expect(flagged(text, ellis)).toEqual(["Ruby Tandy", "Jack Tandy", "Moss Lane Primary"]);
});

test("a sibling's own school stays theirs when the subject's row names another", () => {
  const text = table("Ellis Tandy\tson\t13\tAshby Grange School\nRuby Tandy\tdaughter\t15\tCorby Vale High");
  expect(flagged(text, ellis)).toEqual(["Ruby Tandy", "Corby Vale High", "Corby Vale High"]);
});

describe("an address in a paragraph about other children", () => {
  const aurelia: CaseProfile = { subject: { name: "Aurelia Dunmore", aliases: ["Aurelia"], pronouns: "she/her" }, adults: ["Leanne Dunmore"] };
  test("said of an adult in its own sentence, which names no child, is not a child's", () => {
    const text = "Her brother Ford, six, was in the front room. Lacey, three, was asleep upstairs. Leanne was at work at the care home, 14 Dovecote Road, Ashwick QX4 3FU.";
    expect(flagged(text, aurelia)).toEqual(["Ford", "Lacey"]);
  });
  test("an adult moving with the children: the children's address", () => {
    const text = "Ford Dunmore (DOB 02/05/2017) and Lacey Dunmore (DOB 19/01/2020): Leanne has moved with the children to 14 Dovecote Road, Ashwick QX4 3FU.";
    expect(flagged(text, aurelia)).toContain("14 Dovecote Road, Ashwick QX4 3FU");
  });
});

describe("a paragraph that opens on the subject's he or she", () => {
  const withJordan: CaseProfile = { ...ellis, otherChildren: ["Jordan Mills"] };
  const text = (lead: string) =>
    `Update on Ellis.\n\n${lead} appeared at the Youth Court today. Court ref 2611094Y. He pleaded guilty. Bail conditions the same: curfew 7pm to 7am at 22 Gorse Walk, Eastwick QX7 9HB, no contact with Jordan Mills.`;
  test("goes on about the subject: his court reference and bail address are no other child's", () => {
    expect(flagged(text("He"), withJordan)).toEqual(["Jordan Mills"]);
  });
  test("a paragraph that opens on the other child stays about him", () => {
    expect(flagged(text("Jordan"), withJordan)).toEqual(expect.arrayContaining(["2611094Y"]));
  });
});

describe("clubs, repeated addresses and contractions (invented text)", () => {
  const rowan: CaseProfile = { subject: { name: "Rowan Tebbit", aliases: ["Rowan"], pronouns: "he/him" }, otherChildren: ["Finn Okafor"] };
  test("a club whose name holds a school word is the club, named in full or short", () => {
    const text = "Mr Lund coaches at Ashby Juniors Football Club.\n\n- Finn Okafor, 11, plays for the Under-12s at Ashby Juniors.\n\nKai Bell, 9, attends Northgate Juniors.";
    expect(flagged(text, rowan)).toEqual(["Finn Okafor", "Kai Bell", "Northgate Juniors"]);
  });
  test("another child's address named again by its first line is still theirs", () => {
    const text = "Known associates:\n- Finn Okafor, 17, lives at 9 Mill Street, Ashby QX2 9JE.\n\nUpdate: police have checked 9 Mill Street and he was not there.";
    expect(flagged(text, rowan)).toEqual(["Finn Okafor", "9 Mill Street, Ashby QX2 9JE", "9 Mill Street"]);
  });
  test("a contraction before an age is no lower-case name", () => {
    expect(flagged('Mother said "he\'s 15, what am I supposed to do?" and "they\'re 12 and 14".', rowan)).toEqual([]);
  });
});
