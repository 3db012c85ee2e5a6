#!/usr/bin/env node
// Quoted and reported judgemental words (issue 12, item 3): for every judgemental word-list match that is quoted or
// follows a verb of saying or naming, the construction around it (who is quoted, the reporting verb, the quote's
// length, whether the record uses the word itself elsewhere, whether it is the speaker's words about themself, scare
// quotes with no speaker, the kind of record) against whether the gold tags it `jud`, and against the engine's own
// decision. Then a small decision list over those features, fitted leave-one-set-out, so that what separates an
// adopted label from a reported or rejected one is measured on sets it was not fitted on.
// Counts and feature tables only; `--verbose` prints each match's features with its sentence (readable sets only).
//   npm run -s build && node scripts/judgemental-quotes.mjs [--sets dev,eval/heldout,...] [--verbose]
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { context } from "./lib/miss-classes.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const READABLE =
  "dev,eval/heldout,eval/heldout-real,eval/heldout-3,eval/heldout-4,eval/heldout-6,eval/heldout-7,eval/heldout-8,eval/heldout-9,eval/heldout-10,eval/heldout-11,eval/heldout-12,eval/heldout-13,eval/heldout-14,eval/heldout-15,eval/heldout-17";
const sets = (args.indexOf("--sets") >= 0 ? args[args.indexOf("--sets") + 1] : READABLE).split(",");
for (const set of sets) if (/heldout-(?:5|16|18|19)\b/.test(set)) throw new Error(`${set} is not a readable set`);
const { parseAnnotated } = await import(pathToFileURL(realpathSync(join(shared, "eval", "score.mjs"))).href);
const require = createRequire(import.meta.url);
const engineModule = (path) => require(join(root, "dist", "src", "engine", path));
const { analyse } = engineModule("index.js");
const { createContext } = engineModule("pipeline.js");
const { scanLexicon, wordingKind } = engineModule("rules/jargon/lexicon.js");
const { findSpanIndex } = engineModule("text/span.js");

const SUBTYPES = new Set(["stigmatising", "dismissive", "blaming-parent", "victim-blaming", "adultifying", "minimising"]);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

// Who speaks, read from the words before the verb of saying in the label's sentence (the nearest wins).
const SPEAKERS = [
  ["writer", /\b(?:I|we)\s+(?:\w+\s+)?$/i],
  ["record", /\b(?:records?|notes?|referral|log|minutes|report|entry|chronology|letter|e-?mail|form|file|assessment|plan|discussion|meeting)\s+(?:\w+\s+)?$/i],
  ["parent", /\b(?:mum|mother|dad|father|step-?\w+|nan|gran|grandma|grandad|grandmother|grandfather|aunt|auntie|uncle|parents?|Mr|Mrs|Ms)\b[^.;!?]{0,25}$/i],
  [
    "professional",
    /\b(?:teacher|tutor|head|school|college|nursery|officer|police|PC|staff|carers?|worker|manager|nurse|GP|doctor|SENCO|practitioner|professional|psychologist|psychiatrist|therapist|guardian|IRO|chair|panel)s?\b[^.;!?]{0,30}$/i,
  ],
  ["child", /\b(?:girls|boys|pupils|classmates|peers|friends?|brother|sister|sibling|cousin)s?\s+(?:\w+\s+)?$/i],
  ["pronoun", /\b(?:he|she|they)\s+(?:\w+\s+)?$/i],
];
const VERBS = [
  ["naming", /\b(?:describ\w*|call\w*|referr?\w*\s+to|label\w*|brand\w*|term\w*|dubb?\w*|nam(?:e|ed|es))\b/i],
  ["recording", /\b(?:wrote|writes|recorded|records|noted|notes|states?|stated|logged|reads?)\b/i],
  ["stance", /\b(?:thinks?|thought|feels?|felt|believes?|believed|worr\w+|consider\w*|view|opinion)\b/i],
  ["saying", /\b(?:said|says?|told|tells|reported|reports|added|explained|complained|mentioned|shared)\b/i],
];

function features(ctx, plain, kind, m) {
  const s = ctx.sentenceAt(m.start);
  const qi = findSpanIndex(ctx.quotes, m.start);
  const q = qi >= 0 && ctx.quotes[qi].end >= m.end ? ctx.quotes[qi] : undefined;
  const opensAt = q ? q.start : m.start;
  const before = plain.slice(Math.max(s.start, opensAt - 120), opensAt);
  let verb = "none";
  let verbAt = -1;
  for (const [name, re] of VERBS) {
    const all = [...before.matchAll(new RegExp(re.source, "gi"))];
    const last = all.at(-1);
    if (last && last.index > verbAt) [verb, verbAt] = [name, last.index];
  }
  let speaker = "none";
  if (verbAt >= 0) {
    const head = before.slice(0, verbAt);
    let best = -1;
    for (const [name, re] of SPEAKERS) {
      const hit = new RegExp(re.source.replace(/\$$/, ""), "gi");
      for (const h of head.matchAll(hit)) if (h.index > best) [speaker, best] = [name, h.index];
    }
    const subject = [...ctx.profile.subjectForms].some((f) => new RegExp(`\\b${f}\\b`, "i").test(head.slice(-40)));
    if (subject && best < head.length - 40) speaker = "subject";
    if (/\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$/i.test(head)) speaker = "passive";
  }
  const inner = q ? plain.slice(q.start + 1, q.end - 1) : "";
  const words = q ? inner.trim().split(/\s+/).length : 0;
  const label = plain.slice(m.start, m.end).toLowerCase();
  // The record uses the word itself: the same words elsewhere, outside quotes, not right after a negation.
  let reused = false;
  for (let at = plain.toLowerCase().indexOf(label); at >= 0; at = plain.toLowerCase().indexOf(label, at + 1)) {
    if (overlaps({ start: at, end: at + label.length }, m) || ctx.inQuote(at, at + label.length)) continue;
    if (/(?:\bnot|\bnever|n't|\bno)\s+(?:\w+\s+)?$/i.test(plain.slice(Math.max(0, at - 20), at))) continue;
    reused = true;
  }
  const scare = q !== undefined && verb === "none";
  const selfWords = q !== undefined && /\b(?:I|I'm|me|my|we)\b/.test(inner);
  const ofSelf = /\b(?:herself|himself|themselves|myself)\s+(?:as\s+)?["'‘“]?$/i.test(before);
  const aboutWords = /\b(?:language|wording|labels?|words?|phrases?|terms?)\b/i.test(plain.slice(s.start, Math.min(plain.length, s.end + 300)));
  return {
    quoted: q ? "yes" : "no",
    speaker,
    verb,
    length: !q ? "unquoted" : words <= 4 ? "label" : words <= 8 ? "phrase" : "speech",
    reused: reused ? "yes" : "no",
    scare: scare ? "yes" : "no",
    selfWords: selfWords ? "yes" : "no",
    ofSelf: ofSelf ? "yes" : "no",
    aboutWords: aboutWords ? "yes" : "no",
    kind,
  };
}

const rows = [];
for (const set of sets) {
  const dir = set === "dev" ? join(shared, "eval", "dev") : resolve(root, set);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const doc = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const { plain, spans } = parseAnnotated(doc.annotated);
    const gold = spans.filter((g) => g.tag === "jud");
    const ctx = createContext(plain, doc.profile, {});
    const kind = wordingKind(ctx);
    const found = analyse(plain, doc.profile, {}).findings.filter((f) => f.category === "judgemental");
    for (const m of scanLexicon("judgemental", plain)) {
      if (!SUBTYPES.has(m.entry.subtype)) continue;
      const cls = context(plain, m.start);
      if (!/quoted|attribution/.test(cls)) continue;
      const f = features(ctx, plain, kind, m);
      const row = { set, file, f, gold: gold.some((g) => overlaps(g, m)), engine: found.some((x) => overlaps(x, m)) };
      rows.push(row);
      if (verbose) {
        const s = ctx.sentenceAt(m.start);
        console.log(
          `${set}/${file} gold ${row.gold ? "jud " : "none"} engine ${row.engine ? "flags" : "no   "} ${Object.values(f).join(" ")} "${plain.slice(m.start, m.end)}": ${plain.slice(s.start, s.end).replace(/\s+/g, " ").slice(0, 220)}`,
        );
      }
    }
  }
}

// 1. Gold `jud` against none for each value of each feature.
console.log(`${rows.length} quoted or reported matches; gold jud ${rows.filter((r) => r.gold).length}`);
for (const key of Object.keys(rows[0]?.f ?? {})) {
  const counts = new Map();
  for (const r of rows) {
    const c = counts.get(r.f[key]) ?? [0, 0];
    c[r.gold ? 0 : 1]++;
    counts.set(r.f[key], c);
  }
  console.log(`${key.padEnd(10)} ${[...counts].map(([v, [j, n]]) => `${v} ${j}/${n}`).join("  ")}`);
}

// 2. A decision list: the feature-value conjunctions (one or two features) whose gold rate on the training sets is
// furthest from the base rate, each deciding the rows it covers that no earlier rule covered; the rest take the
// training majority. Fitted with each set left out in turn, and scored on it against the engine's own decisions.
const KEYS = Object.keys(rows[0]?.f ?? {});
function conditions() {
  const out = [];
  const values = (k) => [...new Set(rows.map((r) => r.f[k]))];
  for (const a of KEYS) for (const va of values(a)) out.push([[a, va]]);
  for (let i = 0; i < KEYS.length; i++)
    for (let j = i + 1; j < KEYS.length; j++)
      for (const va of values(KEYS[i]))
        for (const vb of values(KEYS[j]))
          out.push([
            [KEYS[i], va],
            [KEYS[j], vb],
          ]);
  return out;
}
const CONDS = conditions();
const covers = (cond, r) => cond.every(([k, v]) => r.f[k] === v);
const MIN_SUPPORT = 6;
const MAX_RULES = 8;
function fit(train) {
  const rules = [];
  let rest = train;
  for (let step = 0; step < MAX_RULES && rest.length > 0; step++) {
    let best;
    for (const cond of CONDS) {
      const hit = rest.filter((r) => covers(cond, r));
      if (hit.length < MIN_SUPPORT) continue;
      const jud = hit.filter((r) => r.gold).length;
      const label = jud * 2 >= hit.length;
      // Laplace-smoothed purity, weighted by support: a pure rule on few rows is worth less than a near-pure one on many.
      const purity = ((label ? jud : hit.length - jud) + 1) / (hit.length + 2);
      const score = purity * Math.log2(1 + hit.length);
      if (purity >= 0.85 && (!best || score > best.score)) best = { cond, label, score };
    }
    if (!best) break;
    rules.push(best);
    rest = rest.filter((r) => !covers(best.cond, r));
  }
  const defaultLabel = rest.filter((r) => r.gold).length * 2 >= rest.length && rest.length > 0;
  return { rules, defaultLabel };
}
const predict = (model, r) => model.rules.find((rule) => covers(rule.cond, r))?.label ?? model.defaultLabel;
const prf = (pairs) => {
  const tp = pairs.filter(([p, g]) => p && g).length;
  const fp = pairs.filter(([p, g]) => p && !g).length;
  const fn = pairs.filter(([p, g]) => !p && g).length;
  const p = tp + fp ? tp / (tp + fp) : 1;
  const rc = tp + fn ? tp / (tp + fn) : 1;
  return `P ${p.toFixed(3)} R ${rc.toFixed(3)} F1 ${(p + rc ? (2 * p * rc) / (p + rc) : 0).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`;
};
console.log("\nleave-one-set-out, on quoted or reported matches only: decision list | engine");
const allModel = [];
const allEngine = [];
for (const set of sets) {
  const test = rows.filter((r) => r.set === set);
  if (test.length === 0) continue;
  const model = fit(rows.filter((r) => r.set !== set));
  const pred = test.map((r) => [predict(model, r), r.gold]);
  const eng = test.map((r) => [r.engine, r.gold]);
  allModel.push(...pred);
  allEngine.push(...eng);
  console.log(`${set.padEnd(18)} n ${String(test.length).padStart(3)} | ${prf(pred)} | ${prf(eng)}`);
}
console.log(`${"all".padEnd(18)} n ${String(allModel.length).padStart(3)} | ${prf(allModel)} | ${prf(allEngine)}`);
const full = fit(rows);
console.log("\ndecision list fitted on every readable set:");
for (const rule of full.rules) console.log(`  if ${rule.cond.map(([k, v]) => `${k}=${v}`).join(" & ")} then ${rule.label ? "jud" : "none"}`);
console.log(`  else ${full.defaultLabel ? "jud" : "none"}`);
