import { PSEUDONYM_POLICY, redactStable, type Analyser } from "../../src/redact";
import { finding } from "./helpers";

// A detector that sees "07700 900871" only when it is not glued to a digit, as real scanners do.
const detector: Analyser = (t) => ({
  findings: [...t.matchAll(/(?<!\d)07700 900871|Tyler/g)].map((m) =>
    m[0] === "Tyler"
      ? finding("other-child", m.index!, m.index! + 5, m[0], { childId: "t", mentionKind: "name" })
      : finding("identifier", m.index!, m.index! + m[0].length, m[0], { identifierKind: "phone number" }),
  ),
});

test("a second look redacts what the first one uncovered, located in the original text", () => {
  const analyser: Analyser = (t) => {
    const r = detector(t);
    // The first look also sees the NHS number that hides the phone number behind it.
    for (const m of t.matchAll(/943 476 5919/g)) r.findings.push(finding("identifier", m.index!, m.index! + 12, m[0], { identifierKind: "NHS number" }));
    r.findings.sort((a, b) => a.start - b.start);
    return r;
  };
  const text = "Tyler: 943 476 591907700 900871 end";
  const r = redactStable(text, analyser, PSEUDONYM_POLICY);
  expect(r.text).toBe("Child A: [NHS number][phone number] end");
  expect(r.rounds).toBe(3);
  expect(r.stable).toBe(true);
  expect(r.log.map((e) => [e.kind, e.column, e.round])).toEqual([
    ["name", 1, undefined],
    ["NHS number", 8, undefined],
    ["phone number", 20, 2],
  ]);
});

test("a clean text takes one look", () => {
  const r = redactStable("Nothing here.", detector, PSEUDONYM_POLICY);
  expect(r).toMatchObject({ text: "Nothing here.", rounds: 1, stable: true, applied: [] });
});
