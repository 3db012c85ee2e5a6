#!/usr/bin/env node
// Output-identity check for performance work: analyses the development corpus, the named development
// sets and the bench text with the built engine, and writes every report (findings, people, review,
// quality, kind; the timing field left out) to one JSON file; with --against it compares the new dump
// with an earlier one and lists the documents whose reports differ.
//
//   npm run -s build && node scripts/output-diff.mjs --out /tmp/before.json [--sets eval/heldout,eval/heldout-3]
//   ... change the engine, rebuild ...
//   node scripts/output-diff.mjs --out /tmp/after.json --against /tmp/before.json
// Exit code 1 when any report differs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const require = createRequire(import.meta.url);
const engine = require(join(root, "dist", "src", "engine", "index.js"));
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const { parseAnnotated } = await import(pathToFileURL(join(shared, "eval", "score.mjs")).href);
const { makeBenchText, BENCH_PROFILE } = await import("./make-bench-text.mjs");

const sets = opt("--sets", "").split(",").filter(Boolean);
const dirs = [join(shared, "eval", "dev"), ...sets.map((s) => resolve(root, s))];
const out = {};
for (const dir of dirs) {
  if (!existsSync(dir)) throw new Error(`output-diff: no set at ${dir}`);
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const doc = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (typeof doc.annotated !== "string") continue;
    const { plain } = parseAnnotated(doc.annotated);
    out[`${dir}/${f}`] = report(plain, doc.profile);
  }
}
const words = Number(opt("--words", "100000"));
if (words > 0) out[`bench-${words}`] = report(makeBenchText(words, 20251014), BENCH_PROFILE);

function report(text, profile) {
  const r = engine.analyse(text, profile);
  delete r.stats.ms;
  return JSON.stringify(r);
}

writeFileSync(opt("--out", "/tmp/output-diff.json"), JSON.stringify(out));
const against = opt("--against", "");
if (against) {
  const before = JSON.parse(readFileSync(against, "utf8"));
  const keys = new Set([...Object.keys(before), ...Object.keys(out)]);
  let differ = 0;
  for (const k of keys) {
    if (before[k] === out[k]) continue;
    differ++;
    const a = before[k] ?? "";
    const b = out[k] ?? "";
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    console.log(`DIFF ${k}\n  before …${a.slice(Math.max(0, i - 120), i + 200)}\n  after  …${b.slice(Math.max(0, i - 120), i + 200)}`);
  }
  console.log(`${keys.size} reports, ${differ} differ`);
  process.exit(differ ? 1 : 0);
} else {
  console.log(`${Object.keys(out).length} reports written`);
}
