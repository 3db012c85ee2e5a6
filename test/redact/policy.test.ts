import { analyse } from "../../src/engine/pipeline";
import type { Report } from "../../src/engine/types";
import { analysisFor, MASK_POLICY, PSEUDONYM_POLICY, REMOVE_SENTENCE_POLICY, withFixes } from "../../src/redact";

// Invented record: every name, number and address is fictional.
const PROFILE = { subject: { name: "Orla Penhallow", aliases: ["Orla"] } };
const TEXT = [
  "Home visit. Orla was in the kitchen with her mum, who was dismissive and aggressive at first.",
  "Orla said her brother Ruaridh (8) had been unkind, and that her friend Tavish Quorley from school rang her on 07700 900321.",
  "Mum gave her email as mum.p@example.org and the address 14 Larkspur Row, Exeter EX4 9ZZ. LAC review next week; the CP plan stays.",
  "Ruaridh told me he was fine. A man called Dermot was in the flat; I do not know who he is.",
].join("\n");

/** What a redaction reads of a report: the findings it acts on, and the people. */
const actedOn = (r: Report, categories: readonly string[]) => ({
  findings: r.findings.filter((f) => categories.includes(f.category)),
  otherChildren: r.otherChildren,
  people: r.people,
  review: r.review,
});

describe("the analysis a redaction asks for", () => {
  test("only the categories the policy changes, and no quality review", () => {
    expect(analysisFor(PSEUDONYM_POLICY)).toEqual({ categories: ["other-child", "identifier"], qualityReview: false });
    expect(analysisFor(MASK_POLICY).categories).toEqual(["other-child", "identifier"]);
    expect(analysisFor(REMOVE_SENTENCE_POLICY).categories).toEqual(["other-child", "identifier"]);
    expect(analysisFor(withFixes(PSEUDONYM_POLICY, ["jargon"])).categories).toEqual(["other-child", "identifier", "jargon"]);
    // The record below has findings of the categories left out, so the comparison that follows means something.
    expect(analyse(TEXT, PROFILE).findings.some((f) => f.category === "judgemental")).toBe(true);
    expect(analyse(TEXT, PROFILE).findings.some((f) => f.category === "jargon")).toBe(true);
  });

  test.each([PSEUDONYM_POLICY, withFixes(MASK_POLICY, ["jargon", "judgemental"])])("finds what the full analysis finds in those categories ($name)", (policy) => {
    const options = analysisFor(policy);
    const full = analyse(TEXT, PROFILE);
    const narrow = analyse(TEXT, PROFILE, options);
    const categories = options.categories ?? [];
    expect(actedOn(narrow, categories)).toEqual(actedOn(full, categories));
    expect(narrow.findings.every((f) => categories.includes(f.category))).toBe(true);
    expect(full.otherChildren.length).toBeGreaterThan(0);
    expect(full.quality).toBeDefined();
    expect(narrow.quality).toBeUndefined();
  });
});
