#!/usr/bin/env node
// Measures what the whole engine finds of the shared lexicon research (../shared/lexicon/lexicon.json), issue 12
// items 2–3: every entry's term and variants, each in its regular forms (hyphen/space, -ise/-ize and behaviour/
// behavior, either number of the head noun, "a"/"the" before a noun phrase), alone in neutral sentences that
// use none of the eval sets' wording. A form is found when a finding of the entry's category (an acronym's:
// jargon) overlaps it in any frame. Entries the data files switch off on purpose (enabled: false) are counted
// apart: a person judged they need a reader, not a word list.
// With --data, the project's own jargon entries (rules/jargon.json, switched-on entries only) are measured the
// same way, each by its term and the research variants it records: an entry added from a published glossary is
// checked against the forms its source writes, not only the forms its match list was written for.
//   npm run -s build && node scripts/lexicon-coverage.mjs [--verbose] [--data] [--json out.json]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const engine = require(join(root, "dist", "src", "engine", "index.js"));
const shared = process.env.CLEAR_RECORD_SHARED ?? join(root, "..", "shared");
const research = JSON.parse(readFileSync(join(shared, "lexicon", "lexicon.json"), "utf8"));
const verbose = process.argv.includes("--verbose");
const ownData = process.argv.includes("--data");
const jsonAt = process.argv.indexOf("--json");

const disabled = new Set();
for (const file of ["jargon.json", "judgemental.json"]) {
  for (const e of JSON.parse(readFileSync(join(root, "rules", file), "utf8")).entries) {
    if (e.enabled === false) [e.term, ...(e.variants ?? [])].forEach((t) => disabled.add(t.toLowerCase()));
  }
}

// Plurals of the head nouns the research's phrases end in (regular -s otherwise for a final noun we know).
const PLURAL = { child: "children", family: "families", man: "men", woman: "women", person: "people", party: "parties" };
const NOUN_HEADS =
  /(?:behaviour|choice|decision|lifestyle|friend|boyfriend|girlfriend|partner|allegation|offender|abuser|perpetrator|mule|liar|worker|prostitute|seeker|tantrum|meltdown|issue|problem|father|dad|mum|parent|mother|child|runner|dealer|member|relationship|household|family|home|carer|plan|meeting|visit|order|review|assessment|placement|unit|setting|officer|panel|report|session|conference|leaver|sibling|kid)$/;

function pluralOf(word) {
  if (PLURAL[word]) return PLURAL[word];
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The regular spellings a published phrase is also written in. */
function forms(phrase) {
  const out = new Set([phrase]);
  const add = (p) => out.add(p.replace(/\s+/g, " ").trim());
  for (const p of [...out]) {
    if (/\p{L}-\p{L}/u.test(p)) add(p.replace(/(\p{L})-(\p{L})/gu, "$1 $2"));
    else if (p.split(" ").length === 2 && p === p.toLowerCase()) add(p.replace(" ", "-"));
  }
  for (const p of [...out]) {
    if (/behaviour/.test(p)) add(p.replace(/behaviour/g, "behavior"));
    if (/(?<!w|gu|m|ra|no|ra)is(e|es|ed|ing|ation)\b/.test(p) && p === p.toLowerCase()) add(p.replace(/(?<!w|gu|m|ra|no)is(e|es|ed|ing|ation)\b/g, "iz$1"));
  }
  for (const p of [...out]) {
    const m = /^(.*?)([\p{L}]+)$/u.exec(p);
    if (m && NOUN_HEADS.test(m[2]) && p === p.toLowerCase()) add(m[1] + pluralOf(m[2]));
  }
  return [...out];
}

// Neutral frames: none is a sentence of any eval set; a noun phrase, an adjective and a verb phrase each read in one.
const FRAMES = [
  (p) => `On Tuesday the worker wrote "${p}" in the notes.`,
  (p) => `On Tuesday the worker wrote ${p} in the notes.`,
  (p) => `The review discussed ${p} and agreed the next step.`,
  (p) => `Jordan was ${p} after school on Tuesday.`,
  (p) => `Staff said the ${p} was noted on Tuesday.`,
  (p) => `Staff noted a ${p} on Tuesday.`,
];
const PROFILE = { subject: { name: "Jordan Pellow", aliases: ["Jordan"], pronouns: "they/them" }, otherChildren: [], adults: [] };

// A case note first; a form the data keeps for letters to the child (plain-English and legal terms) is read in one.
function found(phrase, category) {
  const hit = [];
  for (const kind of ["case-note", "letter-to-child"]) {
    for (const [i, frame] of FRAMES.entries()) {
      const text = frame(phrase);
      const start = text.indexOf(phrase);
      const end = start + phrase.length;
      const report = engine.analyse(text, PROFILE, { kind, qualityReview: false, categories: ["jargon", "judgemental"] });
      const over = report.findings.filter((f) => f.start < end && start < f.end);
      if (over.some((f) => f.category === category)) hit.push(`${kind === "case-note" ? "" : "letter:"}${i}`);
      else if (over.length) hit.push(`other:${i}`);
    }
    if (hit.some((h) => !h.startsWith("other"))) break;
  }
  return hit;
}

const rows = [];
const bySubtype = new Map();
// The research's entries, then (--data) the project's own switched-on jargon entries under "data/<subtype>".
const measured = research.map((entry) => ({ ...entry, category: entry.category === "judgemental" ? "judgemental" : "jargon" }));
if (ownData)
  for (const e of JSON.parse(readFileSync(join(root, "rules", "jargon.json"), "utf8")).entries)
    if (e.enabled !== false) measured.push({ term: e.term, variants: e.variants, subtype: `data/${e.subtype}`, category: "jargon" });
for (const entry of measured) {
  const category = entry.category;
  for (const published of [entry.term, ...(entry.variants ?? [])]) {
    for (const form of forms(published)) {
      const off = disabled.has(published.toLowerCase()) || disabled.has(entry.term.toLowerCase());
      const hit = found(form, category);
      rows.push({ term: entry.term, category, subtype: entry.subtype, published, form, off, frames: hit });
      const key = `${category}/${entry.subtype}`;
      const s = bySubtype.get(key) ?? { forms: 0, found: 0, letter: 0, other: 0, off: 0 };
      s.forms++;
      if (off) s.off++;
      else if (hit.some((h) => /^\d/.test(h))) s.found++;
      else if (hit.some((h) => h.startsWith("letter"))) s.letter++;
      else if (hit.length) s.other++;
      bySubtype.set(key, s);
    }
  }
}

const missed = rows.filter((r) => !r.off && !r.frames.some((h) => !h.startsWith("other")));
if (verbose)
  for (const r of missed)
    console.log(`miss${r.frames.length ? "*" : " "} ${r.category}/${r.subtype}  ${r.form}${r.form === r.published ? "" : `  (form of "${r.published}")`}  [${r.term}]`);
for (const [key, s] of [...bySubtype].sort())
  console.log(
    `${key.padEnd(34)} found ${s.found}/${s.forms - s.off}, in a letter only ${s.letter}, as the other category only ${s.other}${s.off ? ` (off by curation ${s.off})` : ""}`,
  );
const live = rows.filter((r) => !r.off);
console.log(`\nall: found ${live.length - missed.length} of ${live.length} forms (${rows.length - live.length} off by curation)`);
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(rows, null, 1));
