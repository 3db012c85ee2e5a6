// Stop 36 (judge41), written before the change: the research's judgemental phrasings in their regular forms
// (shared/lexicon: plural, American spelling, hyphenated) and a quoted label reported by a court's "gave evidence
// that", as after "said that". Every judgemental rule together.
import { analyse } from "../../../../src/engine/pipeline";
import type { CaseProfile, DocumentKind } from "../../../../src/engine/types";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

type Case = { text: string; kind?: DocumentKind; profile?: CaseProfile };
const KAYLA: CaseProfile = { subject: { name: "Kayla Brown", pronouns: "she/her" } };

function judgemental(c: Case): { got: string; want: string } {
  const { plain } = parseAnnotated(c.text);
  const report = analyse(plain, c.profile ?? KAYLA, { kind: c.kind ?? "case-note" });
  const found = report.findings.filter((f) => f.category === "judgemental");
  return { got: annotate(plain, found, "jud"), want: expectedFor(c.text, "jud") };
}

// The research's entries in the forms its phrasings stand for.
const forms: Case[] = [
  { text: "Kayla has shown {{jud|threatening behaviours}} towards staff." },
  { text: "Her school log lists {{jud|threatening behavior}} in class." },
  { text: "Police list Kayla's brother among the {{jud|gang-members}} on the estate." },
  { text: "An intelligence entry records Kayla as a {{jud|gang-nominal}}." },
  { text: "Kayla {{jud|kicked-off}} at teatime." },
];

// A quoted label a witness gave in evidence: "gave evidence that" reports it as "said that" does.
const inEvidence: Case[] = [
  { text: 'Ms Fenwick gave evidence that the mother had "{{jud|chosen her relationship over the children}}".', kind: "court-report" },
  { text: 'The IRO gave evidence that Dad has "{{jud|chosen drink over the children}}".', kind: "court-report" },
];

// Not done (stop 36): "naive"/"gullible" said of a parent outside exploitation ("Mum is naive about how tiring a
// newborn will be", gold in one development document). The research's naive entry is victim-blaming, flagged only
// where exploitation is spoken of, and its advice ("[name] was targeted and groomed") would be wrong for a parent;
// the evaluative word list leaves words the lexicon owns to the lexicon. It needs an entry of its own.

// Not the label: a thing, a sport, a view of one's own past, the child's own words.
const pass: Case[] = [
  { text: "The kick-off was at 3pm and Kayla played in goal." },
  { text: "A naive drawing of the house was on the fridge." },
  { text: 'Kayla said she had "kicked off a bit" at school because she was tired.' },
  { text: "The letter was threatening in tone, the police said." },
  { text: "Mum said she was naive back then." },
];

describe("research variants and predicates (stop 36)", () => {
  test.each([...forms, ...inEvidence])("flags: $text", (c) => {
    const { got, want } = judgemental(c);
    expect(got).toBe(want);
    expect(want).toContain("{{jud|");
  });
  test.each(pass)("passes: $text", (c) => {
    const { got, want } = judgemental(c);
    expect(got).toBe(want);
  });
});
