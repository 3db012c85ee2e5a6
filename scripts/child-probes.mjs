#!/usr/bin/env node
// Scores the people stage on invented records whose other children have weak or indirect evidence
// (test/fixtures/child-probes/probes*.txt): first names in peer contexts, the child's own words,
// residents of a placement, rotas, household lists, a child's school or date of birth tied to them by
// a pronoun or not tied at all; with adults and places in the same shapes, so precision is seen too.
//   npm run -s build && node scripts/child-probes.mjs [--verbose] [--file probes.txt] [--engine path/to/dist]
// --file scores one probe file; --engine scores another build (a copy of an older commit's dist/) for a before/after.
// Each probe: "=== id", "subject: Name | aliases | pronouns", "expect: Name=child; Name=adult; Name=none",
// optionally "detail: text=child; text=child" (another child's identifying detail, by its text), "---", text.
// A name's role is the role of the first person in report.people with a form equal to it or whose first
// or last word is it. A child is flagged (other-child), put to review (undecided) or missed; a detail is
// flagged (an other-child finding over it), put to review (a review span over it) or missed.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { probeBlocks, probeSubject } from "./lib/probe-file.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");
const dir = join(root, "test", "fixtures", "child-probes");
const require = createRequire(import.meta.url);
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const engine = require(join(resolve(option("--engine") ?? join(root, "dist")), "src", "engine", "index.js"));

function pairs(line, id, roles) {
  return (line ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const at = s.lastIndexOf("=");
      const who = s.slice(0, at).trim();
      const role = s.slice(at + 1).trim();
      if (!roles.includes(role)) throw new Error(`probe ${id}: role must be one of ${roles.join(", ")}: ${s}`);
      return { who, role };
    });
}

function parse(source) {
  return probeBlocks(source).map(({ id, header, body }) => {
    const profile = { subject: probeSubject(header, id), otherChildren: [], adults: [] };
    const text = body.trim() + "\n";
    const details = pairs(header.detail, id, ["child"]);
    for (const d of details) if (!text.includes(d.who)) throw new Error(`probe ${id}: detail not in the text: ${d.who}`);
    return { id, profile, expect: pairs(header.expect, id, ["child", "adult", "none"]), details, text };
  });
}

const files = readdirSync(dir)
  .filter((f) => /^probes.*\.txt$/.test(f) && (!option("--file") || f === option("--file")))
  .sort();
const c = {
  children: 0,
  flagged: 0,
  review: 0,
  missed: 0,
  adults: 0,
  adultsFlagged: 0,
  adultsReview: 0,
  none: 0,
  noneFlagged: 0,
  details: 0,
  detailsFlagged: 0,
  detailsReview: 0,
  subjectFlagged: 0,
};
const overlaps = (a, s, e) => a.start < e && s < a.end;
for (const file of files) {
  for (const p of parse(readFileSync(join(dir, file), "utf8"))) {
    const report = engine.analyse(p.text, p.profile);
    const childFindings = report.findings.filter((f) => f.category === "other-child");
    for (const person of report.people)
      if (person.role === "subject") c.subjectFlagged += person.mentions.filter((m) => childFindings.some((f) => overlaps(f, m.start, m.end))).length;
    for (const { who, role } of p.expect) {
      const matches = (f) => f === who || f.split(" ")[0] === who || f.split(" ").at(-1) === who;
      const person = report.people.find((x) => x.role !== "subject" && (matches(x.displayName) || x.forms.some(matches)));
      const got = person ? person.role : "none";
      const show = (what) => {
        if (verbose) console.log(`  ${p.id}: ${who} expected ${role}, ${what} (${got})  ${JSON.stringify(person?.evidence ?? {})}`);
      };
      if (role === "child") {
        c.children++;
        if (got === "other-child") c.flagged++;
        else if (got === "undecided") {
          c.review++;
          show("put to review");
        } else {
          c.missed++;
          show("missed");
        }
      } else if (role === "adult") {
        c.adults++;
        if (got === "other-child") {
          c.adultsFlagged++;
          show("flagged");
        } else if (got === "undecided") c.adultsReview++;
      } else {
        c.none++;
        if (got === "other-child") {
          c.noneFlagged++;
          show("flagged");
        }
      }
    }
    for (const { who } of p.details) {
      c.details++;
      const start = p.text.indexOf(who);
      const end = start + who.length;
      if (childFindings.some((f) => overlaps(f, start, end))) c.detailsFlagged++;
      else if (report.review.some((r) => overlaps(r, start, end))) {
        c.detailsReview++;
        if (verbose) console.log(`  ${p.id}: detail "${who}" put to review`);
      } else if (verbose) console.log(`  ${p.id}: detail "${who}" missed`);
    }
  }
}
const missedDetails = c.details - c.detailsFlagged - c.detailsReview;
console.log(
  `children ${c.children}: flagged ${c.flagged}, put to review ${c.review}, missed ${c.missed}\n` +
    `children's details ${c.details}: flagged ${c.detailsFlagged}, put to review ${c.detailsReview}, missed ${missedDetails}\n` +
    `adults ${c.adults}: flagged as other children ${c.adultsFlagged}, put to review ${c.adultsReview}\n` +
    `not people ${c.none}: flagged as other children ${c.noneFlagged}\n` +
    `subject mentions flagged: ${c.subjectFlagged}`,
);
