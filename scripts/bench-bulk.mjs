#!/usr/bin/env node
// Bulk benchmark: generates 1,000 .docx files of 2 to 20 pages (about 500 words a page) in a temp
// folder, then checks and redacts them with the built CLI on all cores (worker threads), and ends
// with one JSON line: {"documents": …, "docsPerSecond": …, "peakRssMB": …, …}.
//
//   npm run build && node scripts/bench-bulk.mjs [--documents 1000] [--jobs N] [--keep]
//                                                [--memory 250,1000,2000] [--dense-mb 1] [--phases]
//
// docsPerSecond counts a document once for the check and the redaction together (documents divided
// by the time of both runs); checkDocsPerSecond and redactDocsPerSecond give each alone, and the
// …PerCpuSecond figures the same per CPU-second of the whole process (all threads), which a busy
// machine does not distort. The CLI runs in this process, so peak RSS covers the main thread and
// every worker.
//
// npm run bench:bulk runs it with the V8 flags the CLI starts with (bin/v8-flags.js), as the CLI runs;
// the processes it starts get the same flags.
//
// Two more measures, each in a fresh process of its own (peak RSS is per process):
// - memory: check and redact of bundles of short (2-page) documents, 250, 1,000 and 2,000 by default;
//   peak RSS should be the same for all (nothing kept per document). Beside the peak, the median and
//   95th percentile of RSS sampled every 100 ms (rssP50MB, rssP95MB): the peak is the top of a series
//   that swings by 30-40 MB while the workers' heaps are level (stop 36), so one run's peak is noisy.
// - dense: one record of about 1 MB thick with names, numbers and e-mails, checked and then
//   redacted in one thread; CPU seconds of each (redacting should cost about what checking does).
//
// --phases instead runs the check and the redaction once, in a process of its own under node --cpu-prof,
// and says where each document's CPU time went, per thread kind (check workers, redact workers, the
// main thread): the engine, reading the file, writing and verifying the copy, garbage collection…
// (phaseShares, below). Profiling slows every phase alike; compare the shares, not the rates.
//
// Stop 37 (machine shared, load average 16-25 on 2 cores; one run each): 1,000 documents of 5,504 words on
// average cost 77-83 ms CPU each to check and 58-65 ms to redact. Of the check, the engine is about 75% (GC
// 10%, reading 1%); of the redaction (80 documents) the engine's one analysis 36%, a worker's start 12-14%
// (0.5-1 CPU-s each, the engine's tables built as its modules load: four starts per check and redaction),
// GC 10-13%, verifying 6-7%, writing the copy 5-7%, reading (twice) 5-6%. 40 documents a second on 2
// cores leaves 50 ms CPU a document for both runs; the engine alone takes about 85 (60 checking, 25 planning).
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { strToU8, zipSync } from "fflate";
import { makeBenchText, BENCH_PROFILE } from "./make-bench-text.mjs";
import { benchFolder, loadCli, numberOption, peakRssMB as peakRss, r1, root, timeCli } from "./lib/bench-cli.mjs";

const main = loadCli();
const args = process.argv.slice(2);
const opt = (name, fallback) => numberOption(args, name, fallback);
const documents = opt("--documents", 1000);
const child = args.includes("--child");
const jobs = opt("--jobs");
const WORDS_PER_PAGE = 500;

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const STATIC = {
  "[Content_Types].xml": strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  ),
  "_rels/.rels": strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  ),
};

/** A minimal document.xml: one paragraph per line, headings bold, sentences split into two runs. */
function documentXml(text) {
  const paras = text
    .split("\n")
    .filter((l) => l.trim())
    .map((line, i) => {
      const cut = line.indexOf(" ", Math.floor(line.length / 2));
      const a = cut > 0 ? line.slice(0, cut) : line;
      const b = cut > 0 ? line.slice(cut) : "";
      const bold = line.length < 60 ? "<w:rPr><w:b/></w:rPr>" : "";
      return `<w:p><w:r>${bold}<w:t xml:space="preserve">${esc(a)}</w:t></w:r>${b ? `<w:r w:rsidR="00A${i % 10}"><w:t xml:space="preserve">${esc(b)}</w:t></w:r>` : ""}</w:p>`;
    });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paras.join("")}<w:sectPr/></w:body></w:document>`;
}

// Where a bulk run's time goes, from the V8 CPU profiles of its threads (node --cpu-prof writes one per
// thread, workers included): bench-bulk.mjs --phases. Each sample is put in the phase of the outermost
// function on its stack that names one (the engine's analyse, reading a file, writing the redacted copy,
// the independent verification…), so a phase's time includes what it calls; garbage collection and
// module loading (a worker's start: the engine's tables are built as its modules load) are phases of
// their own. A profile's sample times are wall-clock time of its thread, running or waiting for a core,
// so only the shares are read from it: each share is then put in CPU milliseconds a document with the
// run's measured CPU time (process.cpuUsage: every thread, the main thread's few per cent included).

/** Functions (by name, as the build keeps them) that start a phase. */
const PHASES = [
  ["engine", ["analyse"]],
  ["read", ["readPath"]],
  ["write copy", ["writeRedactedDocx", "writeRedactedEml", "redactPdf"]],
  ["verify", ["verifyCopy", "verifyPdfCopy"]],
  ["plan edits", ["planRedactions", "applyEdits"]],
  ["sweep", ["spellings", "secretsFor", "scrub", "foldedWords"]],
  ["render", ["renderCheck", "renderRedact", "peopleToCheck"]],
  ["hash", ["sha256", "textHash"]],
  ["write file", ["writeHandedBack", "writeVerified"]],
  ["messaging", ["postMessage", "asBytes", "intern"]],
  ["making the bench's documents", ["makeBenchText", "documentXml", "zipSync"]],
];
const byName = new Map(PHASES.flatMap(([phase, names]) => names.map((n) => [n, phase])));
/** What each thread ran, told by the functions on its stacks. */
const KINDS = [
  ["check", ["checkOne"]],
  ["redact", ["planOne", "redactOne"]],
];

/** The profile of one thread: { kind: "check" | "redact" | "main", ms: { phase: sampled ms } }. */
function phasesOfProfile(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The phase of each node: its outermost naming frame (worked out once per node, not per sample).
  const phaseOf = new Map();
  const seen = new Set();
  const phase = (id) => {
    if (phaseOf.has(id)) return phaseOf.get(id);
    const { functionName: fn, url } = nodes.get(id).callFrame;
    if (fn) seen.add(fn);
    const up = parent.has(id) ? phase(parent.get(id)) : undefined;
    let p = up;
    if (up === undefined || up === "other") {
      if (fn === "(garbage collector)") p = "GC";
      else if (fn === "(idle)") p = "idle";
      else if (fn === "(program)") p = "V8 (program)";
      else if (url.startsWith("node:internal/modules") || fn === "wrapSafe" || fn === "compileFunction") p = "loading";
      else p = byName.get(fn) ?? "other";
    }
    phaseOf.set(id, p);
    return p;
  };
  const ms = {};
  for (let i = 0; i < profile.samples.length; i++) {
    const p = phase(profile.samples[i]);
    ms[p] = (ms[p] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  }
  const kind = KINDS.find(([, names]) => names.some((n) => seen.has(n)))?.[0] ?? "main";
  return { kind, ms };
}

/**
 * The profiles in dir, summed by what their threads ran: { check: {...}, redact: {...}, main: {...} },
 * each phase's share of the busy samples (idle left out), in per cent.
 */
function phaseShares(dir) {
  const out = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".cpuprofile"))) {
    const { kind, ms } = phasesOfProfile(JSON.parse(readFileSync(join(dir, f), "utf8")));
    const sum = (out[kind] ??= {});
    for (const [p, v] of Object.entries(ms)) if (p !== "idle") sum[p] = (sum[p] ?? 0) + v;
  }
  for (const sum of Object.values(out)) {
    const total = Object.values(sum).reduce((a, b) => a + b, 0);
    for (const p of Object.keys(sum)) sum[p] = Math.round((1000 * sum[p]) / total) / 10;
  }
  return out;
}

/** One line per thread kind: "check workers (83 ms CPU a document): engine 62 ms (75%), GC 8 ms (10%), …". */
function describePhases(shares, cpuMsPerDocument) {
  return Object.entries(shares)
    .map(([kind, sum]) => {
      const cpu = cpuMsPerDocument[kind];
      const parts = Object.entries(sum)
        .filter(([, v]) => v >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .map(([p, v]) => `${p} ${cpu ? `${r1((cpu * v) / 100)} ms ` : ""}(${v}%)`);
      return `${kind === "main" ? "main thread (both runs)" : `${kind} workers${cpu ? ` (the ${kind} run: ${r1(cpu)} ms CPU a document)` : ""}`}: ${parts.join(", ")}`;
    })
    .join("\n");
}

if (args.includes("--phases")) {
  // The same run in a child process under the profiler (it writes one profile per thread), then the summary.
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const profiles = mkdtempSync(join(tmpdir(), "clear-record-phases-"));
  const rest = args.filter((a) => a !== "--phases");
  const line = execFileSync(process.execPath, [...process.execArgv, "--cpu-prof", `--cpu-prof-dir=${profiles}`, fileURLToPath(import.meta.url), "--child", ...rest], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  })
    .trim()
    .split("\n")
    .pop();
  const run = JSON.parse(line);
  const shares = phaseShares(profiles);
  rmSync(profiles, { recursive: true, force: true });
  console.error(describePhases(shares, { check: (1000 * run.checkCpuSeconds) / run.documents, redact: (1000 * run.redactCpuSeconds) / run.documents }));
  console.log(JSON.stringify({ ...run, phaseSharesPercent: shares }));
  process.exit(0);
}

const loadBefore = loadavg()[0];
const { dir, input, out } = benchFolder("clear-record-bulk-");
let words = 0;
const t0 = performance.now();
for (let i = 0; i < documents; i++) {
  const pages = args.includes("--short") ? 2 : 2 + ((i * 7919) % 19); // 2..20, spread evenly
  const text = makeBenchText(pages * WORDS_PER_PAGE, 1000 + i);
  words += pages * WORDS_PER_PAGE;
  writeFileSync(join(input, `doc-${String(i).padStart(4, "0")}.docx`), zipSync({ ...STATIC, "word/document.xml": [strToU8(documentXml(text)), { level: 6 }] }));
}
writeFileSync(join(dir, "profile.json"), JSON.stringify(BENCH_PROFILE));
const genSeconds = (performance.now() - t0) / 1000;

// Resident memory sampled every 100 ms through both runs: the peak alone is one draw from a series
// that swings by tens of MB at a steady state (memory V8 and the allocator take and give back off the
// heap), so the median and the 95th percentile say whether memory rises with the number of documents.
const rss = [];
const sampler = setInterval(() => rss.push(process.memoryUsage.rss()), 100);
const time = (argv) => timeCli(main, argv);
const check = await time(["check", "--format", "json", "--jobs", String(jobs), "--profile", join(dir, "profile.json"), input]);
const redact = await time(["redact", "--format", "json", "--jobs", String(jobs), "--profile", join(dir, "profile.json"), "--out", out, input]);
const peakRssMB = peakRss();
clearInterval(sampler);
rss.sort((a, b) => a - b);
const rssAt = (q) => (rss.length ? Math.round(rss[Math.min(rss.length - 1, Math.floor(q * rss.length))] / 1048576) : 0);
if (!args.includes("--keep")) rmSync(dir, { recursive: true, force: true });
const loadAfter = loadavg()[0];
console.error(
  `generated ${documents} documents (${words} words) in ${r1(genSeconds)} s; check ${r1(check.seconds)} s wall, ${r1(check.cpuSeconds)} s CPU (exit ${check.code}), redact ${r1(redact.seconds)} s wall, ${r1(redact.cpuSeconds)} s CPU (exit ${redact.code}), ${jobs} worker threads; load average ${r1(loadBefore)} before, ${r1(loadAfter)} after`,
);
// Wall-clock rates are what a user sees; per CPU-second they do not depend on what else the machine
// runs (on a machine shared with other work, wall time overstates the cost). cpuBoundDocsPerSecond is
// the rate `jobs` idle cores would give if the work split evenly: the bar's figure on a quiet machine.
const result = {
  documents,
  docsPerSecond: r1(documents / (check.seconds + redact.seconds)),
  peakRssMB,
  rssP50MB: rssAt(0.5),
  rssP95MB: rssAt(0.95),
  checkDocsPerSecond: r1(documents / check.seconds),
  redactDocsPerSecond: r1(documents / redact.seconds),
  checkDocsPerCpuSecond: r1(documents / check.cpuSeconds),
  redactDocsPerCpuSecond: r1(documents / redact.cpuSeconds),
  checkCpuSeconds: r1(check.cpuSeconds),
  redactCpuSeconds: r1(redact.cpuSeconds),
  cpuBoundDocsPerSecond: r1((documents * Math.max(1, jobs)) / (check.cpuSeconds + redact.cpuSeconds)),
  checkMainHeapMB: check.mainHeapMB,
  redactMainHeapMB: redact.mainHeapMB,
  words,
  workers: jobs,
  loadAverage: r1(Math.max(loadBefore, loadAfter)),
};
if (check.code === 2 || redact.code === 2) process.exitCode = 1;
if (child) {
  console.log(JSON.stringify(result));
} else {
  // Peak memory at two bundle sizes, and the dense record, each in a process of its own.
  const { execFileSync } = await import("node:child_process");
  const sizes = (args[args.indexOf("--memory") + 1] && args.includes("--memory") ? args[args.indexOf("--memory") + 1] : "250,1000,2000").split(",").map(Number);
  const self = fileURLToPath(import.meta.url);
  const memory = {};
  for (const n of sizes) {
    const line = execFileSync(process.execPath, [...process.execArgv, self, "--child", "--short", "--documents", String(n), "--jobs", String(jobs)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    })
      .trim()
      .split("\n")
      .pop();
    const r = JSON.parse(line);
    memory[n] = {
      peakRssMB: r.peakRssMB,
      rssP50MB: r.rssP50MB,
      rssP95MB: r.rssP95MB,
      checkDocsPerSecond: r.checkDocsPerSecond,
      redactDocsPerSecond: r.redactDocsPerSecond,
      checkDocsPerCpuSecond: r.checkDocsPerCpuSecond,
      redactDocsPerCpuSecond: r.redactDocsPerCpuSecond,
      checkMainHeapMB: r.checkMainHeapMB,
      redactMainHeapMB: r.redactMainHeapMB,
    };
  }
  const mb = opt("--dense-mb", 1);
  const dense = JSON.parse(
    execFileSync(process.execPath, [...process.execArgv, join(root, "scripts", "bench-dense.mjs"), "--mb", String(mb)], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
      .trim()
      .split("\n")
      .pop(),
  );
  console.error(
    `peak RSS by bundle size (2-page documents): ${sizes.map((n) => `${n} documents ${memory[n].peakRssMB} MB (median ${memory[n].rssP50MB}, 95th percentile ${memory[n].rssP95MB}; check ${memory[n].checkDocsPerSecond}/s, ${memory[n].checkDocsPerCpuSecond}/CPU-s; redact ${memory[n].redactDocsPerSecond}/s, ${memory[n].redactDocsPerCpuSecond}/CPU-s)`).join(", ")}; ${mb} MB dense record: check ${dense.checkCpuSeconds} s CPU, redact ${dense.redactCpuSeconds} s CPU`,
  );
  console.log(
    JSON.stringify({
      ...result,
      peakRssMBBySize: Object.fromEntries(sizes.map((n) => [n, memory[n].peakRssMB])),
      rssP95MBBySize: Object.fromEntries(sizes.map((n) => [n, memory[n].rssP95MB])),
      dense,
    }),
  );
}
