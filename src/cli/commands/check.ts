import type { Args } from "../args";
import { describeFsError, UsageError } from "../errors";
import { loadProfile } from "../profile";
import { expandInputs, progressBar } from "../bulk/files";
import { streamJobs } from "../bulk/pool";
import type { CheckOutcome, Settings } from "../bulk/jobs";
import { CHECK_CSV_HEADER } from "../formatters/csv";
import { checkSummaryFoot, checkSummaryHead, HTML_END, htmlHead, TABLE_END, WORKING_PAPER_NOTICE, UNREADABLE_HEAD } from "../formatters/html";
import { isRendered, renderCheck, type CheckRender, type RenderedCheck } from "../formatters/check-one";
import { Spool } from "../formatters/spool";
import { CATEGORIES } from "../../engine/types";
import { plural } from "../formatters/stylish";
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
  // Each file's output is written as soon as it and every file before it are done, then dropped. The
  // worker that checked it sends it as text (renderCheck): the main thread holds no report.
  const render: CheckRender = { format: args.format, report: !!report };
  const emit = (i: number, result: CheckOutcome | RenderedCheck) => {
    const r = isRendered(result) ? result : renderCheck(result, i, render);
    if (r.error) {
      bad++;
      io.stderr(`clear-record: ${r.file}: ${r.error}\n`);
    } else {
      let n = 0;
      for (const [category, k] of r.counts) {
        n += k;
        byCategory.set(category, (byCategory.get(category) ?? 0) + k);
        totals[category] = (totals[category] ?? 0) + k;
      }
      findings += n;
      if (n) withFindings++;
    }
    if (r.out.length) io.stdout(r.out);
    if (report) {
      report.write(SUMMARY, r.summary ?? "");
      report.write(UNREADABLE, r.unreadable ?? "");
      report.write(SECTIONS, r.section ?? "");
    }
  };
  try {
    await streamJobs(inputs.length, (i) => ({ kind: "check" as const, file: inputs[i].path, render, index: i }), settings, {
      jobs: args.jobs,
      analyse: deps.analyse,
      realEngine: deps === DEFAULT_DEPS || deps.analyse === DEFAULT_DEPS.analyse,
      onProgress: bar.tick,
      onOrdered: (i, r) => emit(i, r as CheckOutcome | RenderedCheck),
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
