// Names whose phrase the people stage cut or lost (stop 41): a middle initial ("Tamsin R. Hollis"), a surname's
// lower-case particles ("Joaquim dos Reis", "Femke van Laar"), two capitals after "known as" as a nickname ("AJ"),
// an age closing a bracketed kin word ("Ossian Bell (Wren's cousin, 8)"), and counsel "of counsel". Invented text
// (names differ from test/fixtures/child-probes/probes-15.txt and adult-probes/probes-4.txt).
import type { CaseProfile } from "../../../src/engine/types";
import { analyse } from "../../../src/engine";
import { flagged, roleOf } from "./helpers";

const wren: CaseProfile = { subject: { name: "Wren Astley", aliases: ["Wren"], pronouns: "she/her" } };

describe("a middle initial stays inside one name", () => {
  test("a child with a middle initial is one person, and the surname alone does not carry the child's age to the parent", () => {
    const text = "Wren's foster sister Tamsin R. Hollis, aged 12, shares her room. Tamsin's father Brendan Hollis visits monthly.";
    expect(flagged(text, wren)).toContain("Tamsin R. Hollis");
    expect(roleOf(text, "Brendan Hollis", wren)).toBe("adult");
    expect(flagged(text, wren)).not.toContain("Hollis");
  });
  test("an initial without its full stop joins too", () => {
    expect(roleOf("The GP, Dr Imogen K Farrow, wrote to Wren's mother.", "Imogen K Farrow", wren)).toBe("adult");
  });
  test("a letter ending a sentence is no initial: 'Plan B. Mum agreed'", () => {
    const text = "We moved to Plan B. Mum agreed and Wren was told the same day.";
    const people = analyse(text, wren).people;
    expect(people.some((p) => p.forms.some((f) => f.includes("B. Mum")))).toBe(false);
  });
});

describe("a surname's particles", () => {
  test("a child and her parents sharing a particle surname: only the child is flagged, whole", () => {
    const text = "Wren's half-brother Joaquim dos Reis (7) lives with his mother Lucia dos Reis. Femke van Laar, 15, is Wren's friend.";
    const found = flagged(text, wren);
    expect(found).toContain("Joaquim dos Reis");
    expect(found).toContain("Femke van Laar");
    expect(roleOf(text, "Lucia dos Reis", wren)).toBe("adult");
  });
  test("counsel 'of counsel' is an adult", () => {
    expect(roleOf("Gideon Marsh of counsel, instructed by Pell Row, appeared for the father.", "Gideon Marsh", wren)).toBe("adult");
  });
});

describe("initials as a nickname", () => {
  test("two capitals after 'known as' are the named child's, wherever they recur", () => {
    const text = "Wren's brother Alfie-Jay, known as AJ, is nine. AJ was at his dad's during the visit.";
    const found = flagged(text, wren);
    expect(found.filter((f) => f === "AJ")).toHaveLength(2);
  });
  test("an acronym after 'known as' with no name before it makes nobody", () => {
    const text = "Wren is open to the youth offending service, known as YO in the team. YO will visit on Monday.";
    expect(flagged(text, wren)).not.toContain("YO");
  });
});

describe("an age closing a bracketed kin word", () => {
  test.each([
    ["the subject's cousin", "Ossian Bell (Wren's cousin, 8) stayed the weekend.", "Ossian Bell", "other-child"],
    ["an adult's brother, aged 40", "Ossian Bell (Mum's brother, 40) stayed the weekend.", "Ossian Bell", "adult"],
  ])("%s", (_label, text, name, role) => {
    expect(roleOf(text, name, wren)).toBe(role);
  });
});
