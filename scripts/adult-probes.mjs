#!/usr/bin/env node
// Scores the people stage on invented records whose adults the engine might take for children
// (test/fixtures/adult-probes/probes*.txt): adult siblings and cousins with no age, young parents with
// modern names, partners named beside children, an age in the sentence that belongs to a child.
//   npm run -s build && node scripts/adult-probes.mjs [--verbose]
// Each probe: "=== id", "subject: Name | aliases | pronouns", "expect: Name=adult; Name=child", "---", text.
// A name's role is the role of the first person in report.people whose display name or a form starts with it.
// Prints adults flagged as other children, children missed (not flagged; of which put to review), and adults
// put to review (acceptable: the worker decides in one click). --verbose lists each error with its evidence.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { probeBlocks, probeSubject } from "./lib/probe-file.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");
const dir = join(root, "test", "fixtures", "adult-probes");
const require = createRequire(import.meta.url);
const engine = require(join(root, "dist", "src", "engine", "index.js"));

function parse(source) {
  return probeBlocks(source).map(({ id, header, body }) => {
    const expect = (header.expect ?? "")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [who, role] = s.split("=").map((x) => x.trim());
        if (role !== "adult" && role !== "child") throw new Error(`probe ${id}: role must be adult or child: ${s}`);
        return { who, role };
      });
    const profile = { subject: probeSubject(header, id), otherChildren: [], adults: [] };
    return { id, profile, expect, text: body.trim() + "\n" };
  });
}

const files = readdirSync(dir)
  .filter((f) => /^probes.*\.txt$/.test(f))
  .sort();
const counts = { adults: 0, adultsAsChildren: 0, adultsToReview: 0, children: 0, childrenMissed: 0, childrenToReview: 0 };
for (const file of files) {
  for (const p of parse(readFileSync(join(dir, file), "utf8"))) {
    const report = engine.analyse(p.text, p.profile);
    for (const { who, role } of p.expect) {
      const person = report.people.find((x) => x.displayName.split(" ")[0] === who || x.forms.some((f) => f.split(" ")[0] === who));
      const got = person ? person.role : "none";
      const show = () => verbose && console.log(`  ${p.id}: ${who} expected ${role}, got ${got}  ${JSON.stringify(person?.evidence ?? {})}`);
      if (role === "adult") {
        counts.adults++;
        if (got === "other-child") {
          counts.adultsAsChildren++;
          show();
        } else if (got === "undecided") counts.adultsToReview++;
      } else {
        counts.children++;
        if (got !== "other-child") {
          counts.childrenMissed++;
          if (got === "undecided") counts.childrenToReview++;
          show();
        }
      }
    }
  }
}
console.log(
  `adults ${counts.adults}: flagged as other children ${counts.adultsAsChildren}, put to review ${counts.adultsToReview}\n` +
    `children ${counts.children}: missed ${counts.childrenMissed} (of which put to review ${counts.childrenToReview})`,
);
