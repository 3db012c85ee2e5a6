import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { readDocx } from "../../src/cli/readers/docx";
import { readBytes } from "../../src/cli/readers";
import { ReaderError, segmentAt } from "../../src/cli/readers/types";
import { cleanPackage } from "../../src/cli/writers/docx";
import { buildDocx, p, runs } from "./helpers/build-docx";

const FIX = join(__dirname, "..", "fixtures", "docx");
const fx = (name: string) => readFileSync(join(FIX, name));

describe("docx reader on real files (test/fixtures/SOURCES.md)", () => {
  test("hidden text (w:vanish) is read and marked hidden", () => {
    const r = readDocx(fx("oxpt-HC019-Hidden-Run.docx"));
    const at = r.text.indexOf("When you click Online Video");
    expect(at).toBeGreaterThan(0);
    expect(segmentAt(r.segments, at)?.hidden).toBe(true);
    expect(segmentAt(r.segments, 0)?.hidden).toBeUndefined();
  });

  test("a text box stored twice (DrawingML and VML fallback) is read once", () => {
    const r = readDocx(fx("oxpt-WC066-Textbox-Before-Ins-Mod.docx"));
    expect(r.text.split("This is a test.").length - 1).toBe(1);
    const box = readDocx(fx("mammoth-text-box.docx"));
    expect(box.text.split("Datum plane").length - 1).toBe(1);
  });

  test("footnotes, endnotes, headers and footers are parts of their own; separators add nothing", () => {
    const r = readDocx(fx("poi-Bug54849.docx"));
    expect(r.text).toContain("This is a header header_rich_text");
    expect(r.text).toContain("Footer_rich_text");
    expect(r.text).toMatch(/\n\n ?Footnote_sdt/);
    expect(r.text).toMatch(/\n\n ?Endnote Endnote_sdt/);
    expect(segmentAt(r.segments, r.text.indexOf("Footnote_sdt"))?.location).toMatch(/^footnotes, paragraph \d+$/);
    expect(segmentAt(r.segments, r.text.indexOf("header_rich_text"))?.location).toMatch(/^header/);
  });

  test("tracked deletions are read where they sit and marked deleted; the redaction clean-up removes them", () => {
    const r = readDocx(fx("oxpt-RP050-Deleted-Footnote.docx"));
    const at = r.text.indexOf("This is a test.");
    expect(segmentAt(r.segments, at)?.deleted).toBe(true);
    const clean = readDocx(fx("oxpt-RP050-Deleted-Footnote.docx"), "x", cleanPackage);
    expect(clean.text).not.toContain("This is a test.");
    const moved = readDocx(fx("poi-Tika-792.docx"), "x", cleanPackage);
    expect(moved.text).not.toContain("s.");
  });

  test("comments are read as a part; the redaction clean-up removes them and their part", () => {
    const r = readDocx(fx("pydocx-comments-rich-para.docx"));
    expect(segmentAt(r.segments, r.text.indexOf("Text with hyperlink"))?.location).toMatch(/^comments/);
    const clean = readDocx(fx("pydocx-comments-rich-para.docx"), "x", cleanPackage);
    expect(clean.text).not.toContain("Text with hyperlink");
    expect(Object.keys(clean.model.packages[0].entries).some((n) => /comments/.test(n))).toBe(false);
  });

  test("core properties are lines of their own; the clean-up empties author fields", () => {
    const r = readDocx(fx("pydocx-doc-coreprops.docx"));
    expect(r.text).toContain("Author: Steve Canny");
    expect(segmentAt(r.segments, r.text.indexOf("Steve Canny"))?.location).toBe("document properties (Author)");
    const clean = readDocx(fx("pydocx-doc-coreprops.docx"), "x", cleanPackage);
    expect(clean.text).not.toContain("Steve Canny");
    expect(clean.text).toContain("Title: Title");
  });

  test("an altChunk (a whole .docx inside) is read as an embedded document", () => {
    const r = readDocx(fx("oxpt-CA009-altChunk.docx"));
    expect(r.text).toContain("This is the first paragraph in inserted content.");
    expect(segmentAt(r.segments, r.text.indexOf("inserted content."))?.location).toMatch(/^embedded document: body/);
  });

  test("Strict Open XML is read", () => {
    expect(readDocx(fx("mammoth-strict-format.docx")).text).toMatch(/^Test\n/);
  });
});

describe("docx reader on built files", () => {
  test("paragraphs end with a newline, runs join, tabs and breaks are kept, field codes left out", () => {
    const bytes = buildDocx({
      body:
        runs("Visit to ", "Keeley", " at home.") +
        `<w:p><w:r><w:t>a</w:t></w:r><w:r><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>` +
        `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
        `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell 1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cell 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
      header: p("Header line"),
    });
    const r = readDocx(bytes);
    expect(r.text).toBe("Visit to Keeley at home.\na\tb\nc\n7\ncell 1\ncell 2\n\nHeader line");
    // Every segment maps back to its node's text.
    for (const s of r.segments) {
      const node = r.model.nodes[s.node!];
      expect(node.text.slice(s.nodeOffset!, s.nodeOffset! + s.end - s.start)).toBe(r.text.slice(s.start, s.end));
    }
    expect(segmentAt(r.segments, r.text.indexOf("cell 2"))?.location).toBe("body, paragraph 5");
  });

  test("entities are decoded", () => {
    expect(readDocx(buildDocx({ body: p("Tom & Jerry <3") })).text).toBe("Tom & Jerry <3");
  });
});

describe("bad files give a typed error with one plain sentence", () => {
  test.each([
    ["bad/poi-bug53475-password-is-pass.docx", "encrypted", /password-protected/],
    ["bad/poi-truncated62886.docx", "truncated", /damaged or incomplete/],
  ])("%s", (name, kind, message) => {
    let err: unknown;
    try {
      readDocx(fx(name));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReaderError);
    expect((err as ReaderError).kind).toBe(kind);
    expect((err as ReaderError).message).toMatch(message);
    expect((err as ReaderError).message.split(/\.\s/).length).toBe(1);
  });

  test("a fuzzed package whose theme fails its check still reads its document", () => {
    expect(readDocx(fx("bad/poi-clusterfuzz-6733884933668864.docx")).text).toContain("Content control");
  });

  test.each([
    ["empty", new Uint8Array(0), "empty"],
    ["not a zip", Buffer.from("hello, this is text"), "corrupt"],
    ["a zip cut short", buildDocx({ body: p("x") }).slice(0, 60), "truncated"],
    ["a zip without a document", zipSync({ "a.txt": strToU8("x") }), "unsupported"],
    ["an old .doc", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), "unsupported"],
  ])("%s", async (_name, bytes, kind) => {
    await expect(readBytes(bytes as Uint8Array, "x.docx")).rejects.toMatchObject({ name: "ReaderError", kind });
  });

  // A bundle's files are read by extension; one saved under the wrong one says what it looks like.
  test.each([
    [
      "a Word document named .pdf",
      buildDocx({ body: p("x") }),
      "x.pdf",
      "it looks like a Word document (.docx) or another zip package: if it is a Word document, rename it to .docx.",
    ],
    ["a PDF named .docx", Buffer.from("%PDF-1.7\n%\u00e2\n1 0 obj\n", "latin1"), "x.docx", "it looks like a PDF: rename it to .pdf."],
    ["a PDF named .txt", Buffer.from("%PDF-1.7\n\u0000\u0001", "latin1"), "x.txt", "it looks like a PDF: rename it to .pdf."],
    ["text named .pdf", Buffer.from("hello"), "x.pdf", /^This file is not a PDF file\.$/],
  ])("%s", async (_name, bytes, name, message) => {
    await expect(readBytes(bytes as Uint8Array, name)).rejects.toMatchObject({
      name: "ReaderError",
      message: typeof message === "string" ? expect.stringContaining(message) : expect.stringMatching(message),
    });
  });
});
