#!/usr/bin/env node
// How much of the engine's time V8's handling of regular expressions costs: the development corpus (and the
// bench text with typographic quotes) timed in fresh processes under three V8 settings, interleaved run by run:
//   default                    what a browser, Office and `npm run bench` use: each regex is interpreted on its
//                              first run and compiled to machine code on its second;
//   --regexp-tier-up-ticks=0   compiled to machine code on the first run (no interpreted run, no bytecode);
//   --no-regexp-tier-up        the CLI's setting (bin/v8-flags.js).
// The words are the same in each; only when V8 compiles each regex differs. A gap between the default and the other
// two is time the engine loses to how its regexes are compiled, not to what they match. A likely cause (not proven):
// V8 compiles a regex without its optimisations (TooMuchRegExpCode in V8's regexp.cc) once the process has generated
// 1 MB of regex code, bytecode included, and holds 16 MB of executable memory; the engine passes both early in a
// corpus, and under the default a regex reaches machine code only on its second run, later (code space is printed).
// Measured in stop 43 (loaded machine, 3 pairs): corpus ×1.55, two-byte bench text ×1.29 without tier-up.
//
//   npm run build && node scripts/bench-regexp.mjs [--runs 3] [--pairs 3] [--no-two-byte]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { loadDevCorpus } from "./lib/dev-corpus.mjs";

const self = fileURLToPath(import.meta.url);
const root = resolve(dirname(self), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const SETTINGS = [
  { name: "default", flags: [] },
  { name: "--regexp-tier-up-ticks=0", flags: ["--regexp-tier-up-ticks=0"] },
  { name: "--no-regexp-tier-up", flags: ["--no-regexp-tier-up"] },
];

if (args.includes("--child")) {
  // Child: time `runs` passes over the documents (after one warm-up pass), print CPU ms of each and the code space.
  const require = createRequire(import.meta.url);
  const { analyse, countWords } = require(join(root, "dist", "src", "engine", "index.js"));
  const mode = args[args.indexOf("--child") + 1];
  let docs;
  if (mode === "corpus") {
    const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
    const dir = join(shared, "eval", "dev");
    if (!existsSync(dir)) throw new Error(`bench-regexp: no corpus at ${dir} (set CLEAR_RECORD_SHARED)`);
    docs = await loadDevCorpus(shared);
  } else {
    const { makeBenchText, BENCH_PROFILE } = await import("./make-bench-text.mjs");
    // As bench.mjs builds its two-byte text: typographic apostrophes and quotes, as Word writes them.
    const text = makeBenchText(opt("--words", 20000), 20251014)
      .replace(/'/g, "\u2019")
      .replace(/"([^"\n]*)"/g, "\u201c$1\u201d");
    docs = [{ text, profile: BENCH_PROFILE }];
  }
  const cpuMs = [];
  for (let i = 0; i <= opt("--runs", 3); i++) {
    const inputs = docs.map((d) => ({ text: `Run ${i}.\n` + d.text, profile: d.profile }));
    const c0 = process.cpuUsage();
    for (const d of inputs) analyse(d.text, d.profile);
    const c = process.cpuUsage(c0);
    if (i > 0) cpuMs.push((c.user + c.system) / 1000);
  }
  const code = v8
    .getHeapSpaceStatistics()
    .filter((s) => /code/.test(s.space_name))
    .reduce((n, s) => n + s.space_size, 0);
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);
  process.stdout.write(JSON.stringify({ cpuMs, words, codeMB: Math.round(code / 104857.6) / 10 }) + "\n");
  process.exit(0);
}

const modes = args.includes("--no-two-byte") ? ["corpus"] : ["corpus", "two-byte"];
const results = new Map(); // mode → setting → {ms: [], words, codeMB}
for (let pair = 0; pair < opt("--pairs", 3); pair++) {
  for (const mode of modes) {
    for (const s of SETTINGS) {
      const out = spawnSync(process.execPath, [...s.flags, self, "--child", mode, "--runs", String(opt("--runs", 3))], { encoding: "utf8", env: process.env });
      if (out.status !== 0) throw new Error(`bench-regexp: child failed (${s.name}, ${mode}): ${out.stderr}`);
      const r = JSON.parse(out.stdout.trim().split("\n").pop());
      const byMode = results.get(mode) ?? new Map();
      results.set(mode, byMode);
      const acc = byMode.get(s.name) ?? { ms: [], words: r.words, codeMB: [] };
      byMode.set(s.name, acc);
      acc.ms.push(median(r.cpuMs));
      acc.codeMB.push(r.codeMB);
    }
  }
}
const summary = {};
for (const [mode, byMode] of results) {
  console.log(`\n${mode} (${byMode.values().next().value.words.toLocaleString("en-GB")} words), median CPU ms of a pass:`);
  const base = median(byMode.get("default").ms);
  for (const [name, acc] of byMode) {
    const ms = median(acc.ms);
    const wps = Math.round(acc.words / (ms / 1000));
    summary[`${mode} ${name}`] = wps;
    console.log(
      `  ${name.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms  ${wps.toLocaleString("en-GB").padStart(8)} words/CPU-s  ×${(base / ms).toFixed(2)}  code space ${median(acc.codeMB)} MB`,
    );
  }
}
console.log(JSON.stringify(summary));
