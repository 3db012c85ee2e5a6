#!/usr/bin/env node
// Mechanical checks of the held-out corpus (eval/heldout, or the folder given as the first argument):
// valid JSON, the fields FORMAT.md requires, markup the shared scorer's parseAnnotated accepts (no nesting,
// no broken or padded spans, known tags only), quality keys all present and boolean, and visitPurpose null
// exactly where Ruling 4 says it does not apply (a record that is not about a visit).
//   CLEAR_RECORD_SHARED=/work/shared node scripts/check-heldout.mjs [dir]
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.error(`check-heldout: cannot find ${scorer} (set CLEAR_RECORD_SHARED)`);
  process.exit(2);
}
// Imported by its real path, as scripts/eval.mjs does, so the scorer's own main does not run.
const { parseAnnotated } = await import(pathToFileURL(realpathSync(scorer)).href);

const dir = resolve(process.argv[2] ?? join(root, "eval", "heldout"));
const KINDS = ["court-report", "case-note", "visit-record", "email", "chronology", "assessment", "supervision", "letter"];
const HOSTS = ["word", "outlook"];
const QUALITY = ["childVoice", "parentViews", "analysis", "nextSteps", "visitPurpose"];
const PRONOUNS = ["he/him", "she/her", "they/them"];
const problems = [];
const counts = {};
const ids = new Set();
let words = 0;
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

for (const file of files) {
  const bad = (msg) => problems.push(`${file}: ${msg}`);
  let doc;
  try {
    doc = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (e) {
    bad(`invalid JSON (${e.message})`);
    continue;
  }
  const keys = Object.keys(doc).sort().join(",");
  if (keys !== "annotated,host,id,kind,profile,quality") bad(`fields are ${keys}`);
  if (`${doc.id}.json` !== file) bad(`id ${doc.id} does not match the file name`);
  if (ids.has(doc.id)) bad(`duplicate id ${doc.id}`);
  ids.add(doc.id);
  if (!KINDS.includes(doc.kind)) bad(`unknown kind ${doc.kind}`);
  if (!HOSTS.includes(doc.host)) bad(`unknown host ${doc.host}`);
  const s = doc.profile?.subject;
  if (!s || typeof s.name !== "string" || !s.name || !Array.isArray(s.aliases) || !PRONOUNS.includes(s.pronouns)) bad("profile.subject incomplete");
  for (const k of ["otherChildren", "adults"]) {
    if (!Array.isArray(doc.profile?.[k]) || doc.profile[k].some((x) => typeof x !== "string" || !x)) bad(`profile.${k} is not a list of names`);
  }
  for (const k of QUALITY) {
    if (!doc.quality || !(k in doc.quality)) bad(`quality.${k} missing`);
    else if (k !== "visitPurpose" && typeof doc.quality[k] !== "boolean") bad(`quality.${k} is not a boolean`);
  }
  if (doc.quality && Object.keys(doc.quality).some((k) => !QUALITY.includes(k))) bad("unknown quality key");
  // Ruling 4: visitPurpose is a boolean for a visit record, and for a case note or email that records a visit; null otherwise.
  const vp = doc.quality?.visitPurpose;
  if (doc.kind === "visit-record" && typeof vp !== "boolean") bad("visit-record needs a boolean visitPurpose");
  if (["court-report", "chronology", "assessment", "supervision", "letter"].includes(doc.kind) && vp !== null) bad(`visitPurpose must be null for a ${doc.kind}`);
  if (vp !== null && typeof vp !== "boolean") bad("visitPurpose must be true, false or null");
  if (typeof doc.annotated !== "string" || !doc.annotated) {
    bad("annotated missing");
    continue;
  }
  let parsed;
  try {
    parsed = parseAnnotated(doc.annotated);
  } catch (e) {
    bad(`markup: ${e.message}`);
    continue;
  }
  // parseAnnotated reads "{{a|{{b|x}}" as one span holding "{{b", which it rejects; a stray "}}" or "{{" in the plain text is a broken tag.
  if (/\{\{|\}\}|\{|\}/.test(parsed.plain)) bad("stray braces left in the plain text");
  for (const sp of parsed.spans) {
    if (parsed.plain.slice(sp.start, sp.end) !== sp.text) bad(`span offsets wrong for ${sp.text}`);
    counts[sp.tag] = (counts[sp.tag] ?? 0) + 1;
  }
  if (!parsed.spans.some((sp) => sp.tag === "sc")) bad("no subject mention tagged sc");
  const n = parsed.plain.split(/\s+/).filter(Boolean).length;
  if (n < 150 || n > 1500) bad(`length ${n} words is outside 150-1,500`);
  words += n;
}
console.log(
  `${files.length} documents, ${words} words; tags: ${Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ")}`,
);
if (problems.length) {
  for (const p of problems) console.log(`PROBLEM ${p}`);
  process.exit(1);
}
console.log("all checks passed");
