#!/usr/bin/env node
// Runs the recording-quality probe set (test/fixtures/quality-probes/*.txt) through the built engine and
// prints accuracy per quality key, counted over the probes where the key applies (expected value not
// null) and, for visitPurpose, also whether it applies at all.
//   npm run build && node scripts/quality-probes.mjs [--verbose] [--kind]
// --kind passes each probe's declared kind instead of letting the engine infer it; --range 53-72 runs only
// the probes numbered in that range (p53…p72), to score one batch on its own.
// Each probe is a header between "---" lines (kind, subject "Full Name | alias, alias | pronouns", and one
// line per key: true, false or null), then the record's text.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "test", "fixtures", "quality-probes");
const verbose = process.argv.includes("--verbose");
const passKind = process.argv.includes("--kind");
const range = process.argv.includes("--range") ? process.argv[process.argv.indexOf("--range") + 1].split("-").map(Number) : undefined;
const inRange = (f) => {
  if (!range) return true;
  const n = Number(/^p(\d+)/.exec(f)?.[1]);
  return n >= range[0] && n <= (range[1] ?? range[0]);
};
const engine = createRequire(import.meta.url)(join(root, "dist", "src", "engine", "index.js"));
const KEYS = ["childVoice", "parentViews", "analysis", "nextSteps", "visitPurpose"];

export function parseProbe(raw, file) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw.replace(/\r\n/g, "\n"));
  if (!m) throw new Error(`${file}: no header`);
  const head = Object.fromEntries(
    m[1]
      .split("\n")
      .filter(Boolean)
      .map((l) => {
        const i = l.indexOf(":");
        return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
      }),
  );
  const [name, aliases, pronouns] = head.subject.split("|").map((s) => s.trim());
  const expected = {};
  for (const k of KEYS) {
    if (!(k in head)) throw new Error(`${file}: no ${k}`);
    expected[k] = head[k] === "null" ? null : head[k] === "true";
  }
  return {
    id: file.replace(/\.txt$/, ""),
    kind: head.kind,
    profile: { subject: { name, aliases: aliases ? aliases.split(",").map((s) => s.trim()) : [], pronouns } },
    text: m[2],
    expected,
  };
}

const probes = readdirSync(dir)
  .filter((f) => f.endsWith(".txt") && inRange(f))
  .sort()
  .map((f) => parseProbe(readFileSync(join(dir, f), "utf8"), f));
const tally = Object.fromEntries(KEYS.map((k) => [k, { right: 0, total: 0, wrong: [] }]));
const applies = { right: 0, total: 0, wrong: [] };
for (const p of probes) {
  const report = engine.analyse(p.text, p.profile, passKind ? { kind: p.kind } : {});
  const got = Object.fromEntries(KEYS.map((k) => [k, report.quality?.[k]?.value ?? null]));
  for (const k of KEYS) {
    const want = p.expected[k];
    if (k === "visitPurpose") {
      applies.total++;
      if ((want === null) === (got[k] === null)) applies.right++;
      else applies.wrong.push(`${p.id} (want ${want}, got ${got[k]})`);
    }
    if (want === null) continue;
    tally[k].total++;
    if (got[k] === want) tally[k].right++;
    else tally[k].wrong.push(`${p.id} (want ${want}, got ${got[k]})`);
  }
}
console.log(`quality probes: ${probes.length} records${passKind ? " (declared kind)" : " (kind inferred)"}`);
const line = (name, t) => console.log(`  ${name.padEnd(20)} ${String(t.right).padStart(3)}/${String(t.total).padEnd(3)} ${t.total ? (t.right / t.total).toFixed(2) : "n/a"}`);
for (const k of KEYS) line(k, tally[k]);
line("visitPurpose applies", applies);
if (verbose) {
  for (const k of KEYS) if (tally[k].wrong.length) console.log(`  ${k} wrong: ${tally[k].wrong.join(", ")}`);
  if (applies.wrong.length) console.log(`  visitPurpose applies wrong: ${applies.wrong.join(", ")}`);
}
