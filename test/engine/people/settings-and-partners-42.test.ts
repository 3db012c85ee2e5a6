// Stop 37 (issue 15): a teenager's boyfriend or girlfriend with no age or other child evidence goes to the
// worker, not flagged as another child (on the development sets every such person the gold names is an adult);
// a nursery named before a lower-case "nursery" and "Both at [school]" under an item naming children are found
// as other children's details. Every sentence and name here is invented.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf as roleIn } from "./helpers";

const jade: CaseProfile = { subject: { name: "Jade Corrie", pronouns: "she/her" } };
const liam: CaseProfile = { subject: { name: "Liam Sowerby", pronouns: "he/him" } };
const inReview = (text: string, profile: CaseProfile, what: string) => {
  const at = text.indexOf(what);
  return analyse(text, profile).review.some((r) => r.start < at + what.length && at < r.end);
};

describe("a boyfriend or girlfriend alone does not decide", () => {
  test("a boyfriend with nothing else goes to the worker, still surfaced", () => {
    const text = "Jade said her boyfriend Dean picks her up from college.";
    expect(roleIn(text, "Dean", jade)).toBe("undecided");
    expect(inReview(text, jade, "Dean")).toBe(true);
  });
  test("a girlfriend with nothing else goes to the worker", () => {
    expect(roleIn("Liam told me his girlfriend Kayleigh lets him stay at her place.", "Kayleigh", liam)).toBe("undecided");
  });
  test("with a child's age or school year, another child", () => {
    expect(roleIn("Jade said her boyfriend Marcus, who is 15, walks her to school.", "Marcus", jade)).toBe("other-child");
    expect(roleIn("Jade's boyfriend Marcus is in Year 10 with her.", "Marcus", jade)).toBe("other-child");
  });
  test("with an adult's age, an adult", () => {
    expect(roleIn("Jade's boyfriend Marcus (22) was at the flat.", "Marcus", jade)).toBe("adult");
  });
  test("a plain friend still decides alone", () => {
    expect(roleIn("Jade has a friend, Talia, who lives two doors down.", "Talia", jade)).toBe("other-child");
  });
});

describe("a nursery named before a lower-case setting word", () => {
  const maya: CaseProfile = { subject: { name: "Maya Fenn", pronouns: "she/her" } };
  test("goes to / start at NAME nursery: the child's school", () => {
    expect(flagged("Maya lives with her brother Otis, who is 3 and goes to Bumblebees nursery.", maya)).toContain("Bumblebees");
    expect(flagged("Mum asked if Maya's brother Rory, aged 2, can start at Little Owls pre-school in May.", maya)).toContain("Little Owls");
  });
  test("the subject's own nursery is not flagged", () => {
    expect(flagged("Maya goes to Bumblebees nursery three mornings a week.", maya)).not.toContain("Bumblebees");
  });
  test("a name before nursery with no preposition of going stays a person", () => {
    expect(roleIn("Maya's brother Otis nursery pick-up is at noon.", "Otis", maya)).toBe("other-child");
  });
});

describe("an item's children's school", () => {
  const darcy: CaseProfile = { subject: { name: "Darcy Lowe", pronouns: "she/her" } };
  test("'Both at [school]' under an item naming two children", () => {
    const text = "1. Darcy Lowe\nSeen at home.\n\n2. Piotr and Ola Wozniak (7 and 5)\nBoth at St Cuthbert's. School raised concerns.\n";
    expect(flagged(text, darcy)).toContain("St Cuthbert");
  });
  test("not under the subject's own item", () => {
    const text = "1. Darcy Lowe and Piotr Wozniak (7)\nBoth at St Cuthbert's. School raised concerns.\n";
    expect(flagged(text, darcy)).not.toContain("St Cuthbert");
  });
});

describe("an address the other child is said to live at", () => {
  const jaz: CaseProfile = { subject: { name: "Jaz Moody", pronouns: "she/her" } };
  test("'NAME (14), who … and lives at' in a sentence naming the subject", () => {
    expect(flagged("Jaz was with Tamsin Hale (14), who is in her year and lives at 14 Kestrel Way.", jaz)).toContain("14 Kestrel Way");
    expect(flagged("Jaz said Tamsin Hale (14) lives at 14 Kestrel Way.", jaz)).toContain("14 Kestrel Way");
  });
  test("an address shared with the subject, or the subject's own, is not another child's", () => {
    expect(flagged("Jaz and Tamsin Hale (14) live at 14 Kestrel Way.", jaz)).not.toContain("14 Kestrel Way");
    expect(flagged("Jaz lives at 14 Kestrel Way with her friend Tamsin (14).", jaz)).not.toContain("14 Kestrel Way");
    expect(flagged("Mum, Jaz and baby Tamsin (10 months) live at 14 Kestrel Way.", jaz)).not.toContain("14 Kestrel Way");
  });
});
