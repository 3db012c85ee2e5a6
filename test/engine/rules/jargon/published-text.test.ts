// Shapes of published reviews and judgments: "contact" between a family and agencies, judgments headed
// by the statute or by the parties' block, abbreviations written out in lower case or inside a body's
// name. Invented sentences; every name, court and body is fictional.
import { runRule, type Case } from "./helpers";
import { courtHeaderEnd } from "../../../../src/engine/rules/jargon/lexicon";

const careTerm = (c: Case) => runRule("care-system-term", "jar", c);
const acronym = (c: Case) => runRule("unexplained-acronym", "jar", c);

describe("'contact' between a family and outsiders is the ordinary word", () => {
  test.each<Case>([
    { text: "Records show regular contact between Kayla's household and several agencies since 2019." },
    { text: "Contact between the school and the police was good." },
    { text: "There was little contact between Kayla's mother and professionals." },
  ])("$text", (c) => {
    const { got, want } = careTerm(c);
    expect(got).toBe(want);
  });

  test("contact between a child and her brothers is still family time", () => {
    const { got, want } = careTerm({ text: "{{jar|Contact}} between Kayla and her brothers went well." });
    expect(got).toBe(want);
  });
});

describe("a judgment is a court paper by its statute line or its parties' block", () => {
  test.each<Case>([
    { text: "IN THE MATTER OF THE CHILDREN (NORTHERN ISLES) LAW 2010\n\n1. The father has had little contact with Kayla since 2021." },
    { text: "In the matter of the Adoption and Children Act 2002\n\n1. Contact with the mother will be twice a year." },
    { text: "Between\n\nThe Minister\n\nApplicant\n\nAnd\n\nThe Mother\n\nFirst Respondent\n\n1. The father has had little contact with Kayla." },
  ])("$text", (c) => {
    const { got, want } = careTerm(c);
    expect(got).toBe(want);
  });
});

describe("abbreviations written out before their brackets", () => {
  test.each<Case>([
    { text: "Concerns about fabricated or induced illness (FII) were raised. The FII pathway was followed." },
    { text: "The Northgate Early Help Service (NEH) held a meeting. NEH then closed the case." },
    { text: "Special educational needs or disabilities (SEND) support was agreed. Her SEND plan is due." },
  ])("$text", (c) => {
    const { got, want } = acronym(c);
    expect(got).toBe(want);
  });

  test("words that do not spell the letters still leave them unexplained", () => {
    const { got, want } = acronym({ text: "Kayla Brown Said Today ({{jar|FII}}) was fine. {{jar|FII}} later." });
    expect(got).toBe(want);
  });
});

describe("initials a judgment gives a person are not an abbreviation", () => {
  test.each<Case>([
    { text: "The guardian is RQ. Kayla met her on Monday.", kind: "court-report" },
    { text: "The guardian is CG. Kayla met her on Monday.", kind: "court-report" },
    { text: "The mother of all three children is VW ('the mother').", kind: "court-report" },
    { text: "Her father has a new partner, who will be referred to as PL in this judgment.", kind: "court-report" },
  ])("$text", (c) => {
    const { got, want } = acronym(c);
    expect(got).toBe(want);
  });

  test("a thing said to be the letters is still an abbreviation", () => {
    const { got, want } = acronym({ text: "The next step is {{jar|ICPC}}." });
    expect(got).toBe(want);
  });
});

describe("initials said to be a person's role, before the role", () => {
  test.each<Case>([
    { text: "CG is the Guardian for the children. Kayla met CG twice.", kind: "court-report" },
    { text: "TW was the allocated social worker until March.", kind: "assessment" },
  ])("$text", (c) => {
    const { got, want } = acronym(c);
    expect(got).toBe(want);
  });

  test("a meeting said to be the next step is still an abbreviation", () => {
    const { got, want } = acronym({ text: "{{jar|ICPC}} is the next step for the family." });
    expect(got).toBe(want);
  });
});

describe("a judgment's header runs to its first numbered paragraph", () => {
  test.each<Case>([
    {
      text: "Neutral Citation Number: [2031] EWFC 904 (B)\n\nApproved Judgment\n\nTranscribed by Quillon Reporting Ltd, DX 112 QRL\n\nHER HONOUR JUDGE PELLOW :\n\n1.\n\nI am concerned with Kayla, who is 8.",
    },
    {
      text: "Neutral Citation Number: [2031] EWCA Civ 77\n\n(QRT Transcript of Quillon Reporting Ltd)\n\nJ U D G M E N T\n\nLORD JUSTICE ANVERS:\n\n1.\n\nThis appeal concerns Kayla.",
    },
  ])("$text", (c) => {
    const { got, want } = acronym(c);
    expect(got).toBe(want);
  });

  test("an abbreviation in the first numbered paragraph is still flagged", () => {
    const { got, want } = acronym({
      text: "Neutral Citation Number: [2031] EWFC 904 (B)\n\nApproved Judgment\n\n1.\n\nAn {{jar|ICPC}} was held for Kayla in May.",
    });
    expect(got).toBe(want);
  });
});

describe("a judgment's quoted short name for a body, and sections cited with their Act", () => {
  test.each<Case>([
    { text: "These proceedings were brought by Harlowmere Borough Council (“the LA”). The LA asks for a care order for Kayla.", kind: "court-report" },
    { text: "The parents agreed to Kayla being accommodated under s.20 of the 1989 Act.", kind: "court-report" },
  ])("$text", (c) => {
    const { got, want } = acronym(c);
    expect(got).toBe(want);
  });

  test("a quoted label after a lower-case word explains nothing", () => {
    const { got, want } = acronym({ text: "She rang the team (“the DAT”) and the {{jar|DAT}} called back." });
    expect(got).toBe(want);
  });
});

describe("letters a review or judgment gives a relative, in brackets or said to be the relative", () => {
  test.each<Case>([
    { text: "Kayla lived with her mother, (MH), her father (FH) and her brother. MH reported that Kayla had a cold.", kind: "assessment" },
    { text: "The mother of both girls is VW. Kayla's father is believed to be TQ.", kind: "court-report" },
    { text: "The children are Kayla, born in 2019, and JT born on 3 May 2021.", kind: "court-report" },
    { text: "Respondents\n(1) M\n(2) FC\n(3) QT\n\n1. Kayla is 7.", kind: "court-report" },
  ])("$text", (c) => {
    const { got, want } = acronym(c);
    expect(got).toBe(want);
  });

  test("letters in brackets after a professional's role name a team", () => {
    const { got, want } = acronym({ text: "Completed by Jo Hart, case worker ({{jar|YOT}}). The {{jar|YOT}} panel meets in May.", kind: "assessment" });
    expect(got).toBe(want);
  });

  test("the same letters as a thing elsewhere are still an abbreviation", () => {
    const { got, want } = acronym({ text: "Her mother (MH) was seen. The {{jar|MH}} team will call.", kind: "assessment" });
    expect(got).toBe(want);
  });
});

describe("a judgment's header, in each of its shapes, still reads as a court paper's header", () => {
  // The header is tried only after one of its plain stretches is found (lexicon.ts JUDGMENT_HEAD_PARTS): each shape
  // must still be found, in any case.
  test.each([
    "Neutral Citation Number: [2031] EWFC 77\n\n1. This case concerns a girl.",
    "APPROVED JUDGMENT\n\n1. This case concerns a girl.",
    "Hearing dates: 3 and 4 March\n\n1. This case concerns a girl.",
    "Before: HHJ Marlow\n\n1. This case concerns a girl.",
    "[2031] EWCA Civ 12\n\n1. This case concerns a girl.",
    "Re T (A Child)\n\n1. This case concerns a girl.",
    "Brindle Borough Council\nApplicant\nJane Doe\nFirst Respondent\n\n1. This case concerns a girl.",
    "IN THE MATTER OF THE CHILDREN (NORTHERN ISLES) LAW\n\n1. This case concerns a girl.",
    "Her Honour Judge Hesketh :\n\n1. This case concerns a girl.",
  ])("%j", (text) => {
    expect(courtHeaderEnd(text)).toBe(text.indexOf("1. This"));
  });
});
