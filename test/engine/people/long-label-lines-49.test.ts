// A field label's list runs on past the sixty characters read before a name: "Present: …, …, Nia Gale (health)".
// Every name on a "Present:" or "Attendees:" line is named under the label, as the first few are. A kin word or
// an age on the line still says child. Invented text.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { roleOf } from "./helpers";

const callum: CaseProfile = { subject: { name: "Callum Price", aliases: ["Callum"], pronouns: "he/him" } };
const line = "Present: DI Sam Okoro (police, chair), Petra Lind (youth offending case manager), Nia Gale (education), Omar Farid (health)\nCallum was not present.";

test("the last names on a long Present line are not put to the worker", () => {
  const review = analyse(line, callum).review.map((r) => line.slice(r.start, r.end));
  expect(review).not.toContain("Nia Gale");
  expect(review).not.toContain("Omar Farid");
  expect(roleOf(line, "Omar Farid", callum)).toBe("adult");
});

test("a child on a long Present line with a kin word is still a child", () => {
  const text = "Present: Mum (Ms Dana Price), Dad (Mr Lee Price), Ms Petra Lind (case manager), his sister Ruby Price (15)\nNotes follow.";
  expect(roleOf(text, "Ruby Price", callum)).toBe("other-child");
});
