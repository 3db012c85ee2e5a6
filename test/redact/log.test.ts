import { countByCategory, lineIndex, planRedactions, PSEUDONYM_POLICY, redact, redactionLog } from "../../src/redact";
import { fakeReport } from "./helpers";

describe("lineIndex", () => {
  test.each([
    ["a\nbc\nd", 3, { line: 2, column: 2 }],
    ["a\r\nbc\r\nd", 7, { line: 3, column: 1 }],
    ["a\rbc", 2, { line: 2, column: 1 }],
    ["abc", 0, { line: 1, column: 1 }],
    ["abc", 3, { line: 1, column: 4 }],
    ["", 0, { line: 1, column: 1 }],
  ])("%j at %d", (text, offset, expected) => {
    expect(lineIndex(text)(offset)).toEqual(expected);
  });
});

describe("redactionLog", () => {
  test("one entry per edit with location, category, kind, reason and pseudonym, never the text", () => {
    const { text, report } = fakeReport("Visit.\r\n{{oc|Tyler}} rang {{pid|07700 900871}}.\r\n{{oc|Callum's}} mum.");
    const r = redact(text, report, PSEUDONYM_POLICY);
    expect(r.log).toEqual([
      { category: "other-child", kind: "name", operator: "pseudonym", line: 2, column: 1, reason: "another child's name", pseudonym: "Child A" },
      { category: "identifier", kind: "phone number", operator: "replace", line: 2, column: 12, reason: "a phone number" },
      { category: "other-child", kind: "name", operator: "pseudonym", line: 3, column: 1, reason: "another child's name", pseudonym: "Child B" },
    ]);
    expect(JSON.stringify(r.log)).not.toMatch(/Tyler|Callum|07700/);
    expect(countByCategory(r.applied)).toEqual({ "other-child": 2, identifier: 1 });
  });

  test("skipped edits are logged with why", () => {
    const { text, report } = fakeReport("{{oc|Tyler}} rang.");
    const edits = planRedactions(text, report, PSEUDONYM_POLICY);
    const log = redactionLog(text, [], [{ edit: edits[0], reason: "it overlaps a larger edit" }]);
    expect(log).toEqual([expect.objectContaining({ line: 1, column: 1, skipped: "it overlaps a larger edit" })]);
  });
});
