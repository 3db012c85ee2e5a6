#!/usr/bin/env node
// Fits the people stage's weights (rules/people/weights.json) on annotated documents.
//
// Contract (scripts/eval.mjs --folds): export function fit(trainDocs, engine) → a fragment for
// options.tuning.people. trainDocs are [{doc, plain, gold}] (gold = score.mjs parseAnnotated spans),
// engine is { analyse } from dist.
//
// Method: analyse each training document once with the default weights and collect, per person the
// engine found, the evidence counts (Report.people[].evidence) and the gold role of its mentions (oc, ad, sc
// tags). Then coordinate search over the weights and the child threshold, maximising a mention-level
// objective: +1 per other-child mention flagged, +0.6 per one put to review, −1 per one missed, −4 per adult
// or subject mention flagged, −0.5 per untagged word flagged, −0.15 per mention put to review. Each weight
// keeps its sign and stays within a factor of 2 of its default, so no weight can grow to fit one document.
//
//   node scripts/fit/people.mjs            print the fit on the whole corpus
//   node scripts/fit/people.mjs --write    write it into rules/people/weights.json
import { readFileSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const WEIGHTS_FILE = join(root, "rules", "people", "weights.json");
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Person-level samples: evidence counts and the gold tags of the mentions. */
export function collect(trainDocs, engine) {
  const samples = [];
  for (const { doc, plain, gold } of trainDocs) {
    const report = engine.analyse(plain, doc.profile);
    for (const p of report.people) {
      if (!p.evidence) continue; // the subject and the worker's own decisions are not weighed
      const tally = { oc: 0, ad: 0, sc: 0, none: 0 };
      for (const m of p.mentions) {
        const g = gold.find((s) => (s.tag === "oc" || s.tag === "ad" || s.tag === "sc") && overlaps(s, m));
        tally[g ? g.tag : "none"]++;
      }
      // Without evidence the person is put to review only when the engine judged the word name-shaped.
      samples.push({ evidence: p.evidence, tally, bare: Object.keys(p.evidence).length === 0 && p.role === "undecided" });
    }
  }
  return samples;
}

function verdict(sample, w, t) {
  let child = 0;
  let adult = 0;
  for (const [s, n] of Object.entries(sample.evidence)) {
    const v = (w[s] ?? 0) * n;
    if (v > 0) child += v;
    else adult -= v;
  }
  const score = child - adult;
  if (score >= t.child && child >= t.minChild) return "child";
  if (adult > 0 && -score >= t.adult) return "adult";
  if (child > 0 || adult > 0 || sample.bare) return "undecided";
  return "none";
}

export function objective(samples, w, t) {
  let total = 0;
  for (const s of samples) {
    const v = verdict(s, w, t);
    const { oc, ad, sc, none } = s.tally;
    if (v === "child") total += oc - 4 * (ad + sc) - 0.5 * none;
    else if (v === "undecided") total += 0.6 * oc - 0.15 * (oc + ad + sc + none);
    else total -= oc;
  }
  return total;
}

export function fit(trainDocs, engine) {
  const defaults = JSON.parse(readFileSync(WEIGHTS_FILE, "utf8"));
  const w = { ...defaults.weights };
  const t = { ...defaults.thresholds };
  const samples = collect(trainDocs, engine);
  let best = objective(samples, w, t);
  for (let pass = 0; pass < 3; pass++) {
    let improved = false;
    for (const key of Object.keys(w)) {
      const base = defaults.weights[key];
      for (const f of [0.5, 0.75, 1, 1.25, 1.5, 2]) {
        const trial = { ...w, [key]: base * f };
        const score = objective(samples, trial, t);
        if (score > best + 1e-9) {
          best = score;
          w[key] = base * f;
          improved = true;
        }
      }
    }
    for (const c of [0.5, 1, 2, 3]) {
      const score = objective(samples, w, { ...t, child: c });
      if (score > best + 1e-9) {
        best = score;
        t.child = c;
        improved = true;
      }
    }
    if (!improved) break;
  }
  const fragment = {};
  for (const [k, v] of Object.entries(w)) fragment[k] = Math.round(v * 100) / 100;
  fragment["threshold.child"] = t.child;
  return fragment;
}

async function main() {
  const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
  const corpus = realpathSync(join(shared, "eval", "dev"));
  const { parseAnnotated } = await import(realpathSync(join(shared, "eval", "score.mjs")));
  const require = createRequire(import.meta.url);
  const engine = require(join(root, "dist", "src", "engine", "index.js"));
  const docs = readdirSync(corpus)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const doc = JSON.parse(readFileSync(join(corpus, f), "utf8"));
      const { plain, spans } = parseAnnotated(doc.annotated);
      return { doc, plain, gold: spans };
    });
  const fragment = fit(docs, engine);
  console.log(JSON.stringify(fragment, null, 2));
  if (process.argv.includes("--write")) {
    const data = JSON.parse(readFileSync(WEIGHTS_FILE, "utf8"));
    for (const [k, v] of Object.entries(fragment)) {
      if (k.startsWith("threshold.")) data.thresholds[k.slice(10)] = v;
      else data.weights[k] = v;
    }
    writeFileSync(WEIGHTS_FILE, JSON.stringify(data, null, 2) + "\n");
    console.log(`written to ${WEIGHTS_FILE}`);
  }
}

if (import.meta.url === `file://${realpathSync(process.argv[1] ?? "")}`) await main();
