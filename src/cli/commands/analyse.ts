import type { AnalyseOptions, DocumentKind } from "../../engine";
import type { Args } from "../args";
import { loadProfile } from "../profile";
import { readTextFile } from "../readers/txt";
import { formatJson } from "../formatters/json";
import { formatStylish } from "../formatters/stylish";
import type { FileResult } from "../formatters/types";
import type { Deps, Io } from "./context";

/**
 * Checks each file. Stylish output exits 1 when anything was found (a gate, like a linter); JSON output
 * exits 0 whenever it reports, because the findings are in the JSON and callers that run it per
 * document (the shared scorer uses execSync) treat any non-zero status as a failed run. Bad input is 2.
 */
/** Engine options from the command line: the allow-list and the kind of record. */
export function analyseOptions(args: Args): AnalyseOptions {
  const options: AnalyseOptions = {};
  if (args.allow) options.allow = args.allow;
  if (args.kind) options.kind = args.kind as DocumentKind;
  return options;
}

export function runAnalyse(args: Args, io: Io, deps: Deps): number {
  const profile = loadProfile(args);
  // Every input is read and checked before any output, so bad input never leaves half a report.
  const files = args.files.map(readTextFile);
  const options = analyseOptions(args);
  const results: FileResult[] = files.map((f) => ({ file: f.path, text: f.text, report: deps.analyse(f.text, profile, options) }));
  io.stdout(args.format === "json" ? formatJson(results) : formatStylish(results));
  if (args.format === "json") return 0;
  return results.some((r) => r.report.findings.length > 0) ? 1 : 0;
}
