// An age written in a dated entry (a chronology row, a dated log line) is the person's age on that date, not now:
// "12/03/2009 – Leon (aged 16) arrested" in a record written in 2025 is about a man of 32. Before this the age was
// read as today's, so adults of a family's history (a parent's brother "aged 6" in 2008, a mother's son "aged 16"
// years ago) were flagged as other children. Ages in entries of the record's own year, a "now" age and a date of
// birth are read as before. Invented text.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf } from "./helpers";

const ava: CaseProfile = { subject: { name: "Ava Cole", aliases: ["Ava"], pronouns: "she/her" }, otherChildren: [], adults: [] };

test("an age in a row dated years before the record makes an adult now", () => {
  const text = [
    "Chronology for Ava Cole",
    "12/03/2009 – Police called to the family home. Mum's eldest son Leon (aged 16) arrested for assault.",
    "04/05/2016 – Ava born.",
    "14/09/2025 – Ava started Year 5. Leon visited the home.",
  ].join("\n");
  expect(roleOf(text, "Leon", ava)).toBe("adult");
  expect(flagged(text, ava)).toEqual([]);
});

test("a year-only row and a kin word: the brother aged 6 in 2008 is an adult by 2025", () => {
  const text = ["Chronology", "2008: Mum placed in foster care with her brother Dale, aged 6.", "2016: Ava born.", "03/11/2025: Ava seen at home."].join("\n");
  expect(roleOf(text, "Dale", ava)).toBe("adult");
});

test("a child in a recent row is still a child", () => {
  const text = ["Chronology", "02/02/2023 – Kai (aged 9) moved in with Mum and Ava.", "03/11/2025 – Ava seen at home with Kai."].join("\n");
  expect(flagged(text, ava)).toContain("Kai");
});

test("an age in a row of the record's own date is read as it stands", () => {
  const text = ["Visit log", "03/11/2025 – Ava was seen with her cousin Tia (12).", "Ava said Tia is kind."].join("\n");
  expect(flagged(text, ava)).toContain("Tia");
});

test("an age said to be now is not moved on", () => {
  const text = ["Chronology", "12/03/2009 – Jordan (now 15) born to Mum's sister.", "03/11/2025 – Ava and Jordan met at the park."].join("\n");
  expect(flagged(text, ava)).toContain("Jordan");
});

test("an age outside a dated row is read as it stands", () => {
  const text = "On 12/03/2009 the family moved. Ava's brother Leon (16) still lives at home. Seen 03/11/2025.";
  expect(flagged(text, ava)).toContain("Leon");
});

test("a young person a recent entry calls a child stays a child, though the years since make them 18", () => {
  const text = ["Review of events", "May 2023 – Ava was found with a 16-year-old boy, Rhys, at the bus station.", "Agreed 20/11/2025."].join("\n");
  expect(flagged(text, ava)).toContain("Rhys");
});
