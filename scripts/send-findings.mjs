#!/usr/bin/env node
// The on-send bundle's findings on a corpus, for checking that a change to how the bundle is built
// (word-list coding, linked modules, minifier) leaves what the send check finds exactly as it was.
// Builds the bundle's engine with webpack.outlook.config.js's on-send configuration (as
// on-send-bundle.test.ts does: the same loaders and linked stages, the analyser exposed instead of
// the handler), runs it on every document of the corpus in the send check's categories, as an email
// and with and without a case, and writes every finding (all fields) as one JSON line per document.
//
//   node scripts/send-findings.mjs [--dir corpus ...] [--out file] [--as-deployed]
//   node scripts/send-findings.mjs --out /tmp/before.jsonl      (then change, run again, and diff)
// The bundle is built as for an organisation with a filing mailbox (--env filing: judgemental wording
// too); --as-deployed builds it as org-settings.json says, which without a filing mailbox leaves the
// judgemental stage out, and then asks only for identifiers and other children.
// The last line gives the number of documents and findings and a SHA-256 of the output.
// Default corpus: $CLEAR_RECORD_SHARED/eval/dev (or ../shared/eval/dev).
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const webpack = require("webpack");
const args = process.argv.slice(2);
const values = (flag) => args.flatMap((a, i) => (a === flag && args[i + 1] !== undefined ? [args[i + 1]] : []));
const shared = process.env.CLEAR_RECORD_SHARED ?? resolve(root, "..", "shared");
const dirs = values("--dir").length ? values("--dir").map((d) => resolve(d)) : [join(shared, "eval", "dev")];
const outFile = values("--out")[0];
const configFor = require(join(root, "webpack.outlook.config.js"));
const judgemental = !args.includes("--as-deployed") || configFor.listsFilingMailbox();

/** The annotated text without its marks: [[…|label]] → … (the scorer's format, FORMAT.md). */
async function plainOf(annotated) {
  const { parseAnnotated } = await import(join(shared, "eval", "score.mjs"));
  return parseAnnotated(annotated).plain;
}

const out = mkdtempSync(join(tmpdir(), "send-findings-"));
try {
  const base = configFor({ only: "on-send", ...(judgemental ? { filing: true } : {}) }, { mode: "production" });
  const config = {
    ...base,
    entry: { "on-send": join(root, "test", "hosts", "outlook", "fixtures", "send-engine-entry.ts") },
    output: { ...base.output, path: out },
    plugins: base.plugins.filter((p) => p.constructor.name !== "HtmlWebpackPlugin"),
  };
  await new Promise((ok, fail) => webpack(config, (err, stats) => (err || stats.hasErrors() ? fail(err ?? new Error(stats.toString("errors-only"))) : ok())));
  const context = vm.createContext({ console });
  vm.runInContext(readFileSync(join(out, "on-send.js"), "utf8"), context, { filename: "on-send.js" });
  // Objects cross the vm boundary as JSON, so the bundle sees its own realm's arrays and objects.
  vm.runInContext("var callAnalyse = function (t, p, o) { return JSON.stringify(clearRecordAnalyse(t, JSON.parse(p), JSON.parse(o)).findings); };", context);
  const analyse = (text, profile, options) => context.callAnalyse(text, JSON.stringify(profile), JSON.stringify(options));

  const lines = [];
  let findings = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const doc = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const text = await plainOf(doc.annotated);
      // As checkForSend asks: identifiers always, other children with a case, judgemental wording to a filing mailbox.
      const withCase = analyse(text, doc.profile, { kind: "email", categories: ["identifier", "other-child", ...(judgemental ? ["judgemental"] : [])] });
      const noCase = analyse(text, { subject: { name: "" } }, { kind: "email", categories: ["identifier"] });
      findings += JSON.parse(withCase).length + JSON.parse(noCase).length;
      lines.push(`{"doc":${JSON.stringify(file)},"withCase":${withCase},"noCase":${noCase}}`);
    }
  }
  const body = lines.join("\n") + "\n";
  if (outFile) writeFileSync(outFile, body);
  const sha = createHash("sha256").update(body).digest("hex");
  console.log(JSON.stringify({ documents: lines.length, findings, sha256: sha }));
} finally {
  rmSync(out, { recursive: true, force: true });
}
