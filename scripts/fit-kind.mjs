#!/usr/bin/env node
// Fits the weight of each piece of kind evidence (src/engine/kind.ts kindFeatures) per kind, across the development
// sets at once, and reports how well the weights carry to a set they were not fitted on (issue 12 item 4).
//   npm run build && node scripts/fit-kind.mjs [--write] [set ...]
// Method: an averaged multiclass perceptron over the named features, trained on the records the frame does not
// decide alone (file note, court order, email headers, salutation). Reported: leave-one-set-out accuracy (each set
// scored with weights fitted on the others), forward accuracy (each set scored with weights fitted on the sets
// made before it, as a new set meets the engine), and the full fit. --write saves the full fit to rules/kind-weights.json.
// Never run on the blind or not-read sets (heldout-5, -16, -18, -19): they are refused.
import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const require = createRequire(import.meta.url);
const { framedKind, kindFeatures } = require(join(root, "dist", "src", "engine", "kind.js"));
const { parseAnnotated } = await import(pathToFileURL(realpathSync(join(shared, "eval", "score.mjs"))).href);

const args = process.argv.slice(2);
const write = args.includes("--write");
// In the order the sets were made (forward accuracy trains on the sets before each).
const DEFAULT_SETS = ["dev", "heldout", "heldout-real", ...[3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17].map((n) => `heldout-${n}`)];
const sets = args.filter((a) => !a.startsWith("--"));
const chosen = sets.length ? sets : DEFAULT_SETS;
const BLIND = /^(?:eval\/)?heldout-(?:5|16|18|19)\/?$/;
if (chosen.some((s) => BLIND.test(s))) {
  console.error("fit-kind: the blind and not-read sets are never fitted on");
  process.exit(2);
}
const KINDS = ["court-report", "case-note", "visit-record", "email", "chronology", "assessment", "supervision", "letter-to-child", "unknown"];
const EPOCHS = 30;

const weighed = (items) => items.filter((d) => !d.framed);
const right = (gold, got) => (gold === "letter" ? got === "letter-to-child" || got === "email" : gold === got);
const docs = [];
for (const set of chosen) {
  const dir = set === "dev" ? join(shared, "eval", "dev") : join(root, "eval", set.replace(/^eval\//, ""));
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const doc = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (!doc.kind) continue;
    const { plain } = parseAnnotated(doc.annotated);
    const forms = new Set([doc.profile.subject.name, ...(doc.profile.subject.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/\s+/)));
    // A letter with no salutation to the child is read as correspondence.
    const y = doc.kind === "letter" ? "email" : doc.kind;
    docs.push({ set, id: doc.id, gold: doc.kind, y, features: kindFeatures(plain), framed: framedKind(plain, forms) });
  }
}

// The conventions (rules/kind-conventions.json) are fitted on in every fold, and must all hold in the full fit.
const conventions = JSON.parse(readFileSync(join(root, "rules", "kind-conventions.json"), "utf8")).examples.map(({ kind, text }) => ({
  set: "conventions",
  id: text.slice(0, 40),
  gold: kind,
  y: kind,
  features: kindFeatures(text),
  framed: framedKind(text),
}));

function train(items) {
  items = [...items, ...weighed(conventions)];
  const w = new Map();
  const total = new Map();
  let step = 1;
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  const score = (d, kind) => d.features.reduce((s, f) => s + (w.get(`${f}|${kind}`) ?? 0), w.get(`|${kind}`) ?? 0);
  for (let e = 0; e < EPOCHS; e++) {
    for (const d of items) {
      let best = KINDS[0];
      for (const k of KINDS) if (score(d, k) > score(d, best)) best = k;
      if (best !== d.y) {
        for (const f of [...d.features, ""]) {
          add(w, `${f}|${d.y}`, 1);
          add(w, `${f}|${best}`, -1);
          add(total, `${f}|${d.y}`, step);
          add(total, `${f}|${best}`, -step);
        }
      }
      step++;
    }
  }
  // Averaged weights (the mean over every step), rounded for the data file.
  const weights = {};
  const bias = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const [key, v] of w) {
    const avg = Math.round((v - (total.get(key) ?? 0) / step) * 100) / 100;
    if (!avg) continue;
    const [f, kind] = key.split("|");
    if (f === "") bias[kind] = avg;
    else (weights[f] ??= {})[kind] = avg;
  }
  return { weights, bias };
}

function predict(model, d) {
  if (d.framed) return d.framed;
  if (!d.features.length) return "unknown";
  let best;
  let bestScore = -Infinity;
  for (const k of KINDS) {
    let s = model.bias[k] ?? 0;
    for (const f of d.features) s += model.weights[f]?.[k] ?? 0;
    if (s > bestScore) [best, bestScore] = [k, s];
  }
  return best;
}

const accuracy = (model, items) => items.filter((d) => right(d.gold, predict(model, d))).length;
let loso = 0;
let forward = 0;
let forwardTotal = 0;
chosen.forEach((set, i) => {
  const test = docs.filter((d) => d.set === set);
  const held = accuracy(train(weighed(docs.filter((d) => d.set !== set))), test);
  loso += held;
  let fwd = "";
  if (i >= 3) {
    const f = accuracy(train(weighed(docs.filter((d) => chosen.indexOf(d.set) < i))), test);
    forward += f;
    forwardTotal += test.length;
    fwd = `  forward ${f}/${test.length}`;
  }
  console.log(`${set.padEnd(13)} left out ${held}/${test.length}${fwd}`);
});
const full = train(weighed(docs));
console.log(`leave-one-set-out ${loso}/${docs.length}  forward ${forward}/${forwardTotal}  full fit ${accuracy(full, docs)}/${docs.length}`);
console.log(`conventions held ${accuracy(full, conventions)}/${conventions.length}`);
for (const d of [...docs, ...conventions]) if (!right(d.gold, predict(full, d))) console.log(`  full fit miss: ${d.set} ${d.id} gold ${d.gold} -> ${predict(full, d)}`);
if (write) {
  const out = {
    note: "Weight of each piece of kind evidence (src/engine/kind.ts kindFeatures) per kind, and each kind's bias. Fitted, not hand-set: regenerate with `npm run build && node scripts/fit-kind.mjs --write` after changing the features.",
    source: `Averaged multiclass perceptron (${EPOCHS} epochs) on the records of ${chosen.join(", ")} that the frame does not decide alone; leave-one-set-out ${loso}/${docs.length}, forward ${forward}/${forwardTotal}, full fit ${accuracy(full, docs)}/${docs.length}.`,
    bias: full.bias,
    weights: Object.fromEntries(Object.entries(full.weights).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
  writeFileSync(join(root, "rules", "kind-weights.json"), JSON.stringify(out, null, 2) + "\n");
  console.log("wrote rules/kind-weights.json");
}
