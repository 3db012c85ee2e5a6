// Wording from published guides added in stop 39 (issue 12 items 2–3), each with its source in the data file. The
// sentences were written before the entries, in wordings none of the eval sets uses; each flagged span was missed then.
import { analyse } from "../../../../src/engine/pipeline";
import { runRule, type Case } from "../jargon/helpers";

const judgemental = (c: Case) => {
  const [label, blame] = ["judgemental-label", "victim-blaming"].map((id) => runRule(id, "jud", c));
  return { got: [label.got, blame.got].find((g) => g.includes("{{jud|")) ?? label.got, want: label.want };
};

// Metropolitan Police / College of Policing, 'Why language matters' (the HMICFRS audit's examples of victim-blaming
// language in missing-person and public-protection files) and the child exploitation 'Language Matters' guide.
const flag: Case[] = [
  { text: "Police logs call Kayla a {{jud|regular misper}} from the home." },
  { text: "Kayla is one of the {{jud|regular mispers}} the night team knows." },
  { text: "The officer noted that Mum {{jud|won't leave the relationship}} despite the callouts." },
  { text: "Mum {{jud|refused to leave the relationship}} after the second assault." },
  { text: "Kayla {{jud|refused to support police}} after the assault in the park." },
  { text: "Kayla has {{jud|refused to support the prosecution}} so far." },
  { text: "The referral says Kayla {{jud|associates with a gang}} in the town centre." },
  { text: "He has been {{jud|associating with gang members}} since the summer." },
];

const pass: Case[] = [
  // The same words in other senses.
  { text: "Kayla said she wants to leave the relationship and asked for help to do it." },
  { text: "Mum has now left the relationship and moved to the refuge." },
  { text: "The school will support police with the investigation." },
  { text: "Kayla is a regular at the youth club on Fridays." },
];

describe("published victim-blaming wording (stop 39)", () => {
  test.each(flag)("flagged: $text", (c) => {
    const { got, want } = judgemental(c);
    expect(got).toBe(want);
  });
  test.each(pass)("passes: $text", (c) => {
    const { plain } = { plain: c.text };
    const found = analyse(plain, { subject: { name: "Kayla Brown", pronouns: "she/her" } }, { kind: "case-note" }).findings.filter((f) => f.category === "judgemental");
    expect(found.map((f) => f.text)).toEqual([]);
  });
});

// Dimensions, 'The words we use': service words that reduce a person to a user of services.
describe("published service jargon (stop 39)", () => {
  test.each([
    { text: "Kayla enjoys {{jar|accessing the community}} with her support worker." },
    { text: "Her {{jar|care package}} was reviewed in May." },
    { text: "A {{jar|package of care}} was agreed for the holidays." },
  ] as Case[])("flagged: $text", (c) => {
    const { got, want } = runRule("professional-jargon", "jar", c);
    expect(got).toBe(want);
  });
});
