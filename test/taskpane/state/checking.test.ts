import { analyse } from "../../../src/engine";
import { buildSnapshot } from "../../../src/hosts/host";
import { planRedactions, applyEdits } from "../../../src/redact";
import { findingKey, likeKey, logToCsv, paneLog, policyFrom, suggestSubject, visibleFindings, DEFAULT_CHOICES } from "../../../src/taskpane/state/checking";

const snap = (paras: string[]) =>
  buildSnapshot(
    paras.map((text, i) => ({ location: { part: "body" as const, paragraph: i }, text, partKey: "body" })),
    { tracking: { mode: "off", pending: 0 }, notRead: [], syncs: 0 },
  );
const PROFILE = { subject: { name: "Maisie Oyelaran", aliases: ["Maisie"] }, otherChildren: ["Tobias Oyelaran"] };

describe("task pane checking helpers", () => {
  it("an ignored finding stays ignored after typing moves its offsets", () => {
    const before = snap(["Maisie saw Tobias Oyelaran.", "Mum rang."]);
    const after = snap(["New line typed first.", "Maisie saw Tobias Oyelaran.", "Mum rang."]);
    const f1 = analyse(before.text, PROFILE).findings.find((f) => f.category === "other-child")!;
    const r2 = analyse(after.text, PROFILE);
    const f2 = r2.findings.find((f) => f.category === "other-child")!;
    expect(f2.start).not.toBe(f1.start);
    // Keys name the paragraph, so a paragraph inserted above changes it; "ignore all like this" survives anything.
    expect(likeKey(f1)).toBe(likeKey(f2));
    const ignored = { one: new Set<string>(), like: new Set([likeKey(f1)]) };
    expect(visibleFindings(after, r2, ignored).some((f) => f.text === f2.text && f.ruleId === f2.ruleId)).toBe(false);
  });

  it("findingKey tells two identical words in one paragraph apart", () => {
    const s = snap(["Tobias Oyelaran and Tobias Oyelaran."]);
    const fs = analyse(s.text, PROFILE).findings.filter((f) => f.category === "other-child");
    expect(fs.length).toBe(2);
    expect(findingKey(s, fs[0])).not.toBe(findingKey(s, fs[1]));
  });

  it("the log says what kind, where and why, and never holds the redacted text", () => {
    const s = snap(["Maisie saw Tobias Oyelaran.", "Call 07700 900418."]);
    const edits = planRedactions(s.text, analyse(s.text, PROFILE), policyFrom(DEFAULT_CHOICES));
    const { applied, skipped } = applyEdits(s.text, edits);
    const log = paneLog(s, applied, skipped);
    expect(log.map((e) => e.where)).toEqual(["paragraph 1", "paragraph 2"]);
    const csv = logToCsv(log);
    expect(csv).not.toMatch(/Tobias|07700/);
    expect(csv.split("\n")[0]).toBe("category,kind,action,where,why,pseudonym,skipped");
  });

  it("the log marks a change the host would not make (a quoted earlier message) as not applied, with why", () => {
    // Outlook left the quoted messages as sent: the log had listed those changes as made.
    const s = snap(["Maisie saw Tobias Oyelaran.", "Call 07700 900418."]);
    const edits = planRedactions(s.text, analyse(s.text, PROFILE), policyFrom(DEFAULT_CHOICES));
    const { applied, skipped } = applyEdits(s.text, edits);
    const refused = applied.filter((e) => e.start > s.text.indexOf("Call"));
    expect(refused.length).toBe(1);
    const log = paneLog(s, applied, skipped, [{ edit: refused[0], reason: "in an earlier message quoted below" }]);
    expect(log.map((e) => e.skipped ?? null)).toEqual([null, "in an earlier message quoted below"]);
  });

  it.each([
    ["IN THE FAMILY COURT\nRe: Maisie Oyelaran (a child)", "Maisie Oyelaran"],
    ["Child's name: Tyler Hughes\nVisit", "Tyler Hughes"],
    ["Notes about the weather.", null],
  ])("suggests the subject from %j", (text, name) => {
    expect(suggestSubject(text)?.name ?? null).toBe(name);
  });

  it("policyFrom leaves out categories set to keep", () => {
    expect(policyFrom({ "other-child": "mask", identifier: "keep" }).actions).toEqual({ "other-child": "mask" });
  });
});
