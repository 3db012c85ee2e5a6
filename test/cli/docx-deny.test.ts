// The report's list of what default deny removed from a .docx copy, in words a records officer reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync } from "fflate";
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

test("an altChunk that is a whole Word document (here named .dat) is kept for the reader to redact, not blanked as a picture", () => {
  const entries = unzipSync(readFileSync(join(__dirname, "..", "fixtures", "docx", "oxpt-CA009-altChunk.docx")));
  const out = denyByDefault(entries);
  expect(out["word/afchunk2.dat"]).toEqual(entries["word/afchunk2.dat"]);
  expect(Buffer.from(out["word/_rels/document.xml.rels"]).toString()).toContain("afchunk2.dat");
});

test("pictures blanked because their format can hold text are named in the list of what was removed", () => {
  const entries = unzipSync(readFileSync(join(__dirname, "..", "fixtures", "docx", "oxpt-CA009-altChunk.docx")));
  const rels = Buffer.from(entries["word/_rels/document.xml.rels"]).toString();
  entries["word/_rels/document.xml.rels"] = strToU8(
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdPic" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/a.emf"/></Relationships>',
    ),
  );
  entries["word/media/a.emf"] = new Uint8Array([1, 0, 0, 0, 0x20, 0x45, 0x4d, 0x46]);
  const removed: string[] = [];
  const out = denyByDefault(entries, removed);
  expect(out["word/media/a.emf"]).toBeDefined();
  expect(removed.join(", ")).toMatch(/pictures in formats that can hold text/);
});
