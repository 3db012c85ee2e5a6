#!/usr/bin/env node
// Benchmark: analyses a generated 100,000-word case record with the built engine, alex and redact-pii
// in the same run, then the development corpus's documents (each with its own profile), and prints
// words per CPU-second, wall-clock words per second and peak memory.
//
//   npm run bench                      (builds first)
//   node scripts/bench.mjs [--words 100000] [--runs 7] [--seed N] [--alex-words 10000 | --alex-full] [--no-corpus]
//
// Honest by construction:
// - every timed run analyses a freshly built string with different content (a run number on its first
//   line), so nothing keyed on the text (a cache of the last text, an interned string) can skip work;
// - CPU time (process.cpuUsage, user + system) is measured beside wall time, so a busy machine shows
//   as a gap between the two rather than as a slower engine;
// - each tool runs in a fresh child process, so its peak RSS and its JIT warm-up are its own, and the
//   tools are interleaved run by run so a noisy neighbour hurts them alike.
// The last line is one JSON object for machines:
//   {"wordsPerSecond", "wallWordsPerSecond", "corpusWordsPerSecond", "twoByteWordsPerSecond", "cliWordsPerSecond",
//    "cliCorpusWordsPerSecond", "renamedCorpusWordsPerSecond", "renamedCliCorpusWordsPerSecond", "peakRssMB",
//    "alexWordsPerSecond", "redactPiiWordsPerSecond"}
// (the renamed corpus figures give every profile's people fresh names on every run, so V8's cache of
// compiled patterns, keyed on their source, cannot hide what patterns built from a child's names cost)
// (the cli figures are the engine with the V8 flags the CLI sets for itself, bin/v8-flags.js; the two-byte figure
// is the bench text with typographic quotes, stored as real Word text is).
// wordsPerSecond is words per CPU-second of the median engine run on the bench text.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { loadDevCorpus } from "./lib/dev-corpus.mjs";

const self = fileURLToPath(import.meta.url);
const root = resolve(dirname(self), "..");
const enginePath = join(root, "dist", "src", "engine", "index.js");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const flag = (name) => args.includes(name);
const require = createRequire(import.meta.url);

// Words are counted the way the engine counts them (one definition, in src/engine/pipeline.ts).
const countWords = (text) => require(enginePath).countWords(text);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
/** A new string with new content for run i: no cache keyed on the text can recognise it. */
const fresh = (text, i) => `Run ${i}.\n` + text;

// ---------------------------------------------------------------------------------------------
// Child mode: load one tool, warm up, time each run (wall and CPU), report JSON on stdout.
// Input: {docs: [{text, profile}]}; every run analyses every document once.
if (flag("--child")) {
  const tool = args[args.indexOf("--child") + 1];
  const file = args[args.indexOf("--input") + 1];
  const runs = Math.max(1, opt("--runs", 7));
  const { docs, rename } = JSON.parse(readFileSync(file, "utf8"));
  // With rename, every run (warm-up too) gives the people of each profile fresh names (scripts/lib/rename-people.mjs).
  const { renamePeople } = await import("./lib/rename-people.mjs");
  const inputsOf = (i) => docs.map((d) => (rename ? renamePeople(fresh(d.text, i), d.profile, i) : { text: fresh(d.text, i), profile: d.profile }));
  const baseRss = process.memoryUsage().rss;
  let run;
  if (tool === "engine") {
    const { analyse } = require(enginePath);
    run = (text, profile) => analyse(text, profile).findings.length;
  } else if (tool === "alex") {
    const { text: alexText } = await import("alex");
    run = (text) => alexText(text).messages.length;
  } else if (tool === "redact-pii") {
    const { SyncRedactor } = require("redact-pii");
    const redactor = new SyncRedactor();
    run = (text) => redactor.redact(text).length;
  } else {
    throw new Error(`unknown tool ${tool}`);
  }
  for (let w = 0; w < 2; w++) for (const d of inputsOf(-1 - w)) run(d.text, d.profile); // warm-up: JIT, lazy data
  const wall = [];
  const cpu = [];
  let output = 0;
  for (let i = 0; i < runs; i++) {
    const inputs = inputsOf(i); // built before the clock starts
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    output = 0;
    for (const d of inputs) output += run(d.text, d.profile);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const maxRssKB = process.resourceUsage().maxRSS; // kilobytes on Linux and macOS
  process.stdout.write(JSON.stringify({ wall, cpu, output, peakRssMB: mb(maxRssKB * 1024), baseRssMB: mb(baseRss) }));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Parent mode.
if (!existsSync(enginePath)) {
  console.error(`bench: ${enginePath} is missing; run "npm run build" first (npm run bench does it for you)`);
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), "clear-record-bench-"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
const runs = opt("--runs", 7);

/** Runs one tool over the documents in a fresh process (with extra V8 flags, if given); returns its timings. */
function measure(tool, docs, toolRuns = runs, v8Flags = [], rename = false) {
  const input = join(tmp, `${tool}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(input, JSON.stringify({ docs, rename }));
  const child = spawnSync(process.execPath, ["--expose-gc", ...v8Flags, self, "--child", tool, "--input", input, "--runs", String(toolRuns)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (child.status !== 0) {
    console.error(`bench: the ${tool} run failed (exit ${child.status}${child.signal ? `, ${child.signal}` : ""})`);
    process.exit(2);
  }
  const r = JSON.parse(child.stdout);
  return { ...r, wallMs: median(r.wall), cpuMs: median(r.cpu), bestCpuMs: Math.min(...r.cpu) };
}

const { makeBenchText, BENCH_PROFILE } = await import("./make-bench-text.mjs");
const targetWords = opt("--words", 100_000);
const seed = opt("--seed", 20251014);
const text = makeBenchText(targetWords, seed);
const words = countWords(text);

const sliceOf = (n) => {
  let seen = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (!space && !inWord && ++seen > n) return text.slice(0, i);
    inWord = !space;
  }
  return text;
};

// 1. The engine on the bench text.
const engine = measure("engine", [{ text, profile: BENCH_PROFILE }]);
const wordsPerSecond = Math.round(words / (engine.cpuMs / 1000));
const wallWordsPerSecond = Math.round(words / (engine.wallMs / 1000));
// The same, with the V8 flags the CLI sets for itself (bin/v8-flags.js); the figures above are the engine
// under a browser's or Office client's default V8 settings, as the task pane runs it.
const { V8_FLAGS } = require("../bin/v8-flags.js");
const engineCli = measure("engine", [{ text, profile: BENCH_PROFILE }], runs, V8_FLAGS);
const cliWordsPerSecond = Math.round(words / (engineCli.cpuMs / 1000));

// 1b. The same text as Word writes it: typographic apostrophes and quotes make a string V8 stores two bytes a
// character, as almost every real record is, while the generated text is plain ASCII (one byte a character);
// regular expressions run on two-byte strings more slowly, so the ASCII figure alone overstates real text.
const typographic = (t) => t.replace(/'/g, "\u2019").replace(/"([^"\n]*)"/g, "\u201c$1\u201d");
const curly = typographic(text);
// A text with no apostrophe to curl still gets one two-byte character, so it is stored as real text is.
const wordText = curly.includes("\u2019") ? curly : curly + "\u2019";
const engineWord = measure("engine", [{ text: wordText, profile: BENCH_PROFILE }]);
const twoByteWordsPerSecond = Math.round(words / (engineWord.cpuMs / 1000));

// 2. alex and redact-pii on the same text (alex on a leading slice when the whole would take too long:
// it is about 50 times slower; the slice says so).
const probe = measure("alex", [{ text: sliceOf(2_000) }], 1);
const alexProjectedMs = (probe.cpuMs / 2_000) * words;
const alexWhole = flag("--alex-full") || alexProjectedMs < 30_000;
const alexText = alexWhole ? text : sliceOf(Math.min(words, opt("--alex-words", 10_000)));
const alexWords = countWords(alexText);
const alex = measure("alex", [{ text: alexText }], 3);
const alexWordsPerSecond = Math.round(alexWords / (alex.cpuMs / 1000));
const redactPii = measure("redact-pii", [{ text }], 3);
const redactPiiWordsPerSecond = Math.round(words / (redactPii.cpuMs / 1000));

// 3. The development corpus: every document with its own profile (the engine's real mix of short records).
let corpus;
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const corpusDir = join(shared, "eval", "dev");
if (!flag("--no-corpus") && existsSync(corpusDir)) {
  const docs = await loadDevCorpus(shared);
  const corpusWords = docs.reduce((n, d) => n + countWords(d.text), 0);
  const r = measure("engine", docs);
  const cli = measure("engine", docs, runs, V8_FLAGS);
  const renamed = measure("engine", docs, runs, [], true);
  const renamedCli = measure("engine", docs, runs, V8_FLAGS, true);
  corpus = {
    documents: docs.length,
    words: corpusWords,
    ...r,
    wordsPerSecond: Math.round(corpusWords / (r.cpuMs / 1000)),
    cliWordsPerSecond: Math.round(corpusWords / (cli.cpuMs / 1000)),
    renamedCpuMs: renamed.cpuMs,
    renamedWordsPerSecond: Math.round(corpusWords / (renamed.cpuMs / 1000)),
    renamedCliWordsPerSecond: Math.round(corpusWords / (renamedCli.cpuMs / 1000)),
  };
}

// 4. Report.
const fmt = (n) => n.toLocaleString("en-GB");
const perSec = (w, ms) => fmt(Math.round(w / (ms / 1000)));
const rows = [
  ["text", `${fmt(words)} words, ${fmt(text.length)} characters (seed ${seed}); a fresh string every run`],
  ["engine runs", `${engine.cpu.length} timed after 2 warm-up runs, CPU ms: ${engine.cpu.map((t) => t.toFixed(0)).join(", ")}`],
  ["engine median", `${engine.cpuMs.toFixed(1)} ms CPU → ${fmt(wordsPerSecond)} words/CPU-s; ${engine.wallMs.toFixed(1)} ms wall → ${fmt(wallWordsPerSecond)} words/s`],
  ["engine best", `${engine.bestCpuMs.toFixed(1)} ms CPU → ${perSec(words, engine.bestCpuMs)} words/CPU-s`],
  ["engine peak RSS", `${engine.peakRssMB} MB (fresh process; ${engine.baseRssMB} MB before the engine loaded)`],
  ["engine findings", fmt(engine.output)],
  ["engine, two-byte", `the same words with typographic quotes, as Word writes them: median ${engineWord.cpuMs.toFixed(1)} ms CPU → ${fmt(twoByteWordsPerSecond)} words/CPU-s`],
  ["engine as the CLI", `${V8_FLAGS.join(" ")}: median ${engineCli.cpuMs.toFixed(1)} ms CPU → ${fmt(cliWordsPerSecond)} words/CPU-s`],
  [
    "alex",
    `${fmt(alexWords)} words${alexWhole ? "" : " (a leading slice: the whole would take too long)"}, median ${alex.cpuMs.toFixed(0)} ms CPU → ${fmt(alexWordsPerSecond)} words/CPU-s`,
  ],
  ["redact-pii", `${fmt(words)} words, median ${redactPii.cpuMs.toFixed(0)} ms CPU → ${fmt(redactPiiWordsPerSecond)} words/CPU-s`],
  ["speed-up", `${(wordsPerSecond / alexWordsPerSecond).toFixed(1)} × alex, ${(wordsPerSecond / redactPiiWordsPerSecond).toFixed(2)} × redact-pii`],
];
if (corpus)
  rows.push(
    [
      "dev corpus",
      `${corpus.documents} documents, ${fmt(corpus.words)} words, each with its own profile: median ${corpus.cpuMs.toFixed(0)} ms CPU → ${fmt(corpus.wordsPerSecond)} words/CPU-s (peak RSS ${corpus.peakRssMB} MB); as the CLI ${fmt(corpus.cliWordsPerSecond)} words/CPU-s`,
    ],
    [
      "dev corpus, renamed",
      `the same with fresh names for every profile's people on every run (no cached per-child patterns): median ${corpus.renamedCpuMs.toFixed(0)} ms CPU → ${fmt(corpus.renamedWordsPerSecond)} words/CPU-s; as the CLI ${fmt(corpus.renamedCliWordsPerSecond)} words/CPU-s`,
    ],
  );
const width = Math.max(...rows.map(([k]) => k.length));
console.log("Clear Record benchmark (one core)\n");
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
console.log("");
console.log(
  JSON.stringify({
    wordsPerSecond,
    wallWordsPerSecond,
    corpusWordsPerSecond: corpus?.wordsPerSecond ?? null,
    twoByteWordsPerSecond,
    cliWordsPerSecond,
    cliCorpusWordsPerSecond: corpus?.cliWordsPerSecond ?? null,
    renamedCorpusWordsPerSecond: corpus?.renamedWordsPerSecond ?? null,
    renamedCliCorpusWordsPerSecond: corpus?.renamedCliWordsPerSecond ?? null,
    peakRssMB: engine.peakRssMB,
    alexWordsPerSecond,
    redactPiiWordsPerSecond,
  }),
);
