#!/usr/bin/env node
// Word adapter benchmark: a 200-page fake Word document (body, a header, footer and footnote per
// section, comments, properties), one full scan, then redact-all with the default policy, counting
// context.sync round trips. The fake adds no latency, so scanMs is the add-in's own work (reading,
// joining and the engine). Ends with one JSON line:
//   {"paragraphs": …, "findings": …, "scanSyncs": …, "applySyncs": …, "scanMs": …}
//
//   npm run bench:word            (builds first)
//   node scripts/bench-word.mjs [--pages 200]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const dist = (p) => require(join(root, "dist", p));
const { analyse } = dist("src/engine/index.js");
const { planRedactions, PSEUDONYM_POLICY } = dist("src/redact/index.js");
const { FakeWord } = dist("src/hosts/fake/word/fake-word.js");
const { largeModel } = dist("src/hosts/fake/word/sample-document.js");
const { WordAdapter } = dist("src/hosts/word/word-adapter.js");

const args = process.argv.slice(2);
const pages = Number(args[args.indexOf("--pages") + 1]) || 200;
const text = readFileSync(join(root, "samples", "court-report.txt"), "utf8");
const profile = JSON.parse(readFileSync(join(root, "samples", "profile.json"), "utf8"));

const word = new FakeWord(largeModel(text, pages));
const adapter = new WordAdapter({ word, requirements: word.requirements });

const t0 = performance.now();
const snapshot = await adapter.read();
const report = analyse(snapshot.text, profile);
const scanMs = performance.now() - t0;
const scanSyncs = word.syncs;

const edits = planRedactions(snapshot.text, report, PSEUDONYM_POLICY);
word.resetSyncs();
const t1 = performance.now();
const result = await adapter.apply(snapshot, edits);
const applyMs = performance.now() - t1;
const applySyncs = word.syncs;

const after = analyse((await adapter.read()).text, profile);
const left = after.findings.filter((f) => f.category === "other-child" || f.category === "identifier").length;

console.log(
  `${pages} pages: ${snapshot.segments.length} segments, ${snapshot.text.length.toLocaleString("en-GB")} characters, ${report.stats.words.toLocaleString("en-GB")} words`,
);
console.log(`scan: ${scanSyncs} syncs, ${scanMs.toFixed(0)} ms (${report.findings.length} findings)`);
console.log(`redact all: ${edits.length} edits, ${result.applied} applied, ${result.skipped.length} skipped, ${applySyncs} syncs, ${applyMs.toFixed(0)} ms`);
console.log(`after redacting: ${left} other-child or identifier findings left`);
console.log(JSON.stringify({ paragraphs: word.model.body.length, findings: report.findings.length, scanSyncs, applySyncs, scanMs: Math.round(scanMs) }));
