#!/usr/bin/env node
// Scores the mix-up check on the invented probe records in test/fixtures/mixup-probes/*.txt.
//   npm run -s build && node scripts/mixup-probes.mjs [--verbose] [--file path]
// Without --file every probes*.txt there is scored, each and all together (probes.txt was written before
// the engine was changed; probes-2.txt and probes-3.txt after, to check the changes hold on new wording).
// A mix-up finding matches a {{mix|…}} mark when the two ranges overlap (as the corpus scorer counts them).
// Prints precision, recall, and the clean records that drew a false alarm; --verbose lists every miss and alarm.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { probeBlocks, probeSubject } from "./lib/probe-file.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const fileArg = args.indexOf("--file") >= 0 ? args[args.indexOf("--file") + 1] : undefined;
const dir = join(root, "test", "fixtures", "mixup-probes");
const files = fileArg
  ? [resolve(fileArg)]
  : readdirSync(dir)
      .filter((f) => /^probes.*\.txt$/.test(f))
      .sort()
      .map((f) => join(dir, f));
const require = createRequire(import.meta.url);
const engine = require(join(root, "dist", "src", "engine", "index.js"));

/** One probe per "=== id" block: header lines (key: value) until "---", then the annotated text. */
export function parseProbes(source) {
  const probes = [];
  for (const { id, header, body } of probeBlocks(source)) {
    const profile = {
      subject: probeSubject(header, id),
      otherChildren: header.others ? header.others.split(",").map((s) => s.trim()) : [],
      adults: [],
    };
    const annotated = body.replace(/\s+$/, "") + "\n";
    let plain = "";
    const gold = [];
    let last = 0;
    for (const m of annotated.matchAll(/\{\{mix\|([^}]*)\}\}/g)) {
      plain += annotated.slice(last, m.index);
      gold.push({ start: plain.length, end: plain.length + m[1].length, text: m[1] });
      plain += m[1];
      last = m.index + m[0].length;
    }
    plain += annotated.slice(last);
    if (/\{\{|\}\}/.test(plain)) throw new Error(`probe ${id}: a mark other than {{mix|…}} or an unclosed mark`);
    probes.push({ id, kind: header.kind, note: header.note, profile, plain, gold });
  }
  return probes;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const all = [];
for (const file of files) all.push(score(file.slice(dir.length + 1) || file, parseProbes(readFileSync(file, "utf8"))));
if (all.length > 1) score("all", [], all);

function score(label, probes, parts) {
  if (parts) {
    const sum = (k) => parts.reduce((a, p) => a + p[k], 0);
    return report(
      label,
      sum("records"),
      sum("clean"),
      sum("found"),
      sum("foundRight"),
      sum("goldTotal"),
      sum("goldHit"),
      parts.flatMap((p) => p.missedRecords),
      parts.flatMap((p) => p.alarmed),
    );
  }
  let found = 0;
  let foundRight = 0;
  let goldTotal = 0;
  let goldHit = 0;
  const alarmed = [];
  const missedRecords = [];
  for (const p of probes) {
    const report = engine.analyse(p.plain, p.profile);
    const mix = report.findings.filter((f) => f.category === "mix-up");
    found += mix.length;
    goldTotal += p.gold.length;
    const lines = [];
    for (const f of mix) {
      if (p.gold.some((g) => overlaps(g, f))) foundRight++;
      else lines.push(`  false alarm "${f.text}" @${f.start} (${f.ruleId}): …${p.plain.slice(Math.max(0, f.start - 50), f.end + 30).replace(/\n/g, " ")}…`);
    }
    for (const g of p.gold) {
      if (mix.some((f) => overlaps(g, f))) goldHit++;
      else lines.push(`  missed "${g.text}" @${g.start}: …${p.plain.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\n/g, " ")}…`);
    }
    if (p.gold.length === 0 && mix.length) alarmed.push(p.id);
    if (p.gold.length && !mix.some((f) => p.gold.some((g) => overlaps(g, f)))) missedRecords.push(p.id);
    if (verbose && lines.length) console.log(`${p.id} (${p.note ?? ""})\n${lines.join("\n")}`);
  }
  const clean = probes.filter((p) => p.gold.length === 0).length;
  return report(label, probes.length, clean, found, foundRight, goldTotal, goldHit, missedRecords, alarmed);
}

function report(label, records, clean, found, foundRight, goldTotal, goldHit, missedRecords, alarmed) {
  const withMix = records - clean;
  const precision = found ? foundRight / found : 1;
  const recall = goldTotal ? goldHit / goldTotal : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`mix-up probes, ${label}: ${records} records (${withMix} with a mix-up, ${clean} clean)`);
  console.log(`  spans: gold ${goldTotal}, found ${found}; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`);
  console.log(`  records with a mix-up not found at all: ${missedRecords.length} of ${withMix}${missedRecords.length ? ` (${missedRecords.join(", ")})` : ""}`);
  console.log(`  clean records with a false alarm: ${alarmed.length} of ${clean}${alarmed.length ? ` (${alarmed.join(", ")})` : ""}`);
  return { records, clean, found, foundRight, goldTotal, goldHit, missedRecords, alarmed };
}
