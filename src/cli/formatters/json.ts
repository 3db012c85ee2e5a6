import type { QualityReport } from "../../engine/types";
import type { FileResult } from "./types";

/**
 * The shape /work/shared/eval/score.mjs reads: {findings, quality} with quality flattened to
 * {childVoice: true|false|null, …}, plus the file and other report fields under their own keys.
 * The list of other children's names (report.otherChildren) is left out: findings already locate them.
 */
export function toJson(r: FileResult): Record<string, unknown> {
  const { report } = r;
  return {
    file: r.file,
    findings: report.findings,
    // Mentions of people the engine could not place (the scorer counts them as put to review): by id, never by name.
    review: (report.review ?? []).map((r) => ({ start: r.start, end: r.end, person: r.personId })),
    ...(report.quality ? { quality: flattenQuality(report.quality) } : {}),
    kind: report.kind,
    ...(report.qualityNotes ? { qualityNotes: report.qualityNotes } : {}),
    ...(report.readability ? { readability: report.readability } : {}),
    stats: report.stats,
  };
}

export function flattenQuality(q: QualityReport): Record<string, boolean | null> {
  const out: Record<string, boolean | null> = {};
  for (const [key, check] of Object.entries(q)) out[key] = check && typeof check === "object" && "value" in check ? check.value : null;
  return out;
}

/** One JSON object per line (a single line for a single file). */
export function formatJson(results: readonly FileResult[]): string {
  return results.map((r) => JSON.stringify(toJson(r)) + "\n").join("");
}
