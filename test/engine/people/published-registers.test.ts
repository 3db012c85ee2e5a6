// The forms published family-court judgments and child safeguarding practice reviews use for children
// (FORMAT.md ruling 8: a letter, initials or a label is not tagged, but that child's school, date of birth and
// address are). Invented text.
import { flagged } from "./helpers";
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine/types";

const ak: CaseProfile = { subject: { name: "AK", pronouns: "he/him" } };
const amelia: CaseProfile = { subject: { name: "Amelia", pronouns: "she/her" } };
const c: CaseProfile = { subject: { name: "C", pronouns: "she/her" } };
const childP: CaseProfile = { subject: { name: "Child P", pronouns: "he/him" } };
const tia: CaseProfile = { subject: { name: "Tia", pronouns: "she/her" } };

describe("children known by initials", () => {
  test("initials listed with ages are labels, not names; a school after one is that child's", () => {
    const text = "1. This is an application for care orders for AK (aged 11), BK (aged 8) and CK (aged 3). BK attends Cole Green Primary.";
    expect(flagged(text, ak)).toEqual(["Cole Green Primary"]);
  });
  test("two children by initials beside a named subject", () => {
    const text = "Amelia's mother has two other children, TR (aged 13) and LR (aged 9), who live with their father.";
    expect(flagged(text, amelia)).toEqual([]);
  });
  test("a later mention of initials, with no age, still owns the school", () => {
    const text = "Amelia's half-brother JB (aged 14) lives with his father. JB attends Ravensworth School.";
    expect(flagged(text, amelia)).toEqual(["Ravensworth School"]);
  });
  test("a list that names children keeps a short name in capitals as a name", () => {
    const text = "Children at the home: Amelia (13), Alfie (16), Precious (15) and DJ (11).";
    expect(flagged(text, amelia)).toEqual(["Alfie", "Precious", "DJ"]);
  });
});

describe("a child known by the letter A", () => {
  test("A with a verb after it is the child, where A is given an age", () => {
    const text = "The children are A, a girl aged 9, and C, a girl aged 14 months. A told her teacher at Brindlecombe Primary School that she was scared.";
    expect(flagged(text, c)).toEqual(["Brindlecombe Primary School"]);
  });
  test("the article A is not a child", () => {
    const text = "C (aged 3) lives with her grandmother. A teacher at Brindlecombe Primary School raised concerns about the family.";
    expect(flagged(text, c)).toEqual([]);
  });
});

describe("judgment headers", () => {
  test("a second bracket after a case name says what the case is about", () => {
    const text = "RE: A, B AND C (CHILDREN) (FACT-FINDING: NON-ACCIDENTAL INJURY)\n\n1. This judgment concerns three children.";
    expect(flagged(text, c)).toEqual([]);
  });
});

describe("the school of a child known only by kinship", () => {
  test("a sanction only a pupil has: excluded from a school", () => {
    expect(flagged("Tia's older brother had been excluded from Harwood Academy in 2024.", tia)).toEqual(["Harwood Academy"]);
  });
  test("the owner known by a label", () => {
    expect(flagged("Child P's older brother had been excluded from Harwood Academy in 2024.", childP)).toEqual(["Harwood Academy"]);
  });
  test("a parent's brother, by a judgment's letter for the mother, is an adult", () => {
    expect(flagged("C (aged 3) lives with M. M's younger brother was excluded from Harwood Academy in 1999.", c)).toEqual([]);
  });
});

test("letters given ages set off by commas", () => {
  const text = "The children are T, now 4, and her brothers R, 7, and S, 9. R attends Harrowfield Primary School. S, now 11, attends Upton Vale Academy.";
  expect(flagged(text, { subject: { name: "T", pronouns: "she/her" } })).toEqual(["Harrowfield Primary School", "Upton Vale Academy"]);
});

describe("an age after a noun phrase in apposition", () => {
  test("a care leaver aged 19 is an adult; a girl aged 12 a child", () => {
    const text = "Kayden, a care leaver aged 19, contributed to the review. Child P's friend Marnie, a girl aged 12, did too.";
    expect(flagged(text, childP)).toEqual(["Marnie"]);
  });
  test("an age that belongs to the children a noun names", () => {
    const text = "Mr Dale introduced Rowan, a worker for children aged 9 to 12, to Child P.";
    expect(flagged(text, childP)).toEqual([]);
  });
});

const review = (text: string, profile: CaseProfile) => analyse(text, profile).review.map((r) => text.slice(r.start, r.end));
const george: CaseProfile = { subject: { name: "George", pronouns: "he/him" } };
const ahmed: CaseProfile = { subject: { name: "Ahmed", pronouns: "he/him" } };

describe("a case study's field labels", () => {
  test("the words after a place's label are the place", () => {
    const text = "Practitioner: Ruth Amberley, Oakhill Trust\n\nLocation: Thornbury, Avon\n\nClients: George, 6, and his sister Nell, 5, were subject to a care order.";
    expect(flagged(text, george)).toEqual(["Nell"]);
  });
  test("a council's area after 'Borough of' is a place", () => {
    const text = "George was brought into the care of the London Borough of Wexley in February after his brother Kit, 4, was injured.";
    expect(flagged(text, george)).toEqual(["Kit"]);
  });
  test("a field's label before the number it holds is not a person", () => {
    expect(review("Telephone: 01632 960123 – Fax: 01632 960456\nGeorge lives with his aunt.", george)).toEqual([]);
  });
});

describe("advocates and firms in a judgment's header", () => {
  test("counsel 'instructed by' a firm, and the firm of the children's solicitor, are not put to the worker", () => {
    const text =
      "Owen Pryce-Lander, instructed by Harlow, Fenn & Dace LLP, solicitors for the applicants\nNia Tolhurst, instructed by Penrose and Gault, solicitors for the mother\nIan Corbett, of Marlow Ainsley represented the children\n\n1. I am concerned with George, who is ten.";
    expect(review(text, george)).toEqual([]);
    expect(flagged(text, george)).toEqual([]);
  });
});

describe("a document of several case studies", () => {
  test("children in another case study, a list given one age, are weighed like any other child", () => {
    const text = "Ahmed's story\nAhmed is 14 and has lived with foster carers since he was 10.\n\nElla and Rose's story\nElla and Rose, twins aged six, came into care in May.";
    expect(flagged(text, ahmed)).toEqual(["Ella", "Rose", "Ella", "Rose"]);
  });
});
