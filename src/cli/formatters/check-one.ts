import { CATEGORIES, type Category } from "../../engine/types";
import type { CheckOutcome } from "../bulk/jobs";
import { formatCheckCsvRows } from "./csv";
import { checkSection, checkSummaryRow, unreadableRow } from "./html";
import { toJson } from "./json";
import { formatStylish, isEmptyRecord, plural, theirDetails } from "./stylish";

/** What a check run writes for each file: its output format, and whether it writes an HTML report. */
export type CheckRender = { format: "stylish" | "json" | "csv"; report: boolean };

/**
 * One checked file as the run writes it: its output text and its report pieces, made where it was
 * checked (a worker thread), so the main thread only adds up the counts and writes text. It never
 * holds a document's report, text or findings, and its heap stays level on a bundle of any size.
 */
export type RenderedCheck = {
  rendered: true;
  file: string;
  error?: string;
  /** For stdout (JSON line, CSV rows, or the stylish lines; empty for nothing). */
  out: Text;
  /** The report's summary row, unreadable row and section, each with its line end (empty where there is none); only with a report. */
  summary?: Text;
  unreadable?: Text;
  section?: Text;
  /** The file's findings by category (a file that could not be read has none). */
  counts: [Category, number][];
};

/** Text as made, or as UTF-8 bytes (from a worker: see asBytes). */
export type Text = string | Uint8Array;

/** The texts of a rendered file. */
export const CHECK_TEXTS = ["out", "summary", "unreadable", "section"] as const;

/**
 * A rendered file with the texts named by `keys` as UTF-8 bytes, each in a buffer of its own, and
 * those buffers: a worker hands a redacted file's texts over (transferred, not copied), so the main
 * thread writes them without making them into strings on its heap (which otherwise grew with the rate
 * of output, 11 to 46 MB). A checked file's texts go as strings (see bulk/worker.ts).
 */
export function asBytes<T extends object>(r: T, keys: readonly (keyof T & string)[]): { result: T; transfer: ArrayBuffer[] } {
  const encoder = new TextEncoder();
  const transfer: ArrayBuffer[] = [];
  const result = { ...r } as Record<string, unknown>;
  for (const k of keys) {
    const t = r[k];
    if (typeof t !== "string" || !t) continue;
    const bytes = encoder.encode(t);
    result[k] = bytes;
    transfer.push(bytes.buffer as ArrayBuffer);
  }
  return { result: result as T, transfer };
}

export const isRendered = (r: unknown): r is RenderedCheck => (r as RenderedCheck | undefined)?.rendered === true;

/** A checked file as text, the same in a worker as in the main thread (so the outputs are too). */
export function renderCheck(r: CheckOutcome, i: number, render: CheckRender): RenderedCheck {
  const out =
    render.format === "json"
      ? JSON.stringify(r.error ? { file: r.file, error: r.error } : jsonOf(r)) + "\n"
      : render.format === "csv"
        ? formatCheckCsvRows(r)
        : r.error
          ? ""
          : stylishOne(r);
  const counts = new Map<Category, number>();
  if (!r.error) for (const f of r.report!.findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  const done: RenderedCheck = {
    rendered: true,
    file: r.file,
    ...(r.error ? { error: r.error } : {}),
    out,
    counts: CATEGORIES.filter((c) => counts.has(c)).map((c) => [c, counts.get(c)!]),
  };
  if (render.report) {
    const line = (s: string) => (s ? s + "\n" : "");
    done.summary = line(checkSummaryRow(r, i, {}));
    done.unreadable = line(r.error ? unreadableRow(r) : "");
    done.section = line(checkSection(r, i));
  }
  return done;
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
