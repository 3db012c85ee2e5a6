import { existsSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../../src/engine/pipeline";
import * as quality from "../../../src/engine/quality";
import { reviewQuality } from "../../../src/engine/quality";
import type { QualityKey } from "../../../src/engine/types";
import { AMIR, ctxFor } from "./context";
import { expectLinearWork, regexWork } from "../../helpers/scaling";

const KEYS: QualityKey[] = ["childVoice", "parentViews", "analysis", "nextSteps", "visitPurpose"];

describe("quality review", () => {
  test("the report carries the review, the notes and the readability", () => {
    const text =
      "Statutory visit record\nPurpose of visit: to see Amir alone.\nAmir told me he likes his school. Mum said she is pleased. This means he is settled.\nNext steps\nI will visit again on 4 June.";
    const report = analyse(text, AMIR);
    expect(report.kind).toBe("visit-record");
    expect(Object.keys(report.quality ?? {}).sort()).toEqual([...KEYS].sort());
    for (const k of KEYS) expect(report.quality![k].value).toBe(true);
    expect(report.readability).toBeDefined();
    expect(Array.isArray(report.qualityNotes)).toBe(true);
  });

  test("visit purpose is null outside visit records", () => {
    expect(reviewQuality(ctxFor("Case note\nAmir said he is fine."))!.quality.visitPurpose.value).toBeNull();
  });

  test("notes are sorted and every evidence span matches its text", () => {
    const para = "Amir was seen alone in his bedroom and talked about his football team and his new teacher at school.";
    const text = `Chronology\n03/03/2024 ${para}\n01/01/2024 Referral.\n05/05/2024 ${para}\n`;
    const r = reviewQuality(ctxFor(text))!;
    const starts = r.qualityNotes.map((n) => n.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const n of r.qualityNotes) expect(text.slice(n.start, n.end)).toBe(n.text);
    for (const k of KEYS) for (const e of r.quality[k].evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  const junk: Array<[string, string]> = [
    ["empty", ""],
    ["spaces", "   \n\n\t  "],
    ["binary", String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 65536))],
    ["crlf", "Next steps\r\n\r\n1. I will call Mum.\r\nAmir said 'hi'.\r\n"],
    ["emoji", "Amir 😀 said 🎉 'I ❤️ football' 👍. This means 🙂 he is happy."],
    ["right-to-left", "قال أمير إنه سعيد. אמיר אמר שהוא שמח. Amir said he is happy."],
    ["unclosed brackets", "Mum (Ms Khan said ) ( ( ( she is — — ; ; : : fine"],
    ["turkish capital i", "İSTANBUL İzmir. Amir said İ is a letter. Mr İnce agreed."],
  ];
  test.each(junk)("never throws (%s)", (_name, text) => {
    expect(() => reviewQuality(ctxFor(text))).not.toThrow();
    const r = reviewQuality(ctxFor(text))!;
    for (const k of KEYS) expect([true, false, null]).toContain(r.quality[k].value);
  });

  test("stays fast and bounded on a long text", () => {
    const para = "Amir told me he likes his school. Mum said she is worried about the bus. This means he may be late. I will call school by 04/06/2025.\n";
    const text = para.repeat(3000); // about 80,000 words
    const r = reviewQuality(ctxFor(text))!;
    // Counted, not timed: the characters handed to regular expressions (twice the text, about twice the work).
    expectLinearWork((n) => regexWork(() => reviewQuality(ctxFor(para.repeat(n)))), 750);
    expect(r.quality.childVoice.evidence.length).toBeLessThanOrEqual(8);
    expect(r.quality.childVoice.message).toMatch(/at least 20 places/);
    expect(r.qualityNotes.length).toBeLessThanOrEqual(200);
  });

  test("every check has a documentation page", () => {
    const ids = (Object.values(quality) as unknown[]).filter((v): v is { id: string } => typeof v === "object" && v !== null && "id" in v).map((v) => v.id);
    expect(ids.sort()).toEqual(["analysis", "child-voice", "chronology-order", "next-steps", "parent-views", "readability", "repeated-text", "strengths", "visit-purpose"].sort());
    for (const id of ids) expect(existsSync(join(__dirname, "../../../docs/quality", `${id}.md`))).toBe(true);
  });
});
