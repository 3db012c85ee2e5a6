// A school in the subject's own row of a household table is the subject's: the same school in a sibling's
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
