import type { Args } from "../args";
import { describeFsError, UsageError } from "../errors";
import { loadProfile } from "../profile";
import { expandInputs, progressBar } from "../bulk/files";
import { streamJobs } from "../bulk/pool";
import type { CheckOutcome, Settings } from "../bulk/jobs";
import { CHECK_CSV_HEADER, formatCheckCsvRows } from "../formatters/csv";
import {
  checkSection,
  checkSummaryFoot,
  checkSummaryHead,
  checkSummaryRow,
  HTML_END,
  htmlHead,
  TABLE_END,
  WORKING_PAPER_NOTICE,
  UNREADABLE_HEAD,
  unreadableRow,
} from "../formatters/html";
import { Spool } from "../formatters/spool";
import { CATEGORIES } from "../../engine/types";
import { toJson } from "../formatters/json";
import { formatStylish, isEmptyRecord, plural, theirDetails } from "../formatters/stylish";
import { DEFAULT_DEPS, type Deps, type Io } from "./context";
import { analyseOptions } from "./analyse";

/**
 * `check DIR|FILE…`: every .docx, .eml, .msg, .pdf and .txt file, folders recursively, on all cores. A file
 * that cannot be read is reported (stderr, the JSON/CSV output, the HTML report) and the others are
 * still checked. Exit: 2 when any file could not be read, else 1 when anything was found (stylish and
 * csv) and 0 otherwise; JSON exits 0 unless a file could not be read.
 */
export async function runCheck(args: Args, io: Io, deps: Deps): Promise<number> {
  const profile = loadProfile(args);
  const inputs = expandInputs(args.files);
  if (!inputs.length) throw new UsageError("no .docx, .eml, .msg, .pdf or .txt files found in what was given");
  const settings: Settings = { profile, options: analyseOptions(args), policy: "pseudonym" };
  let report: Spool | undefined;
  try {
    report = args.report ? new Spool(args.report, 3) : undefined;
  } catch (err) {
    throw new UsageError(`cannot write the report ${args.report}: ${describeFsError(err)}`);
  }
  const SUMMARY = 0;
  const UNREADABLE = 1;
  const SECTIONS = 2;
  const totals: Record<string, number> = {};
  let bad = 0;
  let findings = 0;
  const byCategory = new Map<string, number>();
  let withFindings = 0;
  if (args.format === "csv") io.stdout(CHECK_CSV_HEADER);
  const bar = progressBar(io.stderr, !!io.isTTY, "Checking");
  // Each file's output is written as soon as it and every file before it are done, then dropped.
  const emit = (i: number, r: CheckOutcome) => {
    if (r.error) {
      bad++;
      io.stderr(`clear-record: ${r.file}: ${r.error}\n`);
    } else {
      const n = r.report!.findings.length;
      findings += n;
      if (n) withFindings++;
      for (const f of r.report!.findings) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
    }
    if (args.format === "json") io.stdout(JSON.stringify(r.error ? { file: r.file, error: r.error } : jsonOf(r)) + "\n");
    else if (args.format === "csv") io.stdout(formatCheckCsvRows(r));
    else if (!r.error) io.stdout(stylishOne(r));
    if (report) {
      report.write(SUMMARY, checkSummaryRow(r, i, totals) + "\n");
      if (r.error) report.write(UNREADABLE, unreadableRow(r) + "\n");
      const section = checkSection(r, i);
      if (section) report.write(SECTIONS, section + "\n");
    }
  };
  try {
    await streamJobs(inputs.length, (i) => ({ kind: "check" as const, file: inputs[i].path }), settings, {
      jobs: args.jobs,
      analyse: deps.analyse,
      realEngine: deps === DEFAULT_DEPS || deps.analyse === DEFAULT_DEPS.analyse,
      onProgress: bar.tick,
      onOrdered: (i, r) => emit(i, r as CheckOutcome),
    });
    bar.end();
    if (args.format !== "json" && args.format !== "csv") {
      // Only the files that were read count: one that could not be read was not found clean.
      const read = inputs.length - bad;
      const files = `${plural(read, "file")}${bad ? " read" : ""}`;
      const parts = CATEGORIES.filter((c) => byCategory.get(c)).map((c) => `${byCategory.get(c)} ${c}`);
      io.stdout(
        (findings
          ? `${plural(findings, "finding")} in ${withFindings === read ? files : `${withFindings} of ${files}`}: ${parts.join(", ")}.\n`
          : read
            ? `No findings in ${files}.\n`
            : "") + (bad ? `${plural(bad, "file")} could not be read (see above).\n` : ""),
      );
    }
    if (report) {
      const generated = new Date().toISOString().slice(0, 16).replace("T", " ");
      report.finish([
        htmlHead("Clear Record: check of a bundle", generated, WORKING_PAPER_NOTICE),
        "\n",
        checkSummaryHead(),
        "\n",
        SUMMARY,
        checkSummaryFoot(totals, inputs.length),
        "\n",
        bad ? UNREADABLE_HEAD + "\n" : "",
        UNREADABLE,
        bad ? TABLE_END + "\n" : "",
        SECTIONS,
        HTML_END,
      ]);
    }
  } catch (err) {
    report?.abort();
    if (err instanceof UsageError) throw err;
    if ((err as NodeJS.ErrnoException).code) throw new UsageError(`cannot write the report ${args.report}: ${describeFsError(err)}`);
    throw err;
  }
  if (bad) return 2;
  if (args.format === "json") return 0;
  return findings > 0 ? 1 : 0;
}

function jsonOf(r: CheckOutcome): Record<string, unknown> {
  const base = toJson({ file: r.file, text: r.text ?? "", report: r.report! });
  if (r.toCheck?.length) base.peopleToCheck = r.toCheck;
  return r.format === "txt" ? base : { ...base, format: r.format, locations: r.placed?.map((p) => p.location) ?? [], ...(r.notes?.length ? { notes: r.notes } : {}) };
}

/** Stylish output of one file: .txt files as analyse prints them; other files with the part and paragraph instead of line:col. */
function stylishOne(r: CheckOutcome): string {
  const findings = r.report!.findings;
  if (r.format === "txt") {
    // formatStylish ends with a summary line: the run prints one summary of its own at the end.
    return formatStylish([{ file: r.file, text: r.text ?? "", report: r.report! }]).replace(/[^\n]*\n$/, "");
  }
  const empty = !findings.length && isEmptyRecord(r.report!);
  if (!empty && !findings.length && !r.notes?.length && !r.toCheck?.length) return "";
  const lines: string[] = [`${r.file}  (${empty ? (r.notes?.length ? "no text was read" : "empty: nothing to check") : plural(findings.length, "finding")})`];
  findings.forEach((f, i) => {
    const suggestion = f.suggestions?.length ? ` → ${f.suggestions[0]}` : "";
    const text = f.text.replace(/\s+/g, " ");
    lines.push(
      `  ${r.placed?.[i]?.location ?? ""}  ${f.category.padEnd(11)}  ${f.message.replace(/\s+/g, " ")} ("${text.length > 60 ? `${text.slice(0, 57)}…` : text}")${suggestion}`,
    );
  });
  for (const n of r.notes ?? []) lines.push(`  note  ${n}`);
  // As for .txt files: the people the engine could not place, where each is first named.
  if (r.toCheck?.length)
    lines.push(`  People to check: ${r.toCheck.map((p) => `${p.text.replace(/\s+/g, " ")} (${[p.location, ...theirDetails(p.details ?? [])].join("; ")})`).join(", ")}`);
  return lines.join("\n") + "\n\n";
}
