import { analyse } from "../../src/engine";
import { splitParagraphs } from "../../src/engine/pipeline";

describe("pipeline", () => {
  it("keeps every finding when one rule reports hundreds of thousands", () => {
    // Spreading a huge array into push() overflows the call stack; the rule's findings were lost.
    const text = "Mobile 07700 900871. ".repeat(150_000);
    const report = analyse(text, { subject: { name: "Amelia Hughes" } });
    expect(report.findings.filter((f) => f.category === "identifier")).toHaveLength(150_000);
  });

  it("sorts findings by position and gives each its text", () => {
    const text = "Her brother Tyler (7) rang from 07700 900871 and said Amelia kicked off.";
    const report = analyse(text, { subject: { name: "Amelia Hughes", pronouns: "she/her" } });
    const starts = report.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of report.findings) expect(f.text).toBe(text.slice(f.start, f.end));
    expect(report.findings.map((f) => f.category)).toEqual(["other-child", "identifier", "judgemental"]);
  });

  it("restricts to the categories asked for", () => {
    const text = "Her brother Tyler (7) rang from 07700 900871.";
    const report = analyse(text, { subject: { name: "Amelia Hughes" } }, { categories: ["identifier"] });
    expect(report.findings.map((f) => f.category)).toEqual(["identifier"]);
  });

  it("splits paragraphs at blank lines, covering every offset", () => {
    const text = "One.\n\nTwo\nlines.\r\n\r\nThree.";
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(["One.", "Two\nlines.", "Three."]);
    expect(splitParagraphs("")).toEqual([{ start: 0, end: 0 }]);
  });
});
