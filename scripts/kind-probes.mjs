// Invented records for kind inference (issue 12 item 4, stop 38), written before the change, in layouts no
// development set uses (test/engine/kind-probes.json). Never fitted on: scripts/fit-kind.mjs only scores them.
// Stop 40 (kind45): beside them, records in the layouts of published templates and guidance, filled with invented
// content, each with the source address of the form it follows (test/engine/kind-template-probes.json).
// Run: npm run -s build && node scripts/kind-probes.mjs  (prints each probe's inferred kind and the counts right)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const read = (name) => JSON.parse(readFileSync(join(root, "test", "engine", name), "utf8")).probes;
const P = read("kind-probes.json");
export const TEMPLATES = read("kind-template-probes.json");
export default P;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { inferKind } = createRequire(import.meta.url)(join(root, "dist", "src", "engine", "kind.js"));
  for (const [name, probes] of [
    ["kind probes", P],
    ["published-template probes", TEMPLATES],
  ]) {
    let ok = 0;
    for (const p of probes) {
      const got = inferKind(p.text);
      const right = p.kind === "letter" ? got === "letter-to-child" || got === "email" : got === p.kind;
      ok += right ? 1 : 0;
      console.log(`${right ? "ok  " : "MISS"} ${p.kind.padEnd(13)} -> ${got.padEnd(15)} ${p.layout}`);
    }
    console.log(`${name} ${ok}/${probes.length}`);
  }
}
