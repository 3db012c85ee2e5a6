// A checked file made into the text a bulk check writes (formatters/check-one.ts renderCheck): a worker
// thread sends this instead of the file's report, so the main thread only adds up counts and writes.
import type { CheckOutcome } from "../../src/cli/bulk/jobs";
import { asBytes, isRendered, renderCheck } from "../../src/cli/formatters/check-one";
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
    const { result, transfer } = asBytes(r);
    const decode = (t: unknown) => new TextDecoder().decode(t as Uint8Array);
    expect(decode(result.out)).toBe(r.out);
    expect(decode(result.section)).toBe(r.section);
    expect(result.unreadable).toBe("");
    expect(result.counts).toEqual(r.counts);
    expect(transfer).toHaveLength(3);
    expect(new Set(transfer).size).toBe(3);
  });
});
