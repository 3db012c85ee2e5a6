// A given name that is also a month (April, May, June, August) and whose evidence sits on its surname: an
// age after the full name, a title before it, or a surname inside a sentence with no date or determiner beside
// it. Before stop 37 "April Stone (7)" and "June Pike" gave no finding and no person at all (a breach), and
// "April Harper (7)" left "April" in the redacted text. A month beside a date, a weekday before a name and a
// kin word before a name keep their sense. Every sentence and name here is invented.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf } from "./helpers";

const leah: CaseProfile = { subject: { name: "Leah Morton", pronouns: "she/her" } };
const surfaced = (text: string) => {
  const r = analyse(text, leah);
  return [...r.findings.filter((f) => f.category === "other-child"), ...r.review].map((f) => text.slice(f.start, f.end));
};

describe("a month that is a child's given name, known by the surname", () => {
  test("an age after the full name: the whole name, every time", () => {
    const text = "Leah played with April Stone (7) at school. April Stone lives nearby.";
    expect(flagged(text, leah)).toEqual(["April Stone", "April Stone"]);
  });
  test("an age after the full name keeps the given name in the finding", () => {
    expect(flagged("Leah played with April Harper (7) at school.", leah)).toEqual(["April Harper"]);
  });
  test("a title before the full name: an adult, found as a person", () => {
    expect(roleOf("Leah lives with her grandmother, Mrs June Pike. Mrs June Pike said Leah is settled.", "June Pike", leah)).toBe("adult");
  });
  test("an unusual surname inside a sentence: the whole name is surfaced", () => {
    expect(surfaced("Leah played with April Kowalski at school.")).toEqual(["April Kowalski"]);
    expect(surfaced("Leah played with June Harper at school.")).toEqual(["June Harper"]);
  });
  test("a month and a surname that is also a word, inside a sentence with no date or determiner: surfaced", () => {
    expect(surfaced("Leah played with June Pike at school.")).toEqual(["June Pike"]);
  });
});

describe("the words keep their ordinary sense", () => {
  test("a month beside a date or after a time word", () => {
    expect(surfaced("Since April Mum has been calmer. On 3 June Mr Lee visited Leah.")).toEqual([]);
  });
  test("a determiner before a month and a capitalised word names a thing", () => {
    expect(surfaced("Leah went to the April Fools party. Mum came to the June Review with Leah.")).toEqual([]);
  });
  test("a weekday before a child's name is when, not who", () => {
    const text = "On Tuesday Anaya told her teacher that Leah was sad.";
    expect(surfaced(text).some((s) => s.includes("Tuesday"))).toBe(false);
  });
  test("a kin word before a name stays the relation", () => {
    const text = "Leah spends Saturdays at Nana Adunni's house. Leah said she likes going to Nana's.";
    expect(surfaced(text)).toEqual([]);
  });
});
