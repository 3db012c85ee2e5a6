#!/usr/bin/env node
// Fits the weights of the pasted-name evidence (rules/mix-up/paste-weights.json, src/engine/rules/mix-up/paste-evidence.ts).
//
// Contract (scripts/eval.mjs --folds): export function fit(trainDocs, engine) → a fragment for options.tuning.paste.
//
// Method: analyse each training document once and collect, through the evidence module's trace hook, the
// features of every mention of another child that no narrow sign already takes, labelled 1 when the mention is
// tagged `mix` (a pasted name) and 0 otherwise (a real other child, or a word that is no child at all). Then an
// L2-regularised logistic regression (gradient descent; the penalty keeps a feature seen in a handful of mentions
// from carrying the model), and a threshold on its probability chosen to maximise pastes caught minus COST_FP
// times real children taken for pastes: a real other child taken for a paste loses its other-child finding, so
// precision is bought dearly. Fit on many sets at once; --lso checks it set by set on sets left out.
//
//   node scripts/fit/paste.mjs [sets…]            print the fit on the sets (default: dev and the development sets)
//   node scripts/fit/paste.mjs --lso [sets…]      leave-sets-out: fit on all but one set, test on it, for each set
//   node scripts/fit/paste.mjs --write [sets…]    write the fit into rules/mix-up/paste-weights.json
import { readFileSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const WEIGHTS_FILE = join(root, "rules", "mix-up", "paste-weights.json");
const require = createRequire(import.meta.url);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const COST_FP = 4;
const L2 = 1;

/** Mention-level samples: the evidence and whether the mention is a pasted name. */
export function collect(trainDocs, engine) {
  const evidence = require(join(root, "dist", "src", "engine", "rules", "mix-up", "paste-evidence.js"));
  const samples = [];
  let current;
  evidence.tracePasteEvidence((m, features, flagged) => current.push({ m, features, flagged }));
  try {
    for (const { doc, plain, gold } of trainDocs) {
      current = [];
      engine.analyse(plain, doc.profile, { tuning: { paste: { threshold: 2 } } });
      for (const { m, features, flagged } of current) {
        if (flagged) continue;
        const label = gold.some((s) => s.tag === "mix" && overlaps(s, m)) ? 1 : 0;
        samples.push({ features, label, doc: doc.id });
      }
    }
  } finally {
    evidence.tracePasteEvidence(undefined);
  }
  return samples;
}

const keysOf = (samples) => [...new Set(samples.flatMap((s) => Object.keys(s.features)))].sort();

function logistic(samples, keys) {
  const w = Object.fromEntries(keys.map((k) => [k, 0]));
  let bias = 0;
  const lr = 0.5;
  for (let it = 0; it < 3000; it++) {
    const g = Object.fromEntries(keys.map((k) => [k, 0]));
    let gb = 0;
    for (const s of samples) {
      let z = bias;
      for (const [k, v] of Object.entries(s.features)) z += (w[k] ?? 0) * v;
      const e = 1 / (1 + Math.exp(-z)) - s.label;
      gb += e;
      for (const [k, v] of Object.entries(s.features)) g[k] += e * v;
    }
    const n = samples.length;
    bias -= (lr * gb) / n;
    for (const k of keys) w[k] -= lr * (g[k] / n + (L2 * w[k]) / n);
  }
  return { bias, weights: w };
}

export function probability(s, model) {
  let z = model.bias;
  for (const [k, v] of Object.entries(s.features)) z += (model.weights[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

function chooseThreshold(samples, model) {
  let best = { t: 1.01, score: 0 };
  for (let t = 0.3; t <= 0.99; t += 0.01) {
    let score = 0;
    for (const s of samples) if (probability(s, model) >= t) score += s.label ? 1 : -COST_FP;
    if (score > best.score) best = { t, score };
  }
  return Math.round(best.t * 100) / 100;
}

export function fitSamples(samples) {
  const model = logistic(samples, keysOf(samples));
  const fragment = { bias: Math.round(model.bias * 1000) / 1000, threshold: chooseThreshold(samples, model) };
  for (const [k, v] of Object.entries(model.weights)) fragment[k] = Math.round(v * 1000) / 1000;
  return fragment;
}

export function fit(trainDocs, engine) {
  return fitSamples(collect(trainDocs, engine));
}

const asModel = (fragment) => ({ bias: fragment.bias, weights: Object.fromEntries(Object.entries(fragment).filter(([k]) => k !== "bias" && k !== "threshold")) });

async function main() {
  const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
  const { parseAnnotated } = await import(realpathSync(join(shared, "eval", "score.mjs")));
  const engine = require(join(root, "dist", "src", "engine", "index.js"));
  const named = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const sets = named.length ? named : ["dev", ...["", "-real", "-3", "-4", "-6", "-7", "-8", "-9", "-10", "-11", "-12", "-13", "-14"].map((s) => `eval/heldout${s}`)];
  const bySet = new Map();
  for (const set of sets) {
    const dir = set === "dev" ? realpathSync(join(shared, "eval", "dev")) : resolve(root, set);
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => {
        const doc = JSON.parse(readFileSync(join(dir, f), "utf8"));
        const { plain, spans } = parseAnnotated(doc.annotated);
        return { doc, plain, gold: spans };
      });
    bySet.set(set, collect(docs, engine));
  }
  const everything = [...bySet.values()].flat();
  console.log(`${everything.length} mentions, ${everything.filter((s) => s.label).length} pasted`);
  if (process.argv.includes("--lso")) {
    let tp = 0;
    let fp = 0;
    let pos = 0;
    for (const [set, test] of bySet) {
      const fragment = fitSamples([...bySet].filter(([s]) => s !== set).flatMap(([, v]) => v));
      const model = asModel(fragment);
      let a = 0;
      let b = 0;
      for (const s of test) {
        if (probability(s, model) < fragment.threshold) continue;
        if (s.label) a++;
        else b++;
      }
      const p = test.filter((s) => s.label).length;
      console.log(`${set.padEnd(18)} pastes ${p}  caught ${a}  real children taken ${b}  (threshold ${fragment.threshold})`);
      tp += a;
      fp += b;
      pos += p;
    }
    console.log(`left-out total: pastes ${pos}, caught ${tp}, real children taken ${fp}`);
    return;
  }
  const fragment = fitSamples(everything);
  console.log(JSON.stringify(fragment, null, 2));
  if (process.argv.includes("--write")) {
    const data = JSON.parse(readFileSync(WEIGHTS_FILE, "utf8"));
    data.bias = fragment.bias;
    data.threshold = fragment.threshold;
    data.weights = Object.fromEntries(Object.entries(fragment).filter(([k]) => k !== "bias" && k !== "threshold"));
    data.fitted = `scripts/fit/paste.mjs on ${sets.join(", ")}: ${everything.length} mentions, ${everything.filter((s) => s.label).length} pasted`;
    writeFileSync(WEIGHTS_FILE, JSON.stringify(data, null, 2) + "\n");
    console.log(`written to ${WEIGHTS_FILE}`);
  }
}

if (import.meta.url === `file://${realpathSync(process.argv[1] ?? "")}`) await main();
