import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine";
import { planRedactions } from "../../../src/redact/plan";
import { PSEUDONYM_POLICY, POLICIES, withFixes } from "../../../src/redact/policy";
import { applyToString } from "../../../src/taskpane/state/session";
import { mayBePaste, pasteFixFor, subjectWording } from "../../../src/taskpane/state/paste-fix";

// Probes in our own words: a girl's record with her listed brother, and one sentence that reads as copied from his file.
const profile: CaseProfile = { subject: { name: "Rosa Whitfield", pronouns: "she/her" }, otherChildren: ["Kit Whitfield"] };
const text = "Rosa Whitfield (9) was seen at home. Her brother Kit (6) was at nursery. Kit told me about his new football boots and Kit's teacher says he is settled.";

describe("paste-fix: the record's child's name, shaped like the mention", () => {
  it.each([
    ["a first name takes the first name", "Kit", "Rosa Whitfield", undefined, "Rosa"],
    ["a full name takes the full name", "Kit Whitfield", "Rosa Whitfield", undefined, "Rosa Whitfield"],
    ["'s is kept", "Kit's", "Rosa Whitfield", true, "Rosa's"],
    ["curly ’s is kept", "Kit’s", "Rosa", undefined, "Rosa’s"],
    ["s' becomes 's", "James'", "Rosa", true, "Rosa's"],
    ["spaces in the case are tidied", "Kit Whitfield", "  Rosa   Whitfield ", undefined, "Rosa Whitfield"],
  ])("%s", (_why, mention, subject, possessive, want) => {
    expect(subjectWording(mention, subject, possessive)).toBe(want);
  });

  it("offers nothing with no child named, or when the mention already is the child", () => {
    expect(subjectWording("Kit", "", undefined)).toBeNull();
    expect(subjectWording("Kit", "   ", undefined)).toBeNull();
    expect(subjectWording("rosa", "Rosa Whitfield", undefined)).toBeNull();
  });

  it("is offered on another child's name only: never on their school or date of birth, nor on other categories", () => {
    expect(mayBePaste({ category: "other-child", data: { mentionKind: "name" } })).toBe(true);
    expect(mayBePaste({ category: "other-child", data: { mentionKind: "detail" } })).toBe(false);
    expect(mayBePaste({ category: "identifier", data: {} })).toBe(false);
    expect(mayBePaste({ category: "mix-up", data: { childId: "c1" } })).toBe(false);
    expect(pasteFixFor({ category: "other-child", data: { mentionKind: "name" }, text: "Kit" }, undefined)).toBeNull();
  });
});

describe("paste-fix on a checked record", () => {
  const report = analyse(text, profile);
  const names = report.findings.filter((f) => f.category === "other-child" && f.data?.mentionKind === "name");

  it("every mention of the listed brother offers the record's child, after the engine's own wordings", () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const f of names) {
      const fix = pasteFixFor(f, "Rosa Whitfield");
      expect(fix).toMatch(/^Rosa('s)?$/);
      // The engine's suggestions never hold the subject's name: the pane adds it, after them, so "Apply all" (the
      // first wording of each) and a redaction never write it.
      expect((f.suggestions ?? []).join(" ")).not.toMatch(/Rosa/);
      expect(f.suggestions?.[0]).toBeTruthy();
    }
  });

  it("one mention fixed changes that mention only; the brother's other mentions are still found", () => {
    const one = names.find((f) => text.slice(f.start - 6, f.start) === "nery. ") ?? names[1];
    const fixed = applyToString(text, [{ start: one.start, end: one.end, replacement: pasteFixFor(one, "Rosa Whitfield")!, category: "other-child" }]);
    expect(fixed).toContain("Rosa told me about");
    const again = analyse(fixed, profile).findings.filter((f) => f.category === "other-child" && f.data?.mentionKind === "name");
    expect(again.length).toBe(names.length - 1);
    expect(again.some((f) => f.text === "Kit")).toBe(true);
  });

  it("a redaction never writes the subject's name over another child's, under any policy", () => {
    for (const policy of [...Object.values(POLICIES), withFixes(PSEUDONYM_POLICY, ["other-child", "mix-up"])]) {
      const out = applyToString(text, planRedactions(text, report, policy));
      expect(out.match(/Rosa/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});
