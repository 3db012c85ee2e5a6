import { CHOOSABLE_KINDS, KIND_LABELS, LET_CHECKER_DECIDE, kindLine, parseKindChoice } from "../../../src/taskpane/state/kind-choice";
import { DOCUMENT_KINDS } from "../../../src/engine/types";
import { kindEvidence, inferKind } from "../../../src/engine/kind";

describe("the pane's Read as line and its choice of kind (issue 12 item 4, stop 39)", () => {
  test("every kind the engine knows can be chosen, each with its own label", () => {
    expect([...CHOOSABLE_KINDS].sort()).toEqual([...DOCUMENT_KINDS].sort());
    const labels = CHOOSABLE_KINDS.map((k) => KIND_LABELS[k]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test("the list's value becomes a kind, 'let the checker decide' becomes null, anything else is refused", () => {
    expect(parseKindChoice("court-report")).toBe("court-report");
    expect(parseKindChoice(LET_CHECKER_DECIDE)).toBeNull();
    expect(() => parseKindChoice("unknown")).toThrow(/not a kind of record/);
    expect(() => parseKindChoice("letter")).toThrow(/not a kind of record/);
  });

  test("says who decided: the worker, the host or the checker's evidence", () => {
    expect(kindLine("visit-record", { by: "worker" })).toEqual({ readAs: "Visit record", because: expect.stringMatching(/You chose.*not saved in the document/) });
    expect(kindLine("email", { by: "host", what: "it is an email" }).because).toBe("Because it is an email.");
    expect(kindLine("court-report", { by: "checker", evidence: ["a court case number", "numbered paragraphs"] })).toEqual({
      readAs: "Court report or statement",
      because: "Because of a court case number; numbered paragraphs.",
    });
    // Each sign once (stop 40): a sign inside a fuller one is not listed again.
    expect(kindLine("chronology", { by: "checker", evidence: ["dated lines", "a table of dated lines", "a title"] }).because).toBe("Because of a table of dated lines; a title.");
    expect(kindLine("assessment", { by: "checker", evidence: null }).because).toMatch(/Working out/);
    expect(kindLine("assessment", { by: "checker", evidence: [] }).because).toMatch(/On balance/);
    expect(kindLine("unknown", { by: "checker", evidence: [] }).because).toMatch(/only the general checks/);
  });

  test("the evidence for the kind a check used is plain words, never the record's", () => {
    const text =
      "IN THE FAMILY COURT\nCase number: LV26C01234\n\nSocial work statement\n\n1. I am the allocated social worker for Tyler Reed and make this statement in support of the application.\n2. Tyler lives with his aunt.";
    const kind = inferKind(text);
    expect(kind).toBe("court-report");
    const because = kindEvidence(text, kind);
    expect(because.length).toBeGreaterThan(0);
    expect(because.join(" ")).not.toMatch(/Tyler|Reed|LV26C01234/);
    // A salutation decides correspondence or a letter to the child; the other kind's evidence is not claimed for it.
    expect(kindEvidence("Dear Sam,\n\nThank you for seeing me.", "letter-to-child")).toEqual(["it opens with a salutation to the child"]);
    expect(kindEvidence("Dear Sam,\n\nThank you for seeing me.", "email")).toEqual(["it opens with a salutation"]);
    expect(kindEvidence("Dear Sam,\n\nThank you for seeing me.", "court-report")).toEqual([]);
    expect(kindEvidence("", "assessment")).toEqual([]);
    expect(kindEvidence(text, "unknown")).toEqual([]);
  });
});
