import type { LogRow, RedactOutcome, UNDECIDED } from "../bulk/jobs";
import { logCsvRow } from "./csv";
import { logRow, redactionRow } from "./html";
import { redactionsByPageTables } from "./pages";
import { plural } from "./stylish";
import type { Text } from "./check-one";

/**
 * A finished file as the manifest records it (one JSON line): `input` is a salted hash of the input's
 * path (never its name), `display` its redacted name, `out` its copy's name inside --out.
 */
export type FinishedFile = { input: string; display: string; inputHash: string; out: string; outputHash: string; changes: number; log: LogRow[]; notes?: string[] };

/** People the checker could not place: their category in the log (jobs.ts UNDECIDED; a value of its own here, as jobs.ts imports this file). */
const UNDECIDED_CATEGORY: typeof UNDECIDED = "undecided";
/** The log's location for a copy given a neutral name, and why. */
export const FILE_NAME = "file name";
export const NEUTRAL_NAME_REASON = "the input's file name holds a name the checker could not place: the copy has a neutral name";

/**
 * What a redaction run writes for each file: its output format, whether it writes an HTML report, the
 * file's place in the manifest (its hashed input, absent when the run keeps no manifest; its copy's
 * name inside --out), the input's own path as given (the terminal names it, then its copy) and, for a
 * copy given a neutral name, the labels of the undecided people the input's name held.
 */
export type RedactRender = { format: "json" | "stylish"; report: boolean; input?: string; outName: string; shown: string; neutral?: string[] };

/** A finished file's pieces of the run's output, log and report, each with its line end (empty where there is none). */
export type FinishedPieces = {
  /** For stdout: a JSON line or "name → copy: n changes". */
  stdout: Text;
  /** The redaction log's CSV rows. */
  csv: Text;
  /** The report's row, log rows and tables by page (only with a report). */
  reportRow: Text;
  reportLog: Text;
  reportByPage: Text;
  /** The log's mentions of undecided people (not its file-name rows) and their labels, for the run's summary. */
  undecidedMentions: number;
  undecidedLabels: string[];
};

/** The texts of a rendered redaction (handed over as bytes: see asBytes). */
export const REDACT_TEXTS = ["stdout", "csv", "reportRow", "reportLog", "reportByPage", "manifest"] as const;

/**
 * One verified copy as the run writes it, made where it was redacted (a worker thread): the main thread
 * writes the copy's bytes, appends `manifest` and writes the pieces, holding no log rows. A copy that
 * could not be made or failed verification is not rendered (the main thread reports it, redacting its
 * message with the bundle's names).
 */
export type RenderedRedact = FinishedPieces & {
  rendered: "redact";
  file: string;
  out: string;
  verified: true;
  changes: number;
  /** The manifest's JSON line (empty when the run keeps no manifest). */
  manifest: Text;
  output?: Uint8Array;
  outputHash: string;
};

export const isRenderedRedact = (r: unknown): r is RenderedRedact => (r as RenderedRedact | undefined)?.rendered === "redact";

/**
 * A finished file's output, log rows and report pieces: the same for a file redacted now (in a worker) and one resumed.
 * The terminal names the input as the report and log do (`shown`: its path with names replaced by labels, or a neutral
 * name), never by its own path: terminal output is often kept as a log, and an input's name can hold another child's.
 */
export function finishedPieces(m: FinishedFile, format: RedactRender["format"], report: boolean, shown: string, neutral?: readonly string[]): FinishedPieces {
  const byPage = report ? redactionsByPageTables(m.log) : "";
  const undecidedLabels = new Set<string>();
  let undecidedMentions = 0;
  for (const r of m.log)
    if (r.category === UNDECIDED_CATEGORY && r.location !== FILE_NAME) {
      undecidedMentions++;
      undecidedLabels.add(r.pseudonym);
    }
  const note = neutral?.length ? ` (a neutral name: the input's name holds a name redacted as ${neutral.join(", ")})` : "";
  return {
    stdout:
      format === "json"
        ? JSON.stringify({ file: m.display, out: m.out, changes: m.changes, verified: true, log: m.log }) + "\n"
        : `${shown} → ${m.out}: ${plural(m.changes, "change")}${note}\n`,
    csv: m.log.map(logCsvRow).join(""),
    reportRow: report ? redactionRow({ document: m.display, out: m.out, changes: m.changes, notes: m.notes, verified: true }) + "\n" : "",
    reportLog: report ? m.log.map((r) => logRow(r) + "\n").join("") : "",
    reportByPage: byPage ? byPage + "\n" : "",
    undecidedMentions,
    undecidedLabels: [...undecidedLabels],
  };
}

/**
 * The manifest line of a verified copy, made from what the job was told of its place in the run. A copy given a
 * neutral name has a log row first for each undecided person its input's name held, by label.
 */
export function finishedFile(r: RedactOutcome, display: string, render: RedactRender): FinishedFile {
  const named = (render.neutral ?? []).map((label): LogRow => ({
    document: display,
    location: FILE_NAME,
    category: UNDECIDED_CATEGORY,
    reason: NEUTRAL_NAME_REASON,
    pseudonym: label,
  }));
  return {
    input: render.input ?? "",
    display,
    inputHash: r.inputHash!,
    out: render.outName,
    outputHash: r.outputHash!,
    changes: r.changes ?? 0,
    log: [...named, ...(r.log ?? [])],
    ...(r.notes?.length ? { notes: r.notes } : {}),
  };
}

/** A redacted file as text; a file with an error or a failed verification as it was. */
export function renderRedact(r: RedactOutcome, display: string, render: RedactRender): RedactOutcome | RenderedRedact {
  if (r.error || !r.verified) return r;
  const m = finishedFile(r, display, render);
  return {
    rendered: "redact",
    file: r.file,
    out: r.out,
    verified: true,
    changes: m.changes,
    ...finishedPieces(m, render.format, render.report, render.shown, render.neutral),
    manifest: render.input !== undefined ? JSON.stringify(m) + "\n" : "",
    ...(r.output ? { output: r.output } : {}),
    outputHash: m.outputHash,
  };
}
