import { checkVisitPurpose } from "../../../src/engine/quality/visit-purpose";
import { AMIR, ctxFor } from "./context";

describe("visit purpose", () => {
  const good: Array<[string, string]> = [
    ["Purpose of visit: to see Amir alone before his review.", "Purpose of visit: to see Amir alone before his review."],
    ["Purpose: to check the sleeping arrangements.", "Purpose: to check the sleeping arrangements."],
    ["The visit was to talk with Amir about his move.", "The visit was to talk with Amir about his move."],
    ["I visited Amir at his nan's house to see how he is settling.", "I visited Amir at his nan's house to see how he is settling."],
  ];
  test.each(good)("a visit record with a purpose: %s", (text, sentence) => {
    const r = checkVisitPurpose(ctxFor(text, AMIR, "visit-record"));
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  const weak: string[] = [
    "Visited the home. Amir was watching TV with his brother.",
    "Home visit\nDad answered the door. The house was warm.",
    "Amir said the purpose of school is to make friends.",
  ];
  test.each(weak)("a visit record without a purpose: %s", (text) => {
    const r = checkVisitPurpose(ctxFor(text, AMIR, "visit-record"));
    expect(r.value).toBe(false);
    expect(r.message).toMatch(/why the visit happened/);
  });

  test.each(["case-note", "email", "court-report", "unknown"] as const)("is null outside visit records (%s)", (kind) => {
    const r = checkVisitPurpose(ctxFor("Purpose of visit: to see Amir.", AMIR, kind));
    expect(r.value).toBeNull();
    expect(r.evidence).toEqual([]);
  });
});
