// Capitalised words that are not people are not put to the worker (invented text).
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";

const rhys: CaseProfile = { subject: { name: "Rhys Calloway", pronouns: "he/him" } };

function reviewed(text: string): string[] {
  const r = analyse(text, rhys);
  return r.review.map((s) => text.slice(s.start, s.end));
}

describe("not put to review", () => {
  test.each([
    ["a heading in capitals of ordinary words", "HOME VISIT RECORD\n\nRhys was at home with his mum."],
    ["a form word made from an ordinary word", "Referral to the dentist made today. Rhys agreed."],
    ["a plural of an ordinary word", "Attendees\nRhys, his mum and the worker."],
    ["two ordinary words run together", "Caseload review: Rhys is one of many."],
    ["a country", "Rhys was born in Moldova and came here last year."],
    ["a family word in another language", 'Rhys said, "Babcia makes soup and Tata watches football."'],
    ["a Welsh grandparent", "Rhys goes to Nain's after school on Tuesdays."],
    ["ordinary words in title case", "Rhys watched the Online Video with his mum and the Fee Waiver was agreed."],
    ["a modern word missing from the word list", "Rhys showed me the Website where he plays games."],
    ["a weekday abbreviation", "Seen Thu and again Fri. Rhys was well."],
  ])("%s", (_label, text) => {
    expect(reviewed(text)).toEqual([]);
  });
});

describe("still put to review", () => {
  test("an unknown name with nothing around it", () => {
    expect(reviewed("Rhys said Kestrin was at the park and they kicked a ball.")).toContain("Kestrin");
  });
});
