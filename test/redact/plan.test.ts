import { applyEdits, MASK_POLICY, planRedactions, PSEUDONYM_POLICY, REMOVE_SENTENCE_POLICY, PseudonymRegistry, withFixes, type RedactionPolicy } from "../../src/redact";
import { fakeReport, type FakeOptions } from "./helpers";

function redactAnnotated(annotated: string, policy: RedactionPolicy = PSEUDONYM_POLICY, o: FakeOptions = {}, labels?: Map<string, string>) {
  const { text, report } = fakeReport(annotated, o);
  const edits = planRedactions(text, report, policy, { labels });
  return { edits, ...applyEdits(text, edits) };
}

describe("planRedactions: pseudonyms", () => {
  test.each([
    ["labels in order of first appearance", "{{oc|Tyler}} and {{oc|Callum}} played. {{oc|Tyler}} won.", "Child A and Child B played. Child A won."],
    ["possessive keeps 's", "{{oc|Tyler's}} bike was at {{oc|Callum}}'s house.", "Child A's bike was at Child B's house."],
    ["curly possessive keeps ’s", "{{oc|Tyler’s}} bike and {{oc|Tyler}}.", "Child A’s bike and Child A."],
    ["subject and adults untouched", "{{sc|Amelia}} saw {{oc|Tyler}} with Mum ({{ad|Sarah}}).", "Amelia saw Child A with Mum (Sarah)."],
    ["already anonymised text is left alone", "{{oc|Child A}} and {{oc|Tyler}} played.", "Child A and Child B played."],
    ["bracketed placeholders are left alone", "Call {{pid|[phone number]}} or {{pid|07700 900871}}.", "Call [phone number] or [phone number]."],
  ])("%s", (_name, annotated, expected) => {
    expect(redactAnnotated(annotated).text).toBe(expected);
  });

  test("the same child under several spellings gets one label", () => {
    const o = { children: { "Tyler Hughes": "c1", Ty: "c1", "Tyler's": "c1", Callum: "c2" } };
    const { text, edits } = redactAnnotated("{{oc|Tyler Hughes}} (7) and {{oc|Callum}}. {{oc|Ty}} cried. {{oc|Tyler's}} coat.", PSEUDONYM_POLICY, o);
    expect(text).toBe("Child A (7) and Child B. Child A cried. Child A's coat.");
    expect(edits.map((e) => e.label)).toEqual(["Child A", "Child B", "Child A", "Child A"]);
  });

  test("possessive flag on a plural-s name adds ’s in the writer's apostrophe", () => {
    const { text, report } = fakeReport("{{oc|James’}} coat");
    report.findings[0].data = { childId: "j", mentionKind: "name", possessive: true };
    expect(applyEdits(text, planRedactions(text, report, PSEUDONYM_POLICY)).text).toBe("Child A’s coat");
  });

  test("two children who share a name still get two labels in one document", () => {
    const o = { children: { Tyler: "c1", "Tyler ": "c2" } };
    const { text, report } = fakeReport("{{oc|Tyler}} met {{oc|Tyler}}.", o);
    report.findings[1].data = { childId: "c2", mentionKind: "name" };
    report.otherChildren = [
      { id: "c1", displayName: "Tyler", forms: ["Tyler"], reasons: [] },
      { id: "c2", displayName: "Tyler", forms: ["Tyler"], reasons: [] },
    ];
    expect(applyEdits(text, planRedactions(text, report, PSEUDONYM_POLICY)).text).toBe("Child A met Child B.");
  });

  test("a shared label map keeps labels across the documents of a bundle", () => {
    const labels = new Map<string, string>();
    const first = redactAnnotated("{{oc|Tyler Hughes}} and {{oc|Callum Reid}}.", PSEUDONYM_POLICY, {}, labels);
    expect(first.text).toBe("Child A and Child B.");
    const second = redactAnnotated("{{oc|Callum Reid}}, {{oc|Kacper}} and {{oc|Tyler Hughes}}.", PSEUDONYM_POLICY, {}, labels);
    expect(second.text).toBe("Child B, Child C and Child A.");
    // A first name alone matches the one earlier child of that first name.
    const third = redactAnnotated("{{oc|Tyler}} rang.", PSEUDONYM_POLICY, {}, labels);
    expect(third.text).toBe("Child A rang.");
  });

  test("a registry uses the entity's full name so a bundle matches across spellings", () => {
    const registry = new PseudonymRegistry();
    const { text, report } = fakeReport("{{oc|Ty}} cried.", { children: { Ty: "c9" } });
    report.otherChildren = [{ id: "c9", displayName: "Tyler Hughes", forms: ["Ty", "Tyler Hughes"], reasons: [] }];
    registry.labelFor(["Callum"]);
    registry.labelFor(["Tyler Hughes"]);
    expect(applyEdits(text, planRedactions(text, report, PSEUDONYM_POLICY, { labels: registry })).text).toBe("Child B cried.");
  });

  test("labels already in the text are not given to a new child", () => {
    expect(redactAnnotated("Child A said {{oc|Tyler}} hit her. Child C agreed.").text).toBe("Child A said Child B hit her. Child C agreed.");
  });

  test("reasons never contain the redacted text", () => {
    const { edits } = redactAnnotated("{{oc|Tyler}} rang {{pid|07700 900871}} about {{oc|Kacper's}} school.");
    expect(edits).toHaveLength(3);
    for (const e of edits) {
      expect(e.reason).not.toMatch(/Tyler|Kacper|07700/);
      expect(e.reason.length).toBeGreaterThan(0);
    }
    expect(edits.map((e) => e.reason)).toEqual(["another child's name", "a phone number", "another child's name"]);
  });
});

describe("planRedactions: other operators", () => {
  test("mask keeps a possessive and masks identifiers by kind", () => {
    expect(redactAnnotated("{{oc|Tyler's}} mum rang from {{pid|07700 900871}}.", MASK_POLICY).text).toBe("[redacted]'s mum rang from [phone number].");
  });

  test.each([
    ["a middle sentence goes with the space after it", "Amelia is well. {{oc|Tyler}} is at school. She likes art.", "Amelia is well. She likes art."],
    ["a last sentence on a line goes with the space before it", "Amelia is well. {{oc|Tyler}} visited.\nNext steps.", "Amelia is well.\nNext steps."],
    ["a line of its own leaves an empty line", "Seen today.\n{{oc|Tyler}} (7) was there.\nAll well.", "Seen today.\n\nAll well."],
    ["two children in one sentence remove it once", "Hi. {{oc|Tyler}} and {{oc|Callum}} argued. Bye.", "Hi. Bye."],
  ])("remove-sentence: %s", (_n, annotated, expected) => {
    expect(redactAnnotated(annotated, REMOVE_SENTENCE_POLICY).text).toBe(expected);
  });

  test("remove-sentence skips an identifier inside a removed sentence and says so", () => {
    const r = redactAnnotated("Hi. {{oc|Tyler}} rang from {{pid|07700 900871}}. Bye.", REMOVE_SENTENCE_POLICY);
    expect(r.text).toBe("Hi. Bye.");
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0].edit.category).toBe("identifier");
    expect(r.skipped[0].keptInstead?.operator).toBe("remove-sentence");
  });

  test.each([
    ["phone number", "07700 900871", "[phone number]"],
    ["date of birth", "02/12/2012", "[date of birth]"],
    ["NHS number", "943 476 5919", "[NHS number]"],
    ["National Insurance number", "QQ 12 34 56 C", "[National Insurance number]"],
    ["email address", "a@b.co.uk", "[email address]"],
  ] as const)("identifiers become their kind: %s", (kind, value, expected) => {
    expect(redactAnnotated(`Ref {{pid|${value}}}.`, PSEUDONYM_POLICY, { kinds: { [value]: kind } }).text).toBe(`Ref ${expected}.`);
  });

  test("an identifier of unknown kind is masked", () => {
    expect(redactAnnotated("Ref {{pid|XJ-44}}.").text).toBe("Ref [redacted].");
  });

  test("another child's details are replaced by what they are, not given a pseudonym", () => {
    const o: FakeOptions = { details: ["03/04/2016", "St Joseph's Primary", "the flat"], kinds: { "03/04/2016": "date of birth" } };
    const r = redactAnnotated("{{oc|Will}} ({{oc|03/04/2016}}) goes to {{oc|St Joseph's Primary}} near {{oc|the flat}}.", PSEUDONYM_POLICY, o);
    expect(r.text).toBe("Child A ([date of birth]) goes to [school] near [redacted].");
  });

  test("another child's detail takes the placeholder its finding suggests when the rule gave no kind", () => {
    // The preview and the log said "[redacted]" for a date of birth the finding itself called "[date of birth]".
    const o: FakeOptions = { details: ["03/04/2016", "the flat"], suggestions: { "03/04/2016": ["[date of birth]"], "the flat": ["somewhere else"] } };
    const r = redactAnnotated("{{oc|Will}} ({{oc|03/04/2016}}) lives near {{oc|the flat}}.", PSEUDONYM_POLICY, o);
    expect(r.text).toBe("Child A ([date of birth]) lives near [redacted].");
  });

  test("jargon, judgemental wording and mix-ups are not redacted by default", () => {
    const r = redactAnnotated("{{sc|Jack}} {{jar|DNA}} {{mix|his}} appointment and {{jud|refused to engage}}.", PSEUDONYM_POLICY, {
      suggestions: { DNA: ["did not attend"], his: ["their"], "refused to engage": ["did not take part"] },
    });
    expect(r.edits).toEqual([]);
    expect(r.text).toBe("Jack DNA his appointment and refused to engage.");
  });

  test("a fix policy applies the first suggestion, capitalised at a sentence start", () => {
    const policy = withFixes(PSEUDONYM_POLICY, ["jargon", "judgemental", "mix-up"]);
    const r = redactAnnotated("{{jar|DNA}} on 3 June. {{sc|Jack}} {{jar|DNA}} {{mix|his}} appointment and {{jud|refused to engage}}. {{jud|Chaotic}} home.", policy, {
      suggestions: { DNA: ["did not attend", "missed"], his: ["their"], "refused to engage": ["did not take part"], Chaotic: [] },
    });
    expect(r.text).toBe("Did not attend on 3 June. Jack did not attend their appointment and did not take part. Chaotic home.");
    expect(r.edits.every((e) => e.operator === "fix")).toBe(true);
  });

  test("findings below the policy's confidence are left for a person", () => {
    const policy = { ...PSEUDONYM_POLICY, minConfidence: 0.5 };
    expect(redactAnnotated("{{oc|Tyler}} and {{oc|Hope}}.", policy, { confidence: { Hope: 0.3 } }).text).toBe("Child A and Hope.");
  });

  test("findings with impossible offsets are ignored, not applied", () => {
    const { text, report } = fakeReport("{{oc|Tyler}} here.");
    report.findings.push({ ...report.findings[0], start: 5, end: 500 }, { ...report.findings[0], start: -1, end: 2 });
    expect(planRedactions(text, report, PSEUDONYM_POLICY)).toHaveLength(1);
  });
});

describe("idempotence", () => {
  test.each([
    ["pseudonym", PSEUDONYM_POLICY],
    ["mask", MASK_POLICY],
  ])("%s: planning on the output with the output's findings changes nothing", (_n, policy) => {
    // The output's findings are what a detector would report if it (wrongly) flagged the placeholders.
    const first = redactAnnotated("{{oc|Tyler's}} mum ({{pid|07700 900871}}) and {{oc|Callum}}.", policy);
    const again = fakeReport(
      first.text.replace(/(Child [A-Z]'s|Child [A-Z]|\[redacted\]'s|\[redacted\]|\[phone number\])/g, (m) => `{{${m.includes("phone") ? "pid" : "oc"}|${m}}}`),
    );
    expect(again.report.findings.length).toBe(3);
    const edits = planRedactions(again.text, again.report, policy);
    expect(edits).toEqual([]);
  });
});

// A full check reports a name pasted from another child's record once, as the mix-up (with the child's id), never as
// another child as well: a redaction planned from that report must still take the name out.
describe("pasted names", () => {
  function pasted() {
    const { text, report } = fakeReport("{{oc|Daniel}} (11) is her brother. {{mix|Daniel}}'s attendance has fallen and {{mix|he}} is tired.", {
      suggestions: { Daniel: ["Precious"] },
    });
    const [, name, pronoun] = report.findings;
    name.data = { childId: "daniel", possessive: false };
    report.findings = [report.findings[0], name, pronoun];
    return { text, report };
  }

  test("takes the other child's action, with the label of the child's other mentions", () => {
    const { text, report } = pasted();
    expect(applyEdits(text, planRedactions(text, report, PSEUDONYM_POLICY)).text).toBe("Child A (11) is her brother. Child A's attendance has fallen and he is tired.");
    expect(applyEdits(text, planRedactions(text, report, MASK_POLICY)).text).toBe("[redacted] (11) is her brother. [redacted]'s attendance has fallen and he is tired.");
    expect(planRedactions(text, report, PSEUDONYM_POLICY)[1]).toMatchObject({ category: "other-child", reason: "another child's name" });
  });

  test("a policy that fixes mix-ups puts the subject's name in its place instead", () => {
    const { text, report } = pasted();
    expect(applyEdits(text, planRedactions(text, report, withFixes(PSEUDONYM_POLICY, ["mix-up"]))).text).toBe(
      "Child A (11) is her brother. Precious's attendance has fallen and he is tired.",
    );
  });

  test("a policy that keeps other children keeps it too", () => {
    const { text, report } = pasted();
    expect(planRedactions(text, report, { name: "ids", actions: { identifier: "replace" } })).toEqual([]);
  });
});
