// Property tests (fast-check): the engine's offsets are always valid, and redaction is idempotent.
import fc from "fast-check";
import { analyse } from "../../src/engine/pipeline";
import { CATEGORIES, type CaseProfile, type Finding, type Report } from "../../src/engine/types";
import { applyEdits, MASK_POLICY, planRedactions, PSEUDONYM_POLICY, redactStable, REMOVE_SENTENCE_POLICY, type Edit, type RedactionPolicy } from "../../src/redact";

// Fragments that make the rules fire (names, kinship and age cues, identifiers, jargon, judgements,
// quotes, pronouns), mixed with arbitrary characters so the text is half realistic, half junk.
const FRAGMENTS = [
  "Tyler",
  "Tyler's",
  "Amelia",
  "Millie",
  "Kacper",
  "Oluwaseun",
  "D'Angelo",
  "Hughes",
  "Child A",
  "Child B's",
  "[phone number]",
  "her brother",
  "half-sister",
  "classmate",
  "(7)",
  "aged 9",
  "Year 4",
  "Mum",
  "Dad",
  "Mr Frost",
  "Nan",
  "said",
  "07700 900871",
  "+44 20 7946 0018",
  "a.b@example.org",
  "SW1A 1AA",
  "943 476 5919",
  "QQ123456C",
  "DOB 02/12/2012",
  "12 Florence Road",
  "Victoria Park",
  "CAMHS",
  "DNA",
  "LAC",
  "TAF",
  "placement order",
  "section 20",
  "refused to engage",
  "attention seeking",
  "lifestyle choice",
  "chaotic",
  "kicked off",
  "not a lifestyle choice",
  "he",
  "she",
  "they",
  "his",
  "her",
  "their",
  '"I hope',
  'so"',
  "‘scared’",
  "“I miss Tyler”",
  ".",
  ",",
  "!",
  "?",
  "\n",
  "\r\n",
  "\t",
  " ",
  "  ",
  "😀",
  "👩‍👧",
  "שלום",
  "مرحبا",
  "\u202e",
  "\u200f",
  "\u0000",
  "\ud800",
  "\udc00",
  "é",
  "e\u0301",
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const joined = (separators: string[]) =>
  fc
    .array(word, { maxLength: 60 })
    .chain((words) => fc.array(fc.constantFrom(...separators), { minLength: words.length, maxLength: words.length }).map((seps) => words.map((w, i) => w + seps[i]).join("")));
/** Fragments sometimes glued together ("5919+44…"), as junk text would have them. */
const text = joined([" ", " ", " ", "", "\n", ". "]);
/** Fragments always apart, as written records have them. */

const nameish = fc.oneof(fc.constantFrom("Amelia Hughes", "Millie", "Tyler", "Jack", "Kacper Nowak", "", " ", "Child A", "(", ".*", "D'Angelo"), fc.string({ maxLength: 12 }));
const profile: fc.Arbitrary<CaseProfile> = fc.record(
  {
    subject: fc.record(
      {
        name: nameish,
        aliases: fc.array(nameish, { maxLength: 3 }),
        pronouns: fc.oneof(fc.constantFrom("she/her", "he/him", "they/them", "She", "xe/xem", "", "/"), fc.string({ maxLength: 6 })),
      },
      { requiredKeys: ["name"] },
    ),
    otherChildren: fc.array(nameish, { maxLength: 3 }),
    adults: fc.array(nameish, { maxLength: 3 }),
  },
  { requiredKeys: ["subject"] },
);

function expectValidFindings(t: string, report: Report): void {
  let prev: Finding | undefined;
  for (const f of report.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(t.length);
    expect(f.text).toBe(t.slice(f.start, f.end));
    expect(CATEGORIES).toContain(f.category);
    expect(typeof f.message).toBe("string");
    expect(f.confidence >= 0 && f.confidence <= 1).toBe(true);
    if (prev) expect(prev.start < f.start || (prev.start === f.start && prev.end <= f.end)).toBe(true);
    prev = f;
  }
}

const RUNS = Number(process.env.FC_RUNS ?? 300);

describe("analyse on random text and random profiles", () => {
  test("never throws; every finding has 0 ≤ start < end ≤ length and text === slice", () => {
    fc.assert(
      fc.property(text, profile, (t, p) => {
        expectValidFindings(t, analyse(t, p));
      }),
      { numRuns: RUNS },
    );
  });

  test("also on arbitrary UTF-16 (lone surrogates, controls) with an empty profile", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (t) => {
        expectValidFindings(t, analyse(t));
      }),
      { numRuns: RUNS },
    );
  });
});

// A tiny deterministic detector, so the redaction properties hold whatever state the rules are in.
const NAMES = /(?<!\p{L})(?:Tyler|Kacper|Oluwaseun)(?:'s)?(?!\p{L})/gu;
const DIGITS = /\d[\d ]{4,}\d/g;
function fakeDetect(t: string): Pick<Report, "findings"> {
  const findings: Finding[] = [];
  const push = (m: RegExpMatchArray, f: Omit<Finding, "start" | "end" | "text" | "message" | "severity" | "confidence" | "ruleId">) =>
    findings.push({ ruleId: "fake", start: m.index!, end: m.index! + m[0].length, text: m[0], message: "fake", severity: "warning", confidence: 0.9, ...f });
  for (const m of t.matchAll(NAMES)) push(m, { category: "other-child", data: { childId: m[0].replace("'s", ""), mentionKind: "name", possessive: m[0].endsWith("'s") } });
  for (const m of t.matchAll(DIGITS)) push(m, { category: "identifier", data: { identifierKind: "phone number" } });
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings };
}

const POLICIES: Array<[string, RedactionPolicy]> = [
  ["pseudonym", PSEUDONYM_POLICY],
  ["mask", MASK_POLICY],
  ["remove-sentence", REMOVE_SENTENCE_POLICY],
];

function expectValidApply(t: string, edits: Edit[]) {
  const r = applyEdits(t, edits);
  expect(r.applied.length + r.skipped.length).toBe(edits.length);
  let at = 0;
  let rebuilt = "";
  for (const e of r.applied) {
    expect(e.start).toBeGreaterThanOrEqual(at);
    rebuilt += t.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  expect(r.text).toBe(rebuilt + t.slice(at));
  return r;
}

describe("redaction", () => {
  test("applyEdits on random edits: applied edits are sorted and disjoint, every edit is applied or skipped", () => {
    const arb = fc
      .string({ unit: "binary", maxLength: 80 })
      .chain((t) =>
        fc.tuple(
          fc.constant(t),
          fc.array(fc.record({ a: fc.integer({ min: -2, max: t.length + 2 }), b: fc.integer({ min: -2, max: t.length + 2 }), r: fc.string({ maxLength: 4 }) }), { maxLength: 12 }),
        ),
      );
    fc.assert(
      fc.property(arb, ([t, raw]) => {
        const edits: Edit[] = raw.map(({ a, b, r }) => ({ start: a, end: b, replacement: r, category: "identifier", reason: "x", operator: "mask" }));
        expectValidApply(t, edits);
      }),
      { numRuns: RUNS },
    );
  });

  test.each(POLICIES)("%s: redacting the output again changes nothing (fake detector)", (_n, policy) => {
    fc.assert(
      fc.property(text, (t) => {
        const edits = planRedactions(t, fakeDetect(t), policy);
        const once = expectValidApply(t, edits).text;
        const again = planRedactions(once, fakeDetect(once), policy);
        expect(applyEdits(once, again).text).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  // One pass of the engine is not always idempotent: a placeholder changes the text around it, so a
  // second look can find an identifier that was glued to the one before it, or a child named beside a
  // cue that is now closer. redactStable looks again until nothing changes; the output is then stable.
  test.each(POLICIES)("%s: redactStable's output redacted again changes nothing (the engine)", (_n, policy) => {
    fc.assert(
      fc.property(text, profile, (t, p) => {
        const r = redactStable(t, (x) => analyse(x, p), policy);
        expect(r.stable).toBe(true);
        expect(r.applied.length + r.skipped.length).toBe(r.log.length);
        for (const e of r.applied) expect(e.start >= 0 && e.end <= t.length && e.start <= e.end).toBe(true);
        const again = applyEdits(r.text, planRedactions(r.text, analyse(r.text, p), policy));
        expect(again.text).toBe(r.text);
      }),
      { numRuns: RUNS },
    );
  });
});
