// PDF in `check` and `redact`, through the built CLI (mupdf is an ES module with top-level await,
// which jest's CommonJS runtime cannot import). The PDFs are made here: one by MuPDF with text in every
// place a PDF can hide it (make-pdf.mjs), others by LibreOffice from .docx files, the real fixtures in
// ../shared included. What survives is judged by tools that are not MuPDF: poppler's pdftotext and
// pdfinfo, and a raw search of every decompressed stream. Tests needing soffice or pdftotext are
// skipped with a message when they are missing (CI installs both: .ci/run).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { pageName, xmpText } from "../../../src/cli/readers/pdf";
import { buildDocx, p } from "../helpers/build-docx";
import { expectLinear } from "../../helpers/scaling";

const root = join(__dirname, "..", "..", "..");
const bin = join(root, "bin", "clear-record.js");
const works = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return !r.error;
};
const soffice = ["soffice", "libreoffice"].find((c) => spawnSync(c, ["--version"], { encoding: "utf8" }).status === 0);
const poppler = works("pdftotext", ["-v"]) && works("pdfinfo", ["-v"]);
const sharedDocx = [process.env.CLEAR_RECORD_SHARED, join(root, "..", "shared"), join(root, "..", "..", "shared")]
  .filter((d): d is string => !!d)
  .map((d) => join(d, "fixtures", "docx"))
  .find((d) => existsSync(d));

const dir = mkdtempSync(join(tmpdir(), "clear-record-pdf-"));
const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir, timeout: 120000 });
/** Runs a snippet against the compiled modules (dist/), printing JSON. */
const node = (code: string) => JSON.parse(execFileSync(process.execPath, ["-e", code], { encoding: "utf8", cwd: root, timeout: 120000 }));
// Poppler's own warnings about the input ("Syntax Error: …") are not wanted in the test output.
const QUIET = { encoding: "utf8" as const, stdio: ["ignore", "pipe", "ignore"] as ("ignore" | "pipe")[] };
const pdftotext = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], QUIET);

/** Every stream of the file decompressed (Flate) or raw, and the bytes between them, as Latin-1 text. */
function rawText(file: string): string {
  const bytes = readFileSync(file);
  const parts: string[] = [bytes.toString("latin1")];
  const s = bytes.toString("latin1");
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const start = m.index + m[0].length;
    const end = s.indexOf("endstream", start);
    if (end < 0) break;
    const data = bytes.subarray(start, end);
    try {
      parts.push(inflateSync(data).toString("latin1"));
    } catch {
      try {
        parts.push(inflateSync(data.subarray(0, data.length - 1)).toString("latin1"));
      } catch {
        /* not Flate: searched raw above */
      }
    }
    re.lastIndex = end;
  }
  return parts.join("\n");
}

const PROFILE = join(dir, "profile.json");
const GEN = join(dir, "in", "record.pdf");

beforeAll(() => {
  // Other people's work in progress may fail to typecheck; tsc still emits, so only the output matters.
  try {
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "ignore" });
  } catch {
    /* checked below */
  }
  expect(existsSync(join(root, "dist", "src", "cli", "readers", "pdf.js"))).toBe(true);
  mkdirSync(join(dir, "in"), { recursive: true });
  execFileSync(process.execPath, [join(__dirname, "make-pdf.mjs"), GEN], { cwd: root });
  writeFileSync(PROFILE, JSON.stringify({ subject: { name: "Amelia Hughes", pronouns: "she/her" } }));
}, 180000);

test("XMP values and page names", () => {
  expect(xmpText(`<x:xmpmeta><rdf:li>Tyler &amp; Co</rdf:li><d rdf:about="" pdf:Producer="Writer"/></x:xmpmeta>`)).toEqual(["Tyler & Co", "Writer"]);
  expect(pageName({ number: 214, label: "B12", lines: [], blockStarts: [], images: [], bounds: [0, 0, 1, 1] })).toBe("page 214 (B12)");
  expect(pageName({ number: 3, label: "Tyler Brown's letter", lines: [], blockStarts: [], images: [], bounds: [0, 0, 1, 1] })).toBe("page 3");
});

test("check reads every place a PDF holds text, by page and line, and says a scanned page was not checked", () => {
  const r = cli(["check", "--format", "json", "--profile", PROFILE, GEN]);
  expect(r.stderr).toBe("");
  const out = JSON.parse(r.stdout.trim());
  expect(out.format).toBe("pdf");
  const where = (text: string) => out.findings.map((f: { text: string }, i: number) => (f.text === text ? out.locations[i] : undefined)).filter(Boolean);
  const tyler = where("Tyler Brown");
  // Page text (visible, invisible and off the page), metadata, bookmark, comment, form field, attachment.
  for (const loc of [
    "page 1, line 2",
    "page 4, line 1",
    "page 1, line 5",
    "page 1, line 6",
    "document information, Author",
    "bookmark 2",
    "page 2, comment 1",
    "form field 1 value",
    "embedded file 1, text",
  ]) {
    expect(tyler).toContain(loc);
  }
  expect(where("tyler.brown@example.org")).toContain("page 2, link 1");
  expect(where("07700 900871")).toContain("page 1, line 3");
  expect(out.notes).toContain("not checked: page 3 is an image (no text layer); redacted copies leave it blank");
  // The HTML report gives the findings page by page, the scanned page marked as not checked.
  expect(cli(["check", "--profile", PROFILE, "--report", join(dir, "check.html"), GEN]).status).toBe(1);
  const report = readFileSync(join(dir, "check.html"), "utf8");
  expect(report).toContain("Findings by page");
  expect(report).toMatch(/<tr><td>page 1<\/td><td class="n">[1-9]\d*<\/td><td class="n">1<\/td>/);
  expect(report).toContain('<tr><td>page 3 <span class="bad">(not checked: see the notes)</span></td>');
  // The subject is not a finding.
  expect(out.findings.some((f: { text: string }) => /Amelia/.test(f.text))).toBe(false);
});

(poppler ? test : test.skip)(
  "redact removes the text under each box and every other place it was, keeps the subject's text, and passes its verification",
  () => {
    const out = join(dir, "out-gen");
    // The original holds the names where poppler sees them: the checks below can fail.
    expect(pdftotext(GEN)).toMatch(/Tyler Brown/);
    expect(execFileSync("pdfinfo", [GEN], QUIET)).toMatch(/Author:\s+Tyler Brown/);
    const r = cli(["redact", "--profile", PROFILE, "--out", out, "--report", join(dir, "gen.html"), join(dir, "in")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const copy = join(out, "record.pdf");
    expect(existsSync(copy)).toBe(true);
    const text = pdftotext(copy);
    expect(text).toContain("Home visit to Amelia Hughes on 3 March.");
    expect(text).toMatch(/Amelia was in the living room with her cousin\s+Child A\s+\(7\)\./);
    expect(text).toMatch(/Mum's mobile is\s+\[phone number\]\s+and she says Amelia is sleeping well\./);
    expect(text).toContain("[page not checked: image removed]");
    expect(text).not.toMatch(/tyler|brown|07700|900871/i);
    expect(rawText(copy)).not.toMatch(/tyler|brown|07700\s*900871|900871/i);
    const info = execFileSync("pdfinfo", [copy], QUIET);
    expect(info).not.toMatch(/^(Title|Author|Subject):/m);
    expect(info).toMatch(/Form:\s+none/);
    expect(info).toMatch(/Metadata Stream:\s+no/);
    expect(info).toMatch(/Pages:\s+4/);
    expect(text).toMatch(/Amelia's cousin\s+Child A\s+came to the review\./);
    expect(execFileSync("pdfdetach", ["-list", copy], QUIET)).toMatch(/^0 embedded files/);
    expect(execFileSync("pdfimages", ["-list", copy], QUIET).trim().split("\n")).toHaveLength(2); // the header only
    // The bookmarks stay, with their titles redacted (MuPDF writes them as plain strings).
    expect(rawText(copy)).toContain("Visit (Amelia)".replace(/[()]/g, "\\$&"));
    expect(rawText(copy)).toContain("Child A's school");
    // The log and the report never hold the redacted text.
    const log = readFileSync(join(out, "redaction-log.csv"), "utf8");
    expect(log).toContain("page 1, line 2");
    expect(r.stdout + r.stderr).not.toMatch(/tyler|brown|900871/i);
    expect(log).not.toMatch(/tyler|brown|900871/i);
    const report = readFileSync(join(dir, "gen.html"), "utf8");
    expect(report).not.toMatch(/tyler|brown|900871/i);
    // What was redacted on each page, by label.
    expect(report).toContain("Redactions by page");
    expect(report).toMatch(/<tr><td>page 1<\/td>(<td class="n">\d+<\/td>)+<td>\[phone number\], Child A ×\d+<\/td><\/tr>/);
    expect(report).toMatch(/<tr><td>page 4<\/td>(<td class="n">\d+<\/td>)+<td>Child A ×2<\/td><\/tr>/);
  },
  180000,
);

test("the verifier refuses a copy that still holds a redacted string, and a copy with parts redaction removes", () => {
  const problems = node(
    `require("./dist/src/cli/writers/pdf-verify.js").verifyPdf(require("fs").readFileSync(${JSON.stringify(GEN)}), ["Tyler Brown", "07700 900871"]).then((p) => console.log(JSON.stringify(p)))`.replace(
      /^/,
      "",
    ),
  ) as string[];
  expect(problems).toEqual(
    expect.arrayContaining([
      "page 1 text",
      "page 3 (an image was left in)",
      "page 2 (annotations were left in)",
      "document AcroForm (should have been removed)",
      "document Metadata (should have been removed)",
    ]),
  );
});

test("a .pdf that is not a PDF, or has a password, is reported and the others are still checked", () => {
  writeFileSync(join(dir, "not.pdf"), "hello");
  const enc = join(dir, "locked.pdf");
  node(
    `(async () => { const m = await require("./dist/src/cli/readers/pdf.js").loadMupdf(); const d = new m.PDFDocument(require("fs").readFileSync(${JSON.stringify(GEN)})); require("fs").writeFileSync(${JSON.stringify(enc)}, d.saveToBuffer("encrypt=aes-256,user-password=secret,owner-password=other").asUint8Array()); console.log("1"); })()`,
  );
  const r = cli(["check", "--format", "json", "--profile", PROFILE, join(dir, "not.pdf"), enc, GEN]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("not.pdf: This file is not a PDF file.");
  expect(r.stderr).toContain("locked.pdf: This file is password-protected; remove the password and try again.");
  expect(r.stdout.trim().split("\n")).toHaveLength(3);
});

/** Converts .docx files to PDF with LibreOffice (comments exported as annotations, bookmarks on). */
function toPdf(files: string[], outDir: string): void {
  const filter = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}';
  const r = spawnSync(soffice as string, ["--headless", `-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--convert-to", filter, "--outdir", outDir, ...files], {
    encoding: "utf8",
    timeout: 240000,
  });
  expect(r.status).toBe(0);
}

(soffice && poppler ? test : test.skip)(
  "a Word record exported by LibreOffice (comment, author): the names go from the page, the comment and the properties",
  () => {
    const src = join(dir, "lo-src");
    const pdfs = join(dir, "lo-pdf");
    mkdirSync(src, { recursive: true });
    writeFileSync(
      join(src, "visit.docx"),
      buildDocx({
        body:
          p("Visit to Amelia Hughes at home.") +
          `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">Amelia played with her cousin Tyler Brown (7) in the garden.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>` +
          p("Tyler's mum can be reached on 07700 900456.") +
          p("Amelia said she felt happy at school."),
        comments: `<w:comment w:id="0" w:author="Reviewer" w:initials="R"><w:p><w:r><w:t>Ask Tyler Brown's carer.</w:t></w:r></w:p></w:comment>`,
        core: { creator: "Tyler Brown", title: "Visit record" },
      }),
    );
    toPdf([join(src, "visit.docx")], pdfs);
    const input = join(pdfs, "visit.pdf");
    expect(pdftotext(input)).toMatch(/Tyler Brown/);
    const read = node(
      `require("./dist/src/cli/readers/pdf.js").readPdf(require("fs").readFileSync(${JSON.stringify(input)}), "This file").then((r) => console.log(JSON.stringify(r)))`,
    );
    expect(read.text).toContain("Ask Tyler Brown's carer.");
    expect(read.segments.some((s: { location: string }) => s.location === "document information, Author")).toBe(true);
    const out = join(dir, "lo-out");
    const r = cli(["redact", "--profile", PROFILE, "--out", out, pdfs]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const copy = join(out, "visit.pdf");
    const text = pdftotext(copy);
    expect(text).toContain("Visit to Amelia Hughes at home.");
    expect(text).toContain("Amelia said she felt happy at school.");
    expect(text).toContain("Child A");
    expect(text).toContain("[phone number]");
    expect(text).not.toMatch(/tyler|brown|900456/i);
    expect(rawText(copy)).not.toMatch(/tyler|brown|900456/i);
    expect(execFileSync("pdfinfo", [copy], QUIET)).not.toMatch(/Tyler/);
    // Embedded fonts keep their programs but not the names the producer gave them.
    const fontNames = (file: string) =>
      execFileSync("pdffonts", [file], QUIET)
        .split("\n")
        .slice(2)
        .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ""))
        .filter(Boolean);
    const before = fontNames(input);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((n) => !/^Font\d+$/.test(n))).toBe(true);
    expect(fontNames(copy)).toEqual(expect.arrayContaining([expect.stringMatching(/^Font\d+$/)]));
    for (const n of before) expect(fontNames(copy)).not.toContain(n);
  },
  300000,
);

(soffice && poppler && sharedDocx ? test : test.skip)(
  "the real .docx fixtures as PDF: read (comments, properties), redacted and verified",
  () => {
    const names = ["pydocx-comments-rich-para.docx", "pydocx-doc-coreprops.docx", "oxpt-HC031-Complicated-Document.docx", "poi-form_footnotes.docx"].filter((n) =>
      existsSync(join(sharedDocx as string, n)),
    );
    expect(names.length).toBeGreaterThan(1);
    const src = join(dir, "real-src");
    const pdfs = join(dir, "real-pdf");
    mkdirSync(src, { recursive: true });
    for (const n of names) copyFileSync(join(sharedDocx as string, n), join(src, n));
    toPdf(
      names.map((n) => join(src, n)),
      pdfs,
    );
    expect(readdirSync(pdfs).filter((f) => f.endsWith(".pdf"))).toHaveLength(names.length);
    // The comments' text and the author are read.
    const comments = node(
      `require("./dist/src/cli/readers/pdf.js").readPdf(require("fs").readFileSync(${JSON.stringify(join(pdfs, "pydocx-comments-rich-para.pdf"))}), "This file").then((r) => console.log(JSON.stringify(r)))`,
    );
    expect(comments.text).toContain("Paragraph with Heading 2 paragraph style.");
    expect(comments.segments.some((s: { location: string }) => /^page 1, comment \d+$/.test(s.location))).toBe(true);
    // The fixture's author, given as a child to redact: gone from the properties, the comments and the pages.
    const profile = join(dir, "real-profile.json");
    writeFileSync(profile, JSON.stringify({ subject: { name: "Amelia Hughes" }, otherChildren: ["Steve Canny"] }));
    expect(execFileSync("pdfinfo", [join(pdfs, "pydocx-doc-coreprops.pdf")], QUIET)).toMatch(/Steve Canny/);
    const out = join(dir, "real-out");
    // The default, --undecided redact: words of the Portuguese form ("Consulta", "Tipo", "PAGE") are put to
    // review and redacted; they recur in the PDF's own names ("/Type /Page"), which are not text.
    const r = cli(["redact", "--profile", profile, "--out", out, pdfs]);
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.status);
    for (const n of names) {
      const copy = join(out, n.replace(/\.docx$/, ".pdf"));
      expect(existsSync(copy)).toBe(true);
      expect(rawText(copy)).not.toMatch(/Steve Canny/i);
      expect(execFileSync("pdfinfo", [copy], QUIET)).not.toMatch(/Steve Canny/);
    }
    expect(pdftotext(join(out, "pydocx-comments-rich-para.pdf"))).toContain("Other text worthy of note.");
    // The people put to review are redacted by label, in the page text and everywhere else.
    const form = join(out, "poi-form_footnotes.pdf");
    if (existsSync(form)) {
      expect(pdftotext(join(pdfs, "poi-form_footnotes.pdf"))).toMatch(/Consulta/);
      expect(pdftotext(form)).toMatch(/Person [A-Z]/);
      expect(rawText(form)).not.toMatch(/Consulta/);
    }
    expect(readFileSync(join(out, "redaction-log.csv"), "utf8")).not.toMatch(/Steve|Canny|Consulta/);
  },
  300000,
);

test("checking and redacting a PDF grows linearly with its pages (10, 20, 40 pages)", () => {
  // The work runs in a worker (mupdf is an ES module) while this thread waits, so each call is synchronous.
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(join(__dirname, "scaling-worker.mjs"), { workerData: { root, signal, port: port2, dir: join(dir, "growth") }, transferList: [port2] });
  worker.unref();
  const call = (message: { pages: number; generateOnly?: boolean }) => {
    Atomics.store(signal, 0, 0);
    if (message.pages) port1.postMessage(message);
    expect(Atomics.wait(signal, 0, 0, 300000)).not.toBe("timed-out");
    return message.pages ? (receiveMessageOnPort(port1)?.message as { error?: string; verified?: boolean; changes?: number; findings?: number; leftovers?: string[] }) : undefined;
  };
  try {
    call({ pages: 0 }); // the worker has loaded
    for (const pages of [10, 20, 40]) call({ pages, generateOnly: true });
    const seen: Record<number, ReturnType<typeof call>> = {};
    const work = (pages: number) => void (seen[pages] = call({ pages }));
    expectLinear(work, 10, 2, 4, 1);
    expectLinear(work, 20, 2, 4, 1);
    // Each run really checked and redacted, and its copy passed the verification.
    for (const pages of [10, 20, 40]) {
      expect(seen[pages]).toMatchObject({ verified: true });
      expect(seen[pages]?.error).toBeUndefined();
      expect(seen[pages]?.changes).toBeGreaterThan(pages);
    }
  } finally {
    void worker.terminate();
    port1.close();
  }
}, 600000);

if (!soffice) test("LibreOffice PDF tests (skipped: soffice is not installed)", () => console.log("soffice not found: the PDFs made by LibreOffice were not tested"));
if (!poppler) test("poppler tests (skipped: pdftotext is not installed)", () => console.log("pdftotext not found: redacted PDFs were not checked with an independent extractor"));
if (!sharedDocx) test("real fixtures (skipped: ../shared is not beside the repository)", () => console.log("../shared/fixtures/docx not found"));
