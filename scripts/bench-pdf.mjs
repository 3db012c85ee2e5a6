#!/usr/bin/env node
// PDF benchmark: generates PDFs of generated case recording (fictional; 10-point text, about 500 words
// a page) with MuPDF, then checks and redacts them with the built CLI on all cores; then one large PDF
// (300 pages: a court bundle) alone, since a single file is redacted by one thread and its cost must
// grow with its pages, no faster. Ends with one JSON line: {"pdfPages", "checkPagesPerSecond",
// "redactPagesPerSecond", "largePages", "largeCheckPagesPerSecond", "largeRedactPagesPerSecond",
// "peakRssMB", "workers"}. The redaction includes writing each copy and verifying it independently.
//
//   npm run build && node scripts/bench-pdf.mjs [--documents 20] [--pages 50] [--large 300] [--jobs N] [--keep]
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { BENCH_PROFILE } from "./make-bench-text.mjs";
import { benchFolder, loadCli, numberOption, peakRssMB, r1, requireFromRoot, timeCli } from "./lib/bench-cli.mjs";
import { makeBenchPdf } from "./lib/make-bench-pdf.mjs";

const main = loadCli();
const mupdf = await import(pathToFileURL(requireFromRoot.resolve("mupdf")).href);
const args = process.argv.slice(2);
const documents = numberOption(args, "--documents", 20);
const pagesPerDoc = numberOption(args, "--pages", 50);
const largePages = numberOption(args, "--large", 300);
const jobs = numberOption(args, "--jobs");

/** Generates `count` PDFs of `pages` pages, checks and redacts them: seconds for each. */
async function run(prefix, count, pages, seed) {
  const { dir, input, out } = benchFolder(prefix);
  const t0 = performance.now();
  for (let i = 0; i < count; i++) writeFileSync(join(input, `bundle-${String(i).padStart(3, "0")}.pdf`), makeBenchPdf(mupdf, pages, seed + i));
  const profile = join(dir, "profile.json");
  writeFileSync(profile, JSON.stringify(BENCH_PROFILE));
  const genSeconds = (performance.now() - t0) / 1000;
  const check = await timeCli(main, ["check", "--format", "json", "--jobs", String(jobs), "--profile", profile, input]);
  const redact = await timeCli(main, ["redact", "--format", "json", "--jobs", String(jobs), "--profile", profile, "--out", out, input]);
  if (!args.includes("--keep")) rmSync(dir, { recursive: true, force: true });
  console.error(
    `generated ${count} PDF${count === 1 ? "" : "s"} of ${pages} pages in ${r1(genSeconds)} s; check ${r1(check.seconds)} s (exit ${check.code}), redact ${r1(redact.seconds)} s (exit ${redact.code})${args.includes("--keep") ? ` (kept in ${dir})` : ""}`,
  );
  return { check, redact, pages: count * pages };
}

const bundle = await run("clear-record-pdf-bench-", documents, pagesPerDoc, 2000);
const large = largePages > 0 ? await run("clear-record-pdf-large-", 1, largePages, 3000) : undefined;
console.error(`${jobs} worker threads`);
console.log(
  JSON.stringify({
    pdfPages: bundle.pages,
    checkPagesPerSecond: r1(bundle.pages / bundle.check.seconds),
    redactPagesPerSecond: r1(bundle.pages / bundle.redact.seconds),
    ...(large ? { largePages, largeCheckPagesPerSecond: r1(largePages / large.check.seconds), largeRedactPagesPerSecond: r1(largePages / large.redact.seconds) } : {}),
    peakRssMB: peakRssMB(),
    workers: jobs,
  }),
);
if ([bundle, large].some((r) => r && (r.check.code === 2 || r.redact.code === 2))) process.exitCode = 1;
