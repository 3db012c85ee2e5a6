#!/usr/bin/env node
// Which check decides each judgemental word-list match (issue 12, item 3): every match of the judgemental lexicon
// is run through the same steps as rules/jargon/lexicon-rule.ts (kind of record, the entry's guard, the wording
// suppressions, the quoted label the record adopts, the judgemental rules' notHere checks) and counted by the first
// step that drops it, against whether the gold tags judgemental wording there. A guard that drops gold `jud` as
// often as it saves a false finding is not earning its place. Counts only, never text (like miss-classes.mjs), so
// the lead can run it on a set nobody reads; `--verbose` prints each dropped match (readable sets only).
//   npm run -s build && node scripts/judgemental-guards.mjs [--dir eval/heldout-7] [--verbose]
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { context, countLines } from "./lib/miss-classes.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const args = process.argv.slice(2);
const dirArg = args.indexOf("--dir") >= 0 ? args[args.indexOf("--dir") + 1] : undefined;
const corpus = dirArg ? resolve(dirArg) : join(shared, "eval", "dev");
const verbose = args.includes("--verbose");
const { parseAnnotated } = await import(pathToFileURL(realpathSync(join(shared, "eval", "score.mjs"))).href);
const require = createRequire(import.meta.url);
const engineModule = (path) => require(join(root, "dist", "src", "engine", path));
const { analyse } = engineModule("index.js");
const { createContext } = engineModule("pipeline.js");
const { scanLexicon, appliesTo, wordingKind, entryTerms } = engineModule("rules/jargon/lexicon.js");
const { wordingSuppression } = engineModule("filters/wording-context.js");
const { adoptedQuotedLabel, reportedUnchallenged, scareQuotedModifier, rejectedReport, quotedFromARecord, namedAsATopic } = engineModule("rules/judgemental/reported.js");
const { JUDGEMENTAL_GUARDS } = engineModule("rules/judgemental/guards.js");

// The two lexicon rules' subtypes (rules/judgemental/judgemental-label.ts and victim-blaming.ts).
const LABEL_SUBTYPES = new Set(["stigmatising", "dismissive", "blaming-parent"]);
const VICTIM_SUBTYPES = new Set(["victim-blaming", "adultifying", "minimising"]);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** The first step that drops the match, or "reported" (with how a quoted label got through). */
function decide(ctx, kind, m) {
  const entry = m.entry;
  const label = LABEL_SUBTYPES.has(entry.subtype);
  if (!appliesTo(entry.flagIn, kind)) return "kind of record";
  if (entry.guard !== undefined && !JUDGEMENTAL_GUARDS[entry.guard]?.(ctx, m.start, m.end)) return `guard ${entry.guard}`;
  const suppressed = wordingSuppression(ctx, m.start, m.end, { terms: entryTerms(entry), writersWords: entry.writersWords === true });
  let adopted;
  if (suppressed === "quoted") {
    if (adoptedQuotedLabel(ctx, m.start, m.end)) adopted = "adopted (agreed)";
    else if (reportedUnchallenged(ctx, m.start, m.end)) adopted = "adopted (reported unchallenged)";
    else if (label && scareQuotedModifier(ctx, m.start, m.end)) adopted = "adopted (scare-quoted modifier)";
  }
  if (suppressed && !adopted) return `suppressed ${suppressed}`;
  if (rejectedReport(ctx, m.start, m.end)) return "notHere rejectedReport";
  if (quotedFromARecord(ctx, m.start, m.end)) return "notHere quotedFromARecord";
  if (label && namedAsATopic(ctx, m.start, m.end)) return "notHere namedAsATopic";
  return adopted ? `reported, quoted label ${adopted}` : "reported";
}

const keys = [];
for (const file of readdirSync(corpus).filter((f) => f.endsWith(".json"))) {
  const doc = JSON.parse(readFileSync(join(corpus, file), "utf8"));
  const { plain, spans } = parseAnnotated(doc.annotated);
  const gold = spans.filter((s) => s.tag === "jud");
  const ctx = createContext(plain, doc.profile, {});
  const kind = wordingKind(ctx);
  const found = analyse(plain, doc.profile, {}).findings.filter((f) => f.category === "judgemental");
  for (const m of scanLexicon("judgemental", plain)) {
    if (!LABEL_SUBTYPES.has(m.entry.subtype) && !VICTIM_SUBTYPES.has(m.entry.subtype)) continue;
    const step = decide(ctx, kind, m);
    const isGold = gold.some((g) => overlaps(g, m));
    // The report's own finding may differ from the step (another rule's finding on the same words, or a conflict lost).
    const inReport = found.some((f) => overlaps(f, m));
    keys.push(`${step.padEnd(50)} gold ${isGold ? "jud " : "none"} | report ${inReport ? "has it" : "no   "} | ${context(plain, m.start)}`);
    if (verbose && (step !== "reported" || !isGold)) {
      const s = ctx.sentenceAt(m.start);
      console.log(
        `${file} [${step}] gold ${isGold ? "jud" : "none"} "${plain.slice(m.start, m.end)}": ${plain.slice(Math.max(s.start, m.start - 160), Math.min(s.end, m.end + 120)).replace(/\s+/g, " ")}`,
      );
    }
  }
}
for (const line of countLines(keys)) console.log(line);
