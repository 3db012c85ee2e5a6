#!/usr/bin/env node
// PDF benchmark: generates PDFs of generated case recording (fictional; 10-point text, about 500 words
// a page) with MuPDF, then checks and redacts them with the built CLI on all cores, and ends with one
// JSON line: {"pdfPages": …, "checkPagesPerSecond": …, "redactPagesPerSecond": …, "peakRssMB": …}.
// The redaction includes writing each copy and verifying it independently.
//
//   npm run build && node scripts/bench-pdf.mjs [--documents 20] [--pages 50] [--jobs N] [--keep]
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { makeBenchText, BENCH_PROFILE } from "./make-bench-text.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { main } = require(join(root, "dist", "src", "cli", "main.js"));
const mupdf = await import(pathToFileURL(require.resolve("mupdf")).href);
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const documents = opt("--documents", 20);
const pagesPerDoc = opt("--pages", 50);
const jobs = opt("--jobs", availableParallelism());
const LINES_PER_PAGE = 56;
const CHARS_PER_LINE = 100;

/** Wraps the text into page lines (paragraphs separated by an empty line). */
function pageLines(text) {
  const out = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > CHARS_PER_LINE) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
    out.push("");
  }
  return out;
}
const pdfString = (s) => "(" + [...s].map((c) => (c.charCodeAt(0) > 126 ? "?" : c)).join("").replace(/[()\\]/g, (c) => "\\" + c) + ")";

function makePdf(seed) {
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font("Helvetica"), "Latin");
  const lines = pageLines(makeBenchText(pagesPerDoc * 500, seed));
  for (let p = 0; p < pagesPerDoc; p++) {
    const rows = lines.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE);
    const content = rows.map((t, i) => `BT /F1 10 Tf 50 ${800 - i * 13} Td ${pdfString(t)} Tj ET`).join("\n");
    const res = doc.newDictionary();
    const fonts = doc.newDictionary();
    fonts.put("F1", font);
    res.put("Font", fonts);
    doc.insertPage(-1, doc.addPage([0, 0, 595, 842], 0, res, content));
  }
  return doc.saveToBuffer("compress").asUint8Array();
}

const dir = mkdtempSync(join(tmpdir(), "clear-record-pdf-bench-"));
const input = join(dir, "in");
const out = join(dir, "out");
mkdirSync(input);
const t0 = performance.now();
for (let i = 0; i < documents; i++) writeFileSync(join(input, `bundle-${String(i).padStart(3, "0")}.pdf`), makePdf(2000 + i));
writeFileSync(join(dir, "profile.json"), JSON.stringify(BENCH_PROFILE));
const genSeconds = (performance.now() - t0) / 1000;

const quiet = { stdout: () => undefined, stderr: (s) => process.stderr.write(s) };
const time = async (argv) => {
  const start = performance.now();
  const code = await main(argv, quiet);
  return { code, seconds: (performance.now() - start) / 1000 };
};
const check = await time(["check", "--format", "json", "--jobs", String(jobs), "--profile", join(dir, "profile.json"), input]);
const redact = await time(["redact", "--format", "json", "--jobs", String(jobs), "--profile", join(dir, "profile.json"), "--out", out, input]);
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
if (!args.includes("--keep")) rmSync(dir, { recursive: true, force: true });
const pages = documents * pagesPerDoc;
const r1 = (x) => Math.round(x * 10) / 10;
console.error(`generated ${documents} PDFs of ${pagesPerDoc} pages in ${r1(genSeconds)} s; check ${r1(check.seconds)} s (exit ${check.code}), redact ${r1(redact.seconds)} s (exit ${redact.code}), ${jobs} worker threads`);
console.log(JSON.stringify({ pdfPages: pages, checkPagesPerSecond: r1(pages / check.seconds), redactPagesPerSecond: r1(pages / redact.seconds), peakRssMB, workers: jobs }));
if (check.code === 2 || redact.code === 2) process.exitCode = 1;
