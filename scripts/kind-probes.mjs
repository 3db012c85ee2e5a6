// Invented records for kind inference (issue 12 item 4, stop 38), written before the change, in layouts no
// development set uses (test/engine/kind-probes.json). Never fitted on: scripts/fit-kind.mjs only scores them.
// Run: npm run -s build && node scripts/kind-probes.mjs  (prints each probe's inferred kind and the count right)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const P = JSON.parse(readFileSync(join(root, "test", "engine", "kind-probes.json"), "utf8")).probes;
export default P;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { inferKind } = createRequire(import.meta.url)(join(root, "dist", "src", "engine", "kind.js"));
  let ok = 0;
  for (const p of P) {
    const got = inferKind(p.text);
    const right = p.kind === "letter" ? got === "letter-to-child" || got === "email" : got === p.kind;
    ok += right ? 1 : 0;
    console.log(`${right ? "ok  " : "MISS"} ${p.kind.padEnd(13)} -> ${got.padEnd(15)} ${p.layout}`);
  }
  console.log(`kind probes ${ok}/${P.length}`);
}
