// Details of children a judgment or review names only by a letter or label (FORMAT.md ruling 8: the label
// is not tagged, but the child's school, date of birth and address are). Invented text.
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";

const found = (text: string, profile: CaseProfile) => {
  const r = analyse(text, profile);
  return {
    details: r.findings.filter((f) => f.ruleId === "other-child-detail").map((f) => text.slice(f.start, f.end)),
    other: r.findings.filter((f) => f.category === "other-child" && f.ruleId !== "other-child-detail").map((f) => text.slice(f.start, f.end)),
    review: r.review.map((s) => text.slice(s.start, s.end)),
  };
};
const t: CaseProfile = { subject: { name: "T", pronouns: "she/her" } };
const childA: CaseProfile = { subject: { name: "Child A", pronouns: "he/him" } };

describe("a labelled child owns their details", () => {
  test("letters with ages, listed as brothers", () => {
    const text = "This appeal concerns T, a girl now aged 4, and her brothers R (aged 7) and S (aged 9). R attends Harrowfield Primary School. S goes to Upton Vale Academy.";
    const r = found(text, t);
    expect(r.details).toEqual(["Harrowfield Primary School", "Upton Vale Academy"]);
    expect(r.other).toEqual([]);
    expect(r.review).toEqual([]);
  });
  test("a sibling number and a child letter", () => {
    const text = "Child A lives with his grandmother. Sibling 1 attends Brook Nursery. Child C attends Millfield Infant School.";
    const r = found(text, childA);
    expect(r.details).toEqual(["Brook Nursery", "Millfield Infant School"]);
    expect(r.other).toEqual([]);
  });
  test("a kin word in apposition", () => {
    const text = "Mum told me about the eldest child, B, who is now at Kingsmere College.";
    expect(found(text, t).details).toEqual(["Kingsmere College"]);
  });
});

describe("left alone", () => {
  test("the subject's own school when the subject is a label", () => {
    const text = "Child A (aged 8) attends Fernlea Primary School. His sister, Child D, attends Oakridge Academy.";
    expect(found(text, childA).details).toEqual(["Oakridge Academy"]);
  });
  test("the subject's own school when the subject is a letter", () => {
    expect(found("T (aged 4) attends Little Owls Nursery. Her brother R attends Ashdown Primary School.", t).details).toEqual(["Ashdown Primary School"]);
  });
  test("an adult's label", () => {
    const text = "The mother, M, works at Brackley College. Mr X attended Stonebridge Academy as a boy. The father, K, studies at Wexford College.";
    expect(found(text, t).details).toEqual([]);
  });
  test("a letter with nothing to say it is a child", () => {
    expect(found("Plan B was agreed. The worker Q attends Harcourt College on Fridays.", t).details).toEqual([]);
  });
});

describe("a labelled child's date of birth and address", () => {
  test("a birth sentence after an adult's sentence", () => {
    const text = "E lives with her father. R (aged 6) was born on 12 June 2019.";
    expect(found(text, t).details).toEqual(["12 June 2019"]);
  });
  test("a brother's address", () => {
    const text = "T lives with her mother. Her brother R (aged 9) lives at 14 Alder Road, Hensby, HB4 2QT.";
    expect(found(text, t).details).toEqual(["14 Alder Road, Hensby, HB4 2QT"]);
  });
  test("a child labelled by two letters, with a birth after the letters", () => {
    const text = "The children are T, born on 3 March 2021, and RW born on 9 May 2018, now aged 8.";
    expect(found(text, t).details).toEqual(["9 May 2018"]);
  });
  test("numbered parties in a header are not ages", () => {
    const text = "Respondents\n(1) M\n(2) QP\n(3) QR\nTranscribed by Ardent Reporting, 9 Tallis Row, Farnbury FB2 9QT";
    expect(found(text, t).details).toEqual([]);
  });
  test("the subject's own date of birth when the subject is a letter", () => {
    expect(found("T (aged 4) was born on 3 March 2021. Her sister R was born on 9 May 2018.", t).details).toEqual(["9 May 2018"]);
  });
});

test("a labelled sibling born 18 or more years ago is an adult: their college is not another child's", () => {
  expect(found("Sibling 2 (born 2001) attends Castlegate College.", childA).details).toEqual([]);
});

describe("ages said in words", () => {
  test("'who is' and 'is a boy aged'", () => {
    const text = "The court is concerned with T who is 4 and B who is 13. B is a boy aged 13 and attends Larkhill Academy. C (who is 9) goes to Pendle Vale Primary School.";
    expect(found(text, t).details).toEqual(["Larkhill Academy", "Pendle Vale Primary School"]);
  });
  test("an initial after a title is counsel's, not an adult's label", () => {
    const text = "Mr R Harris appeared for the applicant. Her brother R (aged 7) attends Ashdown Primary School.";
    expect(found(text, t).details).toEqual(["Ashdown Primary School"]);
  });
});

test("a labelled child's school named after their possessive", () => {
  expect(found("T lives with her grandmother. Her brother R (aged 8) is in foster care; R's school, Millbank Primary School, has been told.", t).details).toEqual([
    "Millbank Primary School",
  ]);
});

test("another child's label in a review that labels its subject", () => {
  const babyE: CaseProfile = { subject: { name: "Baby E", pronouns: "she/her" } };
  expect(found("Baby E was admitted in May. Baby F, her twin, stayed with the grandparents.", babyE).other).toEqual([]);
});
