// Idempotence with the real engine: what redaction writes must not be flagged again.
import { analyse } from "../../src/engine/pipeline";
import type { CaseProfile } from "../../src/engine/types";
import { applyEdits, IDENTIFIER_PLACEHOLDERS, MASK_POLICY, planRedactions, PSEUDONYM_POLICY, redactStable, REMOVE_SENTENCE_POLICY } from "../../src/redact";

const profile: CaseProfile = { subject: { name: "Amelia Hughes", aliases: ["Millie"], pronouns: "she/her" }, otherChildren: ["Tyler Hughes"] };

const PLACEHOLDERS = ["Child A", "Child B's", "Child C’s", "[redacted]", "[redacted]'s", "[school]", ...Object.values(IDENTIFIER_PLACEHOLDERS)];

describe("the engine does not flag redaction placeholders", () => {
  test.each(PLACEHOLDERS)("%s", (placeholder) => {
    const text = `Amelia said ${placeholder} was at the park with her on Saturday. Mum said ${placeholder} is doing well.`;
    const at = [text.indexOf(placeholder), text.lastIndexOf(placeholder)];
    const hits = analyse(text, profile).findings.filter((f) => at.some((s) => f.start < s + placeholder.length && s < f.end));
    expect(hits.map((f) => `${f.category}: ${f.text}`)).toEqual([]);
  });
});

const RECORDS = [
  "Home visit.\nAmelia was in the living room with her brother Tyler (7) and a boy from next door, Kacper.\nTyler's school is St Joseph's Primary. Mum's mobile is 07700 900871 and her email is mum.hughes@example.org.\nWe live at 12 Florence Road, Leeds LS6 2AB. Amelia's NHS number is 943 476 5919.",
  "Millie told me she misses Oluwaseun, her half-brother, aged 9. Dad (Sean) rang on 0113 496 0000.",
];

describe.each([
  ["pseudonym", PSEUDONYM_POLICY],
  ["mask", MASK_POLICY],
  ["remove-sentence", REMOVE_SENTENCE_POLICY],
])("%s: redacting a redacted record again changes nothing", (_n, policy) => {
  test.each(RECORDS)("%#", (record) => {
    const r = redactStable(record, (t) => analyse(t, profile), policy);
    expect(r.stable).toBe(true);
    const again = applyEdits(r.text, planRedactions(r.text, analyse(r.text, profile), policy));
    expect(again.text).toBe(r.text);
    expect(again.applied).toEqual([]);
  });
});
