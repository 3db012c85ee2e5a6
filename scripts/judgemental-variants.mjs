#!/usr/bin/env node
// Lists the published phrasings of the judgemental research (../shared/lexicon/lexicon.json: each entry's term and
// variants, with the regular forms they stand for: plural/singular, hyphen/space/closed compounds, -ise/-ize, a
// verb's -ing and -ed forms) that the engine's word lists do not match as a whole phrase (issue 12 item 3).
//   npm run -s build && node scripts/judgemental-variants.mjs [--all]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { scanLexicon } = require(join(root, "dist", "src", "engine", "rules", "jargon", "lexicon.js"));
const shared = process.env.CLEAR_RECORD_SHARED ?? join(root, "..", "shared");
const research = JSON.parse(readFileSync(join(shared, "lexicon", "lexicon.json"), "utf8"));
const showAll = process.argv.includes("--all");

// Head nouns the research's phrases end in, written in both numbers ("poor choice", "poor choices").
const NOUNS = new Map(
  Object.entries({
    behaviour: "behaviours",
    choice: "choices",
    decision: "decisions",
    lifestyle: "lifestyles",
    friend: "friends",
    boyfriend: "boyfriends",
    girlfriend: "girlfriends",
    partner: "partners",
    allegation: "allegations",
    offender: "offenders",
    abuser: "abusers",
    perpetrator: "perpetrators",
    mule: "mules",
    liar: "liars",
    worker: "workers",
    prostitute: "prostitutes",
    seeker: "seekers",
    tantrum: "tantrums",
    meltdown: "meltdowns",
    issue: "issues",
    problem: "problems",
    father: "fathers",
    dad: "dads",
    parent: "parents",
    mother: "mothers",
    child: "children",
    man: "men",
    runner: "runners",
    dealer: "dealers",
    member: "members",
    relationship: "relationships",
    dispute: "disputes",
    household: "households",
    family: "families",
    home: "homes",
    dropout: "dropouts",
    "drop-out": "drop-outs",
    troublemaker: "troublemakers",
    predator: "predators",
  }),
);
const SINGULAR = new Map([...NOUNS].map(([s, p]) => [p, s]));

/** The regular spellings a published phrase is also written in: hyphen or space, British or American, either number. */
function forms(phrase) {
  const out = new Set([phrase]);
  const add = (p) => out.add(p.replace(/\s+/g, " ").trim());
  for (const p of [...out]) {
    // A compound the research hyphenates is also written open, and one it writes open is hyphenated ("risk-taking").
    if (/\p{L}-\p{L}/u.test(p)) add(p.replace(/(\p{L})-(\p{L})/gu, "$1 $2"));
    else if (p.split(" ").length === 2) add(p.replace(" ", "-"));
  }
  for (const p of [...out]) {
    if (/behaviour/.test(p)) add(p.replace(/behaviour/g, "behavior"));
    // -ise verbs (not "wise", "guise", "promise"): the -ize spelling.
    if (/(?<!w|gu|m|ra|no)is(e|es|ed|ing|ation)\b/.test(p)) add(p.replace(/(?<!w|gu|m|ra|no)is(e|es|ed|ing|ation)\b/g, "iz$1"));
  }
  for (const p of [...out]) {
    const words = p.split(/([ -])/);
    const last = words[words.length - 1].toLowerCase();
    const other = NOUNS.get(last) ?? SINGULAR.get(last);
    if (other) add([...words.slice(0, -1), other].join(""));
  }
  return [...out];
}

const covers = (text) => {
  const matches = scanLexicon("judgemental", text).concat(scanLexicon("jargon", text));
  // Whole phrase, or the phrase's head word (an entry need not match its object: "chose to" in "chose to go missing").
  return matches.some((m) => m.start === 0 && m.end === text.length) ? "whole" : matches.length ? "part" : "none";
};

const disabled = new Set(
  JSON.parse(readFileSync(join(root, "rules", "judgemental.json"), "utf8"))
    .entries.filter((e) => e.enabled === false)
    .map((e) => e.term),
);
let total = 0;
let missing = 0;
for (const entry of research.filter((e) => e.category === "judgemental" || /blaming-parent/.test(e.subtype))) {
  if (disabled.has(entry.term)) continue; // off by curation (a person has to judge): not a gap
  const phrases = [entry.term, ...(entry.variants ?? [])];
  const gaps = [];
  for (const published of phrases) {
    for (const f of forms(published)) {
      total++;
      const c = covers(f);
      if (c !== "whole") {
        missing++;
        gaps.push(`${f}${f === published ? "" : ` (form of "${published}")`} [${c}]`);
      } else if (showAll) gaps.push(`ok ${f}`);
    }
  }
  if (gaps.length) console.log(`${entry.term} (${entry.category}/${entry.subtype}; ${entry.source.split(" ; ").length} source(s))\n  ${gaps.join("\n  ")}`);
}
console.log(`\n${missing} of ${total} published phrasings (and their regular forms) not matched whole`);
