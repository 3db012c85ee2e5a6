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
    ["the first word of a quoted sentence", 'Rhys said, "Everyone laughs at me." Later he said, "Ask the teacher."'],
    ["a law firm", "Rhys's mother is represented by Steep Hill Law and his father by Kendal Legal."],
    ["national bodies and charities", "Ofsted inspected the home in May. Rhys was offered Kooth, and Coram ran the group he joined."],
    ["a court heading in capitals", "IN THE FAMILY COURT AT CALLOWMOOR\nCase number: ZZ25C00214\nRhys Calloway"],
    ["ordinary words before a noun", "Rhys was referred to Early Help. The Early Help worker visited."],
    ["an adjective before a noun", "Rhys has a Paediatric appointment next week."],
    ["a holiday", "Rhys would like to see his dad on Christmas Eve."],
    ["a community language", "Rhys's grandmother speaks Mirpuri and some Urdu."],
    ["a drug", "Rhys was stopped with two older boys. Cannabis was found."],
  ])("%s", (_label, text) => {
    expect(reviewed(text)).toEqual([]);
  });
});

describe("still put to review", () => {
  test("a nickname in quotes is a name, not the start of a quoted sentence", () => {
    const text = 'Rhys was found with a boy known as "Smudge".';
    const smudge = analyse(text, rhys).people?.find((p) => p.displayName === "Smudge");
    expect(smudge).toBeDefined();
    expect(smudge!.role).not.toBe("not-a-person");
  });
  test("an unknown name with nothing around it", () => {
    expect(reviewed("Rhys said Kestrin was at the park and they kicked a ball.")).toContain("Kestrin");
  });
});
