import { runRule, type Case } from "./helpers";

const flag: Case[] = [
  { text: "Tiago's {{jar|LAC}} review is on 15 October." },
  { text: "Child in Need ({{jar|CIN}}) plan agreed; the {{jar|CIN}} plan will be reviewed." },
  { text: "He is {{jar|NEET}} at the moment and an {{jar|UASC}}." },
  { text: "{{jar|CLA}} REVIEW" },
  // The label alone in quotation marks is the record's own shorthand repeated (stop 29).
  { text: "The minutes ask whether the twins are now \"{{jar|LAC}}\"." },
  // Stop 42 (probes written before the change): a label inside a passage quoted from a written record (a log, a
  // referral, an earlier case note) is the record's wording, as unexplained-acronym already reads it. Invented.
  { text: "The night log reads: \"Room checked at 02:00, bed empty. Police told; the {{jar|LAC}} was brought back at 04:10.\"" },
  { text: "The old case record said: \"Mum rang upset about the date. Kayla remains {{jar|CIN}} and the plan is unchanged.\"" },
  { text: "The school's referral stated, \"She is a {{jar|CLA}} pupil who has been late eleven times this term.\"" },
];

const pass: Case[] = [
  { text: "Tiago's review is on 15 October." },
  { text: "The Child in Need plan continues." },
  { text: "Kayla said, \"I hate being called LAC.\"" },
  { text: "He asked not to be called \"LAC\" at school; staff will say \"in care\" rather than \"LAC\"." },
  // A plan that records the wording a child wants dropped talks about the word ("his plan say … called "LAC"").
  { text: "She asked that her plan say she does not want to be called \"LAC\" at school." },
  { text: "Kayla told me: \"I hate it when teachers say I am LAC in front of my class.\"" },
  { text: "The lac of the lake; cin and lac in lower case." },
];

describe("child-label-acronym", () => {
  test.each(flag)("flags: $text", (c) => {
    const { got, want } = runRule("child-label-acronym", "jar", c);
    expect(got).toBe(want);
    expect(want).toContain("{{jar|");
  });
  test.each(pass)("passes: $text", (c) => {
    const { got, want } = runRule("child-label-acronym", "jar", c);
    expect(got).toBe(want);
  });
});

// Stop 37 (probes written before the change): a label's own words in title case before or after its letters are
// the label written out, not a person's name whose initials the letters are; the label is still flagged.
describe("stop 37: a child label written out in title case is not a person's initials", () => {
  test.each<Case>([
    { text: "Kayla is a Looked After Child ({{jar|LAC}}). The {{jar|LAC}} review is on Monday." },
    { text: "Kayla was a Child In Need ({{jar|CIN}}) last year. The {{jar|CIN}} plan ended in May." },
    { text: "{{jar|UASC}} – Unaccompanied Asylum Seeking Child\nKayla's friend is a {{jar|UASC}} too." },
  ])("flags: $text", (c) => {
    const { got, want } = runRule("child-label-acronym", "jar", c);
    expect(got).toBe(want);
  });
});
