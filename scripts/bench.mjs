#!/usr/bin/env node
// Benchmark: analyses a generated 100,000-word case record with the built engine and with alex,
// in the same run, and prints words per second and peak memory.
//
//   npm run bench                      (builds first)
//   node scripts/bench.mjs [--words 100000] [--runs 7] [--alex-words 10000 | --alex-full] [--seed N]
//
// The engine is timed in a fresh child process so its peak RSS is its own (alex, the text
// generator and this script do not inflate it). The last line is one JSON object for machines:
//   {"wordsPerSecond": …, "peakRssMB": …, "alexWordsPerSecond": …}
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const self = fileURLToPath(import.meta.url);
const root = resolve(dirname(self), "..");
const enginePath = join(root, "dist", "src", "engine", "index.js");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const flag = (name) => args.includes(name);

// Words are counted the way the engine counts them (one definition, in src/engine/pipeline.ts).
const countWords = (text) => createRequire(import.meta.url)(enginePath).countWords(text);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

// ---------------------------------------------------------------------------------------------
// Child mode: load the engine, warm up, time several runs, report JSON on stdout.
if (flag("--child-engine")) {
  const file = args[args.indexOf("--child-engine") + 1];
  const { text, profile } = JSON.parse(readFileSync(file, "utf8"));
  const baseRss = process.memoryUsage().rss;
  const require = createRequire(import.meta.url);
  const { analyse } = require(enginePath);
  const runs = Math.max(1, opt("--runs", 7));
  const words = countWords(text);
  let findings = 0;
  const byCategory = {};
  for (let i = 0; i < 2; i++) analyse(text, profile); // warm-up: JIT, lazy data
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    const report = analyse(text, profile);
    times.push(performance.now() - t0);
    findings = report.findings.length;
    if (i === 0) for (const f of report.findings) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  }
  const maxRssKB = process.resourceUsage().maxRSS; // kilobytes on Linux and macOS
  process.stdout.write(
    JSON.stringify({ words, times, findings, byCategory, peakRssMB: mb(maxRssKB * 1024), baseRssMB: mb(baseRss), heapUsedMB: mb(process.memoryUsage().heapUsed) }),
  );
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Parent mode.
if (!existsSync(enginePath)) {
  console.error(`bench: ${enginePath} is missing; run "npm run build" first (npm run bench does it for you)`);
  process.exit(2);
}

const { makeBenchText, BENCH_PROFILE } = await import("./make-bench-text.mjs");
const targetWords = opt("--words", 100_000);
const seed = opt("--seed", 20251014);
const text = makeBenchText(targetWords, seed);
const words = countWords(text);

// 1. The engine, in a fresh process.
const tmp = mkdtempSync(join(tmpdir(), "clear-record-bench-"));
const input = join(tmp, "input.json");
writeFileSync(input, JSON.stringify({ text, profile: BENCH_PROFILE }));
const child = spawnSync(process.execPath, ["--expose-gc", self, "--child-engine", input, "--runs", String(opt("--runs", 7))], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
  stdio: ["ignore", "pipe", "inherit"],
});
rmSync(tmp, { recursive: true, force: true });
if (child.status !== 0) {
  console.error(`bench: the engine run failed (exit ${child.status}${child.signal ? `, ${child.signal}` : ""})`);
  process.exit(2);
}
const engine = JSON.parse(child.stdout);
const engineMedianMs = median(engine.times);
const engineBestMs = Math.min(...engine.times);
const wordsPerSecond = Math.round(words / (engineMedianMs / 1000));

// 2. alex, on the same text (or a leading slice of it when the whole would take too long).
const { text: alexText } = await import("alex");
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
alexText(sliceOf(500)); // warm-up
let alexInput = sliceOf(Math.min(words, opt("--alex-words", 10_000)));
let alexWords = countWords(alexInput);
let t0 = performance.now();
let alexMessages = alexText(alexInput).messages.length;
let alexMs = performance.now() - t0;
const projectedFullMs = (alexMs / alexWords) * words;
if (alexWords < words && (flag("--alex-full") || projectedFullMs < 30_000)) {
  alexInput = text;
  alexWords = words;
  t0 = performance.now();
  alexMessages = alexText(alexInput).messages.length;
  alexMs = performance.now() - t0;
}
const alexWordsPerSecond = Math.round(alexWords / (alexMs / 1000));

// 3. Report.
const fmt = (n) => n.toLocaleString("en-GB");
const rows = [
  ["text", `${fmt(words)} words, ${fmt(text.length)} characters (seed ${seed})`],
  ["engine runs", `${engine.times.length} timed after 2 warm-up runs: ${engine.times.map((t) => t.toFixed(1)).join(", ")} ms`],
  ["engine median", `${engineMedianMs.toFixed(1)} ms  →  ${fmt(wordsPerSecond)} words/s`],
  ["engine best", `${engineBestMs.toFixed(1)} ms  →  ${fmt(Math.round(words / (engineBestMs / 1000)))} words/s`],
  ["engine peak RSS", `${engine.peakRssMB} MB (fresh process; ${engine.baseRssMB} MB before the engine loaded)`],
  ["engine findings", `${fmt(engine.findings)} (${Object.entries(engine.byCategory).map(([k, v]) => `${k} ${fmt(v)}`).join(", ") || "none"})`],
  ["alex", `${fmt(alexWords)} words${alexWords < words ? " (a leading slice: the whole text would take too long)" : ""} in ${alexMs.toFixed(0)} ms  →  ${fmt(alexWordsPerSecond)} words/s, ${fmt(alexMessages)} messages`],
  ["speed-up", `${(wordsPerSecond / alexWordsPerSecond).toFixed(1)} × alex`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log("Clear Record benchmark (one core)\n");
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
console.log("");
console.log(JSON.stringify({ wordsPerSecond, peakRssMB: engine.peakRssMB, alexWordsPerSecond }));
