#!/usr/bin/env node
// Counts an annotated set's misses and false findings by CLASS, without printing any of its text:
//   node scripts/miss-classes.mjs --dir eval/heldout-16
// For a blind set this is the only view the lead takes besides the scorer's totals: it says which kind of
// mechanism fails (a word the lexicon lacks, a guard that suppresses a known word, a person never found,
// a person placed in the wrong role, …) so work can go to the class, never to a sentence of the set.
// Output: one line per category and class with a count. No span text, names or reasons' quoted parts.
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const args = process.argv.slice(2);
const dirArg = args.indexOf("--dir") >= 0 ? args[args.indexOf("--dir") + 1] : undefined;
const corpus = dirArg ? resolve(dirArg) : join(shared, "eval", "dev");
const { parseAnnotated } = await import(pathToFileURL(realpathSync(join(shared, "eval", "score.mjs"))).href);
const engine = createRequire(import.meta.url)(join(root, "dist", "src", "engine", "index.js"));

const CATEGORY_OF_TAG = { oc: "other-child", pid: "identifier", jar: "jargon", jud: "judgemental", mix: "mix-up" };
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const counts = new Map();
const bump = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** The shape of a span, never its text. */
function shape(text) {
  if (/^[A-Z]{2,}s?$/.test(text)) return "acronym";
  if (/^[A-Z][a-z]/.test(text) && !/\s/.test(text)) return "capitalised word";
  if (/^[A-Z][a-z]/.test(text)) return "capitalised phrase";
  if (/^(he|she|him|her|his|hers|they|them|their|himself|herself)$/i.test(text)) return "pronoun";
  if (/\d/.test(text)) return "with digits";
  return /\s/.test(text) ? "lower-case phrase" : "lower-case word";
}

/** Context classes read from the 60 characters before a span. */
function context(plain, start) {
  const before = plain.slice(Math.max(0, start - 60), start);
  const classes = [];
  const opens = (before.match(/["“‘']/g) ?? []).length;
  if (opens % 2 === 1 || /["“‘]\s*$/.test(before)) classes.push("quoted");
  if (/\b(not|never|no|n't|nor|without|rather than|instead of)\b[^.;]*$/i.test(before)) classes.push("negation before");
  if (/\b(said|says|described|describ\w+|called|calls|wrote|writes|recorded|labelled|labels?|referred|term|word|phrase)\b[^.;]*$/i.test(before)) classes.push("attribution before");
  return classes.length ? classes.join("+") : "plain";
}

/** Whether the engine reports the span's category on the span alone (vocabulary) — out of its context. */
function foundAlone(text, category, profile) {
  const report = engine.analyse(`${text}.`, profile, {});
  return report.findings.some((f) => f.category === category);
}

/** A person's reasons with any quoted part removed, so only the engine's own templates remain. */
const reasonTemplates = (person) =>
  (person?.reasons ?? []).map((r) =>
    r
      .replace(/["“][^"”]*["”]/g, "…")
      .replace(/'[^']*'/g, "…")
      .replace(/\b[A-Z][a-z]+\b/g, "X")
      .slice(0, 70),
  );

const files = readdirSync(corpus).filter((f) => f.endsWith(".json"));
for (const file of files) {
  const doc = JSON.parse(readFileSync(join(corpus, file), "utf8"));
  const { plain, spans } = parseAnnotated(doc.annotated);
  const report = engine.analyse(plain, doc.profile, {});
  const people = report.people ?? [];
  const personAt = (span) => people.find((p) => p.mentions.some((m) => overlaps(m, span)));
  for (const [tag, category] of Object.entries(CATEGORY_OF_TAG)) {
    const gold = spans.filter((s) => s.tag === tag);
    const found = report.findings.filter((f) => f.category === category);
    for (const g of gold) {
      if (found.some((f) => overlaps(f, g))) continue;
      let cls = `${shape(g.text)} | ${context(plain, g.start)}`;
      if (category === "other-child") {
        const person = personAt(g);
        const inReview = (report.review ?? []).some((r) => overlaps(r, g));
        cls = `${shape(g.text)} | ${inReview ? "put to review" : person ? `placed as ${person.role}` : "no person found"}`;
        if (person && !inReview) for (const r of reasonTemplates(person)) bump(`other-child  missed-reason  ${r}`);
      } else if (category === "judgemental" || category === "jargon") {
        cls += foundAlone(g.text, category, doc.profile) ? " | known alone (context suppressed it)" : " | not known alone (vocabulary)";
      }
      bump(`${category.padEnd(12)} missed  ${cls}`);
    }
    for (const f of found) {
      if (gold.some((g) => overlaps(f, g))) continue;
      const other = spans.find((s) => overlaps(s, f));
      let cls = `${f.ruleId} | ${shape(plain.slice(f.start, f.end))} | gold ${other ? other.tag : "none"} | ${context(plain, f.start)}`;
      if (category === "other-child") {
        const person = personAt(f);
        for (const r of reasonTemplates(person)) bump(`other-child  false-reason  ${r}`);
      }
      bump(`${category.padEnd(12)} false   ${cls}`);
    }
  }
  for (const [key, gold] of Object.entries(doc.quality ?? {})) {
    const value = report.quality?.[key]?.value;
    if (value !== gold) bump(`quality      ${key} gold ${gold} engine ${value}`);
  }
}
for (const [key, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(3)}  ${key}`);
