#!/usr/bin/env node
// Scores the kind inference (src/engine/kind.ts inferKind) on the invented probe records in
// test/fixtures/kind-probes/*.txt (issue 12 item 4). Written before the kind code was changed; not fitted on.
//   npm run -s build && node scripts/kind-probes.mjs [--verbose]
// Prints right/total per file and together, and the confusions (gold -> inferred); --verbose lists every miss.
// The gold kind "letter" is right as the engine's letter to the child or as correspondence ("email"), as in eval.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { probeBlocks, probeSubject } from "./lib/probe-file.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");
const dir = join(root, "test", "fixtures", "kind-probes");
const require = createRequire(import.meta.url);
const { inferKind } = require(join(root, "dist", "src", "engine", "kind.js"));
const right = (gold, got) => (gold === "letter" ? got === "letter-to-child" || got === "email" : gold === got);

let all = 0;
let ok = 0;
const pairs = new Map();
for (const file of readdirSync(dir)
  .filter((f) => /^probes.*\.txt$/.test(f))
  .sort()) {
  let n = 0;
  let good = 0;
  for (const { id, header, body } of probeBlocks(readFileSync(join(dir, file), "utf8"))) {
    const subject = probeSubject(header, id);
    const forms = new Set([subject.name, ...subject.aliases].flatMap((s) => s.toLowerCase().split(/\s+/)));
    const got = inferKind(body.replace(/\s+$/, "") + "\n", forms);
    n++;
    if (right(header.kind, got)) good++;
    else {
      pairs.set(`${header.kind} -> ${got}`, (pairs.get(`${header.kind} -> ${got}`) ?? 0) + 1);
      if (verbose) console.log(`  miss ${id} gold ${header.kind} -> ${got}  (${header.note})`);
    }
  }
  console.log(`${file}: ${good}/${n}`);
  all += n;
  ok += good;
}
console.log(`kind probes: ${ok}/${all}`);
for (const [pair, k] of [...pairs].sort()) console.log(`  ${pair}: ${k}`);
