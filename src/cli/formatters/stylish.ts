import type { Category, Finding, Report } from "../../engine/types";
import { CATEGORIES } from "../../engine/types";
import { lineIndex } from "../../redact/location";
import type { FileResult } from "./types";

const QUALITY_LABEL: Record<string, string> = {
  childVoice: "child's voice",
  parentViews: "parents' views",
  analysis: "analysis",
  nextSteps: "next steps",
  visitPurpose: "visit purpose",
};

/** Control characters and line breaks inside a finding would break the one-line-per-finding layout. */
// Control characters are exactly what this replaces: a finding must not move the terminal.
// eslint-disable-next-line no-control-regex
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ");

function describe(f: Finding): string {
  const message = oneLine(f.message ?? "").trim();
  const text = oneLine(f.text ?? "").trim();
  const quoted = text && !message.includes(text) ? ` ("${text.length > 60 ? `${text.slice(0, 57)}…` : text}")` : "";
  const suggestion = f.suggestions?.length ? ` → ${oneLine(f.suggestions[0])}` : "";
  return `${message}${quoted}${suggestion}`;
}

/**
 * True when a record had no text to check (an empty or blank file): its outputs say so rather than list
 * every recording-quality gap, which would tell the worker to add the child's voice to a blank page.
 * The text when the caller kept it (plain text), else the report's word count.
 */
export function isEmptyRecord(report: Report, text?: string): boolean {
  return text !== undefined ? !text.trim() : report.stats.words === 0;
}

/**
 * A person to check's details put to review with them, as "their school “Hallgate School” at 3:14": whose
 * they are is decided with the person (a school no rule could tie to anyone would otherwise go unmentioned).
 */
export function theirDetails(details: readonly { kind: string; text: string; location: string }[]): string[] {
  return details.map((d) => `their ${d.kind} “${oneLine(d.text)}” at ${d.location}`);
}

/**
 * Linter-style output: per file, one line per finding as `file:line:col  category  message → suggestion`,
 * then recording-quality gaps, and a summary count at the end.
 */
export function formatStylish(results: readonly FileResult[]): string {
  const lines: string[] = [];
  const totals = new Map<Category, number>();
  let total = 0;
  let filesWithFindings = 0;
  for (const r of results) {
    if (isEmptyRecord(r.report, r.text)) {
      lines.push(`${r.file}  (empty: nothing to check)`, "");
      continue;
    }
    const findings = r.report.findings;
    const gaps = r.report.quality ? Object.entries(r.report.quality).filter(([, c]) => c?.value === false) : [];
    const notes = r.report.qualityNotes ?? [];
    const toCheck = (r.report.people ?? []).filter((p) => p.role === "undecided" && p.mentions.length);
    if (!findings.length && !gaps.length && !notes.length && !toCheck.length) continue;
    if (findings.length) filesWithFindings++;
    const at = lineIndex(r.text);
    lines.push(`${r.file}  (${plural(findings.length, "finding")})`);
    const located = findings.map((f) => ({ f, ...at(f.start) }));
    const width = located.reduce((w, l) => Math.max(w, `${l.line}:${l.column}`.length), 0);
    for (const { f, line, column } of located) {
      total++;
      totals.set(f.category, (totals.get(f.category) ?? 0) + 1);
      const where = `${r.file}:${line}:${column}`;
      lines.push(`  ${where.padEnd(r.file.length + 1 + width)}  ${f.category.padEnd(11)}  ${describe(f)}`);
    }
    for (const n of notes) {
      const { line, column } = at(n.start);
      const suggestion = n.suggestion ? ` → ${oneLine(n.suggestion)}` : "";
      lines.push(`  ${`${r.file}:${line}:${column}`.padEnd(r.file.length + 1 + width)}  ${"quality".padEnd(11)}  ${oneLine(n.message)}${suggestion}`);
    }
    for (const [key, check] of gaps) {
      lines.push(`  ${r.file.padEnd(r.file.length + 1 + width)}  ${"quality".padEnd(11)}  ${QUALITY_LABEL[key] ?? key}: ${oneLine(check.message ?? "missing")}`);
    }
    if (toCheck.length) {
      // Undecided people: the worker says who they are (child, adult, not a person).
      const named = toCheck.map((p) => ({ p, ...at(p.mentions[0].start) })).sort((a, b) => a.line - b.line || a.column - b.column);
      const details = (id: string) =>
        (r.report.review ?? [])
          .filter((x) => x.personId === id && x.detail)
          .map((x) => {
            const { line, column } = at(x.start);
            return { kind: x.detail!, text: r.text.slice(x.start, x.end), location: `${line}:${column}` };
          });
      lines.push(
        `  People to check: ${named.map(({ p, line, column }) => `${oneLine(r.text.slice(p.mentions[0].start, p.mentions[0].end))} (${[`${line}:${column}`, ...theirDetails(details(p.id))].join("; ")})`).join(", ")}`,
      );
    }
    lines.push("");
  }
  const files = plural(results.length, "file");
  if (total === 0) {
    lines.push(`No findings in ${files}.`);
  } else {
    const parts = CATEGORIES.filter((c) => totals.has(c)).map((c) => `${totals.get(c)} ${c}`);
    const where = filesWithFindings === results.length ? files : `${filesWithFindings} of ${files}`;
    lines.push(`${plural(total, "finding")} in ${where}: ${parts.join(", ")}.`);
  }
  return lines.join("\n") + "\n";
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
