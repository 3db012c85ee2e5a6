// A word that opens a sentence or a list item and is no given name, straight before the given name of the child
// or of someone the case profile lists ("Redact Ava's school", "2. Chase Lena's details"), is an instruction's
// verb, not the first half of a full name: before this the two made one person, so the subject's own name was
// flagged as another child's (and its redaction would have replaced the child's name), and a listed child was
// put to review as a stranger. A word the record also capitalises inside a sentence is a name, and stays one.
// Invented text.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged } from "./helpers";

const ava = (otherChildren: string[] = [], adults: string[] = []): CaseProfile => ({
  subject: { name: "Ava Cole", aliases: ["Ava"], pronouns: "she/her" },
  otherChildren,
  adults,
});

test("an instruction before the subject's possessive leaves the subject unflagged", () => {
  const text = "Ava is settled at home. Redact Ava's school before the report is shared.";
  expect(flagged(text, ava())).toEqual([]);
  const subject = analyse(text, ava()).people.find((p) => p.role === "subject");
  expect(subject?.mentions).toHaveLength(2);
});

test.each([
  "Ava is settled.\n1. Check the chronology wording.\n2. Redact Lena's details from the chronology.",
  "Ava is settled. Redact Lena's date of birth from page 3.",
  "Ava is settled. Anonymise Lena in the letter to the school.",
])("an instruction before a listed child's name leaves the listed child: %s", (text) => {
  expect(flagged(text, ava(["Lena"]))).toEqual(["Lena"]);
  expect(analyse(text, ava(["Lena"])).review).toEqual([]);
});

test("an instruction before a listed adult's name leaves the adult", () => {
  const text = "Ava is settled. Phoned Dawn, who agreed. Redact Dawn's address.";
  const r = analyse(text, ava([], ["Dawn Pike"]));
  expect(r.findings.filter((f) => f.category === "other-child")).toEqual([]);
  expect(r.review).toEqual([]);
});

test("a given name the record also writes inside a sentence stays the person's given name", () => {
  // "Zaid" is capitalised mid-sentence later: a name, so "Zaid Morgan" is one person, not the subject Morgan.
  const profile: CaseProfile = { subject: { name: "Morgan Price", aliases: ["Morgan"], pronouns: "he/him" }, otherChildren: [], adults: [] };
  const text = "Morgan is settled at home. Zaid Morgan came to the door. Morgan said he plays football with Zaid.";
  const people = analyse(text, profile).people;
  expect(people.find((p) => p.forms.includes("Zaid Morgan"))).toBeDefined();
});

test("a known given name opening a sentence before the subject's name is still a full name", () => {
  const profile: CaseProfile = { subject: { name: "Morgan Price", aliases: ["Morgan"], pronouns: "he/him" }, otherChildren: [], adults: [] };
  const text = "Morgan is settled at home. Tyler Morgan (12) came to the door.";
  expect(flagged(text, profile)).toEqual(["Tyler Morgan"]);
});
