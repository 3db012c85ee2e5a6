// Pronouns in published reviews and judgments: objects joined by "and", children anonymised by labels
// ("Child C", "Sibling 2"), adults known by initials that a sentence says are a parent.
// Invented sentences; every name and label is fictional.
import type { CaseProfile } from "../../../../src/engine";
import { marked } from "./marked";

const leo: CaseProfile = { subject: { name: "Leo Marsh", aliases: ["Leo"], pronouns: "he/him" } };
const kit: CaseProfile = { subject: { name: "Kit Doran", aliases: ["Kit"], pronouns: "she/her" } };
const childC: CaseProfile = { subject: { name: "Child C", aliases: ["Child C"], pronouns: "she/her" } };

describe("a possessive after 'and' that joins a second object", () => {
  test.each([
    "Leo moved in with his aunt and her second husband over the summer.",
    "Leo went to stay with his gran and her husband for the summer.",
    "Leo is close to his aunt and her children.",
  ])("%s", (text) => {
    const { got, want } = marked(text, leo);
    expect(got).toBe(want);
  });

  test("a possessive after 'and' opening a clause about the subject is still a mix-up", () => {
    const { got, want } = marked("Leo was upset and {{mix|her}} mood stayed low all evening.", leo);
    expect(got).toBe(want);
  });
});

describe("children anonymised by labels", () => {
  test("another labelled child who leads a clause can be the he or she after it", () => {
    const { got, want } = marked("Child C is 9. Child F, the youngest, came home from hospital in June. He sleeps in the front room.", childC);
    expect(got).toBe(want);
  });

  test("a subject known by a label is still the subject a wrong pronoun contradicts", () => {
    const { got, want } = marked("Child C is 9 and lives with her aunt. {{mix|He}} goes to Elm Road School.", childC);
    expect(got).toBe(want);
  });

  test("a label in brackets glosses someone else: the pronoun after it is still the subject's", () => {
    const { got, want } = marked("Kit tripped on the stairs when an older pupil (Child R in the incident log) pushed past her. {{mix|He}} was given an ice pack and went back to class.", kit);
    expect(got).toBe(want);
  });
});

describe("initials a sentence says are a parent", () => {
  test.each([
    "PQ is the father of Kit. He lives in Leeds and sees her monthly.",
    "Kit lives with her grandparents. WD is the children's maternal grandfather. He is 66.",
  ])("%s", (text) => {
    const { got, want } = marked(text, kit);
    expect(got).toBe(want);
  });
});

describe("children called by a single letter", () => {
  const a: CaseProfile = { subject: { name: "A", aliases: [], pronouns: "she/her" } };
  test.each([
    "A lives with her mother. B told his teacher that he was hungry.",
    "The children are A and B. A is doing well at school. B's teacher says he is tired.",
    "A (9) and B (6) live with M. B said he was hungry.",
  ])("another letter before a verb or a possessive can be the he after it: %s", (text) => {
    const { got, want } = marked(text, a);
    expect(got).toBe(want);
  });

  test("the subject's own letter is still the subject a wrong pronoun contradicts", () => {
    const { got, want } = marked("A lives with her mother. A told {{mix|his}} teacher that she was hungry.", a);
    expect(got).toBe(want);
  });
});

describe("case-study prose (published practice examples)", () => {
  test("a role written bare after a change of it is a post, not a person a wrong pronoun could mean", () => {
    const { got, want } = marked(
      "Leo has lived in four homes since he was nine. After many changes of social worker his claim is still open. {{mix|She}} is anxious whenever he has to retell what happened.",
      leo,
    );
    expect(got).toBe(want);
  });

  test("a social worker written as a person is still someone a she can mean", () => {
    const { got, want } = marked("Leo has met his new social worker twice. She is anxious that he will not engage.", leo);
    expect(got).toBe(want);
  });

  test.each([
    "Leo moved to a unit out of the area in May. Whilst there {{mix|Chloe}} broke his wrist in a fall and was taken to hospital.",
    "Leo moved to a unit out of the area in May. While there, {{mix|Chloe}} broke his wrist in a fall and was taken to hospital.",
  ])("another child's name after a verbless 'while there' opening a sentence about the subject: %s", (text) => {
    const profile: CaseProfile = { ...leo, otherChildren: ["Chloe"] };
    const { got, want } = marked(text, profile);
    expect(got).toBe(want);
  });

  test("a 'while' clause with its own verb before the name is not the name's clause", () => {
    const profile: CaseProfile = { ...leo, otherChildren: ["Chloe"] };
    const { got, want } = marked("Leo moved to a unit in May. While Chloe watched, he broke his wrist in a fall.", profile);
    expect(got).toBe(want);
  });
});
