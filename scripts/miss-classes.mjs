#!/usr/bin/env node
// Counts an annotated set's misses and false findings by CLASS, without printing any of its text:
//   node scripts/miss-classes.mjs --dir eval/heldout-16      (npm run build first)
// For a blind set this is the only view the lead takes besides the scorer's totals: it says which kind of
// mechanism fails (a word the lexicon lacks, a guard that suppresses a known word, a person never found,
// a person placed in the wrong role, …) so work goes to the class, never to a sentence of the set.
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { classesOf, countLines } from "./lib/miss-classes.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const args = process.argv.slice(2);
const dirArg = args.indexOf("--dir") >= 0 ? args[args.indexOf("--dir") + 1] : undefined;
const corpus = dirArg ? resolve(dirArg) : join(shared, "eval", "dev");
const { parseAnnotated } = await import(pathToFileURL(realpathSync(join(shared, "eval", "score.mjs"))).href);
const engine = createRequire(import.meta.url)(join(root, "dist", "src", "engine", "index.js"));

const keys = [];
for (const file of readdirSync(corpus).filter((f) => f.endsWith(".json"))) {
  const doc = JSON.parse(readFileSync(join(corpus, file), "utf8"));
  const { plain, spans } = parseAnnotated(doc.annotated);
  const report = engine.analyse(plain, doc.profile, {});
  // The span alone, as its own sentence: vocabulary the engine has, whatever the context did to it.
  const knownAlone = (text, category) => engine.analyse(`${text}.`, doc.profile, {}).findings.some((f) => f.category === category);
  keys.push(...classesOf(doc, plain, spans, report, knownAlone));
}
for (const line of countLines(keys)) console.log(line);
