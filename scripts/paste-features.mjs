#!/usr/bin/env node
// Counts features of the constructions pasted names sit in, never their text or any name (issue 15, item 5):
//   npm run -s build && node scripts/paste-features.mjs [--dir SET ...] [--by-set] [--json] [--cross "f=v&f=v|v" ...]
// Without --dir the development corpus is read. Four classes of gold name spans are counted:
//   mixC / mixM  a `mix` span that is a name (another child's name where the subject is meant), caught by the
//                engine's mix-up findings or missed;
//   ocL          an `oc` name mention of a child listed in the profile's otherChildren (the contrast class: a real
//                other child that the paste check must leave alone), and ocL>mix of them taken for a paste;
//   ocU          an `oc` name mention of a child nobody listed.
// For each feature, every value's count per class. --by-set adds, per set, the mixM and ocL counts of each value
// (to see whether a construction holds across sets); --json prints the raw counts. Safe on a not-read set: only
// aggregate counts of feature values (fixed vocabulary below) are printed. The features include the paragraph's
// (stop 37): is the paragraph about the subject with the subject's name replaced? (see scripts/lib/paste-features.mjs).
// --cross counts the spans holding a conjunction of values, per class: a candidate sign measured on a not-read set.
import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crossHolds, pasteRows } from "./lib/paste-features.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const args = process.argv.slice(2);
const dirs = args.flatMap((a, i) => (args[i - 1] === "--dir" ? [resolve(a)] : []));
if (!dirs.length) dirs.push(join(shared, "eval", "dev"));
const bySet = args.includes("--by-set");
const asJson = args.includes("--json");
// --vectors FILE: every span's feature values (no text) for fitting on READABLE sets only; never on a not-read set.
const vectors = args.indexOf("--vectors") >= 0 ? args[args.indexOf("--vectors") + 1] : undefined;
const vectorsOut = [];
// Blind sets are never read or run; vectors (per-span values) are never written for the not-read set either.
if (dirs.some((d) => /heldout-(?:5|16|19)$/.test(d))) throw new Error("a blind set: not to be read or run");
if (vectors && dirs.some((d) => /heldout-18$/.test(d))) throw new Error("--vectors is for readable sets only");
// --weights FILE ({bias, w: {"feature=value": log-odds}}): adds a "score" feature, counts of score bands per class.
const weights = args.indexOf("--weights") >= 0 ? JSON.parse(readFileSync(args[args.indexOf("--weights") + 1], "utf8")) : undefined;
// --bands "4,2,0,-2" (descending log-odds edges; these by default): the score bands counted.
const BANDS = (args.indexOf("--bands") >= 0 ? args[args.indexOf("--bands") + 1] : "4,2,0,-2").split(",").map(Number);
if (BANDS.some((b, i) => Number.isNaN(b) || (i > 0 && b >= BANDS[i - 1]))) throw new Error("--bands: descending numbers, comma-separated");
const CLASSES = ["mixC", "mixM", "ocL", "ocL>mix", "ocU"];
// --cross "feature=value&feature=value" (repeatable): class counts of spans holding every value of the conjunction
// (aggregate only, so safe on a not-read set), to measure a candidate sign there without reading its spans.
const crosses = args.flatMap((a, i) => (args[i - 1] === "--cross" ? [a] : []));
const crossCounts = crosses.map(() => Object.fromEntries(CLASSES.map((c) => [c, 0])));
const { parseAnnotated } = await import(pathToFileURL(realpathSync(join(shared, "eval", "score.mjs"))).href);
const require = createRequire(import.meta.url);
const engine = require(join(root, "dist", "src", "engine", "index.js"));
const { nameGender } = require(join(root, "dist", "src", "engine", "people", "name-lexicon.js"));

const counts = {}; // feature -> value -> class -> n
const perSet = {}; // set -> feature -> value -> class -> n
const status = {}; // class -> what the engine reported -> n
const add = (table, feature, value, cls) => {
  table[feature] ??= {};
  table[feature][value] ??= {};
  table[feature][value][cls] = (table[feature][value][cls] ?? 0) + 1;
};
const totals = Object.fromEntries(CLASSES.map((c) => [c, 0]));
for (const dir of dirs) {
  const setName = basename(dir);
  perSet[setName] ??= {};
  for (const file of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
    const doc = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const { plain, spans } = parseAnnotated(doc.annotated);
    const report = engine.analyse(plain, doc.profile, {});
    for (const { cls, said, f: vector } of pasteRows(doc, plain, spans, report, nameGender)) {
      totals[cls]++;
      status[cls] ??= {};
      status[cls][said] = (status[cls][said] ?? 0) + 1;
      if (vectors) vectorsOut.push({ set: setName, cls, f: vector });
      crosses.forEach((cross, k) => {
        if (crossHolds(cross, vector)) crossCounts[k][cls]++;
      });
      if (weights) {
        let score = weights.bias ?? 0;
        for (const [feature, value] of Object.entries(vector)) score += weights.w[`${feature}=${value}`] ?? 0;
        const band = BANDS.findIndex((b) => score >= b);
        add(counts, "score", band < 0 ? `<${BANDS.at(-1)}` : band === 0 ? `>=${BANDS[0]}` : `${BANDS[band]}..${BANDS[band - 1]}`, cls);
      }
      for (const [feature, value] of Object.entries(vector)) {
        add(counts, feature, value, cls);
        add(perSet[setName], feature, value, cls);
      }
    }
  }
}

if (vectors) writeFileSync(vectors, JSON.stringify(vectorsOut));
if (asJson) {
  console.log(JSON.stringify({ totals, status, counts, perSet, crosses: Object.fromEntries(crosses.map((c, k) => [c, crossCounts[k]])) }));
  process.exit(0);
}
const pad = (x, n) => String(x).padStart(n);
console.log(`sets: ${dirs.map((d) => basename(d)).join(", ")}`);
console.log(`classes: ${CLASSES.map((c) => `${c} ${totals[c]}`).join(", ")}`);
for (const [cls, said] of Object.entries(status))
  console.log(
    `  ${cls.padEnd(7)} engine said: ${Object.entries(said)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
crosses.forEach((cross, k) => console.log(`cross ${cross}: ${CLASSES.map((c) => `${c} ${crossCounts[k][c]}`).join(", ")}`));
for (const [feature, values] of Object.entries(counts)) {
  console.log(`\n${feature}`);
  console.log(`  ${"value".padEnd(32)}${CLASSES.map((c) => pad(c, 8)).join("")}${bySet ? "   per set mixM/ocL" : ""}`);
  for (const [value, byClass] of Object.entries(values).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const sets = bySet
      ? "   " +
        Object.entries(perSet)
          .map(([set, t]) => `${set.replace(/^heldout-?/, "h")}:${t[feature]?.[value]?.mixM ?? 0}/${t[feature]?.[value]?.ocL ?? 0}`)
          .join(" ")
      : "";
    console.log(`  ${value.padEnd(32)}${CLASSES.map((c) => pad(byClass[c] ?? 0, 8)).join("")}${sets}`);
  }
}
