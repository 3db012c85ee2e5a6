// The report's list of what default deny removed from a .docx copy, in words a records officer reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { denyByDefault, removedPhrase } from "../../src/cli/writers/docx-deny";

test("one kind of removed content is named once, with its count after it, never '1 the glossary' or '1 embedded objects'", () => {
  expect(removedPhrase("the glossary (building blocks)", 1)).toBe("the glossary (building blocks)");
  expect(removedPhrase("embedded objects", 1)).toBe("embedded objects (1)");
  expect(removedPhrase("custom XML data", 4)).toBe("custom XML data (4)");
});

test("a real Word file's removed parts read as a list (Apache POI's Bug54849: custom XML data and a glossary)", () => {
  const entries = unzipSync(readFileSync(join(__dirname, "..", "fixtures", "docx", "poi-Bug54849.docx")));
  const removed: string[] = [];
  denyByDefault(entries, removed);
  expect(removed).toEqual(expect.arrayContaining(["custom XML data (1)", "the glossary (building blocks)"]));
  expect(removed.join(", ")).not.toMatch(/\b1 the\b|^\d|, \d/);
});
