#!/usr/bin/env node
// Worst-case inputs beside normal text: the engine's cost per word on generated shapes that have
// broken linear-time code before (no punctuation, one huge line, thousands of distinct names, one cue
// repeated), each at two sizes, so both the ratio to normal text and the growth with size show.
//
//   npm run bench:worst            (builds first)
//   node scripts/bench-worst.mjs [--words 20000] [--timeout 120]
//
// Every case runs in its own child process with a time limit, so a case that does not finish is
// reported as such instead of hanging the run. The last line is one JSON object:
//   {"normalNsPerWord", "cases": {name: {"nsPerWord", "ratio", "growth"}}}
// ratio: cost per word against normal text (the aim is at most 2); growth: cost per word at twice the
// size against the size itself (about 1 when linear).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
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

const PROFILE = { subject: { name: "Maisie Oyelaran", aliases: ["Maisie"], pronouns: "she/her" } };
const GIVEN = ["Aiden", "Bella", "Callum", "Daisy", "Ethan", "Freya", "Harvey", "Isla", "Jaxon", "Kayla", "Logan", "Mila"];
const FAMILY = ["Adeyemi", "Brook", "Carter", "Dunmore", "Ellison", "Fairweather", "Granger", "Holloway"];

/** Generators: each returns about n words. Deterministic (no randomness), fictional names. */
const CASES = {
  normal: async (n) => (await import("./make-bench-text.mjs")).makeBenchText(n, 7),
  "no punctuation": (n) => {
    const words = [];
    for (let i = 0; words.length < n; i++)
      words.push("Maisie", "went", "to", "see", GIVEN[i % GIVEN.length], "and", "her", "brother", "at", "the", "park", "after", "school", "with", "mum");
    return words.slice(0, n).join(" ");
  },
  "one huge line": (n) => {
    const parts = [];
    for (let i = 0; parts.length * 12 < n; i++) parts.push(`Maisie said that ${GIVEN[i % GIVEN.length]} aged ${3 + (i % 12)} was kind to her today.`);
    return parts.join(" ");
  },
  "distinct names": (n) => {
    const lines = [];
    for (let i = 0; lines.length * 9 < n; i++) {
      const given = GIVEN[i % GIVEN.length] + (i >= GIVEN.length ? String.fromCharCode(97 + (((i / GIVEN.length) % 26) | 0)) : "");
      lines.push(`${given} ${FAMILY[i % FAMILY.length]} (aged ${2 + (i % 14)}) lives nearby with Maisie.`);
    }
    return lines.join("\n");
  },
  "repeated cue": (n) => "her brother Jaxon ".repeat(Math.ceil(n / 3)).trim(),
  "repeated judgement": (n) => "She was attention seeking and not engaging, ".repeat(Math.ceil(n / 7)).trim(),
};

if (args.includes("--child")) {
  const name = args[args.indexOf("--child") + 1];
  const n = opt("--n", 20000);
  const require = createRequire(import.meta.url);
  const { analyse, countWords } = require(enginePath);
  const text = await CASES[name](n);
  analyse(text.slice(0, 5000), PROFILE); // warm-up
  const times = [];
  for (let i = 0; i < 3; i++) {
    const input = `Run ${i}.\n` + text;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyse(input, PROFILE);
    const c = process.cpuUsage(c0);
    times.push({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 });
  }
  const cpu = times.map((t) => t.cpu).sort((a, b) => a - b)[1];
  process.stdout.write(JSON.stringify({ words: countWords(text), cpuMs: cpu }));
  process.exit(0);
}

const words = opt("--words", 20000);
const timeoutMs = opt("--timeout", 120) * 1000;
function run(name, n) {
  const r = spawnSync(process.execPath, [self, "--child", name, "--n", String(n)], { encoding: "utf8", timeout: timeoutMs, stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) return undefined;
  const out = JSON.parse(r.stdout);
  return { ...out, nsPerWord: (out.cpuMs * 1e6) / out.words };
}

const normal = run("normal", words);
if (!normal) {
  console.error("bench-worst: the normal text did not finish");
  process.exit(2);
}
const cases = {};
console.log(`Worst cases beside normal text (${words.toLocaleString("en-GB")} words, then twice that; CPU time, median of 3)\n`);
console.log(`  normal text: ${normal.nsPerWord.toFixed(0)} ns per word`);
for (const name of Object.keys(CASES)) {
  if (name === "normal") continue;
  const one = run(name, words);
  const two = one && run(name, words * 2);
  if (!one || !two) {
    cases[name] = { nsPerWord: null, ratio: null, growth: null, note: `did not finish in ${timeoutMs / 1000} s` };
    console.log(`  ${name.padEnd(20)} did not finish in ${timeoutMs / 1000} s`);
    continue;
  }
  cases[name] = {
    nsPerWord: Math.round(one.nsPerWord),
    ratio: Math.round((one.nsPerWord / normal.nsPerWord) * 100) / 100,
    growth: Math.round((two.nsPerWord / one.nsPerWord) * 100) / 100,
  };
  console.log(`  ${name.padEnd(20)} ${cases[name].nsPerWord} ns per word: ${cases[name].ratio} × normal; × ${cases[name].growth} per word at twice the size`);
}
console.log("");
console.log(JSON.stringify({ normalNsPerWord: Math.round(normal.nsPerWord), cases }));
