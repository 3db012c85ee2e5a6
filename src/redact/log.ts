import type { Category } from "../engine/types";
import type { Edit, SkippedEdit } from "./types";
import { lineIndex } from "./location";

/** One line of the redaction log. Never holds the redacted text, so the log is safe to keep. */
export type RedactionLogEntry = {
  category: Category;
  /** What was found: identifier kind, "name"/"detail", or a rule id. */
  kind?: string;
  operator: Edit["operator"];
  line: number;
  column: number;
  reason: string;
  /** The pseudonym given, for pseudonym edits. */
  pseudonym?: string;
  /** For skipped edits: why it was not applied. */
  skipped?: string;
  /** Set when a second (or later) look at the redacted text made this edit. */
  round?: number;
};

/** The log of applied (and, if given, skipped) edits, located in the text the edits were planned on. */
export function redactionLog(text: string, applied: readonly Edit[], skipped: readonly SkippedEdit[] = []): RedactionLogEntry[] {
  const at = lineIndex(text);
  const entry = (e: Edit): RedactionLogEntry => {
    const { line, column } = at(e.start);
    return {
      category: e.category,
      ...(e.kind ? { kind: e.kind } : {}),
      operator: e.operator,
      line,
      column,
      reason: e.reason,
      ...(e.label ? { pseudonym: e.label } : {}),
    };
  };
  const out = applied.map(entry);
  for (const s of skipped) out.push({ ...entry(s.edit), skipped: s.reason });
  return out;
}

/** Counts of applied edits per category. */
export function countByCategory(edits: readonly Edit[]): Partial<Record<Category, number>> {
  const counts: Partial<Record<Category, number>> = {};
  for (const e of edits) counts[e.category] = (counts[e.category] ?? 0) + 1;
  return counts;
}
