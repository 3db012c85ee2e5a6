// Judgments and reviews published with their headers: advocates and the bench named by their part in the
// hearing, law titles and regions after kin words, and two-letter labels that anonymise a person.
// Invented sentences; every name, court and firm is fictional.
import type { CaseProfile } from "../../../src/engine/types";
import { flagged, roleOf as roleOfIn } from "./helpers";

const orla: CaseProfile = { subject: { name: "Orla", pronouns: "she/her" } };
const roleOf = (text: string, name: string) => roleOfIn(text, name, orla);

describe("advocates and the bench in a court header are adults", () => {
  test.each([
    ["a silk instructed by a firm", "Corin Vashti KC (instructed by Penhallow Law) for the Applicant\nOrla is 9.", "Corin Vashti"],
    ["junior counsel beside the silk", "Corin Vashti KC and Ludo Ferrand (instructed by Penhallow Law) for the Applicant\nOrla is 9.", "Ludo Ferrand"],
    ["the middle of three counsel", "Tamsin Oduya KC, Perrin Leck and Ilse Marwood (instructed by Dunmore Legal) for the Children\nOrla is 9.", "Perrin Leck"],
    ["acting for a numbered respondent", "Marisol Brack for the Second Respondent\nOrla is 9.", "Marisol Brack"],
    ["appearing on someone's behalf", "ODELL FARRANT appeared on behalf of the Applicant\nOrla is 9.", "ODELL FARRANT"],
    ["an advocate with initials", "Advocate T. J. Quarrie for the Minister.\nOrla is 9.", "Quarrie"],
    ["an advocate with an undotted initial", "Advocate R Quarrie for Orla.", "Quarrie"],
    ["the second of two jurats", "Before: P. Lemarchand, Esq., Commissioner, and Jurats Vautier and Gallichan.\nOrla is 9.", "Gallichan"],
    ["a judge in capitals", "THE HONOURABLE MR JUSTICE HALLORAN\nOrla is 9.", "HALLORAN"],
  ])("%s", (_label, text, name) => {
    expect(roleOf(text, name)).toBe("adult");
  });

  test("a child whose given name is a judge's title is still a child", () => {
    expect(flagged("Orla said the teasing by Justice Okoro and his friends started in Year 5.", orla).join(" ")).toContain("Okoro");
  });

  test("the firm that instructs counsel is not a person, even with a child's given name", () => {
    const text = "Corin Vashti (instructed by Hugo Penrose) for the Applicant\nOrla is 9.";
    expect(["absent", "not-a-person"]).toContain(roleOf(text, "Hugo Penrose"));
    expect(flagged(text, orla)).toEqual([]);
  });
});

describe("a capitalised word after a kin word that is not the kin word's name", () => {
  test.each([
    ["a law's title in brackets", "IN THE MATTER OF THE CHILDREN (GUERNSEY) LAW 2008 and of Orla, aged 9.", "GUERNSEY"],
    ["a law's title in title case", "An order under the Children (Alderney) Law was made for Orla, aged 9.", "Alderney"],
    ["a bracketed clause", "(1) MOTHER (2) THE CHILDREN (Through their guardian)\nOrla is 9.", "Through"],
    ["a region after 'the'", "Orla is a nine-year-old girl from the North Tarrandale who loves music.", "Tarrandale"],
    ["a county after 'the'", "Orla's brother from the Isle Ferrow visited.", "Ferrow"],
  ])("%s", (_label, text, word) => {
    expect(flagged(text, orla)).not.toContain(word);
  });

  test("a sibling named in brackets is still a child", () => {
    expect(flagged("Orla's brother (Tobin, 6) lives with their gran.", orla)).toContain("Tobin");
  });
});

describe("the words of a law's title are not people", () => {
  test.each([
    ["its place and 'Law' in capitals, with a parent named after", "AND IN THE MATTER OF THE CHILDREN (GUERNSEY) LAW 2008\nOrla is 9. Her mother is K.", ["GUERNSEY", "LAW"]],
    ["in title case, with both children after", "The threshold in the Children (Alderney) Law 2008 was met for both children, Orla and her brother.", ["Alderney", "Law"]],
  ])("%s", (_label, text, words) => {
    const found = flagged(text, orla);
    for (const w of words) expect(found).not.toContain(w);
  });
});

describe("shapes of a judgment's lists of the family", () => {
  test("an age label in brackets is not a name", () => {
    const found = flagged("The family: M – mother of Orla and P\nT – son of M (Aged 21)\nP – daughter of M (Aged 12)", orla);
    expect(found).not.toContain("Aged");
  });

  test("a body named with 'Children's' lists no children", () => {
    const text = "Orla's plan was written by her allocated worker at the Children's Services Department, Nadia Ferrant.";
    expect(flagged(text, orla)).not.toContain("Nadia Ferrant");
  });
});

describe("two letters with no vowel anonymise a person, as one letter does", () => {
  test.each([
    ["a daughter", "Orla lives with her mother and her half-sister Bq (aged 15).", "Bq"],
    ["a label in quotes", "Orla's friend, known as 'Tk', was also at the party.", "Tk"],
  ])("%s", (_label, text, label) => {
    expect(flagged(text, orla)).not.toContain(label);
  });

  test("a subject known by such a label is still the subject", () => {
    const profile: CaseProfile = { subject: { name: "Rk", pronouns: "she/her" } };
    expect(roleOfIn("Rk has six siblings and is known as 'Rk'.", "Rk", profile)).toBe("subject");
  });
});

describe("a case name's bracket is not a person", () => {
  const a: CaseProfile = { subject: { name: "A", pronouns: "he/him" } };
  test.each([
    ["in capitals", "IN THE MATTER OF G (A CHILD)\n\nA was five months old."],
    ["in title case", "Re P (A Child)\n\nA was five months old."],
    ["with a subject after a colon", "T (Children: Findings of Fact)\n\nA was five months old."],
  ])("%s", (_label, text) => {
    expect(flagged(text, a)).toEqual([]);
  });

  test("a sibling named after the title is still a child", () => {
    expect(flagged("IN THE MATTER OF G (A CHILD)\n\nA lives with his sister Pippa, aged 6.", a)).toContain("Pippa");
  });
});
