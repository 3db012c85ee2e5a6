#!/usr/bin/env node
// Where the engine's time goes, stage by stage: CPU time of each lazily computed part of the rule
// context (sentences and quotes, tokens, identifiers, people), each rule and the quality review, on
// the bench text. The minimum over the runs is shown (the least disturbed by other processes), each
// run on a fresh string after a full garbage collection. A stage that first asks for a shared part
// would pay for it; here the shared parts are computed first and shown on their own lines.
//
//   npm run build && node --expose-gc scripts/bench-stages.mjs [--words 50000] [--runs 7] [--corpus]
// With --corpus the text is the development corpus's documents, each with its own profile (the
// engine's real mix of short records); each stage's time is summed over the documents of a run.
// With --corpus --renamed every run gives each profile's people fresh names (scripts/lib/rename-people.mjs),
// so patterns built from a child's names are compiled anew, as for a new case, not taken from V8's cache.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDevCorpus } from "./lib/dev-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const require = createRequire(import.meta.url);
const engine = (path) => require(join(root, "dist", "src", "engine", path));
const { createContext } = engine("pipeline.js");
const { STAGES } = engine("stages.js");
const { resolveConflicts } = engine("filters/precedence.js");
const { makeBenchText, BENCH_PROFILE } = await import("./make-bench-text.mjs");

const { renamePeople } = await import("./lib/rename-people.mjs");
const runs = Math.max(1, opt("--runs", 7));
const renamed = args.includes("--renamed");
const { countWords } = engine("index.js");
let docs;
if (args.includes("--corpus")) {
  const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
  const dir = join(shared, "eval", "dev");
  if (!existsSync(dir)) throw new Error(`bench-stages: no corpus at ${dir} (set CLEAR_RECORD_SHARED)`);
  docs = await loadDevCorpus(shared);
} else {
  docs = [{ text: makeBenchText(opt("--words", 50_000), 20251014), profile: BENCH_PROFILE }];
}
const words = docs.reduce((n, d) => n + countWords(d.text), 0);
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const times = new Map(); // stage → CPU ms per run (summed over the run's documents)
let run = 0;
const timed = (name, keep, fn) => {
  const t0 = cpuMs();
  const value = fn();
  if (keep) {
    const xs = times.get(name) ?? [];
    xs[run] = (xs[run] ?? 0) + cpuMs() - t0;
    times.set(name, xs);
  }
  return value;
};

for (let i = -2; i < runs; i++) {
  const keep = i >= 0; // two warm-up runs first
  run = i;
  // fresh strings (and with --renamed fresh names), built before the clock starts
  const inputs = docs.map((d) => (renamed ? renamePeople(`Run ${i}.\n` + d.text, d.profile, i) : { text: `Run ${i}.\n` + d.text, profile: d.profile }));
  globalThis.gc?.();
  for (const d of inputs) stagesOf(d.text, d.profile, keep);
}

function stagesOf(text, profile, keep) {
  const ctx = timed("context: sentences, quotes, kind", keep, () => createContext(text, profile));
  timed("context: tokens", keep, () => ctx.tokens);
  timed("context: identifiers", keep, () => ctx.identifiers);
  timed("context: people", keep, () => ctx.people);
  const raw = [];
  for (const rule of STAGES.rules) {
    const scoped = Object.create(ctx, { report: { value: (r) => raw.push({ ...r, ruleId: rule.meta.id, category: rule.meta.category }) } });
    timed(`rule ${rule.meta.id}`, keep, () => rule.check(scoped));
  }
  timed("resolveConflicts", keep, () => resolveConflicts(raw));
  if (STAGES.review) timed("quality review", keep, () => STAGES.review(ctx));
}

const least = (xs) => Math.min(...xs);
const rows = [...times].map(([name, xs]) => [name, least(xs)]).sort((a, b) => b[1] - a[1]);
const total = rows.reduce((n, [, ms]) => n + ms, 0);
const what = docs.length > 1 ? `the development corpus (${docs.length} documents${renamed ? ", fresh names every run" : ""})` : "the bench text";
console.log(
  `Engine stages on ${what}, ${words.toLocaleString("en-GB")} words (CPU ms, least of ${runs} runs${globalThis.gc ? "" : "; run with --expose-gc for steadier figures"})\n`,
);
for (const [name, ms] of rows) if (ms >= 0.05) console.log(`  ${ms.toFixed(1).padStart(7)}  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
console.log(`  ${total.toFixed(1).padStart(7)}  total → ${Math.round(words / (total / 1000)).toLocaleString("en-GB")} words/CPU-s`);
