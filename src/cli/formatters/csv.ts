import type { CheckOutcome, LogRow } from "../bulk/jobs";

/** One CSV field: quoted when needed; a leading =, +, - or @ is prefixed so a spreadsheet never runs it as a formula. */
export function csvField(v: unknown): string {
  let s = v === undefined || v === null ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: unknown[]) => fields.map(csvField).join(",") + "\r\n";

export const CHECK_CSV_HEADER = csvLine(["file", "location", "category", "rule", "severity", "confidence", "text", "message", "suggestion"]);

/** Findings of a check, one row each; files that could not be read get one row with the reason. */
export function formatCheckCsv(results: readonly CheckOutcome[]): string {
  return CHECK_CSV_HEADER + results.map(formatCheckCsvRows).join("");
}

/** One file's rows (no header). */
export function formatCheckCsvRows(r: CheckOutcome): string {
  if (r.error) return csvLine([r.file, "", "unreadable", "", "", "", "", r.error, ""]);
  let out = "";
  r.report?.findings.forEach((f, i) => {
    out += csvLine([r.file, r.placed?.[i]?.location ?? "", f.category, f.ruleId, f.severity, f.confidence, f.text, f.message, f.suggestions?.[0] ?? ""]);
  });
  for (const p of r.toCheck ?? []) {
    out += csvLine([
      r.file,
      p.location,
      "person to check",
      "people",
      "info",
      "",
      p.text,
      `Could not tell whether this is a child, an adult or not a person (${p.mentions} mention${p.mentions === 1 ? "" : "s"}): please decide.`,
      "",
    ]);
    for (const d of p.details ?? [])
      out += csvLine([r.file, d.location, "person to check", "people", "info", "", d.text, `The ${d.kind} of ${p.text} (above): decide with them.`, ""]);
  }
  return out;
}

export const LOG_CSV_HEADER = csvLine(["document", "location", "category", "reason", "pseudonym"]);
export const logCsvRow = (r: LogRow) => csvLine([r.document, r.location, r.category, r.reason, r.pseudonym]);

/** The bundle's redaction log: document, location, category, reason, pseudonym. Never the redacted text. */
export function formatLogCsv(rows: readonly LogRow[]): string {
  let out = csvLine(["document", "location", "category", "reason", "pseudonym"]);
  for (const r of rows) out += csvLine([r.document, r.location, r.category, r.reason, r.pseudonym]);
  return out;
}
