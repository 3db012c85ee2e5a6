#!/usr/bin/env node
// Scores the jargon and judgemental rules on the invented wording probes (test/fixtures/wording-probes):
// short passages written to vary the phrasing the rules must generalise to (reported, quoted, negated and
// rejected labels; victim-blaming in new word orders and inflections; acronyms the lexicon lacks; care
// words in their ordinary senses). Same markup and overlap matching as the shared scorer (FORMAT.md).
//   npm run -s build && node scripts/wording-probes.mjs [--verbose]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const engine = require(join(root, "dist", "src", "engine", "index.js"));
const verbose = process.argv.includes("--verbose");
const CATEGORIES = { jar: "jargon", jud: "judgemental" };

/** Plain text and gold spans from "{{tag|span}}" markup (tags other than jar/jud are kept as text only). */
export function parseProbe(annotated) {
  const spans = [];
  let plain = "";
  let i = 0;
  for (let open = annotated.indexOf("{{"); open >= 0; open = annotated.indexOf("{{", i)) {
    plain += annotated.slice(i, open);
    const close = annotated.indexOf("}}", open);
    const [tag, span] = annotated.slice(open + 2, close).split("|");
    if (CATEGORIES[tag]) spans.push({ category: CATEGORIES[tag], start: plain.length, end: plain.length + span.length });
    plain += span;
    i = close + 2;
  }
  return { plain: plain + annotated.slice(i), spans };
}

const only = Number((process.argv.find((a) => /^--batch\d+$/.test(a)) ?? "--batch0").slice(7));
const probes = JSON.parse(readFileSync(join(root, "test", "fixtures", "wording-probes", "probes.json"), "utf8")).filter((p) => !only || (p.batch ?? 1) === only);
const totals = Object.fromEntries(Object.values(CATEGORIES).map((c) => [c, { gold: 0, goldHit: 0, pred: 0, predHit: 0 }]));
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
for (const probe of probes) {
  const { plain, spans } = parseProbe(probe.annotated);
  // As the eval does: the kind of record is inferred from the text, not given.
  const report = engine.analyse(plain, probe.profile);
  const lines = [];
  for (const category of Object.values(CATEGORIES)) {
    const gold = spans.filter((s) => s.category === category);
    const pred = report.findings.filter((f) => f.category === category);
    const t = totals[category];
    t.gold += gold.length;
    t.pred += pred.length;
    for (const g of gold) {
      if (pred.some((p) => overlaps(p, g))) t.goldHit++;
      else lines.push(`  miss  ${category}: "${plain.slice(g.start, g.end)}"`);
    }
    for (const p of pred) {
      if (gold.some((g) => overlaps(p, g))) t.predHit++;
      else lines.push(`  extra ${category}: "${plain.slice(p.start, p.end)}"`);
    }
  }
  if (verbose && lines.length) console.log(`${probe.id} (${probe.kind})\n${lines.join("\n")}`);
}
console.log(`${probes.length} probes`);
console.log("category        gold  found  precision  recall     F1");
for (const [category, t] of Object.entries(totals)) {
  const p = t.pred ? t.predHit / t.pred : 1;
  const r = t.gold ? t.goldHit / t.gold : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${category.padEnd(14)} ${String(t.gold).padStart(5)} ${String(t.pred).padStart(6)}     ${p.toFixed(3)}   ${r.toFixed(3)}  ${f1.toFixed(3)}`);
}
