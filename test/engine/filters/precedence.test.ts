import { analyse } from "../../../src/engine/pipeline";
import { resolveConflicts } from "../../../src/engine/filters/precedence";
import type { RawFinding } from "../../../src/engine/rule";

const raw = (category: RawFinding["category"], start: number, end: number): RawFinding =>
  ({ ruleId: category, category, start, end, message: "", severity: "warning", confidence: 0.8 }) as RawFinding;

describe("precedence between wording categories", () => {
  test("a care word inside a judgemental phrase is reported once, as the judgement", () => {
    const text = "Since the placement breakdown in March, Dev has lived with his aunt.";
    const r = analyse(text, { subject: { name: "Dev Shah", pronouns: "he/him" } }, { kind: "case-note" });
    const at = text.indexOf("placement");
    expect(r.findings.some((f) => f.category === "judgemental" && f.start === at)).toBe(true);
    expect(r.findings.some((f) => f.category === "jargon" && f.start >= at && f.end <= at + "placement breakdown".length)).toBe(false);
  });
  test("jargon beside, not inside, a judgement stays", () => {
    const kept = resolveConflicts([raw("judgemental", 10, 20), raw("jargon", 18, 30), raw("jargon", 0, 5)]);
    expect(kept.filter((f) => f.category === "jargon")).toHaveLength(2);
  });
  test("jargon wholly inside one of several judgements is dropped", () => {
    const kept = resolveConflicts([raw("judgemental", 40, 60), raw("judgemental", 0, 30), raw("jargon", 45, 50), raw("jargon", 31, 35)]);
    expect(kept.filter((f) => f.category === "jargon").map((f) => f.start)).toEqual([31]);
  });
});
