// The development corpus (../shared/eval/dev) as the benches read it: each document's plain text (annotations
// stripped by the shared scorer's own parser) with its case profile, in sorted file order.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** @param {string} shared the shared folder (CLEAR_RECORD_SHARED); the caller checks that `eval/dev` exists. */
export async function loadDevCorpus(shared) {
  const dir = join(shared, "eval", "dev");
  const { parseAnnotated } = await import(pathToFileURL(join(shared, "eval", "score.mjs")).href);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")))
    .map((d) => ({ text: parseAnnotated(d.annotated).plain, profile: d.profile }));
}
