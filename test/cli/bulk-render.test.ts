// A checked or redacted file made into the text a bulk run writes (formatters/check-one.ts renderCheck,
// redact-one.ts renderRedact): a worker thread sends this instead of the file's report or log rows, so
// the main thread only adds up counts and writes.
import type { CheckOutcome, RedactOutcome } from "../../src/cli/bulk/jobs";
import { asBytes, CHECK_TEXTS, isRendered, renderCheck } from "../../src/cli/formatters/check-one";
import {
  FILE_NAME,
  finishedPieces,
  isRenderedRedact,
  NEUTRAL_NAME_REASON,
  REDACT_TEXTS,
  renderRedact,
  type FinishedFile,
  type RenderedRedact,
} from "../../src/cli/formatters/redact-one";
import type { Finding, Report } from "../../src/engine/types";

const finding = (category: Finding["category"], text: string, start: number): Finding => ({
  ruleId: `${category}-rule`,
  category,
  start,
  end: start + text.length,
  text,
  message: `About ${text}`,
  severity: "warning",
  confidence: 0.9,
});
const text = "Sam Bloggs came to the LAC review.";
const checked: CheckOutcome = {
  file: "a.txt",
  format: "txt",
  text,
  report: { findings: [finding("jargon", "LAC", 23), finding("other-child", "Sam Bloggs", 0), finding("jargon", "review", 27)], otherChildren: [] } as unknown as Report,
  placed: [],
};
const unreadable: CheckOutcome = { file: "b.docx", error: "This file is empty." };

describe("renderCheck", () => {
  test("counts a file's findings by category, in the categories' order", () => {
    const r = renderCheck(checked, 0, { format: "json", report: false });
    expect(isRendered(r)).toBe(true);
    expect(isRendered(checked)).toBe(false);
    expect(r.counts).toEqual([
      ["other-child", 1],
      ["jargon", 2],
    ]);
    expect(r.error).toBeUndefined();
    expect(JSON.parse(r.out as string).file).toBe("a.txt");
    expect(r.summary).toBeUndefined();
  });

  test("a file that could not be read: its reason in each format, no counts, a row in the report's table of unreadable files", () => {
    expect(renderCheck(unreadable, 3, { format: "json", report: false }).out).toBe('{"file":"b.docx","error":"This file is empty."}\n');
    expect(renderCheck(unreadable, 3, { format: "csv", report: false }).out).toBe("b.docx,,unreadable,,,,,This file is empty.,\r\n");
    const r = renderCheck(unreadable, 3, { format: "stylish", report: true });
    expect(r.out).toBe("");
    expect(r.counts).toEqual([]);
    expect(r.error).toBe("This file is empty.");
    expect(r.unreadable).toBe("<tr><td>b.docx</td><td>This file is empty.</td></tr>\n");
    expect(r.summary).toContain("Could not be read");
    expect(r.section).toBe("");
  });

  test("with a report: the file's summary row and section, linked by its place in the run", () => {
    const r = renderCheck(checked, 7, { format: "csv", report: true });
    expect(r.summary).toContain('href="#doc-7"');
    expect(r.section).toContain('id="doc-7"');
    expect(r.unreadable).toBe("");
    expect(r.section).toMatch(/<\/section>\n$/);
    expect((r.out as string).split("\r\n").filter(Boolean)).toHaveLength(3);
  });

  test("asBytes: each text as UTF-8 in a buffer of its own, to hand over; the counts as they were", () => {
    const r = renderCheck(checked, 2, { format: "stylish", report: true });
    const { result, transfer } = asBytes(r, CHECK_TEXTS);
    const decode = (t: unknown) => new TextDecoder().decode(t as Uint8Array);
    expect(decode(result.out)).toBe(r.out);
    expect(decode(result.section)).toBe(r.section);
    expect(result.unreadable).toBe("");
    expect(result.counts).toEqual(r.counts);
    expect(transfer).toHaveLength(3);
    expect(new Set(transfer).size).toBe(3);
  });
});

describe("renderRedact", () => {
  const log = [
    { document: "note.docx", location: "body, paragraph 1", category: "other-child" as const, reason: "another child's name", pseudonym: "Child A" },
    { document: "note.docx", location: "page 2", category: "identifier" as const, reason: "a phone number", pseudonym: "[phone number]" },
  ];
  const verified: RedactOutcome = { file: "in/note.docx", out: "/out/note.docx", log, changes: 2, inputHash: "aa", outputHash: "bb", verified: true, notes: ["a note"] };
  const render = { format: "json" as const, report: true, input: "h:123", outName: "note.docx", shown: "in/note.docx" };

  test("a verified copy: its output, log rows, report pieces and manifest line, as a resumed file of the same line writes them", () => {
    const r = renderRedact({ ...verified, output: new Uint8Array([1, 2]) }, "note.docx", render);
    expect(isRenderedRedact(r)).toBe(true);
    if (!isRenderedRedact(r)) return;
    const line = JSON.parse(r.manifest as string) as FinishedFile;
    expect(line).toEqual({ input: "h:123", display: "note.docx", inputHash: "aa", out: "note.docx", outputHash: "bb", changes: 2, log, notes: ["a note"] });
    const pieces = finishedPieces(line, "json", true, "in/note.docx");
    for (const k of ["stdout", "csv", "reportRow", "reportLog", "reportByPage"] as const) expect(r[k]).toBe(pieces[k]);
    expect(JSON.parse(r.stdout as string)).toMatchObject({ file: "note.docx", out: "note.docx", changes: 2, verified: true });
    expect((r.csv as string).split("\r\n").filter(Boolean)).toHaveLength(2);
    expect(r.changes).toBe(2);
    // The copy's bytes and hash go with it, for the main thread to write; the log rows do not.
    expect(r.output).toEqual(new Uint8Array([1, 2]));
    expect((r as unknown as RedactOutcome).log).toBeUndefined();
  });

  test("stylish, no report, no manifest: one line, the CSV rows, nothing else", () => {
    const r = renderRedact(verified, "note.docx", { format: "stylish", report: false, outName: "note (2).docx", shown: "in/note.docx" });
    if (!isRenderedRedact(r)) throw new Error("not rendered");
    // The terminal names the input as the report does (its path with names as labels), then its copy.
    expect(r.stdout).toBe("in/note.docx → note (2).docx: 2 changes\n");
    expect([r.reportRow, r.reportLog, r.reportByPage, r.manifest]).toEqual(["", "", "", ""]);
  });

  test("a neutral copy name: a log row by label first, the note on the terminal; the undecided mentions counted, not that row", () => {
    const undecidedRow = { document: "document 1.docx", location: "body, paragraph 2", category: "undecided" as const, reason: "a person", pseudonym: "Person B" };
    const withUndecided = { ...verified, log: [...log, undecidedRow, undecidedRow], changes: 4 };
    const r = renderRedact(withUndecided, "document 1.docx", { ...render, neutral: ["Person A"] });
    if (!isRenderedRedact(r)) throw new Error("not rendered");
    const line = JSON.parse(r.manifest as string) as FinishedFile;
    expect(line.log[0]).toEqual({ document: "document 1.docx", location: FILE_NAME, category: "undecided", reason: NEUTRAL_NAME_REASON, pseudonym: "Person A" });
    expect(line.log).toHaveLength(5);
    expect([r.undecidedMentions, r.undecidedLabels]).toEqual([2, ["Person B"]]);
    const stylish = renderRedact(withUndecided, "document 1.docx", { ...render, format: "stylish", neutral: ["Person A"] }) as RenderedRedact;
    expect(stylish.stdout).toBe("in/note.docx → note.docx: 4 changes (a neutral name: the input's name holds a name redacted as Person A)\n");
  });

  test("an error or a failed verification is not rendered: the main thread reports it with the bundle's names redacted", () => {
    const failed: RedactOutcome = { ...verified, verified: false, leftovers: ["word/document.xml"] };
    expect(renderRedact(failed, "note.docx", render)).toBe(failed);
    const unread: RedactOutcome = { file: "x", out: "y", error: "This file is empty." };
    expect(renderRedact(unread, "x", render)).toBe(unread);
  });

  test("asBytes hands over each text of a rendered copy", () => {
    const r = renderRedact(verified, "note.docx", render) as RenderedRedact;
    const { result, transfer } = asBytes(r, REDACT_TEXTS);
    expect(new TextDecoder().decode(result.manifest as Uint8Array)).toBe(r.manifest);
    expect(transfer).toHaveLength(REDACT_TEXTS.filter((k) => r[k]).length);
  });
});
