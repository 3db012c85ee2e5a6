import type { RawFinding } from "../rule";

/**
 * Settles findings that claim the same text. An identifying detail of another child (their date of
 * birth, address) is reported once, as other-child, not also as a plain identifier; exact duplicates
 * from two rules of one category keep the more confident.
 */
export function resolveConflicts(findings: RawFinding[]): RawFinding[] {
  const childSpans = findings.filter((f) => f.category === "other-child").sort((a, b) => a.start - b.start);
  // Running maximum of ends lets one binary search answer "does any child span overlap [s, e)?".
  const maxEnd: number[] = [];
  for (let i = 0; i < childSpans.length; i++) maxEnd[i] = Math.max(childSpans[i].end, i ? maxEnd[i - 1] : 0);
  const overlapsChild = (f: RawFinding) => {
    let lo = 0;
    let hi = childSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (childSpans[mid].start < f.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > f.start;
  };
  // A care word inside a judgemental phrase ("placement" in "placement breakdown") is reported once, as
  // the judgement, which says more (a span carries one category).
  const judgements = findings.filter((f) => f.category === "judgemental").sort((a, b) => a.start - b.start);
  const judgementEnd: number[] = [];
  for (let i = 0; i < judgements.length; i++) judgementEnd[i] = Math.max(judgements[i].end, i ? judgementEnd[i - 1] : 0);
  // Some judgement starting at or before f reaches to f's end (running maximum of ends, one binary search).
  const insideJudgement = (f: RawFinding) => {
    let lo = 0;
    let hi = judgements.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (judgements[mid].start <= f.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && judgementEnd[lo - 1] >= f.end;
  };
  const kept: RawFinding[] = [];
  const seen = new Map<string, number>();
  for (const f of findings) {
    if (f.category === "identifier" && overlapsChild(f)) continue;
    if (f.category === "jargon" && judgements.length > 0 && insideJudgement(f)) continue;
    const key = `${f.category}:${f.start}:${f.end}`;
    const at = seen.get(key);
    if (at !== undefined) {
      if (f.confidence > kept[at].confidence) kept[at] = f;
      continue;
    }
    seen.set(key, kept.length);
    kept.push(f);
  }
  return kept;
}
