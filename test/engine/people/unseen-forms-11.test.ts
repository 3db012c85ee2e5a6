// Classes of evidence the people stage missed on unseen text (invented text): a listed child's given name
// that is also an ordinary word, a birth month with no year, a school named in brackets after a child's
// school word, and a name after "to" joined to a given name.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged } from "./helpers";

/** Flagged as another child's or put to the worker. */
function surfaced(text: string, profile: CaseProfile): string[] {
  const r = analyse(text, profile);
  return [...r.findings.filter((f) => f.category === "other-child"), ...r.review].map((s) => text.slice(s.start, s.end));
}

describe("a listed child's given name that is also an ordinary word", () => {
  const profile: CaseProfile = {
    subject: { name: "Orla Tate", aliases: ["Orla"], pronouns: "she/her" },
    otherChildren: ["Comfort Okafor"],
  };
  test("capitalised inside a sentence and at a sentence start, beside the word in lower case", () => {
    const text = "Her friend's sister Comfort (Year 9) told a teacher that Orla was upset. Comfort was kind about it. Orla took comfort from that.";
    const out = flagged(text, profile);
    expect(out.filter((t) => t === "Comfort")).toHaveLength(2);
  });
  test("the word in lower case alone is never flagged", () => {
    const text = "Orla found comfort in the meeting.";
    expect(flagged(text, profile)).toEqual([]);
  });
});

describe("a birth month with no year, said after another child's name", () => {
  const profile: CaseProfile = { subject: { name: "Kit Hume", aliases: ["Kit"], pronouns: "he/him" } };
  test("', who was born in March' after a named half-sister", () => {
    const text = "Kit's mother has a new baby, his half-sister Wren, who was born in March.";
    expect(flagged(text, profile)).toEqual(expect.arrayContaining(["Wren", "March"]));
  });
  test("the subject's own birth month is not another child's", () => {
    const text = "Kit, who was born in March, turned ten this year.";
    expect(flagged(text, profile)).not.toContain("March");
  });
});

describe("a school named in brackets after another child's school word", () => {
  const profile: CaseProfile = { subject: { name: "Ada Lark", aliases: ["Ada"], pronouns: "she/her" }, otherChildren: ["Jude Marr"] };
  test("'Jude's home school (Westerleigh)' is Jude's school", () => {
    const text = "Ada's teacher will call. A referral will go to the area covering Jude's home school (Westerleigh).";
    expect(flagged(text, profile)).toContain("Westerleigh");
  });
  test("a person in the brackets is not a school", () => {
    const text = "Jude's school (Mrs Penrose) rang about Ada.";
    expect(flagged(text, profile)).not.toContain("Mrs Penrose");
  });
});

describe("a word after 'to' joined to a given name is a person, not a place", () => {
  const profile: CaseProfile = { subject: { name: "Rhys Dale", aliases: ["Rhys"], pronouns: "he/him" } };
  test("'say goodbye to Brannoc and Emily' puts both to the worker", () => {
    const text = 'Rhys said, "I want to say goodbye to Brannoc and Emily first." They are his friends in class.';
    const out = surfaced(text, profile);
    expect(out).toEqual(expect.arrayContaining(["Brannoc", "Emily"]));
  });
  test("a town after 'to' with no name beside it stays a place", () => {
    const text = "Rhys moved to Brannoc last year.";
    expect(surfaced(text, profile)).not.toContain("Brannoc");
  });
});

describe("a listed adult's surname before 'children' names the family's children", () => {
  const profile: CaseProfile = {
    subject: { name: "Ffion Rees", aliases: ["Ffion"], pronouns: "she/her" },
    otherChildren: ["Dai Prothero", "Elin Prothero"],
    adults: ["Bronwen Prothero", "Gareth Prothero"],
  };
  test("'the Prothero children' is flagged; 'Mrs Prothero' is not", () => {
    const text =
      "Bronwen Prothero and Gareth Prothero are the applicants. Dai Prothero (9) and Elin Prothero (6) live with them.\n\nMrs Prothero looks after all three of the Prothero children and Ffion on Tuesdays.";
    const out = flagged(text, profile);
    expect(out).toContain("Prothero");
    expect(out).not.toContain("Mrs Prothero");
  });
});

describe("a second child's school with its verb left out after 'and'", () => {
  const profile: CaseProfile = { subject: { name: "Noel Vance", aliases: ["Noel"], pronouns: "he/him" }, otherChildren: ["Tilly Garth", "Bo Garth"] };
  test("'Tilly is at Ashmere College and Bo at St Aldhelm's': both schools are flagged", () => {
    const text = "Tilly is at Ashmere College and Bo at St Aldhelm's; Noel goes to school nearby.";
    const out = flagged(text, profile);
    expect(out).toContain("Ashmere College");
    expect(out.some((t) => t.startsWith("St Aldhelm"))).toBe(true);
  });
  test("the subject's place in the same shape is not another child's", () => {
    const text = "Tilly is at Ashmere College and Noel at St Aldhelm's.";
    expect(flagged(text, profile).some((t) => t.startsWith("St Aldhelm"))).toBe(false);
  });
});

describe("a nickname a child is said to call themselves", () => {
  const profile: CaseProfile = { subject: { name: "Isla Crane", aliases: ["Isla"], pronouns: "she/her" }, otherChildren: ["Henrietta Vale"] };
  test("'Henrietta Vale (9C) has started calling herself \"Hetty\"' makes Hetty hers", () => {
    const text = 'Henrietta Vale (9C) has started calling herself "Hetty". Isla said it is calmer when Hetty is not there.';
    expect(flagged(text, profile).filter((t) => t === "Hetty")).toHaveLength(2);
  });
});
