import { inferKind } from "../../src/engine/kind";
import type { DocumentKind } from "../../src/engine/types";

describe("inferKind", () => {
  const cases: Array<[DocumentKind, string]> = [
    ["email", "From: Sam Jones <sam@example.org>\nSent: 3 May 2025 10:00\nTo: Kay Lee\nSubject: Amir\n\nHi Kay,"],
    ["email", "From: Sam Jones\nDear Kay, please see below."],
    // "Date:" alone is a form field, not an email header.
    ["case-note", "Case note\nChild: Amir Khan\nDate: 03/05/2025\nType: Telephone call from school"],
    ["case-note", "CASE RECORDING\nAmir was seen at school."],
    ["visit-record", "Statutory visit record\nChild: Amir Khan"],
    ["visit-record", "HOME VISIT – CHILD PROTECTION PLAN\nChild: Lily Moran"],
    ["visit-record", "Child: Amir\nDate of visit: 03/05/2025\nSeen alone: yes"],
    // A health visitor's home visit inside a chronology does not make it a visit record.
    ["chronology", "Chronology of significant events\n12/10/2022: Health visitor home visit."],
    ["supervision", "SUPERVISION RECORD – CASE DISCUSSION\nSupervisee: Ben"],
    ["supervision", "Case supervision record\nDate: 28/05/2025"],
    ["court-report", "IN THE FAMILY COURT SITTING AT LEEDS\nCase No: LS25C00214"],
    ["court-report", "PARENTING ASSESSMENT OF MS JANE DOE\nCase number: NQ25C00318"],
    ["court-report", "CARE PLAN (FINAL)\nChild: Mo Hassan"],
    ["court-report", "SOCIAL WORK STATEMENT – SECTION 4\nChild: Precious"],
    ["assessment", "Child and Family Assessment\nSection 7: Analysis"],
    ["letter-to-child", "Dear Amir,\nI am writing to tell you about your review."],
    ["case-note", "Case note\nType: home visit (announced)\nMaya is 10 months old."],
    ["unknown", "Some notes about the weather."],
    ["unknown", ""],
  ];
  test.each(cases)("%s: %j", (kind, text) => {
    expect(inferKind(text)).toBe(kind);
  });

  test("never throws on junk", () => {
    expect(() => inferKind(String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 31) % 65536)))).not.toThrow();
    expect(inferKind(undefined as unknown as string)).toBe("unknown");
  });
});
