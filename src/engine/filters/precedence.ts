import type { RawFinding } from "../rule";

/**
 * Settles findings that claim the same text. An identifying detail of another child (their date of
 * birth, address) is reported once, as other-child, not also as a plain identifier; exact duplicates
 * from two rules of one category keep the more confident.
 */
export function resolveConflicts(findings: RawFinding[]): RawFinding[] {
  const childSpans = findings.filter((f) => f.category === "other-child");
  const kept: RawFinding[] = [];
  const seen = new Map<string, RawFinding>();
  for (const f of findings) {
    if (f.category === "identifier" && childSpans.some((c) => c.start < f.end && f.start < c.end)) continue;
    const key = `${f.category}:${f.start}:${f.end}`;
    const prev = seen.get(key);
    if (prev) {
      if (f.confidence > prev.confidence) kept[kept.indexOf(prev)] = f, seen.set(key, f);
      continue;
    }
    seen.set(key, f);
    kept.push(f);
  }
  return kept;
}
