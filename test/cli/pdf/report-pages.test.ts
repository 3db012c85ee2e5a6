// The HTML report's tables by page (formatters/pages.ts): built from locations and log rows only.
import { formatHtmlReport } from "../../../src/cli/formatters/html";
import { findingsByPage, pageOf, redactionsByPage } from "../../../src/cli/formatters/pages";
import type { CheckOutcome, LogRow } from "../../../src/cli/bulk/jobs";
import type { Finding } from "../../../src/engine/types";

const finding = (category: Finding["category"], text: string): Finding => ({
  ruleId: "r",
  category,
  start: 0,
  end: text.length,
  text,
  message: "m",
  severity: "warning",
  confidence: 1,
});

const checked: CheckOutcome = {
  file: "bundle.pdf",
  format: "pdf",
  report: {
    findings: [
      finding("other-child", "Tyler Brown"),
      finding("identifier", "07700 900871"),
      finding("other-child", "Tyler"),
      finding("jargon", "LAC"),
      finding("other-child", "Tyler Brown"),
    ],
  } as CheckOutcome["report"],
  placed: [
    { location: "page 12 (B3), line 4", before: "", after: "" },
    { location: "page 12 (B3), line 9", before: "", after: "" },
    { location: "page 2, line 1", before: "", after: "" },
    { location: "page 2, comment 1", before: "", after: "" },
    { location: "document information, Author", before: "", after: "" },
  ],
  notes: ["not checked: page 7 is an image (no text layer); redacted copies leave it blank"],
};

test("page of a location", () => {
  expect(pageOf("page 214 (B12), line 12")).toBe("page 214 (B12)");
  expect(pageOf("page 3, comment 1 author")).toBe("page 3");
  expect(pageOf("page 3")).toBe("page 3");
  expect(pageOf("bookmark 2")).toBeUndefined();
  expect(pageOf("paragraph 4")).toBeUndefined();
});

test("findings by page: counts by category in page order, unchecked pages shown, the rest last; never the text", () => {
  const html = findingsByPage(checked);
  const rows = [...html.matchAll(/<tr><td>(.*?)<\/td>((?:<td class="n">\d+<\/td>)+)<\/tr>/g)].map((m) => [m[1], [...m[2].matchAll(/\d+/g)].map((d) => Number(d[0]))]);
  expect(rows).toEqual([
    ["page 2", [1, 0, 1, 0, 0, 2]],
    ['page 7 <span class="bad">(not checked: see the notes)</span>', [0, 0, 0, 0, 0, 0]],
    ["page 12 (B3)", [1, 1, 0, 0, 0, 2]],
    ["not on a page (document information, bookmarks, comments, form fields, attachments…)", [1, 0, 0, 0, 0, 1]],
  ]);
  expect(html).not.toMatch(/Tyler|07700/);
  // A document without pages gets no table.
  expect(findingsByPage({ ...checked, format: "docx", placed: checked.placed!.map((p) => ({ ...p, location: "paragraph 1" })), notes: [] })).toBe("");
});

test("redactions by page: per document, by category and by label; never the redacted text", () => {
  const log: LogRow[] = [
    { document: "a.pdf", location: "page 3, line 2", category: "other-child", reason: "another child", pseudonym: "Child A" },
    { document: "a.pdf", location: "page 3, line 5", category: "other-child", reason: "another child", pseudonym: "Child A" },
    { document: "a.pdf", location: "page 1, line 1", category: "identifier", reason: "a phone number", pseudonym: "[phone number]" },
    { document: "a.pdf", location: "bookmark 2", category: "other-child", reason: "another child", pseudonym: "Child A" },
    { document: "b.docx", location: "paragraph 3", category: "other-child", reason: "another child", pseudonym: "Child B" },
  ];
  const html = redactionsByPage(log);
  expect(html).toContain("<h3>a.pdf</h3>");
  expect(html).not.toContain("b.docx");
  const rows = [...html.matchAll(/<tr><td>(.*?)<\/td>(?:<td class="n">\d+<\/td>)+<td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
  expect(rows).toEqual([
    ["page 1", "[phone number]"],
    ["page 3", "Child A ×2"],
    ["not on a page (document information, bookmarks, comments, form fields, attachments…)", "Child A"],
  ]);
  // In the report, before the log.
  const report = formatHtmlReport({ title: "t", generated: "now", redactions: [{ document: "a.pdf", out: "out/a.pdf", changes: 4, verified: true }], log });
  expect(report.indexOf("Redactions by page")).toBeGreaterThan(0);
  expect(report.indexOf("Redactions by page")).toBeLessThan(report.indexOf("Redaction log"));
});
