import { writeFileSync } from "node:fs";
import type { Args } from "../args";
import { describeFsError, UsageError } from "../errors";
import { loadProfile } from "../profile";
import { expandInputs, progressBar } from "../bulk/files";
import { runJobs } from "../bulk/pool";
import type { CheckOutcome, Settings } from "../bulk/jobs";
import { formatCheckCsv } from "../formatters/csv";
import { formatHtmlReport } from "../formatters/html";
import { toJson } from "../formatters/json";
import { formatStylish, plural } from "../formatters/stylish";
import { DEFAULT_DEPS, type Deps, type Io } from "./context";
import { analyseOptions } from "./analyse";

/**
 * `check DIR|FILE…`: every .docx, .eml, .msg and .txt file, folders recursively, on all cores. A file
 * that cannot be read is reported (stderr, the JSON/CSV output, the HTML report) and the others are
 * still checked. Exit: 2 when any file could not be read, else 1 when anything was found (stylish and
 * csv) and 0 otherwise; JSON exits 0 unless a file could not be read.
 */
export async function runCheck(args: Args, io: Io, deps: Deps): Promise<number> {
  const profile = loadProfile(args);
  const inputs = expandInputs(args.files);
  if (!inputs.length) throw new UsageError("no .docx, .eml, .msg or .txt files found in what was given");
  const settings: Settings = { profile, options: analyseOptions(args), policy: "pseudonym" };
  const bar = progressBar(io.stderr, !!io.isTTY, "Checking");
  const results = (await runJobs(inputs.map((f) => ({ kind: "check" as const, file: f.path })), settings, {
    jobs: args.jobs,
    analyse: deps.analyse,
    realEngine: deps === DEFAULT_DEPS || deps.analyse === DEFAULT_DEPS.analyse,
    onProgress: bar.tick,
  })) as CheckOutcome[];
  bar.end();
  const bad = results.filter((r) => r.error);
  for (const r of bad) io.stderr(`clear-record: ${r.file}: ${r.error}\n`);
  const good = results.filter((r) => !r.error && r.report);
  if (args.format === "json") {
    // One line per file, written as it is formatted: a bundle's findings never sit in one huge string.
    for (const r of results) io.stdout(JSON.stringify(r.error ? { file: r.file, error: r.error } : jsonOf(r)) + "\n");
  } else if (args.format === "csv") {
    io.stdout(formatCheckCsv(results));
  } else {
    io.stdout(stylish(good) + (bad.length ? `${plural(bad.length, "file")} could not be read (see above).\n` : ""));
  }
  if (args.report) {
    try {
      writeFileSync(args.report, formatHtmlReport({ title: "Clear Record: check of a bundle", generated: new Date().toISOString().slice(0, 16).replace("T", " "), checks: results }));
    } catch (err) {
      throw new UsageError(`cannot write the report ${args.report}: ${describeFsError(err)}`);
    }
  }
  if (bad.length) return 2;
  if (args.format === "json") return 0;
  return good.some((r) => r.report!.findings.length > 0) ? 1 : 0;
}

function jsonOf(r: CheckOutcome): Record<string, unknown> {
  const base = toJson({ file: r.file, text: r.text ?? "", report: r.report! });
  if (r.toCheck?.length) base.peopleToCheck = r.toCheck;
  return r.format === "txt" ? base : { ...base, format: r.format, locations: r.placed?.map((p) => p.location) ?? [], ...(r.notes?.length ? { notes: r.notes } : {}) };
}

/** Stylish output: .txt files as analyse prints them; other files with the part and paragraph instead of line:col. */
function stylish(results: readonly CheckOutcome[]): string {
  const txt = results.filter((r) => r.format === "txt");
  const lines: string[] = [];
  let total = 0;
  for (const r of results) {
    const findings = r.report!.findings;
    total += findings.length;
    if (r.format === "txt") continue;
    if (!findings.length && !r.notes?.length) continue;
    lines.push(`${r.file}  (${plural(findings.length, "finding")})`);
    findings.forEach((f, i) => {
      const suggestion = f.suggestions?.length ? ` → ${f.suggestions[0]}` : "";
      const text = f.text.replace(/\s+/g, " ");
      lines.push(`  ${r.placed?.[i]?.location ?? ""}  ${f.category.padEnd(11)}  ${f.message.replace(/\s+/g, " ")} ("${text.length > 60 ? `${text.slice(0, 57)}…` : text}")${suggestion}`);
    });
    for (const n of r.notes ?? []) lines.push(`  note  ${n}`);
    lines.push("");
  }
  const txtPart = txt.length ? formatStylish(txt.map((r) => ({ file: r.file, text: r.text ?? "", report: r.report! }))).replace(/^(No findings in|\d+ findings? in).*\n$/m, "") : "";
  return txtPart + lines.join("\n") + (lines.length ? "\n" : "") + (total ? `${plural(total, "finding")} in ${plural(results.length, "file")}.\n` : `No findings in ${plural(results.length, "file")}.\n`);
}
