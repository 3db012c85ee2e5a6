// Runs one identifier rule over plain text, the way the pipeline does, and writes its findings
// back in {{pid|…}} form so a failing table test shows the whole sentence.
import { createContext } from "../../../../src/engine/pipeline";
import type { Report, Rule } from "../../../../src/engine/rule";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

export function runRule(rule: Rule, plain: string): Report[] {
  const ctx = createContext(plain, { subject: { name: "" } });
  const found: Report[] = [];
  rule.check(Object.create(ctx, { report: { value: (r: Report) => found.push(r) } }));
  return found;
}

/** [expected, actual] markup for one annotated case. */
export function markup(rule: Rule, annotated: string): [string, string] {
  const { plain } = parseAnnotated(annotated);
  return [expectedFor(annotated, "pid"), annotate(plain, runRule(rule, plain), "pid")];
}

/** Table tests: every flag case must come back with exactly its {{pid|…}} spans, every pass case with none. */
export function tableTest(rule: Rule, flag: string[], pass: string[]): void {
  describe(`${rule.meta.id}`, () => {
    it.each(flag)("flags %s", (annotated) => {
      expect(annotated).toContain("{{pid|");
      const [expected, actual] = markup(rule, annotated);
      expect(actual).toBe(expected);
    });
    it.each(pass)("passes %s", (plain) => {
      expect(plain).not.toContain("{{");
      expect(annotate(plain, runRule(rule, plain), "pid")).toBe(plain);
    });
  });
}
